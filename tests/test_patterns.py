"""kg.patterns: the longest-match scanner finds what the trie regex finds."""
import random
import re

import pytest

from kg.patterns import LongestMatch, division_spans, finditer_needing, surname_re, surname_starts, trie_pattern

WORDS = ["甲乙", "甲乙丙", "甲乙丙丁戊", "乙丙", "丙丁", "丁戊己", "戊己", "己庚辛"]


def regex_spans(words, text, start=0, end=None):
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group(0)) for m in re.compile(trie_pattern(words)).finditer(text, start, end)]


def test_longest_at_each_position_without_overlaps():
    scan = LongestMatch(WORDS)
    assert scan.spans("甲乙丙丁戊己庚辛") == [(0, 5, "甲乙丙丁戊"), (5, 8, "己庚辛")]
    assert scan.spans("甲乙丙丁己") == [(0, 3, "甲乙丙")]


def test_same_spans_as_the_trie_regex_on_random_texts():
    scan = LongestMatch(WORDS)
    rng = random.Random(8)
    for _ in range(2000):
        text = "".join(rng.choice("甲乙丙丁戊己庚辛,") for _ in range(rng.randrange(0, 14)))
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 3)
        assert scan.spans(text, start, end) == regex_spans(WORDS, text, start, end), (text, start, end)


@pytest.mark.parametrize("text, names", [
    ("宣讲会上海南省委常务副秘书长作报告", ["海南省"]),  # 上海 yields to the 海南省 whose 委 follows
    ("推进上海城市建设", ["上海"]),  # 海城市 (a city of Liaoning) has no body after it
])
def test_a_full_name_overlapping_a_short_one_before_its_body(text, names):
    assert [s[2] for s in division_spans(text)] == names


def test_division_spans_stop_at_the_end_given():
    text = "在青海省西宁市调研"
    assert [s[2] for s in division_spans(text)] == ["青海省", "西宁市"]
    assert [s[2] for s in division_spans(text, 1, 6)] == ["青海省", "西宁"]  # 西宁市 would pass the end


def test_one_character_words_are_refused():
    with pytest.raises(ValueError):
        LongestMatch(["甲", "乙丙"])


def test_finditer_needing_scans_only_text_holding_a_needed_word():
    pattern = re.compile(r"[甲乙]{0,3}?丙丁")
    text = "甲乙丙丁,乙丙丁"
    assert [m.span() for m in finditer_needing(pattern, ("丙丁",), text, 0, len(text))] == [(0, 4), (5, 8)]
    assert [m.span() for m in finditer_needing(pattern, ("丙丁",), text, 1, 7)] == [(1, 4)]
    assert list(finditer_needing(pattern, ("戊",), text, 0, len(text))) == []


def test_surname_starts_hold_the_first_character_of_every_surname_match():
    text = "欧阳某与王某、司马某在某地调研,的了是"
    opened = {text[m.start()] for i in range(len(text)) if (m := surname_re().match(text, i))}
    assert {"欧", "王", "司"} <= opened <= surname_starts()
    assert "的" not in surname_starts()
