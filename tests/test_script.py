"""Traditional script (OpenCC t2s, offsets kept).

Test texts of our own use invented names; the devset tests render ../shared/devset in
traditional script and in other encodings in a tmp folder.
"""
import shutil

import opencc
import pytest

from kg.evaluate import FIELDS, GoldSet, score_set
from kg.normalize import TRADITIONAL_SHARE, normalize, original_form, to_simplified
from kg.pipeline import extract_text, run
from kg.record import to_record

from test_extract import check_offsets, offset_problems

S2T = opencc.OpenCC("s2t")
TRADITIONAL = "本報柳溪訊 6月25日,柳溪縣政協主席龐文達主持召開主席會議,副主席鄭曉嵐、盧國棟出席。"


def test_a_traditional_page_is_extracted_in_simplified():
    ex = extract_text(TRADITIONAL)
    assert ex.doc.simplified is not None and len(ex.doc.simplified) == len(ex.doc.original)
    assert ex.doc.original == TRADITIONAL and "政协主席庞文达" in ex.doc.text
    record = to_record(ex)
    assert record["persons"] == ["庞文达", "郑晓岚", "卢国栋"]
    assert record["events"][0]["leaders"] == ["庞文达"] and record["events"][0]["name"] == "主席会议"
    check_offsets(ex)


def test_a_mention_keeps_the_form_the_page_writes():
    record = to_record(extract_text(TRADITIONAL))
    forms = {m["canonical"]: m["text"] for m in record["mentions"]}
    assert forms["庞文达"] == "龐文達" and forms["卢国栋"] == "盧國棟"
    for m in record["mentions"]:  # the span cuts the traditional form from the original
        s, e = m["span"]
        assert TRADITIONAL[s:e] == m["text"]


def test_a_simplified_page_is_left_as_it_is():
    text = "本报柳溪讯 乾隆年间的古桥旁,柳溪县政协主席庞文达主持召开主席会议。"
    assert to_simplified(text) is None
    doc = normalize(text)
    assert doc.simplified is None and doc.text == text
    assert original_form(doc, 0, 4) == "本报柳溪"


def test_the_share_that_decides_the_script():
    assert to_simplified("abc 123") is None
    mixed = "柳溪县政协主席庞文达主持召开会议" * 30 + "會議"  # two changed characters in 482
    assert to_simplified(mixed) is None and 2 < TRADITIONAL_SHARE * len(mixed)
    assert to_simplified(S2T.convert(mixed)) == mixed.replace("會議", "会议")


def test_conversion_keeps_one_character_for_each():
    odd = "臺灣\ud800縣政協\x00主席\r\n龐文達"  # a lone surrogate and a NUL stay in place
    out = to_simplified(odd)
    assert out is not None and len(out) == len(odd)
    assert out[0:2] == "台湾" and out[2] == "\ud800" and out[3:6] == "县政协" and out[-3:] == "庞文达"
    doc = normalize(odd)  # the two are dropped, as on any page
    assert doc.text == "台湾县政协主席\n庞文达" and doc.original[doc.offsets[2]] == "縣"


def _traditional_devset(dev, tmp_path):
    """../shared/devset with every text in OpenCC s2t, the sidecars as they are."""
    out = tmp_path / "texts"
    out.mkdir()
    for f in sorted((dev / "texts").iterdir()):
        if f.name.endswith(".meta.json"):
            shutil.copy(f, out / f.name)
        elif f.suffix == ".txt":
            (out / f.name).write_text(S2T.convert(f.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def test_the_traditional_devset_scores_as_the_simplified_one(shared_corpus, tmp_path):
    dev = shared_corpus / "devset"
    if not (dev / "gold").is_dir():
        pytest.skip("../shared/devset is absent")
    texts = _traditional_devset(dev, tmp_path)
    simplified = score_set(GoldSet("simplified", str(dev / "gold"), (str(dev / "texts"),))).report.scores
    traditional = score_set(GoldSet("traditional", str(dev / "gold"), (str(texts),))).report.scores
    gaps = {f: round(simplified[f].f1 - traditional[f].f1, 3) for f in FIELDS}
    assert all(abs(gap) <= 0.03 for gap in gaps.values()), gaps
    results = list(run([str(texts)]))
    assert all(r.extraction and r.extraction.doc.simplified is not None for r in results)
    problems = [line for r in results for line in offset_problems(r.extraction)]
    assert not problems, "\n".join(problems[:30])

