"""Extraction in worker processes (`-j`) and on a Dask cluster (`--scheduler`): the same bytes
as `-j 1` whatever order workers finish in; a worker that dies fails its file alone."""
import json
import os
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.pipeline
import kg.workers
from conftest import SHARED
from kg.cli import cli
from kg.packed import unpack
from kg.pipeline import Tally, run
from kg.workers import Task, outcomes

TEXT = "本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议。\n"
OTHER = "本报江油讯(记者刘海涛)6月14日,江油市委书记陈立新到青莲镇调研乡村振兴工作。\n"
URL = "https://www.example.gov.cn/art/2024/6/12/art_1_1.html"
DEATH = "自毁开关"  # a page holding this kills the worker process that extracts it (see `dying`)


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def corpus(folder: Path) -> Path:
    """Texts, a JSON Lines file and a page read twice (c.txt's address is b.jsonl line 1's)."""
    folder.mkdir()
    (folder / "a_slow.txt").write_text(TEXT, encoding="utf-8")
    lines = [{"text": OTHER, "url": URL}, {"text": TEXT.replace("张建国", "李振邦"), "url": URL + "?2"}]
    (folder / "b.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    (folder / "c.txt").write_text(OTHER.replace("陈立新", "杨志远"), encoding="utf-8")
    (folder / "c.meta.json").write_text(json.dumps({"source": URL}), encoding="utf-8")
    (folder / "d.txt").write_text(TEXT.replace("王晓梅", "何静怡"), encoding="utf-8")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_workers_finishing_out_of_order_give_the_bytes_of_one_process(tmp_path, monkeypatch):
    pages = corpus(tmp_path / "pages")
    slow = kg.pipeline.extract

    def late_first_file(doc):  # the first file finishes last (the workers are forked: they have this too)
        if doc.name == "a_slow.txt" and os.getpid() != main:
            time.sleep(1)
        return slow(doc)

    main = os.getpid()
    monkeypatch.setattr(kg.pipeline, "extract", late_first_file)
    for j in (1, 2):
        for command in ("extract", "build"):
            result = invoke(command, pages, "-o", tmp_path / f"{command}{j}", "-j", j, "--no-cache")
            assert result.exit_code == 0, result.output
    assert "same address as b.jsonl#1" in result.stderr  # the later page is the one read twice
    for command in ("extract", "build"):
        assert outputs(tmp_path / f"{command}1") == outputs(tmp_path / f"{command}2")


def test_devset_with_two_workers_gives_the_graph_of_one(tmp_path):
    texts = SHARED / "devset" / "texts"
    if not texts.is_dir():
        pytest.skip("../shared/devset is not beside the checkout")
    for j in (1, 2):
        result = invoke("build", texts, "-o", tmp_path / f"j{j}", "-j", j, "--no-cache", "--format", "nt")
        assert result.exit_code == 0, result.output
    assert outputs(tmp_path / "j1") == outputs(tmp_path / "j2")


@pytest.fixture
def dying(monkeypatch):
    """Extraction that kills its worker process (SIGKILL, as the kernel's OOM killer would) on a
    page holding DEATH; the pytest process itself is never killed."""
    main, real = os.getpid(), kg.pipeline.extract

    def extract(doc):
        if DEATH in doc.text and os.getpid() != main:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(doc)

    monkeypatch.setattr(kg.pipeline, "extract", extract)


def test_a_worker_killed_on_one_file_fails_that_file_alone(tmp_path, dying):
    pages = corpus(tmp_path / "pages")
    (pages / "bomb.txt").write_text(TEXT.replace("会议", f"会议{DEATH}"), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("build", pages, "-o", out, "-j", 2)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    [line] = [line for line in result.stderr.splitlines() if "bomb.txt" in line]
    assert line.startswith(f"kg: error: {pages / 'bomb.txt'}: the worker process extracting it died (killed by SIGKILL)")
    assert result.stdout.startswith("5 inputs found: 4 read (2 text, 2 jsonl lines), 1 skipped (1 same address read "
                                    "before), 1 failed; 0 from cache, 5 extracted")
    assert sorted(os.listdir(out)) == [".kg-manifest", "graph.ttl"]  # whole output, nothing half-written
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]
    assert "李振邦" in (out / "graph.ttl").read_text(encoding="utf-8")
    again = invoke("build", pages, "-o", out, "-j", 2)  # the good files were cached, the dead one was not
    assert again.exit_code == 1 and "; 4 from cache, 1 extracted" in again.stdout


def test_outcomes_keep_order_and_blame_only_the_killer(tmp_path, dying):
    files = []
    for i in range(40):  # handed out two files at a time: the killer's neighbour is retried, not blamed
        files.append(tmp_path / f"p{i}.txt")
        files[-1].write_text(TEXT.replace("张建国", "张建" + "一二三四五六七八九十"[i % 10]) + (DEATH if i == 21 else ""),
                             encoding="utf-8")
    got = list(outcomes([Task(str(f), f.name) for f in files], jobs=2))
    assert [i for i, x in enumerate(got) if not isinstance(x, bytes)] == [21]
    assert got[21].message.startswith(f"{files[21]}: the worker process extracting it died")
    assert [unpack(x)[0].name for i, x in enumerate(got) if i != 21] == [f.name for f in files if f != files[21]]


@pytest.fixture(scope="module")
def scheduler():
    """A Dask cluster of two worker processes on this machine, for the module's tests."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        yield cluster.scheduler_address


def test_a_dask_cluster_gives_the_bytes_of_one_process(tmp_path, scheduler):
    pages = corpus(tmp_path / "pages")
    local = invoke("build", pages, "-o", tmp_path / "local", "-j", 1, "--no-cache", "--format", "nt")
    remote = invoke("build", pages, "-o", tmp_path / "dask", "--scheduler", scheduler)
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    assert (tmp_path / "local" / "graph.ttl").read_bytes() == (tmp_path / "dask" / "graph.ttl").read_bytes()
    assert "; 0 from cache, 4 extracted" in remote.stdout
    again = invoke("build", pages, "-o", tmp_path / "again", "-j", 1)  # the cluster filled the same cache
    assert "; 4 from cache, 0 extracted" in again.stdout
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()


def test_a_dask_cluster_runs_extract_too(tmp_path, scheduler):
    pages = corpus(tmp_path / "pages")
    tally = Tally()
    local = [(r.name, r.error, r.warning, r.skipped) for r in run([str(pages)])]
    remote = [(r.name, r.error, r.warning, r.skipped) for r in run([str(pages)], scheduler=scheduler, tally=tally)]
    assert local == remote and tally.read == 4
    for j in ("1", scheduler):
        flag = ("-j", j) if j == "1" else ("--scheduler", j)
        assert invoke("extract", pages, "-o", tmp_path / f"x{len(j)}", "--no-cache", *flag).exit_code == 0
    assert outputs(tmp_path / "x1") == outputs(tmp_path / f"x{len(scheduler)}")


def test_an_unreachable_scheduler_is_one_error_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("kg.workers.CONNECT_TIMEOUT", "1s")
    pages = corpus(tmp_path / "pages")
    result = invoke("build", pages, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9", "--no-cache")
    assert result.exit_code == 1 and not (tmp_path / "out").exists()
    [line] = result.stderr.splitlines()
    assert line.startswith("kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")


def test_progress_is_told_each_input_with_its_characters(tmp_path):
    pages = corpus(tmp_path / "pages")
    calls = []
    results = list(run([str(pages)], jobs=2, progress=lambda chars, total: calls.append((chars, total))))
    assert [total for _, total in calls] == [4] * 4  # four inputs: three texts and one JSON Lines file
    read = sum(len(r.extraction.doc.text) for r in results if r.extraction is not None)
    assert sum(chars for chars, _ in calls) == read > 0


def terminal_stderr(*args) -> str:
    """What `kg ARGS` writes on stderr when stderr is a terminal (a pseudo-terminal here)."""
    import fcntl
    import pty
    import select
    import struct
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 160, 0, 0))  # a terminal 160 wide
    kg = Path(sys.executable).with_name("kg")
    subprocess.run([str(kg), *map(str, args)], stdout=subprocess.DEVNULL, stderr=slave, timeout=120)
    os.close(slave)
    out = b""
    while select.select([master], [], [], 0.5)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return out.decode("utf-8", "replace")


def test_a_terminal_shows_files_done_chars_per_second_and_time_left_unless_quiet(tmp_path):
    pages = corpus(tmp_path / "pages")
    shown = terminal_stderr("build", pages, "-o", tmp_path / "out", "-j", 2)
    assert "/4 [00:0" in shown and "chars/s" in shown and "<00:0" in shown, shown  # done/all [elapsed<left
    quiet = terminal_stderr("build", pages, "-o", tmp_path / "out", "-j", 2, "--quiet")
    assert quiet.splitlines() == [f"kg: warning: c.txt: same address as b.jsonl#1 ({URL}), read once"]


def test_workers_collect_garbage_when_forked_while_it_was_paused(tmp_path, monkeypatch):
    """A pool made while a build had the collector paused (one that replaces a dead worker's)
    has it on in its workers."""
    import gc

    from kg.pipeline import Result

    monkeypatch.setattr(kg.workers, "_here", lambda task: [Result(task.item, warning=f"collecting: {gc.isenabled()}")])
    files = [tmp_path / f"p{i}.txt" for i in range(4)]
    gc.disable()
    try:
        got = list(outcomes([Task(str(f), f.name) for f in files], jobs=2))
    finally:
        gc.enable()
    assert [unpack(x)[0].warning for x in got] == ["collecting: True"] * 4


def test_a_pool_hands_over_with_quick_switches_and_leaves_the_interval_as_found(tmp_path, monkeypatch):
    """While a pool runs, another thread of this process (the pool's, handing tasks over and
    taking results back) waits at most `HANDOVER_SWITCH_S` for the GIL; after, as before."""
    import sys

    from kg.pipeline import Result

    monkeypatch.setattr(kg.workers, "_here", lambda task: [Result(task.item)])
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default
    try:
        during = [sys.getswitchinterval() for _ in outcomes([Task(str(tmp_path / f"p{i}.txt"), f"p{i}.txt")
                                                              for i in range(3)], jobs=2)]
        after = sys.getswitchinterval()
    finally:
        sys.setswitchinterval(before)
    assert during == [pytest.approx(kg.workers.HANDOVER_SWITCH_S)] * 3 and after == pytest.approx(0.005)
