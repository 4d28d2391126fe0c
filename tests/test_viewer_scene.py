"""kg graph → Scene: posts folded into 任职 edges, edges the way they read, evidence on every edge."""
import re
import pytest

from kg.normalize import to_halfwidth
from kg.pipeline import build, sample_dir
from kg.viewer.scene import scene
from viewer_graphs import tiny_graph


@pytest.fixture(scope="module")
def tiny():
    return scene(tiny_graph())


def edge(sc, source, target, relation):
    found = [e for e in sc.edges if (e.source, e.target, e.relation) == (source, target, relation)]
    assert len(found) == 1, [e for e in sc.edges if e.source == source]
    return found[0]


def test_posts_fold_into_one_edge_from_person_to_body(tiny):
    assert not [n for n in tiny.nodes.values() if n.cls == "Post"]
    post = edge(tiny, "person/张明@62", "org/定西市政协", "post")
    assert post.details == ["党组书记、主席"]
    assert [(e.source, e.start, e.end) for e in post.evidence] == [("p1.txt", 10, 43)]
    assert post.evidence[0].headline == "定西市政协召开党组会议"


@pytest.mark.parametrize("source, target, relation", [
    ("person/张明@62", "event/1", "ledBy"),  # 张明 主持 会议
    ("person/王强@62", "event/1", "attendee"),  # 王强 出席 会议
    ("org/定西市政协党组", "event/1", "heldBy"),  # 党组 举办 会议
    ("event/3", "campaign/三抓三促行动", "concerns"),
    ("event/1", "place/621100", "location"),
    ("org/定西市政协党组", "org/定西市政协", "subOrganizationOf"),
    ("place/621102", "place/621100", "containedIn"),
])
def test_edges_point_the_way_they_read(tiny, source, target, relation):
    assert edge(tiny, source, target, relation)


def test_event_edges_carry_the_event_sentence_hierarchy_edges_none(tiny):
    led = edge(tiny, "person/张明@62", "event/1", "ledBy")
    assert led.evidence[0].sentence.startswith("6月3日")
    assert edge(tiny, "org/定西市政协党组", "org/定西市政协", "subOrganizationOf").evidence == []


def test_node_facts_answer_the_first_questions(tiny):
    facts = lambda node: dict(tiny.nodes[node].facts)  # noqa: E731
    assert facts("person/张明@62")["职务"] == "定西市政协 党组书记、主席"
    assert facts("person/张明@62")["省份"] == "甘肃省"
    assert facts("event/1")["日期"] == "2024-06-03" and facts("event/1")["主持"] == "张明"
    assert facts("event/1")["举办"] == "定西市政协党组"
    assert facts("org/定西市政协党组")["上级"] == "定西市政协"
    assert facts("place/621102")["级别"] == "县级" and facts("place/621102")["上级"] == "定西市"


def test_edges_are_unique_and_sorted(tiny):
    keys = [(e.source, e.target, e.relation) for e in tiny.edges]
    assert keys == sorted(set(keys))


def test_every_evidence_span_cuts_its_sentence_from_the_source_file():
    corpus = sample_dir() / "corpus"
    graph, _ = build([str(corpus)])
    evidence = {ev for e in scene(graph).edges for ev in e.evidence}
    assert len(evidence) > 20
    for ev in evidence:
        cut = "".join(map(to_halfwidth, (corpus / ev.source).read_text(encoding="utf-8")[ev.start:ev.end]))
        assert re.sub(r"\s", "", cut) == re.sub(r"\s", "", ev.sentence), ev
