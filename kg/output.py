"""Write outputs atomically: one file (temp file, then rename), or a run's files as a unit
(a staging folder beside the output folder, swapped in when every file is written)."""
from __future__ import annotations

import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write `data` to `path` so readers see the old file or the whole new one, never half."""
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


class Staging:
    """A run's files, written into a folder beside the output folder and swapped in as a unit.

    `out/` is replaced whole by `commit()`; entries of the old folder that this kind of run
    does not own (`owns(name)` false: a view.html beside graph.ttl) are carried over."""

    def __init__(self, out: Path, owns):
        self.out, self.owns = out, owns
        self.staging = out.parent / f".{out.name}.kg-staging"
        self.old = out.parent / f".{out.name}.kg-old"
        self.files: list[str] = []
        self.notes: list[str] = []

    def write(self, name: str, data: str | bytes) -> None:
        path = self.staging / name
        try:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            with open(path, "xb") as fh:
                fh.write(raw)
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

    def commit(self) -> None:
        """Swap the staged files in: `out` holds the old files or the new ones, never a mix."""
        try:
            if self.out.exists():
                shutil.copymode(self.out, self.staging)
                os.rename(self.out, self.old)
            os.rename(self.staging, self.out)
            _sync(self.out.parent)
            self._carry_over()
        except OSError as exc:
            if self.old.exists() and not self.out.exists():
                os.rename(self.old, self.out)  # the new folder could not go in: the old one back
            raise OutputError(f"cannot replace {self.out}: {exc.strerror or exc}") from None

    def recover(self) -> None:
        """Finish or undo what a killed run left: restore or tidy `out`, drop stale staging."""
        if self.old.exists():
            if self.out.exists():  # stopped after the swap: finish it
                self._carry_over()
                self.notes.append(f"{self.out}: the swap of a run that was stopped finished")
            else:  # stopped in the middle of the swap: the previous output back
                os.rename(self.old, self.out)
                self.notes.append(f"{self.out}: previous output restored after a run that was stopped")
        if self.staging.exists():
            shutil.rmtree(self.staging)
            self.notes.append(f"{self.staging}: removed, left by a run that was stopped")

    def _carry_over(self) -> None:
        if not self.old.exists():
            return
        for name in sorted(os.listdir(self.old)):
            if not self.owns(name) and not (self.out / name).exists():
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
    """Stage a run's output beside `out_dir`, one run at a time; nothing changes in `out_dir`
    unless the caller calls `commit()`. Raises OutputError when another run holds the folder."""
    out = Path(os.path.realpath(out_dir))
    if Path.cwd() == out or out in Path.cwd().parents:
        raise OutputError(f"{out_dir}: kg replaces its output folder whole; name a folder that does "
                          "not hold the current one")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        lock_path, lock = _lock(out, out_dir)
    except OSError as exc:
        raise OutputError(f"cannot write in {out.parent}: {exc.strerror or exc}") from None
    with lock:
        try:
            stage = Staging(out, owns)
            try:
                stage.recover()
                stage.staging.mkdir()
            except OSError as exc:
                raise OutputError(f"cannot write in {out.parent}: {exc.strerror or exc}") from None
            try:
                yield stage
            finally:
                shutil.rmtree(stage.staging, ignore_errors=True)
        finally:
            lock_path.unlink(missing_ok=True)  # while still held: the next run makes its own


def _lock(out: Path, out_dir):
    """The lock file `.OUT.kg-lock` beside `out`, held (flock) by this run; a run that finds it
    held is refused. A lock file the holder unlinked before we locked it is not the lock: retry."""
    path = out.parent / f".{out.name}.kg-lock"
    while True:
        lock = open(path, "a")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise OutputError(f"{out_dir}: another kg run is writing this folder; try again when it ends") from None
        try:
            if os.stat(path).st_ino == os.fstat(lock.fileno()).st_ino:
                return path, lock
        except FileNotFoundError:
            pass
        lock.close()
