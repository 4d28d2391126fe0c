"""Web archives (.warc, .warc.gz) → documents: every HTML response record (HTTP 200, content
type text/html or a body that looks like HTML) read through `kg.html` as a page is, named
ARCHIVE#N (N: the record's number in the archive), its target address (`WARC-Target-URI`)
as its source, dated by the page, else by its address (`kg.html.url_date`), else by the
record's `WARC-Date`. A response record without a target address is read too, with no
source but the page's own canonical address.

`iter_warc(path, name)` yields one `Entry` per record: a page (`text` and `meta`), a record
passed over (`skipped`: not an HTML response, the same content as an earlier record by its
`WARC-Payload-Digest`, else a hash of the payload, or a page with no article text: a crawl's
index and list pages are counted, not each an error), or an `error` naming the archive
and the record's offset. A broken record is one error and the archive is read on from the
next record start after it (`_resync`: the next gzip member that opens a WARC record in a
.warc.gz, the next line starting `WARC/1.` in a .warc); a truncated archive, or a break no
record follows, is one error and the records before it are kept. A .warc.gz that is one gzip
stream (`gzip crawl.warc`, not a member per record) is read as the text it holds, its
offsets those of that text; an empty archive is a warning.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import zlib
from collections.abc import Iterator
from contextlib import redirect_stderr
from dataclasses import dataclass, field

from .html import HtmlError, NoArticle, looks_html, read_html, url_date

SUFFIXES = (".warc", ".warc.gz")
NOT_HTML = "non-HTML WARC records"
DUPLICATE = "duplicate WARC records"
NO_ARTICLE = "WARC pages with no article text"  # index and list pages: a crawl holds many, not an error each
_GZIP = b"\x1f\x8b\x08"  # a gzip member's first bytes (deflate)
_WARC_LINE = b"\nWARC/1."  # a WARC record's first line, after the end of the line before it
_CHUNK = 1 << 20  # bytes read at a time when looking for the next record


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
    with open(item, "rb") as raw:
        gz = raw.read(len(_GZIP)) == _GZIP
        if gz and _one_stream(raw):  # `gzip crawl.warc`: read as the text it holds
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw) as stream:
                text = _Inflated(stream)
                yield from _archive(text, item, name, False, lambda offset: text.cut, "uncompressed offset")
        else:
            size = os.fstat(raw.fileno()).st_size
            yield from _archive(raw, item, name, gz, lambda offset: size > offset, "offset")


class _Inflated:
    """The text of a gzip stream, read a piece at a time so that a stream cut short ends
    the text where it is cut (`cut` then True) rather than losing the last piece read."""

    def __init__(self, stream: gzip.GzipFile):
        self.stream, self.cut = stream, False

    def read(self, size: int = -1) -> bytes:
        try:
            return self.stream.read1(size if size > 0 else _CHUNK)
        except EOFError:
            self.cut = True
            return b""

    def tell(self) -> int:
        return self.stream.tell()

    def seek(self, offset: int) -> int:
        return self.stream.seek(offset)


def _archive(raw, item: str, name: str, gz: bool, ends_early, unit: str) -> Iterator[Entry]:
    """The entries of the archive open as `raw`, read on past each broken record;
    `ends_early(offset)`: whether the archive holds bytes after the last whole record; `unit`:
    what its offsets count, as messages name it."""
    seen: set[str] = set()
    number, start = 0, 0
    while start is not None:
        for offset, record, html, payload, exc in _records(raw, start, ends_early):
            number += 1
            if exc is not None:
                start = _resync(raw, offset, gz)
                yield Entry(number, offset, f"{name}#{number}", error=_broken(item, unit, offset, exc, start, number))
                break
            yield _entry(record, html, payload, seen, Entry(number, offset, f"{name}#{number}"), item)
        else:
            start = None
    if number == 0:
        yield Entry(0, 0, name, skipped="empty", warning=f"{item}: empty archive, nothing to extract")


def _broken(item: str, unit: str, offset: int, exc: Exception, resync: int | None, number: int) -> str:
    """The message of a broken record: read on from `resync`, or nothing more to read."""
    if resync is None and number == 1:
        return f"{item}: no WARC record could be read ({_reason(exc)}): not a web archive, or cut short " \
               "inside its first record; skipped"
    where = f"{item}: record at {unit} {offset}"
    if resync is None:
        return f"{where}: broken or truncated record ({_reason(exc)}); no whole record after it, " \
               "the records before it are kept"
    return f"{where}: broken record ({_reason(exc)}); skipped, the archive is read on from {unit} {resync}"


def _one_stream(raw) -> bool:
    """Whether a gzipped archive is one gzip stream (`gzip crawl.warc`) rather than a gzip
    member per record, as WARC writers make them: its first member holds a second record."""
    raw.seek(0)
    inflate, tail = zlib.decompressobj(16 + zlib.MAX_WBITS), b""
    while not inflate.eof and (chunk := raw.read(_CHUNK)):
        try:
            text = tail + inflate.decompress(chunk)
        except zlib.error:
            return False
        if _WARC_LINE in text:
            return True
        tail = text[-len(_WARC_LINE):]
    return False


def _reason(exc: Exception, most: int = 80) -> str:
    """What warcio says of a broken record, on one line: the bytes it quotes (a garbled first
    line) can hold line breaks and control characters."""
    head, quoted, line = str(exc).partition("first line: ")
    text = f"{type(exc).__name__}: {head}{quoted}{line if line.isascii() else 'binary data'}"
    text = "".join(c if c.isprintable() else " " for c in text)
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most - 1] + "…"


def _records(raw, start: int, ends_early):
    """(offset, record, html, payload, None) for each record of the archive from `start` on:
    whether it is a page (`_html_response`, else its body's opening), and its payload if so;
    (offset, None, None, None, exception) for the first one that cannot be read whole, then
    no more."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecordLoader

    class Loader(ArcWarcRecordLoader):
        def load_http_headers(self, rec_type, uri, stream, length):
            # warcio fails on a response without WARC-Target-URI; its HTTP headers are read all the same
            return super().load_http_headers(rec_type, "http:" if uri is None else uri, stream, length)

    raw.seek(start)
    it = ArchiveIterator(raw)
    it.loader = Loader(verify_http=False, arc2warc=False)
    records, offset = iter(it), start
    while True:
        try:
            with redirect_stderr(io.StringIO()):  # warcio's own notes on odd records
                record = next(records, None)
                if record is None:
                    if ends_early(offset):  # bytes left that hold no whole record
                        raise EOFError("the archive ends inside a record")
                    return
                html, payload = _html_response(record), b""
                if html is not False:
                    stream = record.content_stream()
                    payload = stream.read(1024)
                    if html is None:  # a 200 response of another declared type, or none: its body decides
                        html = looks_html(payload)
                    payload = payload + stream.read() if html else b""  # a video's megabytes are never held
                notes = it.err_count
                it.read_to_end()
                if it.err_count > notes:
                    raise ValueError("no blank line after it: its Content-Length is wrong")
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise EOFError("the record ends before its Content-Length")
                decompressor = getattr(it.reader, "decompressor", None)
                if decompressor is not None and not getattr(decompressor, "eof", True):
                    raise EOFError("the gzip member ends early")
        except Exception as exc:  # warcio fails in many ways on a broken record
            yield offset, None, None, None, exc
            return
        yield offset, record, html, payload, None
        offset = it.offset


def _entry(record, html, payload: bytes, seen: set[str], entry: Entry, item: str) -> Entry:
    """The record's page, or why it gives none."""
    if not html:
        entry.skipped = NOT_HTML
        return entry
    digest = record.rec_headers.get_header("WARC-Payload-Digest") or "sha1:" + hashlib.sha1(payload).hexdigest()
    if digest in seen:
        entry.skipped = DUPLICATE
        return entry
    seen.add(digest)
    try:
        entry.text, page = read_html(payload, f"{item}: record at offset {entry.offset}")
    except NoArticle:
        entry.skipped = NO_ARTICLE
        return entry
    except HtmlError as exc:
        entry.error = str(exc)
        return entry
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    uri = record.rec_headers.get_header("WARC-Target-URI")
    uri = uri if uri and uri.startswith(("http://", "https://")) else None
    entry.meta = {"date": page.get("date") or (uri and url_date(uri)) or _day(warc_date),
                  "source": uri or page.get("source"), "paper": page.get("paper")}
    return entry


def _resync(raw, broken: int, gz: bool) -> int | None:
    """Where the next record after the broken one at `broken` starts: in a gzipped archive the
    next gzip member whose text opens with `WARC/`, else the next line that starts `WARC/1.`;
    None when there is none."""
    at = broken + 1
    while (found := _find(raw, _GZIP if gz else _WARC_LINE, at)) is not None:
        if not gz:
            return found + 1
        if _opens_a_record(raw, found):
            return found
        at = found + 1
    return None


def _find(raw, marker: bytes, at: int) -> int | None:
    """The offset of the first `marker` in the file at or after `at`, read a chunk at a time."""
    tail = b""
    try:
        raw.seek(at)
        while chunk := raw.read(_CHUNK):
            data = tail + chunk
            if (i := data.find(marker)) >= 0:
                return at - len(tail) + i
            at += len(chunk)
            tail = data[-(len(marker) - 1):]
    except (EOFError, zlib.error, gzip.BadGzipFile):  # a gzip stream that is cut or broken
        pass
    return None


def _opens_a_record(raw, offset: int) -> bool:
    """Whether a gzip member starts at `offset` and its text starts a WARC record."""
    raw.seek(offset)
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw.read(65536), 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _day(text: str) -> str | None:
    from .dates import iso_date

    try:
        return iso_date(text) if text else None
    except ValueError:
        return None
