"""Write outputs atomically: one file (temp file, then rename), or a run's files as a unit
(a staging folder beside the output folder, swapped in when every file is written).

kg replaces or removes only files it wrote itself: each run lists the files it wrote in the
manifest `.kg-manifest` in the output folder, and a later run removes only files listed there
(never an input's `*.meta.json`, never anything else the folder holds). Where the folder's parent
cannot be written (or the folder is a mount point, or belongs to someone a new folder could not
be given to), the run stages inside the folder (`.kg-staging`) and swaps its files in one by one,
each by a rename, keeping the folder itself with its owner, group and mode."""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def write_atomic(path: str | Path, data: str | bytes, sync: bool = True) -> None:
    """Write `data` to `path` so readers see the old file or the whole new one, never half;
    `sync=False` skips the fsync (a file whose loss in a power cut costs nothing, a cache entry)."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # name the file wanted, not the temp file
        raise OSError(exc.errno, f"cannot write ({exc.strerror})", str(path)) from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class OutputError(Exception):
    """Output that could not be written; `fatal` when the whole run's output is lost with it."""

    def __init__(self, message: str, fatal: bool = True):
        super().__init__(message)
        self.fatal = fatal


# Errors of the folder or the disk, not of one file: no later file of the run can be written.
_FATAL = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EACCES, errno.EPERM}


MANIFEST = ".kg-manifest"  # the files kg wrote into the folder, as a JSON list of names
INNER_STAGING, INNER_LOCK = ".kg-staging", ".kg-lock"  # staging inside the folder, and its lock
OWN_NAMES = (MANIFEST, INNER_STAGING, INNER_LOCK)


def read_manifest(folder: Path) -> set[str]:
    """The names a previous run listed as written in `folder`; none when there is no manifest."""
    try:
        names = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(names, list):
        return set()
    return {n for n in names if isinstance(n, str) and n and "/" not in n and n not in (".", "..")
            and n not in OWN_NAMES and not is_sidecar(n)}


def is_sidecar(name: str) -> bool:
    """An input's sidecar (NAME.meta.json): never kg's to replace or remove."""
    return name.lower().endswith(".meta.json")


class Staging:
    """A run's files, written into a staging folder and swapped in as a unit.

    `out/` is replaced whole by `commit()`; entries of the old folder are carried over unless
    the old manifest lists them and they are of this kind of run (`owns(name)`: graph.ttl for
    a build, not a view.html beside it). With `in_place`, the files are staged in
    `out/.kg-staging` and renamed into `out` one by one instead; the folder itself stays."""

    def __init__(self, out: Path, owns, in_place: bool = False):
        self.out, self.owns, self.in_place = out, owns, in_place
        self.outer_staging = out.parent / f".{out.name}.kg-staging"
        self.staging = out / INNER_STAGING if in_place else self.outer_staging
        self.old = out.parent / f".{out.name}.kg-old"
        self.files: list[str] = []
        self.notes: list[str] = []
        self._listed: set[str] | None = None  # the files of `out` kg wrote, read when first needed

    def write(self, name: str, data) -> None:
        """Stage `name` with `data`: text, bytes, or a function that writes the bytes to the
        binary file it is given (a large export, streamed)."""
        path = self.staging / name
        try:
            if name in OWN_NAMES or is_sidecar(name):
                raise OSError(errno.EINVAL, "a name kg keeps for itself or for inputs")
            if self._foreign(name):
                raise OSError(errno.EEXIST, "a file kg did not write is there (an input?); it is kept")
            with open(path, "xb") as fh:
                if callable(data):
                    data(fh)
                else:
                    fh.write(data.encode("utf-8") if isinstance(data, str) else data)
                fh.flush()
                os.fsync(fh.fileno())
        except (OSError, UnicodeError) as exc:
            if isinstance(exc, OSError):
                with suppress(OSError):
                    path.unlink(missing_ok=True)
            reason = getattr(exc, "strerror", None) or str(exc)
            raise OutputError(f"cannot write {self.out / name}: {reason}",
                              fatal=getattr(exc, "errno", None) in _FATAL) from None
        self.files.append(name)

    def _foreign(self, name: str) -> bool:
        """Whether `out` holds a text `name` that kg did not write: an input (the page p.txt
        beside p.html, when a run writes p.html's text as p.txt into the pages' folder), never
        replaced. (A record or graph file there is taken for an earlier run's output.)"""
        if not name.lower().endswith(".txt"):
            return False
        if self._listed is None:
            self._listed = read_manifest(self.out)
        return name not in self._listed and os.path.lexists(self.out / name)

    def _drops(self, name: str, manifest: set[str]) -> bool:
        """Whether an entry of the previous output goes: a file kg listed, of this kind of run."""
        return name in manifest and self.owns(name) and not is_sidecar(name)

    def _manifest(self, folder: Path) -> list[str]:
        """This run's files, and the listed files of the previous output that stay."""
        before = read_manifest(folder)
        kept = {n for n in before if not self._drops(n, before) and os.path.lexists(folder / n)}
        return sorted(kept | set(self.files))

    def commit(self) -> None:
        """Swap the staged files in: `out` holds the old files or the new ones, never a mix
        (with `in_place`: each file is the old one or the new one)."""
        if self.in_place:
            return self._commit_in_place()
        try:
            manifest = self._manifest(self.out) if self.out.exists() else sorted(self.files)
            write_atomic(self.staging / MANIFEST, json.dumps(manifest, ensure_ascii=False) + "\n")
            if self.out.exists():
                st = os.stat(self.out)
                with suppress(OSError):  # keep the folder's owner and group where we may
                    os.chown(self.staging, st.st_uid, st.st_gid)
                os.chmod(self.staging, stat.S_IMODE(st.st_mode))
                os.rename(self.out, self.old)
            os.rename(self.staging, self.out)
            _sync(self.out.parent)
            self._carry_over()
        except OSError as exc:
            if self.old.exists() and not self.out.exists():
                os.rename(self.old, self.out)  # the new folder could not go in: the old one back
            raise OutputError(f"cannot replace {self.out}: {exc.strerror or exc}") from None

    def _commit_in_place(self) -> None:
        before = read_manifest(self.out)
        manifest = self._manifest(self.out)
        try:
            # while files are swapped, the manifest lists the old ones and the new ones
            write_atomic(self.out / MANIFEST, json.dumps(sorted(before | set(manifest)), ensure_ascii=False) + "\n")
            for name in self.files:
                os.replace(self.staging / name, self.out / name)
            for name in sorted(before - set(manifest)):
                with suppress(FileNotFoundError):
                    os.unlink(self.out / name)
            write_atomic(self.out / MANIFEST, json.dumps(manifest, ensure_ascii=False) + "\n")
            _sync(self.out)
        except OSError as exc:
            raise OutputError(f"cannot replace files in {self.out}: {exc.strerror or exc}") from None

    def recover(self) -> None:
        """Finish or undo what a killed run left: restore or tidy `out`, drop stale staging."""
        if self.old.exists():
            if self.out.exists():  # stopped after the swap: finish it
                self._carry_over()
                self.notes.append(f"{self.out}: the swap of a run that was stopped finished")
            else:  # stopped in the middle of the swap: the previous output back
                os.rename(self.old, self.out)
                self.notes.append(f"{self.out}: previous output restored after a run that was stopped")
        for stale in (self.outer_staging, self.out / INNER_STAGING):
            if stale.exists():
                shutil.rmtree(stale, ignore_errors=self.in_place and stale == self.outer_staging)
                if not stale.exists():
                    self.notes.append(f"{stale}: removed, left by a run that was stopped")

    def _carry_over(self) -> None:
        if not self.old.exists():
            return
        listed = read_manifest(self.old)
        for name in sorted(os.listdir(self.old)):
            if name in (INNER_STAGING, INNER_LOCK) or self._drops(name, listed):
                continue
            if not os.path.lexists(self.out / name):
                os.rename(self.old / name, self.out / name)
        shutil.rmtree(self.old)


def _sync(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def staged(out_dir: str | Path, owns=lambda name: True) -> Iterator[Staging]:
    """Stage a run's output, one run at a time; nothing changes in `out_dir` unless the caller
    calls `commit()`. Raises OutputError when another run holds the folder."""
    out = Path(os.path.realpath(out_dir))
    in_place = _in_place(out)
    if not in_place and (Path.cwd() == out or out in Path.cwd().parents):
        raise OutputError(f"{out_dir}: kg replaces its output folder whole; name a folder that does "
                          "not hold the current one")
    where = out if in_place else out.parent
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        lock_path = out / INNER_LOCK if in_place else out.parent / f".{out.name}.kg-lock"
        lock = _lock(lock_path, out_dir)
    except OSError as exc:
        raise OutputError(f"cannot write in {where}: {exc.strerror or exc}") from None
    with lock:
        try:
            stage = Staging(out, owns, in_place)
            try:
                stage.recover()
                stage.staging.mkdir()
            except OSError as exc:
                raise OutputError(f"cannot write in {where}: {exc.strerror or exc}") from None
            try:
                yield stage
            finally:
                shutil.rmtree(stage.staging, ignore_errors=True)
        finally:
            lock_path.unlink(missing_ok=True)  # while still held: the next run makes its own


def _in_place(out: Path) -> bool:
    """Whether to stage inside `out` rather than beside it: its parent cannot be written, it is a
    mount point, or a new folder in its place could not be given its owner and group."""
    if not out.is_dir():
        return False
    if os.path.ismount(out) or not os.access(out.parent, os.W_OK | os.X_OK):
        return True
    st = os.stat(out)
    if os.geteuid() != 0 and (st.st_uid != os.geteuid()
                              or st.st_gid not in {os.getegid(), *os.getgroups()}):
        return True
    return False


def _lock(path: Path, out_dir):
    """The lock file (`.OUT.kg-lock` beside `out`, or `out/.kg-lock`), held (flock) by this run;
    a run that finds it held is refused. A lock file the holder unlinked before we locked it is
    not the lock: retry."""
    while True:
        lock = open(path, "a")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise OutputError(f"{out_dir}: another kg run is writing this folder; try again when it ends") from None
        try:
            if os.stat(path).st_ino == os.fstat(lock.fileno()).st_ino:
                return lock
        except FileNotFoundError:
            pass
        lock.close()
