"""A value kg keeps between runs in a file of the cache folder (Turtle blocks, a file index):
marshalled, after a tag (what it is, and kg's fingerprint: another kg reads nothing) and a
checksum; written whole or not at all. Such a file is a cache: one that is missing, from
another kg, or does not read back whole gives None, which costs time and nothing else."""
from __future__ import annotations

import hashlib
import marshal
from pathlib import Path

from .packed import collector_paused


def load(path: str | Path, magic: bytes, version: str) -> object | None:
    """The value kept in `path` under `magic` by kg of `version`; None if there is none whole."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    tag = magic + version.encode() + b"\n"
    head, payload = data[:len(tag) + 32], data[len(tag) + 32:]
    if head != tag + hashlib.sha256(payload).digest():
        return None
    try:
        with collector_paused(aged=True):  # plain data: no garbage, nothing to go over (`kg.packed`)
            return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def save(path: str | Path, magic: bytes, version: str, value: object) -> None:
    """Keep `value` (what marshal writes) in `path`, whole or not at all (OSError if it cannot be)."""
    from .output import write_atomic

    payload = marshal.dumps(value)
    tag = magic + version.encode() + b"\n"
    write_atomic(path, tag + hashlib.sha256(payload).digest() + payload, sync=False)
