"""kg.places: divisions by their gazetteer full name; towns, villages and sites as written."""
import pytest

from kg.gazetteer import gazetteer
from kg.pipeline import extract_text
from kg.places import find_divisions, find_local_places

@pytest.mark.parametrize("dateline, full", [
    ("绵阳", "绵阳市"),
    ("江油", "江油市"),
    ("北川", "北川羌族自治县"),
    ("天祝", "天祝藏族自治县"),
    ("嘉峪关", "嘉峪关市"),
    ("岳阳", "岳阳市"),
    ("安吉", "安吉县"),
    ("阿坝", "阿坝藏族羌族自治州"),
    ("天水", "天水市"),
    ("武汉", "武汉市"),
    ("南京", "南京市"),
    ("丽水", "丽水市"),
])
def test_dateline_place_has_its_full_name(record_of, dateline, full):
    record = record_of(f"本报{dateline}讯(通讯员王晓梅)6月12日,市政协召开常委会会议。")
    assert full in record["places"]


@pytest.mark.parametrize("dateline, org", [
    ("天水", "天水市政协"),
    ("武汉", "武汉市政协"),
])
def test_dateline_resolves_short_references_for_every_city(record_of, dateline, org):
    assert org in record_of(f"本报{dateline}讯(通讯员王晓梅)6月12日,市政协召开常委会会议。")["organizations"]


@pytest.mark.parametrize("text, places", [
    ("本报江油讯(通讯员王晓梅)6月18日,视察组先后来到大康镇官渡村和李白纪念馆,实地察看。",
     {"江油市", "大康镇", "官渡村", "李白纪念馆"}),
    ("本报岳阳讯(通讯员王晓梅)6月17日,调研组赴岳阳县、平江县开展调研,来到张谷英镇张谷英村。",
     {"岳阳市", "岳阳县", "平江县", "张谷英镇", "张谷英村"}),
    ("本报绵阳讯(通讯员王晓梅)6月5日,市政协组织委员赴三台县开展读书活动。", {"绵阳市", "三台县"}),
    ("本报酒泉讯(通讯员王晓梅)3月11日,市政协主席带队赴宁夏银川市开展考察。",
     {"酒泉市", "宁夏回族自治区", "银川市"}),
    ("6月12日,会议在北川羌族自治县召开。", {"北川羌族自治县"}),
    ("3月5日,大同镇党委书记柏某农带领机关全体工作人员共同学习。", {"大同镇"}),  # a town named after a city, 大同 a word too
    # a tour's stops with no 等 closing the list: those a site's word ends
    ("调研组一行先后来到青禾世界雕塑园、青禾旧址博物馆,桂林路和红旗街,实地参观。", {"青禾世界雕塑园", "青禾旧址博物馆"}),
])
def test_places_found(record_of, text, places):
    assert places <= set(record_of(text)["places"])


@pytest.mark.parametrize("text, places", [
    ("与青禾山、柏平两镇负责人进行交流。", ["青禾山镇", "柏平镇"]),  # one level word after a count, for each
    ("河北、青麻两乡南部高寒牧业区。", ["河北乡", "青麻乡"]),  # a province's name a town bears
    ("县长到河北乡黄河村调研。", ["河北乡", "黄河村"]),
    ("推进河北乡村振兴。", ["河北省"]),  # 乡村: the province's countryside, no town
])
def test_towns_a_list_or_a_province_name_shares(record_of, text, places):
    assert record_of(text)["places"] == places


def test_no_places_in_a_pages_menu_line(record_of):
    text = ("中新网首页|安徽|北京|上海|重庆|福建|甘肃|新疆|兵团\n"
            "1月8日上午,政协乌什县第十四届委员会第七次会议在乌什县委党校开幕。县委副书记周明远主持会议。\n")
    assert record_of(text)["places"] == ["乌什县"]


def test_a_paragraph_ending_in_a_tables_empty_cells_is_no_menu(record_of):
    """某段落。 | |||||||| (a page scraped from a table): the bars close empty cells, the places stand."""
    text = ("3月1日,驻桂全国政协委员乘专机抵达北京。委员们表示,要广泛宣传广西。 | ||||||||\n")
    assert record_of(text)["places"] == ["北京市", "广西壮族自治区"]


@pytest.mark.parametrize("text, not_place", [
    ("本报绵阳讯(通讯员王晓梅)6月12日,推动乡村全面振兴和城乡融合发展。", "乡村"),
    ("本报绵阳讯(通讯员王晓梅)6月12日,委员们深入基层社区开展服务。", "基层社区"),
    ("本报绵阳讯(通讯员王晓梅)6月12日,全市各镇村干部参加培训。", "全市各镇"),
    ("本报绵阳讯(通讯员王晓梅)6月12日,委员们走进四川西农食品科技有限公司。", "四川省"),
    # a verb's object (就某镇…), a word for a kind of village or town, the countryside
    ("本报绵阳讯 6月12日,委员们就青禾镇乡村振兴工作开展调研。", "们就青禾镇"),
    ("本报绵阳讯 6月12日,会议要求所有村加快建设特色小镇。", "所有村"),
    ("本报绵阳讯 6月12日,会议要求所有村加快建设特色小镇。", "特色小镇"),
    ("本报绵阳讯 6月12日,侨胞们回到福清侨乡参观。", "福清侨乡"),
    ("本报绵阳讯 6月12日,会议要求使青禾村面貌焕然一新。", "使青禾村"),
    ("本报绵阳讯 6月12日,全县大学生村官参加培训。", "大学生村"),
    # a short name going on into a school's, a company's or a paper's name
    ("4月1日上午,西安交通大学党委统战部召开座谈会。", "西安市"),
    ("据山西日报报道,2月4日,某县召开常委会会议。", "山西省"),
    ("9月23日,江油市太白镇召开人代会,审议《2021年度太白镇民生实事项目推进情况报告》。", "年度太白镇"),
    # a city inside a person's name, where the name is read and where it stands alone after
    ("9月12日,会议邀请中央党校博士生导师蒲长春教授作专题讲座。蒲长春立足全局作了阐释。", "长春市"),
])
def test_not_places(record_of, text, not_place):
    assert not_place not in record_of(text)["places"]


def test_a_village_named_like_a_kind_of_place_is_a_place(record_of):
    assert "孟村镇" in record_of("7月5日,孟村镇召开党委会议。")["places"]  # 村镇 inside a town's name


def test_a_full_name_before_a_school_is_a_place(record_of):
    assert "陆丰市" in record_of("视察团实地视察了陆丰市青禾中学新校区。")["places"]


def test_division_mentions_carry_the_full_name():
    g = gazetteer()
    sichuan = g.lookup("四川省")
    text = "调研组赴北川羌族自治县、江油市和三台县开展调研。"
    found = {m.text: m.key for m in find_divisions(text, 0, len(text), sichuan)}
    assert found == {"北川羌族自治县": "北川羌族自治县", "江油市": "江油市", "三台县": "三台县"}


def test_short_forms_outside_the_papers_province_are_not_places():
    """江油 alone in a Gansu paper is not a mention of 江油市 (short forms need the province)."""
    g = gazetteer()
    text = "委员们围绕江油诗城文化开展交流。"
    assert find_divisions(text, 0, len(text), g.lookup("甘肃省")) == []
    assert [m.key for m in find_divisions(text, 0, len(text), g.lookup("四川省"))] == ["江油市"]


@pytest.mark.parametrize("province, text, found", [
    ("广西壮族自治区", "自治区自然资源厅党组成员王某出席。", []),  # 资源 inside 自然资源: no 资源县
    ("湖北省", "公安部党委委员、副部长李某调研。", []),  # no 公安县
    ("重庆市", "委托璧山、渝中等5个区县负责。", ["璧山区", "渝中区"]),  # 等 ends it, whatever jieba makes of 中等
    ("江西省", "考察组赴太仓、平湖两地学习。", ["太仓市", "平湖市"]),  # counties of another province, listed as places
    ("甘肃省", "始终与党同心同德、同心同向、同心同行。", []),  # words said again, no list (同心县, 同德县)
    ("山西省", "会上,太仓、平湖、中心三个社区作了述职。", []),  # communities named like counties
    ("广西壮族自治区", "重点巡查大江口、长沙村等风险区域。", []),  # a list of a village and a site
])
def test_a_short_form_is_a_word_of_its_own(province, text, found):
    g = gazetteer()
    assert [m.key for m in find_divisions(text, 0, len(text), g.lookup(province))] == found


@pytest.mark.parametrize("text, found", [
    ("3月8日,自治区党委宣传部在银川召开座谈会。", ["银川市"]),  # a provincial capital jieba tags no place name
    ("3月8日,会议在合肥召开。", ["合肥市"]),
    ("为防范台风,福清市海口镇排查隐患。", ["福清市"]),  # 海口镇: a town named like the city
    ("委员们来到南阳路社区调研。", []),  # a street named for a city
])
def test_a_city_by_its_short_name_alone(text, found):
    assert [m.key for m in find_divisions(text, 0, len(text), None)] == found


@pytest.mark.parametrize("text, names", [
    ("视察组先后来到大康镇官渡村百合种植基地。", ["大康镇", "官渡村"]),
    ("实地察看平江起义纪念馆。", ["平江起义纪念馆"]),
    ("委员们来到天荒坪镇、莫干山镇调研。", ["天荒坪镇", "莫干山镇"]),
    ("县委书记到青林经济开发区、白石高新区调研。", ["青林经济开发区", "白石高新区"]),  # development zones
    ("今日上午,汀城镇胜利召开大会。推进小城镇建设。", ["汀城镇"]),  # a town named 某城, not 小城镇 or 城镇
    ("先后来到汀城镇下营村、团结村等地。", ["汀城镇", "下营村", "团结村"]),  # words as names: after their town, in its list
    ("工作队驻青林镇营胜村开展帮扶。", ["青林镇", "营胜村"]),  # 驻 before the town
    ("走访汀城镇下营村农村危旧土坯房改造户。", ["汀城镇", "下营村"]),  # the village ends at its own 村
    ("5月6日,汀城镇召开村两委干部会议。", ["汀城镇"]),  # 召开 a 村's meeting: no village 召开村
    ("区人大街道工委召开会议,各苏木镇人大主席参加。", []),
    ("开展访企入村行动,推进信息进村入户。", []),  # a verb's 村: into the villages
    ("实施“万企兴万村”行动,推进百企兴百村等工作,保护传统村落。", []),  # a drive's 万村, 百村; a kind of village
    # a date before a town; 村里 (in the village) and 村村委会 (its committee) after a village
    ("7月27日汀城镇出现强降雨,地势比村里低的农户已转移,下营村村委会值守。", ["汀城镇", "下营村"]),
  # a congress's street committee; sums and towns
    # a town's name with a level's character in it (新市镇, 旧县镇, 撮镇镇), not the towns in general
    ("简阳市汀市镇、青林县旧县镇和岚镇镇干部参加。", ["汀市镇", "旧县镇", "岚镇镇"]),
    ("要求区镇两级、全市乡镇和宁波市镇村干部参加。", []),
    ("调研组来到城关镇、城厢乡调研。", ["城关镇", "城厢乡"]),  # 城 opens a name, not only 城镇
    # areas a place names (某新区, 某片区, 某试验区), not a kind of area or a phrase before one
    ("调研组赴青峦新区、汀江片区和岚峰试验区调研。", ["青峦新区", "汀江片区", "岚峰试验区"]),
    ("要推动产业新区建设,打造生态文明先行示范区。", []),
    ("详细了解自贸片区建设,三大片区协同发展。", []),
    # a league's townships and villages (苏木, 嘎查), their names up to six characters, after their
    # banner (某旗某镇 as 某县某镇); 苏木镇 a kind; a flag's 旗 (红旗镇) no banner's
    ("调研组来到乌力吉图苏木查干诺尔嘎查、巴彦宝力格嘎查村和青格尔旗乌兰镇,全旗苏木镇干部参加。",
     ["乌力吉图苏木", "查干诺尔嘎查", "巴彦宝力格嘎查村", "乌兰镇"]),
    ("调研组来到红旗镇。", ["红旗镇"]),
    # a division opening on 镇 (镇江市), a deputy town head (副镇长), a count (52名县镇), 村庄 and 村志
    ("周某会见镇江市客人。6位副镇长和52名县镇人大代表到青石镇江村查看村庄整治和村志编修。", ["青石镇"]),
    # 了解 before a town; a drive's or a task's words (部门包村, 在职党员进社区, 讲好乡音, 村容镇貌, 村集体)
    ("深入了解青石镇发展,部门包村,在职党员进社区、前进社区,讲好乡音,美化村容镇貌,壮大村集体经济。",
     ["青石镇", "前进社区"]),
    ("4月22日,澧县青石镇召集镇干部开会,听取镇村汇报,某镇下营村参加。", ["青石镇", "下营村"]),  # no town in a town
    # 据 (as someone says) before a town; words ending in 乡 (送戏下乡, 返乡, 家乡) and 乡贤: no township
    ("据青石镇党委书记周某介绍,该镇组织送戏下乡,邀请返乡乡贤回到家乡,向乡贤代表推介项目。", ["青石镇"]),
])
def test_local_places_written_as_in_the_text(text, names):
    found = find_local_places(text, 0, len(text))
    assert [m.text for m in found] == names
    for m in found:
        assert text[m.start:m.end] == m.text == m.key


def test_former_divisions_are_found_by_full_name():
    """A division no longer in use (闸北区, merged into 静安区 in 2015) named in full."""
    text = "2012年,闸北区政协与崇文区、昌平县的委员开展交流。"
    found = [(m.text, m.key) for m in find_divisions(text, 0, len(text), None)]
    assert found == [("闸北区", "闸北区"), ("崇文区", "崇文区"), ("昌平县", "昌平县")]


@pytest.mark.parametrize("text", [
    "县委书记主持召开县政协党组会议。",  # 召|开县: one-character cores are not scanned
    "推动城南区域协调发展。",  # 城南区|域
    "到达县城后开展调研。",
])
def test_former_names_inside_other_words_are_not_places(text):
    assert find_divisions(text, 0, len(text), gazetteer().lookup("重庆市")) == []


def test_a_former_two_character_county_named_twice():
    text = "会议审议了《关于审定户县农村改革方案的请示》和《关于评选户县劳动模范的请示》。"
    assert {m.key for m in find_divisions(text, 0, len(text), None)} == {"户县"}
    once = "会议审议了《关于审定户县农村改革方案的请示》。"
    assert find_divisions(once, 0, len(once), None) == []  # a short name needs a second mention


@pytest.mark.parametrize("text", [
    "通过了郑某任县妇联副主席,赵某任县妇联委员。",  # appointed to the county's
    "推进新区建设,新区管委会召开会议。",  # an ordinary word
])
def test_former_two_character_names_that_are_words_are_not_places(text):
    assert find_divisions(text, 0, len(text), None) == []


def test_a_dated_page_names_the_division_of_its_year():
    g = gazetteer()
    text = "委员们赴昌平调研。"
    beijing = g.lookup("北京市")
    assert [m.key for m in find_divisions(text, 0, len(text), beijing, year=1995)] == ["昌平县"]
    assert [m.key for m in find_divisions(text, 0, len(text), beijing, year=2005)] == ["昌平区"]
    assert [m.key for m in find_divisions(text, 0, len(text), beijing)] == ["昌平区"]


@pytest.mark.parametrize("text, place", [
    ("楚雄州委召开常委会会议。", "楚雄彝族自治州"),  # a short form with its level: the division
    ("景宁县民宗局召开会议。", "景宁畲族自治县"),  # an autonomous county as the press writes it
    ("恩施州政府召开常务会议。", "恩施土家族苗族自治州"),
])
def test_a_short_form_with_its_level(text, place):
    ex = extract_text(text)
    assert [(m.text, m.key) for m in ex.mentions if m.label == "PLACE"] == [(text[:3], place)]


@pytest.mark.parametrize("text, sites", [
    ("全国人大常委会4日上午在北京人民大会堂举行委员长会议。", {"人民大会堂"}),  # a venue after its city
    ("省人大常委会第八次会议在湖南人民会堂闭幕。", {"湖南人民会堂"}),  # a generic venue keeps its province
    ("新闻中心于3月11日在梅地亚中心多功能厅举行记者会。", {"梅地亚中心"}),
    ("委员们先后到柏树物流园、县一中迁建、广济医院等重点项目的建设现场视察。", {"柏树物流园", "县一中", "广济医院"}),
    ("会议在县委召开。", set()),  # a body is no site
    # a tour's stops to the clause's end, after verbs in a row; each stop to its site's word
    ("调研组一行先后参观考察了柳溪民俗博物馆、桂塘古村,听取汇报。", {"柳溪民俗博物馆", "桂塘古村"}),
    ("代表们来到云岭国际会展中心实地走访。", {"云岭国际会展中心"}),
    ("考察组前往青枫花卉基地调研。", {"青枫花卉基地"}),
    ("党员们走进杏坪故居陈列馆,重温入党誓词。", {"杏坪故居陈列馆"}),
    ("随后,在石门抗战纪念馆,党员们重温入党誓词。", {"石门抗战纪念馆"}),  # a stop opening its clause
    ("委员们还参观了校史馆,并座谈交流。", set()),  # a kind of site names none
    ("一行实地察看了产业基地部分园区载体建设。", set()),  # some of a kind's sites
    ("组织参观了企业展厅和检测中心等园区,听取汇报。", set()),
    ("会议在广州召开。", set()),  # a division is found as a division
    ("我院在门诊楼大会议室召开了座谈会。", set()),  # a building's big room: no 门诊楼大
    ("会议在柳溪会展中心三号会议室举行。", {"柳溪会展中心"}),
])
def test_sites_of_meetings_and_tours(text, sites):
    ex = extract_text(text)
    found = {m.key for m in ex.mentions if m.label == "PLACE"} - {"广州市", "北京市", "湖南省"}
    assert found == sites


@pytest.mark.parametrize("text, county", [
    ("6月2日上午,政府代县长周明远主持召开县长办公会。", "代县"),
    ("会议任命王明为某县人民政府代理县长。", "理县"),
])
def test_a_county_inside_a_title_is_no_place(record_of, text, county):
    assert county not in record_of(text)["places"]


def test_a_short_form_ending_the_text():
    from kg.gazetteer import gazetteer
    from kg.places import find_divisions
    text = "本报讯 会议在楚雄"
    (m,) = find_divisions(text, 0, len(text), gazetteer().lookup("云南省"))
    assert (m.text, m.key) == ("楚雄", "楚雄彝族自治州")


@pytest.mark.parametrize("text, place, not_place", [
    ("首页>>南门街道召开会议。\n", "南门街道", "首页>>南门街道"),  # page furniture before a street
    ("走访了东安路街道青石社区。\n", "青石社区", "东安路街道青石社区"),  # a community inside its street
    ("要把城镇建设好,打造经济大镇。\n", None, "要把城镇"),
    ("上级要求我镇加快发展。\n", None, "求我镇"),
])
def test_local_places_start_where_a_name_can(record_of, text, place, not_place):
    places = record_of(text)["places"]
    assert not_place not in places and (place is None or place in places), places
    assert "经济大镇" not in places


@pytest.mark.parametrize("text, names", [
    ("会上,各村书记就本村发展思路作了交流。", []),
    ("要充分认识城乡融合发展的重要意义。", []),
    ("调研组来到江油市青莲镇、雁门镇大康村。", ["青莲镇", "雁门镇", "大康村"]),
    ("调研组来到三江营白苗族乡。", ["三江营白苗族乡"]),
])
def test_a_long_run_before_a_towns_or_villages_word_is_a_phrase(text, names):
    assert [m.text for m in find_local_places(text, 0, len(text))] == names


def test_a_list_opened_by_its_verb_does_not_hold_its_town(record_of, triples):
    """参加会议的有某乡人大主席甲乙: the township is 某乡, not 有某乡; 乡党委 later is its."""
    text = "11月6日,青岚乡召开会议。参加会议的有青岚乡人大主席周明远。乡党委副书记、乡长钱雨辰主持会议。\n"
    record = record_of(text)
    assert "有青岚乡" not in record["places"] and ("钱雨辰", "青岚乡党委", "副书记") in triples(record)


def test_a_named_conference_centre_is_a_venue(record_of):
    """在某某会议中心召开: the venue; 在会议中心召开 names none."""
    assert "青岚会议中心" in record_of("1月16日上午,会议在青岚会议中心隆重召开。\n")["places"]
    assert "会议中心" not in record_of("1月16日上午,会议在会议中心召开。\n")["places"]


def test_a_wire_outlets_own_place_is_no_place_of_the_page(record_of):
    """四川新闻网巴中1月4日讯: the outlet (and its 四川) is no place of the page; 巴中 is."""
    record = record_of("召集人会议现场\n四川新闻网巴中1月4日讯(记者 周明远)1月4日上午,市政协召开会议。\n")
    assert "四川新闻网" in record["organizations"]
    assert "巴中市" in record["places"] and "四川省" not in record["places"], record["places"]


def test_a_town_level_word_ends_no_town(record_of):
    """某镇启动镇级巡察: 镇级 is town-level, no town 启动镇; the one town named holds the meeting."""
    record = record_of("平石镇启动镇级第一轮巡察工作\n5月14日上午,十五届平石镇党委第一轮巡察工作动员部署会召开。"
                       "镇党委书记周明远在会上指出,要推进乡级、镇级工作。\n")
    assert "启动镇" not in record["places"] and "平石镇" in record["places"]
    assert [e["org"] for e in record["events"]] == ["平石镇党委"]


def test_a_town_or_street_whose_name_opens_with_xin(record_of):
    """新塘街道, 新桥镇: names; 新农村, 新型城镇: kinds of place."""
    places = record_of("9月28日,新塘街道开展检查。新桥镇推进新农村和新型城镇建设。\n")["places"]
    assert {"新塘街道", "新桥镇"} <= set(places) and not any(p.startswith(("新农", "新型")) for p in places)


def test_a_township_whose_name_ends_in_qi_is_a_town(record_of):
    """青旗乡: 旗 inside the township's name (no banner 青旗), so 乡党委 is that township's."""
    record = record_of("3月26日,青旗乡第十七届人民代表大会第一次会议开幕。大会由乡党委书记周上主持。\n")
    assert "青旗乡" in record["places"] and ("周上", "青旗乡党委", "书记") in {
        (p["person"], p["org"], p["title"]) for p in record["positions"]}


def test_a_name_before_a_town_heads_title_is_no_town(record_of):
    """周某某副镇长在镇政府…主持召开: the deputy head of the town the page names, no town 周某某副镇."""
    record = record_of("5月25日下午,周正宇副镇长在镇政府五楼会议室主持召开全镇防汛工作会议。\n")
    assert record["places"] == [] and [p["org"] for p in record["positions"]] == ["镇政府"]
    assert "杨集镇" in record_of("5月25日下午,杨集镇镇长周正宇主持召开全镇防汛工作会议。\n")["places"]
    # a name of two before 镇长, written elsewhere without 镇: a person, so the page's one town stays its own
    record = record_of("5月18日,青汪镇在镇北会议室召开调度会。会议由镇长周艳主持。会上,周艳镇长通报了工作。\n")
    assert record["places"] == ["青汪镇"] and {p["org"] for p in record["positions"]} == {"青汪镇政府"}


def test_a_two_character_county_inside_a_word_is_no_place(record_of):
    """示范县, 明代县衙: the county's first character ends a word before it (范县, 代县 are no
    places there); 以东区 (a preposition before the district) and 到范县 are."""
    places = record_of("4月3日,全省文明示范县创建推进会召开。与会人员参观了叶县明代县衙。\n")["places"]
    assert "范县" not in places and "代县" not in places and "叶县" in places
    assert "范县" in record_of("4月3日,调研组到范县调研。\n")["places"]
    assert "东区" in record_of("4月3日,攀枝花市将以东区、仁和区为重点推进工作。\n")["places"]


def test_a_town_or_village_inside_a_units_name_is_a_place(record_of):
    """某镇某村水产养殖协会: the association's village and town are places of the story; a province
    opening a company's name (四川某某食品科技有限公司) is none."""
    record = record_of("3月1日,调研组走访了社坛镇五福村水产养殖协会和四川青林食品科技有限公司。\n")
    assert {"社坛镇", "五福村"} <= set(record["places"]) and "四川省" not in record["places"]


@pytest.mark.parametrize("unit", ["辽宁青林集团", "浙江青林技工学校", "浙江在线", "辽宁青年报"])
def test_a_province_opening_a_group_school_or_outlet_is_no_place(record_of, unit):
    """辽宁某某集团, 浙江某某技工学校, 浙江在线: the province names the unit, not a place of the story."""
    record = record_of(f"5月24日,绵阳市政协主席周明远一行到{unit}进行调研。\n")
    assert [p for p in record["places"] if p.startswith(("辽宁", "浙江"))] == []


def test_a_spirit_named_for_a_place_is_no_place():
    ex = extract_text("党员们学习弘扬延安精神,赴延安市开展研学。")
    assert [m.text for m in ex.mentions if m.label == "PLACE"] == ["延安市"]


def test_a_short_name_inside_a_phrase_names_no_place():
    """强功能、惠民生的大项目: 惠民 (a county's short name, no place to jieba) runs on into 民生, a
    commoner word: no 惠民县, neither as a place nor as the locality its 县委 resolves to."""
    text = ("11月13日,县委副书记、县长柏树纲主持召开全县重点项目情况汇报会。柏树纲要求,各级各部门要统一到县委、县政府的"
            "安排部署上来,分层分类谋划一批强功能、惠民生的大项目、好项目。")
    ex = extract_text(text)
    assert not [m for m in ex.mentions if "惠民" in m.key]


@pytest.mark.parametrize("text, places", [
    ("积极参与区域内社区性、群众性、公益性工作。", []),  # 域 ends 区域: no 域内社区
    ("走访了城区东街社区和西关村。", ["东街社区", "西关村"]),
])
def test_no_local_place_opens_mid_word(text, places):
    ex = extract_text(text)
    assert [m.key for m in ex.mentions if m.label == "PLACE"] == places


def test_a_visit_verb_is_no_part_of_a_towns_name(record_of):
    """市领导还走访慰问某镇某村困难党员: 慰问 ends the verb, the town's name opens after it."""
    assert record_of("市领导还走访慰问金井镇溜江村、山苏村困难党员。")["places"] == ["金井镇", "溜江村", "山苏村"]


@pytest.mark.parametrize("text, place", [
    ("沙头社区位于九江镇城区中心。\n", "九江镇"),  # 位于: a verb of the commonest before the town's name
    ("南海区而九江镇则以发展农业为主。\n", "九江镇"),  # 而: a conjunction
])
def test_a_function_word_before_a_towns_name_is_no_part_of_it(record_of, text, place):
    places = record_of(text, place="佛山市南海区")["places"]
    assert place in places and not [p for p in places if p.endswith(place) and p != place], places


def test_an_acting_township_head_names_no_township(record_of, triples):
    """副乡长、代理乡长甲: an acting head's title, 代理 no township's name."""
    record = record_of("乡人民政府副乡长、代理乡长冯立春作政府工作报告。\n")
    assert "代理乡" not in record["places"]
    assert ("冯立春", "乡政府", "代理乡长") in triples(record)


def test_a_common_word_before_a_level_word_is_no_division(record_of):
    """赣湘合作市级平台: 合作 + 市级, not 合作市 (a city in Gansu) to set the page there; 三台县域: 三台's."""
    text = "10月20日,省人大财经委主任委员周明远一行到经开区调研赣湘合作市级工业平台项目,对推进江西实践提出要求。"
    record = record_of(text)
    assert "合作市" not in record["places"] and "江西省人大财经委" in record["organizations"]
    assert "三台县" in record_of("会议提出,加快建设三台县域副中心。")["places"]


@pytest.mark.parametrize("text, campus, division", [
    ("23日上午,兰州大学党委副书记周明远在城关校区科学馆会议室与来宾座谈。", "城关校区", "城关区"),
    ("校领导一行到我校青岛校区考察。", "青岛校区", "青岛市"),
    ("会议在天津大学卫津路校区举行。", "卫津路校区", None),
])
def test_a_schools_campus_is_a_site_not_the_division_it_shares_a_name_with(record_of, text, campus, division):
    places = record_of(text)["places"]
    assert campus in places and division not in places and not any(p.startswith("在") for p in places)
