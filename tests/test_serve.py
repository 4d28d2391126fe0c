"""`kg serve`: the SPARQL 1.1 protocol over a store or a graph file, read-only, time-limited,
named queries by name, with the rows `kg query` gives."""
import csv
import io
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import build_store

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@contextmanager
def serving(graph, *args):
    """`kg serve GRAPH --port 0` in a subprocess; yields its base URL, stops it after."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(graph), "--port", "0", "--quiet", *args],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "read-only at http://127.0.0.1:" in line, line
        yield line.split(" at ", 1)[1].split("/sparql")[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def ask(url, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


@pytest.fixture(scope="module")
def store(sample_corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "graph.db"
    build_store([str(sample_corpus)], path)
    return path


@pytest.fixture(scope="module")
def endpoint(store):
    with serving(store) as url:
        yield url


def kg_query_rows(graph, name: str) -> list[list[str]]:
    result = CliRunner().invoke(cli, ["query", str(graph), name, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.reader(io.StringIO(result.stdout)))


def test_who_led_over_http_gives_the_rows_of_kg_query(endpoint, store):
    status, headers, body = ask(f"{endpoint}/query/who-led", headers={"Accept": "text/csv"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) > 1 and rows == kg_query_rows(store, "who-led")


def test_the_sparql_protocol_get_post_and_results_formats(endpoint, store):
    from kg.query import query_text

    text = query_text("who-led")
    expected = kg_query_rows(store, "who-led")
    status, headers, body = ask(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": text}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert doc["head"]["vars"] == expected[0]
    assert [[b[v]["value"] for v in doc["head"]["vars"] if v in b] for b in doc["results"]["bindings"]] == \
        [[v for v in row if v] for row in expected[1:]]
    status, headers, body = ask(f"{endpoint}/sparql", text.encode("utf-8"),
                                {"Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"})
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    assert len(body.strip().splitlines()) == len(expected)
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    status, _, body = ask(f"{endpoint}/sparql", form, {"Accept": "application/sparql-results+xml"})
    assert status == 200 and "<boolean>true</boolean>" in body
    status, _, body = ask(f"{endpoint}/query/members?" + urllib.parse.urlencode({"bogus": "x"}))
    assert status == 400 and "unknown parameter 'bogus'" in body


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values"])
def test_who_led_from_the_stores_table_is_the_sparql_document(endpoint, store, accept):
    """/query/who-led comes from the table the store keeps of its rows (kg.precomputed); the
    same query sent as SPARQL text is evaluated: the documents are the same bytes."""
    from kg.precomputed import rows
    from kg.query import query_text, with_values

    names, everything = rows(store, "who-led", {})
    body = everything[len(everything) // 2][names.index("body")]
    for params in ({}, {"body": body}):
        text = with_values(query_text("who-led"), params) if params else query_text("who-led")
        named = ask(f"{endpoint}/query/who-led?" + urllib.parse.urlencode(params), headers={"Accept": accept})
        sparql = ask(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": text}), headers={"Accept": accept})
        assert named[0] == sparql[0] == 200 and named[2] == sparql[2] and "sample_0" in named[2]


@pytest.mark.parametrize("data, headers", [
    (b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", {"Content-Type": "application/sparql-update"}),
    (urllib.parse.urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}).encode(), {}),
    (urllib.parse.urlencode({"query": "PREFIX a: <urn:a#> INSERT DATA { a:x a:y a:z }"}).encode(), {}),
])
def test_updates_are_refused(endpoint, store, data, headers):
    status, _, body = ask(f"{endpoint}/sparql", data, headers)
    assert status == 403 and "read-only" in body
    assert kg_query_rows(store, "who-led")[1:]  # the graph is still there


def test_a_runaway_query_is_stopped_with_a_clear_error(store):
    with serving(store, "--timeout", "1") as url:
        status, _, body = ask(f"{url}/sparql?" + urllib.parse.urlencode({"query": RUNAWAY}))
    assert status == 503 and body.strip() == "query stopped after 1 s (the server's time limit)"


def test_a_graph_file_is_served_too(store, tmp_path):
    ttl = tmp_path / "graph.ttl"
    with open(ttl, "wb") as fh:
        from kg.store import export

        export(store, "turtle", fh)
    with serving(ttl) as url:
        status, _, body = ask(f"{url}/query/who-led", headers={"Accept": "text/csv"})
    assert status == 200 and list(csv.reader(io.StringIO(body))) == kg_query_rows(store, "who-led")


def test_serve_refuses_what_it_cannot_serve(tmp_path):
    (tmp_path / "notes").mkdir()
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "notes")])
    assert result.exit_code == 2 and "not a kg store" in result.stderr
    (tmp_path / "g.txt").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "g.txt")])
    assert result.exit_code == 2 and "not a graph file kg reads" in result.stderr
