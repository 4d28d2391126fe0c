"""kg.gazetteer: the national division table, short forms, chains up to the province."""
import re

import pytest

from kg.gazetteer import gazetteer, place_core, short_form

LEVELS = ("province", "prefecture", "county")
@pytest.fixture(scope="module")
def g():
    return gazetteer()


@pytest.mark.parametrize("name, full", [
    ("天祝", "天祝藏族自治县"),
    ("宁夏", "宁夏回族自治区"),
    ("北川", "北川羌族自治县"),
    ("肃南", "肃南裕固族自治县"),
    ("新疆", "新疆维吾尔自治区"),
    ("广西", "广西壮族自治区"),
    ("阿坝", "阿坝藏族羌族自治州"),
    ("绵阳", "绵阳市"),
    ("江油", "江油市"),
    ("武威", "武威市"),
    ("嘉峪关", "嘉峪关市"),
    ("吉林", "吉林省"),  # 吉林省 and 吉林市: the higher level wins
    ("绵阳市", "绵阳市"),
    ("天祝藏族自治县", "天祝藏族自治县"),
    ("北京", "北京市"),
    ("南京", "南京市"),
    ("武汉", "武汉市"),
    ("天水", "天水市"),
    ("内蒙古", "内蒙古自治区"),
    ("西藏", "西藏自治区"),
])
def test_lookup(g, name, full):
    d = g.lookup(name)
    assert d is not None and d.name == full


@pytest.mark.parametrize("name", ["政协", "会议", "", "绵阳市政协"])
def test_lookup_of_non_places(g, name):
    assert g.lookup(name) is None


def test_lookup_prefers_the_papers_province(g):
    gansu, hunan = g.lookup("甘肃省"), g.lookup("湖南省")
    # 城关区 exists in several provinces; inside one province it is that province's
    assert g.lookup("城关区", within=gansu).code.startswith("62")
    assert g.lookup("城关区") is None or g.lookup("城关区").name == "城关区"
    assert g.lookup("岳阳", within=hunan).name == "岳阳市"


@pytest.mark.parametrize("name, chain", [
    ("天祝", ["天祝藏族自治县", "武威市", "甘肃省"]),
    ("北川", ["北川羌族自治县", "绵阳市", "四川省"]),
    ("江油", ["江油市", "绵阳市", "四川省"]),
    ("安吉", ["安吉县", "湖州市", "浙江省"]),
    ("绵阳", ["绵阳市", "四川省"]),
    ("宁夏", ["宁夏回族自治区"]),
])
def test_chain_up_to_the_province(g, name, chain):
    d = g.lookup(name)
    assert [x.name for x in g.chain(d)] == chain
    assert g.province(d).name == chain[-1]


@pytest.mark.parametrize("name, short", [
    ("天祝藏族自治县", "天祝"),
    ("宁夏回族自治区", "宁夏"),
    ("肃南裕固族自治县", "肃南"),
    ("梅里斯达斡尔族区", "梅里斯"),
    ("武威市", "武威"),
    ("宁县", "宁县"),  # a one-character core keeps its suffix
    ("城关区", "城关"),
    ("北京市", "北京"),
    ("武汉市", "武汉"),
    ("衡水市", "衡水"),
    ("内蒙古自治区", "内蒙古"),
    ("西藏自治区", "西藏"),
])
def test_short_form(name, short):
    assert short_form(name) == short


@pytest.mark.parametrize("a, b", [
    ("武威市", "武威"),
    ("肃南裕固族自治县", "肃南县"),
    ("天祝藏族自治县", "天祝县"),
    ("宁夏回族自治区", "宁夏"),
    ("南京市", "南京"),
])
def test_place_core_equates_forms(a, b):
    assert place_core(a) == place_core(b)


@pytest.mark.parametrize("a, b", [
    ("武威市", "武都区"),
    ("沁县", "沁源县"),
    ("广汉市", "广水市"),  # both core to 广 today
    ("沁水县", "沁县"),
    ("南京市", "南县"),
])
def test_place_core_keeps_different_places_apart(a, b):
    assert place_core(a) != place_core(b)


def test_more_than_three_thousand_divisions(g):
    assert len(g.by_code) > 3000
    levels = {lv: sum(d.level == lv for d in g.by_code.values()) for lv in LEVELS}
    assert levels["prefecture"] > 300 and levels["county"] > 2500


def test_every_division_has_a_code_and_an_existing_parent(g):
    for code, d in g.by_code.items():
        assert re.fullmatch(r"\d{6}", d.code) and code == d.code, d
        assert d.level in LEVELS, d
        if d.level == "province":
            assert d.parent == "" and d.code.endswith("0000"), d
            continue
        parent = g.by_code.get(d.parent)
        assert parent is not None, d
        assert parent.code[:2] == d.code[:2], d
        assert LEVELS.index(parent.level) < LEVELS.index(d.level), d
        assert g.chain(d)[-1].level == "province", d


def test_provinces_are_the_34_provincial_divisions(g):
    provinces = {d.name for d in g.by_code.values() if d.level == "province"}
    assert len(provinces) == 34
    assert {"北京市", "甘肃省", "四川省", "宁夏回族自治区", "香港特别行政区", "台湾省"} <= provinces
