"""kg.store: `kg build --store` holds the in-memory build's triples, dumps byte-identical
exports, answers `kg query` and `kg view`, and never leaves a half-written store."""
import csv
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import precomputed
from kg.cli import cli
from kg.pipeline import build, class_counts, explain_merges, merge_lines
from kg.query import query_text, run_query, with_values
from kg.rdf import serialize
from kg.store import EXPORTS, StoreError, build_store, export, is_store, load_file, merges

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEVSET = SHARED / "devset" / "texts"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def exported(store, fmt: str, run: int = 100_000) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, buf, run=run)
    return buf.getvalue()


@pytest.fixture(scope="module")
def devset():
    if not DEVSET.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return DEVSET


@pytest.fixture(scope="module")
def devset_built(devset, tmp_path_factory):
    """The devset in memory and in a store (small batches, so documents meet across bulk loads)."""
    store = tmp_path_factory.mktemp("store") / "graph.db"
    done = build_store([str(devset)], store, batch=2_000)
    graph, _ = build([str(devset)])
    return graph, store, done


def test_store_holds_the_in_memory_triples_and_dumps_the_same_bytes(devset_built):
    graph, store, done = devset_built
    assert is_store(store)
    for fmt in EXPORTS:  # turtle, nt, trig, jsonld: the same triples, byte for byte
        assert exported(store, fmt) == serialize(graph, fmt).encode("utf-8"), fmt
    assert exported(store, "nt", run=1_000) == exported(store, "nt")  # sorted on disk in runs: the same
    assert (done.nodes, done.edges) == (graph.number_of_nodes(), graph.number_of_edges())
    assert dict(sorted(done.classes.items())) == class_counts(graph)
    assert merge_lines(merges(store)) == explain_merges(graph) != []


def test_kg_query_on_a_store_gives_the_rows_of_graph_ttl(devset_built, tmp_path):
    graph, store, _ = devset_built
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(serialize(graph, "turtle"), encoding="utf-8")
    from_store, from_file = invoke("query", store, "who-led", "--format", "csv"), invoke("query", ttl, "who-led",
                                                                                         "--format", "csv")
    assert from_store.exit_code == from_file.exit_code == 0
    rows = list(csv.reader(io.StringIO(from_store.output)))
    assert len(rows) > 10 and from_store.output == from_file.output


def test_who_led_on_a_store_comes_from_its_table_with_the_rows_of_sparql(devset_built, tmp_path):
    """The store answers who-led (unbound, -p body=, -p person=) from the table its build made
    (kg.precomputed), with the rows SPARQL gives on the store and on graph.ttl; a table made
    from another who-led text is not used."""
    graph, store, _ = devset_built
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(serialize(graph, "turtle"), encoding="utf-8")
    names, everything = precomputed.rows(store, "who-led", {})
    busiest = max(sorted({r[1] for r in everything} - {None}), key=[r[1] for r in everything].count)
    for params in ({}, {"body": busiest}, {"person": everything[-1][0]}, {"body": busiest, "person": everything[0][0]}):
        text = with_values(query_text("who-led"), params) if params else query_text("who-led")
        sparql = run_query(str(store), text, resolve=False, limit=10**6)  # text, not a name: evaluated
        from_file = run_query(str(ttl), "who-led", params, limit=10**6)
        assert precomputed.rows(store, "who-led", params) == (sparql.names, sparql.rows) == (from_file.names,
                                                                                            from_file.rows)
        assert run_query(str(store), "who-led", params, limit=10**6).rows == sparql.rows
    assert len(precomputed.rows(store, "who-led", {"body": busiest})[1]) > 10
    stale = tmp_path / "stale"
    shutil.copytree(store, stale)
    with sqlite3.connect(stale / "ledger.sqlite") as db:
        db.execute("UPDATE who_led SET leader = 'x'")
        db.execute("UPDATE precomputed SET digest = 'another who-led.rq'")
    assert precomputed.rows(stale, "who-led", {}) is None
    assert run_query(str(stale), "who-led", limit=10**6).rows == everything


def test_the_who_led_table_sorts_as_sparql_does(tmp_path):
    """The table is sorted by SQLite, not Oxigraph (kg.precomputed._load): the same order for
    Latin, CJK and astral-plane labels, unbound and partial dates, events without a body."""
    leaders = ["Zed", "abe", "中岚", "𠀀明", "中", ""]
    lines = ["@prefix kg: <https://w3id.org/kgcn/ontology#> .", "@prefix prov: <http://www.w3.org/ns/prov#> .",
             "@prefix dcterms: <http://purl.org/dc/terms/> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
             '<urn:b> rdfs:label "某县政协"@zh .', '<urn:a> dcterms:source "a.txt" .']
    for k, name in enumerate(leaders):
        lines.append(f'<urn:p{k}> rdfs:label "{name}"@zh .')
        for j, date in enumerate((None, f"2024-06-2{k}", f"--06-1{k}")):
            e = f"<urn:e{k}-{j}>"
            lines.append(f'{e} kg:ledBy <urn:p{k}> ; rdfs:label "会{(k + j) % 2}"@zh .')
            if j != 2:
                lines.append(f"{e} kg:heldBy <urn:b> ; prov:wasDerivedFrom <urn:a> .")
            if date:
                lines.append(f'{e} kg:date "{date}"^^xsd:string .')
    ttl = tmp_path / "g.ttl"
    ttl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_file(ttl, tmp_path / "s")
    names, rows = precomputed.rows(tmp_path / "s", "who-led", {})
    sparql = run_query(str(tmp_path / "s"), query_text("who-led"), resolve=False)
    assert len(rows) == 18 and (names, rows) == (sparql.names, sparql.rows)
    assert [r[0] for r in rows[:3]] == [""] * 3 and rows[0][2] is None and rows[1][2] == "06-15"
    assert precomputed._order_by(query_text("who-led"))[1] == ["leader", "date", "event", "body", "article"]
    assert precomputed._order_by("SELECT ?a WHERE { ?a ?b ?c } ORDER BY DESC(?a)")[1] is None


def test_a_node_keeps_the_first_documents_attributes(sample_corpus, tmp_path):
    """The same page (no address) in two files is one article: its first file names it, in
    memory and in the store alike; nodes made again in a later batch add no attributes."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(sample_corpus / "sample_01.txt", pages / name)
    shutil.copy(sample_corpus / "sample_02.txt", pages / "c.txt")
    graph, _ = build([str(pages)])
    build_store([str(pages)], tmp_path / "s", batch=1)
    assert exported(tmp_path / "s", "nt") == serialize(graph, "nt").encode("utf-8")
    assert b"b.txt" not in exported(tmp_path / "s", "nt")


def test_kg_build_store_cli_and_the_exports_dumped_from_it(sample_corpus, tmp_path):
    result = invoke("build", sample_corpus, "--store", tmp_path / "graph.db", "-o", tmp_path / "out",
                    "--format", "jsonld")
    assert result.exit_code == 0, result.output
    assert "-> " in result.output and "graph.db" in result.output
    memory = invoke("build", sample_corpus, "-o", tmp_path / "mem", "--format", "jsonld")
    for name in ("graph.ttl", "graph.jsonld"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "mem" / name).read_bytes()
    assert memory.output.split("\n", 1)[1] == result.output.split("\n", 1)[1]  # the same counts by class
    assert not (tmp_path / "store-only").exists()
    assert invoke("build", sample_corpus, "--store", tmp_path / "store-only").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.db", "mem", "out", "store-only"]  # no exports asked
    view = invoke("view", tmp_path / "graph.db", "-o", tmp_path / "v.html")
    assert view.exit_code == 0 and (tmp_path / "v.html").exists()


def test_store_refuses_what_it_cannot_build(sample_corpus, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("not a store", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(sample_corpus), "--store", str(tmp_path / "notes")])
    assert result.exit_code == 1 and "exists and is not a kg store" in result.stderr
    assert (tmp_path / "notes" / "mine.txt").read_text(encoding="utf-8") == "not a store"
    result = CliRunner().invoke(cli, ["build", str(sample_corpus), "--store", str(tmp_path / "s"),
                                      "--format", "gexf"])
    assert result.exit_code == 2 and "--format gexf" in result.stderr and not (tmp_path / "s").exists()
    result = CliRunner().invoke(cli, ["query", str(tmp_path / "notes"), "who-led"])
    assert result.exit_code == 2 and "not a kg store" in result.stderr
    with pytest.raises(StoreError, match="no input could be read"):
        build_store([str(tmp_path / "notes" / "missing.txt")], tmp_path / "empty")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]


def test_a_failed_build_leaves_no_half_written_store(sample_corpus, tmp_path, monkeypatch):
    """A build that dies midway leaves nothing new, and a store built before as it was."""
    import kg.store

    store = tmp_path / "graph.db"
    build_store([str(sample_corpus)], store)
    before = exported(store, "nt")
    added = []

    def dies(self, extraction):
        added.append(extraction)
        if len(added) == 2:
            raise OSError(28, "No space left on device")
        return real(self, extraction)

    real = kg.store._Loader.add
    monkeypatch.setattr(kg.store._Loader, "add", dies)
    for target in (store, tmp_path / "new.db"):
        added.clear()
        with pytest.raises(OSError, match="No space left"):
            build_store([str(sample_corpus)], target, batch=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.db"]  # no new.db, no .graph.db.building-…
    assert exported(store, "nt") == before
