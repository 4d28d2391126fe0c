"""kg.evaluate over several sets: set folders, what cannot be scored, per-set and combined tables."""
import json

import pytest

from kg.evaluate import (FIELDS, GoldSet, Report, combine, format_report, format_sets, gold_set, score_set,
                         score_sets, sets_json)
from kg.pipeline import extract_text
from kg.record import to_record

PAGE_A = "本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议。\n"
PAGE_B = "本报北川讯(通讯员周立平)6月18日,县政协主席赵德明主持召开常委会会议。\n"


def make_set(root, pages: dict[str, str], gold: dict[str, dict], folder="texts"):
    """root/gold/*.json and root/<folder>/*.txt."""
    (root / "gold").mkdir(parents=True)
    (root / folder).mkdir()
    for name, text in pages.items():
        (root / folder / name).write_text(text, encoding="utf-8")
    for name, record in gold.items():
        (root / "gold" / (name.removesuffix(".txt") + ".json")).write_text(
            json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return root


def gold_of(text: str, name: str, more_persons=()) -> dict:
    """A gold record: what kg extracts from text, plus persons kg cannot find there."""
    record = to_record(extract_text(text, name), spans=False)
    record["persons"] += list(more_persons)
    return record


@pytest.fixture
def two_sets(tmp_path):
    one = make_set(tmp_path / "one", {"a.txt": PAGE_A}, {"a.txt": gold_of(PAGE_A, "a.txt")})
    two = make_set(tmp_path / "two", {"b.txt": PAGE_B},
                   {"b.txt": gold_of(PAGE_B, "b.txt", ["钱志远"])}, folder="corpus")
    return one, two


def test_a_set_folder_holds_gold_and_texts_or_corpus(two_sets, tmp_path):
    one, two = two_sets
    assert gold_set(one) == GoldSet(str(one), str(one / "gold"), (str(one / "texts"),))
    assert gold_set(two, "two").pages == (str(two / "corpus"),) and gold_set(two, "two").name == "two"
    with pytest.raises(ValueError, match="not a set folder"):
        gold_set(one / "texts")


def test_each_set_is_scored_against_its_own_gold(two_sets):
    one, two = two_sets
    r1, r2 = score_sets([gold_set(one), gold_set(two)])
    assert (r1.scored, r2.scored) == (1, 1)
    assert r1.report.scores["persons"].fn == 0
    assert r2.report.scores["persons"].fn == 1  # the invented second name is not in the page
    assert not (r1.no_gold or r1.no_page or r1.failed or r1.warnings())


def test_combined_counts_are_the_sums_of_the_sets(two_sets):
    reports = [r.report for r in score_sets([gold_set(f) for f in two_sets])]
    total = combine(reports)
    for f in FIELDS:
        s = total.scores[f]
        assert (s.tp, s.fp, s.fn) == tuple(sum(getattr(r.scores[f], k) for r in reports) for k in ("tp", "fp", "fn"))
    assert len(total.details) == 2
    assert combine([]).scores == Report().scores


def test_pages_without_gold_and_gold_without_pages_are_named_once(tmp_path):
    gone = {f"gone{i}.txt": {"doc": f"gone{i}.txt"} for i in range(7)}
    folder = make_set(tmp_path / "s", {"a.txt": PAGE_A, "extra.txt": PAGE_B}, {"a.txt": gold_of(PAGE_A, "a.txt"), **gone})
    (folder / "texts" / "empty.txt").write_text("", encoding="utf-8")
    seen = []
    r = score_set(gold_set(folder), seen.append)
    assert len(seen) == 3 and r.scored == 1
    assert r.no_gold == [str(folder / "texts" / "extra.txt")]
    assert r.no_page == [f"gone{i}.txt" for i in range(7)]
    assert r.failed == [str(folder / "texts" / "empty.txt")]  # reported by the caller through on_result
    lines = r.warnings()
    assert len(lines) == 2
    assert lines[0].startswith(f"{folder / 'texts' / 'extra.txt'}: no gold record")
    assert lines[1].startswith(f"{folder / 'gold'}: 7 gold records have no page")
    assert lines[1].endswith(": gone0.txt, gone1.txt, gone2.txt, gone3.txt, gone4.txt, …")


def test_one_set_prints_the_table_as_it_always_was(two_sets):
    [r] = score_sets([gold_set(two_sets[0])])
    assert format_sets([r]) == format_report(r.report)
    assert format_sets([r], verbose=True) == format_report(r.report, verbose=True)


def test_several_sets_print_a_table_each_then_all(two_sets):
    reports = score_sets([gold_set(two_sets[0], "one"), gold_set(two_sets[1], "two")])
    blocks = format_sets(reports).split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["# one: 1 pages scored", "# two: 1 pages scored",
                                                    "# all: 2 pages scored in 2 sets"]
    assert blocks[0].splitlines()[1:] == format_report(reports[0].report).splitlines()
    # the last lines are the combined table, as scripts reading the tail expect
    assert blocks[-1].splitlines()[1:] == format_report(combine(r.report for r in reports)).splitlines()
    assert "== a.txt" in format_sets(reports, verbose=True).split("# two")[0]


def test_json_holds_the_scores_of_each_set_and_of_all(two_sets):
    reports = score_sets([gold_set(two_sets[0], "one"), gold_set(two_sets[1], "two")])
    data = json.loads(json.dumps(sets_json(reports, verbose=True), ensure_ascii=False))
    assert [s["name"] for s in data["sets"]] == ["one", "two"]
    assert set(data["all"]["scores"]) == set(FIELDS) and data["all"]["scored"] == 2
    persons = data["sets"][1]["scores"]["persons"]
    assert persons["tp"] >= 1 and persons["fn"] == 1 and persons["recall"] == round(1 - 1 / (persons["tp"] + 1), 4)
    assert data["sets"][1]["details"][0]["missed"]["persons"] == ["钱志远"]
    assert "details" not in sets_json(reports)["sets"][0]

