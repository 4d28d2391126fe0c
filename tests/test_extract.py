"""kg.extract (and the whole chain): spans back into the original, page dates, determinism."""
import json
import os
import re
import subprocess
import sys
from dataclasses import replace

import pytest

from kg.extract import extract
from kg.normalize import normalize, to_halfwidth
from kg.pipeline import extract_text, run
from kg.record import to_record

_WS = re.compile(r"[ \n\r\t\u3000]")


def offset_problems(ex) -> list[str]:
    """What breaks the offset invariant in one extraction, one line per problem.

    A mention is its slice of doc.text, and `original_span` maps it to original characters
    that normalize (full-width to half-width, whitespace aside; on a page in traditional
    script, each character converted to simplified, `Document.simplified`) to the same text; every
    post and event evidence span lies within the text; a post's span holds its person.
    """
    doc, out = ex.doc, []
    for m in ex.mentions:
        where = f"{doc.name} {m.label} {m.text!r} [{m.start}:{m.end}]"
        if doc.text[m.start:m.end] != m.text:
            out.append(f"{where}: the text there is {doc.text[m.start:m.end]!r}")
        s, e = doc.original_span(m.start, m.end)
        original = (doc.original if doc.simplified is None else doc.simplified)[s:e]
        if not 0 <= s <= e <= len(doc.original):
            out.append(f"{where}: original span [{s}:{e}] outside the original")
        elif _WS.sub("", "".join(map(to_halfwidth, original))) != _WS.sub("", m.text):
            out.append(f"{where}: original span [{s}:{e}] holds {original!r}")
    for p in ex.positions:
        if not 0 <= p.start < p.end <= len(doc.text):
            out.append(f"{doc.name} post {p}: span outside the text (length {len(doc.text)})")
        elif p.person.replace(" ", "") not in doc.text[p.start:p.end].replace(" ", ""):
            out.append(f"{doc.name} post {p}: span {doc.text[p.start:p.end]!r} lacks the person")
    for ev in ex.events:
        if not 0 <= ev.start < ev.end <= len(doc.text):
            out.append(f"{doc.name} event {ev.name!r} {ev.date}: evidence [{ev.start}:{ev.end}] outside the text "
                       f"(length {len(doc.text)})")
    for a in ex.articles:
        if not 0 <= a.start <= a.end <= len(doc.text):
            out.append(f"{doc.name} article {a.headline!r}: [{a.start}:{a.end}] outside the text")
    return out


def check_offsets(ex) -> int:
    """Assert the offset invariant; the number of mentions checked."""
    problems = offset_problems(ex)
    assert not problems, "\n".join(problems)
    return len(ex.mentions)


def test_offset_invariant_on_the_sample(sample_results):
    counts = [check_offsets(r.extraction) for r in sample_results]
    assert all(n > 50 for n in counts), counts


def test_offset_problems_name_what_breaks_the_invariant():
    ex = extract_text("本报绵阳讯 6月12日,绵阳市政协主席张建国主持召开常委会会议。")
    assert ex.mentions and ex.positions and ex.events and not offset_problems(ex)
    m, p, ev = ex.mentions[0], ex.positions[0], ex.events[0]
    ex.mentions.append(replace(m, start=m.start + 1, end=m.end + 1))
    ex.positions.append(replace(p, end=len(ex.doc.text) + 1))
    ex.events.append(replace(ev, start=0, end=0))
    problems = offset_problems(ex)  # the shifted mention breaks both of its checks
    assert len(problems) == 4, problems
    parts = ["the text there is", "original span", "span outside the text", "evidence [0:0]"]
    assert all(part in line for part, line in zip(parts, problems)), problems


@pytest.mark.parametrize("folder", ["corpus", "devset/texts"])
def test_offset_invariant_on_the_shared_folders(shared_corpus, folder):
    """Every span of every text of ../shared/corpus and ../shared/devset/texts."""
    if not (shared_corpus / folder).is_dir():
        pytest.skip(f"../shared/{folder} is absent")
    results = list(run([str(shared_corpus / folder)]))
    assert results and all(r.extraction for r in results), [r.error or r.warning for r in results if not r.extraction]
    problems = [line for r in results for line in offset_problems(r.extraction)]
    assert not problems, f"{len(problems)} offset problems:\n" + "\n".join(problems[:30])
    assert sum(len(r.extraction.mentions) for r in results) > 100


@pytest.mark.parametrize("text", [
    "本报绵阳讯（通讯员刘 伟）6 月 12日，绵阳市政协党组书记、主席张建国主持召开会议。",
    "会议强调,全市各级政协组织要认真学\n\n习贯彻讲话精神。窦雁冰 郁佳琪 摄影报道",
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


def test_short_place_names_resolve_at_the_page_date():
    """A dated page's short names are the divisions of its year (昌平 was a county until 1999)."""
    def place_of(date):
        ex = extract_text("本报北京讯 区政协委员到昌平调研。", pub_date=date)
        return next(m.key for m in ex.mentions if m.label == "PLACE" and m.text == "昌平")

    assert place_of("1995-05-01") == "昌平县"
    assert place_of("2020-05-01") == place_of(None) == "昌平区"


def test_a_post_without_its_body_gives_way_to_the_same_post_with_it():
    ex = extract_text("3月31日,公司召开党委会议。公司党委书记柏华生主持会议。柏华生书记听取汇报。")
    assert [(p.person, p.org, p.title) for p in ex.positions if p.person == "柏华生"] == [("柏华生", "公司党委", "书记")]


def test_short_forms_of_the_localitys_province_are_places(record_of):
    # no paper's province: the locality's (凤阳县, from its short form) lets 凤阳 count as a place
    text = "5月6日,县委书记周明远主持召开县委常委会会议。会议要求,奋力开创凤阳经济高质量发展新局面。\n"
    assert "凤阳县" in record_of(text)["places"]


def test_the_articles_body_is_its_first_not_its_first_cppcc(record_of):
    """A city's meeting that its CPPCC's chair attends is not the CPPCC's (a CPPCC paper's pages
    name their CPPCC first anyway)."""
    text = ("青林市新闻网讯 5月31日,我市召开全市乡镇行政区划调整工作动员大会。市委书记钱雨辰讲话。"
            "市政协主席孙立华出席。\n")
    record = record_of(text)
    assert [e["org"] for e in record["events"]] and not any("政协" in (e["org"] or "") for e in record["events"])


def test_a_court_named_short_and_in_full_is_one_court_by_its_full_name():
    text = ("甘肃省法院召开全省中级法院院长会议\n"
            "3月6日,甘肃省高级人民法院通过视频形式召开全省中级法院院长会议。省法院党组书记、院长周明远主持会议。\n")
    ex = extract_text(text, "t.txt")
    orgs = {m.key for m in ex.mentions if m.label == "ORG"}
    assert "甘肃省高级人民法院" in orgs and "甘肃省法院" not in orgs
    assert {(p.org, p.title) for p in ex.positions if p.person == "周明远"} \
        == {("甘肃省高级人民法院", "党组书记"), ("甘肃省高级人民法院", "院长")}
    assert [e.org for e in ex.events] == ["甘肃省高级人民法院"]


def test_a_site_visited_is_not_the_articles_body(record_of):
    """…、某集团等地进行实地调研观摩: a site the party went round, not the body holding the county's meeting."""
    text = ("4月16日,我县组织考察团赴外地调研观摩并召开项目建设会议。县领导周明远、钱雨辰出席会议。"
            "考察团先后到王家潭湿地公园、天贝塑胶、长青集团等地进行实地调研观摩。\n")
    assert not any(e["org"] == "长青集团" for e in record_of(text)["events"])


def test_a_name_read_short_takes_the_full_name_the_article_gives_it(record_of, triples):
    """副主任徐某某刚下飞机 read a character short (刚 no part of it), the article naming its bearer
    in full after: the full name, in the person and the posts."""
    text = ("9月19日晚,国务院国资委党委委员、副主任周明顺刚下飞机,便直接驱车来到公司。"
            "钱雨辰同志向周明顺副主任简要介绍了情况。\n")
    record = record_of(text)
    assert "周明" not in record["persons"] and ("周明顺", "国务院国资委", "副主任") in triples(record)
