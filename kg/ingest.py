"""Inputs → `Document`s: files, directories (recursive; *.txt, *.html, *.htm, *.shtml, *.xhtml,
*.jsonl, *.jsonl.gz, *.warc and *.warc.gz, any case) or stdin; a file of any name that begins
as an HTML page does is read as one. Text is UTF-8, UTF-16 (with or without a BOM), GB18030 or
Big5, in simplified or traditional script; an HTML page gives its article text and what it
says about itself (`kg.html`); a JSON Lines file gives one document per line (`kg.jsonl`), a
web archive one per HTML response record (`kg.warc`).

Each input is read on its own so one bad file never stops the others: problems come back
as `InputError` (skip the file, exit non-zero) or `InputWarning` (e.g. an empty file).
`find_inputs` accounts for everything it is given: what it found, what it skips and why,
and the folders it could not read.
"""
from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .dates import iso_date
from .errors import InputError, InputWarning
from .gazetteer import gazetteer
from .html import SUFFIXES as HTML_SUFFIXES
from .html import HtmlError, is_html, looks_html, read_html
from .jsonl import Line, iter_jsonl  # noqa: F401 — read with the other kinds
from .model import Document
from .normalize import normalize, simplify
from .output import read_manifest

STDIN = "-"
UNKNOWN_KIND = "not a kind kg reads"  # why a folder's other files are skipped
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")  # web archives, read by kg.warc
# the record NAME.json of NAME.txt and NAME.html (.htm, .shtml, .xhtml); the longest first
_STEM_SUFFIXES = tuple(sorted((".txt", *HTML_SUFFIXES), key=len, reverse=True))


def kind(item: str) -> str:
    """What an input is read as: 'html', 'jsonl', 'warc' or 'text' (stdin and any other file),
    by its name; a file of another name that begins as an HTML page does is 'html'."""
    low = item.lower()
    return ("html" if is_html(low) else "jsonl" if low.endswith(JSONL_SUFFIXES)
            else "warc" if low.endswith(WARC_SUFFIXES) else "html" if _html_inside(item) else "text")


def has_sidecar_kind(item: str) -> bool:
    """Whether a file is read with its sidecar (NAME.meta.json): a text or an HTML page, not JSON
    Lines or a web archive; what `kind` says, from the name alone (no file opened)."""
    return not item.lower().endswith((*JSONL_SUFFIXES, *WARC_SUFFIXES))


def _html_inside(item: str) -> bool:
    """Whether a regular file begins as a page (a pipe, `<(zcat p.gz)`, is never read twice)."""
    try:
        if item == STDIN or not stat.S_ISREG(os.stat(item).st_mode):
            return False
        with open(item, "rb") as f:
            return looks_html(f.read(1024))
    except OSError:  # told when it is read
        return False


def readable_kind(name: str) -> bool:
    """Whether a folder's file is one kg reads: .txt, .html, .htm, .shtml, .xhtml, .jsonl,
    .jsonl.gz, .warc, .warc.gz (any case)."""
    return name.lower().endswith((*_STEM_SUFFIXES, *JSONL_SUFFIXES, *WARC_SUFFIXES))


def stem(name: str) -> str:
    """A record name less its .txt/.html/.htm suffix."""
    for suffix in _STEM_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[:-len(suffix)]
    return name


@dataclass
class Input:
    """One input found: its path (or '-'), its record name, unique in the run, and why it is
    skipped (`skipped`, and the warning that says so, `note`) or cannot be read (`error`), if so."""

    item: str
    name: str = ""
    skipped: str | None = None
    error: str | None = None
    note: str | None = None  # what to tell of a skipped input (None: told with others, see `_notes`)


def find_inputs(inputs: Iterable[str]) -> list[Input]:
    """Expand folders to the files kg reads (any case, sorted; other files are skipped, sidecars
    aside; a folder with nothing in it is an error); name each input by its file name, or by its path where two share a file name."""
    found: list[Input] = []
    plain: set[str] = set()  # files found in folders that are no symbolic links
    for item in inputs:
        if item != STDIN and os.path.isdir(item):
            found.extend(_walk(item, plain))
        else:
            found.append(Input(item))
    seen, folders = set(), {}
    for f in found:
        key = f.item if f.item == STDIN else _realpath(f.item, folders, f.item in plain)
        if f.error is None and f.skipped is None and key in seen:
            f.skipped = "stdin given twice" if f.item == STDIN else "given twice"
        seen.add(key)
    _name(found)
    _notes(found)
    return found


def _realpath(path: str, folders: dict[str, str], plain: bool = False) -> str:
    """`os.path.realpath(path)`, its folder's resolved once (`folders`): a folder of 5,000 files
    is one resolution and 5,000 lstat calls (none for a file known to be no link: `plain`), not
    5,000 resolutions of every component."""
    head, tail = os.path.split(path)
    if tail in ("", ".", "..") or not plain and os.path.islink(path):
        return os.path.realpath(path)
    if head not in folders:
        folders[head] = os.path.realpath(head)
    return os.path.join(folders[head], tail)


NAMED = 3  # files of one unknown kind named one warning each; more are one warning naming the first few


def _notes(found: list[Input]) -> None:
    """The warning of each skipped input: one each (`pages/a.docx: not a kind kg reads, not
    read`), but files of one unknown kind (suffix) beyond `NAMED` are one warning naming the
    first few (a crawl's 9,000 images are one line, not 9,000 that bury the errors); the
    summary counts every one."""
    unknown: dict[str, list[Input]] = {}
    for f in found:
        if f.skipped == UNKNOWN_KIND:
            unknown.setdefault(_suffix(f.item), []).append(f)
        elif f.skipped:
            f.note = f"{f.item}: {f.skipped}, {'read once' if 'twice' in f.skipped else 'not read'}"
    for suffix, group in unknown.items():
        if len(group) <= NAMED:
            for f in group:
                f.note = f"{f.item}: {UNKNOWN_KIND}, not read"
            continue
        names = ", ".join(f.item for f in group[:NAMED])
        group[0].note = (f"{len(group)} {suffix} files are {UNKNOWN_KIND}, not read: {names} "
                         f"and {len(group) - NAMED} more")


def _suffix(path: str) -> str:
    """A file's kind by its last suffix, lower case ('.jpg'), or 'suffixless'."""
    suffix = Path(path).suffix.lower()
    return suffix if suffix else "suffixless"


def _walk(folder: str, plain: set[str]) -> list[Input]:
    """The inputs in `folder` and below (`find_inputs`); the files that are no symbolic links
    are added to `plain`."""
    found: list[Input] = []

    def unreadable(exc: OSError):
        found.append(Input(exc.filename or folder, error=f"{exc.filename or folder}: cannot read folder "
                                                          f"({exc.strerror or exc}); its files are not read"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not _kg_own(d))  # a folder named x.txt is a folder
        # what `kg extract` wrote here (records, the texts of HTML pages) is its output, not input
        written = read_manifest(Path(root)) if ".kg-manifest" in files else set()
        for f in files:
            if f in written:
                continue
            path = os.path.join(root, f)
            if readable_kind(f):
                found.append(Input(path, skipped=None if _regular(path, plain) else "not a regular file"))
            elif not f.lower().endswith(".meta.json") and not _kg_own(f):
                found.append(Input(path, skipped=UNKNOWN_KIND))
    if not found:
        found.append(Input(folder, error=f"{folder}: empty folder, no files to read"))
    return sorted(found, key=lambda f: f.item)


KG_STAGING = ".kg-staging"  # kg's own files in an output folder (see kg.output), never inputs


def _kg_own(name: str) -> bool:
    """kg's own files and folders: an output folder's manifest, lock and staging, and beside an
    output folder OUT its `.OUT.kg-lock`, `.OUT.kg-staging` and `.OUT.kg-old` (an output folder
    inside the input folder)."""
    return (name in (".kg-manifest", ".kg-lock", KG_STAGING)
            or name.startswith(".kg-manifest.") and name.endswith(".tmp")
            or name.startswith(".") and name.endswith((".kg-lock", ".kg-staging", ".kg-old")))


def _regular(path: str, plain: set[str]) -> bool:
    """Whether `path` is a regular file (a FIFO or device is never opened: reading one may
    hang), or a link to one; one that cannot be looked at counts as regular, and fails when
    read. One that is no link is added to `plain`: one system call tells both."""
    try:
        mode = os.lstat(path).st_mode
        if not stat.S_ISLNK(mode):
            plain.add(path)
            return stat.S_ISREG(mode)
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def _name(found: list[Input]) -> None:
    """`p.txt`, or `a/p.txt` and `b/p.TXT` (paths from where they part) where two would give one
    record name (case aside); `p~2.txt` where even their paths would."""
    by_key: dict[str, list[Input]] = {}
    for f in found:
        if f.error is None and f.skipped is None:
            f.name = "<stdin>" if f.item == STDIN else _printable(_file_name(f.item))
            by_key.setdefault(_key(f.name), []).append(f)
    for same in (group for group in by_key.values() if len(group) > 1):
        paths = [os.path.abspath(f.item) for f in same]
        root = os.path.commonpath([os.path.dirname(p) for p in paths])
        for f, path in zip(same, paths):
            f.name = _printable(os.path.relpath(path, root))
    taken: set[str] = set()
    # a .txt keeps its name first: p.html's record writes its text as p.txt, which must not be p.txt's name
    for f in sorted(found, key=lambda f: not f.name.lower().endswith(".txt")):
        if f.name:
            stem, dot, ext = f.name.rpartition(".") if "." in f.name else (f.name, "", "")
            n, name = 1, f.name
            while _key(name) in taken:
                n += 1
                name = f"{stem}~{n}{dot}{ext}"
            f.name = name
            taken.add(_key(name))


def _file_name(path: str) -> str:
    """The last component of `path`, as `Path(path).name` gives it (5,000 of which cost 9 ms,
    this 1 ms where it is the text after the last separator, as in a path found in a folder)."""
    name = os.path.basename(path)
    return name if name not in ("", ".", "..") else Path(path).name


def _key(name: str) -> str:
    return stem(name).casefold()


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def iter_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """The inputs `find_inputs` would read, as paths (and '-')."""
    return (f.item for f in find_inputs(inputs) if f.error is None and f.skipped is None)


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-32/UTF-16 with a BOM, UTF-8 (BOM or not), else what charset-normalizer
    finds among UTF-16 without a BOM (where NUL bytes fall in every other byte), GB18030 and
    Big5. Binary data, and bytes none of these reads, are refused with an `InputError`."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: broken {codec.upper()} text (byte {exc.start}); skipped") from None
    if b"\x00" in data[:65536]:
        if (text := _utf16_without_bom(data)) is None:
            kinds = "" if readable_kind(name) else " (kg reads text, HTML pages, JSON Lines and web archives)"
            raise InputError(f"{name}: binary file (NUL bytes), not text{kinds}; skipped")
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if (text := _gb18030_or_big5(data)) is None:
        raise InputError(f"{name}: cannot tell its encoding (neither UTF-8, UTF-16, GB18030 nor Big5 "
                         "text); skipped")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 (LE or BE) text without a BOM, as charset-normalizer tells: an even length, no
    NUL character, and Chinese text (`_chinese_text`)."""
    import charset_normalizer

    if len(data) % 2:
        return None
    match = charset_normalizer.from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be"]).best()
    if match is None:
        return None
    try:
        text = data.decode(match.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _chinese_text(text) else None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TEXT_CHAR = re.compile("[\t\n\r\x20-\x7e\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _chinese_text(text: str) -> bool:
    """Whether `text` reads as Chinese text: no control characters, and nine in ten of its
    characters ASCII, CJK or CJK (or general) punctuation. Binary bytes read as UTF-16 are
    neither (b"\\x00\\x01bi" → "Ā楢")."""
    sample = text[:20000]
    if not sample or _CONTROL.search(sample):
        return False
    return len(_TEXT_CHAR.findall(sample)) >= 0.9 * len(sample)


# Between GB18030 and Big5, which both read most double-byte text, the share of common
# characters in the text (in simplified script) decides where it differs by this much;
# else charset-normalizer's choice stands.
_COMMON_MARGIN = 0.15


def _gb18030_or_big5(data: bytes) -> str | None:
    """Text in GB18030 (GBK) or Big5 (with Hong Kong's HKSCS characters), as
    charset-normalizer and the common characters tell."""
    import charset_normalizer

    texts = {}
    for kind, codecs_ in (("gb18030", ("gb18030",)), ("big5", ("big5", "big5hkscs"))):
        for codec in codecs_:
            try:
                texts[kind] = data.decode(codec)
                break
            except UnicodeDecodeError:
                pass
    if not texts:
        return None
    if len(texts) == 2:
        gb, big5 = (_common_share(texts[c]) for c in ("gb18030", "big5"))
        if abs(gb - big5) >= _COMMON_MARGIN:
            return texts["gb18030" if gb > big5 else "big5"]
    match = charset_normalizer.from_bytes(data, cp_isolation=["gb18030", "big5", "big5hkscs"]).best()
    if match is None:
        return None
    return texts.get("big5" if match.encoding in ("big5", "big5hkscs", "cp950") else match.encoding) or str(match)


def _common_share(text: str, sample: int = 20000) -> float:
    """The share of the CJK characters of `text` (in simplified script) that are among the
    3,755 common ones (GB2312 level 1, lead bytes B0–D7): near one for real text, far less
    for text read in the wrong one of two double-byte encodings."""
    cjk = [c for c in simplify(text[:sample]) if "\u3400" <= c <= "\u9fff"]
    common = 0
    for c in cjk:
        try:
            common += 0xB0 <= c.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common / len(cjk) if cjk else 0.0


def sidecar_of(path: Path) -> Path:
    """The sidecar of NAME.txt (or NAME.html): NAME.meta.json beside it."""
    return path.with_name(path.stem + ".meta.json")


def read_meta(path: Path, warnings: list[str] | None = None) -> dict:
    """The sidecar NAME.meta.json beside NAME.txt: date, place, source, paper. A date that is no
    real YYYY-MM-DD day is dropped, with a warning naming the sidecar."""
    side = sidecar_of(path)
    try:
        mode = os.stat(side).st_mode
    except OSError as exc:  # none there, or a name too long to have one beside it
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP):
            return {}
        raise InputError(f"{side}: unreadable sidecar ({exc.strerror or exc}); skipped") from None
    if not stat.S_ISREG(mode):
        raise InputError(f"{side}: sidecar is not a regular file; skipped")
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{side}: unreadable sidecar ({exc}); skipped") from None
    if not isinstance(meta, dict):
        raise InputError(f"{side}: sidecar must hold a JSON object; skipped")
    meta = {k: meta.get(k) for k in ("date", "place", "source", "paper")}
    if meta["date"] is not None:
        try:
            iso_date(meta["date"])
        except ValueError as exc:
            meta["date"] = None
            if warnings is not None:
                warnings.append(f"{side}: date {exc}; not used")
    if isinstance(meta["place"], str) and meta["place"] and gazetteer().place(meta["place"]) is None:
        if warnings is not None:  # kept for what it may still tell (a town's name), but said
            warnings.append(f"{side}: place {meta['place']}: {gazetteer().unplaced(meta['place'])}; "
                            "no locality taken from it")
    return meta


def load(item: str, *, date: str | None = None, place: str | None = None, name: str | None = None,
         warnings: list[str] | None = None) -> Document:
    """Read and normalize one input; `date`/`place` apply where no sidecar says otherwise (and
    over what an HTML page says of itself); `name` is the document's name (its file name by
    default); sidecar problems that do not stop the input go to `warnings`."""
    if item == STDIN:
        data, meta = sys.stdin.buffer.read(), {}
        name = name or "<stdin>"
    else:
        path = Path(item)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{item}: cannot read ({exc.strerror or exc}); skipped") from None
        name, meta = name or _printable(path.name), read_meta(path, warnings)
    page: dict = {}
    if is_html(item) or looks_html(data):  # a page by its name, or one on stdin, in a pipe or of another name
        if not data.strip():
            raise InputWarning(f"{item}: empty file, nothing to extract")
        try:
            text, page = read_html(data, item)
        except HtmlError as exc:
            raise InputError(str(exc)) from None
    else:
        text = decode(data, item)
    if not text.strip():
        raise InputWarning(f"{item}: empty file, nothing to extract")
    return normalize(text, name,
                     pub_date=meta.get("date") or date or page.get("date"),
                     place=meta.get("place") or place,
                     source=meta.get("source") or page.get("source"),
                     paper=meta.get("paper") or page.get("paper"))
