"""The digest of each input file's bytes (and of its sidecar's), remembered with the file's
stat as git's index does, so a rebuild does not read and hash every unchanged file again to
make its cache key (`kg.cache`): 5,000 files hashed cost 0.1 s, 5,000 stat calls 0.02 s.

For each file of the last build of the same inputs the index holds the stat of the file and,
for a text or a page, of its sidecar (NAME.meta.json, or that there was none): size, times of
modification and of change in nanoseconds, inode; and the digest of their bytes. A file whose
stats are the ones remembered has that digest; any other is read and hashed again.

A file is remembered only when it was last modified and changed `SETTLED_NS` or more before
the build began: a file written again in the clock tick in which it was read could keep its
size and times ("racily clean", as git calls it), while one that has had no write for longer
than a tick before it was read gets new times from any write after. A file that recent is
hashed again by the next build, and remembered then. The change time cannot be set back
(`touch -d` sets the modification time and changes it), so a file rewritten with its old size
and modification time is hashed again too.

The index is a cache: one file per set of inputs, tagged with kg's fingerprint (another kg
hashes every file anew), with a checksum; one that is missing, does not read back whole or
holds something else is ignored, which costs the time of hashing every file. It is written
whole or not at all (`save`), and holds only the files of the last build.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import time
from pathlib import Path

from .ingest import has_sidecar_kind, sidecar_of
from .kept import load, save

MAGIC = b"kg-file-index 1\n"
SETTLED_NS = 2 * 10**9  # more than a clock tick of any filesystem's times (FAT's: 2 s)
NO_SIDECAR = (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP)  # as `kg.ingest.read_meta` says


def _now() -> int:
    """The time a build begins, in nanoseconds (tests move it)."""
    return time.time_ns()


class FileIndex:
    """The digests remembered in the file `path` by kg of `version`; `content` gives each
    file's, `save` writes what this build saw."""

    def __init__(self, path: str | Path, version: str):
        self.path, self.version = Path(path), version
        self.began = _now()
        self.kept: dict[str, tuple] = self._load()  # item → (stamp, sidecar, sidecar's stamp, digest)
        self.seen: dict[str, tuple] = {}  # the same, for the files of this build that may be remembered
        self.listed: dict[str, set[str] | None] = {}  # folder → the names in it, None if it cannot be listed

    def _load(self) -> dict:
        kept = load(self.path, MAGIC, self.version)
        return kept if isinstance(kept, dict) else {}

    def content(self, item: str) -> bytes | None:
        """The digest of the bytes of `item` and of its sidecar (`content_digest`): the one
        remembered when neither has changed, else read; None when either cannot be read now."""
        old = self.kept.get(item)
        if old is not None:
            stamp, side, side_stamp, digest = old
            try:
                if _stamp(os.stat(item)) == stamp and (side is None or self._side_stamp(side) == side_stamp):
                    self.seen[item] = old
                    return digest
            except OSError:  # gone, or its sidecar cannot be told: read as any other
                pass
        try:
            st, side, side_stamp, digest = _hashed(item)
        except OSError:
            return None
        stamp = _stamp(st)
        if stat.S_ISREG(st.st_mode) and self._settled(stamp) and (side_stamp is None or self._settled(side_stamp)):
            self.seen[item] = (stamp, side, side_stamp, digest)
        return digest

    def _side_stamp(self, side: str) -> tuple[int, int, int, int] | None:
        """`_side_stamp`, told without a system call for a sidecar its folder's listing lacks
        (a folder's 5,000 pages with no sidecar: one listing, not 5,000 failed stat calls)."""
        folder, name = os.path.split(side)
        if folder not in self.listed:
            try:
                self.listed[folder] = set(os.listdir(folder or "."))
            except OSError:
                self.listed[folder] = None
        names = self.listed[folder]
        return None if names is not None and name not in names else _side_stamp(side)

    def _settled(self, stamp: tuple) -> bool:
        """Whether a file (or sidecar) was last written `SETTLED_NS` or more before the build began."""
        return max(stamp[1], stamp[2]) < self.began - SETTLED_NS

    def save(self) -> None:
        """Write the index of this build's files if it differs from the one read (whole or not
        at all; OSError if it cannot be)."""
        if self.seen != self.kept:
            save(self.path, MAGIC, self.version, self.seen)


def content_digest(item: str) -> bytes | None:
    """The digest of the bytes of `item` and of its sidecar (or that it has none, for a text or
    a page); None when either cannot be read now."""
    try:
        return _hashed(item)[3]
    except OSError:
        return None


def _hashed(item: str) -> tuple[os.stat_result, str | None, tuple | None, bytes]:
    """`item` read and hashed: its stat (taken before its bytes are read, so a write after it
    changes its times), its sidecar's path and stamp (None for none), and the digest of their
    bytes (OSError if either cannot be read)."""
    with open(item, "rb") as fh:
        st = os.fstat(fh.fileno())
        digest = hashlib.sha256(hashlib.file_digest(fh, "sha256").digest())
    side = str(sidecar_of(Path(item))) if has_sidecar_kind(item) else None
    side_stamp = None
    if side is not None:
        side_stamp = _side_stamp(side)
        digest.update(_sidecar_bytes(side))
    return st, side, side_stamp, digest.digest()


def _stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    """What tells a file's bytes changed: size, times of modification and change (ns), inode."""
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _side_stamp(side: str) -> tuple[int, int, int, int] | None:
    """A sidecar's stamp, None when there is none (OSError if it cannot be told)."""
    try:
        return _stamp(os.stat(side))
    except OSError as exc:
        if exc.errno in NO_SIDECAR:
            return None
        raise


def _sidecar_bytes(side: str) -> bytes:
    """What a sidecar adds to a digest: its bytes, or that there is none (OSError if it cannot be read)."""
    try:
        with open(side, "rb") as fh:
            return b"sidecar\0" + fh.read()
    except OSError as exc:
        if exc.errno in NO_SIDECAR:
            return b"no sidecar"
        raise
