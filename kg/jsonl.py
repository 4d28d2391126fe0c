"""JSON Lines (.jsonl, .jsonl.gz) → documents: a scraper's output, one article a line, an
object with `text` or `html` (read as an HTML page, `kg.html`) and optionally `url`, `title`,
`date`, `place` and `paper`. A bad line costs only itself (`iter_jsonl`)."""
from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import iso_date
from .errors import InputError
from .html import HtmlError, read_html, url_date
from .model import Document
from .normalize import normalize


# the day a scraper writes: 2024-06-06, 2024-06-06T08:00:00+08:00, 2024-06-06 08:00, 2024/6/6, 2024年6月6日
_LINE_DATE = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]\S.*)?\s*")


def line_date(value: str) -> str:
    """The day of a JSON Lines `date` as YYYY-MM-DD: a day, or a day and time (the time, and
    its zone, dropped), in the forms scrapers write; else ValueError saying what is wrong."""
    if m := _LINE_DATE.fullmatch(value):
        value = "{:0>4}-{:0>2}-{:0>2}".format(*m.groups())
    return iso_date(value)


@dataclass
class Line:
    """One line of a JSON Lines file: its document, or why it gives none (`error`: it could not
    be read; `warning`: it holds nothing to extract)."""

    number: int
    name: str
    doc: Document | None = None
    error: str | None = None
    warning: str | None = None


def iter_jsonl(item: str, name: str, *, date: str | None = None, place: str | None = None) -> Iterator[Line]:
    """Each article line of a JSON Lines file (.jsonl, or .jsonl.gz), as a document named
    NAME#LINE: `text` or `html`, and optionally `url` (its source), `title`, `date`, `place`,
    `paper`. A line's own fields win over `date`/`place`, which win over what its HTML says, then
    the day its `url` gives (`kg.html.url_date`).
    A bad line is an error Line naming the file and line; the others go on. Blank lines are
    passed over; a file of none but blank lines is a warning Line (number 0). A file that cannot be opened raises InputError."""
    try:
        raw = open(item, "rb")  # noqa: SIM115 — closed below
    except OSError as exc:
        raise InputError(f"{item}: cannot read ({exc.strerror or exc}); skipped") from None
    with raw:
        stream = gzip.GzipFile(fileobj=raw) if item.lower().endswith(".gz") else raw
        number = articles = 0
        while True:
            try:
                data = stream.readline()
            except (OSError, EOFError, zlib.error) as exc:
                yield Line(number + 1, f"{name}#{number + 1}",
                           error=f"{item}: line {number + 1}: broken gzip data ({exc}); the rest of the file is not read")
                return
            if not data:
                break
            number += 1
            if data.strip():
                articles += 1
                yield _jsonl_line(data, item, number, f"{name}#{number}", date, place)
    if not articles:
        yield Line(0, name, warning=f"{item}: empty file, nothing to extract")


def _jsonl_line(data: bytes, item: str, number: int, name: str, date, place) -> Line:
    where = f"{item}: line {number}"
    try:
        obj = json.loads(data.rstrip(b"\r\n").decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        return Line(number, name, error=f"{where}: not UTF-8 (byte {exc.start}); line skipped")
    except ValueError as exc:
        return Line(number, name, error=f"{where}: not JSON ({exc}); line skipped")
    if not isinstance(obj, dict):
        return Line(number, name, error=f"{where}: not a JSON object; line skipped")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        has = f" (its fields: {', '.join(sorted(map(str, obj))[:12])})" if obj else ""
        return Line(number, name, error=f"{where}: has neither \"text\" nor \"html\" as a string{has}; line skipped")
    fields = {k: obj.get(k) if isinstance(obj.get(k), str) and obj.get(k).strip() else None
              for k in ("url", "title", "date", "place", "paper")}
    warnings = [f"{where}: {k} {json.dumps(obj[k], ensure_ascii=False)[:40]} is not a string; not used"
                for k in fields if obj.get(k) is not None and not isinstance(obj[k], str)]
    if fields["date"] is not None:
        try:
            fields["date"] = line_date(fields["date"])
        except ValueError as exc:
            fields["date"] = None
            warnings.append(f"{where}: date {exc}; not used")
    if fields["url"] is not None and not fields["url"].startswith(("http://", "https://")):
        warnings.append(f"{where}: url {fields['url'][:80]!r} is not an http(s) address; not used")
    page: dict = {}
    if isinstance(text, str):
        title = fields["title"]
        if title and text.strip() and text.lstrip().split("\n", 1)[0].strip() != title.strip():
            text = f"{title.strip()}\n{text}"
    else:
        try:
            text, page = read_html(html, where)
        except HtmlError as exc:
            return Line(number, name, error=str(exc))
    if not text.strip():
        return Line(number, name, warning=f"{where}: empty text, nothing to extract")
    url = fields["url"] if fields["url"] and fields["url"].startswith(("http://", "https://")) else None
    doc = normalize(text, name,
                    pub_date=fields["date"] or date or page.get("date") or (url and url_date(url)),
                    place=fields["place"] or place,
                    source=url or page.get("source"),
                    paper=fields["paper"] or page.get("paper"))
    return Line(number, name, doc=doc, warning="; ".join(warnings) or None)
