"""kg throughput by input kind, in one run: the devset (../shared/devset/texts) as plain
texts, as government-site HTML pages (one file each, tests/gov_pages.py) and as one gzipped
WARC of those pages (with a request record before each response, written with warcio).

Each kind is read through `kg.pipeline.run` (load + extract) and `kg.record.to_record`,
what `kg extract` does minus writing the JSON; the figure is characters of extracted text
(the documents' text) per second, the median of REPEATS runs, kinds interleaved.

Run: .venv/bin/python benchmarks/bench_inputs.py (or `make bench`); writes
benchmarks/results_inputs.json.
"""
from __future__ import annotations

import datetime
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset" / "texts"
REPEATS, COPIES = 3, 3
sys.path.insert(0, str(ROOT / "tests"))


def build(tmp: Path) -> dict[str, Path]:
    """The devset COPIES times as .txt files, as .html pages, and as one .warc.gz."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from gov_pages import gov_page

    kinds = {k: tmp / k for k in ("text", "html")}
    for folder in kinds.values():
        folder.mkdir()
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for c in range(COPIES):
        for page in sorted(DEVSET.glob("*.txt")):
            text = page.read_text(encoding="utf-8")
            url = f"http://www.example.gov.cn/devset/c{c}/{page.stem}.html"
            html = gov_page(text, url=url)
            (kinds["text"] / f"c{c}_{page.name}").write_text(text, encoding="utf-8")
            (kinds["html"] / f"c{c}_{page.stem}.html").write_text(html, encoding="utf-8")
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.example.gov.cn")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                          http_headers=http))
    kinds["warc"] = tmp / "devset.warc.gz"
    kinds["warc"].write_bytes(out.getvalue())
    return kinds


def once(path: Path) -> tuple[float, int, int, int]:
    """Seconds, documents, characters of extracted text and input bytes of one run over `path`."""
    from kg.pipeline import run
    from kg.record import to_record

    t, docs, chars = time.perf_counter(), 0, 0
    for result in run([str(path)]):
        if result.extraction is not None:
            to_record(result.extraction)
            docs += 1
            chars += len(result.extraction.doc.original)
    size = path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.iterdir())
    return time.perf_counter() - t, docs, chars, size


def main() -> None:
    if not DEVSET.is_dir():
        sys.exit(f"{DEVSET} not found: the devset is needed")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    info = {"nproc": len(os.sched_getaffinity(0)), "python": platform.python_version(), "kg_commit": commit,
            "loadavg": os.getloadavg()[0], "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory(prefix="kg-bench-inputs-") as tmp:
        kinds = build(Path(tmp))
        once(kinds["text"])  # one-off startup (lexicons, trafilatura) outside the timings
        once(kinds["html"])
        runs: dict[str, list] = {k: [] for k in kinds}
        for _ in range(REPEATS):
            for kind, path in kinds.items():
                runs[kind].append(once(path))
    r = {"machine": info, "devset_copies": COPIES, "repeats": REPEATS, "kinds": {}}
    for kind, got in runs.items():
        secs = statistics.median(g[0] for g in got)
        _, docs, chars, size = got[0]
        r["kinds"][kind] = {"documents": docs, "chars": chars, "input_bytes": size,
                            "runs_s": [round(g[0], 3) for g in got], "chars_per_s": round(chars / secs),
                            "docs_per_s": round(docs / secs, 1)}
    plain = r["kinds"]["text"]["chars_per_s"]
    print(f"devset {COPIES}× ({r['kinds']['text']['documents']} documents), median of {REPEATS} runs, "
          "load + extract + record")
    print("| input | documents | chars of text | chars/s | docs/s | vs plain text |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for kind, k in r["kinds"].items():
        print(f"| {kind} | {k['documents']} | {k['chars']:,} | {k['chars_per_s']:,} | {k['docs_per_s']} | "
              f"{k['chars_per_s'] / plain:.2f}× |")
    out = ROOT / "benchmarks" / "results_inputs.json"
    out.write_text(json.dumps(r, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
