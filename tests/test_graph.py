"""The graph across documents: stable IRIs, merge rule, determinism, RDF round trips."""
import random

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.graph import build_graph
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
