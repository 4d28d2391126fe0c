"""The file index (`kg.file_index`): a cached run does not read again the files that did not
change since the last run of the same inputs, yet every change is seen: new bytes, a sidecar,
a file rewritten with its old size and modification time, a file written just before the last
run (racily clean), another kg; an index that does not read back whole is ignored."""
import json
import os
from pathlib import Path

import pytest

import kg.file_index
from kg.cache import Cache
from kg.file_index import FileIndex
from kg.pipeline import Tally, run
from test_cache import OTHER, pages

HOUR = 3600 * 10**9


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """The files each run reads to hash them, by name (cleared by `cached_run`)."""
    seen: list[str] = []
    real = kg.file_index._hashed

    def hashing(item):
        seen.append(Path(item).name)
        return real(item)

    monkeypatch.setattr(kg.file_index, "_hashed", hashing)
    return seen


@pytest.fixture
def later(monkeypatch):
    """Runs that begin an hour from now: the files the test wrote have settled."""
    real = kg.file_index._now
    monkeypatch.setattr(kg.file_index, "_now", lambda: real() + HOUR)


def cached_run(folder: Path, cache: Cache, hashed: list[str]) -> tuple[list[str], tuple[int, int], dict]:
    """One cached run of `folder`: the files it hashed, (from cache, extracted), the texts read."""
    hashed.clear()
    tally = Tally()
    texts = {r.name: r.extraction.doc.text for r in run([str(folder)], cache=cache, tally=tally)}
    return sorted(hashed), (tally.cached, tally.extracted), texts


def test_an_unchanged_file_is_not_read_again(tmp_path, hashed, later):
    folder, cache = pages(tmp_path), Cache(tmp_path / "cache")
    assert cached_run(folder, cache, hashed)[:2] == (["a.txt", "b.txt", "c.jsonl"], (0, 3))
    assert cached_run(folder, cache, hashed)[:2] == ([], (3, 0))
    (folder / "b.txt").write_text(OTHER.replace("陈立新", "周正华") + "\n", encoding="utf-8")
    names, counts, texts = cached_run(folder, cache, hashed)
    assert (names, counts) == (["b.txt"], (2, 1)) and "周正华" in texts["b.txt"]
    (folder / "a.meta.json").write_text(json.dumps({"date": "2024-06-13"}), encoding="utf-8")  # part of a.txt
    assert cached_run(folder, cache, hashed)[:2] == (["a.txt"], (2, 1))
    assert cached_run(folder, cache, hashed)[:2] == ([], (3, 0))
    (folder / "a.meta.json").unlink()  # a sidecar gone changes a.txt's too
    assert cached_run(folder, cache, hashed)[:2] == (["a.txt"], (3, 0))


def test_a_file_rewritten_with_its_size_and_modification_time_is_read_again(tmp_path, hashed, later):
    folder, cache = pages(tmp_path), Cache(tmp_path / "cache")
    cached_run(folder, cache, hashed)
    b = folder / "b.txt"
    before = os.stat(b)
    b.write_text(OTHER.replace("陈立新", "周正华"), encoding="utf-8")  # as many bytes
    os.utime(b, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `touch -d` would set it back
    assert (os.stat(b).st_size, os.stat(b).st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    names, counts, texts = cached_run(folder, cache, hashed)
    assert (names, counts) == (["b.txt"], (2, 1)) and "周正华" in texts["b.txt"]


def test_a_file_written_just_before_a_run_is_read_again_by_the_next(tmp_path, hashed):
    """Racily clean: a file the last run saw in the clock tick it was written in could have been
    written again since with the same size and times; it is hashed until it has settled."""
    folder, cache = pages(tmp_path), Cache(tmp_path / "cache")
    assert cached_run(folder, cache, hashed)[:2] == (["a.txt", "b.txt", "c.jsonl"], (0, 3))
    assert cached_run(folder, cache, hashed)[:2] == (["a.txt", "b.txt", "c.jsonl"], (3, 0))


def test_another_kg_reads_every_file_again(tmp_path, hashed, later):
    """The index is of one kg: a stat that matches is never trusted across a fingerprint change."""
    folder = pages(tmp_path)
    cached_run(folder, Cache(tmp_path / "cache", "v1"), hashed)
    assert cached_run(folder, Cache(tmp_path / "cache", "v1"), hashed)[0] == []
    assert cached_run(folder, Cache(tmp_path / "cache", "v2"), hashed)[:2] == (["a.txt", "b.txt", "c.jsonl"], (0, 3))
    assert cached_run(folder, Cache(tmp_path / "cache", "v1"), hashed)[:2] == (["a.txt", "b.txt", "c.jsonl"], (3, 0))


def test_an_index_that_does_not_read_back_whole_is_ignored(tmp_path, hashed, later):
    folder, cache = pages(tmp_path), Cache(tmp_path / "cache")
    _, _, texts = cached_run(folder, cache, hashed)
    [index] = (tmp_path / "cache" / "files").glob("*.index")
    whole = index.read_bytes()
    flipped = whole[:-10] + bytes([whole[-10] ^ 1]) + whole[-9:]  # a bit of the last file's digest
    for broken in (whole[:len(whole) // 2], flipped, b"", b"\0" * 100):
        index.write_bytes(broken)
        assert cached_run(folder, cache, hashed) == (["a.txt", "b.txt", "c.jsonl"], (3, 0), texts)
        assert index.read_bytes() == whole  # written again
    index.unlink()
    index.mkdir()  # nor can it be written: the run goes on, and says why once
    assert cached_run(folder, cache, hashed) == (["a.txt", "b.txt", "c.jsonl"], (3, 0), texts)
    assert cache.problem.startswith("cannot write the cache in ")


def test_the_index_holds_the_files_of_the_last_run(tmp_path, hashed, later):
    folder, cache = pages(tmp_path), Cache(tmp_path / "cache")
    cached_run(folder, cache, hashed)
    (folder / "c.jsonl").unlink()
    cached_run(folder, cache, hashed)
    [index] = (tmp_path / "cache" / "files").glob("*.index")
    assert sorted(Path(item).name for item in FileIndex(index, cache.version).kept) == ["a.txt", "b.txt"]
    assert cached_run(Path(folder), cache, hashed)[0] == []
