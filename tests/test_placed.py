"""`kg.placed`: patterns with a division's name inside find what one regex with every gazetteer
name compiled in (`trie_pattern`) finds, match for match and group for group."""
import random
import re

import pytest

from kg import locality, orgs
from kg.locality import _APP, _OUTLET_NOUN
from kg.orgs import _CENTRAL, _CPC_DEPT, _NATIONAL_ORGAN, _PARTY_SHORT, _PREFIXED, _SHORT_REF, _TERM, _sub
from kg.patterns import _division_names, division_names_at, national_bodies, trie_pattern
from kg.placed import Found


def _places():
    return trie_pattern(_division_names())


def _named_regex():
    p = _places()
    return re.compile(
        rf"(?P<cppcc>中国人民政治协商会议|政协){_TERM}?(?:{p}(?={p}))?(?P<cplace>{p}){_TERM}?委员会{_sub(1)}"
        rf"|(?P<cpc>中共|中国共产党)(?:{p}(?={p}))?(?P<pplace>{p}|{_SHORT_REF}){_TERM}?(?:委员会|委){_sub(2)}{_CPC_DEPT}"
        rf"|(?P<national>{trie_pattern(national_bodies())}|{_CENTRAL})(?!门){_sub(3)}(?P<norgan>{_NATIONAL_ORGAN})?")


def _prefixed_regex():
    return re.compile(
        rf"(?P<prefix>{'|'.join(_PARTY_SHORT)}|{_PREFIXED})(?:(?P<central>中央)|(?P<place>{_places()})?"
        rf"(?P<level>[省市县区州盟旗])?(?:{_TERM}[一二三四五六七八九十]+次(?=全委)|{_TERM}(?=委员会))?"
        rf"(?P<unit>委员会|委会|总支部|支部|总支|全委|委"
        rf"|(?={_TERM}[一二三四五六七八九十]+次常委|第[一二三四五六七八九十]+次代表大会)))"
        r"|(?<![\u4e00-\u9fff])团(?P<league_level>[省市县区])委")


def _outlet_regex():
    p = _places()
    return re.compile(
        r"(?:(?:来源|稿源|转自|转载自|出处|当前位置)[::]\s*|[《“「【]|^|据)"
        rf"(?P<name>{_APP}?(?P<place>{p})[\u4e00-\u9fff]{{0,6}}?{_OUTLET_NOUN})"
        r"(?=[》”」】)\s\d,。、;:]|讯|报道|消息|微信|客户端|首页|$)"
        rf"|(?:^|[《“「【\s])(?P<app>{_APP}(?P<aplace>{p}))(?=[》”」】)\s,。、;]|讯|客户端|$)", re.M)


CASES = {
    "named": (_named_regex, orgs._named_body_pattern,
              ("cppcc", "cplace", "sub1", "cpc", "pplace", "sub2", "cdept", "national", "sub3", "norgan")),
    "prefixed": (_prefixed_regex, orgs._prefixed_pattern,
                 ("prefix", "central", "place", "level", "unit", "league_level")),
    "outlet": (_outlet_regex, locality._outlet_pattern, ("place", "aplace")),
}

# Invented sentences around real places: terms, sub-bodies, short references, names that are
# prefixes of longer ones (定西 / 定西市), apps, quotes, line starts, and text that almost matches.
TEXT = ("本报讯 政协第十三届定西市委员会常委会召开会议,中共定西市委员会机关党组书记甲某某出席。\n"
        "中国人民政治协商会议甘肃省委员会办公厅、中共甘肃省委、中国共产党市委、中共中央办公厅、中共区委、中共市场委。\n"
        "民盟定西市委员会、民盟中央、民进甘肃省十届三次全委会、致公党北京市委会、中国民主同盟定西市委、团市委、共青团陇西县委。\n"
        "来源: 云上定西日报\n据定西日报报道,《今日定西》客户端,“定西发布”微信, 掌上陇西,【甘肃日报】转自:兰州新闻网\n"
        "今日临洮\n定西市融媒体中心讯 政协定西委员会 政协定西市十二届委员会提案委员会 中共临洮县委宣传部 民革兰州市委 "
        "国家发展和改革委员会 全国政协 中央纪委国家监委 政协某某委员会 团区委 民盟某市委 出处:北京日报 稿源:甘南州融媒\n"
        "九三学社定西市第十三届委员会 当前位置:临洮政协网首页 > 动态 来源:临洮乡音报 ■ 中国共产党甘肃省第十四届委员会 政协甘肃省定西市委员会 政协定西市安定区第九届委员会 中共定西市安定区委员会 中共定西市委")


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_same_matches_as_the_regex_with_every_name_compiled_in(case):
    make_regex, make_pattern, groups = CASES[case]
    regex, pattern = make_regex(), make_pattern()

    def found(matches):
        return [(m.start(), m.end(), m.group(0), *(m[g] for g in groups)) for m in matches]

    assert found(regex.finditer(TEXT)), "the sentences hold matches"
    rnd = random.Random(11)
    windows = [(0, len(TEXT))] + [tuple(sorted((rnd.randrange(len(TEXT)), rnd.randrange(len(TEXT))))) for _ in range(300)]
    for start, end in windows:
        assert found(pattern.finditer(TEXT, start, end)) == found(regex.finditer(TEXT, start, end)), (start, end)


def test_names_at_a_position_come_longest_first():
    names = division_names_at("定西市安定区", 0)
    assert names[0] == "定西市" and names == sorted(names, key=len, reverse=True)
    assert division_names_at("定西市安定区", 0, 2) == [n for n in names if len(n) <= 2]
    assert division_names_at("某某", 0) == []


def test_a_found_match_reads_like_a_regex_match():
    m = Found("甲乙丙丁", 1, 3, {"x": "乙"})
    assert (m.start(), m.end(), m.group(0), m.group(), m["x"], m["y"]) == (1, 3, "乙丙", "乙丙", "乙", None)
