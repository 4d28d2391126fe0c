"""Where extraction runs: in this process, in worker processes (`jobs` > 1) or on a Dask
cluster (`scheduler`), with results handed back in input order whatever order workers
finish in, so a run's output never depends on how it was run.

A task is one input file (`Task`): a JSON Lines file or a web archive is one task, all its
lines or pages together; a worker process is handed a few at a time (`_chunks`). A task travels
as its path and options, so a cluster's workers must see the inputs at the same paths (a shared
filesystem); its results travel back packed (`run_task`, `kg.packed`): the extractions, with the texts
their spans point into.

A worker runs with the cyclic garbage collector on, even when forked while this process had it
paused (`kg.cache.task_results` pauses it while a build reads nearly all its files from the
cache).

A worker process that dies on a file (killed, out of memory, a crash in a C library) fails
that file alone: the broken pool is replaced, and the tasks it had in hand are retried each
alone in a pool of its own, so only a file that kills a worker on its own is blamed.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from .ingest import Input, kind

AHEAD = 4  # chunks handed out ahead of the first unfinished task, per worker: bounds memory
CHUNK = 16  # most files a worker is handed at once (one hand-over costs the main process ~0.5 ms)
CLUSTER_AHEAD = 256  # the same on a Dask cluster, in all
# How long this process's busy thread keeps the GIL from another that asks for it, while a pool
# runs (Python's default: 5 ms). Tasks reach workers and results come back through threads of
# the pool, each asking for the GIL in turn while the main thread reads cached files ahead:
# a rebuild's one changed file reached its worker 10-160 ms after it was handed out at 5 ms,
# within 10 ms at 0.5 ms.
HANDOVER_SWITCH_S = 0.0005
CONNECT_TIMEOUT = "10s"  # to reach a Dask scheduler


@dataclass(frozen=True)
class Task:
    """One input file to extract, with the options that change its results."""

    item: str
    name: str
    date: str | None = None
    place: str | None = None
    graph: bool = False  # also make each document's graph part (`kg.graph.document_part`)


@dataclass(frozen=True)
class Failure:
    """A task that gave no results: why, as one line naming the file."""

    message: str


class ClusterError(Exception):
    """The Dask cluster cannot be used (no dask installed, no scheduler at the address)."""


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_task(task: Task) -> bytes:
    """Extract one file, in whichever process runs it: its Results, packed (`kg.packed`)."""
    from .packed import pack

    return pack(_here(task))


def outcomes(tasks: list[Task], *, jobs: int = 1, scheduler: str | None = None) -> Iterator[object]:
    """For each task in order: its Results (a list, in this process), their packed bytes (from
    a worker), or a `Failure`."""
    if jobs <= 1 and not scheduler or not tasks:
        return (_here(task) for task in tasks)
    started = _cluster(tasks, scheduler) if scheduler else _pool(tasks, jobs)
    next(started)  # its first tasks handed out now, not when their results are first wanted
    return started


def _here(task: Task) -> list:
    """Extract one file in this process: its Results, with their graph parts if the task asks."""
    from .pipeline import extract_input

    results = extract_input(Input(task.item, task.name), task.date, task.place)
    if task.graph:
        from .graph import document_part

        for r in results:
            if r.extraction is not None:
                try:
                    r.part = document_part(r.extraction)
                except Exception:  # a bug in the graph: the build adds this extraction itself, and tells
                    r.part = None
    return results


def _context():
    """fork on Linux (workers start at once with what this process loaded), else the default."""
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)


def _warm() -> None:
    """Load kg's lexicons, gazetteer and jieba here once, so workers forked after it start with
    them: done when a worker has died, before the pools that replace it (a first pool's
    workers load them each, while this process reads cached files and builds the graph)."""
    from .pipeline import extract_text

    extract_text("本报成都讯 6月1日,四川省成都市政协主席王某某主持召开会议。\n")


def run_chunk(tasks: list[Task]) -> list[bytes]:
    """`run_task` for a few files in one go: one hand-over to a worker for all of them."""
    return [run_task(task) for task in tasks]


def _chunks(n: int, jobs: int) -> list[range]:
    """Task numbers 0…n-1 in consecutive chunks: up to CHUNK files each, yet at least 8 chunks
    a worker, so a small run still spreads over every worker and its last chunks end together."""
    size = max(1, min(CHUNK, n // (8 * jobs)))
    return [range(i, min(n, i + size)) for i in range(0, n, size)]


def _pool(tasks: list[Task], jobs: int) -> Iterator[object]:
    """The tasks on `jobs` worker processes, handed out in chunks (`_chunks`) at most AHEAD a
    worker ahead of the first unfinished one; results in task order."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    def fresh():
        return ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=_context(), initializer=gc.enable)

    def submit(chunk: range):
        fork = not getattr(pool, "_processes", None) and _context().get_start_method() == "fork"
        if fork:  # the workers' garbage collector leaves what they inherit alone: no copy of it
            gc.freeze()
        try:
            running[pool.submit(run_chunk, [tasks[i] for i in chunk])] = chunk
        finally:
            if fork:
                gc.unfreeze()

    chunks = _chunks(len(tasks), jobs)
    pool, running, done = fresh(), {}, {}
    submitted = first = 0  # chunks handed out; the first task not yet given back
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, HANDOVER_SWITCH_S))
    try:
        while first < len(tasks):
            while submitted < len(chunks) and chunks[submitted][0] - first < AHEAD * jobs * len(chunks[0]):
                submit(chunks[submitted])
                submitted += 1
                if submitted == 1:
                    yield None  # started (see `outcomes`)
            if first in done:
                yield done.pop(first)
                first += 1
                continue
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = []
            for future in finished:
                chunk = running.pop(future)
                try:
                    done.update(zip(chunk, future.result()))
                except BrokenProcessPool:
                    broken.extend(chunk)
                except Exception as exc:  # e.g. a result that cannot be pickled
                    done.update((i, Failure(_internal(tasks[i], exc))) for i in chunk)
            if broken:  # every task the pool had in hand is lost with it: retry each alone
                broken += [i for chunk in running.values() for i in chunk]
                running.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                if _context().get_start_method() == "fork":
                    _warm()
                for i in sorted(broken):
                    done[i] = _alone(tasks[i])
                pool = fresh()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        sys.setswitchinterval(switch)


def _alone(task: Task) -> object:
    """A task run in a pool of its own: its results, or a Failure if its worker died."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1, mp_context=_context(), initializer=gc.enable) as pool:
        future = pool.submit(run_task, task)
        processes = list(getattr(pool, "_processes", {}).values())
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        except Exception as exc:
            return Failure(_internal(task, exc))
    for p in processes:  # the pool is shut down: its worker has been waited for
        p.join(1)
    codes = [p.exitcode for p in processes if p.exitcode]
    return Failure(f"{task.item}: the worker process extracting it died ({_death(codes)}); "
                   "not read, the other files go on")


def _death(codes: list[int]) -> str:
    import signal

    if not codes:
        return "ended abruptly"
    code = codes[0]
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _internal(task: Task, exc: BaseException) -> str:
    return f"{task.item}: internal error ({type(exc).__name__}: {exc}); please report it with this file"


def _cluster(tasks: list[Task], scheduler: str) -> Iterator[object]:
    """The tasks as Dask tasks on the cluster whose scheduler is at `scheduler`, at most
    CLUSTER_AHEAD in flight; a task whose workers kept dying (KilledWorker) is a Failure."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs dask.distributed: pip install 'kg[cluster]'") from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    try:
        futures, submitted = {}, 0
        for i, task in enumerate(tasks):
            while submitted < len(tasks) and submitted - i < CLUSTER_AHEAD:
                futures[submitted] = client.submit(run_task, tasks[submitted], pure=False)
                submitted += 1
                if submitted == min(len(tasks), CLUSTER_AHEAD):
                    yield None  # started (see `outcomes`)
            future = futures.pop(i)
            try:
                yield future.result()
            except Exception as exc:
                died = type(exc).__name__ == "KilledWorker"
                yield Failure(f"{task.item}: the Dask workers extracting it died; not read, the other files go on"
                              if died else _internal(task, exc))
            future.release()
    finally:
        client.close()
