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
    shutil.rmtree(own_cache / "parts")  # no pack of the last build's graph parts: the entries are read
    again, graph = build(folder, tmp_path / "out")
    assert "; 2 from cache, 1 extracted;" in again and graph == clean
    assert path.read_bytes() == whole
    path.write_bytes(whole[:-1] + bytes([whole[-1] ^ 1]))  # one bit flipped
    shutil.rmtree(own_cache / "parts")
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


def changed_subjects(before, after) -> set[str]:
    """The nodes of `after` whose attributes or outgoing edges differ from `before`'s."""
    return {n for n in after if n not in before or before.nodes[n] != after.nodes[n]
            or sorted(before.edges(n, keys=True)) != sorted(after.edges(n, keys=True))}


def test_turtle_blocks_render_only_the_subjects_a_changed_file_changed(tmp_path):
    from kg.blocks import TurtleBlocks
    from kg.pipeline import build as build_graph
    from kg.rdf import serialize

    folder, store = pages(tmp_path), tmp_path / "t.blocks"
    before, _ = build_graph([str(folder)])
    first = TurtleBlocks(store, "v1")
    assert first.turtle(before) == serialize(before, "turtle") and first.rendered == before.number_of_nodes()
    first.save()
    (folder / "b.txt").write_text(OTHER.replace("陈立新", "周正华"), encoding="utf-8")
    after, _ = build_graph([str(folder)])
    again = TurtleBlocks(store, "v1")
    assert again.turtle(after) == serialize(after, "turtle")
    assert again.rendered == len(changed_subjects(before, after)) < after.number_of_nodes() / 2
    assert 0 < again.rendered
    again.save()
    unchanged = TurtleBlocks(store, "v1")
    assert unchanged.turtle(after) == serialize(after, "turtle") and unchanged.rendered == 0
    # another kg renders every subject anew, and so does a store that does not read back whole
    assert TurtleBlocks(store, "v2").turtle(after) == serialize(after, "turtle")
    whole = store.read_bytes()
    for broken in (whole[:len(whole) // 2], whole[:-1] + bytes([whole[-1] ^ 1])):
        store.write_bytes(broken)
        blocks = TurtleBlocks(store, "v1")
        assert blocks.turtle(after) == serialize(after, "turtle") and blocks.rendered == after.number_of_nodes()


def test_a_build_reads_graph_parts_alone_from_the_cache(tmp_path, own_cache):
    """kg build caches each document's graph part; a rebuild reads those, not the extractions,
    and an entry that kg extract made (no parts) still gives a build the same bytes."""
    folder = pages(tmp_path)
    assert invoke("extract", folder, "-o", tmp_path / "records", "-j", 1).exit_code == 0
    tally = Tally()
    assert all(r.extraction is not None and r.part is None
               for r in run([str(folder)], cache=Cache(own_cache), tally=tally, light=True))
    assert tally.cached == 3
    _, clean = build(folder, tmp_path / "clean", "--no-cache")
    assert build(folder, tmp_path / "out")[1] == clean
    (folder / "a.txt").write_text(TEXT + "\n", encoding="utf-8")  # a new entry, made by a build: with parts
    _, clean = build(folder, tmp_path / "clean", "--no-cache")
    assert build(folder, tmp_path / "out")[1] == clean
    results = {r.name: r for r in run([str(folder)], cache=Cache(own_cache), light=True)}
    assert results["a.txt"].extraction is None and results["a.txt"].part is not None
    assert results["b.txt"].extraction is not None  # from kg extract's entry
    assert build(folder, tmp_path / "out")[1] == clean
    full = {r.name: r for r in run([str(folder)], cache=Cache(own_cache))}
    assert full["a.txt"].extraction is not None and full["a.txt"].chars == len(full["a.txt"].extraction.doc.text)


def test_cached_files_after_one_a_worker_extracts_are_read_meanwhile(tmp_path, monkeypatch):
    """With workers, the cached files after a changed one are read while a worker extracts it
    (not after), and the Results still come in input order."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(6):
        (folder / f"p{i}.txt").write_text(TEXT.replace("张建国", "张建" + "一二三四五六"[i]), encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    list(run([str(folder)], cache=cache, jobs=2, light=True))
    (folder / "p1.txt").write_text(OTHER, encoding="utf-8")
    log, keys = [], {cache.key(Task(str(p), p.name)): p.name for p in sorted(folder.iterdir())}
    real_read, real_outcomes = kg.cache._cached, kg.cache.outcomes

    def read(cache, key, *how):
        log.append(f"read {keys.get(key)}")
        return real_read(cache, key, *how)

    def outcomes(tasks, **how):
        for out in real_outcomes(tasks, **how):
            log.append("extracted")
            yield out

    monkeypatch.setattr(kg.cache, "_cached", read)
    monkeypatch.setattr(kg.cache, "outcomes", outcomes)
    tally = Tally()
    names = [r.name for r in run([str(folder)], cache=cache, jobs=2, light=True, tally=tally)]
    assert names == [f"p{i}.txt" for i in range(6)] and (tally.cached, tally.extracted) == (5, 1)
    assert log == ["read p0.txt", "read p2.txt", "read p3.txt", "read p4.txt", "read p5.txt", "extracted"]


def test_a_graph_part_that_cannot_be_made_leaves_the_build_to_add_the_page(tmp_path, monkeypatch):
    import kg.graph

    folder = pages(tmp_path)
    _, clean = build(folder, tmp_path / "clean", "--no-cache")
    real = kg.graph.document_part

    def broken(ex):
        if ex.doc.name == "b.txt":
            raise RuntimeError("a bug in the graph")
        return real(ex)

    monkeypatch.setattr(kg.graph, "document_part", broken)
    again, graph = build(folder, tmp_path / "out", "--cache", tmp_path / "cache")
    assert "0 failed; 0 from cache, 3 extracted;" in again and graph == clean


def test_a_build_from_the_cache_pauses_the_collector_and_leaves_it_on(tmp_path):
    """A build that reads (nearly) all its files from the cache unpickles plain data: the cyclic
    garbage collector is paused meanwhile (no full collection over all it holds), and on again
    when it is done; a build that extracts more, here or in workers, keeps it on."""
    import gc

    folder, cache = pages(tmp_path), Cache(tmp_path / "cache")
    assert gc.isenabled()
    assert [gc.isenabled() for _ in run([str(folder)], cache=cache, light=True, jobs=2)] == [True] * 3
    shutil.rmtree(tmp_path / "cache")
    assert [gc.isenabled() for _ in run([str(folder)], cache=cache, light=True)] == [True] * 3
    assert [gc.isenabled() for _ in run([str(folder)], cache=cache, light=True)] == [False] * 3
    assert gc.isenabled()
    assert [gc.isenabled() for _ in run([str(folder)], cache=cache)] == [True] * 3  # kg extract's
    (folder / "b.txt").write_text(OTHER.replace("陈立新", "周正华"), encoding="utf-8")
    assert [gc.isenabled() for _ in run([str(folder)], cache=cache, light=True)] == [True] * 3
    stopped = run([str(folder)], cache=cache, light=True)
    assert next(stopped) and not gc.isenabled()
    stopped.close()  # a build stopped halfway
    assert gc.isenabled()
