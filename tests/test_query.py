"""kg.query and `kg query`: limits (time, rows), refused SERVICE, every query form, helpful errors."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.query import QueryError, named_queries, query_text, run_query, select, with_values

SAMPLE = Path(__file__).parent / "golden" / "sample_graph.ttl"
ENGINES = ["oxigraph", "rdflib"]
PEOPLE = ["罗一鸣", "甘晓岚", "钟慕白"]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """Three invented people, each in a body; 200 filler triples make a cross product slow."""
    lines = ["@prefix ex: <http://example.org/> .", "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."]
    lines += [f'ex:p{i} rdfs:label "{name}"@zh ; ex:memberOf ex:body .' for i, name in enumerate(PEOPLE)]
    lines += [f"ex:n{i} ex:next ex:n{i + 1} ." for i in range(200)]
    path = tmp_path_factory.mktemp("q") / "tiny.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def kg(*args):
    return CliRunner().invoke(cli, ["query", *map(str, args)], catch_exceptions=False)


@pytest.mark.parametrize("engine", ENGINES)
def test_every_named_query_runs_on_the_sample(engine):
    for name in named_queries():
        names, rows = select(str(SAMPLE), name, engine=engine)
        assert names and rows, name


@pytest.mark.parametrize("engine", ENGINES)
def test_timeout_stops_the_query(tiny, engine):
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"query stopped after 1 s \(--timeout\)"):
        run_query(tiny, SLOW, engine=engine, timeout=1)
    assert time.monotonic() - start < 10


def test_ctrl_c_stops_the_query_and_its_worker(tiny):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", tiny, "-e", SLOW, "--timeout", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")

    def workers():
        return [pid for pid in children.read_text().split()
                if b"_serve" in Path(f"/proc/{pid}/cmdline").read_bytes()]

    deadline = time.monotonic() + 30
    while not workers() and time.monotonic() < deadline:
        time.sleep(0.05)
    [worker] = workers()
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130 and err.strip() == "kg: error: interrupted"
    assert not Path(f"/proc/{worker}").exists() or "zombie" in Path(f"/proc/{worker}/status").read_text()


@pytest.mark.parametrize("engine", ENGINES)
def test_row_cap(tiny, engine):
    answer = run_query(tiny, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", engine=engine, limit=5)
    assert len(answer.rows) == 5 and answer.truncated
    answer = run_query(tiny, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", engine=engine, limit=5)
    from rdflib import Graph

    assert len(Graph().parse(data=answer.turtle, format="turtle")) == 5 and answer.truncated
    result = kg(tiny, "-e", "SELECT ?s WHERE { ?s ?p ?o }", "--limit", "5", "--format", "csv", "--engine", engine)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 6
    assert result.stderr == "kg: warning: stopped at 5 rows (--limit); the query has more\n"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { ?s ?p ?o . service silent <http://127.0.0.1:9/sparql> { ?s ?p ?x } }",
])
def test_service_is_refused_unless_allowed(tiny, engine, text):
    result = kg(tiny, "-e", text, "--engine", engine)
    assert result.exit_code == 2
    assert result.stderr == "kg: error: the query calls another endpoint (SERVICE); allow it with --allow-service\n"


@pytest.mark.parametrize("text", [
    'SELECT ?service WHERE { ?service ?p "SERVICE <x>" } # SERVICE',
    "PREFIX service: <http://example.org/> SELECT ?s WHERE { ?s service:memberOf ?o }",
])
def test_the_word_service_elsewhere_is_no_federation(tiny, text):
    run_query(tiny, text)


def test_rdflib_fetches_nothing(tiny):
    """FROM names a graph, which rdflib would download; and were SERVICE to slip past the check,
    the worker's sockets refuse it. Nothing leaves the machine."""
    from kg.query import _in_worker

    answer = run_query(tiny, "SELECT * FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }", engine="rdflib")
    assert answer.kind == "select"
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="no network requests unless --allow-service"):
        _in_worker((tiny, service, {}, "rdflib", 10, False, 0, 20, os.getpid()), 20)


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_construct_and_describe(tiny, engine):
    assert kg(tiny, "-e", 'ASK { ?p ?x "罗一鸣"@zh }', "--engine", engine).stdout == "true\n"
    assert kg(tiny, "-e", 'ASK { ?p ?x "无此人"@zh }', "--engine", engine).stdout == "false\n"
    from rdflib import Graph

    for text in ("PREFIX ex: <http://example.org/> CONSTRUCT { ?p ex:in ?b } WHERE { ?p ex:memberOf ?b }",
                 "DESCRIBE <http://example.org/p0> <http://example.org/p1> <http://example.org/p2>"):
        result = kg(tiny, "-e", text, "--engine", engine)
        assert result.exit_code == 0, result.stderr
        g = Graph().parse(data=result.stdout, format="turtle")
        assert {str(s) for s in g.subjects()} == {f"http://example.org/p{i}" for i in range(3)}


def test_a_mistyped_query_name_lists_the_named_queries(tiny):
    result = kg(tiny, "who-lead")
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: unknown query 'who-lead' (did you mean who-led?); named queries: ")
    assert all(name in result.stderr for name in named_queries())


@pytest.mark.parametrize("engine", ENGINES)
def test_a_named_query_parameter_gives_the_rows_of_that_value(engine):
    """-p body=… on a named query is bound by a VALUES block (an index lookup on a store): the
    rows are those of the unbound query with that body, in the same order."""
    names, everything = select(str(SAMPLE), "members", engine=engine)
    column = names.index("body")
    body = everything[0][column]
    assert select(str(SAMPLE), "members", {"body": body}, engine=engine)[1] == [
        row for row in everything if row[column] == body]
    assert select(str(SAMPLE), "members", {"body": '某"市\\政协'}, engine=engine)[1] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_who_led_for_one_person(engine):
    """who-led -p person=…: that leader's rows of the unbound who-led, in the same order."""
    names, everything = select(str(SAMPLE), "who-led", engine=engine)
    person = everything[-1][names.index("leader")]
    assert select(str(SAMPLE), "who-led", {"person": person}, engine=engine)[1] == [
        row for row in everything if row[0] == person]


@pytest.mark.parametrize("engine", ENGINES)
def test_who_led_for_one_body(engine):
    """who-led -p body=…: that body's rows of the unbound who-led, in the same order (its `# bind`
    pattern, not VALUES: a VALUES-bound variable in the OPTIONAL would keep every event)."""
    names, everything = select(str(SAMPLE), "who-led", engine=engine)
    column = names.index("body")
    bodies = {row[column] for row in everything} - {None}
    assert len(bodies) > 1
    for body in sorted(bodies):
        assert select(str(SAMPLE), "who-led", {"body": body}, engine=engine)[1] == [
            row for row in everything if row[column] == body]
    assert select(str(SAMPLE), "who-led", {"body": '某"市\\政协'}, engine=engine)[1] == []


def test_a_bind_line_binds_its_parameter_by_its_pattern():
    text = with_values(query_text("who-led"), {"body": 'a"b', "person": "c"})
    assert 'WHERE {\n  ?e kg:heldBy/rdfs:label "a\\"b"@zh .\n  VALUES ?person { "c"@zh }\n' in text


def test_parameters_are_bound_at_the_start_of_the_where_clause():
    text = with_values(query_text("members"), {"body": 'a"b\\c\nd'})
    assert 'WHERE {\n  VALUES ?body { "a\\"b\\\\c\\nd"@zh }\n' in text
    with pytest.raises(QueryError, match="no WHERE"):
        with_values("ASK { ?s ?p ?o }", {"s": "x"})


def test_a_mistyped_parameter_lists_the_parameters():
    result = kg(SAMPLE, "members", "-p", "bodyy=某市政协")
    assert result.exit_code == 2
    assert result.stderr == "kg: error: unknown parameter 'bodyy' (did you mean body?); this query takes: body\n"
    result = kg(SAMPLE, "posts", "-p", "body=某市政协")
    assert result.stderr == "kg: error: unknown parameter 'body'; this query takes: none\n"


def test_a_parameter_of_a_query_text_is_one_of_its_variables(tiny):
    names, rows = select(tiny, "PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                               "SELECT ?p ?name WHERE { ?p rdfs:label ?name }", {"name": "甘晓岚"})
    assert rows == [["http://example.org/p1", "甘晓岚"]]
    with pytest.raises(QueryError, match="this query takes: name, p"):
        select(tiny, "SELECT ?p WHERE { ?p ?x ?name }", {"nmae": "甘晓岚"})


def test_select_refuses_other_forms(tiny):
    with pytest.raises(QueryError, match="not a SELECT query"):
        select(tiny, "ASK { ?s ?p ?o }")


def test_an_unloadable_graph_is_one_error_line(tmp_path):
    bad = tmp_path / "g.ttl"
    bad.write_text("not turtle", encoding="utf-8")
    result = kg(bad, "who-led")
    assert result.exit_code == 2 and result.stderr.startswith(f"kg: error: {bad}: cannot load graph")
    assert len(result.stderr.splitlines()) == 1


def test_a_plain_script_can_query(tmp_path):
    """No `if __name__ == "__main__"` needed: the worker never runs the caller's script again."""
    script = tmp_path / "script.py"
    script.write_text(f"import kg.query\nprint(len(kg.query.select({str(SAMPLE)!r}, 'who-led')[1]))\n",
                      encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 0 and int(proc.stdout) > 0, proc.stderr


# --- memory, signals, file names, column order ---------------------------------

CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_query_that_grows_past_its_memory_is_stopped(tiny, engine):
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"^query stopped: more than 300 MB memory \(--memory\)$"):
        run_query(tiny, CROSS, engine=engine, timeout=60, memory=300 * 1024 ** 2)
    assert time.monotonic() - start < 60


def test_memory_option_is_one_error_line(tiny):
    result = kg(tiny, "-e", CROSS, "--memory", "300MB")
    assert result.exit_code == 2
    assert result.stderr == "kg: error: query stopped: more than 300 MB memory (--memory)\n"
    assert kg(tiny, "-e", "ASK { ?s ?p ?o }", "--memory", "0").stdout == "true\n"
    assert "not a size" in kg(tiny, "-e", "ASK { ?s ?p ?o }", "--memory", "lots").stderr


def _query_and_worker(tiny):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", tiny, "-e", SLOW, "--timeout", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        workers = [pid for pid in children.read_text().split()
                   if b"_serve" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        if workers:
            time.sleep(0.5)
            return proc, int(workers[0])
        time.sleep(0.05)
    raise AssertionError("no worker started")


def _gone(pid: int, within: float = 3) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if "zombie" in Path(f"/proc/{pid}/status").read_text():
                return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_the_worker_dies_with_kg_query(tiny, sig):
    proc, worker = _query_and_worker(tiny)
    try:
        proc.send_signal(sig)
        proc.wait(timeout=10)
        assert proc.returncode == -sig
        assert _gone(worker), "the worker outlived kg query"
    finally:
        proc.kill()
        if not _gone(worker, 0):
            os.kill(worker, signal.SIGKILL)


def test_the_worker_keeps_its_own_deadline(tiny):
    """Even were the parent not to kill it, the worker ends when the timeout is up."""
    from kg.query import _in_worker

    start = time.monotonic()
    with pytest.raises(QueryError, match=r"query stopped after 1 s"):
        _in_worker((tiny, SLOW, {}, "oxigraph", 10, False, 0, 1, os.getpid()), None)
    assert time.monotonic() - start < 10


def test_a_query_file_that_is_not_sparql_is_named(tiny, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("这不是查询\n", encoding="utf-8")
    result = kg(tiny, notes)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: {notes}: bad SPARQL query")
    missing = kg(tiny, tmp_path / "nosuch.txt")
    assert missing.exit_code == 2 and str(tmp_path / "nosuch.txt") in missing.stderr
    assert "named queries:" in missing.stderr


def test_select_star_columns_in_query_order_on_both_engines(tiny):
    text = "SELECT * WHERE { ?zed ?mid ?alpha . OPTIONAL { ?alpha ?beta ?aaa } }"
    names = [run_query(tiny, text, engine=engine).names for engine in ENGINES]
    assert names[0] == names[1] == ["zed", "mid", "alpha", "beta", "aaa"]
