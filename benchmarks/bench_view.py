"""`kg view` in headless Chromium: the shared corpus, a synthetic 5,000-node graph under the
default cap and without it, and pyvis's own page on the same 5,000 nodes, in one browser.

Run: .venv/bin/python benchmarks/bench_view.py; writes benchmarks/results_view.json.
Needs Chromium and Playwright (as the test suite does): see tests/browser.py.
"""
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench_extract import ROOT, SHARED, machine

sys.path.insert(0, str(ROOT / "tests"))
import browser  # noqa: E402  (tests/browser.py: Chromium with every request logged and aborted)

REPEATS, NODES, UNCAPPED_TIMEOUT_S = 3, 5000, 600
PYVIS_READY = """() => { const bar = document.getElementById('loadingBar');
  return typeof network !== 'undefined' && (!bar || bar.style.opacity === '0'); }"""


def timed_view(source, **options):
    """kg.view(...).html, timed (median of REPEATS) from the graph to the HTML string."""
    import kg

    runs, v = [], None
    for _ in range(REPEATS):
        start = time.perf_counter()
        v = kg.view(source, **options)
        html = v.html
        runs.append(time.perf_counter() - start)
    return v, html, statistics.median(runs)


def in_chromium(chromium, path: Path, repeats: int = REPEATS, **kw) -> dict:
    """Open a page `repeats` times; medians of navigation-to-laid-out and of vis's own layout time."""
    reports = [browser.open_view(chromium, path, **kw) for _ in range(repeats)]
    r = reports[-1]
    out = {"load_s": round(statistics.median(x.load_s for x in reports), 2),
           "load_runs_s": [round(x.load_s, 2) for x in reports],
           "requests_tried": len(r.requests), "console_errors": len(r.console_errors), "page_errors": len(r.errors),
           "bytes": path.stat().st_size}
    if r.views:
        out.update(nodes=r.views[0]["nodes"], edges=r.views[0]["edges"],
                   layout_ms=statistics.median(x.views[0]["readyMs"] for x in reports))
    return out


def kept(sel) -> dict:
    return {"nodes": len(sel.nodes), "edges": len(sel.edges), "by_type": dict(Counter(n.type for n in sel.nodes)),
            "matched": sel.matched, "omitted": sel.omitted, "omitted_edges": sel.omitted_edges,
            "isolated": sel.isolated, "omitted_top": sel.omitted_top[:5]}


def pyvis_page(sel, path: Path) -> None:
    """pyvis out of the box on the same nodes and edges: from_nx, its template, physics on."""
    import networkx as nx
    from pyvis.network import Network

    flat = nx.DiGraph()
    for n in sel.nodes:
        flat.add_node(n.id, label=n.label, title=n.label)
    for e in sel.edges:
        flat.add_edge(e.source, e.target, title=e.relation)
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(flat)
    path.write_text(net.generate_html(), encoding="utf-8")


def main() -> None:
    from kg.pipeline import build
    from kg.viewer.synthetic import synthetic_graph

    results = {"machine": machine(), "repeats": REPEATS}
    with tempfile.TemporaryDirectory() as tmp, browser.chromium() as chromium:
        tmp = Path(tmp)
        if SHARED.is_dir():
            graph, _ = build([str(SHARED)])
            v, html, py_s = timed_view(graph)
            (tmp / "corpus.html").write_text(html, encoding="utf-8")
            results["corpus"] = {"python_s": round(py_s, 3), "selection": kept(v.selection),
                                 "chromium": in_chromium(chromium, tmp / "corpus.html")}
        graph = synthetic_graph(NODES)
        v, html, py_s = timed_view(graph)
        (tmp / "capped.html").write_text(html, encoding="utf-8")
        results["synthetic_capped"] = {"python_s": round(py_s, 3), "selection": kept(v.selection),
                                       "chromium": in_chromium(chromium, tmp / "capped.html")}
        import kg
        whole = kg.view(graph, max_nodes=10**6)
        whole.save(tmp / "uncapped.html")
        results["synthetic_uncapped"] = {"selection": kept(whole.selection),
                                         "chromium": in_chromium(chromium, tmp / "uncapped.html", repeats=1,
                                                                 timeout_s=UNCAPPED_TIMEOUT_S)}
        pyvis_page(whole.selection, tmp / "pyvis.html")
        results["pyvis_uncapped"] = {"chromium": in_chromium(chromium, tmp / "pyvis.html", repeats=1,
                                                             timeout_s=UNCAPPED_TIMEOUT_S, ready=PYVIS_READY)}
    capped, uncapped = results["synthetic_capped"]["chromium"], results["synthetic_uncapped"]["chromium"]
    results["ratio_uncapped_capped_load"] = round(uncapped["load_s"] / capped["load_s"], 1)
    results["ratio_pyvis_capped_load"] = round(results["pyvis_uncapped"]["chromium"]["load_s"] / capped["load_s"], 1)
    results["machine"]["loadavg_end"] = machine()["loadavg"]
    (ROOT / "benchmarks" / "results_view.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                                                           encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
