"""kg.evaluate: set-per-document scoring with the comparison rules of the gold README."""
import json

import pytest

from kg.errors import InputError
from kg.evaluate import FIELDS, Score, agreement, evaluate, format_report, items


def rec(doc="a.txt", **fields) -> dict:
    base = {"doc": doc, "persons": [], "positions": [], "organizations": [], "places": [],
            "campaigns": [], "events": []}
    base.update(fields)
    return base


def event(org, date, leaders=(), name="会议", attendees=()):
    return {"org": org, "name": name, "type": "meeting", "date": date,
            "leaders": list(leaders), "attendees": list(attendees)}


def counts(report, field):
    s = report.scores[field]
    return s.tp, s.fp, s.fn


def test_fields():
    assert set(FIELDS) == {"who_led", "events", "persons", "positions", "organizations", "places", "campaigns"}


def test_lists_are_sets_per_document():
    predicted = rec(persons=["张建国", "张建国", "王晓梅"])
    gold = rec(persons=["张建国", "赵丽华"])
    assert counts(evaluate([(predicted, gold)]), "persons") == (1, 1, 1)


def test_counts_are_summed_over_documents():
    pairs = [
        (rec("a.txt", persons=["张建国"]), rec("a.txt", persons=["张建国"])),
        (rec("b.txt", persons=["张建国", "王晓梅"]), rec("b.txt", persons=["张建国"])),
        (rec("c.txt"), rec("c.txt", persons=["赵丽华"])),
    ]
    assert counts(evaluate(pairs), "persons") == (2, 1, 1)


def test_a_name_in_the_wrong_document_is_a_miss_and_a_false_alarm():
    pairs = [(rec("a.txt", persons=["张建国"]), rec("a.txt")),
             (rec("b.txt"), rec("b.txt", persons=["张建国"]))]
    assert counts(evaluate(pairs), "persons") == (0, 1, 1)


@pytest.mark.parametrize("predicted, gold", [
    ("刘 伟", "刘伟"),
    ("刘伟", "刘 伟"),
])
def test_names_compare_without_spaces(predicted, gold):
    assert counts(evaluate([(rec(persons=[predicted]), rec(persons=[gold]))]), "persons") == (1, 0, 0)


@pytest.mark.parametrize("predicted, gold", [
    ("武威市", "武威"),
    ("武威", "武威市"),
    ("肃南裕固族自治县", "肃南县"),
    ("天祝藏族自治县", "天祝县"),
    ("北川羌族自治县", "北川县"),
    ("宁夏回族自治区", "宁夏"),
    ("绵阳市", "绵阳市"),
    ("官渡村", "官渡村"),
    pytest.param("武汉市", "武汉"),
    pytest.param("天水市", "天水"),
])
def test_places_compare_on_their_core(predicted, gold):
    assert counts(evaluate([(rec(places=[predicted]), rec(places=[gold]))]), "places") == (1, 0, 0)


@pytest.mark.parametrize("predicted, gold", [
    ("武威市", "定西市"),
    ("绵阳市", "江油市"),
    ("肃南裕固族自治县", "肃北蒙古族自治县"),
])
def test_different_places_do_not_match(predicted, gold):
    assert counts(evaluate([(rec(places=[predicted]), rec(places=[gold]))]), "places") == (0, 1, 1)


@pytest.mark.parametrize("predicted, gold", [
    ("“三抓三促”行动", "三抓三促行动"),
    ("三抓三促行动", "“三抓三促”行动"),
    ("“书香政协”", "书香政协"),
    ("党纪学习教育", "党纪学习教育"),
])
def test_campaigns_compare_without_quotes(predicted, gold):
    assert counts(evaluate([(rec(campaigns=[predicted]), rec(campaigns=[gold]))]), "campaigns") == (1, 0, 0)


def test_events_compare_as_org_and_date():
    predicted = rec(events=[event("绵阳市政协", "06-12", name="市政协党组(扩大)会议"),
                            event("绵阳市政协", "06-12", name="主席会议"),
                            event("江油市政协", "06-18")])
    gold = rec(events=[event("绵阳市政协", "06-12", name="党组(扩大)会议"),
                       event("江油市政协", "06-19")])
    # names and types do not matter; the two 06-12 meetings of one body are one pair
    assert items(predicted, "events") == {("绵阳市政协", "06-12"), ("江油市政协", "06-18")}
    assert counts(evaluate([(predicted, gold)]), "events") == (1, 1, 1)


def test_who_led_compares_leader_org_date_triples():
    predicted = rec(events=[event("绵阳市政协", "06-12", ["张建国", "王晓梅"], attendees=["赵丽华"]),
                            event("江油市政协", "06-18", ["周 立平"])])
    gold = rec(events=[event("绵阳市政协", "06-12", ["张建国"], attendees=["孙红梅"]),
                       event("江油市政协", "06-18", ["周立平"]),
                       event("江油市政协", "06-19", ["钱志远"])])
    assert items(predicted, "who_led") == {("张建国", "绵阳市政协", "06-12"), ("王晓梅", "绵阳市政协", "06-12"),
                                           ("周立平", "江油市政协", "06-18")}
    # attendees are not scored; a leader at the wrong date is a miss
    assert counts(evaluate([(predicted, gold)]), "who_led") == (2, 1, 1)


def test_dates_compare_on_month_and_day():
    predicted = rec(events=[event("绵阳市政协", "2024-06-12", ["张建国"])])
    gold = rec(events=[event("绵阳市政协", "06-12", ["张建国"])])
    assert counts(evaluate([(predicted, gold)]), "events") == (1, 0, 0)
    assert counts(evaluate([(predicted, gold)]), "who_led") == (1, 0, 0)


def test_undated_events_give_no_pair_but_their_leaders_count():
    predicted = rec(events=[event("绵阳市政协", None, ["张建国"]), event("江油市政协", None)])
    gold = rec(events=[event("绵阳市政协", None, ["张建国"])])
    assert items(predicted, "events") == set()
    assert counts(evaluate([(predicted, gold)]), "who_led") == (1, 0, 0)


def test_events_without_leaders_give_no_who_led():
    assert items(rec(events=[event("绵阳市政协", "06-12")]), "who_led") == set()


def test_positions_compare_as_person_org_title():
    predicted = rec(positions=[{"person": "张建国", "org": "绵阳市政协", "title": "主席"},
                               {"person": "王晓梅", "org": None, "title": "通讯员"},
                               {"person": "张建国", "org": "绵阳市委", "title": "主席"}])
    gold = rec(positions=[{"person": "张建国", "org": "绵阳市政协", "title": "主席"},
                          {"person": "王晓梅", "org": None, "title": "通讯员"},
                          {"person": "张建国", "org": "绵阳市政协", "title": "党组书记"}])
    assert counts(evaluate([(predicted, gold)]), "positions") == (2, 1, 1)


def test_scores():
    s = Score(tp=6, fp=2, fn=4)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    empty = Score()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_perfect_prediction_scores_one():
    gold = rec(persons=["张建国"], places=["绵阳市"], campaigns=["党纪学习教育"],
               organizations=["绵阳市政协"],
               positions=[{"person": "张建国", "org": "绵阳市政协", "title": "主席"}],
               events=[event("绵阳市政协", "06-12", ["张建国"])])
    report = evaluate([(gold, gold)])
    assert all(report.scores[f].f1 == 1.0 for f in FIELDS)


def test_details_list_misses_and_spurious_items():
    report = evaluate([(rec(persons=["王晓梅"]), rec(persons=["张建国"]))])
    detail = report.details[0]
    assert detail["doc"] == "a.txt"
    assert detail["missed"]["persons"] == ["张建国"]
    assert detail["spurious"]["persons"] == ["王晓梅"]


def test_format_report():
    report = evaluate([(rec(persons=["王晓梅"]), rec(persons=["张建国", "王晓梅"]))])
    table = format_report(report)
    lines = table.splitlines()
    assert lines[0].split() == ["field", "precision", "recall", "f1", "tp", "fp", "fn"]
    assert [line.split()[0] for line in lines[1:]] == list(FIELDS)
    persons = next(line.split() for line in lines if line.startswith("persons"))
    assert persons[1:] == ["1.000", "0.500", "0.667", "1", "0", "1"]
    verbose = format_report(report, verbose=True)
    assert "== a.txt" in verbose and "张建国" in verbose


def write_gold(folder, *records):
    folder.mkdir()
    for r in records:
        (folder / r["doc"].replace(".txt", ".json")).write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")
    return folder


def test_agreement_scores_the_second_annotator_against_the_first_on_shared_documents(tmp_path):
    """Two annotators of the same page: one gave the meeting to the committee, the other to its
    party group; the other pages are each annotated once and are not compared."""
    first = write_gold(tmp_path / "a", rec("p.txt", persons=["周明远"], events=[event("临海市政协", "06-03", ["周明远"])]),
                       rec("q.txt", persons=["钱雨辰"]))
    second = write_gold(tmp_path / "b", rec("p.txt", persons=["周明远"], events=[event("临海市政协党组", "06-03", ["周明远"])]),
                        rec("r.txt", persons=["孙一凡"]))
    found = agreement([first], [second])
    assert [d["doc"] for d in found.report.details] == ["p.txt"]
    assert counts(found.report, "persons") == (1, 0, 0)
    assert counts(found.report, "who_led") == (0, 1, 1)
    assert found.only_first == ["q.txt"] and found.only_second == ["r.txt"]


def test_a_gold_record_that_is_not_json_is_named(tmp_path):
    folder = write_gold(tmp_path / "a", rec("p.txt"))
    (folder / "q.json").write_text('{"doc": "q.txt", "persons": [', encoding="utf-8")
    with pytest.raises(InputError, match="q.json: not a gold record"):
        agreement([folder], [folder])
