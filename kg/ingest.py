"""Inputs → `Document`s: files, directories (recursive *.txt) or stdin, in UTF-8 or GB18030.

Each input is read on its own so one bad file never stops the others: problems come back
as `InputError` (skip the file, exit non-zero) or `InputWarning` (e.g. an empty file).
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Document
from .normalize import normalize

STDIN = "-"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InputError(Exception):
    """An input that cannot be read; the message names it."""


class InputWarning(Exception):
    """An input that was read but holds nothing to extract."""


def iter_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Expand directories to their *.txt files (sorted); keep files and '-' as given."""
    for item in inputs:
        path = Path(item)
        if item != STDIN and path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*.txt")))
        else:
            yield item


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (BOM or not), else GB18030/GBK; binary data is refused."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary file (NUL bytes), not text; skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: neither UTF-8 nor GB18030 text (byte {exc.start}); skipped") from None


def read_meta(path: Path) -> dict:
    """The sidecar NAME.meta.json beside NAME.txt: date, place, source, paper."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{side}: unreadable sidecar ({exc}); skipped") from None
    if not isinstance(meta, dict):
        raise InputError(f"{side}: sidecar must hold a JSON object; skipped")
    if meta.get("date") is not None and not _DATE.match(str(meta["date"])):
        raise InputError(f"{side}: date must be YYYY-MM-DD, got {meta['date']!r}; skipped")
    return {k: meta.get(k) for k in ("date", "place", "source", "paper")}


def load(item: str, *, date: str | None = None, place: str | None = None) -> Document:
    """Read and normalize one input; `date`/`place` apply where no sidecar says otherwise."""
    if item == STDIN:
        data, name, meta = sys.stdin.buffer.read(), "<stdin>", {}
    else:
        path = Path(item)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{item}: cannot read ({exc.strerror or exc}); skipped") from None
        name, meta = path.name, read_meta(path)
    text = decode(data, item)
    if not text.strip():
        raise InputWarning(f"{item}: empty file, nothing to extract")
    return normalize(text, name,
                     pub_date=meta.get("date") or date,
                     place=meta.get("place") or place,
                     source=meta.get("source"),
                     paper=meta.get("paper"))
