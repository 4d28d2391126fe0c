"""`kg.packed`: a file's Results as bytes and back; the cyclic garbage collector is paused while
they are unpickled (the objects they are made of would set off collections over all the process
holds) and left as it was found."""
import gc

import pytest

from kg.packed import collector_paused, pack, unpack
from kg.pipeline import Result

SEEN: list[bool] = []


class Probe:
    """Tells, as it is unpickled, whether the collector was running."""

    def __reduce__(self):
        return (_probe, ())


def _probe() -> "Probe":
    SEEN.append(gc.isenabled())
    return Probe()


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


@pytest.mark.parametrize("light", [True, False])
def test_results_are_unpickled_with_the_collector_paused_and_it_is_left_as_found(collector, light):
    SEEN.clear()
    gc.enable()
    results = unpack(pack([Result("a.txt", name="a", part=Probe(), chars=3)]), light=light)
    assert [(r.item, r.name, r.chars, type(r.part)) for r in results] == [("a.txt", "a", 3, Probe)]
    assert SEEN == [False] and gc.isenabled()
    gc.disable()
    unpack(pack([Result("b.txt", name="b", part=Probe())]), light=light)
    assert SEEN == [False, False] and not gc.isenabled()


def _young(objects: list) -> int:
    """How many of `objects` the young generations hold."""
    ids = {id(o) for o in objects}
    return sum(id(o) in ids for generation in (0, 1) for o in gc.get_objects(generation))


def test_an_aged_pause_leaves_what_it_made_in_the_oldest_generation(collector):
    gc.enable()
    with collector_paused(aged=True):
        made = [[i] for i in range(1000)]
    assert gc.isenabled() and _young(made) == 0
    assert {id(o) for o in made} <= {id(o) for o in gc.get_objects(2)}
    with collector_paused():  # not aged: young, as made
        young = [[i] for i in range(1000)]
    assert _young(young) > 0


def test_an_aged_pause_lets_go_of_no_object_the_process_froze(collector):
    gc.enable()
    gc.freeze()
    try:
        with collector_paused(aged=True):
            made = [[i] for i in range(10)]
        assert gc.get_freeze_count() > 0 and _young(made) == len(made)
    finally:
        gc.unfreeze()
