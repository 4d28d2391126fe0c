"""kg.ingest: decoding, sidecars, directory expansion, and problems reported by file name."""
import json
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
    ('{"date": "28/06/2024"}', "YYYY-MM-DD"),
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
