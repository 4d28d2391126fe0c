"""`kg build` on a ≥10 MB corpus (time, peak RSS, graph size) and who-led latency, pyoxigraph beside rdflib.

Run: .venv/bin/python benchmarks/bench_build.py; writes benchmarks/results_build.json.
"""
import datetime
import hashlib
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_extract import ROOT, git, machine, sources

TARGET, SEED, REPEATS = 10 * 2**20, 20240624, 3  # corpus bytes (10 MiB), RNG seed, query runs
GIVEN = "建国华明军平伟芳丽敏静强磊洋勇艳杰涛超秀霞刚英玲丹萍鹏辉波斌宇浩凯健俊帆旭晨欣涵"
DATE = re.compile(r"(?<!\d)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*日)(?:(\s*至\s*)(\d{1,2})(\s*日))?")


def new_name(old: str, n: int, surnames: list[str]) -> str:
    """Made-up name number n: n scrambled to m, surname m % S, then 1 or 2 given characters (as `old`) from m // S."""
    m = n * 7919 % (len(surnames) * len(GIVEN) ** 2)  # 7919 is prime: a bijection; neighbours differ
    g = m // len(surnames)
    return surnames[m % len(surnames)] + "".join(
        GIVEN[(g // len(GIVEN) ** i) % len(GIVEN)] for i in range(min(2, max(1, len(old) - 1))))


def shift_dates(text: str, days: int) -> str:
    """Every M月D日 (and the D日 ending M月D日至D日) moved `days` days later as dates of 2024, spacing kept."""
    def sub(m: re.Match) -> str:
        try:
            a = datetime.date(2024, int(m[1]), int(m[3])) + datetime.timedelta(days=days)
            b = m[6] and datetime.date(2024, int(m[1]), int(m[6])) + datetime.timedelta(days=days)
        except ValueError:
            return m[0]
        end = "" if not b else f"{m[5]}{'' if b.month == a.month else f'{b.month}月'}{b.day}{m[7]}"
        return f"{a.month}{m[2]}{a.day}{m[4]}{end}"
    return DATE.sub(sub, text)


def make_corpus(out: Path, target: int = TARGET) -> dict:
    """Copy c = 0, 1, … of every page until `target` bytes: copy 0 verbatim, then names swapped, dates shifted c days."""
    from kg.graph import is_national
    from kg.pipeline import run
    text = (ROOT / "kg" / "data" / "surnames.txt").read_text(encoding="utf-8")  # most common first
    family = [w for line in text.splitlines() if line[:1] != "#" for w in line.split() if len(w) == 1][:100]
    random.Random(SEED).shuffle(family)
    pages, paths = [], sources()  # (path, text, person names kg finds in it, minus holders of national posts)
    for page, ex in zip(paths, (r.extraction for r in run(str(p) for p in paths))):
        national = {p.person for p in ex.positions if p.org and is_national(p.org)}
        names = {m.key for m in ex.mentions if m.label == "PERSON"} | {p.person for p in ex.positions}
        pages.append((page, ex.doc.original, sorted(names - national)))
    everyone = sorted({n for _, _, names in pages for n in names})
    patterns = [re.compile("|".join(r"\s*".join(map(re.escape, n)) for n in sorted(names, key=len, reverse=True)))
                for _, _, names in pages]  # longest first; a name may be split by spaces or a line break
    total, files, chars, digests, c = 0, 0, 0, set(), 0
    while total < target:
        for i, ((page, text, names), pat) in enumerate(zip(pages, patterns)):
            if c:
                swap = {n: new_name(n, c * len(everyone) + everyone.index(n), family) for n in names}
                text = shift_dates(pat.sub(lambda m: swap[re.sub(r"\s", "", m[0])], text) if names else text, c)
            data = text.encode("utf-8")
            (out / f"c{c:03d}_{i:02d}_{page.name}").write_bytes(data)
            total, files, chars = total + len(data), files + 1, chars + len(text)
            digests.add(hashlib.sha256(data).hexdigest())
            if total >= target:
                break
        c += 1
    return {"source_pages": len(pages), "copies": c, "files": files, "distinct_texts": len(digests),
            "bytes": total, "chars": chars, "names_swapped": len(everyone), "seed": SEED}


def child(corpus: str, ttl: str) -> None:
    """--child DIR OUT.ttl: build and serialize in this fresh process; print timings, sizes and peak RSS as JSON."""
    from kg.graph import EVENT_CLASSES
    from kg.pipeline import build, class_counts
    from kg.rdf import serialize
    t0 = time.perf_counter()
    graph, results = build([corpus])
    t1, graph_kib = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    Path(ttl).write_text(serialize(graph, "turtle"), encoding="utf-8")
    t2 = time.perf_counter()
    kib, classes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, class_counts(graph)
    print(json.dumps({"inputs": len(results), "failed": sum(r.error is not None for r in results),
                      "extract_graph_s": round(t1 - t0, 2), "serialize_s": round(t2 - t1, 2),
                      "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "classes": classes,
                      "events": sum(classes.get(c, 0) for c in EVENT_CLASSES.values()),
                      "ttl_bytes": Path(ttl).stat().st_size, "peak_rss_mb": round(kib / 1024, 1),
                      "peak_rss_before_serialize_mb": round(graph_kib / 1024, 1)}))


def timed(load, query) -> tuple[dict, list]:
    """load() once, then query(loaded) REPEATS times: load seconds, query ms per run and their median, rows."""
    t = time.perf_counter()
    db = load()
    load_s, times = round(time.perf_counter() - t, 2), []
    for _ in range(REPEATS):
        t = time.perf_counter()
        rows = query(db)
        times.append(round((time.perf_counter() - t) * 1000, 1))
    return {"load_s": load_s, "triples": len(db), "query_runs_ms": times,
            "query_ms": statistics.median(times), "rows": len(rows)}, rows


def ox_store(ttl: Path):
    """An in-memory pyoxigraph Store holding ttl, loaded as `kg query` does."""
    import pyoxigraph as ox
    store = ox.Store()
    with open(ttl, "rb") as fh:
        store.load(fh, format=ox.RdfFormat.TURTLE)
    return store


def versions() -> dict:
    """machine() plus the RDF libraries, kg/'s tree at HEAD and a digest of uncommitted edits under kg/."""
    import pyoxigraph
    import rdflib
    return machine() | {"pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__,
                        "kg_tree": git("rev-parse", "HEAD:kg")[:12],
                        "kg_diff": hashlib.sha256(git("diff", "HEAD", "--", "kg").encode()).hexdigest()[:12]}


def table(r: dict) -> list[str]:
    """The results as markdown table lines."""
    c, b, o, q = r["corpus"], r["build"], r["oxigraph"], r["rdflib"]
    rows = [("corpus", f"{c['files']} files, {c['bytes'] / 2**20:.1f} MiB, {c['chars']:,} chars"),
            ("build: extract + graph / serialize + write Turtle", f"{b['extract_graph_s']} / {b['serialize_s']} s"),
            ("build: process wall (with start-up)", f"{b['process_wall_s']} s"),
            ("build: peak RSS before serialize / at end", f"{b['peak_rss_before_serialize_mb']} / {b['peak_rss_mb']} MB"),
            ("graph nodes / edges", f"{b['nodes']:,} / {b['edges']:,}"),
            ("Person / event nodes", f"{b['classes'].get('Person', 0):,} / {b['events']:,}"),
            ("graph.ttl", f"{b['ttl_bytes'] / 2**20:.1f} MiB, {o['triples']:,} triples ({q['triples']:,} in rdflib)"),
            ("pyoxigraph load / who-led (median of 3)", f"{o['load_s']} s / {o['query_ms']} ms"),
            ("rdflib parse / who-led (median of 3)", f"{q['load_s']} s / {q['query_ms']} ms"),
            ("who-led rows pyoxigraph / rdflib", f"{o['rows']:,} / {q['rows']:,} (same rows: {r['same_rows']})")]
    return ["| measure | value |", "| --- | ---: |"] + [f"| {a} | {v} |" for a, v in rows]


def main() -> None:
    """Make the corpus, build in a child, query graph.ttl with both engines, print the table, write the JSON."""
    from kg.query import query_text
    from rdflib import Graph
    info, text = versions(), query_text("who-led")
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
        corpus, ttl = Path(tmp) / "corpus", Path(tmp) / "graph.ttl"
        corpus.mkdir()
        r = {"machine": info, "corpus": make_corpus(corpus)}
        t = time.perf_counter()  # the build in a fresh process; its wall time includes start-up and imports
        out = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(ttl)],
                             check=True, capture_output=True, text=True, cwd=ROOT).stdout
        r["build"] = json.loads(out) | {"process_wall_s": round(time.perf_counter() - t, 2)}
        r["oxigraph"], ox_rows = timed(lambda: ox_store(ttl),  # values as plain strings, as in `kg query`
                                       lambda s: [[None if v is None else v.value for v in sol] for sol in s.query(text)])
        r["rdflib"], rl_rows = timed(lambda: Graph().parse(ttl, format="turtle"),  # as `kg query --engine rdflib`
                                     lambda g: [[None if x is None else str(x) for x in row] for row in g.query(text)])
    key = lambda row: ["" if v is None else v for v in row]  # noqa: E731
    r["same_rows"] = sorted(map(key, ox_rows)) == sorted(map(key, rl_rows))
    end = versions()  # kg/ edited mid-run would make the figures a mix; commits elsewhere do not count
    info.update(loadavg_end=end["loadavg"], kg_commit_end=end["kg_commit"],
                kg_changed_during_run=any(end[k] != info[k] for k in ("kg_tree", "kg_dirty", "kg_diff")))
    print("\n".join(table(r)))
    if r["oxigraph"]["rows"] != r["rdflib"]["rows"]:
        print("WARNING: pyoxigraph and rdflib return different row counts", file=sys.stderr)
    out = ROOT / "benchmarks" / "results_build.json"
    out.write_text(json.dumps(r, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    child(*sys.argv[2:4]) if sys.argv[1:2] == ["--child"] else main()
