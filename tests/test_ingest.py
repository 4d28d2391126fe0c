"""kg.ingest: decoding, sidecars, directory expansion, and problems reported by file name."""
import json
import os
from pathlib import Path

import pytest

from kg.ingest import InputError, InputWarning, decode, iter_inputs, load, read_meta

TEXT = "本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协主席张建国主持召开主席会议。"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("gbk"),
    TEXT.encode("gb18030"),
], ids=["utf-8", "utf-8-bom", "gbk", "gb18030"])
def test_decode(data):
    assert decode(data, "x.txt") == TEXT


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02PK\x03\x04" * 10,
    TEXT.encode("utf-8") + b"\x00" + TEXT.encode("utf-8"),
    b"\xff\xfe\xff\xfe\x80",
], ids=["nul", "nul-inside-text", "undecodable"])
def test_decode_refuses_non_text(data):
    with pytest.raises(InputError, match=r"pages/bad\.txt"):
        decode(data, "pages/bad.txt")


def test_iter_inputs_expands_directories_recursively_and_sorted(tmp_path):
    for rel in ("b.txt", "a.txt", "sub/c.txt", "notes.md", "a.meta.json"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")
    got = list(iter_inputs([str(tmp_path), "-", "other.txt"]))
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt"),
                   "-", "other.txt"]


def test_load_reads_and_normalizes(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes(("本报绵阳讯（通讯员刘 伟）6 月 12日，" + TEXT).encode("gbk"))
    doc = load(str(path))
    assert doc.name == "p.txt"
    assert doc.text.startswith("本报绵阳讯(通讯员刘伟)6月12日,")
    assert doc.original.startswith("本报绵阳讯（通讯员刘 伟）")
    assert doc.pub_date is None and doc.place is None


def test_load_sidecar(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    meta = {"date": "2024-06-28", "place": "北川", "source": "民主协商报 3版", "paper": "民主协商报"}
    (tmp_path / "p.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    doc = load(str(path), date="2020-01-01", place="岳阳市")
    assert (doc.pub_date, doc.place, doc.source, doc.paper) == ("2024-06-28", "北川", "民主协商报 3版", "民主协商报")


def test_load_defaults_apply_without_sidecar(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = load(str(path), date="2024-06-28", place="北川")
    assert (doc.pub_date, doc.place) == ("2024-06-28", "北川")


@pytest.mark.parametrize("content, message", [
    ('["not", "an", "object"]', "JSON object"),
    ("{not json", "unreadable sidecar"),
])
def test_bad_sidecar_is_an_input_error_naming_it(tmp_path, content, message):
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "p.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_meta(path)
    assert "p.meta.json" in str(info.value)


@pytest.mark.parametrize("date", ["28/06/2024", "2024-02-30", "2024-13-45", "2023-02-29", "２０２４-06-01",
                                  "yesterday", 20240601])
def test_sidecar_date_that_is_no_real_day_is_dropped_with_a_warning(tmp_path, date):
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "p.meta.json").write_text(json.dumps({"date": date, "place": "北川"}), encoding="utf-8")
    warnings = []
    doc = load(str(path), date="2024-06-28", warnings=warnings)
    assert doc.pub_date == "2024-06-28" and doc.place == "北川"
    [warning] = warnings
    assert "p.meta.json" in warning and str(date) in warning


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", b"\xef\xbb\xbf"])
def test_empty_file_is_a_warning_naming_it(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputWarning, match="empty.txt"):
        load(str(path))


def test_unreadable_file_is_an_error_naming_it(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(InputError, match=r"locked\.txt.*Permission denied"):
        load(str(path))


def test_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(InputError, match="nowhere.txt"):
        load(str(tmp_path / "nowhere.txt"))


def test_directory_named_like_a_text_file_is_an_error(tmp_path):
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(InputError, match="x.txt"):
        load(str(tmp_path / "x.txt"))


def test_stdin(monkeypatch):
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(TEXT.encode("gbk"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    doc = load("-")
    assert doc.name == "<stdin>" and doc.text == TEXT


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_decode_utf16_and_utf32_with_a_bom(codec):
    import codecs

    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[codec]
    assert decode(bom + TEXT.encode(codec), "x.txt") == TEXT


def test_find_inputs_accounts_for_everything(tmp_path):
    from kg.ingest import find_inputs

    for rel in ("a/p.txt", "b/p.TXT", "b/q.Txt", "b/q.meta.json", "b/readme.md"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")
    found = find_inputs([str(tmp_path), str(tmp_path / "b" / "q.Txt"), "-", "-"])
    got = [(Path(f.item).relative_to(tmp_path).as_posix() if f.item != "-" else "-", f.name, f.skipped)
           for f in found]
    assert got == [("a/p.txt", "a/p.txt", None), ("b/p.TXT", "b/p.TXT", None), ("b/q.Txt", "q.Txt", None),
                   ("b/readme.md", "", "not a kind kg reads"), ("b/q.Txt", "", "given twice"),
                   ("-", "<stdin>", None), ("-", "", "stdin given twice")]


def test_find_inputs_follows_symbolic_links_in_a_folder(tmp_path):
    from kg.ingest import find_inputs

    folder, elsewhere = tmp_path / "d", tmp_path / "e"
    folder.mkdir(), elsewhere.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (elsewhere / "o.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(elsewhere / "p")
    (folder / "z.txt").symlink_to(folder / "a.txt")  # the same file as a.txt
    (folder / "l.txt").symlink_to(elsewhere / "o.txt")
    (folder / "pipe.txt").symlink_to(elsewhere / "p")
    (folder / "gone.txt").symlink_to(elsewhere / "gone.txt")  # fails when read, as any unreadable file
    got = [(Path(f.item).name, f.skipped) for f in find_inputs([str(folder)])]
    assert got == [("a.txt", None), ("gone.txt", None), ("l.txt", None), ("pipe.txt", "not a regular file"),
                   ("z.txt", "given twice")]


def test_find_inputs_names_two_files_of_one_name_by_their_paths(tmp_path):
    from kg.ingest import find_inputs

    for rel in ("x/2024/p.txt", "x/2025/p.txt", "y/p.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    names = [f.name for f in find_inputs([str(tmp_path / "x"), str(tmp_path / "y")])]
    assert names == ["x/2024/p.txt", "x/2025/p.txt", "y/p.txt"]


def test_find_inputs_names_never_clash_case_aside(tmp_path):
    from kg.ingest import find_inputs

    for rel in ("p.txt", "P.TXT"):
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    assert [f.name for f in find_inputs([str(tmp_path)])] == ["P.TXT", "p~2.txt"]


def test_files_of_unknown_kinds_are_named_one_line_each_or_one_line_a_kind(tmp_path):
    """A few files of a kind kg does not read get a warning each; a crawl's many images one
    warning naming the first three; the summary counts every one."""
    from click.testing import CliRunner

    from kg.cli import cli

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text(TEXT, encoding="utf-8")
    for name in ("a.docx", "b.DOCX", "x.pdf", *(f"img{i}.jpg" for i in range(40))):
        (pages / name).write_bytes(b"\x00")
    result = CliRunner().invoke(cli, ["extract", str(pages), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"kg: warning: {pages / 'a.docx'}: not a kind kg reads, not read",
        f"kg: warning: {pages / 'b.DOCX'}: not a kind kg reads, not read",
        f"kg: warning: 40 .jpg files are not a kind kg reads, not read: {pages / 'img0.jpg'}, "
        f"{pages / 'img1.jpg'}, {pages / 'img10.jpg'} and 37 more",
        f"kg: warning: {pages / 'x.pdf'}: not a kind kg reads, not read"]
    assert result.stdout.startswith("44 inputs found: 1 read (1 text), 43 skipped (43 not a kind kg reads), 0 failed")


def test_a_binary_file_named_on_the_command_line_says_what_kg_reads(tmp_path):
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04\x00\x00" * 10)
    (tmp_path / "bad.txt").write_bytes(b"PK\x03\x04\x00\x00" * 10)
    with pytest.raises(InputError, match=r"report\.docx: binary file \(NUL bytes\), not text \(kg reads text, HTML "
                                         r"pages, JSON Lines and web archives\); skipped$"):
        load(str(tmp_path / "report.docx"))
    with pytest.raises(InputError, match=r"bad\.txt: binary file \(NUL bytes\), not text; skipped$"):
        load(str(tmp_path / "bad.txt"))


def test_the_files_kg_keeps_beside_an_output_folder_are_never_inputs(tmp_path):
    """`kg extract pages -o pages/out` keeps its lock, staging and old output beside out/."""
    from kg.ingest import find_inputs

    for rel in ("p.txt", ".out.kg-lock", ".out.kg-staging/q.txt", ".out.kg-old/r.txt", ".kg-staging/s.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    assert [(Path(f.item).name, f.skipped) for f in find_inputs([str(tmp_path)])] == [("p.txt", None)]


def test_a_pipe_is_never_opened_to_see_whether_it_is_a_page(tmp_path):
    """`kg extract <(zcat p.txt.gz)`: what is read to tell a page would be lost to the text."""
    import os
    import threading

    from kg.ingest import kind

    fifo = tmp_path / "63"
    os.mkfifo(fifo)
    kinds = []
    looker = threading.Thread(target=lambda: kinds.append(kind(str(fifo))), daemon=True)
    looker.start()
    looker.join(5)  # opening a pipe no one writes would block
    assert kinds == ["text"]
