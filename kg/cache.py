"""Per-input-file extraction results kept on disk, so a rebuild extracts only the files that
changed, and gives the same output as a clean build.

An entry holds one input file's Results (packed: `kg.packed`), under the sha256 of: the fingerprint of
kg (`fingerprint`: its code, lexicons and other package files, and the versions of Python and
of the libraries that read and segment text, so a new kg or jieba invalidates every entry),
the input's path and record name, the --date and --place given, and the digest of the bytes of
the file and of its sidecar (NAME.meta.json). Entries live in `$KG_CACHE_DIR`, else under
`extractions/` in the folder of this user's where kg keeps jieba's cache
(`kg.lexicon.user_cache_dir`). An entry
is written to a temporary file and renamed into place, so it is whole or absent; one that does
not read back whole (its checksum) is ignored and written again. A file is cached only when it
and its sidecar could be read to make its key, so the errors its Results hold (a line that is
not JSON, an internal error) come from its bytes and kg, and are cached too; a file whose worker
died is not cached.

Beside the entries, for each set of inputs run with the cache, three files that make a rebuild
cheap and are caches themselves (lost or broken, they cost time, never a different output): the
digests of the files' bytes by their stat (`kg.file_index`: an unchanged file is not read to make
its key), the first sections of the entries the last build took (`kg.parts_pack`: one file read
instead of 5,000 entries), and the last build's Turtle blocks (`kg.blocks`).
"""
from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from functools import cache
from importlib import metadata
from pathlib import Path

from .file_index import FileIndex, content_digest
from .ingest import kind
from .packed import collector_paused, first_section, has_parts, light_results, pack, unpack
from .parts_pack import PartsPack
from .workers import Failure, Task, outcomes

ENV = "KG_CACHE_DIR"
MAGIC = b"kg-cache 2\n"
# libraries whose version can change what kg reads or finds in a text
LIBRARIES = ("jieba", "opencc", "charset-normalizer", "trafilatura", "lxml", "warcio", "pypinyin")


@cache
def fingerprint(root: str | None = None) -> str:
    """A digest of kg's package files under `root` (kg's own folder by default: its .py files,
    lexicons and other data) and of the versions of Python and of `LIBRARIES`; made once a run."""
    folder = Path(root) if root else Path(__file__).parent
    digest = hashlib.sha256(sys.version.encode())
    for lib in LIBRARIES:
        try:
            digest.update(f"\0{lib} {metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"\0{lib} none".encode())
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(b"\0" + path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def default_folder() -> Path:
    """`$KG_CACHE_DIR`, else `extractions/` in this user's kg cache folder (`~/.cache/kg`)."""
    from .lexicon import user_cache_dir

    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    base = user_cache_dir()
    if base is None:
        raise OSError(f"no cache folder can be made; give one with --cache DIR or {ENV}, or use --no-cache")
    return Path(base) / "extractions"


class Cache:
    """The entries in `folder` (`default_folder()` if None) made by kg of `version`
    (`fingerprint()` if None)."""

    def __init__(self, folder: str | Path | None = None, version: str | None = None):
        self.folder = Path(folder) if folder is not None else default_folder()
        self.version = version or fingerprint()
        self.problem: str | None = None  # why an entry could not be written, the first time

    def key(self, task: Task, files: FileIndex | None = None) -> str | None:
        """The entry's key for a task; None when its file (or sidecar) cannot be read now. The
        digest of the file's bytes is the one `files` remembers, where it does."""
        content = files.content(task.item) if files is not None else content_digest(task.item)
        if content is None:
            return None
        digest = hashlib.sha256()
        for part in (self.version, task.item, task.name, task.date or "", task.place or ""):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(content)
        return digest.hexdigest()

    def turtle_blocks(self, inputs: list[str]):
        """The Turtle blocks (`kg.blocks`) kept for a build of `inputs` (as given, made absolute)."""
        from .blocks import TurtleBlocks

        return TurtleBlocks(self._of_inputs("turtle", inputs, ".blocks"), self.version)

    def file_index(self, inputs: list[str]) -> FileIndex:
        """The digests of the files of the last run of `inputs` (`kg.file_index`)."""
        return FileIndex(self._of_inputs("files", inputs, ".index"), self.version)

    def parts_pack(self, inputs: list[str]) -> PartsPack:
        """The graph parts of the last build of `inputs` (`kg.parts_pack`)."""
        return PartsPack(self._of_inputs("parts", inputs, ".pack"), self.version)

    def _of_inputs(self, kind: str, inputs: list[str], suffix: str) -> Path:
        """The file of `kind` kept for runs of `inputs` (as given, made absolute)."""
        digest = hashlib.sha256()
        for item in inputs:
            digest.update(os.path.abspath(item).encode("utf-8", "surrogateescape") + b"\0")
        return self.folder / kind / f"{digest.hexdigest()[:32]}{suffix}"

    def keep(self, kept) -> None:
        """Save Turtle blocks, a file index or a pack of graph parts (`save`); a folder that
        cannot be written is noted in `problem`, as for an entry."""
        try:
            kept.save()
        except OSError as exc:
            self._cannot_write(exc)

    def path(self, key: str) -> Path:
        return Path(self._file(key))

    def _file(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key[2:] + ".pkl")  # no Path: 5,000 of them cost 0.1 s

    def has(self, key: str) -> bool:
        return os.path.isfile(self._file(key))

    def read(self, key: str) -> bytes | None:
        """An entry's packed Results; None if absent or not whole."""
        try:
            with open(self._file(key), "rb") as fh:
                data = fh.read()
        except OSError:
            return None
        head, payload = data[:len(MAGIC) + 32], data[len(MAGIC) + 32:]
        if head != MAGIC + hashlib.sha256(payload).digest():
            return None
        return payload

    def write(self, key: str, payload: bytes) -> None:
        """Store an entry, whole or not at all; a folder that cannot be written is noted in
        `problem` and the run goes on without it."""
        from .output import write_atomic

        try:
            write_atomic(self.path(key), MAGIC + hashlib.sha256(payload).digest() + payload, sync=False)
        except OSError as exc:
            self._cannot_write(exc)

    def _cannot_write(self, exc: OSError) -> None:
        self.problem = self.problem or f"cannot write the cache in {self.folder} ({exc.strerror or exc}); " \
                                       "files are extracted anew next time"


# Cached files read ahead of a file a worker is extracting, while it does (their Results are
# held meanwhile: light ones, with graph parts and no extractions, are a few KB each)
READ_AHEAD, READ_AHEAD_LIGHT = 1024, 8192
MOSTLY_CACHED = 32  # a build extracting at most one file in this many pauses the cyclic collector


def _unpacked(payload: bytes | None, light: bool, first: bool = False) -> list | None:
    """An entry's Results (`kg.packed.unpack`), or those of its first section (`first`:
    `kg.packed.light_results`); None for none, or for one that does not unpickle (whole, yet
    made by another Python: the fingerprint should have told)."""
    try:
        return None if payload is None else light_results(payload) if first else unpack(payload, light)
    except Exception:
        return None


def _cached(cache: Cache, key: str, light: bool, parts: PartsPack | None) -> list | None:
    """A cached file's Results: from the pack of a build's graph parts (`parts`) where it holds
    them whole, else from the file's entry; None if that is not whole either. Results that
    give a build all it needs are kept for the next pack."""
    if parts is not None and (results := _unpacked(parts.section(key), light, first=True)) is not None:
        parts.keep(key)
        return results
    payload = cache.read(key)
    results = _unpacked(payload, light)
    if parts is not None and results is not None and has_parts(results):
        parts.keep(key, first_section(payload))
    return results


def task_results(tasks: list[Task | None], *, cache: Cache | None = None, inputs: list[str] | None = None,
                 tally=None, light: bool = False, **how) -> Iterator[list]:
    """The Results of each task that is not None, in order: from `cache` where it holds them,
    else extracted as `how` says (`kg.workers.outcomes`: jobs=, scheduler=) and stored in it.
    Counts files from the cache and extracted in `tally`. With `light`, files extracted in
    workers or cached get each document's graph part made too, and a Result that has its part
    may come without its extraction (`kg.packed`). With `inputs` (what the tasks were found
    in), the digests of files unchanged since the last run of them are not made again
    (`kg.file_index`), and, with `light`, the graph parts of the last build of them are read
    from one file (`kg.parts_pack`): the generator saves both when asked for one more item
    than there are tasks."""
    from .pipeline import Result

    todo = [t for t in tasks if t is not None]
    if light and (cache is not None or how.get("jobs", 1) > 1 or how.get("scheduler")):
        todo = [replace(t, graph=True) for t in todo]
    files = cache.file_index(inputs) if cache is not None and inputs is not None else None
    parts = cache.parts_pack(inputs) if files is not None and light else None
    keys = [cache.key(t, files) if cache is not None else None for t in todo]
    hit = [k is not None and (parts is not None and k in parts.table or cache.has(k)) for k in keys]
    if tally is not None and cache is not None:
        tally.cached = tally.cached or 0
    made = outcomes([t for t, h in zip(todo, hit) if not h], **how)
    elsewhere = how.get("jobs", 1) > 1 or bool(how.get("scheduler"))  # files extracted while this process reads
    ahead: dict[int, list | None] = {}  # cached files read ahead, by task number
    read = 0  # the tasks before this one have been read, or read ahead
    with ExitStack() as paused:
        # a build that takes (nearly) all its files from the cache mostly unpickles plain data,
        # which makes no garbage: no full collection over all it holds each time it holds a
        # quarter more; one that extracts (or hands out) more keeps the collector for that work
        if light and (len(hit) - sum(hit)) * MOSTLY_CACHED <= len(hit):
            paused.enter_context(collector_paused(aged=True))
        for i, (task, key, from_cache) in enumerate(zip(todo, keys, hit)):
            if not from_cache and elsewhere:  # read the cached files that follow while a worker extracts this one
                read = max(read, i + 1)
                while read < len(todo) and read - i <= (READ_AHEAD_LIGHT if light else READ_AHEAD):
                    if hit[read]:
                        ahead[read] = _cached(cache, keys[read], light, parts)
                    read += 1
            if from_cache:
                results = ahead.pop(i) if i in ahead else _cached(cache, key, light, parts)
            else:
                results = None
            if results is not None:
                if tally is not None:
                    tally.cached += 1
                yield results
                continue
            # an entry that does not read back whole is extracted here, and written again
            out = next(outcomes([task])) if from_cache else next(made)
            if tally is not None:
                tally.extracted += 1
            if isinstance(out, Failure):
                yield [Result(task.item, name=task.name, error=out.message, kind=kind(task.item))]
                continue
            payload = out if isinstance(out, bytes) else pack(out)
            results = unpack(out, light) if isinstance(out, bytes) else out
            if key is not None:
                cache.write(key, payload)
                if parts is not None and has_parts(results):
                    parts.keep(key, first_section(payload))
            yield results
        for kept in (files, parts):
            if kept is not None:
                cache.keep(kept)
