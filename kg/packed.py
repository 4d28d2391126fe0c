"""One input file's Results as bytes, as workers send them back and the cache keeps them, in
two sections: the Results without their extractions (with each document's `GraphPart` when
one was made, small), then the extractions (the texts, mentions, spans: most of the bytes).
A build that has every document's part reads the first section alone (`unpack(light=True)`);
what needs extractions (kg extract, a store, a part missing) reads both.
"""
from __future__ import annotations

import gc
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

LENGTH = 8  # bytes of the first section's length, before it


def pack(results: list) -> bytes:
    """The bytes of a file's Results (`kg.pipeline.Result`)."""
    light = [replace(r, extraction=None) for r in results]
    whole = [r.extraction is not None for r in results]
    first = pickle.dumps((light, whole), protocol=5)
    return len(first).to_bytes(LENGTH, "little") + first + pickle.dumps([r.extraction for r in results], protocol=5)


def unpack(data: bytes, light: bool = False) -> list:
    """The Results packed in `data`; with `light`, without extractions where each document
    read has its graph part (`Result.part`)."""
    size = int.from_bytes(data[:LENGTH], "little")
    with collector_paused():
        results, whole = pickle.loads(data[LENGTH:LENGTH + size])
    if light and _parts_of_all(results, whole):
        return results
    with collector_paused():
        extractions = pickle.loads(data[LENGTH + size:])
    for r, extraction in zip(results, extractions):
        r.extraction = extraction
    return results


def first_section(data: bytes) -> bytes:
    """The section of packed Results without their extractions."""
    return data[LENGTH:LENGTH + int.from_bytes(data[:LENGTH], "little")]


def light_results(section: bytes) -> list | None:
    """The Results of a first section (`first_section`), if each document read has its graph
    part (what a build needs); None if one needs its extraction."""
    with collector_paused():
        results, whole = pickle.loads(section)
    return results if _parts_of_all(results, whole) else None


def _parts_of_all(results: list, whole: list[bool]) -> bool:
    """Whether each Result packed with its extraction (`whole`) has its graph part."""
    return all(r.part is not None for r, w in zip(results, whole) if w)


def has_parts(results: list) -> bool:
    """Whether each document of these Results that has its extraction has its graph part too:
    the first section of their packed bytes gives a build all it needs (`light_results`)."""
    return all(r.part is not None for r in results if r.extraction is not None)


@contextmanager
def collector_paused(aged: bool = False) -> Iterator[None]:
    """The cyclic garbage collector paused, as while a file's Results are unpickled: the hundreds
    of objects they are made of would set off collections that go over all a process holds, the
    Results read before them too (a rebuild's 5,000 cached files unpickled in 0.30 s with it,
    0.13 s without). Unpickled plain data makes no garbage to collect. Left as it was found.

    With `aged`, what was made meanwhile joins the oldest generation as the pause ends: the
    first young collection after a pause would go over every object read during it (a rebuild's
    5,000 files' Results: 0.03 s), and the next over them again; old objects are gone over at
    the next full collection alone, as anything else that has lived as long."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # the young generations moved to the permanent one, then that to the oldest: no pass
        # (not where the process keeps objects frozen of its own: they would be let go)
        if aged and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was:
            gc.enable()
