"""The pack of a build's graph parts (`kg.parts_pack`): a rebuild reads the parts of unchanged
files from one file, not from their entries; a changed file is read or extracted alone; a pack
that does not read back whole is ignored (the entries are read) and written again."""
import pytest

from kg.cache import Cache
from kg.parts_pack import PartsPack
from test_cache import OTHER, build, pages


@pytest.fixture
def entries_read(monkeypatch) -> list[str]:
    """The cache entries read (their keys), cleared by `rebuild`."""
    keys: list[str] = []
    real = Cache.read

    def read(self, key):
        keys.append(key)
        return real(self, key)

    monkeypatch.setattr(Cache, "read", read)
    return keys


def rebuild(folder, out, entries_read) -> tuple[str, bytes, int]:
    """`kg build -j 1` with the cache: its summary's counts, graph.ttl, entries it read."""
    entries_read.clear()
    line, graph = build(folder, out)
    return line.split("failed; ")[1].split(";")[0], graph, len(entries_read)


def the_pack(cache_folder) -> PartsPack:
    [path] = (cache_folder / "parts").glob("*.pack")
    return PartsPack(path, Cache(cache_folder).version)


def test_a_rebuild_reads_no_entry_and_a_changed_file_alone_is_extracted(tmp_path, own_cache, entries_read):
    folder = pages(tmp_path)
    assert rebuild(folder, tmp_path / "out", entries_read)[::2] == ("0 from cache, 3 extracted", 0)
    assert len(the_pack(own_cache).table) == 3
    counts, graph, read = rebuild(folder, tmp_path / "out", entries_read)
    assert (counts, read) == ("3 from cache, 0 extracted", 0)
    assert graph == build(folder, tmp_path / "clean", "--no-cache")[1]
    (folder / "b.txt").write_text(OTHER.replace("陈立新", "周正华"), encoding="utf-8")
    counts, graph, read = rebuild(folder, tmp_path / "out", entries_read)
    assert (counts, read) == ("2 from cache, 1 extracted", 0) and "周正华" in graph.decode("utf-8")
    assert graph == build(folder, tmp_path / "clean", "--no-cache")[1]
    assert rebuild(folder, tmp_path / "out", entries_read)[::2] == ("3 from cache, 0 extracted", 0)
    (folder / "c.jsonl").unlink()  # the pack holds the files of the last build only
    rebuild(folder, tmp_path / "out", entries_read)
    assert len(the_pack(own_cache).table) == 2


def test_a_pack_that_does_not_read_back_whole_is_ignored_and_written_again(tmp_path, own_cache, entries_read):
    folder = pages(tmp_path)
    _, clean, _ = rebuild(folder, tmp_path / "out", entries_read)
    [path] = (own_cache / "parts").glob("*.pack")
    whole = path.read_bytes()
    last = whole[:-5] + bytes([whole[-5] ^ 1]) + whole[-4:]  # a bit of the last section
    in_table = len(whole) - sum(length for _, length, _ in the_pack(own_cache).table.values()) - 5
    table = whole[:in_table] + bytes([whole[in_table] ^ 1]) + whole[in_table + 1:]
    for broken, entries in ((last, 1), (whole[:-10], 1), (table, 3), (whole[:40], 3), (b"", 3)):
        path.write_bytes(broken)
        assert rebuild(folder, tmp_path / "out", entries_read) == ("3 from cache, 0 extracted", clean, entries)
        assert path.read_bytes() == whole
    path.write_bytes(whole)
    assert rebuild(folder, tmp_path / "out", entries_read) == ("3 from cache, 0 extracted", clean, 0)


def test_kg_extract_neither_reads_nor_writes_the_pack(tmp_path, own_cache, entries_read):
    """kg extract needs extractions, which a pack does not hold: it reads the entries."""
    from test_cache import invoke

    folder = pages(tmp_path)
    rebuild(folder, tmp_path / "out", entries_read)
    before = the_pack(own_cache).table
    entries_read.clear()
    assert invoke("extract", folder, "-o", tmp_path / "records", "-j", 1).exit_code == 0
    assert len(entries_read) == 3 and the_pack(own_cache).table == before


def test_a_pack_lacking_few_sections_is_not_written_again(tmp_path, own_cache, entries_read):
    """A few changed files are read from their entries rather than all files' sections written
    again; more than one in 32 and the pack is written again, with the build's files alone."""
    from test_cache import TEXT

    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(40):
        (folder / f"p{i:02}.txt").write_text(TEXT.replace("张建国", "张建" + chr(0x4e00 + i)), encoding="utf-8")
    rebuild(folder, tmp_path / "out", entries_read)
    [path] = (own_cache / "parts").glob("*.pack")
    whole = path.read_bytes()
    (folder / "p07.txt").write_text(OTHER, encoding="utf-8")
    assert rebuild(folder, tmp_path / "out", entries_read)[::2] == ("39 from cache, 1 extracted", 0)
    assert path.read_bytes() == whole
    assert rebuild(folder, tmp_path / "out", entries_read)[::2] == ("40 from cache, 0 extracted", 1)
    (folder / "p08.txt").write_text(OTHER.replace("陈立新", "周正华"), encoding="utf-8")
    assert rebuild(folder, tmp_path / "out", entries_read)[::2] == ("39 from cache, 1 extracted", 1)
    assert path.read_bytes() != whole and len(the_pack(own_cache).table) == 40
    assert rebuild(folder, tmp_path / "out", entries_read)[::2] == ("40 from cache, 0 extracted", 0)
