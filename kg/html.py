"""HTML pages → (text, metadata): the article's main text by trafilatura (navigation, share
buttons, related-article lists and footers left out) and what the page says about itself.

`read_html(data, name)` returns the text, headline first, and a dict with `title`, `date`
(YYYY-MM-DD: the page's own 发布时间/发布日期 line, or the day beside its 来源; else its meta
tags or address, by htmldate, shown the page's head alone; else its address in the shapes
of Chinese sites, `url_date`), `source` (the canonical address: `<link rel=canonical>`,
`og:url`) and `paper` (the outlet of the page's `来源:` line). A page with no article text
raises `InputError`. Nothing here reaches the network.
"""
from __future__ import annotations

import re
from functools import cache

from .dates import iso_date
from .normalize import to_simplified

SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")  # .shtml: what many government and party sites serve
_LOOKS_HTML = (b"<!doctype html", b"<html", b"<head", b"<body")

# 发布时间:2024-05-06 / 发布日期:2024年5月6日 / 成文日期:… / 时间: 2024/05/06 12:00, but never a
# notice's own 培训时间:2024年7月1日 or 报到时间:… (a 时间 or 日期 another word heads)
_PAGE_DATE = re.compile(r"(?:(?:发布|发表|更新|发稿|成文)|(?<![\u3400-\u9fff]))(?:时间|日期)\s*[:：]\s*"
                        r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
# 来源:某某县人民政府 (up to a space, a separator or the next label)
_OUTLET = re.compile(r"来\s*源\s*[:：]\s*([^\s|｜,，;；:：]{2,40}?)(?=\s|[|｜,，;；]|浏览|点击|阅读|作者|编辑|发布|字号|$)")


INFO_LINE = 60  # characters either side of the 发布时间 in which to look for the page's 来源
MIN_LINE = 16  # characters (spaces aside) of the longest line of a page that has an article


class HtmlError(Exception):
    """A page kg cannot read, or that holds no article text; the message says why."""


class NoArticle(HtmlError):
    """A page that holds no article text (an index or list page, a page of links)."""


def is_html(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def looks_html(data: bytes) -> bool:
    """Whether bytes begin as an HTML page does (`<!DOCTYPE html`, `<html`, `<head`, `<body`),
    in UTF-8 or, after its BOM, UTF-16: a page saved under another name is still a page, its
    scripts never text."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            data = data[2:2 + 400].decode(codec, "ignore").encode("utf-8")
    return data.removeprefix(b"\xef\xbb\xbf").lstrip()[:200].lower().startswith(_LOOKS_HTML)


def read_html(data: bytes | str, name: str = "<html>") -> tuple[str, dict]:
    """The page's article text and what it says about itself (see the module doc)."""
    import trafilatura  # imported here: plain-text runs need not load it

    tree = trafilatura.load_html(data)
    if tree is None:
        raise HtmlError(f"{name}: not an HTML page kg can parse; skipped")
    meta = {"source": _canonical(tree), "paper": None, "date": None, "title": None}
    # the page's own lines, headings aside (a headline may quote a date or 来源 of its own)
    page_text = " ".join(" ".join(t.split()) for t in tree.xpath("//body//text()[not(ancestor::h1 or ancestor::h2)]"))
    meta["date"], meta["paper"] = _info_line(page_text)
    head_date = None if meta["date"] else _head_date(tree)  # before _unlayout changes the tree
    _unlayout(tree)
    doc = trafilatura.bare_extraction(tree, config=_config(), with_metadata=True, include_comments=False, include_tables=True,
                                      include_images=False, deduplicate=False)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not any(len("".join(line.split())) >= MIN_LINE for line in body.split("\n")):
        # nothing, or only the odd link text trafilatura falls back on ("首页")
        raise NoArticle(f"{name}: no article text found in the HTML page; skipped")
    meta["title"] = title = (doc.title or "").strip() or None
    if meta["source"] is None and doc.url and doc.url.startswith(("http://", "https://")):
        meta["source"] = doc.url
    meta["date"] = meta["date"] or head_date or (url_date(meta["source"]) if meta["source"] else None)
    first = body.split("\n", 1)[0].strip()
    text = body if not title or _same(first, title) else f"{title}\n{body}"
    return text + "\n", meta


_LAYOUT = ".//td//div|.//td//p|.//td//br|.//td//table|.//th//div|.//th//p|.//th//br|.//th//table"
_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th")
LAYOUT_CELL = 100  # characters: a table cell this long holds running text, not data


def _unlayout(tree) -> None:
    """Layout tables (older government sites set the whole page in them: a cell holds
    paragraphs, line breaks, another table or running text; or the table is one row or one
    column) become plain blocks, so that trafilatura tells the article's cell from the
    navigation's and keeps its lines; data tables (rows and columns of short cells: names and
    posts) stay tables."""
    layouts = []
    for table in tree.xpath("//table"):
        own = [e for e in table.iter(*_PARTS) if next(e.iterancestors("table"), None) is table]
        rows = [e for e in own if e.tag == "tr"]
        cells = [e for e in own if e.tag in ("td", "th")]
        if (table.xpath(_LAYOUT) or any(len("".join(c.itertext())) >= LAYOUT_CELL for c in cells)
                or len(rows) < 2 or max((sum(c.getparent() is r for c in cells) for r in rows), default=0) < 2):
            layouts.append((table, own))
    for table, own in layouts:
        for element in (table, *own):
            element.tag = "div"


@cache
def _config():
    """trafilatura's settings with its size thresholds, counted in characters and set for
    Latin text, scaled to Chinese: a 70-character notice is an article, not too little text
    (under which trafilatura falls back on the whole page, navigation and all)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "30")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # htmldate's extensive search guesses: a year alone in a page becomes its 1 January, the
    # dates of a related-articles list the page's own; a wrong date misdates every event
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _canonical(tree) -> str | None:
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content",
                  "//meta[@name='og:url']/@content"):
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if value.startswith(("http://", "https://")):
                return value
    return None


def _info_line(page_text: str) -> tuple[str | None, str | None]:
    """The day and the outlet of the page's info line: its 发布时间 (or the day beside its
    来源), and the 来源 just after its 发布时间, else just before, else the first. A page in
    traditional script (發佈時間, 來源) is read in simplified, one character for each, and its
    outlet given in simplified, as names and bodies are (the place it names is then found)."""
    scan = to_simplified(page_text) or page_text
    day, outlets = None, []
    if m := _PAGE_DATE.search(scan):
        day = _day(*m.groups())
        outlets.append(_OUTLET.search(scan[:m.end() + INFO_LINE], m.start()))
        outlets.append(next(reversed(list(_OUTLET.finditer(scan[:m.start()], max(0, m.start() - INFO_LINE)))), None))
    if m := next((o for o in outlets if o), None) or _OUTLET.search(scan):
        return day or _date_beside(scan, m), m.group(1)
    return day, None


_BARE_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")


def _date_beside(page_text: str, outlet) -> str | None:
    """The day written without a label on the page's 来源 line (`2024-06-21 来源:…`), the
    nearest within `INFO_LINE` characters of it."""
    start = max(0, outlet.start() - INFO_LINE)
    near = sorted(_BARE_DATE.finditer(page_text[start:outlet.end() + INFO_LINE]),
                  key=lambda d: abs(start + d.start() - outlet.start()))
    return next((day for d in near if (day := _day(*d.groups()))), None)


def _head_date(tree) -> str | None:
    """The day the page's head gives (meta tags, JSON-LD) or its canonical address in a shape
    htmldate reads. htmldate is shown the head alone: in the body, it takes the dates of a
    related-articles list for the page's own."""
    from copy import deepcopy

    from htmldate import find_date
    from lxml.html import Element

    page, head = Element("html"), tree.find("head")
    if head is not None:
        page.append(deepcopy(head))
    date = find_date(page, url=_canonical(tree), extensive_search=False, original_date=True)
    return _day(*date.split("-")) if date and re.fullmatch(r"\d{4}-\d\d-\d\d", date) else None


# the addresses of Chinese sites that htmldate does not read: …/t20240507_123.html (TRS sites,
# most government ones), …/n1/2024/0612/c1001-1.html, …/20240612/….html
_URL_DATES = (re.compile(r"/t(\d{4})(\d\d)(\d\d)_\d+"), re.compile(r"/(\d{4})/(\d\d)(\d\d)/"),
              re.compile(r"/(\d{4})(\d\d)(\d\d)/"))


def url_date(url: str) -> str | None:
    """The day an article's address gives in a shape Chinese sites use, if any."""
    path = url.split("?", 1)[0]
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            if day := _day(*m.groups()):
                return day
    return None


def _day(y: str, m: str, d: str) -> str | None:
    try:
        return iso_date(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    except ValueError:
        return None


def _same(first: str, title: str) -> bool:
    """Whether the article's first line is its title already (a <title> may add the site's
    name: 标题_某某县人民政府)."""
    first, title = re.sub(r"\s+", "", first), re.sub(r"\s+", "", title)
    return bool(first) and (first == title or title.startswith(first) or title.endswith(first))
