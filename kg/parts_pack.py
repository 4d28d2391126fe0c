"""What a recent build of the same inputs took from each file's cache entry, all in one file,
so a rebuild opens one file instead of one entry per input (5,000 entries opened, read and
checked: 0.11 s; the same from one file: 0.02 s).

A build needs of a file's Results their first section (`kg.packed.first_section`): each
document's graph part, no extractions. The pack holds that section for each file of a recent
build whose documents all had their parts, under the file's cache key (`kg.cache.Cache.key`:
a digest of the file's bytes, kg's fingerprint and the options), so a changed file, which has
another key, is not found in it and is read from its own entry or extracted, and nothing else
is invalidated with it. An entry of the cache itself is never changed by a pack.

The file: a tag (what it is, kg's fingerprint: another kg finds nothing in it), the table's
length and checksum, the table (marshal: key → offset, length and CRC-32 of the section),
then the sections. It is mapped into memory, not read: a section is read when it is asked for,
and given only if its CRC-32 matches (else the file's entry is read). The pack is a cache:
one that is missing or whose table does not read back whole holds nothing. It is written after
a build, whole or not at all, with the sections of that build's files alone, when more than one
in 32 of them were not in it or it held as many others (`STALE`): a few changed files are read
from their entries until then.
"""
from __future__ import annotations

import hashlib
import marshal
import mmap
import zlib
from pathlib import Path

from .packed import collector_paused

MAGIC = b"kg-parts-pack 1\n"
LENGTH = 8  # bytes of the table's length
# the share of a build's files whose sections a pack may lack, or hold under keys the build did
# not use, before it is written again: a rebuild after a few changes reads those files' entries
# (a few ms) rather than write 5,000 files' sections again (40-80 ms)
STALE = 1 / 32


class PartsPack:
    """The sections kept in the file `path` by kg of `version`; `section` gives one, `keep`
    says which the next pack holds, `save` writes it."""

    def __init__(self, path: str | Path, version: str):
        self.path, self.version = Path(path), version
        self.table: dict[str, tuple[int, int, int]] = {}  # key → (offset after the table, length, CRC-32)
        self.kept: dict[str, bytes | None] = {}  # the next pack's sections (None: one this pack holds)
        self._map: mmap.mmap | None = None
        self._start = 0  # where the sections start
        self._open()

    def _open(self) -> None:
        tag = MAGIC + self.version.encode() + b"\n"
        try:
            with open(self.path, "rb") as fh:
                data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # none, or empty (which cannot be mapped)
            return
        head = len(tag) + LENGTH + 32
        size = int.from_bytes(data[len(tag):len(tag) + LENGTH], "little")
        raw = data[head:head + size]
        try:
            if data[:len(tag)] != tag or data[len(tag) + LENGTH:head] != hashlib.sha256(raw).digest():
                raise ValueError("not whole")
            with collector_paused(aged=True):  # plain data (`kg.packed`)
                table = marshal.loads(raw)
            if not isinstance(table, dict):
                raise ValueError("no table")
        except (EOFError, ValueError, TypeError):
            data.close()
            return
        self.table, self._map, self._start = table, data, head + size

    def section(self, key: str) -> bytes | None:
        """The section kept under `key`; None if there is none, or none whole."""
        if key not in self.table or self._map is None:
            return None
        offset, length, crc = self.table[key]
        at = self._start + offset
        data = self._map[at:at + length]
        return data if len(data) == length and zlib.crc32(data) == crc else None

    def keep(self, key: str, section: bytes | None = None) -> None:
        """Have the next pack hold `section` under `key` (None: the one this pack holds)."""
        self.kept[key] = section

    def save(self) -> None:
        """Write the pack of the sections kept, unless this one holds all but a few of them and
        few others (`STALE`); whole or not at all (OSError if it cannot be)."""
        from .output import write_atomic

        lacking = sum(s is not None for s in self.kept.values())  # not in this pack, or not whole in it
        unused = len(self.table.keys() - self.kept.keys())
        if max(lacking, unused) <= len(self.kept) * STALE:
            return
        table, sections, offset = {}, [], 0
        for key, section in self.kept.items():
            if section is None:
                section = self.section(key)
                if section is None:  # it did not read back whole: dropped
                    continue
            table[key] = (offset, len(section), zlib.crc32(section))
            sections.append(section)
            offset += len(section)
        raw = marshal.dumps(table)
        data = b"".join([MAGIC, self.version.encode(), b"\n", len(raw).to_bytes(LENGTH, "little"),
                         hashlib.sha256(raw).digest(), raw, *sections])
        self.close()
        write_atomic(self.path, data, sync=False)

    def close(self) -> None:
        """Let go of the file (a pack is closed when it is saved)."""
        if self._map is not None:
            self._map.close()
            self._map, self.table = None, {}
