"""The extraction cache: a changed file (or sidecar, or option) re-extracts that file alone, a
changed kg re-extracts all, a broken entry is ignored and written again, and a cached build
gives the bytes of a clean one."""
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

import kg.cache
from kg.cache import Cache, fingerprint
from kg.cli import cli
from kg.pipeline import Tally, run
from kg.workers import Task

TEXT = "本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议。\n"
OTHER = "本报江油讯(记者刘海涛)6月14日,江油市委书记陈立新到青莲镇调研乡村振兴工作。\n"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "c.jsonl").write_text(json.dumps({"text": TEXT.replace("张建国", "李振邦")}, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return folder


def build(folder: Path, out: Path, *flags) -> tuple[str, bytes]:
    """The summary line of `kg build -j 1` and the graph.ttl it wrote."""
    result = invoke("build", folder, "-o", out, "-j", 1, *flags)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()[0], (out / "graph.ttl").read_bytes()


def entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pkl"))


def test_a_changed_file_is_the_only_one_extracted_again(tmp_path, own_cache):
    folder = pages(tmp_path)
    first, _ = build(folder, tmp_path / "out")
    assert first.endswith("0 failed; 0 from cache, 3 extracted; " + first.split("extracted; ")[1])
    assert len(entries(own_cache)) == 3
    (folder / "b.txt").write_text(OTHER.replace("陈立新", "周正华"), encoding="utf-8")
    again, graph = build(folder, tmp_path / "out")
    assert "; 2 from cache, 1 extracted;" in again
    assert len(entries(own_cache)) == 4  # the old entry stays; nothing else was written
    assert graph == build(folder, tmp_path / "clean", "--no-cache")[1]
    assert "周正华" in graph.decode("utf-8")


def test_a_changed_sidecar_or_option_is_a_changed_file(tmp_path):
    folder = pages(tmp_path)
    build(folder, tmp_path / "out")
    (folder / "a.meta.json").write_text(json.dumps({"date": "2024-06-13"}), encoding="utf-8")
    assert "; 2 from cache, 1 extracted;" in build(folder, tmp_path / "out")[0]
    assert "; 0 from cache, 3 extracted;" in build(folder, tmp_path / "out", "--place", "绵阳市")[0]
    assert "; 3 from cache, 0 extracted;" in build(folder, tmp_path / "out", "--place", "绵阳市")[0]


def test_a_new_kg_or_lexicon_extracts_everything_again(tmp_path):
    package = tmp_path / "kg"
    shutil.copytree(Path(kg.cache.__file__).parent / "data", package / "data")
    before = fingerprint(str(package))
    lexicon = sorted((package / "data").glob("*.txt"))[0]
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "新词\n", encoding="utf-8")
    fingerprint.cache_clear()
    assert fingerprint(str(package)) != before
    folder, tally = pages(tmp_path), Tally()
    list(run([str(folder)], cache=Cache(tmp_path / "cache", before), tally=tally))
    assert (tally.cached, tally.extracted) == (0, 3)
    tally = Tally()
    list(run([str(folder)], cache=Cache(tmp_path / "cache", fingerprint(str(package))), tally=tally))
    assert (tally.cached, tally.extracted) == (0, 3)
    tally = Tally()
    list(run([str(folder)], cache=Cache(tmp_path / "cache", before), tally=tally))
    assert (tally.cached, tally.extracted) == (3, 0)


def test_a_broken_entry_is_ignored_and_written_again(tmp_path, own_cache):
    folder = pages(tmp_path)
    _, clean = build(folder, tmp_path / "out")
    cache = Cache(own_cache)
    path = cache.path(cache.key(Task(str(folder / "b.txt"), "b.txt")))
    whole = path.read_bytes()
    path.write_bytes(whole[:len(whole) // 2])  # as a crash mid-write with no rename would leave it
    again, graph = build(folder, tmp_path / "out")
    assert "; 2 from cache, 1 extracted;" in again and graph == clean
    assert path.read_bytes() == whole
    path.write_bytes(whole[:-1] + bytes([whole[-1] ^ 1]))  # one bit flipped
    assert "; 2 from cache, 1 extracted;" in build(folder, tmp_path / "out")[0]


def test_no_cache_reads_and_writes_no_entry(tmp_path, own_cache):
    folder = pages(tmp_path)
    build(folder, tmp_path / "out")
    line, _ = build(folder, tmp_path / "out", "--no-cache")
    assert "from cache" not in line and len(entries(own_cache)) == 3
    shutil.rmtree(own_cache)
    build(folder, tmp_path / "out", "--no-cache")
    assert not own_cache.exists()


def test_cache_flag_and_quiet(tmp_path):
    folder = pages(tmp_path)
    result = invoke("extract", folder, "-o", tmp_path / "out", "--cache", tmp_path / "mine", "-q")
    assert result.exit_code == 0 and result.output == ""
    assert len(entries(tmp_path / "mine")) == 3
    result = invoke("extract", folder, "-o", tmp_path / "out", "--cache", tmp_path / "mine")
    assert result.stdout.startswith("3 inputs found: 3 read (2 text, 1 jsonl lines), 0 skipped, 0 failed; "
                                    "3 from cache, 0 extracted -> ")


def test_an_unwritable_cache_is_one_warning_and_the_run_goes_on(tmp_path):
    folder = pages(tmp_path)
    (tmp_path / "file").write_text("")
    result = invoke("build", folder, "-o", tmp_path / "out", "--cache", tmp_path / "file" / "sub")
    assert result.exit_code == 0
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kg: warning: cannot write the cache in {tmp_path / 'file' / 'sub'}")
