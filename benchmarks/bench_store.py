"""`kg build --store` on synthetic corpora of 20 MB and 200 MB (peak RSS, wall time), the export
dumped from the large store, and `who-led` on that store beside the same graph.ttl loaded in memory.

The corpora are `bench_build.make_corpus`'s: real pages copied until the size is reached, each copy
with its people renamed (made-up names) and its dates shifted. Every build and the export run in a
fresh process; their peak RSS is that process's own (`os.wait4`).

who-led (everyone, `-p person=`, `-p body=`) is timed three ways, in this process: from the table
of its rows the store keeps (`kg.precomputed`, what `kg query STORE` and `kg serve STORE` answer
from), its SPARQL evaluated by Oxigraph on the store, and its SPARQL on graph.ttl loaded in memory
(what `kg query graph.ttl` does); all three must give the same rows.

Run: .venv/bin/python benchmarks/bench_store.py [MB MB …]  (default 20 200); writes
benchmarks/results_store.json. `--queries STORE` times who-led for the busiest and a typical
person and body on a store built before; `--profile STORE [BODY]` times who-led's SPARQL for one
body (default: the busiest) in stages, to show where its time goes; `--table` prints the table of
results_store.json. The 200 MB build takes about 9 minutes on one core of this machine.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_build import make_corpus, versions
from bench_extract import ROOT

SIZES_MB, REPEATS = (20, 200), 5
KG = [sys.executable, "-m", "kg"]


def measured(cmd: list[str], log: Path) -> dict:
    """Run cmd in a fresh process: its wall seconds, its own peak RSS (MB), its exit status."""
    t = time.perf_counter()
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": round(time.perf_counter() - t, 1), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "status": proc.returncode, "summary": next(iter(log.read_text(encoding="utf-8", errors="replace").splitlines()), "")}


def export_child(store: str, ttl: str) -> None:
    """--export STORE OUT.ttl: dump the store as Turtle in this process."""
    from kg.store import export
    with open(ttl, "wb") as fh:
        export(store, "turtle", fh)


def who_led(store, text: str, union: bool = False) -> tuple[dict, list]:
    """A query on an opened pyoxigraph store, as `kg query` runs it (`union`: the default graph
    as the union of all, as for a graph file): median ms of REPEATS runs, rows."""
    times, rows = [], []
    for _ in range(REPEATS):
        t = time.perf_counter()
        rows = [[None if v is None else v.value for v in sol] for sol in store.query(text, use_default_graph_as_union=union)]
        times.append(round((time.perf_counter() - t) * 1000, 1))
    return {"query_ms": statistics.median(times), "runs_ms": times, "rows": len(rows)}, rows


def bound(text: str, params: dict[str, str]) -> str:
    """who-led with its parameters bound as `kg query -p` binds them (`kg.query.with_values`):
    one person (a VALUES block on the leader's label) or one body (its `# bind` pattern
    `?e kg:heldBy/rdfs:label "NAME"@zh`): that person's or body's events only."""
    from kg.query import with_values
    return with_values(text, params) if params else text


def tabled(store_dir, params: dict[str, str]) -> tuple[dict, list]:
    """who-led as `kg query STORE who-led -p …` answers it: from the table of its rows the store's
    build made (`kg.precomputed`, SQLite opened for each run): median ms of REPEATS runs, rows."""
    from kg.precomputed import rows as table_rows
    times, rows = [], []
    for _ in range(REPEATS):
        t = time.perf_counter()
        found = table_rows(store_dir, "who-led", params)
        times.append(round((time.perf_counter() - t) * 1000, 1))
        if found is None:
            raise SystemExit(f"{store_dir}: no who-led table (a store built before kg.precomputed?)")
        rows = found[1]
    return {"query_ms": statistics.median(times), "runs_ms": times, "rows": len(rows)}, rows


FOCUS = (("everyone", None), ("one_person", "person"), ("one_body", "body"))


def queries(store, text: str, person: str, body: str, union: bool) -> tuple[dict, dict]:
    """who-led's SPARQL evaluated by Oxigraph for everyone, one person and one body."""
    out, rows = {}, {}
    for name, param in FOCUS:
        params = {param: {"person": person, "body": body}[param]} if param else {}
        out[name], rows[name] = who_led(store, bound(text, params), union)
    return out, rows


def table_queries(store_dir, person: str, body: str) -> tuple[dict, dict]:
    """The same three from the store's who-led table."""
    out, rows = {}, {}
    for name, param in FOCUS:
        out[name], rows[name] = tabled(store_dir, {param: {"person": person, "body": body}[param]} if param else {})
    return out, rows


def busiest(rows: list, column: int) -> str:
    """The value of `column` on the most rows (the person or body who led the most events); a
    person is one of the made-up names (none that copy 0, the verbatim pages, names)."""
    counts, verbatim = {}, {row[0] for row in rows if (row[4] or "").startswith("c000_")} if column == 0 else set()
    for row in rows:
        if row[column] and row[column] not in verbatim:
            counts[row[column]] = counts.get(row[column], 0) + 1
    return max(sorted(counts), key=counts.get)


def typical(rows: list, column: int) -> str:
    """The value of `column` with the median number of rows (a typical person or body), made-up
    names only for people, as `busiest`."""
    counts, verbatim = {}, {row[0] for row in rows if (row[4] or "").startswith("c000_")} if column == 0 else set()
    for row in rows:
        if row[column] and row[column] not in verbatim:
            counts[row[column]] = counts.get(row[column], 0) + 1
    ranked = sorted(counts, key=lambda k: (counts[k], k))
    return ranked[len(ranked) // 2]


def store_queries(store_dir: str) -> dict:
    """--queries STORE: who-led for the busiest and a typical person and body on a store built
    before (the store alone, no file beside it), from its table and by SPARQL; added to
    results_store.json as `store_focus`."""
    import pyoxigraph as ox
    from kg.query import query_text
    from kg.store import DATA
    text = query_text("who-led")
    store = ox.Store.read_only(str(Path(store_dir) / DATA))
    everyone = tabled(store_dir, {})[1]
    out = {"rows": len(everyone)}
    for kind, column in (("person", 0), ("body", 1)):
        for which, pick in (("busiest", busiest), ("typical", typical)):
            label = pick(everyone, column)
            table, table_rows = tabled(store_dir, {kind: label})
            sparql, sparql_rows = who_led(store, bound(text, {kind: label}))
            out[f"{which}_{kind}"] = {"label": label} | table | {"sparql_ms": sparql["query_ms"],
                                                                 "same_rows": table_rows == sparql_rows}
    return out


PROFILE_PREFIXES = """PREFIX kg: <https://w3id.org/kgcn/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def profile_stages(text: str, body: str) -> dict[str, str]:
    """who-led for one body, built up a pattern at a time: the body's events (its label an exact
    literal), those with a leader and the two labels, the date and article OPTIONALs, then the
    whole query as the benchmark runs it, with and without its ORDER BY."""
    held = f'?o rdfs:label "{body}"@zh . ?e kg:heldBy ?o .'
    led = held + " ?e kg:ledBy ?p . ?p rdfs:label ?l . ?e rdfs:label ?el ."
    whole = bound(text, {"body": body})
    return {"events held": f"{PROFILE_PREFIXES}SELECT ?e WHERE {{ {held} }}",
            "+ leader, labels": f"{PROFILE_PREFIXES}SELECT ?e ?l ?el WHERE {{ {led} }}",
            "+ date, article": f"{PROFILE_PREFIXES}SELECT ?e ?l ?el ?d ?s WHERE {{ {led} OPTIONAL {{ ?e kg:date ?d }} "
                               "OPTIONAL { ?e prov:wasDerivedFrom ?a . ?a dcterms:source ?s } }",
            "who-led, no ORDER BY": whole[:whole.index("ORDER BY")],
            "who-led (as measured)": whole}


def counting(q: str) -> str:
    """The stage as a subquery whose solutions Oxigraph counts itself: no term is decoded to a
    string (but STR() and REPLACE() in a projection, which need the string)."""
    at = re.search(r"^SELECT", q, re.MULTILINE).start()
    return f"{q[:at]}SELECT (COUNT(*) AS ?n) WHERE {{ {{ {q[at:]} }} }}"


def median_ms(run) -> float:
    times = []
    for _ in range(REPEATS):
        t = time.perf_counter()
        run()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 1)


def profile(store_dir: str, body: str | None = None) -> dict:
    """--profile STORE [BODY]: each stage's median ms over REPEATS runs: with every value turned
    into a Python string (as `kg query` does), with the solutions only iterated (Oxigraph still
    decodes each term), counted inside Oxigraph (no term decoded: the joins alone), and written
    as TSV by Oxigraph (in Rust, no Python object per term); µs per row of the first."""
    import pyoxigraph as ox
    from kg.query import query_text
    from kg.store import DATA
    text = query_text("who-led")
    store = ox.Store.read_only(str(Path(store_dir) / DATA))
    body = body or busiest(tabled(store_dir, {})[1], 1)
    out = {"body": body}
    for stage, q in profile_stages(text, body).items():
        measured_ms, rows = who_led(store, q)
        out[stage] = {"rows": len(rows), "ms": measured_ms["query_ms"],
                      "ms_not_materialized": median_ms(lambda: sum(1 for _ in store.query(q))),
                      "ms_counted_in_oxigraph": median_ms(lambda: next(iter(store.query(counting(q))))),
                      "ms_tsv_by_oxigraph": median_ms(lambda: store.query(q).serialize(format=ox.QueryResultsFormat.TSV)),
                      "us_per_row": round(measured_ms["query_ms"] * 1000 / max(len(rows), 1))}
    out["table (kg.precomputed)"] = {"rows": len(tabled(store_dir, {"body": body})[1]),
                                     "ms": tabled(store_dir, {"body": body})[0]["query_ms"]}
    return out


def table(r: dict) -> list[str]:
    """The results as markdown table lines (also: bench_store.py --table, from results_store.json)."""
    sizes = [k for k in r if k.endswith("MB")]
    big = r[sizes[-1]]
    rows = [(f"corpus {k}", f"{r[k]['corpus']['files']:,} files, {r[k]['corpus']['bytes'] / 2**20:.1f} MiB, "
             f"{r[k]['corpus']['chars']:,} chars") for k in sizes]
    rows += [(f"`kg build --store` {k}: wall / peak RSS", f"{r[k]['build']['wall_s']} s / {r[k]['build']['peak_rss_mb']} MB")
             for k in sizes]
    rows += [(f"peak RSS {sizes[-1]} / {sizes[0]}", f"{r['rss_ratio']}×"),
             (f"store {sizes[-1]} on disk", f"{big['store_mb']} MB; {big['build']['summary'].split('; ')[-1].split(' ->')[0]}"),
             ("graph.ttl dumped from it: wall / peak RSS / size",
              f"{big['export']['wall_s']} s / {big['export']['peak_rss_mb']} MB / {big['export']['ttl_mb']} MB")]
    for name, what in (("everyone", "all events"), ("one_person", "one person"), ("one_body", "one body")):
        st, fi = big["store_query"][name], big["file_query"][name]
        if "store_table" in big:
            rows.append((f"who-led, {what}: store (its table) / store by SPARQL / graph.ttl in memory (rows)",
                         f"{big['store_table'][name]['query_ms']} ms / {st['query_ms']} ms / {fi['query_ms']} ms "
                         f"({st['rows']:,})"))
        else:
            rows.append((f"who-led, {what}: store / graph.ttl in memory (rows)",
                         f"{st['query_ms']} ms / {fi['query_ms']} ms ({st['rows']:,})"))
    for key, focus in sorted(big.get("store_focus", {}).items()):
        if isinstance(focus, dict) and "label" in focus:
            sparql = f" / {focus['sparql_ms']} ms by SPARQL" if "sparql_ms" in focus else ""
            rows.append((f"who-led on the store, {key.replace('_', ' ')} ({focus['label']})",
                         f"{focus['query_ms']} ms{sparql} ({focus['rows']:,} rows)"))
    rows += [("open the store / load graph.ttl in memory", f"{big['store_query']['open_s']} s / {big['file_query']['load_s']} s"),
             ("`kg query STORE who-led` wall (worker start, open, query, print)", f"{big['cli_query_store_s']} s"),
             ("same rows, store and file" + (" (table and SPARQL)" if "store_table" in big else ""),
              str(big["focus"]["same_rows"]))]
    return ["| measure | value |", "| --- | ---: |"] + [f"| {a} | {v} |" for a, v in rows]


def main(sizes) -> None:
    import pyoxigraph as ox
    from kg.query import query_text
    from kg.store import DATA
    info, text, r = versions(), query_text("who-led"), {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        tmp = Path(tmp)
        for mb in sizes:
            corpus, store = tmp / f"corpus{mb}", tmp / f"store{mb}"
            corpus.mkdir()
            made = make_corpus(corpus, mb * 2**20)
            build = measured([*KG, "build", str(corpus), "--store", str(store)], tmp / f"build{mb}.log")
            r[f"{mb}MB"] = {"corpus": made, "build": build,
                            "store_mb": round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1)}
            print(f"{mb} MB: {made['files']} files, {made['chars']:,} chars; build {build}", flush=True)
        big = f"{sizes[-1]}MB"
        store, ttl = tmp / f"store{sizes[-1]}", tmp / "graph.ttl"
        r[big]["export"] = measured([sys.executable, __file__, "--export", str(store), str(ttl)], tmp / "export.log")
        r[big]["export"]["ttl_mb"] = round(ttl.stat().st_size / 2**20, 1)
        t = time.perf_counter()
        on_disk = ox.Store.read_only(str(store / DATA))
        open_s = round(time.perf_counter() - t, 3)
        everyone = tabled(store, {})[1]
        person, body = busiest(everyone, 0), busiest(everyone, 1)
        r[big]["store_query"], store_rows = queries(on_disk, text, person, body, False)
        r[big]["store_query"]["open_s"] = open_s
        r[big]["store_table"], table_rows = table_queries(store, person, body)
        t = time.perf_counter()
        in_memory = ox.Store()
        with open(ttl, "rb") as fh:
            in_memory.load(fh, format=ox.RdfFormat.TURTLE)
        r[big]["file_query"], file_rows = queries(in_memory, text, person, body, True)
        r[big]["file_query"]["load_s"] = round(time.perf_counter() - t, 1)
        r[big]["focus"] = {"person": person, "body": body, "same_rows": store_rows == file_rows == table_rows}
        del in_memory
        r[big]["store_focus"] = store_queries(str(store))
        t = time.perf_counter()  # what a user waits for: a worker process opens the store and runs it
        cli = subprocess.run([*KG, "query", str(store), "who-led", "--format", "csv"], capture_output=True, cwd=ROOT)
        r[big]["cli_query_store_s"] = round(time.perf_counter() - t, 2)
        r[big]["cli_rows"] = len(cli.stdout.decode("utf-8").splitlines()) - 1
    small, large = r[f"{sizes[0]}MB"]["build"]["peak_rss_mb"], r[big]["build"]["peak_rss_mb"]
    r["rss_ratio"] = round(large / small, 2)
    r["machine"] = info | {"loadavg_end": versions()["loadavg"]}
    print("\n".join(table(r)))
    out = ROOT / "benchmarks" / "results_store.json"
    out.write_text(json.dumps(r, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--export"]:
        export_child(*sys.argv[2:4])
    elif sys.argv[1:2] == ["--queries"]:
        focus = store_queries(sys.argv[2])
        print(json.dumps(focus, ensure_ascii=False, indent=1))
        path = ROOT / "benchmarks" / "results_store.json"
        saved = json.loads(path.read_text(encoding="utf-8"))
        saved["store_focus"] = focus | {"store": "rebuilt from the same corpus, same kg", "machine": versions()}
        path.write_text(json.dumps(saved, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif sys.argv[1:2] == ["--profile"]:
        stages = profile(*sys.argv[2:4])
        print(json.dumps(stages, ensure_ascii=False, indent=1))
        path = ROOT / "benchmarks" / "results_store.json"
        saved = json.loads(path.read_text(encoding="utf-8"))
        saved.setdefault("profile", {})[stages["body"]] = stages | {"store": sys.argv[2], "machine": versions()}
        path.write_text(json.dumps(saved, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif sys.argv[1:2] == ["--table"]:
        print("\n".join(table(json.loads((ROOT / "benchmarks" / "results_store.json").read_text(encoding="utf-8")))))
    else:
        main([int(a) for a in sys.argv[1:]] or list(SIZES_MB))
