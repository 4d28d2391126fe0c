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


def test_a_district_of_a_generic_name_is_named_with_its_city(g):
    """郊区, 城区, 矿区 name districts of several cities: each is its city's (佳木斯市郊区), found by either."""
    heilongjiang = g.lookup("黑龙江省")
    suburb = g.lookup("郊区", within=heilongjiang)
    assert (suburb.name, suburb.short) == ("佳木斯市郊区", "郊区")
    assert g.lookup("佳木斯市郊区") is suburb and g.place("黑龙江省佳木斯市郊区") is suburb


def test_a_generic_districts_bodies_carry_its_citys_name(record_of):
    text = "7月1日,区委书记周明远,区委常委、统战部部长钱志远陪同调研。"
    assert {"佳木斯市郊区委", "佳木斯市郊区委统战部"} <= set(record_of(text, place="黑龙江省佳木斯市郊区")["organizations"])


@pytest.mark.parametrize("name, full", [
    ("天祝县", "天祝藏族自治县"), ("景宁县", "景宁畲族自治县"), ("东乡县", "东乡族自治县"), ("鄂温克旗", "鄂温克族自治旗"),
    ("楚雄州", "楚雄彝族自治州"), ("宁夏自治区", "宁夏回族自治区"), ("广西自治区", "广西壮族自治区"),
    ("延边自治州", "延边朝鲜族自治州"),
])
def test_an_autonomous_division_by_the_form_the_press_writes(g, name, full):
    assert g.lookup(name, within=g.province(g.lookup(full))).name == full


def test_a_body_of_an_autonomous_region_without_its_peoples(record_of):
    """广西自治区某局: the region once, not 广西壮族自治区自治区某局."""
    text = "6月19日,广西自治区烟草专卖局局长周明远到河池市调研。\n"
    assert "广西壮族自治区烟草专卖局" in record_of(text)["organizations"]


def test_a_former_county_keeps_its_name_in_its_province_and_years(g):
    assert g.resolve("东乡县", within=g.lookup("江西省"), year=2012).code == "361029"  # before it became 东乡区


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


# -- former divisions (kg/data/divisions_history.tsv, from the areacodes table, CC0) ---------

@pytest.mark.parametrize("name, year, uid, full", [
    ("崇文区", 2008, "110103@1981", "崇文区"),  # merged into 东城区 in 2010
    ("东城区", 2008, "110101", "东城区"),
    ("昌平", 1995, "110221@1981", "昌平县"),  # a county until 1999, then 昌平区
    ("昌平", 2005, "110114", "昌平区"),
    ("铜仁市", 2005, "522201@1987", "铜仁市"),  # a county-level city of 铜仁地区 until 2011
    ("铜仁市", 2015, "520600", "铜仁市"),
    ("铜仁", 2005, "522200@1981", "铜仁地区"),
    ("重庆市", 1990, "510200@1981", "重庆市"),  # a city of Sichuan until 1997
    ("重庆", 2000, "500000", "重庆市"),
    ("开县", 2010, "500234@1997", "开县"),  # 开州区 since 2016
    ("井陉矿区", 1985, "130107@1983", "井陉矿区"),  # the code was reused in 1992
    ("井陉矿区", 2000, "130107", "井陉矿区"),
])
def test_lookup_at_a_year_gives_the_division_that_bore_the_name(g, name, year, uid, full):
    d = g.lookup(name, year=year)
    assert (d.uid, d.name) == (uid, full)
    assert d.current == ("@" not in uid)


@pytest.mark.parametrize("name, uid", [
    ("崇文区", "110103@1981"),
    ("闸北区", "310108@1981"),  # merged into 静安区 in 2015
    ("襄樊市", "420600@1981"),  # renamed 襄阳市 in 2010, same code
    ("昌平", "110114"),  # today's name wins undated
    ("东城区", "110101"),
])
def test_resolve_undated_gives_todays_else_the_latest_that_bore_it(g, name, uid):
    assert g.resolve(name).uid == uid


@pytest.mark.parametrize("name", ["崇文区", "闸北区", "襄樊市", "开县", "铜仁地区"])
def test_undated_lookup_stays_on_todays_divisions(g, name):
    assert g.lookup(name) is None and g.resolve(name) is not None


def test_former_names_do_not_change_any_lookup_of_todays_names(g):
    from kg.gazetteer import Gazetteer
    today = Gazetteer(list(g.by_code.values()))
    provinces = [None] + [d for d in g.by_code.values() if d.level == "province"][:5]
    for name in g.by_name:
        for within in provinces:
            assert g.lookup(name, within=within) == today.lookup(name, within=within), name
            assert g.resolve(name, within=within) == today.lookup(name, within=within), name


@pytest.mark.parametrize("name, year, successors", [
    ("崇文区", 2008, ["东城区"]),
    ("宣武区", 2008, ["西城区"]),
    ("闸北区", 2012, ["静安区"]),
    ("昌平", 1995, ["昌平区"]),  # a county made a district
    ("襄樊市", 2005, ["襄阳市"]),  # renamed
    ("东郊区", 1990, ["东丽区"]),
    ("铜仁地区", 2005, ["铜仁市"]),  # a 地区 dissolved into a new city: where its counties went
    ("重庆市", 1990, ["重庆市"]),
    ("达县", 2010, ["通川区", "达川区"]),  # split
    ("行唐县", 1990, ["行唐县"]),  # renumbered when 石家庄地区 was merged into 石家庄市
])
def test_successor_leads_to_todays_division(g, name, year, successors):
    d = g.lookup(name, year=year)
    assert not d.current
    assert [s.name for s in g.successors(d)] == successors
    assert g.successor(d).name == successors[0] and g.successor(d).current


def test_a_current_division_is_its_own_successor(g):
    d = g.lookup("东城区")
    assert g.successor(d) is d and g.next_divisions(d) == []


def test_former_divisions_chain_up_through_their_parents_of_the_time(g):
    assert [d.name for d in g.chain(g.lookup("行唐县", year=1990))] == ["行唐县", "石家庄地区", "河北省"]
    assert [d.name for d in g.chain(g.lookup("九龙坡区", year=1990))] == ["九龙坡区", "重庆市", "四川省"]
    assert g.province(g.lookup("九龙坡区", year=1990)).name == "四川省"


def test_at_gives_the_division_bearing_a_code_in_a_year(g):
    assert g.at("420600", 2005).name == "襄樊市" and g.at("420600", 2015).name == "襄阳市"
    assert g.at("110103", 2020).name == "崇文区"  # never reused: the last that bore it


def test_every_former_division_is_dated_and_reaches_today(g):
    assert len(g.former) > 3000
    for d in g.former:
        assert re.fullmatch(r"\d{6}", d.code) and d.level in LEVELS, d
        assert 1981 <= d.start < d.end, d
        assert all(s.current for s in g.successors(d)), d
    lost = [d for d in g.former if not g.successors(d)]
    assert len(lost) <= 5, lost  # successors missing from today's table (重庆 江北区, 渝北区)


def test_history_table_names_its_source():
    from importlib import resources
    head = resources.files("kg").joinpath("data", "divisions_history.tsv").read_text(encoding="utf-8")
    first = head.split("\n", 1)[0]
    assert first.startswith("# Source: areacodes") and "CC0" in first and "scripts/build_division_history.py" in first


def test_a_division_as_of_a_year():
    g = gazetteer()
    assert g.as_of(g.lookup("广德市"), 2017).name == "广德县"  # a county become a city
    assert g.as_of(g.lookup("广德市"), 2021).name == "广德市"
    assert g.as_of(g.lookup("东城区"), 2005).name == "东城区"  # 崇文区 merged into it: itself


@pytest.mark.parametrize("short, name", [("察右后旗", "察哈尔右翼后旗"), ("科左中旗", "科尔沁左翼中旗"),
                                         ("土左旗", "土默特左旗"), ("乌前旗", "乌拉特前旗"),
                                         ("东乌旗", "东乌珠穆沁旗"), ("西乌旗", "西乌珠穆沁旗")])  # direction + name
def test_a_banner_by_the_press_form_of_its_wing_and_part(g, short, name):
    assert g.lookup(short).name == name


def test_a_banners_cppcc_said_by_its_press_form(record_of):
    record = record_of("10月16日,察右后旗政协党组召开理论学习中心组学习会。旗政协党组书记、主席周明远主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("察哈尔右翼后旗政协", ["周明远"])]


@pytest.mark.parametrize("written, code", [
    ("定西市", "621100"),
    ("甘肃省定西市安定区", "621102"),
    ("佳木斯市郊区", "230811"),  # one of several 郊区: the one inside 佳木斯市
    ("石家庄市新华区", "130105"),
    ("上海市杨浦区", "310110"),
    ("户县", "610125"),  # a former name, as resolve gives it
])
def test_a_place_may_be_led_by_the_divisions_around_it(g, written, code):
    assert g.place(written).code == code


@pytest.mark.parametrize("written", ["新华区", "河北省新华区", "布吉街道", "火星市"])
def test_a_place_that_names_no_one_division_is_none(g, written):
    assert g.place(written) is None  # several 新华区, two in 河北; no street or unknown name
