"""kg extraction throughput vs jieba.posseg, and peak memory as the corpus grows 20×.

Throughput is measured twice: on the pages (bundled sample + ../shared/corpus, 20×) and,
when present, on the development set ../shared/devset/texts (10×, with its sidecars).

Run: .venv/bin/python benchmarks/bench_extract.py (or `make bench`); writes benchmarks/results.json.
"""
from __future__ import annotations

import datetime
import json
import logging
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
DEVSET = ROOT.parent / "shared" / "devset" / "texts"
COPIES, REPEATS = 20, 3
DEVSET_COPIES = 10
BIG = f"x{COPIES}"


def sources() -> list[Path]:
    """The bundled sample pages plus ../shared/corpus/*.txt when present."""
    from kg.pipeline import sample_dir
    return sorted((sample_dir() / "corpus").glob("*.txt")) + sorted(SHARED.glob("*.txt"))


def read_texts(paths: list[Path]) -> list[str]:
    """The decoded texts, as kg reads them (UTF-8 or GB18030)."""
    from kg.ingest import decode
    return [decode(p.read_bytes(), str(p)) for p in paths]


def copy_page(page: Path, dest: Path) -> None:
    """Copy a page and its sidecar NAME.meta.json, if it has one, under a new name."""
    shutil.copyfile(page, dest)
    side = page.with_name(page.stem + ".meta.json")
    if side.exists():
        shutil.copyfile(side, dest.with_name(dest.stem + ".meta.json"))


def build_corpus(tmp: Path, pages: list[Path]) -> tuple[Path, Path]:
    """Write the 1× corpus and the 20× corpus (same pages, distinct names) under tmp."""
    one, big = tmp / "x1", tmp / BIG
    one.mkdir(), big.mkdir()
    for i, page in enumerate(pages):
        copy_page(page, one / f"{i:03d}_{page.name}")
        for c in range(COPIES):
            copy_page(page, big / f"c{c:02d}_{i:03d}_{page.name}")
    return one, big


def build_devset(tmp: Path) -> Path | None:
    """The devset texts DEVSET_COPIES times under distinct names, with their sidecars; None if absent."""
    pages = sorted(DEVSET.glob("*.txt"))
    if not pages:
        return None
    folder = tmp / f"devset_x{DEVSET_COPIES}"
    folder.mkdir()
    for c in range(DEVSET_COPIES):
        for page in pages:
            copy_page(page, folder / f"c{c:02d}_{page.name}")
    return folder


def extract_file(path: Path) -> dict:
    """What `kg extract` does per input: load, extract, record."""
    from kg.extract import extract
    from kg.ingest import load
    from kg.record import to_record
    return to_record(extract(load(str(path))))


def timed(fn, items) -> float:
    """Seconds to apply fn to every item in turn."""
    t = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - t


def throughput(corpus: Path) -> dict:
    """One-off startup costs, then median chars/s of kg and jieba.posseg over REPEATS runs."""
    import jieba
    import jieba.posseg
    paths = sorted(corpus.glob("*.txt"))
    texts = read_texts(paths)
    chars = sum(map(len, texts))
    first = timed(extract_file, paths[:1])  # builds cached regexes, loads lexicons
    warm = min(timed(extract_file, paths[:1]) for _ in range(3))
    logging.getLogger("jieba").setLevel(logging.WARNING)
    t = time.perf_counter()
    tok = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tok.tokenizer.initialize()
    jieba_init = time.perf_counter() - t
    kg_runs, jb_runs = [], []
    for _ in range(REPEATS):  # interleaved, so background load hits both alike
        kg_runs.append(round(timed(extract_file, paths), 3))
        jb_runs.append(round(timed(lambda s: list(tok.cut(s)), texts), 3))
    kg_s, jb_s = statistics.median(kg_runs), statistics.median(jb_runs)
    return {"files": len(paths), "chars": chars, "kg_startup_s": round(first - warm, 3),
            "jieba_init_s": round(jieba_init, 3), "kg_runs_s": kg_runs, "jieba_runs_s": jb_runs,
            "kg_chars_per_s": round(chars / kg_s), "jieba_chars_per_s": round(chars / jb_s),
            "ratio_kg_jieba": round(jb_s / kg_s, 3)}


def child(corpus: str) -> None:
    """--child DIR: extract DIR file by file in this fresh process; print peak RSS as JSON."""
    paths = sorted(Path(corpus).glob("*.txt"))
    for p in paths:
        extract_file(p)
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"files": len(paths), "peak_rss_mb": round(kib / 1024, 1)}))


def memory(corpus: Path) -> dict:
    """Peak RSS of a fresh `--child` process extracting corpus."""
    cmd = [sys.executable, __file__, "--child", str(corpus)]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout)


def cli_memory(corpus: Path, tmp: Path) -> dict | None:
    """Peak RSS and wall time of `kg extract DIR -o OUT` under /usr/bin/time, if available."""
    kg, stats = Path(sys.executable).with_name("kg"), tmp / f"time_{corpus.name}"
    if not (Path("/usr/bin/time").exists() and kg.exists()):
        return None
    cmd = ["/usr/bin/time", "-f", "%M %e", "-o", str(stats), str(kg), "extract", str(corpus), "-o", str(tmp / "out")]
    subprocess.run(cmd, capture_output=True, cwd=ROOT)
    kib, wall = stats.read_text().split()[-2:]
    return {"peak_rss_mb": round(int(kib) / 1024, 1), "wall_s": float(wall)}


def git(*args: str) -> str:
    """Output of a git command in the repo."""
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def machine() -> dict:
    """nproc, Python, jieba, CPU model, load, date and the kg commit (dirty if kg/ has local edits)."""
    import jieba
    cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text(errors="replace"))
    return {"nproc": len(os.sched_getaffinity(0)), "python": platform.python_version(),
            "platform": platform.platform(), "cpu": cpu[1] if cpu else platform.processor(),
            "jieba": jieba.__version__, "kg_commit": git("rev-parse", "--short", "HEAD"),
            "kg_dirty": bool(git("status", "--porcelain", "kg")), "loadavg": os.getloadavg()[0],
            "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds")}


def table(r: dict) -> list[str]:
    """The results as markdown table lines."""
    t, m, c, d = r["throughput"], r["memory"], r["cli"], r.get("throughput_devset")
    rows = [("kg extract (load+extract+record)", f"{t['kg_chars_per_s']:,} chars/s"),
            ("jieba.posseg cut", f"{t['jieba_chars_per_s']:,} chars/s"),
            ("ratio kg / jieba.posseg", f"{t['ratio_kg_jieba']:.2f}×")]
    if d:
        rows += [("devset: kg extract / jieba.posseg cut",
                  f"{d['kg_chars_per_s']:,} / {d['jieba_chars_per_s']:,} chars/s"),
                 ("devset: ratio kg / jieba.posseg", f"{d['ratio_kg_jieba']:.2f}×")]
    rows += [("kg one-off startup (first call)", f"{t['kg_startup_s']:.2f} s"),
            ("jieba.posseg init", f"{t['jieba_init_s']:.2f} s"),
            (f"peak RSS 1× / {COPIES}× (fresh process)", f"{m['x1']['peak_rss_mb']} / {m[BIG]['peak_rss_mb']} MB"),
            (f"peak RSS ratio {COPIES}× / 1×", f"{m['ratio']:.3f}")]
    if c:
        rows += [(f"`kg extract` CLI peak RSS 1× / {COPIES}×", f"{c['x1']['peak_rss_mb']} / {c[BIG]['peak_rss_mb']} MB"),
                 (f"`kg extract` CLI wall 1× / {COPIES}×", f"{c['x1']['wall_s']} / {c[BIG]['wall_s']} s")]
    return ["| measure | value |", "| --- | ---: |"] + [f"| {a} | {b} |" for a, b in rows]


def main() -> None:
    """Build the corpora, measure, print the table, write benchmarks/results.json."""
    pages, info = sources(), machine()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        one, big = build_corpus(Path(tmp), pages)
        mem = {"x1": memory(one), BIG: memory(big)}
        mem["ratio"] = round(mem[BIG]["peak_rss_mb"] / mem["x1"]["peak_rss_mb"], 3)
        cli = {k: cli_memory(d, Path(tmp)) for k, d in (("x1", one), (BIG, big))}
        corpus = {"pages": len(pages), "copies": COPIES, "shared": SHARED.is_dir(),
                  "chars_x1": sum(map(len, read_texts(pages)))}
        r = {"machine": info, "corpus": corpus, "throughput": throughput(big), "memory": mem,
             "cli": cli if all(cli.values()) else None}
        devset = build_devset(Path(tmp))
        if devset is not None:
            r["corpus"]["devset"] = {"pages": len(list(DEVSET.glob("*.txt"))), "copies": DEVSET_COPIES}
            r["throughput_devset"] = throughput(devset)
    end = machine()  # kg/ edited or committed mid-run would make the figures a mix
    info.update(loadavg_end=end["loadavg"], kg_changed_during_run=any(end[k] != info[k] for k in ("kg_commit", "kg_dirty")))
    print(f"corpus: {len(pages)} pages, {corpus['chars_x1']:,} chars (1×); throughput on the {COPIES}× "
          f"corpus ({r['throughput']['chars']:,} chars), median of {REPEATS} runs")
    if "throughput_devset" in r:
        d = r["throughput_devset"]
        print(f"devset: {DEVSET} {DEVSET_COPIES}× ({d['files']} files, {d['chars']:,} chars), "
              f"median of {REPEATS} runs")
    print("\n".join(table(r)))
    out = ROOT / "benchmarks" / "results.json"
    out.write_text(json.dumps(r, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    child(sys.argv[2]) if sys.argv[1:2] == ["--child"] else main()
