"""Hostile inputs: pages of the genre's vocabulary with every troublesome code-point class
(controls, DEL, C1, U+2028/2029, format characters, private use, noncharacters, lone
surrogates, IRI- and XML-unsafe ASCII) in names, campaign names, headlines, sidecar values
and file names. Every export format is written, parses in rdflib and pyoxigraph to the same
triples, passes the SHACL shapes, and GraphML/GEXF read back in networkx."""
import io
import json
import tempfile
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.graph import build_graph
from kg.pipeline import build, extract_text
from kg.query import ONTOLOGY_DIR
from kg.rdf import serialize

hypothesis = pytest.importorskip("hypothesis")
ox = pytest.importorskip("pyoxigraph")
pyshacl = pytest.importorskip("pyshacl")
st = hypothesis.strategies

RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
               "jsonld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG}
SHAPES = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")

# Genre vocabulary (names are invented combinations; places are real divisions).
SURNAMES, GIVEN = "王李张刘陈杨赵黄周吴孙欧阳", "明华军伟芳丽强磊洋艳勇杰娟涛"
PLACES = ["湖州市", "德清县", "绵阳市", "江油市", "岳阳县", "某某县"]
BODIES, TITLES = ["政协", "人大常委会", "县委", "政府", "政协办公室"], ["主席", "副主席", "书记", "主任", "县长"]
MEETINGS = ["主席会议", "常委会议", "党组(扩大)会议", "专题协商会", "调研座谈会"]
WORDS = "书香清风护苗五星争创委员进万家码上议"

# One strategy per code-point class the issue names, and the ASCII an IRI or XML must escape.
HOSTILE = st.one_of(
    st.integers(0x00, 0x1F).map(chr), st.just("\x7f"), st.integers(0x80, 0x9F).map(chr),
    st.sampled_from(["\u2028", "\u2029"]), st.integers(0xE000, 0xF8FF).map(chr),
    st.integers(0xF0000, 0x10FFFD).map(chr), st.integers(0xFDD0, 0xFDEF).map(chr),
    st.sampled_from(["\ufffe", "\uffff", "\U0001fffe", "\U0010ffff", "\ufffd"]),
    st.integers(0xD800, 0xDFFF).map(chr),
    st.sampled_from(list("[]#<>\"{}|\\^`% ?&'") + ["\u200b", "\u200e", "\u202e", "\ufeff", "]]>", "&#0;"]),
)


@st.composite
def spiked(draw, base):
    """A string from `base` with up to three hostile characters put anywhere in it."""
    text = draw(base)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(HOSTILE) + text[at:]
    return text


name = spiked(st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.text(GIVEN, min_size=1, max_size=2)))
place = st.sampled_from(PLACES)
campaign = spiked(st.text(WORDS, min_size=2, max_size=6))
headline = spiked(st.builds(lambda p, b, m: f"{p}{b}召开{m}", place, st.sampled_from(BODIES), st.sampled_from(MEETINGS)))
sidecar_value = st.one_of(st.none(), spiked(st.sampled_from(["民主协商报", "湖州日报", "page.html", *PLACES])))
pub_date = st.sampled_from([None, "2024-06-24", "2024-02-29", "2024-02-30", "2024-13-45", "٢٠٢٤-٠٦-٢٤"])


@st.composite
def page(draw):
    p, body, title = draw(place), draw(st.sampled_from(BODIES)), draw(st.sampled_from(TITLES))
    lead, other, third = draw(name), draw(name), draw(name)
    month, day = draw(st.integers(0, 14)), draw(st.integers(0, 33))
    return (f"{draw(headline)}\n本报{p}讯 {month}月{day}日,{p}{body}召开{draw(st.sampled_from(MEETINGS))},"
            f"{p}{body}{title}{lead}主持会议。会议强调,要深入开展“{draw(campaign)}”行动,"
            f"扎实推进“{draw(campaign)}”专项行动。{p}{body}副{title}{other}、{third}参加。\n"
            f"{draw(spiked(st.just('记者')))} {draw(name)}")


def _check_exports(graph: nx.MultiDiGraph) -> None:
    texts = {fmt: serialize(graph, fmt) for fmt in (*RDF_FORMATS, "graphml", "gexf")}
    seen = []
    for fmt, rdf_format in RDF_FORMATS.items():
        data = texts[fmt].encode("utf-8")
        seen.append({(q.subject, q.predicate, q.object) for q in ox.parse(data, format=rdf_format)})
        parsed = (Dataset(default_union=True) if fmt == "trig" else Graph()).parse(
            data=data, format={"jsonld": "json-ld"}.get(fmt, fmt))
        assert len(parsed) == len(seen[0]), fmt
    assert seen[0] and all(s == seen[0] for s in seen)  # no format drops or alters a triple
    conforms, _, report = pyshacl.validate(Graph().parse(data=texts["turtle"], format="turtle"),
                                           shacl_graph=SHAPES, inference="none")
    assert conforms, report
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        back = read(io.BytesIO(texts[fmt].encode("utf-8")))
        assert len(back) == len(graph) and back.number_of_edges() == graph.number_of_edges(), fmt


SETTINGS = hypothesis.settings(max_examples=40, deadline=None, derandomize=True, database=None,
                               suppress_health_check=[hypothesis.HealthCheck.too_slow])


@SETTINGS
@hypothesis.given(st.lists(page(), min_size=1, max_size=2), sidecar_value, sidecar_value, sidecar_value, pub_date)
@hypothesis.example(["“[书香”行动\n"], None, None, None, None)
def test_hostile_pages_build_every_format(pages, source, paper, where, date):
    """Through the library: lone surrogates reach `normalize` as they are."""
    extractions = [extract_text(text, f"p{i}.txt", source=source, paper=paper, place=where, pub_date=date)
                   for i, text in enumerate(pages)]
    _check_exports(build_graph(extractions))


file_name = spiked(st.sampled_from(["page", "稿件", "a b"])).filter(
    lambda n: "/" not in n and "\x00" not in n and not any("\ud800" <= c <= "\udfff" for c in n))


@SETTINGS
@hypothesis.given(page(), file_name, sidecar_value, sidecar_value, sidecar_value)
def test_hostile_files_and_sidecars_build_every_format(text, stem, source, paper, where):
    """Through files: UTF-8 cannot hold a lone surrogate (a sidecar's JSON escapes can), and
    a NUL byte marks a binary file, which ingest refuses by design."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{stem}.txt"
        path.write_bytes(text.replace("\x00", "").encode("utf-8", "replace"))
        meta = {k: v for k, v in (("source", source), ("paper", paper), ("place", where)) if v is not None}
        path.with_name(f"{stem}.meta.json").write_text(json.dumps(meta), encoding="ascii")
        graph, results = build([tmp])
    assert [r.error for r in results] == [None]
    _check_exports(graph)
