"""Scene × Filters → Selection: focus, types, place, body, dates, the cap and its account."""
import pytest

from kg.viewer.model import Filters, ViewError
from kg.viewer.scene import scene
from kg.viewer.select import date_in_range, select
from kg.viewer.synthetic import synthetic_graph
from viewer_graphs import tiny_graph

PEOPLE = {"person/张明@62", "person/李华@62", "person/王强@62"}
EVENTS = {"event/1", "event/2", "event/3"}


@pytest.fixture(scope="module")
def tiny():
    return scene(tiny_graph())


def ids(sel):
    return {n.id for n in sel.nodes}


@pytest.mark.parametrize("value, lo, hi, expected", [
    ("2024-06-03", "2024-06-01", "2024-06-30", True),
    ("2024-07-01", "2024-06-01", "2024-06-30", False),
    ("2024-06-30", None, "2024-06-30", True),  # inclusive, open start
    ("06-20", "2024-06-01", "2024-06-30", True),  # no year: in range in 2024
    ("07-20", "2024-06-01", "2024-06-30", False),
    ("01-05", "2023-12-20", "2024-01-10", True),  # across the new year
    ("06-20", "2022-01-01", "2024-12-31", True),  # the range covers every day of some year
    (None, "2024-06-01", "2024-06-30", False),  # undated events fall outside any date range
    (None, None, None, True),
])
def test_date_in_range(value, lo, hi, expected):
    assert date_in_range(value, lo, hi) is expected


def test_default_shows_everything_but_articles(tiny):
    sel = select(tiny)
    assert ids(sel) == {n for n, node in tiny.nodes.items() if node.type != "article"}
    assert sel.omitted == {} and sel.matched == len(sel.nodes)
    assert "article" in {n.type for n in select(tiny, Filters(types=("article", "person"))).nodes}


def test_types_keep_only_those_types_and_their_edges(tiny):
    sel = select(tiny, Filters(types=("person", "event")))
    assert ids(sel) == PEOPLE | EVENTS
    assert {e.relation for e in sel.edges} == {"ledBy", "attendee"}


def test_place_takes_its_sub_places(tiny):
    sel = select(tiny, Filters(place="定西市"))
    assert {"event/1", "event/3", "org/安定区政协", "person/王强@62", "place/621102"} <= ids(sel)
    assert not {"event/2", "org/兰州市政协", "person/李华@62"} & ids(sel)


def test_place_by_short_name(tiny):
    assert ids(select(tiny, Filters(place="定西"))) == ids(select(tiny, Filters(place="定西市")))


def test_body_takes_its_sub_bodies_members_and_events(tiny):
    sel = select(tiny, Filters(body="定西市政协"))
    assert {"org/定西市政协", "org/定西市政协党组", "event/1", "person/张明@62"} <= ids(sel)
    assert not {"event/2", "event/3", "org/兰州市政协"} & ids(sel)


def test_dates_pick_events_and_their_neighbours(tiny):
    june = ids(select(tiny, Filters(date_from="2024-06-01", date_to="2024-06-30")))
    assert june & EVENTS == {"event/1", "event/2"}  # 06-20 has no year: it falls in June 2024
    assert {"person/张明@62", "person/李华@62", "org/兰州市政协"} <= june
    july = ids(select(tiny, Filters(date_from="2024-07-01", date_to="2024-12-31")))
    assert july & EVENTS == {"event/3"} and "person/张明@62" not in july


def test_body_and_place_hold_only_what_both_hold(tiny):
    assert ids(select(tiny, Filters(body="定西市政协", place="兰州市"))) == set()
    both = ids(select(tiny, Filters(body="定西市政协", place="定西市")))
    assert both == ids(select(tiny, Filters(body="定西市政协")))


def test_filters_combine(tiny):
    sel = select(tiny, Filters(place="定西市", date_from="2024-07-01", date_to="2024-07-31"))
    assert ids(sel) & EVENTS == {"event/3"}
    assert sel.notes == ["日期 2024-07-01 至 2024-07-31", "地点 定西市（含下级地区）"]


@pytest.mark.parametrize("depth, expected", [
    (0, {"person/张明@62"}),
    (1, {"person/张明@62", "event/1", "org/定西市政协"}),
])
def test_focus_depth(tiny, depth, expected):
    sel = select(tiny, Filters(focus=("张明",), depth=depth))
    assert ids(sel) == expected and sel.focus == ["person/张明@62"]


def test_focus_on_several_names(tiny):
    sel = select(tiny, Filters(focus=("张明", "李华"), depth=0))
    assert ids(sel) == {"person/张明@62", "person/李华@62"}


def test_nodes_without_edges_are_left_out_and_counted(tiny):
    sel = select(tiny, Filters(types=("person", "campaign")))
    assert sel.nodes == [] and sel.isolated == 4
    assert len(select(tiny, Filters(types=("person", "campaign"), isolated=True)).nodes) == 4


def test_cap_keeps_the_focus_and_its_nearest(tiny):
    sel = select(tiny, Filters(focus=("张明",), depth=2, max_nodes=3))
    assert ids(sel) == {"person/张明@62", "event/1", "org/定西市政协"}
    assert sum(sel.omitted.values()) == sel.matched - 3
    assert sel.omitted_edges > 0 and sel.omitted_top


def test_cap_accounts_for_every_node_left_out():
    sc = scene(synthetic_graph(1500, seed=3))
    sel = select(sc, Filters(max_nodes=200))
    assert len(sel.nodes) == 200
    assert sum(sel.omitted.values()) == sel.matched - 200
    assert sel.matched + sel.isolated == sum(1 for n in sc.nodes.values() if n.type != "article")
    # grown from what is shown: the view stays connected instead of scattering hubs
    assert len(sel.edges) >= len(sel.nodes)
    assert all(e.source in ids(sel) and e.target in ids(sel) for e in sel.edges)


def test_cap_is_deterministic():
    sc = scene(synthetic_graph(800, seed=5))
    assert ids(select(sc, Filters(max_nodes=100))) == ids(select(sc, Filters(max_nodes=100)))


@pytest.mark.parametrize("filters, message", [
    (Filters(focus=("张",)), "no node named '张' in this graph; did you mean 张明"),
    (Filters(place="火星"), "no place named '火星'"),
    (Filters(body="兰州市委"), "no body named '兰州市委'"),
    (Filters(date_from="2024-6-1"), "--from takes a date as YYYY-MM-DD"),
    (Filters(date_to="2024-02-30"), "--to takes a date as YYYY-MM-DD"),
    (Filters(date_from="2024-07-01", date_to="2024-06-01"), "is after"),
    (Filters(types=("people",)), "unknown type people"),
    (Filters(focus=("李华",), place="定西市"), "left out by the other filters"),
])
def test_bad_filters_say_what_is_wrong(tiny, filters, message):
    with pytest.raises(ViewError, match=message.replace("(", r"\(")):
        select(tiny, filters)
