"""`Document` → `Article`s: find headlines, datelines (本报X讯), bylines and photo captions."""
from __future__ import annotations

import re

from .dates import real_day
from .model import Article, Document
from .normalize import FURNITURE

# A day, or the first of several (11月4、5日, 4至5日: the 4th). It opens with a digit, which the
# lookahead checks first: a scan passes over every other position at once (here and in the
# patterns DATE.pattern is part of).
_DAY = r"(?=\d)(?:(?P<y>\d{{4}})年)?(?P<m>{month})月(?P<d>\d{{1,2}})(?:(?:[、至~～-]|—{{1,2}})\d{{1,2}})?(?:[日号]|(?=[上下]午))"
DATE = re.compile(_DAY.format(month="1[0-2]|0?[1-9]"))  # 22号: the web's 日; 17——18日, 17~18日: a span, its first day; 3月15上午: 日 left out
# A day as written, any digits before 月 (13月45日, ٣月٥日): what a warning of a date that names no day quotes.
WRITTEN_DATE = re.compile(_DAY.format(month=r"\d{1,2}"))
_LEAD_DATE = re.compile(r"^(?:本报[^(\s]{1,12}?[讯电])?\s*(?:\([^)]*\))?\s*" + DATE.pattern)
DATELINE = re.compile(r"^本报(?P<place>[\u4e00-\u9fff]{1,8}?)(?:" + DATE.pattern + ")?(?:电|讯)")  # 本报海口1月24日讯
_BYLINE = re.compile(r"^[□■\s]*(?:通讯员|记者|特约记者)")
# Openers that start an article only right after a headline: a continuation from
# another page, or an undated lead.
_SOFT_OPENER = re.compile(r"^(?:——|\(接[一二三四五六七八九十\d]+版\)|近日|日前|近期|今年以来|近年来)")
_CAPTION = re.compile(r"^▲")
_HEADLINE_END = set("。!?;,、”")
_CREDIT = re.compile(r"(摄影报道|摄|报道)\)?$")
_MARKUP = re.compile(r"^[#□■\s]+")
# A page's links to its neighbours (上一篇:某镇召开…  下一篇:…): the article has ended.
_NAVIGATION = re.compile(r"^\s*(?:[-·•*>]\s*)?(?:上一篇|下一篇|上一条|下一条)")  # (- 上一篇: a list's item)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of a normalized text."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_headline(line: str) -> bool:
    """A short line that could head an article: words, not a separator alone (|, ——)."""
    return (0 < len(line) <= 40 and not _CREDIT.search(line) and line[-1] not in _HEADLINE_END and "。" not in line
            and not FURNITURE.search(line) and not _CAPTION.match(line) and _WORD_CHAR.search(line) is not None)


_WORD_CHAR = re.compile(r"[^\W_]")


def _opens_body(line: str) -> bool:
    """A paragraph that can only follow a headline: dateline, byline, subtitle, dated lead (not a
    page's stamp: 2023年11月17日 16:18 | 来源:某政协)."""
    return bool(DATELINE.match(line) or _BYLINE.match(line) or DATE.match(line) and not _STAMP.match(line))


_STAMP = re.compile(DATE.pattern + r"\s*(?:\d{1,2}:\d\d|[|丨]|来源|$)")


def lead_date(line: str) -> str | None:
    """MM-DD of a dateline paragraph's date (the first day of a range)."""
    m = _LEAD_DATE.match(line) or DATELINE.match(line)  # else the dateline's own day
    return f"{int(m['m']):02d}-{int(m['d']):02d}" if m and m["d"] and real_day(m["m"], m["d"], m["y"]) else None


def split_articles(doc: Document) -> list[Article]:
    """Split a page into articles; captions (▲ …) are articles of their own."""
    paras = paragraphs(doc.text)
    lines = [doc.text[s:e] for s, e in paras]
    starts: dict[int, int] = {}  # paragraph index of the body opener -> index of headline start
    for i, line in enumerate(lines):
        if _CAPTION.match(line):
            starts[i] = i
        elif _opens_body(line) and not _BYLINE.match(line) or (
            (_BYLINE.match(line) or _SOFT_OPENER.match(line)) and i > 0 and _is_headline(lines[i - 1])
        ):
            j = i
            while j > 0 and _is_headline(lines[j - 1]) and i - j < 3 and j - 1 not in starts:
                j -= 1
            if j == i and DATE.match(line) and not DATELINE.match(line):
                continue  # a dated paragraph inside an article, not a new one
            starts[i] = j
    bounds = sorted(set(starts.values()))
    articles = []
    for n, first in enumerate(bounds):
        last = (bounds[n + 1] if n + 1 < len(bounds) else len(paras)) - 1
        opener = next(i for i, j in starts.items() if j == first)
        last = next((k - 1 for k in range(opener + 1, last + 1) if _NAVIGATION.match(lines[k])), last)
        if any(FURNITURE.search(lines[k]) for k in range(first, opener)):
            first = opener
        start, end = paras[first][0], paras[last][1]
        head = " ".join(_MARKUP.sub("", x) for x in lines[first:opener]) if opener > first else ""
        dl = DATELINE.match(lines[opener])
        kind = "caption" if _CAPTION.match(lines[opener]) else "article"
        date = lead_date(lines[opener])
        if date is None and _BYLINE.match(lines[opener]) and opener + 1 <= last:
            date = lead_date(lines[opener + 1])  # 通讯员 X, then the dated lead
        articles.append(Article(start, end, head, dl["place"] if dl else None, date, kind))
    if not articles and paras:
        articles.append(Article(paras[0][0], paras[-1][1], lines[0] if _is_headline(lines[0]) else ""))
    elif articles and articles[0].start > paras[0][0]:
        first = paras[0][0]
        text = doc.text[first:articles[0].start]
        if not all(FURNITURE.search(line) for line in text.split("\n") if line.strip()):
            articles.insert(0, Article(first, articles[0].start - 1, ""))
    return articles
