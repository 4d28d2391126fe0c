"""kg.locality: an article's locality from sidecar, dateline, outlet, address and text, and
which source decided it; short references kept as written where nothing decides.

People and bodies are invented; the places are real.
"""
import pytest

from conftest import positions_of
from kg.gazetteer import gazetteer
from kg.graph import build_graph
from kg.locality import Locality, address_department, address_hints, locate, text_votes
from kg.normalize import normalize
from kg.orgs import Context
from kg.pipeline import extract_text
from kg.rdf import KG, to_rdf
from kg.record import to_record
from kg.segment import split_articles

LEAD = "6月3日,市政协主席周明远主持召开市政协主席会议,副主席钱雨辰出席。\n"


def _locate(text, **meta):
    doc = normalize(text, "t.txt", **meta)
    return [locate(doc, a) for a in split_articles(doc)]


def _names(locs):
    return [(loc.name, loc.source) for loc in locs]


# -- sources in order ------------------------------------------------------------------------

def test_sidecar_place_decides():
    assert _names(_locate("会议召开\n" + LEAD, place="临海市")) == [("临海市", "sidecar")]


def test_a_dateline_is_the_articles_own_word_over_a_page_wide_place():
    assert _names(_locate("本报临海讯 " + LEAD, place="台州市")) == [("临海市", "dateline")]
    assert _names(_locate("本报临海讯 " + LEAD, place="武威市")) == [("临海市", "dateline")]


def test_the_sidecar_place_comes_before_outlet_address_and_text():
    text = "临海市政协召开会议\n来源:台州日报\n" + LEAD
    assert _names(_locate(text, place="武威市", source="http://www.linhai.gov.cn/1.html")) == [
        ("武威市", "sidecar")]


def test_dateline_of_the_paper_and_of_a_wire():
    assert _names(_locate("会议召开\n本报临海讯 " + LEAD)) == [("临海市", "dateline")]
    assert _names(_locate("会议召开\n新华社杭州5月2日电 " + LEAD)) == [("杭州市", "dateline")]


@pytest.mark.parametrize("line", [
    "来源:临海新闻网", "来源:临海市人民政府网", "据《台州日报》报道", "“临海发布”微信公众号",
    "云上临海", "临海日报讯", "来源:临海乡音报 ■本报记者", "当前位置:临海政协网首页 > 政协动态",
    "来源:[临海日报] 日期:[2026-01-08 09:22]",  # the outlet in square brackets
    "临海融媒体讯(记者周明远通讯员钱雨辰)",  # a county's media centre as its dateline
])
def test_the_outlet_named_in_the_text(line):
    (loc,) = _locate(line + "\n" + LEAD)
    assert loc.source == "outlet" and loc.name in ("临海市", "台州市")


def test_the_papers_name_in_the_sidecar_is_an_outlet():
    assert _names(_locate(LEAD, paper="今日临海")) == [("临海市", "outlet")]


@pytest.mark.parametrize("url, name", [
    ("http://www.linhai.gov.cn/art/2024/6/3/art_1.html", "临海市"),
    ("https://linhairenda.gov.cn/news/1.html", "临海市"),  # a congress's own site: 人大
    ("http://zx.linhai.gov.cn/a/1.html", "临海市"),  # a subdomain of the county's site
    ("http://www.linhaizx.gov.cn/a/1.html", "临海市"),  # 政协
    ("http://www.ahguangde.gov.cn/a/1.html", "广德市"),  # the province's initials first
    ("http://szb.jinrilinhai.com/content/1.html", "临海市"),  # 今日X, the county paper
    ("http://xxgk.shbsq.gov.cn/article.html", "宝山区"),  # province initials + one district's initials
    ("http://www.ahscrd.gov.cn/a/1.html", "舒城县"),  # …, then 人大's affix
    ("https://qhdzy.hebeicourt.gov.cn/a/1.html", "秦皇岛市"),  # a court's host: province label, city initials
    ("http://ydrd.yandu.gov.cn/a/1.html", "盐都区"),  # 都 read du, as in place names
    ("https://ly.hnzx.gov.cn/a/1.html", "洛阳市"),  # a city's initials under a provincial 政协's site
    ("http://www.linhairm.org.cn/a/1.html", "临海市"),  # 融媒
    ("http://www.linhai-cppcc.gov.cn/a/1.html", "临海市"),  # name and affix joined by a hyphen
    ("https://swgk.linhaiyun.cn/front/1.html", "临海市"),  # X云, a county's news app
    ("http://www.linhairb.com/a/1.html", "临海市"),  # 日报 by its initials
    ("http://jszx.gov.cn/zwhgz/201805/t1.html", "江苏省"),  # a province's initials and 政协's affix (hbzx: two provinces)
    ("http://www.jsdw.gov.cn/a/1.html", "江苏省"),  # …and 党委's (dw): the province, no county js+dw spells
])
def test_the_host_of_the_address_in_pinyin(url, name):
    assert _names(_locate(LEAD, source=url)) == [(name, "address")]


@pytest.mark.parametrize("url", [
    "http://www.lhzx.gov.cn/a/1.html",  # initials alone: too many divisions share them
    "http://61.54.6.141:8080/portal/1.html",
    "https://www.example.com/news/1.html",
    "https://www.pingan.com/news/1.html",  # a company's own name, though a district bears it
    "http://tj.sina.com.cn/news/2022-08-02/detail-1.shtml",  # a portal's name: 思南 only with 南 read na
    "https://www.example.gov.cn/zhengxiedongtai/1.html",  # 动态 in a path, not 东台市
    "http://www.hbdx.gov.cn:8001/a/1.html",  # a province's 党校 (dx), not a county hb+dx spells
    None,
])
def test_addresses_that_name_no_division(url):
    assert address_hints(url) == ([], [])


@pytest.mark.parametrize("url, department", [
    ("http://mzt.hunan.gov.cn/mzt/xxgk/1.html", "民政厅"),
    ("http://tjj.changzhou.gov.cn/html/1.html", "统计局"),
    ("http://jgj.sh.gov.cn/1.html", "机关事务管理局"),  # 机管局's initials
    ("http://sjj.changzhou.gov.cn/1.html", None),  # 审计局 or 数据局: initials two departments share
    ("http://www.hunan.gov.cn/1.html", None),
    ("http://mzt.example.com/1.html", None),  # not a government's host
])
def test_the_department_a_government_host_is_named_after(url, department):
    assert address_department(url) == department


def test_titles_with_no_body_on_a_departments_own_site_are_its_posts(record_of):
    """厅党组书记、厅长甲主持召开厅长专题办公会议 on mzt.hunan.gov.cn: 湖南省民政厅's chief and meeting;
    a visitor named with a body of his own keeps it (某区某局局长乙一行…向乙局长介绍)."""
    text = ("3月1日上午,厅党组书记、厅长周明远主持召开厅长专题办公会议。副厅长钱雨辰出席。\n"
            "会上,周明远向常德市民政局局长孙立华介绍情况。孙立华局长表示感谢。\n")
    record = record_of(text, pub_date="2023-03-06", source="http://mzt.hunan.gov.cn/mzt/xxgk/gzdt/1.html")
    assert {("周明远", "湖南省民政厅", "厅长"), ("钱雨辰", "湖南省民政厅", "副厅长"),
            ("周明远", "湖南省民政厅", "党组书记")} <= positions_of(record)
    assert ("孙立华", "湖南省民政厅", "局长") not in positions_of(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("湖南省民政厅", ["周明远"])]


def test_a_countys_initials_chosen_by_the_text():
    text = ("2月28日,县长周明远主持召开县政府专题会议。\n会议听取了云南牟定产业园区管委会的汇报,"
            "云南省有关部门出席。\n")
    strong, weak = address_hints("https://www.mdx.gov.cn/info/1.htm")
    assert strong == [] and "牟定县" in [d.name for c in weak for d in c]  # one of several: 牟定, 弥渡 …
    assert _names(_locate(text, source="https://www.mdx.gov.cn/info/1.htm")) == [("牟定县", "address")]


def test_a_hosts_initials_chosen_as_the_city_holding_the_districts_the_text_names():
    """whzx: 武汉, 威海, 芜湖 … by initials; the text names two of 武汉's districts and no city."""
    text = ("4月13日至14日,市政协组织主席会议成员参加专题培训班。"
            "培训期间,学员们赴东西湖区、江夏区开展现场教学,市政协副主席周明远出席。\n")
    assert _names(_locate(text, source="https://www.whzx.gov.cn/zxyw/1.htm")) == [("武汉市", "address")]


def test_a_local_portal_numbered_only_hints():
    strong, weak = address_hints("https://m.wuan888.com/news/1.html")
    assert strong == [] and [[d.name for d in c] for c in weak] == [["武安市"]]


def test_a_hosts_province_and_city_initials_choose_among_a_paths_homophones():
    """ahsz: 安徽 + the one Anhui city of initials sz; the path's /suzhou/ is 苏州 or 宿州."""
    strong, weak = address_hints("https://www.ahsz.tv/suzhou/p/1.html")
    assert strong == [] and [[d.name for d in c] for c in weak] == [["宿州市"], ["宿州市"]]
    assert _names(_locate(LEAD, source="https://www.ahsz.tv/suzhou/p/1.html")) == [("宿州市", "address")]


def test_a_portals_regional_channel_only_hints():
    # linhai.example.com is a channel of a portal: it decides where the text names nothing …
    assert _names(_locate(LEAD, source="https://linhai.example.com/1.html")) == [("临海市", "address")]
    # … and gives way where the text is plainly about somewhere else
    text = "温州市龙湾区召开座谈会\n6月3日,温州市龙湾区召开座谈会,区政协主席周明远出席。\n"
    assert _names(_locate(text, source="https://linhai.example.com/1.html")) == [("龙湾区", "text")]


def test_the_text_narrows_an_address_from_its_lead():
    text = "会议召开\n6月3日,台前县人大常委会召开会议,县人大常委会主任周明远主持。\n"
    assert _names(_locate(text, source="http://www.henanrd.gov.cn/1.html")) == [("台前县", "text")]


# -- the text vote ---------------------------------------------------------------------------

def test_headline_and_lead_outweigh_a_repeated_passing_mention():
    text = ("临海市政协召开主席会议\n6月3日,临海市政协召开主席会议。会议听取了驻上海联络处、"
            "上海商会、上海工作站的情况汇报。\n")
    assert _names(_locate(text)) == [("临海市", "text")]


def test_the_innermost_of_one_line_of_descent():
    text = "会议召开\n6月3日,省妇联副主席钱雨辰来到温州市龙湾区调研,区妇联主席周明远陪同。\n"
    assert _names(_locate(text)) == [("龙湾区", "text")]


def test_two_unrelated_divisions_in_a_tie_decide_nothing():
    text = "会议召开\n6月3日,临海市与武威市政协召开视频座谈会,市政协主席周明远出席。\n"
    assert _names(_locate(text)) == [(None, None)]


def test_a_place_name_inside_other_words_is_no_vote():
    text = "会议召开\n6月3日,县政府召开会议,各乡镇和县直单位负责人参加,县长周明远主持。\n"
    doc = normalize(text, "t.txt")
    (a,) = split_articles(doc)
    assert text_votes(doc, a, None) == {}
    assert _names(_locate(text)) == [(None, None)]


def test_a_sub_headed_section_continues_the_article_before():
    text = ("临海市政协多措并举推动工作\n本报临海讯 6月3日,临海市政协召开会议。\n"
            "拓宽渠道 提升质量\n近年来,县政协利用主席会议开展培训,及时反映民意。\n")
    doc = normalize(text, "t.txt")
    ex = extract_text(text, "t.txt")
    assert [d.name if d else None for d in ex.locales] == ["临海市"] * len(split_articles(doc))


def test_a_photo_caption_and_the_text_after_it_stay_in_the_article_they_illustrate():
    text = ("1月10日上午,湖州市第五届人大代表任前培训班开班,新任代表周明远接受记者采访。\n"
            "▲1月10日,市第五届人大代表任前培训班开班。图为培训班现场\n"
            "培训班上,市人大常委会副主任钱雨辰作辅导报告。\n")
    ex = extract_text(text, "t.txt")
    assert len(ex.articles) == 2 and ex.articles[1].kind == "caption"
    assert [d.name if d else None for d in ex.locales] == ["湖州市"] * 2
    assert "湖州市人大常委会" in to_record(ex, spans=False)["organizations"]


def test_short_bodies_of_a_level_no_named_division_has_are_of_the_one_holding_those_named():
    text = ("12日至14日,云南省八自治州政协第27次联系会议在香格里拉市召开。州政协主席周明远主持会议。"
            "州委常委钱雨辰致辞。云南省政协、州政协、州政府有关负责同志出席。\n")
    ex = extract_text(text, "t.txt")
    assert [d.name if d else None for d in ex.locales] == ["迪庆藏族自治州"]
    assert "迪庆藏族自治州政协" in to_record(ex, spans=False)["organizations"]


# -- what the extraction records ---------------------------------------------------------------

def test_no_source_warns_once_per_article_and_short_references_stay_as_written():
    ex = extract_text("会议召开\n" + LEAD + "会议听取了县政府、省人大常委会关于有关工作的通报。\n", "t.txt")
    record = to_record(ex, spans=False)
    assert record["locality"] == [{"place": None, "source": None}]
    assert len(record["warnings"]) == 1 and "locality" in record["warnings"][0]
    assert {"市政协", "县政府", "省人大常委会"} <= set(record["organizations"])


def test_a_resolved_locality_resolves_short_references():
    ex = extract_text("会议召开\n" + LEAD, "t.txt", source="http://www.linhai.gov.cn/1.html")
    record = to_record(ex, spans=False)
    assert record["locality"] == [{"place": "临海市", "source": "address"}]
    assert record["warnings"] == []
    assert "临海市政协" in record["organizations"] and "市政协" not in record["organizations"]


@pytest.mark.parametrize("text", [
    "6月3日,社区委员会召开会议。", "6月3日,市、县政协委员参加培训。", "6月3日,城区政府召开会议。",
])
def test_words_ending_in_a_level_are_no_short_reference(text):
    record = to_record(extract_text("会议召开\n" + text + "\n", "t.txt"), spans=False)
    assert not {"区委", "县政协", "区政府"} & set(record["organizations"])


def test_a_municipality_is_the_city_of_its_districts():
    ctx = Context(gazetteer().lookup("渝中区"))
    assert ctx.resolve_ref("市").name == "重庆市"
    assert ctx.resolve_ref("区").name == "渝中区"


def test_the_graph_and_rdf_say_where_and_by_what():
    ex = extract_text("会议召开\n本报临海讯 " + LEAD, "t.txt")
    g = build_graph([ex])
    (art,) = [n for n, c in g.nodes(data="cls") if c == "NewsArticle"]
    assert g.nodes[art]["locality_source"] == "dateline"
    assert [v for _, v, k in g.out_edges(art, keys=True) if k == "locality"] == [
        f"place/{gazetteer().lookup('临海市').code}"]
    rdf = to_rdf(g)
    assert {str(o) for o in rdf.objects(None, KG.localitySource)} == {"dateline"}
    assert len(list(rdf.objects(None, KG.locality))) == 1


def test_locality_defaults():
    assert Locality() == Locality(None, None) and Locality().name is None


def test_the_autonomous_regions_bodies_are_the_regions():
    text = "会议召开\n1月10日,自治区政协举行主席会议,自治区政协主席周明远主持会议。\n"
    assert "自治区政协" in to_record(extract_text(text, "t.txt"), spans=False)["organizations"]
    record = to_record(extract_text(text, "t.txt", place="银川市"), spans=False)
    assert "宁夏回族自治区政协" in record["organizations"]
    assert not any(o.endswith("区政协") and "自治区" not in o for o in record["organizations"])


def test_a_given_name_that_spells_a_place_is_no_vote():
    text = "集团召开工作会议\n10月30日,集团召开工作会议,集团领导周雨辰、柏保山出席,副总经理柏保山宣读了批复。\n"
    doc = normalize(text, "t.txt")
    (a,) = split_articles(doc)
    assert text_votes(doc, a, None) == {}


def test_a_name_after_its_title_that_spells_a_division_is_no_vote():
    """旗委书记兴安主持: a Mongolian name after its title and before its verb, not 兴安盟."""
    text = "8月3日,旗委书记兴安主持召开旗委外事工作委员会第三次会议。旗委副书记周明远出席会议。\n"
    doc = normalize(text, "t.txt")
    (a,) = split_articles(doc)
    assert text_votes(doc, a, None) == {}


def test_a_districts_short_form_opening_a_smaller_places_name_is_no_vote():
    """东城街道光明社区 on a 东莞 page: a street and a community, not 东城区 nor 光明区."""
    text = ("11月14日,市政协副主席周明远率队前往东城街道光明社区开展民主监督活动。\n"
            "调研组实地考察光明社区的创新举措。会议要求,为东莞市高质量发展贡献力量。\n")
    record = to_record(extract_text(text, "t.txt", source="https://zx.dg.gov.cn/a/1.shtml"), spans=False)
    assert record["locality"] == [{"place": "东莞市", "source": "text"}]
    # a two-character district's full name opening a community's (金鱼池中区社区: no 中区)
    text = "12月12日,区委组织部举办社区党组织书记沙龙活动,来自金鱼池中区社区等11个社区的书记参加。\n"
    assert to_record(extract_text(text, "t.txt"), spans=False)["locality"] == [{"place": None, "source": None}]


def test_the_one_district_a_district_page_names_narrows_its_addresss_city():
    """区政协 on a 三亚 CPPCC site naming 海棠区 twice in passing: 海棠区, not 三亚市."""
    text = ("8月22日,党组书记、主席周明远主持召开区政协党组理论学习中心组集体学习会议。\n"
            "会议审议通过了《为海棠区“十五五”规划建言座谈会议方案》和《海棠区基础教育硬件建设视察方案》。"
            "会议要求,要深入贯彻落实海南省政协会议精神。\n")
    record = to_record(extract_text(text, "t.txt", source="https://www.sanyazx.gov.cn/content/1.htm"), spans=False)
    assert record["locality"] == [{"place": "海棠区", "source": "text"}]


def test_a_former_county_is_the_locality_its_bodies_are_named_by():
    text = ("2月28日,县委书记周明远主持召开县委常委会议。\n"
            "会议审议了《关于审定户县农村改革方案的请示》和《关于评选户县劳动模范的请示》。\n")
    (loc,) = _locate(text)
    assert (loc.name, loc.source) == ("户县", "text")
    assert "户县委" in to_record(extract_text(text, "t.txt"), spans=False)["organizations"]


def test_bodies_called_by_county_short_names_locate_in_the_county_not_the_city_visited():
    text = ("延安市委党校:领导干部培训班开班\n"
            "9月14日,澧县领导干部党性教育培训班在延安市委党校开班,延安市委党校副校长钱雨辰致辞,"
            "县委常委、组织部长周明远讲话。开班仪式由县政协主席赵德明主持。\n")
    (loc,) = _locate(text)
    assert loc.name == "澧县"


def test_a_renamed_county_is_the_locality_under_its_name_of_the_page_year():
    (loc,) = _locate(LEAD, source="http://www.ahguangde.gov.cn/a/1.html", pub_date="2017-06-27")
    assert (loc.name, loc.source) == ("广德县", "address")  # 广德市 only from 2019
    (loc,) = _locate(LEAD, source="http://www.ahguangde.gov.cn/a/1.html", pub_date="2020-06-27")
    assert loc.name == "广德市"


@pytest.mark.parametrize("county", ["滑县", "沛县", "萧县"])
def test_a_two_character_county_before_its_own_county_bodies(county):
    """X县县委: the county's name is its short form too, so the 县 after it opens 县委."""
    text = (f"3月5日,由县委办公室、县总工会联合举办的运动会在{county}县委院内举行。"
            "县委副书记周明远,县委常委、组织部部长钱雨辰出席活动。\n")
    record = to_record(extract_text(text, "t.txt"), spans=False)
    assert record["locality"] == [{"place": county, "source": "text"}]
    assert {county + "委", county + "委组织部", county + "总工会"} <= set(record["organizations"])


def test_a_hosts_city_and_county_initials_hint_the_county():
    strong, weak = address_hints("http://jxxznews.example.com.cn/system/1.shtml")
    assert strong == [] and [[d.name for d in c] for c in weak] == [["秀洲区"]]


def test_an_article_on_district_bodies_visiting_a_city_is_set_in_the_district_of_its_address():
    text = ("昨天上午,由区政协组织的委员培训班在杭州市委党校开班。区政协主席周明远作开班动员。"
            "区政协副主席钱雨辰主持。市委党校教授孙立新授课。\n")
    (loc,) = _locate(text, source="http://jxxznews.example.com.cn/system/1.shtml")
    assert (loc.name, loc.source) == ("秀洲区", "address")


def test_county_bodies_of_a_city_with_one_county_are_that_countys():
    text = ("9月7日,县政协召开常委会议,县政协主席周明远主持。会议学习了《中共新余市委关于加强政协工作的意见》。\n")
    assert _names(_locate(text)) == [("分宜县", "text")]
    assert _names(_locate(text.replace("新余市", "赣州市"))) == [("赣州市", "text")]  # many counties: none chosen


def test_a_portal_named_by_a_direction_is_no_division():
    text = "东方新闻网5月19日消息:今天,广州市委书记周明远与代表团举行座谈会。\n"
    assert _names(_locate(text))[0][0] != "东方市"


@pytest.mark.parametrize("url, name", [
    ("http://www.zhushan.cn/paper/2025/1.html", "竹山县"),  # a bare name, chosen by the page's 县 bodies
    ("http://m-xiaochang.example.org/p/1.html", "孝昌县"),  # a mobile channel
])
def test_a_bare_or_mobile_host_hints_the_county_of_the_pages_bodies(url, name):
    text = "5月6日,县委副书记、县长周明远主持召开县政府常务会议。\n"
    assert _names(_locate(text, source=url)) == [(name, "address")]


@pytest.mark.parametrize("level, name", [("区", "奉贤区"), ("县", None)])  # 丰县 and 凤县: two counties
def test_a_government_host_of_homophones_names_the_one_of_the_pages_bodies(level, name):
    text = f"1月15日下午,{level}政协召开六届四次会议组长会议。{level}政协副主席周明远出席会议。\n"
    places = _names(_locate(text, source="https://zx.fengxian.gov.cn/a/1.htm"))
    assert places == ([(name, "address")] if name else [(None, None)])


def test_a_company_home_page_is_no_place():
    assert address_hints("http://www.pingan.com/") == ([], [])


def test_bare_city_and_county_initials_are_no_hint_without_an_outlets_affix():
    assert address_hints("http://www.xyxc.com/2022-05/08/content_1.htm") == ([], [])
    assert [[d.name for d in c] for c in address_hints("http://xxmyq.gov.cn/x/1.html")[1]] == [["牧野区"]]


def test_a_hosts_name_with_its_level_hints_the_division():
    # chuanhuiqu.net: 川汇区 spelt whole with 区, on a host of no government
    assert [[d.name for d in c] for c in address_hints("http://www.chuanhuiqu.net/show.asp?id=1")[1]] == [["川汇区"]]



def test_a_provinces_and_a_countys_initials_before_an_affix_are_no_hint():
    # ahscxzx, hbgstv: initials alone; the gold leaves such pages' 县政协 as written
    assert address_hints("http://www.ahscxzx.cn/a/1.html") == ([], [])


def test_the_short_form_of_the_one_county_of_its_bodies_kind_places_an_unplaced_page():
    text = "5月6日,县委书记周明远主持召开县委常委会会议。会议要求,奋力开创凤阳经济高质量发展新局面。\n"
    assert _names(_locate(text)) == [("凤阳县", "text")]
    # a district's short bodies: a county's short form is not theirs
    assert _names(_locate(text.replace("县委", "区委"))) == [(None, None)]
    # a common word (资源县) and a name (路凤阳同志 is no 凤阳县) place nothing
    for level, said in (("县", "要求整合农村资源。"), ("县", "会议免去路凤阳同志副县长职务。"),
                        ("区", "随后到张店镇看望委员。")):  # a town's name, not 张店区
        assert _names(_locate(f"5月6日,{level}委书记周明远主持召开{level}委常委会会议。{said}\n")) == [(None, None)]


def test_a_county_short_form_jieba_hardly_knows_places_an_unplaced_page():
    """分宜 is in jieba's dictionary (a verb, 9 times), no common word; 河南 is the province's short
    form, though a county bears it too."""
    text = "2月17日,县长周明远主持召开县政府党组会议。会议要求,让分宜成为创新创造的热土。\n"
    assert _names(_locate(text)) == [("分宜县", "text")]
    text = "5月24日,县委书记周明远主持召开党政联席会议,学习总书记在河南视察时的讲话。\n"
    assert _names(_locate(text)) != [("河南蒙古族自治县", "text")]


def test_a_county_short_form_narrows_a_page_a_provincial_site_placed_in_its_province():
    text = "2月17日,县政协委员集中视察了重点项目。大家纷纷表示,要为江华高质量发展建言献策。\n"
    assert _names(_locate(text, source="http://www.hunanzx.gov.cn/a/1.html")) == [("江华瑶族自治县", "text")]


def test_county_bodies_named_twice_beside_more_city_bodies_relayed_are_the_pages_own():
    """A county's meeting relays 省委、市委、市政府 words: 市 is named short more often, but no
    city is named, and 县委 twice makes it a county page, placed by its county's short form."""
    text = ("3月14日,县委书记周明远主持召开县委常委会第14次(扩大)会议,传达学习省委、市委常委会(扩大)会议精神"
            "和市委、市政府有关部署。会议要求,进一步打响“画本凤阳”品牌。\n")
    assert _names(_locate(text)) == [("凤阳县", "text")]
    # a city's page (a city named) on its districts' bodies stays the city's
    city = ("12月28日,滁州市政协召开市区政协主席座谈会,听取各区政协对滁州市政协工作的意见。\n"
            "“市政协委员视野广,区政协委员接地气。”琅琊区政协主席周明远发言时表示。南谯区政协副主席钱雨辰"
            "也建议市政协加强协调各区政协之间的互动,通过市政协平台与市委、市政府有关部门协商。\n")
    assert _names(_locate(city)) == [("滁州市", "text")]


def test_an_autonomous_prefectures_short_form_narrows_a_page_placed_in_its_province():
    text = ("3月27日,州长周明远主持召开州政府常务会议。会议要求,全省各地要抓好落实,"
            "确保云南省委部署在大理落地生根,云南省各部门要积极配合。\n")
    assert _names(_locate(text)) == [("大理白族自治州", "text")]


def test_a_citys_short_form_places_a_page_on_its_bodies_named_short():
    text = "您的位置: 首页 > 走进伊春\n市政府召开常务会议\n2月22日上午,市长周明远主持召开市政府常务会议。\n"
    assert _names(_locate(text))[-1] == ("伊春市", "text")
    # 长葛 inside 处长葛某: part of a title and a name, no city
    text = "3月1日,市委统战部党派处处长葛立新应邀参加市政协会议。市长周明远主持。\n"
    assert _names(_locate(text)) == [(None, None)]


def test_a_short_form_beside_another_division_of_its_kind_named_in_full_places_nothing():
    text = "2月22日,伊春市政府召开常务会议。市长周明远主持。会议要求,学习借鉴鹤岗经验。\n"
    assert _names(_locate(text)) != [("鹤岗市", "text")]


def test_several_cities_of_one_province_place_a_page_in_that_province():
    text = ("6月8日至12日,省人大常委会副主任周明远、钱雨辰分别带队到市县调研。"
            "周明远到衡水、沧州,钱雨辰到保定、邢台。\n")
    assert _names(_locate(text)) == [("河北省", "text")]
    assert _names(_locate(text.replace("邢台", "郑州"))) == [(None, None)]  # two provinces: none


def test_divisions_of_one_city_place_a_page_in_that_city_where_it_is_named():
    text = ("12月7日,市政协主席周明远带领部分委员,赴乐陵市、德城区视察。周明远一行先后视察了乐陵市的产业园区"
            "和德城区的学校。周明远要求,委员们要为德州高质量发展作出贡献。\n")
    assert _names(_locate(text)) == [("德州市", "text")]
    assert _names(_locate(text.replace("赴乐陵市", "赴山东省乐陵市"))) == [("德州市", "text")]  # its province named too
    # the city never named: only its province
    assert _names(_locate(text.replace("为德州", "为全市").replace("乐陵市、德城区", "乐陵市、德城区、夏津县"))) \
        == [("山东省", "text")]


def test_an_outlet_whose_place_opens_a_district_the_text_names_again_and_again_is_that_districts():
    """沙河融媒讯 on a page on 沙河口区 (大连): not 沙河市 (邢台) but the district the text names."""
    text = ("沙河融媒讯(记者 钱雨辰)1月19日,区政协主席周明远主持召开沙河口区政协预备会议。\n"
            "周明远指出,要为沙河口区高质量发展建言献策。\n")
    assert _names(_locate(text))[-1] == ("沙河口区", "text")
    assert _names(_locate(text.replace("沙河口区", "区")))[-1] == ("沙河市", "outlet")


def test_a_title_holding_a_county_name_is_no_division_beside_the_short_form():
    text = ("县政府召开第七次常务会议\n6月20日,县委副书记、代县长周明远主持会议。会议指出,"
            "“三区三线”划定工作很重要,决定黑山未来发展空间。\n")
    assert _names(_locate(text))[-1] == ("黑山县", "text")  # 代县长 names no 代县


def test_the_one_district_a_city_page_names_places_its_district_bodies_named_short():
    """区委常委会召开… on a page that names 北京 often and 房山区 once: the district's 区委."""
    text = ("6月15日,区委常委会召开扩大会议,传达学习北京市委近期会议精神。区委书记周明远主持会议。\n"
            "会议传达了市委书记钱雨辰关于北京南部地区发展的指示精神。市委书记钱雨辰指出,北京南部地区正面临难得的机遇。\n"
            "会议强调,市委的部署要落实到位。房山区要发挥生态优势,为首都发展作出贡献。\n")
    assert _names(_locate(text)) == [("房山区", "text")]
    assert _names(_locate(text.replace("房山区要", "房山区、门头沟区要"))) == [("北京市", "text")]  # two: none chosen
    assert _names(_locate(text.replace("区委", "党委"))) == [("北京市", "text")]  # no district body named short


def test_the_one_city_a_page_names_in_a_province_places_its_bodies_named_short():
    """某市妇联传达学习某省妇女代表大会精神, then 市妇联召开…: the city's federation, not the province's."""
    text = ("遂宁市妇联传达学习四川省第十四次妇女代表大会精神\n"
            "10月7日,市妇联召开专题会议传达学习四川省妇女第十四次代表大会精神。市妇联党组书记、主席周明远主持会议。\n")
    assert _names(_locate(text)) == [("遂宁市", "text")]
    assert _names(_locate(text.replace("遂宁市妇联传达", "遂宁市、绵阳市妇联传达"))) == [("四川省", "text")]  # two: none


def test_the_sites_owner_in_its_footer_is_the_outlet():
    """版权所有:某区人民代表大会常务委员会 at the foot of a page on 区人大常委会: that district's."""
    text = ("近日,区人大常委会主任周明远先后来到两个村,开展走访代表活动。\n"
            "扫一扫关注微信公众号\n版权所有:番禺区人民代表大会常务委员会 所有文章未经许可不得转载\n")
    assert {loc for loc in _names(_locate(text))} == {("番禺区", "outlet")}
    owned = "近日,区政协主席周明远带队调研。\n主办:中国人民政治协商会议北京市顺义区委员会\n"
    assert _names(_locate(owned))[0] == ("顺义区", "outlet")  # the innermost of 北京市顺义区
    welcome = ",欢迎访问西安建筑业协会官网!\n市住建局深入现场推进项目建设\n10月20日,市住建局副局长周明远带队赴未央区调研。\n"
    assert ("西安市", "outlet") in _names(_locate(welcome))  # the site that greets its reader


def test_an_outlets_host_of_initials_picks_the_division_the_text_names():
    """yjhlqnews.…: 伊金霍洛旗's initials and a news affix, on a page that names it once beside
    its region: the banner's page (bare initials alone spell too much to tell)."""
    text = ("夜校讲堂开讲\n11月10日,内蒙古党校夜校讲堂开讲,周明远主讲。\n讲堂每周一期,讲授理论。\n"
            "参加人员包括各部门负责人。\n学员表示,要学以致用,为伊金霍洛旗发展贡献力量。\n")
    source = "http://yjhlqnews.example.com/Html/2021-11-11/5630.html"
    assert _names(_locate(text, source=source)) == [("伊金霍洛旗", "address")]
    assert _names(_locate(text, source="http://www.example.com/5630.html")) == [("内蒙古自治区", "text")]


def test_a_bodys_column_names_its_place():
    """【天桥政协】区政协主席…: the column of a district CPPCC's pages on a city's site."""
    text = "【天桥政协】区政协主席周明远到东街街道调研\n11月7日下午,区政协主席周明远带队到东街街道调研指导工作。\n"
    assert _names(_locate(text, source="https://www.jnzx.gov.cn/xqzx/2022-11-09/1.html")) == [("天桥区", "outlet")]


def test_a_peer_district_gone_to_is_not_the_pages():
    """区人大常委会副主任甲率队赴某区学习考察: who went are a district's, named short, so the
    district gone to is a peer, not the page's."""
    text = ("区人大常委会副主任周明远赴綦江区学习考察代表工作\n近日,区人大常委会副主任周明远率队赴綦江区学习考察代表工作。"
            "綦江区人大常委会副主任钱雨辰陪同。\n周明远表示,要学习綦江区的经验,推动江津区代表工作再上新台阶。\n")
    assert _names(_locate(text)) == [("江津区", "text")]


def test_a_citys_site_on_one_of_its_counties_gone_to_learn_elsewhere():
    """A city's site (luoyang.…) on a county of it whose 县人大常委会 goes to learn from a county
    of another province, named more often: the one county of the city the article names, since
    it calls its bodies 县…; not the county gone to, nor the city."""
    text = ("宜阳县人大常委会组织考察团赴江苏睢宁县学习代表联络站工作\n"
            "4月22日至24日,县人大常委会副主任周明远、钱雨辰带领机关干部赴先进示范县——江苏省睢宁县学习考察。"
            "考察团先后来到睢宁县王集镇、双沟镇。睢宁县人大常委会主任孙立华介绍了相关经验。\n")
    source = "http://www.luoyang.gov.cn/2019/1.html"
    assert _names(_locate(text, source=source)) == [("宜阳县", "text")]
    assert ("周明远", "宜阳县人大常委会", "副主任") in positions_of(to_record(extract_text(text, source=source)))


def test_a_province_right_after_a_city_names_a_chamber_not_the_page():
    """某市浙江商会: a chamber of another province's merchants in the city; the province named
    right after the city is no rival for the page's locality."""
    text = "3月1日,淄博市工商联召开会长座谈会。市政协副主席周明远出席,淄博市浙江商会会长钱雨辰发言。\n"
    assert _names(_locate(text)) == [("淄博市", "text")]


def test_a_delegations_home():
    # a county's delegation away: its home, not the city and counties it visits
    away = ("3月3日,岳西县党政代表团在县委书记周明远率领下,赴芜湖市进行学习考察。"
            "代表团先后深入繁昌区、南陵县等地。县委办公室负责人陪同。\n")
    assert [loc.name for loc in _locate(away)] == ["岳西县"]
    # a delegation come to the page's county is its guest
    guest = "岳西县党政代表团来南陵考察\n3月3日,岳西县党政代表团来我县考察。县委书记周明远陪同。代表团考察了南陵县籍山镇。\n"
    assert [loc.name for loc in _locate(guest)] == ["南陵县"]


def test_a_source_line_is_no_delegations_verb():
    """来源: (a page's source line) is not 来 (a delegation come as a guest): the county whose
    delegation the headline names stays the page's."""
    text = ("宝丰县党政考察团外出考察学习\n2022/6/8 来源:不详\n"
            "2月13日,县委书记王小明带领县党政考察团到舞钢市、叶县考察学习。县长李大民参加。\n")
    assert _names(_locate(text)) == [("宝丰县", "text")]


def test_a_site_of_another_region_relaying_a_countys_page():
    """An address that names a division the text never touches (a 哈密 site relaying a page on
    宝丰县) yields to the county the headline names, and the page's bodies resolve in that
    county's province, not the address's."""
    text = ("宝丰县党政考察团外出考察学习\n2022/6/8 来源:不详\n"
            "2月13日,县委书记王小明带领县党政考察团到舞钢市、叶县考察学习。县长李大民参加。\n")
    source = "http://www.hamizx.com/a/1.html"
    assert _names(_locate(text, source=source)) == [("宝丰县", "text")]
    record = to_record(extract_text(text, source=source))
    assert {(p["person"], p["org"]) for p in record["positions"]} == {("王小明", "宝丰县委"), ("李大民", "宝丰县政府")}
    # an address whose region the text names keeps the page's province (a provincial site's
    # page of its secretary's meeting held in another province's city)
    away = "沈阳座谈会\n9月23日,省委书记王小明在沈阳主持召开湘商座谈会,推动湖南发展。\n"
    record = to_record(extract_text(away, source="https://hn.rednet.cn/content/1.html"))
    assert ("王小明", "湖南省委") in {(p["person"], p["org"]) for p in record["positions"]}


def test_a_provincial_sites_page_on_one_of_its_cities():
    """A province's site (its address, its breadcrumb name the province, named again in the body)
    with a page on 市长, 市政府 whose headline names one city of it: the city's page."""
    text = ("河北新闻>>聚焦河北\n\n沧州84个市重点项目6月底前要全开工\n\n2017-04-19 14:36:32 来源:某某晚报\n\n"
            "4月18日,市长周明远主持召开市政府第一次常务会议,强调要突出项目建设,对接河北省重大转型升级项目。\n")
    source = "http://hebei.hebnews.cn/2017-04/19/content_1.htm"
    assert [loc.name for loc in _locate(text, source=source)] == ["沧州市"]
    record = to_record(extract_text(text, source=source))
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("沧州市政府", ["周明远"])]


def test_a_banner_named_once_on_a_page_of_qi_bodies():
    """旗委, 旗长 are a county's bodies (a banner's): the one banner the page names, not the
    league or the region it names beside it."""
    text = ("周明远调研规上工业企业生产经营情况\n9月28日,旗委副书记、政府旗长周明远走访调研部分规模以上工业企业。"
            "旗委常委钱雨辰参加调研。\n周明远一行先后到内蒙古某矿业有限公司、锡林郭勒盟某锌业有限公司和阿巴嘎旗某实业有限公司。\n")
    assert [loc.name for loc in _locate(text)] == ["阿巴嘎旗"]


def test_a_page_calling_its_county_wo_xian_is_the_county_its_headline_names():
    text = ("当前位置: >> 县区人大 >> 南乐县\n驻濮阳经济技术开发区市人大代表到我县开展视察活动\n"
            "按照市人大常委会统一安排,1月25日,驻濮阳经济技术开发区市人大代表一行8人到我县进行视察。县人大常委会主任周明远陪同。\n")
    assert _names(_locate(text, source="http://www.puyang.gov.cn/2018/1.html")) == [("南乐县", "text")]
    # a county the delegation went to is not the page's
    away = "1月25日,县人大常委会组织代表赴南乐县学习。我县代表一行8人参加。\n"
    assert [loc.name for loc in _locate(away)] != ["南乐县"]


def test_a_district_short_name_opening_a_banks_name_is_no_vote():
    """某银行 named by a district's short form (惠济银行 beside 惠济区) is a unit: it votes for no
    locality, and the city the page names is the page's."""
    text = ("8月1日,市委书记周明远亲切会见惠济银行党委书记、董事长钱雨辰一行,惠济银行行长孙立新参加会见。\n"
            "周明远对惠济银行长期以来给予开封发展的支持表示感谢。开封市与惠济银行合作空间巨大。\n")
    assert _names(_locate(text)) == [("开封市", "text")]
    record = to_record(extract_text(text))
    assert "惠济银行" in record["organizations"] and not any("惠济区" in o for o in record["organizations"])
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("开封市委", ["周明远"])]  # the host leads the call


def test_a_provincial_portals_page_is_of_its_province(record_of):
    """hn.rednet.cn (湖南's party paper's portal): 省委书记 in 深圳 is 湖南's, not 广东's."""
    text = "23日中午,省委书记周明远在深圳主持召开湘商座谈会,广东省湖南商会会长钱雨辰发言。\n"
    events = record_of(text, source="https://hn.rednet.cn/content/1/2/3.html", pub_date="2021-09-24")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("湖南省委", ["周明远"])]
    assert record_of(text)["events"][0]["org"] != "湖南省委"  # without the portal: the text's 广东


def test_a_story_relayed_from_another_provinces_outlet_is_that_outlets():
    """来源:某市青年报, then 据“某省在线”消息: the page republishes another province's story;
    the relayed outlet's place is the story's. A relayed outlet of the same province (a county's
    paper quoting its provincial daily) leaves the page's own outlet."""
    text = ("来源:北京青年报\n撰文丨周明远\n"
            "据“四川在线”消息,6月18日,省委科技委员会第一次会议召开,省委书记钱雨辰主持会议。\n")
    assert _names(_locate(text)) == [("四川省", "outlet")]
    same = "来源:临海新闻网\n据浙江日报报道,6月3日,市政协主席周明远主持召开市政协主席会议。\n"
    assert _names(_locate(same)) == [("临海市", "outlet")]


def test_a_national_sites_channel_for_a_province_lets_a_districts_short_name_place_the_page(record_of):
    """jiangsu.某网.cn (a weak address: a national portal's channel) and a headline naming 金坛 (a
    district of that province by its short name): the page is the district's, 区政府 its government."""
    text = "金坛东城街道:副区长周明远调研街道网格化建设情况\n近日,副区长周明远一行赴东城街道华胜社区进行现场调研。\n"
    record = record_of(text, source="http://jiangsu.china.com.cn/html/jsnews/around/1.html")
    assert ("周明远", "金坛区政府", "副区长") in positions_of(record)


def test_a_taiwan_districts_short_form_places_no_page(record_of):
    """区委宣传部、…、区凤山祖庙旅游区管理处: 凤山 is the short form of a district of Taiwan's only
    (凤山县 is a county); the page's 区 stays unnamed, not 凤山区."""
    record = record_of("本轮巡察对区委宣传部、区政府办、区凤山祖庙旅游区管理处等单位党组织开展巡察。区委书记王志强出席。\n")
    assert not [o for o in record["organizations"] if o.startswith("凤山")], record["organizations"]


def test_a_city_standing_members_county_is_not_the_pages_city(record_of):
    """市委常委、某县级市委书记甲,市人大常委会副主任乙: the county-level city is a post the city's
    standing member holds there; the page's 市 is the city holding it (绵竹市 → 德阳市)."""
    text = ("本报讯 7月9日上午,市人大常委会召开主任会议。市人大常委会主任刘守一主持会议。"
            "市委常委、绵竹市委书记陈小彬,市人大常委会副主任肖龙某出席会议。\n")
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {("刘守一", "德阳市人大常委会", "主任"), ("陈小彬", "德阳市委", "常委"), ("陈小彬", "绵竹市委", "书记"),
            ("肖龙某", "德阳市人大常委会", "副主任")} <= posts


def test_a_leagues_initials_on_its_cppccs_site_over_the_places_it_visited():
    """xlglzx: 锡林郭勒盟 by initials and the CPPCC's affix; the page's 盟政协 went to a city
    named more often than the league itself."""
    text = ("盟政协副主席周明远一行赴外地考察\n5月12日—16日,盟政协副主席周明远带队,赴甘肃省酒泉市和"
            "新疆维吾尔自治区哈密市开展学习考察。在哈密市,考察组察看了边境口岸。\n考察组与"
            "哈密市政协座谈,听取哈密市边境管控工作介绍。\n哈密市伊吾县有关负责同志陪同。\n"
            "考察组表示,锡林郭勒盟将借鉴经验。\n")
    assert _names(_locate(text, source="http://www.xlglzx.gov.cn/art/1.html")) == [("锡林郭勒盟", "address")]


def test_a_party_come_to_a_province_named_by_its_abbreviation_is_a_guest():
    """辽宁省政协某委员会主任甲一行来鄂调研: the page is the host's, 湖北; 京 (来京参加) tells nothing."""
    text = ("辽宁省政协外事委员会主任周明远一行来鄂调研\n5月22日至25日,辽宁省政协外事委员会主任周明远一行6人来鄂,"
            "就养老产业发展情况进行了专题调研。辽宁省政协外事委员会副主任孙立新参加调研。"
            "省政协外事委员会主任钱雨辰接待了调研组一行。\n")
    assert _names(_locate(text))[-1] == ("湖北省", "text")
    text = ("辽宁省政协主席周明远一行来京参加会议\n3月4日,辽宁省政协主席周明远一行来京参加全国政协会议。辽宁省政协副主席钱雨辰陪同。\n")
    assert _names(_locate(text))[-1] == ("辽宁省", "text")


def test_a_party_come_to_the_pages_own_body_is_a_guest():
    """某市某县政协副主席甲一行来我室考察交流: the page is its host's, the city it names later."""
    text = ("太原市娄烦县政协来我室考察交流\n12月6日,太原市娄烦县政协副主席周明远一行来我室考察交流,"
            "双方召开了座谈会。会议由市委史志研究室主任钱雨辰主持。吕梁市政协文史委副主任孙立新陪同。\n"
            "周明远副主席感谢了吕梁市委史志研究室的热情接待。他表示,吕梁与娄烦相邻,交城县、方山县、岚县"
            "革命遗址遍布。\n")
    assert _names(_locate(text))[-1] == ("吕梁市", "text")


def test_our_county_is_the_one_named_most_when_the_lead_names_none(record_of):
    """我县参加全市…会议 on a page whose lead names its city and no county, and its county further on
    (twice, another once): the county's government is that county's."""
    text = ("我县参加全市健康扶贫暨医改工作电视电话会议\n作者: 发布时间:2017/11/1 11:41:53 点击率:0\n"
            "10月30日,临沧市人民政府召开全市健康扶贫暨医改工作电视电话会议,市委副书记、市人民政府市长周明远出席会议并作要求,"
            "副市长孙立华主持会议。我县在行政中心视频会议室设分会场同步参会。县人民政府副县长钱雨辰,县卫计局、县扶贫办负责人聆听会议。\n"
            "周明远强调,医疗体制改革要在云县人民医院继续进行试点,在全市进行推广。\n"
            "会上,临沧市卫计委主任吴佳汇报了全市工作情况,双江自治县人民政府领导和云县人民医院负责人分别汇报了“云县经验”情况。\n")
    assert ("钱雨辰", "云县政府", "副县长") in positions_of(record_of(text))
