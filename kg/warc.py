"""Web archives (.warc, .warc.gz) → documents: every HTML response record (HTTP 200, content
type text/html or a body that looks like HTML) read through `kg.html` as a page is, named
ARCHIVE#N (N: the record's number in the archive), its target address (`WARC-Target-URI`)
as its source, dated by the page, else by the record's `WARC-Date`.

`iter_warc(path, name)` yields one `Entry` per record: a page (`text` and `meta`), a record
passed over (`skipped`: not an HTML response, or the same content as an earlier record by
its `WARC-Payload-Digest`, else a hash of the payload), or an `error` naming the archive
and the record's offset. A broken record or a truncated archive ends the archive with one
error; the records before it are kept.
"""
from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from contextlib import redirect_stderr
from dataclasses import dataclass, field

from .html import HtmlError, read_html

SUFFIXES = (".warc", ".warc.gz")
NOT_HTML = "non-HTML WARC records"
DUPLICATE = "duplicate WARC records"
_LOOKS_HTML = (b"<!doctype html", b"<html", b"<head", b"<body")


def is_warc(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


@dataclass
class Entry:
    """One record of an archive: its number, offset, document name, and its page (`text`,
    `meta`), or why it gives none (`skipped`, `error`, `warning`)."""

    number: int
    offset: int
    name: str
    text: str | None = None
    meta: dict = field(default_factory=dict)
    skipped: str | None = None
    error: str | None = None
    warning: str | None = None


def _html_response(record) -> bool | None:
    """True for an HTTP 200 response declared text/html (or any *html type), False for any
    other record, None for a 200 response of another type: its body then decides."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    return "html" in (record.http_headers.get_header("Content-Type") or "").lower() or None


def iter_warc(item: str, name: str) -> Iterator[Entry]:
    """Each record of the archive `item` (see the module doc). A file that cannot be opened
    raises OSError."""
    from warcio.archiveiterator import ArchiveIterator

    seen: set[str] = set()
    with open(item, "rb") as raw:
        it = ArchiveIterator(raw)
        records, number, offset = iter(it), 0, 0
        while True:
            where, counted = f"{item}: record at offset {offset}", False
            try:
                with redirect_stderr(io.StringIO()):  # warcio's own notes on odd records
                    record = next(records, None)
                    if record is None:
                        if os.path.getsize(item) > offset:  # bytes left that hold no whole record
                            raise EOFError("the archive ends inside a record")
                        return
                    number, counted = number + 1, True
                    html = _html_response(record)
                    payload = record.content_stream().read() if html is not False else b""
                    it.read_to_end()
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        raise EOFError("the record ends before its Content-Length")
                    decompressor = getattr(it.reader, "decompressor", None)
                    if decompressor is not None and not getattr(decompressor, "eof", True):
                        raise EOFError("the gzip member ends early")
            except Exception as exc:  # warcio fails in many ways on a broken record
                number += not counted
                yield Entry(number, offset, f"{name}#{number}",
                            error=f"{where}: broken or truncated record ({type(exc).__name__}: {exc}); "
                                  "the rest of the archive is not read")
                return
            entry = Entry(number, offset, f"{name}#{number}")
            offset = it.offset
            if html is None:  # a 200 response of another declared type, or none: its body decides
                html = payload.lstrip()[:200].lower().startswith(_LOOKS_HTML)
            if not html:
                entry.skipped = NOT_HTML
                yield entry
                continue
            digest = record.rec_headers.get_header("WARC-Payload-Digest") or \
                "sha1:" + hashlib.sha1(payload).hexdigest()
            if digest in seen:
                entry.skipped = DUPLICATE
                yield entry
                continue
            seen.add(digest)
            try:
                entry.text, page = read_html(payload, where)
            except HtmlError as exc:
                entry.error = str(exc)
                yield entry
                continue
            warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10]
            uri = record.rec_headers.get_header("WARC-Target-URI")
            entry.meta = {"date": page.get("date") or _day(warc_date),
                          "source": uri if uri and uri.startswith(("http://", "https://")) else page.get("source"),
                          "paper": page.get("paper")}
            yield entry


def _day(text: str) -> str | None:
    from .dates import iso_date

    try:
        return iso_date(text) if text else None
    except ValueError:
        return None
