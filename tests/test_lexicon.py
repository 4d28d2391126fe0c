"""jieba's dictionary as kg reads it (`kg.jieba_dict`): the same words and segmentation as jieba,
a snapshot in this user's cache folder that is used when it is the dictionary's and made again
when the dictionary changes, and a parse of dict.txt when no snapshot can be kept."""
import os
import subprocess
import sys
from pathlib import Path

import jieba
import pytest

import kg
from kg import jieba_dict

LOAD = "from kg.lexicon import jieba_cut; print(jieba_cut('定西市政协主席'))"

# An invented dictionary: words, a prefix that is no word (甲乙丙 has 甲乙, not 甲), a word of
# frequency 0, a word listed twice, and letters and digits.
SMALL = ("甲乙 50 n\n甲乙丙 30 nr\n乙丙 80 v\n丙丁 20 ns\n丁 5 q\n戊己 0 n\n乙丙 90 v\n"
         "ab 10 eng\n12 7 m\n乙丙丁戊 4 nz\n")
TEXTS = ["甲乙丙丁", "甲乙丙丁戊己", "乙丙丁戊己庚", "ab12甲乙 丙丁\r\n戊", "x甲y乙-丙_丁", "", "。甲乙,乙丙丁戊。",
         "丙丁丙丁丙", "a1b2c3甲乙丙"]


def _jieba(path, tmp_path):
    tok = jieba.Tokenizer(dictionary=str(path))
    tok.tmp_dir = str(tmp_path)
    tok.initialize()
    return tok


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_words_total_and_cut_are_jiebas(small, tmp_path):
    d = jieba_dict.load(str(small), None)
    tok = _jieba(small, tmp_path)
    assert d.total == tok.total
    assert d["乙丙"] == ("v", 90) and d.tag("甲乙丙") == "nr" and d.get("戊己") == ("n", 0)
    assert "甲" not in d and "乙丙丁" not in d and d.get("甲", 1) == 1 and d.tag("", "x") == "x"
    with pytest.raises(KeyError):
        d["甲"]
    for text in TEXTS:
        assert d.cut(text) == list(tok.cut(text, HMM=False)), text


def test_cut_on_jiebas_own_dictionary(tmp_path):
    d = jieba_dict.load(jieba_dict.dict_path(), None)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(tmp_path)
    text = ("本报讯 3月2日,某某县政协主席张某某主持召开主席会议,研究部署2024年重点工作。"
            "会议指出,要坚持以人民为中心的发展思想,扎实推进乡村振兴……COVID-19 防控 A+B 5G网络")
    assert d.cut(text) == list(tok.cut(text, HMM=False))
    assert d.total == tok.total


def test_the_snapshot_is_written_and_then_read_instead_of_the_dictionary(small, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    first = jieba_dict.load(str(small), str(folder))
    assert Path(jieba_dict.snapshot_of(str(folder), str(small))).is_file()

    def no_parse(path):
        raise AssertionError("the dictionary was parsed although its snapshot is there")

    monkeypatch.setattr(jieba_dict, "parse", no_parse)
    again = jieba_dict.load(str(small), str(folder))
    assert not again.shards  # nothing unpacked before it is asked for
    assert again.cut("甲乙丙丁戊己") == first.cut("甲乙丙丁戊己") and again.get("丙丁") == ("ns", 20)
    assert set(again.shards) == {"甲", "乙", "丙", "丁", "戊", "己"}


def test_a_changed_dictionary_makes_a_new_snapshot(small, tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    assert "庚辛" not in jieba_dict.load(str(small), str(folder))
    small.write_text(SMALL + "庚辛 12 n\n", encoding="utf-8")
    assert jieba_dict.load(str(small), str(folder)).get("庚辛") == ("n", 12)
    assert jieba_dict.load(str(small), str(folder)).get("庚辛") == ("n", 12)  # from the new snapshot


def test_two_dictionaries_keep_a_snapshot_each_and_a_gone_ones_is_removed(small, tmp_path, monkeypatch):
    """kg in two environments (two jieba installs) reads each its own snapshot, not the other's
    made again at each turn; a snapshot whose dictionary is gone is removed when one is written."""
    folder = tmp_path / "cache"
    folder.mkdir()
    other = tmp_path / "other" / "dict.txt"
    other.parent.mkdir()
    other.write_text(SMALL + "庚辛 12 n\n", encoding="utf-8")
    jieba_dict.load(str(small), str(folder))
    jieba_dict.load(str(other), str(folder))
    real, parsed = jieba_dict.parse, []
    monkeypatch.setattr(jieba_dict, "parse", lambda path: parsed.append(path) or real(path))
    for _ in range(2):
        assert jieba_dict.load(str(small), str(folder)).get("庚辛") is None
        assert jieba_dict.load(str(other), str(folder)).get("庚辛") == ("n", 12)
    assert parsed == []
    other.unlink()
    third = tmp_path / "third.txt"
    third.write_text(SMALL, encoding="utf-8")
    jieba_dict.load(str(third), str(folder))
    assert sorted(os.listdir(folder)) == sorted(os.path.basename(jieba_dict.snapshot_of(str(folder), str(d)))
                                                for d in (small, third))


def test_a_broken_snapshot_is_made_again(small, tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    jieba_dict.load(str(small), str(folder))
    snapshot = Path(jieba_dict.snapshot_of(str(folder), str(small)))
    snapshot.write_bytes(snapshot.read_bytes()[:-40])
    assert jieba_dict.load(str(small), str(folder)).get("丙丁") == ("ns", 20)
    assert jieba_dict.load(str(small), str(folder)).get("丙丁") == ("ns", 20)


def test_no_cache_folder_or_an_unwritable_one_parses_the_dictionary(small, tmp_path):
    assert jieba_dict.load(str(small), None).get("甲乙") == ("n", 50)
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert jieba_dict.load(str(small), str(blocker)).get("甲乙") == ("n", 50)  # a file, not a folder
    assert sorted(os.listdir(tmp_path)) == ["dict.txt", "file"]  # nothing written


def _load(env_extra, prelude=""):
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "HOME")} | env_extra
    return subprocess.run([sys.executable, "-c", prelude + LOAD], capture_output=True, text=True, env=env,
                          timeout=120)


def test_the_snapshot_goes_to_the_users_cache_folder(tmp_path):
    proc = _load({"XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert Path(jieba_dict.snapshot_of(str(tmp_path / "cache" / "kg"), jieba_dict.dict_path())).is_file()
    assert proc.stderr == "" and "定西市" in proc.stdout


def test_no_cache_folder_at_all_prints_no_traceback(tmp_path):
    """No folder of this user's and no temp folder: the dictionary is parsed, silently."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    prelude = ("import tempfile\n"
               f"tempfile.gettempdir = lambda: {str(blocker)!r}\n"
               "def no_dir(*a, **k): raise PermissionError(13, 'Permission denied')\n"
               "tempfile.mkdtemp = no_dir\n")
    proc = _load({"XDG_CACHE_HOME": str(blocker / "cache"), "HOME": str(blocker)}, prelude)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "", proc.stderr
    assert "定西市" in proc.stdout


def test_every_data_file_says_where_it_comes_from():
    data = Path(kg.__file__).parent / "data"
    files = sorted(data.glob("*.tsv")) + sorted(data.glob("*.txt"))
    assert files
    for f in files:
        head = f.read_text(encoding="utf-8").splitlines()[:6]
        assert any(line.startswith("#") and "Source" in line for line in head), f.name
