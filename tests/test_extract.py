"""kg.extract (and the whole chain): spans back into the original, page dates, determinism."""
import json
import os
import re
import subprocess
import sys

import pytest

from kg.extract import extract
from kg.normalize import normalize
from kg.pipeline import extract_text, run
from kg.record import to_record

_WS = re.compile(r"[ \n\r\t\u3000]")


def check_offsets(ex) -> int:
    """Every mention's text is its slice of doc.text and, spaces aside, of the original."""
    doc = ex.doc
    n = 0
    for m in ex.mentions:
        assert doc.text[m.start:m.end] == m.text, m
        s, e = doc.original_span(m.start, m.end)
        assert 0 <= s <= e <= len(doc.original), m
        assert _WS.sub("", doc.original[s:e]) == m.text.replace(" ", ""), (m, doc.original[s:e])
        n += 1
    return n


def test_offset_invariant_on_the_sample(sample_results):
    counts = [check_offsets(r.extraction) for r in sample_results]
    assert all(n > 50 for n in counts), counts


def test_offset_invariant_on_the_shared_corpus(shared_corpus):
    results = list(run([str(shared_corpus / "corpus")]))
    assert results and all(r.extraction for r in results)
    assert sum(check_offsets(r.extraction) for r in results) > 100


@pytest.mark.parametrize("text", [
    "本报绵阳讯（通讯员刘 伟）6 月 12日，绵阳市政协党组书记、主席张建国主持召开会议。",
    "会议强调,全市各级政协组织要认真学\n\n习贯彻讲话精神。赵雁冰 王佳琪 摄影报道",
    "2 综 合 2024年8月9日 星期五 责任编辑：林小雨\r\n\r\n嘉峪关市政协召开党组（扩大）会议\r\n本报嘉峪关讯（通讯员苏 天泰）8 月 6日，会议召开。",
])
def test_offset_invariant_on_awkward_text(text):
    assert check_offsets(extract_text(text)) > 0


def test_spans_in_records_cut_the_original(sample_results):
    for r in sample_results:
        doc = r.extraction.doc
        record = to_record(r.extraction)
        assert record["mentions"]
        for m in record["mentions"]:
            s, e = m["span"]
            assert _WS.sub("", doc.original[s:e]) == m["text"].replace(" ", "")
        for ev in record["evidence"]:
            s, e = ev["span"]
            assert 0 <= s < e <= len(doc.original)


def test_position_spans_lie_in_the_text(sample_results):
    for r in sample_results:
        ex = r.extraction
        for p in ex.positions:
            assert 0 <= p.start < p.end <= len(ex.doc.text)
            assert p.person in ex.doc.text[p.start:p.end]


def test_people_in_positions_and_events_are_persons(sample_results):
    for r in sample_results:
        record = to_record(r.extraction, spans=False)
        persons = set(record["persons"])
        assert {p["person"] for p in record["positions"]} <= persons
        assert {n for e in record["events"] for n in e["leaders"] + e["attendees"]} <= persons


def test_publication_date_from_the_page_header():
    page = ("\n2 综 合 2024年8月9日 星期五 责任编辑：林小雨 联系电话：028—12345678\n\n"
            "绵阳市政协召开党组（扩大）会议\n本报绵阳讯（通讯员王晓梅）8月6日，绵阳市政协党组书记、主席张建国"
            "主持召开市政协党组（扩大）会议。\n")
    ex = extract(normalize(page))
    assert ex.doc.pub_date == "2024-08-09"
    assert [e.date for e in ex.events] == ["2024-08-06"]
    assert all("责任编辑" not in ex.doc.text[a.start:a.end] for a in ex.articles)


def test_given_publication_date_is_kept():
    ex = extract_text("本报绵阳讯(通讯员王晓梅)8月6日,绵阳市政协召开主席会议。", pub_date="2023-08-09")
    assert ex.doc.pub_date == "2023-08-09"
    assert [e.date for e in ex.events] == ["2023-08-06"]


def test_sample_publication_dates(sample_results):
    assert [r.extraction.doc.pub_date for r in sample_results] == [None, None, "2024-06-28"]


def _json(ex) -> str:
    return json.dumps(to_record(ex), ensure_ascii=False, sort_keys=False)


def test_same_input_twice_gives_identical_json(sample_corpus):
    text = (sample_corpus / "sample_01.txt").read_text(encoding="utf-8")
    first = _json(extract_text(text, "sample_01.txt"))
    second = _json(extract_text(text, "sample_01.txt"))
    assert first == second
    again = [_json(r.extraction) for r in run([str(sample_corpus)])]
    assert [_json(r.extraction) for r in run([str(sample_corpus)])] == again


def test_output_does_not_depend_on_the_hash_seed(tmp_path, sample_corpus):
    """Two processes with different PYTHONHASHSEEDs write byte-identical records."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "extract", "--sample", "-o", str(out)],
                       check=True, env=env, capture_output=True)
        outs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.json"))})
    assert len(outs[0]) == 3
    assert outs[0] == outs[1]
