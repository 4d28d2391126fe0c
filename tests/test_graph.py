"""The graph across documents: stable IRIs, merge rule, determinism, RDF round trips."""
import random

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.graph import build_graph, sentence_span
from kg.pipeline import extract_text, run, sample_dir
from kg.rdf import serialize

GANSU = "本报武威讯(通讯员梁晓)6月3日,武威市政协党组书记、主席王毅主持召开市政协党组(扩大)会议。"
SICHUAN = "本报绵阳讯(通讯员李静)6月4日,绵阳市政协党组书记、主席王毅主持召开市政协常委会会议。"
UNRELATED = "本报湖州讯(通讯员陈红)6月5日,湖州市政协主席沈建平带队赴安吉县调研。"


def _sample_extractions():
    return [r.extraction for r in run([str(sample_dir() / "corpus")])]


def test_same_name_in_different_provinces_stays_two_people():
    g = build_graph([extract_text(GANSU, "a.txt"), extract_text(SICHUAN, "b.txt")])
    people = sorted(n for n, cls in g.nodes(data="cls") if cls == "Person" and n.startswith("person/王毅"))
    assert people == ["person/王毅@51", "person/王毅@62"]


def test_same_name_same_province_merges_and_is_explained():
    other = GANSU.replace("6月3日", "6月9日").replace("梁晓", "赵敏")
    g = build_graph([extract_text(GANSU, "a.txt"), extract_text(other, "b.txt")])
    assert sorted(g.graph["merges"]["person/王毅@62"]) == ["a.txt", "b.txt"]


def test_file_order_gives_byte_identical_turtle():
    exs = _sample_extractions()
    shuffled = exs[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != exs
    assert serialize(build_graph(exs)) == serialize(build_graph(shuffled))


def test_unrelated_file_does_not_change_iris():
    exs = _sample_extractions()
    before = set(build_graph(exs).nodes)
    after = set(build_graph(exs + [extract_text(UNRELATED, "c.txt")]).nodes)
    assert before <= after and after - before


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "trig"])
def test_round_trip_is_isomorphic(fmt):
    g = build_graph(_sample_extractions())
    first = Graph().parse(data=serialize(g, "turtle"), format="turtle")
    if fmt == "trig":  # a dataset format: its default graph holds the triples
        ds = Dataset(default_union=True).parse(data=first.serialize(format=fmt), format=fmt)
        again = Graph()
        for triple in ds.triples((None, None, None)):
            again.add(triple)
    else:
        again = Graph().parse(data=first.serialize(format=fmt), format=fmt)
    assert len(first) > 100 and isomorphic(first, again)


def test_turtle_parses_with_pyoxigraph():
    ox = pytest.importorskip("pyoxigraph")
    store = ox.Store()
    store.load(serialize(build_graph(_sample_extractions())).encode(), format=ox.RdfFormat.TURTLE)
    assert len(store) > 100


def test_places_chain_up_to_the_province():
    g = build_graph([extract_text(GANSU, "a.txt")])
    assert ("org/武威市政协", "place/620600") in {(u, v) for u, v, k in g.edges(keys=True) if k == "basedIn"}
    assert g.has_edge("place/620600", "place/620000", key="containedIn")
    assert g.has_edge("org/武威市政协党组", "org/武威市政协", key="subOrganizationOf")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_formats(fmt):
    import networkx as nx
    import io

    text = serialize(build_graph([extract_text(GANSU, "a.txt")]), fmt)
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    assert reader(io.BytesIO(text.encode())).number_of_nodes() > 5


FORMER = "本报北京讯(通讯员韩小舟)5月6日,区政协主席程立远带队赴崇文区调研。"


@pytest.mark.parametrize("date", ["2008-05-06", None])
def test_a_former_division_links_to_its_successor(date):
    """崇文区 (110103, 1981–2010) merged into 东城区 (110101): its own node, linked on."""
    g = build_graph([extract_text(FORMER, "a.txt", pub_date=date)])
    node = "place/110103@1981"
    assert g.nodes[node]["label"] == "崇文区" and (g.nodes[node]["start"], g.nodes[node]["end"]) == (1981, 2010)
    assert g.has_edge(node, "place/110101", key="successor")
    assert g.has_edge(node, "place/110000", key="containedIn")
    assert "place/110103" not in g


def test_a_dated_page_links_the_name_it_used_then():
    text = "本报讯(通讯员韩小舟)5月6日,市政协调研组赴铜仁市调研。"
    then = build_graph([extract_text(text, "a.txt", pub_date="2005-05-06")])
    now = build_graph([extract_text(text, "a.txt", pub_date="2015-05-06")])
    assert "place/522201@1987" in then and then.has_edge("place/522201@1987", "place/520602", key="successor")
    assert "place/520600" in now and "place/522201@1987" not in now


def test_former_divisions_pass_the_shapes_and_use_defined_terms():
    pyshacl = pytest.importorskip("pyshacl")
    from kg.query import ONTOLOGY_DIR
    from kg.rdf import KG

    data = Graph().parse(data=serialize(build_graph([extract_text(FORMER, "a.txt", pub_date="2008-05-06")])),
                         format="turtle")
    assert len(list(data.triples((None, KG.successor, None)))) == 1
    assert len(list(data.triples((None, KG.inUseUntil, None)))) == 1
    ontology = Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    used = {t for triple in data for t in triple if str(t).startswith(str(KG))}
    assert all((t, None, None) in ontology for t in used), used - {t for t in used if (t, None, None) in ontology}
    ok, _, report = pyshacl.validate(data, shacl_graph=Graph().parse(ONTOLOGY_DIR / "shapes.ttl"),
                                     ont_graph=ontology, inference="none")
    assert ok, report


# each document's part made alone, then merged: the graph of one builder fed every document
SAME_PAGE = GANSU  # a page read twice under two names: one article, the first name's attributes
TRADITIONAL = "本報湖州訊 6月25日,湖州市政協主席龐文達主持召開主席會議,副主席鄭曉嵐出席。"  # alternative labels
SIMPLIFIED = "本报湖州讯 6月26日,湖州市政协主席庞文达到长兴县调研,副主席郑晓岚陪同。"
VARIANT = "本報湖州訊 6月27日,湖州市政協主席龐文逹主持召開常委會議。"  # another written form of one body


@pytest.mark.parametrize("order", [0, 1])
def test_document_parts_merged_give_the_graph_of_one_builder(order):
    from kg.graph import GraphBuilder, document_part

    pages = [(GANSU, "a.txt"), (SICHUAN, "b.txt"), (SAME_PAGE, "c.txt"), (TRADITIONAL, "d.txt"),
             (SIMPLIFIED, "e.txt"), (VARIANT, "f.txt"), (UNRELATED, "g.txt")]
    exs = [extract_text(text, name) for text, name in (pages if order == 0 else pages[::-1])]
    whole, merged = build_graph(exs), GraphBuilder()
    for ex in exs:
        merged.merge(document_part(ex))
    assert any(attrs.get("alt_labels") for _, attrs in whole.nodes(data=True))
    assert dict(merged.g.nodes(data=True)) == dict(whole.nodes(data=True))
    assert sorted(merged.g.edges(keys=True)) == sorted(whole.edges(keys=True))
    assert merged.g.number_of_edges() == whole.number_of_edges()
    assert dict(merged.g.graph["merges"]) == dict(whole.graph["merges"])
    for fmt in ("turtle", "trig", "jsonld", "graphml"):
        assert serialize(merged.g, fmt) == serialize(whole, fmt)


def test_a_cached_part_leaves_the_collector_few_objects_to_track():
    """A build holds every page's part; what the cyclic garbage collector tracks of an unpickled
    part is what its collections go over: its containers, not one object per node or edge."""
    import gc
    import pickle

    from kg.graph import document_part

    part = pickle.loads(pickle.dumps(document_part(extract_text(GANSU, "a.txt")), protocol=5))
    assert len(part.nodes) > 5 and len(part.edges) > 5
    assert not any(gc.is_tracked(end) for end in part.edges)  # nothing for a collection to go over, even once
    gc.collect()  # the collector stops tracking what holds only plain data as it meets it
    assert [o for o in gc.get_referents(part.nodes, part.edges, part.persons) if gc.is_tracked(o)] == []


def test_the_evidence_sentence_of_a_span_ending_on_its_full_stop_is_that_sentence():
    """An event stated by a whole sentence (its span ends on the 。) has that sentence as its
    evidence, not the next one as well."""
    text = "8月31日,县委书记周明远主持召开党政联席会议。县长钱雨辰等参加会议。\n"
    first = text.index("。") + 1
    assert sentence_span(text, 0, first) == (0, first)
    assert sentence_span(text, 2, 10) == (0, first)
    assert sentence_span(text, first + 1, first + 4) == (first, len(text) - 1)


def test_a_body_whose_name_says_no_place_is_its_pages_own():
    """Two pages that never say which county: each 县委 is its own page's, not one body; a body
    named with its place (江油市委) is one across pages."""
    text = "8月31日,县委书记{}主持召开县委常委会会议。江油市委书记钱雨辰出席。\n"
    g = build_graph([extract_text(text.format("周明远"), "a.txt"), extract_text(text.format("孙立华"), "b.txt")])
    county = sorted(n for n, a in g.nodes(data=True) if a.get("label") == "县委")
    assert len(county) == 2 and all(n.startswith("org/") and n.endswith("/县委") for n in county)
    assert [n for n, a in g.nodes(data=True) if a.get("label") == "江油市委"] == ["org/江油市委"]
    secretaries = {b for p in g if p.startswith("post/") and g.nodes[p]["label"] == "县委书记"
                   for _, b, k in g.out_edges(p, keys=True) if k == "postIn"}
    assert secretaries == set(county)


def test_a_visit_to_our_county_is_located_in_the_pages_county():
    """市政协主席甲一行来我县调研 on a page of 竹溪县: the event is in 竹溪县, not only at its body's seat."""
    text = "14日,市政协主席周明远一行来我县走访调研。\n"
    g = build_graph([extract_text(text, "a.txt", place="竹溪县")])
    [event] = [n for n in g if n.startswith("event/")]
    places = {g.nodes[v]["label"] for _, v, k in g.out_edges(event, keys=True) if k == "location"}
    assert places == {"竹溪县"}
    elsewhere = build_graph([extract_text(text.replace("我县", "我市"), "a.txt", place="竹溪县")])
    [event] = [n for n in elsewhere if n.startswith("event/")]
    assert not [v for _, v, k in elsewhere.out_edges(event, keys=True) if k == "location"]
