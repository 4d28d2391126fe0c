"""kg.orgs: bodies found in text, canonical names resolved from the article's context."""
import pytest

from conftest import positions_of
from kg.gazetteer import gazetteer
from kg.orgs import Context, find_orgs, parent_org


@pytest.mark.parametrize("text, meta, expected", [
    # a short reference takes the dateline's locality
    ("本报绵阳讯(通讯员王晓梅)6月12日,市政协召开常委会会议。", {}, "绵阳市政协"),
    ("本报江油讯(通讯员王晓梅)6月12日,市政协召开常委会会议。", {}, "江油市政协"),
    ("本报岳阳讯(通讯员王晓梅)6月12日,市政协召开常委会会议。", {}, "岳阳市政协"),
    # 县政协 in a county-datelined article: the county's full gazetteer name
    ("本报北川讯(通讯员王晓梅)6月12日,县政协召开常委会会议。", {}, "北川羌族自治县政协"),
    ("本报天祝讯(通讯员王晓梅)6月12日,县政协召开常委会会议。", {}, "天祝藏族自治县政协"),
    ("本报安吉讯(通讯员王晓梅)6月12日,县政协召开常委会会议。", {}, "安吉县政协"),
    # the formal names of a CPPCC committee
    ("本报绵阳讯 6月12日,政协绵阳市委员会召开常委会会议。", {}, "绵阳市政协"),
    ("本报绵阳讯 6月12日,中国人民政治协商会议绵阳市委员会召开常委会会议。", {}, "绵阳市政协"),
    ("6月12日,政协北川羌族自治县委员会召开常委会会议。", {}, "北川羌族自治县政协"),
    # sub-bodies keep their parent
    ("本报绵阳讯(通讯员王晓梅)6月12日,市政协党组召开会议。", {}, "绵阳市政协党组"),
    ("本报北川讯(通讯员王晓梅)6月12日,县政协常委会会议召开。", {}, "北川羌族自治县政协常委会"),
    # 省委 / 省人大常委会 in an article datelined in Sichuan
    ("本报成都讯(通讯员王晓梅)6月12日,省委书记、省人大常委会主任李振华在成都调研。", {}, "四川省委"),
    ("本报成都讯(通讯员王晓梅)6月12日,省委书记、省人大常委会主任李振华在成都调研。", {}, "四川省人大常委会"),
    ("本报绵阳讯(通讯员王晓梅)6月12日,市委常委、统战部部长周立平出席会议。", {}, "绵阳市委"),
    pytest.param("本报绵阳讯(通讯员王晓梅)6月12日,市委常委、统战部部长周立平出席会议。", {}, "绵阳市委统战部",
                 id="chain-department-listed"),
    # a full name needs no context
    ("6月12日,绵阳市政协召开常委会会议。", {}, "绵阳市政协"),
    ("6月12日,湖州市人民政府召开会议。", {}, "湖州市政府"),
    # no dateline: the user's place (sidecar / --place) resolves the short reference
    ("6月12日,县政协召开常委会会议。", {"place": "北川"}, "北川羌族自治县政协"),
    ("6月12日,县政协召开常委会会议。", {"place": "北川羌族自治县"}, "北川羌族自治县政协"),
    ("6月12日,市政协召开常委会会议。", {"place": "绵阳市"}, "绵阳市政协"),
    # 区党委 on a page set in an autonomous region: the region's (a district's is 区委)
    ("本报拉萨讯 6月12日,区党委副书记李振华出席会议。", {}, "西藏自治区党委"),
    ("本报拉萨讯 6月12日,区党委组织部召开专题会议。", {}, "西藏自治区党委组织部"),  # and its departments
    ("12月26日,綦江区工会二届二次全委会召开。", {}, "綦江区总工会"),  # a division's 工会: its federation of trade unions
    ("政协祁阳县委员会召开常委会议。", {"pub_date": "2024-05-13"}, "祁阳县政协"),  # a county's former name (祁阳市 since 2021), as written
    ("政协宁远县委员会召开常委会议。", {}, "宁远县政协"),
    # 市政法委: the city's party committee's 政法委, in a chain too (市委常委、市政法委书记)
    ("本报绵阳讯 6月12日,绵阳市委常委、市政法委书记周立平一行到某镇调研。", {}, "绵阳市委政法委"),
    # 省社党组书记: a supply and marketing cooperative's own short name
    ("8月1日,省社党组书记、理事会主任周立平赴黄山市调研。", {"place": "安徽省"}, "安徽省供销社"),
    ("市委国安办、市外侨办负责同志参加。", {"place": "苏州市"}, "苏州市委国安办"),  # offices named for their work
    ("市委国安办、市外侨办负责同志参加。", {"place": "苏州市"}, "苏州市外侨办"),
    ("市编委办主任周立平主持会议。", {"place": "苏州市"}, "苏州市编委办"),
    ("中华全国供销合作总社党组书记周立平出席。", {}, "中华全国供销合作总社"),
])
def test_canonical_organization(record_of, text, meta, expected):
    assert expected in record_of(text, **meta)["organizations"]


@pytest.mark.parametrize("text, meta, wrong", [
    # 市政协 in an article set in 江油 is 江油市政协, not the prefecture's
    ("本报江油讯(通讯员王晓梅)6月12日,市政协召开常委会会议。", {}, "绵阳市政协"),
    # a dateline wins over the user's place
    ("本报绵阳讯(通讯员王晓梅)6月12日,市政协召开常委会会议。", {"place": "岳阳市"}, "岳阳市政协"),
])
def test_context_is_not_confused(record_of, text, meta, wrong):
    assert wrong not in record_of(text, **meta)["organizations"]


def test_an_unplaced_political_legal_committee_stays_as_written(record_of):
    orgs = record_of("6月12日,县政法委常务副书记周立平一行到某镇调研。")["organizations"]
    assert "县政法委" in orgs and "绵阳市政法委" not in record_of(
        "本报绵阳讯 6月12日,绵阳市委常委、市政法委书记周立平一行到某镇调研。")["organizations"]


def test_a_districts_party_committee_outside_an_autonomous_region_stays_short(record_of):
    assert "区党委" in record_of("本报武汉讯 6月12日,区党委副书记李振华出席会议。")["organizations"]


def test_a_courts_short_name_with_no_city_known_stays_as_written(record_of):
    """市中院, 市中级院 where nothing tells the city: as written, as 市政协 is; with the city, its full name."""
    assert "市中级院" in record_of("10月27日,市中级院党组书记、院长柏某主持召开党组会议。")["organizations"]
    assert "绵阳市中级人民法院" in record_of("本报绵阳讯 10月27日,市中院院长柏某主持召开会议。")["organizations"]


def test_short_reference_without_context_is_not_guessed(record_of):
    # nothing tells the locality: the reference stays as written (gold "Conventions added")
    orgs = record_of("6月12日,县政协召开常委会会议。")["organizations"]
    assert "县政协" in orgs and not any(o.endswith("县政协") and o != "县政协" or o == "政协" for o in orgs), orgs


@pytest.mark.parametrize("text", [
    "会议强调,全市各级政协组织要认真学习贯彻讲话精神。",
    "发挥专委会在推动委员联系界别群众工作中的基础性作用。",
    "要发挥政协优势,履行政协职能。",
])
def test_generic_words_are_not_organizations(record_of, text):
    orgs = record_of("本报绵阳讯(通讯员王晓梅)6月12日," + text)["organizations"]
    assert not any(o in ("政协", "专委会", "各级政协组织") or "各级" in o or o.startswith("全市") for o in orgs), orgs


@pytest.mark.parametrize("canon, parent", [
    ("绵阳市政协党组", "绵阳市政协"),
    ("北川羌族自治县政协常委会", "北川羌族自治县政协"),
    ("绵阳市政协党组理论学习中心组", "绵阳市政协"),
    ("绵阳市政协", "绵阳市政协"),
    ("党组", "党组"),
    ("厦门市政协提案委", "厦门市政协"),
    ("平利县人大常委会办公室", "平利县人大常委会"),
    ("全国政协农业和农村委员会", "全国政协"),
    ("平利县委宣传部", "平利县委宣传部"),  # a party department is a body of its own
])
def test_parent_org(canon, parent):
    assert parent_org(canon) == parent


@pytest.mark.parametrize("locale, ref, expected", [
    ("绵阳市", "市", "绵阳市"),
    ("江油市", "市", "江油市"),       # a county-level city is the 市 of its own articles
    ("北川羌族自治县", "县", "北川羌族自治县"),
    ("北川羌族自治县", "市", "绵阳市"),  # 市委 in a 北川 article is the prefecture's
    ("北川羌族自治县", "省", "四川省"),
    ("游仙区", "区", "游仙区"),
    ("绵阳市", "县", None),
])
def test_context_resolves_level_references(locale, ref, expected):
    g = gazetteer()
    d = g.lookup(locale)
    got = Context(d, g.province(d)).resolve_ref(ref)
    assert (got.name if got else None) == expected


def test_a_short_reference_resolves_to_the_locality_whatever_the_pages_province():
    """县人大常委会 of an article set in 宜阳县 is that county's, even where the page's province is
    taken for another (the county gone to is in 江苏): 县 is a level, not a far place's short form."""
    g = gazetteer()
    text = "4月22日,县人大常委会副主任周明远带领机关干部赴江苏省睢宁县学习考察。"
    found = find_orgs(text, 0, len(text), Context(g.lookup("宜阳县"), g.lookup("江苏省")))
    assert [m.key for m in found if m.text == "县人大常委会"] == ["宜阳县人大常委会"]


def test_the_corps_party_committee_is_a_body_of_its_own(record_of):
    """兵团党委 (the Xinjiang Production and Construction Corps's) is no division's committee: the
    Corps's, by its full name."""
    text = "11月29日,兵团党委副书记周明远到某团调研。兵团党委宣传部副部长钱雨辰陪同。\n"
    assert {("周明远", "新疆生产建设兵团党委", "副书记"), ("钱雨辰", "新疆生产建设兵团党委宣传部", "副部长")} <= positions_of(record_of(text))
    text = "11月13日,兵团党委召开老干部情况通报会,兵团副政委周明远主持。\n"
    assert ("周明远", "新疆生产建设兵团", "副政委") in positions_of(record_of(text))


def test_find_orgs_spans_match_text():
    g = gazetteer()
    mianyang = g.lookup("绵阳市")
    text = "绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议,市委常委周立平出席。"
    found = find_orgs(text, 0, len(text), Context(mianyang, g.province(mianyang)))
    assert found
    for m in found:
        assert m.label == "ORG"
        assert text[m.start:m.end] == m.text
    assert {"绵阳市政协党组", "绵阳市委"} <= {m.key for m in found}


# Bodies of the genre beyond party, congress, CPPCC and government (invented names).
@pytest.mark.parametrize("text, expected", [
    ("本报德州讯 民盟市委主委柏志民、民建市委副主委郁永忠发言。", {"民盟德州市委", "民建德州市委"}),
    ("民进安庆市委主委柏连宇参加。", {"民进安庆市委"}),
    ("作者:民革中山市委会窦丽娟", {"民革中山市委会"}),
    ("全国政协副主席、民革中央常务副主席郁报翔率调研组到浙江调研。", {"全国政协", "民革中央"}),
    ("本报台山讯 共青团台山市委书记郁永斌讲话。", {"共青团台山市委"}),
    ("4月21日下午,市非公和社会组织团工委举办活动。", {"市非公和社会组织团工委"}),
    ("充分发挥团工委的桥梁纽带作用。", set()),
    ("各县区负责人在县区分会场参加会议。", set()),  # 分会场 is no 分会
    ("首次邀请全国政协各专门委员会和各民主党派中央参加。", {"全国政协"}),
    ("本报西安讯 省政协十二届提案委员会召开会议。", {"陕西省政协提案委员会"}),
    ("旬阳县政协召开主席会议。", {"旬阳县政协"}),  # the county became 旬阳市: the name the text uses
    ("本报嘉定讯 区委编办、区法院有关负责同志参加会议。", {"嘉定区委编办", "嘉定区法院"}),
    ("本报西安讯 省法院召开党组扩大会。", {"陕西省高级人民法院"}),  # a province's court is its high court
    ("压实县级纪委监督责任。", set()),  # 县级 is no county
    ("共青团江城市委驻北京工作委员会成立大会在北京举行。", {"共青团江城市委驻北京工作委员会"}),  # stationed elsewhere
    ("出席房县十八届人民代表大会第四次会议的代表视察。", {"房县人大"}),
    ("本报新乡讯 市中级院党组书记、院长柏荷刚主持召开党组扩大会议。", {"新乡市中级人民法院"}),
    ("校长柏某代表学校致辞。", set()),
    ("本报绵阳讯 市政协办、市政协提案委负责同志参加会议。", {"绵阳市政协办", "绵阳市政协提案委"}),
    ("本报平利讯 县人大常委会办公室主任窦荣战陪同。", {"平利县人大常委会办公室"}),
    ("学习中共中央办公厅印发的《意见》。", {"中共中央办公厅"}),
    ("全国政协副主席率全国政协农业和农村委员会调研组调研。", {"全国政协", "全国政协农业和农村委员会"}),
    ("会议学习《中央纪委机关、中共中央组织部、国家监察委员会关于…的通知》。",
     {"中央纪委机关", "中共中央组织部", "国家监察委员会"}),
    ("接受中国共产党的领导。", {"中国共产党"}),
    ("委员们来到红星幼儿园和江城第一中学。", {"红星幼儿园"}),
    ("9月6日上午,旺苍中专举行秋季开学典礼。党委书记柏建某致辞。", {"旺苍中专", "旺苍中专党委"}),
    ("他还走访了委员企业青禾供应链管理有限公司。", {"青禾供应链管理有限公司"}),  # the kind of firm before its name
    ("本报太原讯 要落实省纪检委的各项部署。", {"山西省纪委"}),  # 纪检委: the 纪律检查委员会, 纪委
    ("实地考察了辽宁华川高新材料股份有限公司。", {"辽宁华川高新材料股份有限公司"}),  # 高新: no adverb here
    ("本报杭州讯 下城区民政局负责人陪同调研。", {"下城区民政局"}),  # a former district's (no 城区 of Shanxi)  # a secondary vocational school
    ("他具有中专学历,高中专业课成绩好。", set()),  # a schooling, a subject: no school
    ("会议由镇党委组织委员柏冰主持。", {"镇党委"}),
    ("9月28日上午,青山社区联合党委召开党建联席会议。", {"青山社区联合党委"}),  # a community's joint committee
    ("市人大常委会副主任、大连大学党委书记柏某主持会议。", {"大连大学"}),  # 大连: an adverb to jieba, a city here
    ("本报平利讯 会上,县检察院检察长柏志强、县法院院长郁海发言。", {"平利县检察院", "平利县法院"}),
    ("9月2日,市纪委监委召开专题会议。", {"市纪委监委"}),
    ("会议传达了自治区党委书记柏某华的讲话,听取了自治区党委组织部的说明。", {"自治区党委", "自治区党委组织部"}),
    ("近日,柏树镇人大组织召开主席团会议,参观了柏树镇人大代表联络站。", {"柏树镇人大", "柏树镇人大代表联络站"}),
    ("楚雄州委书记柏某主持会议。", {"楚雄彝族自治州委"}),
    ("会议邀请全国工商联和市总工会、市知联会负责人座谈。", {"全国工商联"}),
    ("学习贯彻中共中央办公厅印发的《意见》。", {"中共中央办公厅"}),  # an office of the centre: no 中共中央 (named apart)
    ("国务院妇女儿童工作委员会副主任柏某出席。", {"国务院妇女儿童工作委员会"}),  # no 国务院 (named apart)
    ("外交部亚洲司司长柏某出席。", {"外交部亚洲司", "外交部"}),  # a ministry's department names its ministry
    ("中宣部、中组部、中央统战部负责同志出席。", {"中宣部", "中组部", "中央统战部"}),  # as written; no 中共中央 written
    ("中国侨联、全国台联、国台办负责同志出席。", {"中国侨联", "全国台联", "国台办"}),
    ("中共中央党校教授钱某出席。", {"中共中央党校"}),  # the school as the page names it
    ("农业部、国家安全生产监督管理总局、国家食药监总局负责同志出席。", {"农业部", "国家安全生产监督管理总局", "国家食药监总局"}),  # former names, as written
    ("教育部思想政治工作司司长柏某出席。", {"教育部思想政治工作司", "教育部"}),  # a ministry's department
    ("由中共宁夏区委统战部主办。3月9日,宁夏区委召开常委会会议。",
     {"宁夏回族自治区党委统战部", "宁夏回族自治区党委", "宁夏回族自治区党委常委会"}),  # an autonomous region's 党委
    ("4月13日,太湖团县委举办培训班。", {"共青团太湖县委"}),  # the League's committee after its county's name
    ("开班仪式由团县委副书记柏某主持。集团县委书记钱某出席。", {"团县委", "县委"}),  # 由团县委: the League's; 集团 + 县委
    ("团武胜县委书记柏某出席。团西藏自治区委副书记钱某讲话。", {"共青团武胜县委", "共青团西藏自治区委"}),  # 团 before a place
    ("某集团武胜县委书记钱某出席。", {"武胜县委"}),  # 集团 + a place: no League
    ("湖北省长湖湖长办公室、郴州市河长办和省河湖长制办公室召开座谈会。",
     {"湖北省长湖湖长办公室", "郴州市河长办", "湖北省河湖长制办公室"}),  # a river or lake chiefs' office (长湖: a lake)
    ("本报常德讯 省防汛办督查专员柏某带领市防汛抗旱办工作人员检查。", {"湖南省防汛办", "常德市防汛抗旱办"}),  # flood control
    ("3月5日,黑龙江省人民政府新闻办公室举行发布会。云南省人民政府外事办公室主任柏某出席。",
     {"黑龙江省政府新闻办公室", "云南省政府外事办公室"}),  # a government's office as written in full
    ("宁川新区党委书记柏某、宁川新区党工委副书记钱某出席。", {"宁川新区党委", "宁川新区党工委"}),  # a new area's committee
    ("山东省海洋与渔业厅厅长柏某出席。", {"山东省海洋与渔业厅"}),  # two fields joined by 与, one department (as by 和)
    ("教育部教育发展研究中心主任柏某、民政部培训中心主任钱某出席。",
     {"教育部教育发展研究中心", "教育部", "民政部培训中心", "民政部"}),  # a ministry's centres
    ("12月24日,专项民主监督成果会商会在银川召开。", set()),  # a consultation (会商会), no chamber of commerce (商会)
    ("10月15日,民建盘龙区基层委召开委员会议。", {"民建盘龙区基层委"}),  # a party's base committee
    ("向阳街道人大办在现场设立了咨询台。", {"向阳街道人大办"}),  # a street's 人大 office
    ("会议研究并原则同意学院2023年校企合作办学项目。", set()),  # 同意: a verb before its object, no 原则同意学院
    ("国务院扶贫办行政人事司副司长柏某出席。", {"国务院扶贫办行政人事司", "国务院扶贫办"}),
    ("3月26日,省青林新区综合试验区建设领导小组召开会议。", {"省青林新区综合试验区建设领导小组"}),
    ("本报平利讯 县安委会、县安委办、县食品药品安全委员会负责同志参加。", {"平利县安委会", "平利县安委办", "平利县食品药品安全委员会"}),
    # outlets a page names
    ("2023-03-04 15:46:40 | 来源: 某某社 |", {"某某社"}),
    ("某某网北京3月3日电(记者 柏某)", {"某某网"}),
    ("某某日报讯 昨日上午", {"某某日报"}),
    ("本报平利讯 县防指常务副指挥长柏某出席。", {"平利县防指"}),  # a flood-control headquarters, short
    ("本报平利讯 县防总总指挥柏某出席。", {"平利县防总"}),  # its 防汛抗旱总指挥部, short
    ("某某日报·新某某客户端1月8日讯(柏某)7日,", {"某某日报", "新某某客户端"}),  # a paper and its app
    ("来源:某某人大融媒体中心\n作者:柏洁", {"某某人大融媒体中心"}),
    ("据《某某日报》报道,4月17日", {"某某日报"}),
    ("柏某、郁某/某某政协报\n2025-12-26", {"某某政协报"}),
    # a party committee's party-history and staffing bodies
    ("8月4日,德阳市召开座谈会,市委党史研究院院长柏某主持会议。", {"德阳市委党史研究院"}),
    ("1月9日,德阳市委党史工办副主任柏某一行赴外地考察。", {"德阳市委党史工办"}),
    ("5月9日,平利县委党史研究中心召开座谈会。", {"平利县委党史研究中心"}),
    ("4月5日,区委书记柏某主持召开游仙区委编委2024年第一次会议。", {"游仙区委编委"}),
    ("对口支援组长单位清华大学党委书记柏某出席会议。", {"清华大学", "清华大学党委"}),  # 组长单位: the unit's role, not its name
    ("会议由教育部直属机关党委常务副书记柏某主持。", {"教育部直属机关党委"}),  # a ministry's organs' party committee
    ("本报成都讯 10月9日,省人大外侨委与省侨联共同举办联席会。", {"四川省人大外侨委"}),  # a congress's foreign and overseas Chinese affairs committee
    ("1月26日,云南省人力资源和社会保障厅召开会议。", {"云南省人力资源和社会保障厅"}),  # a department's name of ten characters
    ("楚雄市人力资源和社会保障局局长柏某出席。", {"楚雄市人力资源和社会保障局"}),
    ("2月6日,四川省绵阳市市场监管局召开会议。", {"绵阳市市场监管局"}),  # a city's bureau, its province written before it
    ("2月6日,辽宁省黑山县公安局召开会议。", {"黑山县公安局"}),
    # central party offices for research, history and staffing
    ("中央党史研究室主任柏某作出批示。", {"中央党史研究室"}),
    ("中共中央党史和文献研究院副院长柏某一行来我市调研。", {"中共中央党史和文献研究院"}),
    ("中央编办研究中心主任柏某出席研讨会。", {"中央编办", "中央编办研究中心"}),
    ("中央国家机关工委副书记、纪工委书记柏某出席。", {"中央国家机关工委", "中央国家机关纪工委"}),  # the name before 2018, as written
])
def test_bodies_of_the_genre(record_of, text, expected):
    orgs = set(record_of(text)["organizations"])
    assert expected <= orgs and (expected or not orgs), orgs
    if expected & {"中共中央办公厅", "国务院妇女儿童工作委员会"}:
        assert not {"中共中央", "国务院"} & orgs, orgs


@pytest.mark.parametrize("text, holder", [
    ("11月4日,市委台办召开台商座谈会。市委台办副主任柏某主持。", "汕尾市委台办"),
    ("3月8日,省委外事办调研组一行在副主任柏某带领下来我市调研。", "广东省委外事办"),
    ("9月8日,市外办召开党外人士座谈会,办党组成员、副主任柏某主持会议。", "汕尾市外办"),
])
def test_a_party_committees_or_governments_office_for_foreign_taiwan_or_overseas_affairs_holds_its_meeting(record_of, text, holder):
    """市委台办, 省委外事办, 市外办: an office of its own, not the committee whose name it opens with."""
    assert [e["org"] for e in record_of(text, place="汕尾市")["events"]] == [holder]


@pytest.mark.parametrize("text", ["会议学习了县总工会党组《意见》和县妇联《通知》。", "全县各乡镇和县直单位参加。"])
def test_a_conjunction_before_a_level_is_no_county(record_of, text):
    record = record_of(text)
    assert not any(o.startswith("和县") for o in record["organizations"]), record["organizations"]
    assert "和县" not in record["places"]


def test_no_body_inside_a_longer_one(record_of):
    orgs = record_of("本报德州讯 民盟市委主委柏志民发言。")["organizations"]
    assert "德州市委" not in orgs, orgs


@pytest.mark.parametrize("text, expected", [
    ("政协第十三届广东省委员会第一次会议在广州召开", {"广东省政协"}),  # a term inside the formal name
    ("1月27日,省十三届人大一次会议主席团举行第二次会议。", {"省人大"}),
    ("中国人民政治协商会议海西蒙古族藏族自治州第十四届委员会第十次主席会议", {"海西蒙古族藏族自治州政协"}),
    ("本报绵阳讯 市政协党组召开会议。", {"绵阳市政协党组", "绵阳市政协"}),  # a sub-body names its committee
    ("1月27日,省十三届人大一次会议主席团举行第二次会议。", {"省人大主席团", "省人大"}),  # a session's presidium
    ("1月20日,省政协十二届一次会议主席团常务主席周明远出席。", {"省政协主席团"}),  # a CPPCC session's, its term after
    ("深入贯彻中央、省委、市委关于改革的部署。", {"中共中央", "省委", "市委"}),  # 中央 listed with committees
    ("会议学习贯彻党的十八届四中全会精神。", {"中共中央"}),  # a plenary of the Central Committee
    ("学习中纪委领导同志讲话精神。", {"中央纪委"}),
])
def test_terms_and_committees(record_of, text, expected):
    orgs = set(record_of(text)["organizations"])
    assert expected <= orgs, orgs


@pytest.mark.parametrize("text", ["全校各二级学院党组织书记述职。", "会上,17位二级学院党委书记发言。", "会议集中学习了文件。",
                                  "这标志着青岚光电公司建设全面启动。", "督查全区中小学幼儿园安全工作。"])
def test_kinds_of_unit_are_not_names(record_of, text):
    orgs = record_of(text)["organizations"]
    assert not any(o.startswith(("全", "各", "17", "二级", "这", "标志", "中小学")) for o in orgs), orgs


@pytest.mark.parametrize("text, name", [
    ("学院院长周明远代表学院党委作汇报。", None),  # a title and a person before the unit: no name
    ("会上,学校开展2022年度二级学院党组织书记述职。", None),  # a year is no part of a name
    ("11所党委委员列席青岚光电公司党委会议。", "青岚光电公司"),
    ("审议《2021年江岳大学工作要点》。", "江岳大学"),
    ("6月1日,青岚控股集团党委召开会议。", "青岚控股集团"),  # 控股, 投资, 建设: a company's trade, no verb
    ("纪委书记周红霞受集团公司党委书记委托主持会议。", None),  # 受: a name and a verb before the unit
    ("在青岚公司,听取总经理吴伟专题汇报青岚光电公司组织架构。", "青岚光电公司"),  # what the report is on
    ("他还特别强调青岚光电公司要以党建为引领。", "青岚光电公司"),  # 特别强调: said of the company
    ("会议强调,要进一步建立健全学院党的工作体系。", None),  # 健全: a verb before the page's own 学院
    ("6月1日,青岚城市建设投资集团召开会议。", "青岚城市建设投资集团"),
    ("10月10日,建工学院师生赴某镇调研。", "建工学院"),  # a faculty named by its trade alone
    ("10月26日,管理工程学院党委召开会议。", "管理工程学院"),  # 管理 opening a faculty's fields, not a verb
    ("会议就新学年江岳大学统战工作进行座谈。", "江岳大学"),  # a school year before the school's name
    ("10月26日,青岚重工集团党委召开会议。", "青岚重工集团"),  # 重工: a trade, though jieba tags it a verb
    ("青岚印刷包装有限公司党委召开会议。", "青岚印刷包装有限公司"),
    ("对外经济贸易大学党委书记周明远出席。", "对外经济贸易大学"),  # 对外 opens a name; 对 alone stops one
    ("地址:四川省达州市四川青岚学院 电话:0818-1234567", "四川青岚学院"),  # an address before a unit named by its own place
    ("湖南省长沙市青岚职业学院党委书记周明远出席。", "湖南省长沙市青岚职业学院"),  # no place of its own: the name as written
    ("10月9日,四川省湖南青岚集团召开会议。", "四川省湖南青岚集团"),  # one division before another's: a name
    ("要办好思政课,建设好马克思主义学院。", None),  # a verb opening the words before 学院
    ("青岚理工大学后勤集团党委中心组集团党委中心组学习会议精神。", "青岚理工大学后勤集团"),  # a title said twice: 中心组 ends a phrase
])
def test_where_a_units_name_starts(record_of, text, name):
    units = [o for o in record_of(text)["organizations"]  # the page's unit by its kind alone (学院) names none
             if o.endswith(("学院", "大学", "公司", "集团")) and o not in ("学院", "公司", "集团")]
    assert units == ([name] if name else []), units


@pytest.mark.parametrize("text, body", [
    ("10月30日,集团召开工作会议。会议由党委书记、董事长周明远主持。恒川集团网讯。同意恒川集团召开党代会。",
     "恒川集团党委"),
    ("4月12日,校党委召开常委会,周明远同志主持。会议审议《2021年江岳大学工作要点》。", "江岳大学党委"),
    ("10月16日,集团公司党委副书记、总经理周明远率队赴文山调研。", "集团公司党委"),  # no unit named: its kind
    ("10月31日,校党委书记周明远率队赴江岳大学、青川大学调研交流。周明远一行与江岳大学领导座谈。", "校党委"),  # visited
    ("1月15日,院党委召开离退休干部迎新春茶话会,党委副书记周明远主持。", "院党委"),  # 院 alone: as written
])
def test_a_unit_said_by_its_kind_is_the_unit_the_page_names(record_of, text, body):
    record = record_of(text)
    assert body in {p["org"] for p in record["positions"]} | set(record["organizations"]), record


def test_a_units_committee_said_by_院_alone_is_the_院_said_before(record_of):
    """附院党委中心组…院党委副书记甲: the 院 the page names, however short its name."""
    text = "4月28日,附院党委中心组举行集中学习。会上,院党委副书记周明远领学。"
    assert [(p["org"], p["title"]) for p in record_of(text)["positions"]] == [("附院党委", "副书记")]


def test_a_unit_body_said_by_its_kind_after_a_year_and_an_ordinal(record_of):
    """2021年第二次校纪委全委会: 校纪委 after 次 is the school's commission, holding its plenary."""
    text = ("6月25日下午,2021年第二次校纪委全委会在414会议室召开,传达学习了《中共中央关于加强对“一把手”和领导班子"
            "监督的意见》。党委委员、纪委书记、监察专员周明远主持并讲话。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("校纪委", ["周明远"])]


@pytest.mark.parametrize("office", ["党史研究室", "政策研究室"])
def test_a_party_committees_research_office_is_a_body_of_its_own(record_of, office):
    text = f"6月20日,江油市委{office}召开理论学习中心组学习(扩大)会议。主任周明远主持会议并讲话。\n"
    assert [e["org"] for e in record_of(text)["events"]] == [f"江油市委{office}"]


@pytest.mark.parametrize("text, junk", [
    ("12月21日,纺织集团召开干部大会。经丝绸集团党委研究决定,周明远任董事长。", "经丝绸集团"),
    ("4月16日,周明远一行在百忙之中来学院视察调研。", "百忙之中来学院"),
    ("6月5日,周明远强调,要在融会贯通中学习,在学以致用中提升。", "融会贯通中学"),
    ("2月17日,周明远深入和平区、沈河区部分社区调研。", "沈河区部分社"),
    ("3月1日,周明远强调,要为衢州市加快建设四省边际中心城市贡献力量。", "衢州市加快建设四省边际中心"),
])
def test_running_text_before_a_units_word_is_no_name(record_of, text, junk):
    assert junk not in record_of(text + "\n")["organizations"]


def test_a_democratic_partys_committee_said_without_its_party(record_of):
    """河东区委会 on a page naming 民建: 民建河东区委会, as written (委会); 区委会主委: the same one."""
    text = ("9月4日下午,河东区委会召开专题工作会议。区委会主委周明远,副主委钱雨辰参加会议。"
            "与会人员集中学习民建中央文件精神,为区域发展贡献民建力量。\n")
    record = record_of(text)
    assert [e["org"] for e in record["events"]] == ["民建河东区委会"]
    assert ("周明远", "民建河东区委会", "主委") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert "河东区委" not in record["organizations"]


def test_a_members_region_is_no_committee(record_of):
    """部分全国政协澳区委员: members for Macao, no 区委."""
    text = "5月5日,联谊会举行就职典礼。部分全国政协澳区委员及立法会议员到会祝贺。\n"
    assert not any(o.endswith("区委") for o in record_of(text)["organizations"])


def test_a_prefectures_committee_said_alone_on_a_page_set_in_it(record_of):
    """地委书记, 地委理论学习中心组 on a page set in 和田地区: 和田地委; 行署: its administration."""
    text = ("和田地委理论学习中心组举行集体学习\n5月6日,地委理论学习中心组举行集体学习,深入学习重要思想。"
            "地委书记周明远主持学习并讲话,行署专员钱雨辰参加。\n")
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"] if e["date"]] == [("和田地委", ["周明远"])]
    assert ("周明远", "和田地委", "书记") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert "和田地区行署" in record["organizations"]
    assert "地委" not in record_of("5月6日,当地委员会召开会议。\n")["organizations"]


def test_a_leagues_plenary_is_held_by_its_committee(record_of):
    record = record_of("3月13日,共青团周至县第十六届三次全委(扩大)会议召开。")
    assert [e["org"] for e in record["events"]] == ["共青团周至县委"]


def test_a_democratic_partys_committee_by_its_short_name(record_of):
    assert "致公党云南省委" in record_of("致公党云南省委员会专职副主委周某出席。")["organizations"]


def test_a_democratic_partys_committee_by_the_last_character_of_its_name(record_of):
    """社省委 on a page with 主委: 九三学社's committee of the article's province; 盟省委 the league's
    the page names; 社区委员 and 各盟市委 stay no party's."""
    text = ("7月31日,社省委副主委周明远率调研组赴东台市调研。社省委常委、盐城市政协副主席钱雨辰陪同。\n")
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("九三学社江苏省委", ["周明远"])]
    assert ("周明远", "九三学社江苏省委", "副主委") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    orgs = record_of("5月6日,台盟吉林省委召开会议。盟省委主委周明远主持。\n")["organizations"]
    assert "台盟吉林省委" in orgs and "吉林省委" not in orgs
    record = record_of("5月6日,民盟宜宾市委召开会议。盟市委主委周明远主持,盟市委秘书长钱雨辰传达文件。\n")
    assert ("钱雨辰", "民盟宜宾市委", "秘书长") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert "宜宾市委" not in record["organizations"]
    assert not any("九三学社" in o or "民盟" in o for o in record_of(
        "内蒙古自治区召开会议,各盟市委主要负责同志参加,社区委员会主委周明远发言。\n")["organizations"])
    record = record_of("10月29日,社省委副主委周明远出席会议。社宁波市委副主委钱雨辰参加会议。\n", place="浙江省")
    assert ("钱雨辰", "九三学社宁波市委", "副主委") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}


def test_divisions_listed_before_the_body_each_has(record_of):
    orgs = record_of("本报上海讯 会上,一中、二中、闵行、黄浦、闸北等六家法院分别作交流发言。")["organizations"]
    assert {"闵行区法院", "黄浦区法院", "闸北区法院"} <= set(orgs)  # 一中: no division, passed over


@pytest.mark.parametrize("text, group", [
    ("本报丰镇讯 6月2日,市法院召开党组会议,院长周某主持。", "丰镇市法院党组"),  # a meeting of the party group
    ("本报新蔡讯 县检察院党组书记、检察长周某讲话。", "新蔡县检察院党组"),  # its secretary
    ("本报阜城讯 1月5日,县委书记周某主持召开县委常委(扩大)会。", "阜城县委常委会"),  # an enlarged session
])
def test_a_bodys_party_group_is_a_body_too(record_of, text, group):
    assert group in record_of(text)["organizations"]


def test_a_league_committee_of_a_former_county_keeps_the_name_written(record_of):
    """共青团某县委 of a county that is a district today: the body as the page names it."""
    record = record_of("11月4日,共青团平谷县委书记张建国出席会议。", pub_date="1998-11-05")
    assert "共青团平谷县委" in record["organizations"] and "共青团平谷区委" not in record["organizations"]


@pytest.mark.parametrize("line, outlet", [
    ("浏览:845次 时间:2015-11-05 来源:本站\n", None),
    ("来源:本网\n", None),
    ("(绵阳日报 记者王晓梅)\n", "绵阳日报"),
    ("(绵阳日报全媒体记者王晓梅  责任编辑周某)\n", "绵阳日报"),  # a paper's all-media reporter
    ("发布时间:2025年02月19日 10:48来源:绵阳日报浏览次数:\n", "绵阳日报"),  # the next field run on
    ("四川在线-绵阳新闻网6月3日讯(四川在线记者 王晓梅)\n", "四川在线"),  # two outlets, joined by -
    ("(据四川新闻网--绵阳日报 01月30日)\n", "四川新闻网"),  # a relayed outlet: not 据四川新闻网
    ("中国绵州消费报成都讯(记者王晓梅)\n", "中国绵州消费报"),  # the dateline's city between
    ("绵州新闻网6月3日消息 (记者 王晓梅)\n", "绵州新闻网"),  # 消息 for 讯
    ("绵州报业网讯 6月3日,\n", "绵州报业网"),  # not 绵州报
])
def test_outlets_named_by_a_page_and_its_self_references(record_of, line, outlet):
    text = "绵阳市政协召开主席会议\n" + line + "\n6月3日,绵阳市政协召开主席会议。\n"
    orgs = record_of(text)["organizations"]
    assert not {"本站", "本网"} & set(orgs)
    assert outlet is None or outlet in orgs


def test_a_verb_before_a_units_kind_is_no_part_of_its_name(record_of):
    """研究部署公司近期工作: 公司 as written, its 党委 and officers the company's."""
    text = ("5月6日,公司召开党委理论学习中心组学习会,研究部署公司近期生产经营重点工作。"
            "党委书记、董事长张建国主持会议。")
    record = record_of(text)
    assert not any(o.startswith("研究") for o in record["organizations"])
    assert ("张建国", "公司", "董事长") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}


def test_a_unit_named_in_full_then_short_is_the_same_unit(record_of):
    text = ("本报秀洲讯 昨天上午,区政协委员培训班在杭州市委党校开班。区政协主席周明远作动员。"
            "市委党校副校长孙立新出席并授课。来宾市人大常委会主任钱雨辰到会。市人大常委会秘书长王明出席。\n")
    record = record_of(text)
    positions = {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert ("孙立新", "杭州市委党校", "副校长") in positions
    assert ("王明", "嘉兴市人大常委会", "秘书长") in positions  # a committee is resolved by the locality


def test_inspection_teams_are_bodies(record_of):
    text = "2月22日,中央第七巡视组巡视山东省工作动员会召开。省委第三巡视组组长王明出席。"
    record = record_of(text)
    assert {"中央第七巡视组", "山东省委第三巡视组"} <= set(record["organizations"])
    assert [(e["org"], e["date"]) for e in record["events"]] == [("中央第七巡视组", "02-22")]


def test_the_webs_day_written_with_hao(record_of):
    text = "2018年2月22号,县政协召开主席会议,县政协主席张建国主持。"
    assert [e["date"] for e in record_of(text)["events"]] == ["2018-02-22"]


def test_a_call_on_a_governor_is_the_callers_event(record_of):
    text = "11月1日,华远集团党委书记、董事长张建国在南京拜会了江苏省委副书记、省长王明。"
    (event,) = record_of(text)["events"]
    assert (event["org"], event["leaders"]) == ("华远集团", ["张建国"])


def test_an_autonomous_regions_bodies_named_short(record_of):
    text = "9月7日,自治区政协副主席黄立新在南宁主持召开座谈会。"
    record = record_of(text, place="广西壮族自治区")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("广西壮族自治区政协", ["黄立新"])]


def test_a_towns_government_and_its_short_party_committee(record_of):
    text = "2月3日,企山镇召开人大会议。企山镇人民政府镇长王明作报告,镇党委书记张建国主持。"
    record = record_of(text, place="雷州市")
    assert {("王明", "企山镇政府", "镇长"), ("张建国", "企山镇党委", "书记")} <= {
        (p["person"], p["org"], p["title"]) for p in record["positions"]}


def test_hospital_officers_belong_to_the_pages_hospital(record_of):
    text = "北川县人民医院召开动员大会\n12月19日下午,会议由院长张建国主持,副院长王明、李立新出席。\n"
    positions = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {("张建国", "北川县人民医院", "院长"), ("王明", "北川县人民医院", "副院长")} <= positions


def test_a_transliterated_name_in_a_list_after_its_title(record_of):
    text = "1月26日,自治区政协副主席俞立新、卓玛、宗巴·扎西次仁、王立刚出席会议。"
    assert "宗巴·扎西次仁" in record_of(text, place="西藏自治区")["persons"]


def test_a_towns_level_is_not_the_start_of_a_county_name(record_of):
    # 沙河镇原党委书记: the town's former secretary, not the party committee of 镇原县
    rec = record_of("近日,该区沙河镇原党委书记韩立平接受审查。")
    assert "沙河镇党委" in rec["organizations"] and not any("镇原" in o for o in rec["organizations"]), rec
    assert "镇江市委" in record_of("江苏镇江市委书记韩立平主持会议。")["organizations"]  # two words: the city's committee


def test_a_faculty_is_not_the_school_a_bare_校_refers_to(record_of):
    text = ("4月1日上午,校党委副书记周明远主持召开二级党组织书记例会。外国语学院党委书记钱雨辰作交流发言。\n")
    assert {"person": "周明远", "org": "外国语学院党委", "title": "副书记"} not in record_of(text)["positions"]
    text = "4月1日,校党委书记周明远主持召开会议。绵阳职业技术学院各部门负责人参加。\n"  # a school of its own
    assert {"person": "周明远", "org": "绵阳职业技术学院党委", "title": "书记"} in record_of(text)["positions"]
    # a guest's faculty names no school of the page's: 由校党委副书记甲主持 stays 校党委
    text = ("5月7日下午,学校召开党委理论学习中心组学习扩大会,会议由校党委副书记周明远主持。"
            "会上,江岳大学马克思主义学院教授钱雨辰作报告。\n")
    record = record_of(text)
    assert {"person": "周明远", "org": "校党委", "title": "副书记"} in record["positions"], record["positions"]
    assert "江岳大学党委" not in record["organizations"]


@pytest.mark.parametrize("text", ["4月20日,学校在党政楼召开校党委理论学习中心组学习会议。党委书记周明远出席。",
                                  "4月20日,会议由校党委书记周明远主持。"])
def test_a_schools_committee_after_a_verb_is_a_body(record_of, text):
    """召开校党委…, 由校党委书记…: 校党委 as written, the school unnamed; its bare 党委 is that one."""
    record = record_of(text)
    assert "校党委" in record["organizations"], record["organizations"]
    assert {"person": "周明远", "org": "校党委", "title": "书记"} in record["positions"], record["positions"]


def test_a_verb_between_a_place_and_委_is_no_department(record_of):
    # 奇台县召开县委常委会: 召开县委 is no department of 奇台县; the meeting is the 县委's
    rec = record_of("4月5日,奇台县召开县委常委(扩大)会。县委副书记、县长周明远主持会议。\n")
    assert not any("召开" in o for o in rec["organizations"]), rec["organizations"]
    assert [e["org"] for e in rec["events"]] == ["奇台县委"]


def test_ministries_of_the_state_council(record_of):
    rec = record_of("6月1日,外交部副部长周明远会见代表团。教育部关工委副主任钱雨辰出席。各级教育部门负责人参加。\n")
    assert {"person": "周明远", "org": "外交部", "title": "副部长"} in rec["positions"]
    assert {"person": "钱雨辰", "org": "教育部关工委", "title": "副主任"} in rec["positions"]
    assert "教育部门" not in rec["organizations"]


def test_a_schools_own_party_committee(record_of):
    # 我校党委书记: the page's school, named in its party congress's name
    text = ("会议由校党委书记周明远主持。会议听取并通过《中国共产党江汉理工学院第一次代表大会议程》。\n"
            "我校党委书记周明远作报告。\n")
    rec = record_of(text)
    assert "江汉理工学院" in rec["organizations"]
    assert {"person": "周明远", "org": "江汉理工学院党委", "title": "书记"} in rec["positions"]


@pytest.mark.parametrize("text", [
    "会议传达学习了《中国共产党纪律处分条例》。\n",
    "中国共产党江汉理工学院第一次代表大会隆重开幕。\n",
    "各单位要做好中国共产党党委(党组)理论学习中心组学习。\n",
])
def test_the_party_named_in_a_regulation_or_a_units_congress_is_no_body(record_of, text):
    assert "中国共产党" not in record_of(text)["organizations"]


def test_a_street_named_with_街_alone(record_of):
    rec = record_of("11月14日,新市街党工委书记周明远主持召开会议。新市街党工委副书记钱雨辰出席。\n")
    assert {"person": "周明远", "org": "新市街党工委", "title": "书记"} in rec["positions"]
    assert [e["org"] for e in rec["events"]] == ["新市街党工委"]


def test_a_democratic_partys_full_name_and_its_local_congress(record_of):
    rec = record_of("11月9日,中国民主同盟滨州市第七次代表大会在滨州召开。民盟山东省委专职副主委周明远出席会议。\n")
    assert "民盟滨州市委" in rec["organizations"]
    assert [e["org"] for e in rec["events"]] == ["民盟滨州市委"]


def test_a_unit_named_with_an_ordinal_and_its_party_congress(record_of):
    rec = record_of("10月24日,中共绵阳市第一医院委员会第九次代表大会在学术报告厅隆重召开。\n")
    assert "绵阳市第一医院" in rec["organizations"]
    assert [e["org"] for e in rec["events"]] == ["绵阳市第一医院党委"]  # its party congress: its 党委's


def test_a_streets_short_working_committee_unnamed(record_of):
    # 街党工委 with no street named before it: kept as written (it once stopped the page)
    rec = record_of("3月2日,会议由街党工委书记周明远主持,各社区党支部书记参加。")
    assert ("周明远", "街党工委", "书记") in {(p["person"], p["org"], p["title"]) for p in rec["positions"]}


def test_a_report_heard_opening_a_line_is_no_outlet():
    text = "揭牌仪式。\n调研组通过听取汇报、实地查看、资料查阅,详细了解了情况。\n宁川日报、宁川晚报记者参加。"
    assert [o.key for o in find_orgs(text, 0, len(text), Context())] == ["宁川日报", "宁川晚报"]


def test_city_departments_named_for_two_fields_or_with_long_names():
    text = "对市发展改革委、市财政局、市文化和旅游局、市政务服务管理局、市住房公积金管理中心开展巡察。县领导有县委副书记周明远。"
    found = [o.key for o in find_orgs(text, 0, len(text), Context(gazetteer().lookup("玉溪市")))]
    assert found[:5] == ["玉溪市发展改革委", "玉溪市财政局", "玉溪市文化和旅游局", "玉溪市政务服务管理局",
                         "玉溪市住房公积金管理中心"]
    assert not any("领导有" in key for key in found)


def test_a_cppccs_standing_committee_written_in_full_is_its_short_name():
    text = "审议《政协辽源市第九届委员会常务委员会工作报告》和中共中央政治局常务委员会会议精神。"
    keys = {o.key for o in find_orgs(text, 0, len(text), Context())}
    assert "辽源市政协常委会" in keys and "中共中央政治局常务委员会" in keys  # a central one as written


def test_a_body_called_on_starts_after_the_verb():
    text = "周明远会见上海市山东商会会长\n"
    assert {o.key for o in find_orgs(text, 0, len(text), Context())} == {"上海市山东商会"}


def test_a_county_committee_named_after_its_city_is_the_countys():
    text = "近日,遂宁市大英县委统战部部长周明远带队调研。江苏省南京市委召开会议。市政法委参加。"
    keys = [o.key for o in find_orgs(text, 0, len(text), Context())]
    assert "大英县委统战部" in keys and "南京市委" in keys and "市政法委" in keys
    assert not any(k.startswith(("遂宁市大英", "江苏省南京")) for k in keys)


def test_words_ending_in_ju_or_zhongxin_that_name_no_office():
    text = "全县上下为商都县建设开好局。要服务湖南省改革发展大局,建设青海省域副中心和屯溪区政治中心。市财政局参加。"
    keys = [o.key for o in find_orgs(text, 0, len(text), Context(gazetteer().lookup("玉溪市")))]
    assert keys == ["玉溪市财政局"]


def test_the_party_committee_named_in_full_with_its_term():
    for text, key in (("中国共产党内蒙古自治区第十一届委员会第九次全体会议", "内蒙古自治区党委"),
                      ("中共内蒙古自治区委员会", "内蒙古自治区党委"),
                      ("中国共产党四川省第十二届委员会第三次全体会议", "四川省委")):
        assert [o.key for o in find_orgs(text, 0, len(text), Context())] == [key]


def test_a_party_committee_named_with_its_places_parent():
    for text, key in (("中共重庆市开州区委员会", "开州区委"), ("中共定西市委", "定西市委")):
        assert [o.key for o in find_orgs(text, 0, len(text), Context())] == [key]


def test_the_named_body_pattern_is_built_once():
    from kg.orgs import _named_body_pattern
    assert _named_body_pattern() is _named_body_pattern()


def test_a_development_zones_bodies_as_written():
    for text, key in (("3月2日,青林经开区党工委书记周明远主持召开会议。", "青林经开区党工委"),
                      ("白石经济技术开发区管委会主任钱雨辰出席。", "白石经济技术开发区管委会"),
                      ("会议由高新区党工委主持。", "高新区党工委")):
        assert [o.key for o in find_orgs(text, 0, len(text), Context())] == [key]


def test_a_verb_before_a_short_reference_holds_no_division(record_of, triples):
    """召开州人大常委会 is 召开 + 州人大常委会 (a scraper lost the comma), not 开州区's."""
    text = "11月27日,州十五届人大常委会第二十次会议在延吉召开州人大常委会党组书记、主任张建国出席会议。"
    record = record_of(text, place="延边朝鲜族自治州")
    assert not any(o.startswith("开州") for o in record["organizations"]), record["organizations"]
    assert ("张建国", "延边朝鲜族自治州人大常委会", "主任") in triples(record)
    assert "达州市委" in record_of("3月1日,省委书记张建国来到达州市委调研。")["organizations"]


def test_a_noun_ending_on_a_divisions_first_character_holds_no_division(record_of):
    """镇党政和人大办公室: 党政 is a word, then 和人大办公室; no 政和县's congress office."""
    record = record_of("3月5日,儒林镇召开会议。镇党政和人大办公室主任周明远主持会议。\n", place="浦城县")
    assert not any(o.startswith("政和") for o in record["organizations"]), record["organizations"]


def test_a_branch_is_not_named_by_the_clause_before_it(record_of):
    """某某以普通党员身份参加所在党支部组织生活会: 所在党支部 names no branch; 组织生活会 is a noun."""
    record = record_of("3月5日,周明远同志以普通党员身份参加所在党支部组织生活会。\n", place="宁陵县")
    assert record["organizations"] == [] and [e["org"] for e in record["events"]] == []
    assert "图书馆党支部" in record_of("3月5日,图书馆党支部组织党员开展主题党日活动。\n")["organizations"]


@pytest.mark.parametrize("crumb", [">>", ">", "»", "|", "/"])
def test_a_units_name_ends_at_a_breadcrumbs_separator(record_of, triples, crumb):
    """您现在访问的是:某市第二人民医院>>医院新闻: the hospital's name stops at the separator."""
    text = f"您现在访问的是:绵阳市第二人民医院{crumb}医院新闻\n12月28日下午,医院召开第六届职工代表大会。院长周明远主持会议。\n"
    assert ("周明远", "绵阳市第二人民医院", "院长") in triples(record_of(text))


def test_a_named_units_own_committee_holds_its_meeting(record_of, triples):
    """某集团党委召开…: the committee holds it, and names its company too; 集团党委书记 later is its."""
    text = "11月7日上午,青岚能源集团党委召开理论学习中心组专题学习研讨会。集团党委书记、董事长周明远主持会议。\n"
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("青岚能源集团党委", ["周明远"])]
    assert {"青岚能源集团党委", "青岚能源集团"} <= set(record["organizations"])
    assert ("周明远", "青岚能源集团党委", "书记") in triples(record)
    trip = record_of("11月7日,青岚能源集团党委书记周明远率队赴某县调研。\n")["events"]
    assert [e["org"] for e in trip] == ["青岚能源集团"]  # a trip of the unit's head: the unit's


def test_a_named_units_union_or_society_before_its_officers_title(record_of, triples):
    """某学院社科联副主席甲, 某大学工会主席乙: the unit's federation of social sciences or union, a body
    of its own that its officers' titles fit (社科联 a federation, as 科协)."""
    record = record_of("9月10日,会议由青林医学院社科联副主席周明远教授主持。青林大学工会主席钱雨辰出席。\n")
    assert {("周明远", "青林医学院社科联", "副主席"), ("钱雨辰", "青林大学工会", "主席")} <= triples(record)
    record = record_of("5月19日,鄂尔多斯市社科联主席周明远出席会议。\n")
    assert ("周明远", "鄂尔多斯市社科联", "主席") in triples(record)


def test_a_central_bodys_name_inside_a_word_is_none(record_of, triples):
    """党和国家工作大局 (国家…局), 民建中央组织部 (中央组织部): no central body inside another word;
    中国海关总署 is 海关总署."""
    assert record_of("要服务党和国家工作大局。\n")["organizations"] == []
    record = record_of("民建中央组织部副部长周明远出席。中国海关总署副署长钱雨辰出席。\n")
    assert "中央组织部" not in record["organizations"] and ("钱雨辰", "海关总署", "副署长") in triples(record)


def test_a_governments_offices_in_full(record_of, triples):
    """市人民防空办(公室)党组书记、主任甲, 县委机构编制委员会办公室主任乙: offices named in full, as 人防办 is."""
    record = record_of("3月30日,市人民防空办党组书记、主任周明远带队到长寿区调研。\n", place="重庆市")
    assert ("周明远", "重庆市人民防空办", "主任") in triples(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("重庆市人民防空办", ["周明远"])]
    record = record_of("温州市人民防空办公室主任周明远、县委机构编制委员会办公室主任钱雨辰出席。\n")
    assert {("周明远", "温州市人民防空办公室", "主任"), ("钱雨辰", "县委机构编制委员会办公室", "主任")} <= triples(record)


def test_welfare_and_health_institutions_by_name_not_by_kind(record_of):
    """水口敬老院, 县社会福利院, 青石镇卫生院: institutions by their names; 乡镇敬老院 a kind of them."""
    orgs = record_of("3月5日,县民政局局长周明远到水口敬老院、县社会福利院和青石镇卫生院检查,要求乡镇敬老院"
                     "做好安全工作。\n", place="中方县")["organizations"]
    assert {"水口敬老院", "中方县社会福利院", "青石镇卫生院"} <= set(orgs) and "乡镇敬老院" not in orgs


def test_a_cppcc_of_a_prefecture_by_its_short_form_and_level(record_of):
    """政协某州第九届委员会: the autonomous prefecture's CPPCC, by its full name."""
    record = record_of("4月27日,政协楚雄州第九届委员会第三次会议在楚雄召开,州政协主席周明远主持。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("楚雄彝族自治州政协", ["周明远"])]
    assert "楚雄彝族自治州委" not in record["organizations"]
    assert "锡林郭勒盟政协" in record_of("政协锡林郭勒盟委员会召开会议。\n")["organizations"]


def test_a_unit_named_after_a_verb_and_the_partys_name(record_of):
    """学习中国共产党某公司第二次代表大会精神: the company, the verb and the party aside;
    系统谋划学院…目标任务: a verb, no unit called so."""
    record = record_of("1月9日,青岚高速组织召开专题会议,认真学习中国共产党青岚交通投资集团有限公司第二次代表大会精神。\n")
    assert "青岚交通投资集团有限公司" in record["organizations"]
    assert not any(o.startswith("认真") for o in record["organizations"]), record["organizations"]
    record = record_of("会议要求,聚焦服务发展需求,系统谋划学院2025年目标任务。\n")
    assert not any("谋划" in o for o in record["organizations"]), record["organizations"]


def test_a_city_youth_league_unresolved_stays_as_written(record_of):
    record = record_of("12月27日,团市委召开全委会议,团市委书记周明远主持。\n")
    assert [e["org"] for e in record["events"]] == ["团市委"]


def test_a_faculty_named_for_two_fields_joined_by_yu(record_of):
    """生命科学与技术学院, 某大学科学与技术研究院: one faculty; 青石县与青林学院, 市委与某学院: two."""
    orgs = record_of("审议通过了《生命科学与技术学院党委工作制度》。\n")["organizations"]
    assert "生命科学与技术学院" in orgs
    assert "青林大学科学与技术研究院" in record_of("青林大学科学与技术研究院常务副院长周明远出席。\n")["organizations"]
    assert "青林大学城市与环境科学学院" in record_of("青林大学城市与环境科学学院教授周明远出席。\n")["organizations"]
    for text in ("青石县与青林学院合作。\n", "市委与青林学院签约。\n"):
        assert "青林学院" in record_of(text)["organizations"] and not any("与" in o for o in record_of(text)["organizations"])


def test_a_new_area_named_with_its_citys_short_name_stays_as_written(record_of):
    """赣州蓉江新区党工委 is the zone's own name: not 赣州市蓉江新区党工委."""
    record = record_of("1月22日,青州青江新区党工委(扩大)会议召开。区党工委书记周明远主持会议。\n")
    assert [e["org"] for e in record["events"]] == ["青州青江新区党工委"]


def test_a_new_area_after_the_verb_that_convenes_its_meeting(record_of):
    """主持召开兰州新区管委会…会议: the zone's committee whole, not 州新区管委会 (the 州 ends 兰州)."""
    record = record_of("1月8日,周明远主持召开青州新区管委会第2次调度会议。\n")
    assert [e["org"] for e in record["events"]] == ["青州新区管委会"]
    assert "州新区管委会" not in record["organizations"]


def test_the_school_a_page_means_is_the_one_it_names_most_not_a_guest(record_of):
    """学校召开…: of two universities' names as long, the one named more often; one whose
    delegation comes to the school (某学院…一行来校) is a guest, not the school."""
    text = ("9月11日,学校召开校长办公会议。校长周明远主持会议。会议肯定了东岭大学的办学精神,"
            "支持青林大学、东岭大学建设。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["东岭大学"]
    text = ("6月4日下午,青岭文理学院党委常委、统战部部长吴思远一行来校交流。学校党委常委、副校长周明远主持会议。"
            "吴思远介绍了青岭文理学院的经验。\n版权所有 南屏师范学院党委统战部\n")
    assert ("周明远", "南屏师范学院", "副校长") in {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}


def test_a_faculty_after_duiyu_is_named_without_it(record_of):
    """对于外国语学院而言: the faculty, not 于外国语学院."""
    orgs = record_of("学院党委书记周明远主持会议。对于外国语学院而言,这是机遇。\n")["organizations"]
    assert not any(o.startswith("于") for o in orgs), orgs


def test_a_cppcc_named_with_its_term_and_no_committee_word(record_of):
    """政协某自治区第十一届二十一次常委会议: the region's CPPCC, though 委员会 is not written."""
    events = record_of("1月19日上午,政协内蒙古自治区第十一届二十一次常委会议闭幕。\n")["events"]
    assert [e["org"] for e in events] == ["内蒙古自治区政协"]


def test_a_kind_of_university_in_a_slogan_is_no_body(record_of):
    orgs = record_of("4月19日,学校基建处党支部开展“双一流大学建设”主题党日活动。\n")["organizations"]
    assert not any("一流" in o for o in orgs), orgs


def test_federations_by_their_full_names_as_written(record_of, triples):
    text = "9月15日,山西省残疾人联合会召开会议。山西省妇女联合会主席周明远出席。\n"
    record = record_of(text)
    assert {"山西省残疾人联合会", "山西省妇女联合会"} <= set(record["organizations"])
    assert ("周明远", "山西省妇女联合会", "主席") in triples(record)


def test_streets_and_towns_are_no_one_town(record_of):
    """农安县街镇人大负责同志: the county's streets and towns (龙街镇 is a town)."""
    assert not any("镇人大" in o for o in record_of("考察组与青石县街镇人大负责同志座谈。\n")["organizations"])
    assert "龙街镇人大" in record_of("龙街镇人大主席周明远出席。\n")["organizations"]


def test_a_prefectures_unit_named_by_zhou_alone(record_of):
    """州工投集团公司 on a prefecture's page: that prefecture's, as 州政府 is."""
    orgs = record_of("本报楚雄讯 2月25日,州政府副秘书长周明远,州工投集团公司董事长钱雨辰参加。\n")["organizations"]
    assert "楚雄彝族自治州工投集团公司" in orgs, orgs


def test_a_governments_commission_written_after_it(record_of, triples):
    """省政府国资委副主任甲: the government's commission, not the government."""
    assert ("周明远", "省政府国资委", "副主任") in triples(record_of("省政府国资委副主任周明远一行到项目视察。\n"))


def test_a_group_of_a_congress_deputies_is_a_body_of_that_congress(record_of):
    """市人大代表某区联系组: the deputies of the city's congress who live in that district, a body
    that holds its own inspections (its term dropped: 市第六届人大代表…)."""
    for text in ("本报青川讯 12月25日,市人大代表青林联系组开展会前集中视察活动,并召开座谈会。\n",
                 "本报青川讯 12月25日,市第六届人大代表青林联系组开展会前集中视察活动。\n"):
        record = record_of(text, place="广元市")
        assert "广元市人大代表青林联系组" in record["organizations"]
        assert {e["org"] for e in record["events"]} == {"广元市人大代表青林联系组"}


def test_town_bodies_as_written_and_a_towns_organ_branch(record_of):
    """A street's body keeps its name as written, a county's short name inside it too
    (天桥东街街道, not 天桥区东街街道); a town's goes by the town's own name (临泉县龙岗镇机关党支部:
    龙岗镇机关党支部, the town organs' party branch); a CPPCC's station in a town stays as written."""
    assert "天桥东街街道党工委" in record_of("11月8日,天桥东街街道党工委召开会议。\n")["organizations"]
    record = record_of("9月10日下午,临泉县龙岗镇机关党支部召开党员大会。\n")
    assert [e["org"] for e in record["events"]] == ["龙岗镇机关党支部"]
    record = record_of("11月21日,吴川市王村港镇党委书记周明远主持召开镇党委会议。敦煌市黄渠镇政协委员工作站揭牌。\n")
    assert [e["org"] for e in record["events"]][:1] == ["王村港镇党委"]
    assert "敦煌市黄渠镇政协委员工作站" in record["organizations"]


def test_a_federation_named_in_full_and_short_is_one_body(record_of):
    """唐山市工商业联合会 on a page that also says 市工商联: one body, by its short name; named in
    full alone, as written."""
    orgs = record_of("3月19日,青州市工商业联合会召开执委会议。市工商联主席周明远主持。\n")["organizations"]
    assert orgs == ["青州市工商联"]
    assert "青州市妇女联合会" in record_of("3月19日,青州市妇女联合会召开执委会议。\n")["organizations"]


def test_a_short_reference_after_a_named_county_in_its_sentence_is_that_countys(record_of, triples):
    """On a page about one county, 另一县委书记甲,县委副书记、县长乙 lists the other county's
    leaders; 温州市委和市委 lists two bodies, and 和县 inside …和县妇联 is no county named."""
    text = ("本报西平讯 6月18日,省政协副主席周明远到西平县调研。\n3月23日,周明远到平舆县调研。平舆县委书记钱雨辰,"
            "县委副书记、县长孙立新参加调研。\n")
    assert {("孙立新", "平舆县委", "副书记"), ("孙立新", "平舆县政府", "县长")} <= triples(record_of(text))
    record = record_of("本报瑞安讯 中央、省委、温州市委和市委相继出台实施细则。\n")
    assert "瑞安市委" in record["organizations"]


def test_a_body_that_directs_is_no_referent_for_the_short_reference_after_it(record_of):
    """根据某市人大的统一部署,市人大常委会组织代表视察: the page's own city acts at the larger city's
    direction; its 市人大常委会 is the page's locality's."""
    text = "本报溧阳讯 根据常州市人大的统一部署,11月3日,市人大常委会组织部分代表赴常州市新北区开展集中视察。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["溧阳市人大常委会"]


def test_a_cppccs_standing_committee_named_by_its_sitting(record_of):
    """会议审议了市政协七届八次常委会议议程: the city CPPCC's standing committee is a body named."""
    record = record_of("本报武安讯 会议审议了市政协七届八次常委会议议程(草案)、日程(草案)。\n")
    assert "武安市政协常委会" in record["organizations"]


def test_a_new_areas_committee_said_short_is_the_area_the_page_names(record_of):
    """兰州新区召开… 新区党工委书记: the area named after its city; two areas named: as written."""
    text = "兰州新区召开领导干部大会\n9月24日,新区党工委书记周明远主持召开新区领导干部大会。新区管委会主任钱雨辰参加。\n"
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("兰州新区党工委", ["周明远"])]
    assert "兰州新区管委会" in record["organizations"]
    assert "新区党工委" in record_of("兰州新区、南昌新区交流。新区党工委书记周明远讲话。\n")["organizations"]


def test_a_hospital_by_its_place_and_ordinal(record_of):
    """霍邱一院党委: the county's First Hospital's committee, holding its study session."""
    record = record_of("11月15日上午,东河一院党委组织召开理论学习中心组扩大学习会。党委书记周明远主持会议,"
                       "党委副书记、院长钱雨辰参加。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("东河一院党委", ["周明远"])]
    assert ("钱雨辰", "东河一院", "院长") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}


def test_a_faculty_of_one_character_named_short_and_in_full(record_of):
    """理学院召开…《某大学理学院…细则》: one faculty, by its full name; 我校马克思主义学院与某大学
    马克思主义学院: two."""
    record = record_of("10月31日,理学院召开党政议事规范专题培训会。理学院党委书记周明远主讲。"
                       "会上,周明远对《东河科技大学理学院集体决策实施细则》进行解读。\n")
    assert [e["org"] for e in record["events"]] == ["东河科技大学理学院"]
    assert ("周明远", "东河科技大学理学院党委", "书记") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    alone = record_of("10月31日,理学院召开党政议事规范专题培训会。理学院党委书记周明远主讲。\n")
    assert ("周明远", "理学院党委", "书记") in {(p["person"], p["org"], p["title"]) for p in alone["positions"]}
    orgs = record_of("5月6日,我校马克思主义学院与东河大学马克思主义学院签署共建协议。\n")["organizations"]
    assert "马克思主义学院" in orgs


def test_a_city_before_a_unit_is_no_mayor(record_of):
    """保定市长城汽车股份有限公司: 保定市 and 长城…, no 市长."""
    orgs = record_of("10月15日,代表团参观了保定市长江汽车股份有限公司。\n")["organizations"]
    assert any(o.endswith("长江汽车股份有限公司") for o in orgs) and "江汽车股份有限公司" not in orgs


def test_a_democratic_partys_committee_of_an_autonomous_region_as_the_parties_name_it(record_of):
    """民进内蒙古区委会: the region's committee as written (区委会), not 内蒙古自治区委会."""
    record = record_of("11月28日,民进内蒙古区委会副主委周明远带队赴通辽市开展民主监督。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("民进内蒙古区委会", ["周明远"])]


def test_a_party_branch_named_with_the_partys_name_is_named_without_it(record_of):
    """中共某小学党支部召开…: the branch by its own name, as a unit's 党委 is named."""
    record = record_of("5月24日,中共东河区第三小学党支部召开支部党员大会。\n")
    assert [e["org"] for e in record["events"]] == ["东河区第三小学党支部"]


def test_a_lead_verb_before_a_unit_is_no_part_of_its_name(record_of):
    """…牵头,率某协会理事长甲一行到某县考察: the association, not 率某协会."""
    orgs = record_of("9月5日,由省台办牵头,率东河工商企业发展协会理事长周明远一行到寻甸县考察交流。\n")["organizations"]
    assert "东河工商企业发展协会" in orgs and not any(o.startswith("率") for o in orgs)


def test_a_committees_offices_said_short(record_of):
    """某市委办, 某市委政研室, 某市委老干部局: a party committee's offices said short are bodies of their own."""
    record = record_of("4月4日下午,晋城市委政研室召开机关全体会议。晋城市委办、晋城市委老干部局参加。\n")
    assert {"晋城市委政研室", "晋城市委办", "晋城市委老干部局"} <= set(record["organizations"])
    assert [e["org"] for e in record["events"]] == ["晋城市委政研室"]


def test_a_places_delegation_is_a_body_as_written(record_of, triples):
    """新乡代表团团长甲, 某县党政代表团: a place's delegation, its head's body (not 代表团员)."""
    record = record_of("3月5日,新乡代表团团长周明远参加审议。舒城县党政代表团赴某地考察。\n")
    assert {"新乡代表团", "舒城县党政代表团"} <= set(record["organizations"])
    assert ("周明远", "新乡代表团", "团长") in triples(record)


def test_a_groups_mark_inside_a_companys_name(record_of):
    """某某(集团)有限公司: the mark in brackets is part of the name; 要充分发挥某大学: the verb is not."""
    orgs = record_of("5月3日,青石铝业(集团)有限公司董事长周明远出席。要充分发挥宁夏大学优势。\n")["organizations"]
    assert "青石铝业(集团)有限公司" in orgs and "宁夏大学" in orgs and not any(o.startswith(("有限", "要")) for o in orgs)


def test_a_leader_who_leads_a_unit_is_no_part_of_its_name(record_of):
    """某公司副总经理甲率某研究会人员检查: the society, not 甲率某研究会."""
    orgs = record_of("2月3日,公司副总经理周明远率东河物流研究会有关人员开展安全检查。\n")["organizations"]
    assert "东河物流研究会" in orgs and not any("率" in o for o in orgs)


def test_a_power_supply_company_and_a_growers_cooperative(record_of):
    """某供电公司, 某种植专业合作社: 供电, 种植 are a unit's line of business (verbs to jieba), so
    the company holds its workers' congress."""
    record = record_of("2月15日,青林县供电公司召开六届九次职代会。\n")
    assert record["organizations"] == ["青林县供电公司"] and [e["org"] for e in record["events"]] == ["青林县供电公司"]
    assert "青林水稻种植专业合作社" in record_of("3月1日,甲到青林水稻种植专业合作社调研。\n")["organizations"]


def test_a_district_named_holding_a_meeting_is_its_committees(record_of, triples):
    """浙江某报: 某市某区召开…大会,区委书记甲主持: the district that holds it (在某市召开 names a venue)."""
    record = record_of("浙江日报讯 5月23日上午,杭州市西湖区召开全区警示教育大会,区委书记章明远主持会议。\n")
    assert ("章明远", "西湖区委", "书记") in triples(record)
    assert [e["org"] for e in record["events"]] == ["西湖区委"]


def test_a_prefectures_party_committee_written_dangwei_is_its_wei(record_of):
    """昌吉州党委, 苍梧县党委: a prefecture's or county's party committee is named <place>委 as
    any division's is (a region's keeps 党委: 新疆维吾尔自治区党委)."""
    orgs = record_of("2020年5月14日,昌吉州党委召开编纂工作推进会。\n")["organizations"]
    assert "昌吉回族自治州委" in orgs
    orgs = record_of("3月1日,新疆维吾尔自治区党委召开会议。\n")["organizations"]
    assert "新疆维吾尔自治区党委" in orgs


def test_a_committees_study_group_is_no_centre(record_of):
    """开发区党工委理论学习中心组召开…: the committee's study group holds a meeting of the
    committee, no 区党工委理论学习中心."""
    record = record_of("5月25日,开发区党工委理论学习中心组召开专题学习会。党工委书记陈明远主持会议。\n")
    assert record["organizations"] == ["开发区党工委"]
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("开发区党工委", ["陈明远"])]


def test_a_verb_before_a_unit_is_no_part_of_its_name(record_of):
    """紧密结合某大学实际…: 结合 takes the university as its object; 中西医结合医院 is a kind of hospital."""
    orgs = record_of("4月20日,全校师生要紧密结合青川大学实际情况深入贯彻落实。青川大学党委书记王立山讲话。\n")["organizations"]
    assert "青川大学党委" in orgs and not any("结合" in o for o in orgs)
    orgs = record_of("6月13日,首场宣讲会面向学院党政领导班子,由学院党委周立平书记主讲。\n")["organizations"]
    assert "学院党委" in orgs and not any("面向" in o for o in orgs)  # 面向 takes the school as its object
    orgs = record_of("4月20日,临泽县中西医结合医院召开职工大会。\n")["organizations"]
    assert "临泽县中西医结合医院" in orgs
    orgs = record_of("4月20日,平凉市中医医院(中西医结合医院)建设工程开工。\n")["organizations"]
    assert "中西医结合医院" not in orgs


def test_a_party_committees_working_committees(record_of):
    """省委高校工委, 省委省直机关工委, 市委两新工委, 区委社会工委: working committees of a party
    committee, bodies of their own (not the committee)."""
    rec = record_of("11月24日,山东省委高校工委召开专题会议。\n")
    assert "山东省委高校工委" in rec["organizations"] and [e["org"] for e in rec["events"]] == ["山东省委高校工委"]
    rec = record_of("7月16日,福建省委省直机关工委召开会议。\n")
    assert [e["org"] for e in rec["events"]] == ["福建省委省直机关工委"]
    rec = record_of("5月8日,长沙市委两新工委书记刘立文到企业调研。\n")
    assert ("刘立文", "长沙市委两新工委", "书记") in {(p["person"], p["org"], p["title"]) for p in rec["positions"]}


def test_a_universitys_hospital_is_a_name(record_of):
    """某大学某某医院 (a university's teaching hospital, 湘雅二医院-like) is a hospital's name, not the
    university's with a stray 医院."""
    rec = record_of("5月7日,座谈会召开。华岳大学安济医院党委副书记段立斌出席。\n")
    assert ("段立斌", "华岳大学安济医院党委", "副书记") in {(p["person"], p["org"], p["title"]) for p in rec["positions"]}


def test_phrases_that_end_like_bodies_are_none(record_of):
    """从党和国家全局高度: no 国家全局 bureau; 某区成立某服务中心: the verb opens no name; 中国共产党某市
    第六次代表大会: the city's party congress, not the party itself; 省老科协会长: 会长, no 老科协会."""
    orgs = record_of("本报重庆讯 5月6日,要从党和国家全局高度认识援疆工作。张店区成立出租房屋管理服务中心。"
                     "中国共产党重庆市第六次代表大会定于5月27日召开。省老科协会长周明远出席。\n")["organizations"]
    assert not any(o.endswith(("全局", "老科协会")) or "成立" in o or o == "中国共产党" for o in orgs), orgs


def test_a_congresss_or_cppccs_special_committee_by_its_short_name(record_of):
    """省人大财经委, 省政协民宗委: special committees named short, the congress's or CPPCC's own bodies."""
    rec = record_of("本报石家庄讯 8月22日,省人大财经委副主任委员周明远参加调研。省政协民宗委主任钱雨辰陪同。\n")
    assert {"河北省人大财经委", "河北省政协民宗委"} <= set(rec["organizations"])
    assert ("周明远", "河北省人大财经委", "副主任委员") in {(p["person"], p["org"], p["title"]) for p in rec["positions"]}
    rec = record_of("本报长沙讯 7月20日,省人大社会委副主任周明远带领调研组到某县调研。\n")  # 社会建设委员会
    assert ("周明远", "湖南省人大社会委", "副主任") in {(p["person"], p["org"], p["title"]) for p in rec["positions"]}


def test_a_towns_level_written_twice_is_its_body_once(record_of, triples):
    """沙浦镇镇党委副书记、镇长甲乙: the town's 镇党委 and 镇政府 (沙浦镇党委, 沙浦镇政府)."""
    record = record_of("3月5日,沙浦镇镇党委副书记、镇长周明远主持会议。\n", place="石家庄市")
    assert {("周明远", "沙浦镇党委", "副书记"), ("周明远", "沙浦镇政府", "镇长")} <= triples(record)


@pytest.mark.parametrize("body", ["中国教育学会", "湖南省高等学校党校教育研究会"])
def test_a_society_named_by_its_field(record_of, body):
    """中国教育学会 (教育: a verb-noun to jieba), 某省高等学校…研究会 (等 inside 高等 is no list's end)."""
    record = record_of(f"3月28日,{body}召开年度工作会议。\n")
    assert body in record["organizations"] and [e["org"] for e in record["events"]] == [body]


def test_the_autonomous_region_is_the_articles_before_the_pages():
    """A page whose province is another's (a visiting 福建省 delegation named in full) on an article
    located in 乌鲁木齐: 自治区党委 is the article's autonomous region's."""
    g = gazetteer()
    ctx = Context(g.place("乌鲁木齐市"), g.place("福建省"))
    assert ctx.resolve_ref("自治区").name == "新疆维吾尔自治区"
    assert Context(g.place("福州市"), g.place("广西壮族自治区")).resolve_ref("自治区").name == "广西壮族自治区"


@pytest.mark.parametrize("written, body", [("市团委", "共青团银川市委"), ("银川市团委", "共青团银川市委"),
                                           ("自治区团委", "共青团宁夏回族自治区委"), ("团市委", "共青团银川市委")])
def test_the_leagues_committee_of_a_place_is_named_one_way(record_of, written, body):
    """市团委, 自治区团委 and 团市委 are the League's committee of the place: 共青团银川市委, as 团市委 gives."""
    record = record_of(f"5月4日,{written}书记周明远出席青年座谈会。\n", place="银川市")
    assert {(p["person"], p["org"], p["title"]) for p in record["positions"]} == {("周明远", body, "书记")}


def test_a_prefectures_league_committee_is_its_own(record_of):
    """团州委 on a prefecture's page is the League's committee of that prefecture, not its party's 州委."""
    record = record_of("5月4日,团州委书记周明远出席青年座谈会。\n", place="海西蒙古族藏族自治州")
    assert {(p["person"], p["org"], p["title"]) for p in record["positions"]} == {
        ("周明远", "共青团海西蒙古族藏族自治州委", "书记")}


def test_titles_listed_before_a_national_committee_are_no_part_of_its_name(record_of):
    """全国政协常委、副秘书长、经济委员会副主任: two titles, then the committee; no body named
    常委、副秘书长、经济委员会."""
    text = "6月25日,全国政协常委、副秘书长、经济委员会副主任周明远率调研组到某市调研。\n"
    assert not any("、" in o for o in record_of(text)["organizations"])


def test_a_place_or_brand_in_brackets_inside_a_companys_name(record_of):
    """海天(高明)调味食品有限公司, 中船(天津)船舶制造有限公司: the bracket is part of the name."""
    text = "6月3日,区委书记周明远到青禾(高明)调味食品有限公司、中舟(天津)船舶制造有限公司调研。\n"
    orgs = record_of(text, place="佛山市")["organizations"]
    assert {"青禾(高明)调味食品有限公司", "中舟(天津)船舶制造有限公司"} <= set(orgs)
    assert "调味食品有限公司" not in orgs


def test_a_league_committees_departments_named_after_it(record_of):
    """团省委组织部、学校部: the League committee's two departments; 共青团中央基层建设部 the
    central committee's, no ministry 建设部."""
    text = "团省委组织部、学校部有关负责同志作交流。共青团中央基层建设部副部长钱雨辰讲话。\n"
    orgs = record_of(text, place="福建省")["organizations"]
    assert {"共青团福建省委组织部", "共青团福建省委学校部", "共青团中央基层建设部"} <= set(orgs) and "建设部" not in orgs


def test_a_branch_after_zheshi_is_named_without_it(record_of):
    orgs = record_of("7月1日,这是图书馆党支部组织的一次主题党日活动。")["organizations"]
    assert orgs == ["图书馆党支部"], orgs


def test_our_yuans_vice_president_on_a_colleges_page_is_no_courts(record_of):
    text = "6月20日,张家港市工商联与青林学院开展产教对接。调研由工商联周志勇副主席和我院钱锦东副院长带队。"
    assert not any(o.endswith("法院") for o in record_of(text)["organizations"])
    court = "6月20日,宁乡市人民法院召开会议。我院钱锦东副院长主持会议。"  # a court's page: its own
    assert [p["org"] for p in record_of(court)["positions"]] == ["宁乡市法院"]


def test_a_zones_working_committee_by_its_level_alone(record_of, triples):
    """区党工委 is a zone's (a district's committee is 区委): the zone the page names, else as written."""
    named = record_of("1月11日,青林经济开发区召开会议。区党工委书记、管委会主任周黎英主持。")
    assert ("周黎英", "青林经济开发区党工委", "书记") in triples(named)
    alone = record_of("1月11日,市政协副主席、区党工委书记、管委会主任周黎英主持召开党工委扩大会议。")
    assert {("周黎英", "市政协", "副主席"), ("周黎英", "区党工委", "书记")} <= triples(alone)
    assert [e["org"] for e in alone["events"]] == ["区党工委"]


def test_a_prefecture_by_its_short_form_and_level_before_a_bureau(record_of, triples):
    """甘孜州税务局 on a page placed nowhere: the prefecture's bureau (its level written, no bare
    short form that might be a word: 公安局 is no 公安县's)."""
    assert ("周绍波", "甘孜藏族自治州税务局", "局长") in triples(record_of("3月2日,甘孜州税务局局长周绍波主持会议。"))
    assert not any("公安县" in o for o in record_of("3月2日,公安局局长周绍波主持会议。")["organizations"])


def test_a_short_reference_in_a_dated_news_item_of_its_own_place(record_of, triples):
    """A page of several places' news, one dated item each: 县政协 is the county its item's lead names."""
    text = ("7月29日,西安市政协在蓝田县召开会议。\n"
            "7月24日,扶风县政协组织部分委员对全县重点项目进行视察。县政协主席周宏涛参加。\n")
    assert ("周宏涛", "扶风县政协", "主席") in triples(record_of(text))


def test_a_call_made_is_no_part_of_a_bureaus_name(record_of):
    orgs = record_of("1月20日,十堰市委书记周霁在武汉先后拜会湖北银监局局长邓智毅。")["organizations"]
    assert not any("拜会" in o for o in orgs), orgs


def test_a_town_of_one_character_and_its_level_keeps_both(record_of, triples):
    """许镇镇党委: the town 许镇's committee (a town's name is never one character), not 许镇党委."""
    record = record_of("7月13日,南陵县许镇镇召开动员会。许镇镇党委书记吴宗明主持会议。\n")
    assert ("吴宗明", "许镇镇党委", "书记") in triples(record)
    assert "许镇党委" not in record["organizations"]


def test_a_town_named_as_its_district_is_the_towns(record_of, triples):
    """红寺堡镇党委 on a page of 红寺堡区: the town's committee, not a 镇党委 department of the district."""
    record = record_of("红寺堡镇党委书记海明亮作表态发言。红寺堡区委副书记张立新出席会议。\n")
    assert ("海明亮", "红寺堡镇党委", "书记") in triples(record)
    assert "红寺堡区镇党委" not in record["organizations"]


@pytest.mark.parametrize("text, body, parent", [
    ("邀请市委党史学习教育宣讲团成员潘立伟同志作专题报告。\n", "上海市委党史学习教育宣讲团", "上海市委"),
    ("市委理论讲师团组织专家赴基层宣讲。\n", "上海市委理论讲师团", "上海市委"),
])
def test_a_committees_lecturers_are_a_body_of_the_committee(record_of, text, body, parent):
    """市委…宣讲团, 省委(理论)讲师团: the committee's lecturers, a body named with the committee."""
    record = record_of(text, place="上海市")
    assert {body, parent} <= set(record["organizations"])


def test_lecturers_of_no_committee_are_no_body(record_of):
    """青年宣讲团, 市民宣讲团: groups by who speaks, no committee's body (nor a person 宣讲团)."""
    record = record_of("全区组建了党代表宣讲团、青年宣讲团和市民宣讲团。\n", place="上海市")
    assert not [o for o in record["organizations"] if o.endswith("宣讲团")] and not record["persons"]


@pytest.mark.parametrize("text, place", [
    ("3月5日,县长张军到审计局调研指导工作。\n", "洋县"),
    ("3月5日,副区长孙立挺赴区统计局调研指导工作。\n", "上海市青浦区"),
])
def test_a_heads_title_after_the_place_opens_no_body(record_of, text, place):
    """县长张军到审计局: 县 + 长 is the county head's title before his name, no bureau named 长张军到审计局."""
    record = record_of(text, place=place)
    assert not [o for o in record["organizations"] if "到" in o or "赴" in o]


def test_a_level_after_a_bracketed_level_is_every_one(record_of):
    """各县(市)区政府: the governments of every county and district, no one 区政府."""
    record = record_of("各县(市)区政府、市直各部门负责同志参加会议。\n", place="合肥市")
    assert not [o for o in record["organizations"] if o.endswith("区政府")]


def test_a_company_in_express_delivery(record_of, triples):
    """某某速递股份有限公司董事局主席: 速递 (a verb to jieba) is the company's trade."""
    record = record_of("4月6日,华顺速递股份有限公司董事局主席喻立蛟率队考察。\n")
    assert ("喻立蛟", "华顺速递股份有限公司", "董事局主席") in triples(record)


def test_a_grid_companys_bureau_is_named_as_it_writes_itself(record_of):
    """二连浩特供电局, 锡林郭勒电业局: a grid company's bureaus, named as written (no 市, 盟 added)."""
    record = record_of("按照锡林郭勒电业局党委统一部署,二连浩特供电局举办了主题党日活动。\n", place="二连浩特市")
    assert {"锡林郭勒电业局", "二连浩特供电局"} <= set(record["organizations"])
    assert not {"锡林郭勒盟电业局", "二连浩特市供电局"} & set(record["organizations"])


def test_an_invitation_before_a_society_is_no_part_of_its_name(record_of, triples):
    """特邀某某研究会会长甲: 特邀 (invited, a name to jieba) opens no society's name."""
    record = record_of("特邀秦都文化研究会会长陈立民作主题讲座。\n")
    assert ("陈立民", "秦都文化研究会", "会长") in triples(record)


def test_a_senior_high_schools_branch(record_of, triples):
    """局党组成员、双柳高中党支部书记甲: the school (高中) and its branch, named as written."""
    record = record_of("局党组成员、双河高中党支部书记袁立术作表态发言。\n")
    assert ("袁立术", "双河高中党支部", "书记") in triples(record) and "双河高中" in record["organizations"]


def test_no_place_inside_a_research_institutes_name(record_of):
    """中国科学院某某化学物理研究所副所长: 兰州 names the institute, no place of the page."""
    record = record_of("中国科学院兰州化学物理研究所副所长李立明出席会议。\n", place="张掖市")
    assert "兰州市" not in record["places"]


@pytest.mark.parametrize("text, place, body", [
    ("市人大常委会组成人员及朔州经济开发区管委会负责人参加视察。\n", "朔州市", "朔州经济开发区管委会"),
    ("井冈山经开区管委会主任陈立寿陪同。\n", "井冈山市", "井冈山经开区管委会"),
])
def test_a_zones_body_named_by_its_places_short_form_stays_as_written(record_of, text, place, body):
    """朔州经济开发区管委会: a zone's body as written, no 朔州市经济开发区管委会 beside it."""
    orgs = record_of(text, place=place)["organizations"]
    assert body in orgs and not [o for o in orgs if o.endswith(body[2:]) and o != body and "市" in o[:4]]


@pytest.mark.parametrize("text, place, expected", [
    ("1月11日上午,临渭区农业农村局召开专题会议,会议由局党组书记、局长赵明远主持。\n", None,
     {("赵明远", "临渭区农业农村局", "党组书记"), ("赵明远", "临渭区农业农村局", "局长")}),
    # named in full, then short, then 局 alone: the full name, the report's subject
    ("2月5日,潞州区文化和旅游局党委召开述职评议会。区文旅局班子成员参加。会议由局党委书记、局长孙立新主持。\n", None,
     {("孙立新", "潞州区文化和旅游局党委", "书记"), ("孙立新", "潞州区文化和旅游局", "局长")}),
    ("2月11日,铜陵市副市长吴海峰率队来省气象局交流。局党组书记、局长周文涛会见吴海峰一行。\n", "安徽省",
     {("周文涛", "安徽省气象局", "党组书记"), ("周文涛", "安徽省气象局", "局长")}),
    # the bureau opens its study group's name; a national bureau named after the title is none of it
    ("1月16日上午,省林业局党组理论学习中心组举行集体学习。局党组成员、副局长罗家明主持会议。国家林草局专家作辅导。\n", "湖南省",
     {("罗家明", "湖南省林业局", "党组成员"), ("罗家明", "湖南省林业局", "副局长")}),
], ids=["own-bureau", "named-in-full-first", "bureau-visited", "inside-a-longer-name"])
def test_a_bureau_called_ju_alone(record_of, triples, text, place, expected):
    """局党组书记、局长甲, 由局党委书记: 局 standing alone is the bureau the page reports on, the one it
    names before, else the first (named in full, then short), also where it opens a longer name."""
    assert expected <= triples(record_of(text, place=place))


@pytest.mark.parametrize("text, place, expected", [
    ("12月13日,中国气象局党组书记、局长郑远航主持召开党组会。\n", "北京市", ("郑远航", "中国气象局", "局长")),
    ("8月31日,中国地震局总工程师方立明一行到上海市地震局调研。\n", "上海市", ("方立明", "中国地震局", "总工程师")),
    ("国家林草局副局长冯建国出席会议。\n", "湖南省", ("冯建国", "国家林草局", "副局长")),  # as written
], ids=["meteorology", "earthquakes", "forestry-short-name"])
def test_a_state_council_bureau_is_national(record_of, triples, text, place, expected):
    """中国气象局, 中国地震局, 国家林草局: bureaus of the State Council, no place's (not 北京市中国气象局)."""
    record = record_of(text, place=place)
    assert expected in triples(record)
    assert not [o for o in record["organizations"] if o.startswith(place + "中国")], record["organizations"]


def test_a_county_named_inside_a_departments_word_is_no_body(record_of, triples):
    """公安厅厅长 on a Hubei page: 公安厅 is the department's word, no body of 公安县 (a county of Hubei)."""
    record = record_of("副省长、公安厅厅长付建新参加活动。\n", place="湖北省")
    assert not [o for o in record["organizations"] if o.startswith("公安县")], record["organizations"]
    assert ("付建新", "湖北省公安厅", "厅长") in triples(record)


def test_a_county_gone_to_names_the_short_references_after_it(record_of, triples):
    """前往某县调研指导,在…,县委副书记、县长甲: the county the visitors went to, on a province's page."""
    record = record_of("11月25日,周立新一行前往筠连县调研指导,在筠连会议中心,县委副书记、县长邓晓红介绍了情况。\n", place="四川省")
    assert {("邓晓红", "筠连县委", "副书记"), ("邓晓红", "筠连县政府", "县长")} <= triples(record)


def test_a_citys_level_said_twice_before_its_committee(record_of, triples):
    """金华市市委书记甲 on another city's page: 金华市委, the level said twice, not the page's 市委."""
    record = record_of("金华市市委书记方建伟、市政府市长周立群出席。\n", place="丽水市")
    assert {("方建伟", "金华市委", "书记"), ("周立群", "金华市政府", "市长")} <= triples(record)


def test_an_intermediate_court_by_a_short_form_a_province_shares_is_the_citys(record_of, triples):
    """吉林中院: 吉林 names a province and a city; only a city has an intermediate court."""
    record = record_of("吉林中院召开民主生活会\n2月9日,吉林中院召开民主生活会,党组书记、院长王立秋主持会议。\n")
    assert ("王立秋", "吉林市中级人民法院", "院长") in triples(record)
    assert "吉林省中级人民法院" not in record["organizations"]


def test_a_branch_procuratorate_is_its_own_body(record_of):
    """省人民检察院某地分院, 某盟检察分院: a branch, not the procuratorate it belongs to."""
    for text, branch in (("8月9日,黑龙江省人民检察院大兴安岭分院举办检察开放日活动。\n", "黑龙江省检察院大兴安岭分院"),
                         ("4月26日,阿拉善盟检察分院召开全盟检察长会议,党组书记、检察长赵明达讲话。\n", "阿拉善盟检察分院")):
        record = record_of("检察动态\n" + text, pub_date="2024-09-01")
        assert branch in record["organizations"]
        assert [e["org"] for e in record["events"]] == [branch]


def test_a_streets_work_committee_without_party_and_a_joint_one_are_bodies(record_of, triples):
    """某街道工委 (as Beijing's streets write their 党工委), 某街道联合党工委: bodies of the street."""
    record = record_of("7月1日,东桥街道工委书记钱立新讲授党课。\n8月2日,南塘街道联合党工委召开年会。\n", pub_date="2024-09-01")
    assert ("钱立新", "东桥街道工委", "书记") in triples(record)
    assert "南塘街道联合党工委" in record["organizations"]


def test_a_market_regulation_bureau_after_a_short_reference_is_no_level_said_twice(record_of, triples):
    """省市场监管局, 市市场监管局: 市 of 市场 is no level after the reference (金华市市委's is)."""
    record = record_of("11月21日,省市场监管局召开党组理论学习中心组学习会。省市场监管局党组书记、局长贺文涛主持会议。"
                       "市市场监管局局长邵宁出席。\n", pub_date="2024-11-25")
    assert {("贺文涛", "省市场监管局", "局长"), ("邵宁", "市市场监管局", "局长")} <= triples(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("省市场监管局", ["贺文涛"])]


def test_a_party_committees_department_after_zhonggong_keeps_its_department(record_of):
    """中共某省委统战部, 中共某市委组织部: the department, not its committee."""
    record = record_of("7月24日,由中共甘肃省委统战部主办、中共义乌市委组织部承办的培训班开班。\n", pub_date="2024-07-30")
    assert {"甘肃省委统战部", "义乌市委组织部"} <= set(record["organizations"])
    assert "甘肃省委" not in record["organizations"]


def test_a_verb_of_learning_before_a_company_is_no_part_of_its_name(record_of):
    """详细了解某集团的产业布局: 了解 (learn about) before the group, not 解某集团."""
    record = record_of("4月29日,校长郑海川赴某地考察,详细了解华盛集团的产业布局。\n", pub_date="2024-05-01")
    assert "华盛集团" in record["organizations"]
    assert not any(o.startswith("解") for o in record["organizations"])


def test_a_governments_general_office_is_a_body_of_its_own(record_of):
    """某市人民政府办公厅, 县政府办: the office, as the spec names departments and offices (办公会 no office)."""
    record = record_of("中共太原市委办公厅、太原市人民政府办公厅印发通知。县政府办、县住建局负责同志参加。"
                       "3月2日,市政府召开办公会议。\n", place="太原市")
    assert {"太原市委办公厅", "太原市政府办公厅", "县政府办", "太原市政府"} <= set(record["organizations"])


def test_a_police_station_is_a_unit_with_its_instructor(record_of, triples):
    """某某派出所指导员甲: the station and its political instructor; 基层派出所 is a kind, no name."""
    record = record_of("桃园派出所指导员韩立新作表态发言。各基层派出所负责人参加。\n")
    assert ("韩立新", "桃园派出所", "指导员") in triples(record)
    assert "基层派出所" not in record["organizations"]


def test_departments_listed_after_a_divisions_department_are_that_divisions(record_of):
    """县教育局、卫健局、科工局负责同志: each the county's; 县委组织部、宣传部 and 省人大财经委、环资委 are not."""
    record = record_of("县教育局、卫健局、文广旅体局负责同志参加。县委组织部、宣传部负责同志参加。"
                       "省人大财经委、环资委负责同志参加。\n", place="河北省张北县")
    orgs = set(record["organizations"])
    assert {"张北县教育局", "张北县卫健局", "张北县文广旅体局"} <= orgs
    assert "张北县宣传部" not in orgs and "河北省环资委" not in orgs


def test_a_bare_ting_before_its_heads_title_is_no_general_office(record_of, triples):
    """厅党组书记、厅长甲 on a page naming 省人民政府办公厅: a 厅长 heads a department, not the office."""
    record = record_of("2月3日,全省水利工作会议召开。厅党组书记、厅长邵明川作报告。省人民政府办公厅副巡视员蒋立出席。\n",
                       place="河南省")
    assert not any(p["org"] == "河南省政府办公厅" and p["person"] == "邵明川" for p in record["positions"])


def test_a_word_for_whom_before_a_towns_body_is_no_towns_name(record_of):
    """全体镇人大代表, 新一届镇人大: all deputies, the new term, not towns named 全体 or 新一届."""
    record = record_of("全体镇人大代表审议通过了报告。会议选举产生了新一届镇人大领导班子。\n")
    assert not [o for o in record["organizations"] if o.startswith(("全体", "新一届"))], record["organizations"]


def test_a_congress_committee_written_after_the_congress_in_full(record_of):
    """省人民代表大会法制委员会副主任委员甲: the congress's special committee, as after 省人大; 省人民代表大会
    及其常务委员会: the congress, no committee named 及其常务委员会."""
    record = record_of("6月1日,省人民代表大会法制委员会副主任委员申某善作了说明。\n", place="长沙市")
    assert [(p["org"], p["title"]) for p in record["positions"]] == [("湖南省人大法制委员会", "副主任委员")]
    record = record_of("6月1日,省人民代表大会及其常务委员会作出决定。\n", place="长沙市")
    assert not any("及其" in o for o in record["organizations"])


def test_no_town_opens_inside_a_word(record_of):
    """2025年度市镇人大代表: 度 ends the word 年度, so no town 度市镇 (and no congress of it) is named."""
    text = "3月31日,新埭镇人大主席团召开会议,审议了关于2025年度市镇人大代表进联络站接待安排。镇人大主席金某芳主持会议。\n"
    record = record_of(text, place="平湖市")
    assert not any(o.startswith("度市") for o in record["organizations"])
    assert ("金某芳", "新埭镇人大", "主席") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}


def test_a_border_checkpoint_is_a_unit_with_its_party_committee(record_of):
    """某出入境边防检查站党委书记、站长甲: the checkpoint (a unit named by 检查站) and its 党委; 站长 the
    checkpoint's, not its committee's."""
    text = "3月5日,新闻发布会举行。清澜出入境边防检查站党委书记、站长周某国介绍了有关情况。\n"
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text, place="海口市")["positions"]}
    assert {("周某国", "清澜出入境边防检查站党委", "书记"), ("周某国", "清澜出入境边防检查站", "站长")} <= posts


def test_border_inspection_stations_and_a_chronicles_office(record_of):
    """某出入境边防检查总站, 某边检站 are units; 省地方史志办 (地方史志, not only 地方志) a body of its own."""
    record = record_of("2月2日,海口出入境边防检查总站召开2021年工作会议。\n")
    assert [(e["org"], e["date"]) for e in record["events"]] == [("海口出入境边防检查总站", "02-02")]
    assert "清澜边检站" in record_of("7月22日,清澜边检站举行开放日活动。\n")["organizations"]
    record = record_of("3月26日,省地方史志办市县志指导处处长孔某奇一行到武山县督导调研地方志工作开展情况。\n")
    assert ("孔某奇", "甘肃省地方史志办市县志指导处", "处长") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("甘肃省地方史志办", ["孔某奇"])]


def test_a_customs_district_by_its_place_and_its_head(record_of):
    """青岛海关, 拱北海关 (a port, no division): customs districts by their place, 关长 their head's title;
    世界海关组织, 智慧海关, 中国海关 (a country's, by a common word) name none."""
    record = record_of("3月22日,拱北海关关长李某平到横琴调研。\n")
    assert [(p["person"], p["org"], p["title"]) for p in record["positions"]] == [("李某平", "拱北海关", "关长")]
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("拱北海关", ["李某平"])]
    assert "青岛海关" in record_of("3月22日,青岛海关召开党委会。\n")["organizations"]
    record = record_of("8月25日,世界海关组织亚太地区海关会议举行,中国海关推进智慧海关建设。\n")
    assert not any(o.endswith("海关") for o in record["organizations"])


def test_a_short_name_of_a_body_the_page_names_in_full_is_that_body(record_of):
    text = ("嘉兴讯 3月1日,市机管局局长王明远主持召开局长办公会议。\n"
            "嘉兴市机关事务管理局 | 地址:嘉兴市中山路1号\n")
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("嘉兴市机关事务管理局", ["王明远"])]
    assert "嘉兴市机管局" not in record["organizations"]


def test_a_body_with_a_full_ending_is_not_a_short_name(record_of):
    text = ("3月1日,省人大法制委员会副主任委员赵建国、省人大常委会法制工作委员会主任钱立新出席会议。\n")
    orgs = set(record_of(text, place="嘉兴市")["organizations"])
    assert {"浙江省人大法制委员会", "浙江省人大常委会法制工作委员会"} <= orgs


def test_a_public_security_bureaus_branches_and_brigades_are_bodies_within_it(record_of):
    text = ("2月22日,青州市公安局东城分局交警大队召开春运安保部署会,大队长周明远主持会议。"
            "3月5日,凤台县公安局交通警察大队召开动员大会。\n")
    record = record_of(text)
    assert {"青州市公安局东城分局交警大队", "青州市公安局东城分局", "青州市公安局",
            "凤台县公安局交通警察大队", "凤台县公安局"} <= set(record["organizations"])
    assert [e["org"] for e in record["events"]] == ["青州市公安局东城分局交警大队", "凤台县公安局交通警察大队"]


def test_a_county_level_city_called_county_on_its_page_is_the_county_it_was(record_of):
    """县人大常委会 on a page of 广德市 (广德县 until 2019): the county, as the page says."""
    text = "3月22日,县人大常委会副主任周明远组织评议组成员召开评议县民政局工作动员会。\n"
    assert "广德县人大常委会" in record_of(text, place="广德市")["organizations"]


def test_a_national_defence_mobilisation_office_is_a_body(record_of):
    text = "9月4日,区国动办组织召开防空警报试鸣工作部署会。会议由区国动办党组书记、主任周明远主持。\n"
    record = record_of(text, place="松江区")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("松江区国动办", ["周明远"])]


def test_a_national_bureaus_office_in_a_place_is_named_with_the_bureau(record_of, triples):
    text = "9月22日,国家税务总局青州市税务局党委书记、局长周明远主持召开党委会议。\n"
    record = record_of(text)
    assert ("周明远", "国家税务总局青州市税务局", "局长") in triples(record)
    assert "青州市税务局" not in record["organizations"]


def test_the_official_short_names_of_national_administrations(record_of, triples):
    text = "2月18日,税务总局党委书记、局长周明远出席升国旗仪式。市场监管总局副局长钱立新出席。\n"
    assert {("周明远", "国家税务总局", "局长"), ("钱立新", "国家市场监督管理总局", "副局长")} <= triples(record_of(text))


def test_a_commission_of_five_characters_and_the_defence_industry_office(record_of, triples):
    text = "1月15日,市经济信息化委副主任、市国防科工办主任周明远带队赴京调研部分央企总部。\n"
    record = record_of(text, place="上海市")
    assert {("周明远", "上海市经济信息化委", "副主任"), ("周明远", "上海市国防科工办", "主任")} <= triples(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("上海市经济信息化委", ["周明远"])]


def test_a_universitys_party_committees_department_is_a_body_within_it(record_of):
    text = "4月29日下午,青州工业大学党委组织部在校学术会议中心召开座谈会,校党委常委、组织部部长周明远参加了座谈会。"
    record = record_of(text)
    assert [e["org"] for e in record["events"]] == ["青州工业大学党委组织部"]
    assert {"青州工业大学党委组织部", "青州工业大学党委", "青州工业大学"} <= set(record["organizations"])


def test_a_short_name_is_no_numbered_or_party_body_beside_it(record_of):
    """市国资委 beside 国资两委 (the commission and its party committee, two), 市经济信息化委 beside
    市经济信息化工作党委: different bodies, each as written; 某县人民医院党委书记 names the hospital."""
    text = ("1月5日,市国资委产权处处长周明远、市经济信息化委副主任钱立新出席国资两委联席会议。"
            "市经济信息化工作党委书记孙立华、凤台县人民医院党委书记李卫东参加。\n")
    orgs = set(record_of(text, place="上海市")["organizations"])
    assert {"上海市国资委", "上海市经济信息化委", "凤台县人民医院"} <= orgs
    assert not any("国资两委产权处" in o for o in orgs)


def test_a_citys_civil_affairs_bureau_is_no_citizen(record_of):
    """市民政局召开…: the city's 民政局 (市民, citizens, only where no 政, 宗, 委, 族 follows)."""
    assert record_of("9月27日,市民政局召开会议。\n", place="临沂市")["organizations"] == ["临沂市民政局"]
    assert record_of("广大市民群众积极参与。\n", place="临沂市")["organizations"] == []


def test_a_bureau_holding_a_leading_groups_sitting_is_no_part_of_the_groups_name(record_of):
    """市医疗保障局召开巡察整改工作领导小组第二次会议: the bureau, not a group named from 医疗 to 领导小组."""
    record = record_of("9月27日,市医疗保障局召开巡察整改工作领导小组第二次会议。党组书记、局长周明远主持会议。\n", place="临沂市")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("临沂市医疗保障局", ["周明远"])]


def test_a_fire_rescue_unit_is_a_body_and_its_own_news_names_it_alone(record_of):
    """某市消防救援支队召开…; 支队组织召开…, 支队长甲: the page's 支队 holds and he heads it."""
    text = ("黄石市消防救援支队召开消防安保工作调度会\n\n"
            "3月3日,支队组织召开消防安保工作调度会。支队长周明远出席会议并讲话。\n")
    record = record_of(text, place="黄石市")
    assert {e["org"] for e in record["events"]} == {"黄石市消防救援支队"}
    assert [(p["org"], p["title"]) for p in record["positions"]] == [("黄石市消防救援支队", "支队长")]


def test_a_places_party_and_government_delegation_is_named_by_the_places_full_name(record_of):
    """甘孜州党政代表团: the prefecture's full name; 安徽代表团 (a congress's at its session): as written."""
    assert record_of("甘孜州党政代表团来宁波考察。\n")["organizations"] == ["甘孜藏族自治州党政代表团"]
    assert "安徽代表团" in record_of("3月5日,安徽代表团举行全体会议。\n")["organizations"]


def test_a_verb_before_a_unit_word_is_no_part_of_its_name(record_of):
    """集团召开…推进会,动员集团上下…: 动员 (mobilise) is the verb, the unit is the page's 集团."""
    text = "8月16日下午,集团召开招商引资工作推进会,动员集团上下凝心聚力。集团党委委员、副总经理周明远出席会议。\n"
    assert not any(o.startswith("动员") for o in record_of(text)["organizations"])


def test_societies_named_by_an_age_group_or_as_a_general_association_are_bodies(record_of):
    """省青年研究会 (青年 a time word to jieba), 某省体育总会, 某区第二届体育总会 (its council's term
    aside): societies whose 会长, 主席, 秘书长 are theirs."""
    text = "昨天,浙江省青年研究会常务理事会在杭州召开,省青年研究会会长周明远出席并讲话。\n"
    assert ("周明远", "浙江省青年研究会", "会长") in positions_of(record_of(text, place="杭州市"))
    text = "安徽省体育总会秘书长周明远参加了会议。丰泽区第二届体育总会主席吴海峰作工作报告。\n"
    posts = positions_of(record_of(text))
    assert {("周明远", "安徽省体育总会", "秘书长"), ("吴海峰", "丰泽区体育总会", "主席")} <= posts
    assert not any("总会计" in o for o in record_of("黄石电厂总会计师周明远参加会议。\n")["organizations"])


def test_a_lawyers_association_by_its_clipped_name_and_the_trades_party_committee(record_of):
    """市律协 is the city's 律师协会; 某省律师行业党委 a body, whose 副书记 holds a 会长 of no unit
    named 某省律师行业."""
    text = "榆林市律协会长周明远一行到律师事务所调研。陕西省律师行业党委副书记、会长吴海峰陪同。\n"
    record = record_of(text)
    posts = positions_of(record)
    assert {("周明远", "榆林市律师协会", "会长"), ("吴海峰", "陕西省律师行业党委", "副书记")} <= posts
    assert "陕西省律师行业" not in record["organizations"]


def test_a_party_committees_own_committee_is_a_body_holding_its_sittings(record_of):
    """中共某县委全面依法治县委员会…协调小组会议, 某省委网络安全和信息化委员会第一次会议: the committee
    (a party committee's own), not the party committee; its 主任 is its head."""
    text = "12月4日上午,中共宜阳县委全面依法治县委员会守法普法协调小组会议召开,县委常委吴海峰主持会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["宜阳县委全面依法治县委员会"]
    text = "4月15日,山东省委网络安全和信息化委员会第一次会议召开,省委书记、省委网络安全和信息化委员会主任周明远主持会议。\n"
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("山东省委网络安全和信息化委员会", ["周明远"])]
    assert ("周明远", "山东省委网络安全和信息化委员会", "主任") in positions_of(record)


def test_praise_before_a_company_is_no_part_of_its_name(record_of):
    """某某充分肯定某电网某公司…工作 (a headline): the company, not the praise (充分肯定, a word to jieba)."""
    assert record_of("吴海军充分肯定国家电网山东公司抗台风保供电工作\n")["organizations"] == ["国家电网山东公司"]


def test_our_school_on_a_page_naming_several_universities_is_none_of_them(record_of):
    """我校承办…: 青林大学副校长甲, 青石大学教授乙 attend; 我校党委书记丙: the page's own school,
    which it does not name (not whichever university it names most)."""
    text = ("4月25日,我校承办的理论研讨会召开。青林大学副校长周明远、青石大学社会学系教授吴海峰、"
            "青石大学副教授钱雨辰出席,我校党委书记张丽、副校长赵刚出席揭牌仪式。\n")
    posts = positions_of(record_of(text))
    assert ("张丽", "校党委", "书记") in posts and ("赵刚", "学校", "副校长") in posts


def test_a_games_organizing_committee_is_a_body_named_with_the_games_term(record_of):
    """省第二十届运动会组织委员会主任: the committee of the province's 20th games (the term the
    games', kept); its sitting is its own, and 组织委员会 is no verb 组织 holding a meeting."""
    text = ("6月10日,江苏省第二十届运动会组织委员会第一次全体会议召开。副省长、省第二十届运动会组织委员会主任周明远讲话。"
            "省政府副秘书长、省第二十届运动会组织委员会副主任吴海峰主持会议。\n")
    record = record_of(text)
    assert {("周明远", "江苏省第二十届运动会组织委员会", "主任"), ("吴海峰", "江苏省第二十届运动会组织委员会", "副主任")} \
        <= positions_of(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("江苏省第二十届运动会组织委员会", ["吴海峰"])]


@pytest.mark.parametrize("text, expected, not_expected", [
    ("国家发改委副主任柏某一行来我省调研。\n", "国家发改委", "国家发展改革委"),
    ("中华全国总工会副主席钱某出席。\n", "中华全国总工会", "全国总工会"),
    ("中纪委副书记柏某出席。\n", "中央纪委", "中纪委"),
    ("团中央副书记钱某出席。\n", "共青团中央", "团中央"),
    ("税务总局副局长柏某出席。\n", "国家税务总局", "税务总局"),
    ("中华人民共和国外交部副部长钱某出席。\n", "外交部", "中华人民共和国外交部"),
], ids=["short-name", "full-name", "nickname", "youth-league", "without-guojia", "with-prc"])
def test_a_central_body_is_recorded_as_the_text_names_it(record_of, text, expected, not_expected):
    """A central body as the text names it (国家发改委, 中华全国总工会), as agencies are recorded;
    a nickname, or a name short of its 国家 or with 中华人民共和国, read as the canonical name."""
    orgs = record_of(text, place="湖南省")["organizations"]
    assert expected in orgs and not_expected not in orgs, orgs


def test_a_maritime_bureau_is_named_as_written_by_its_place(record_of):
    """海事局 are vertical agencies named by a place or port (广东海事局, 曹妃甸海事局), as customs
    districts are: recorded as written, not as the province's or city's bureau (广东省海事局)."""
    record = record_of("9月26日,广东海事局与湛江市政府签订合作协议。广东海事局党组书记、局长周明远,"
                       "曹妃甸海事局负责同志出席。\n")
    assert {"广东海事局", "曹妃甸海事局"} <= set(record["organizations"]) and "广东省海事局" not in record["organizations"]
    assert ("周明远", "广东海事局", "局长") in positions_of(record)


def test_a_ministrys_basin_or_maritime_agency_is_named_with_the_ministry(record_of):
    """水利部太湖流域管理局, 交通运输部海事局: a ministry's agency, its head leading his agency's trip."""
    record = record_of("6月13日,水利部太湖流域管理局局长周明远到嘉兴市调研。交通运输部海事局副局长钱雨辰陪同。\n")
    assert {("周明远", "水利部太湖流域管理局", "局长"), ("钱雨辰", "交通运输部海事局", "副局长")} <= positions_of(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("水利部太湖流域管理局", ["周明远"])]


def test_units_of_a_kind_after_a_level_are_no_body():
    """省直有关厅局, 市相关局: the level's units of some kind, no department named."""
    text = "5月3日,省长周明远带队巡河,省直有关厅局主要负责同志参加,市相关局负责人陪同。"
    assert [o.key for o in find_orgs(text, 0, len(text), Context(gazetteer().lookup("湖南省")))] == []


def test_a_committees_leading_group_named_by_two_fields_joined():
    """省委网络安全和信息化领导小组: 和 joins two fields of one group's work; 县委和县政府 lists bodies."""
    text = "5月24日,省委网络安全和信息化领导小组组长周明远主持召开会议,县委和县政府有关负责同志参加。"
    keys = [o.key for o in find_orgs(text, 0, len(text), Context(gazetteer().lookup("黑龙江省")))]
    assert "黑龙江省委网络安全和信息化领导小组" in keys and not any("和县政府" in k for k in keys)


def test_a_leading_group_called_a_leading_team():
    """市综合行政执法工作领导组组长: 领导组, a leading group's other name; its head is its own."""
    text = "4月2日,市委常委、政法委书记、市综合行政执法工作领导组组长周明远致辞。"
    keys = [o.key for o in find_orgs(text, 0, len(text), Context(gazetteer().lookup("巢湖市")))]
    assert "巢湖市综合行政执法工作领导组" in keys


def test_a_partys_committee_has_its_research_group():
    """省委会党史研究小组组长: a democratic party's committee (委会) and its working group."""
    text = "4月2日,农工党湖北省委会召开会议。省委会专职副主委、省委会党史研究小组组长周明远出席会议。"
    keys = [o.key for o in find_orgs(text, 0, len(text), Context(gazetteer().lookup("湖北省")))]
    assert "农工党湖北省委会党史研究小组" in keys


def test_central_offices_and_basin_commissions_by_their_short_names():
    """国务院安委办, 国家网信办, 中国关工委 (its full name read as it), a basin's 水利委员会 (珠江委)."""
    text = ("4月3日,中国关心下一代工作委员会主任周明远出席。国家网信办副主任钱雨辰讲话。"
            "国务院安委办副主任孙立新出席。珠江委主任李建国出席。中央精神文明建设办公室专职副主任王建华、"
            "中央档案馆副馆长赵志强出席。")
    keys = {o.key for o in find_orgs(text, 0, len(text), Context())}
    assert {"中国关工委", "国家网信办", "国务院安委办", "珠江委", "中央精神文明建设办公室", "中央档案馆"} <= keys


def test_a_governments_commissions_in_full():
    """某省发展和改革委员会, 某市科学技术委员会: a government's commission in its full name; a games'
    organizing committee, a union's committee and a term's committee are no such commission."""
    text = ("4月3日,湖南省发展和改革委员会主任周明远出席。上海市科学技术委员会主任钱雨辰讲话。"
            "市分行工会委员会主席李建国出席。")
    keys = {o.key for o in find_orgs(text, 0, len(text), Context(gazetteer().lookup("萍乡市")))}
    assert {"湖南省发展和改革委员会", "上海市科学技术委员会"} <= keys
    assert not any(k.endswith("工会委员会") for k in keys)


def test_a_government_named_after_its_party_committee_by_one_word():
    """某市委、政府, 某自治区党委和政府: the place's government too; 各级党委、政府 names none."""
    text = "4月3日,无锡市委、政府有关领导会见了周明远一行。新疆维吾尔自治区党委和政府高度重视。各级党委、政府要落实责任。"
    keys = [o.key for o in find_orgs(text, 0, len(text), Context())]
    assert {"无锡市政府", "新疆维吾尔自治区政府"} <= set(keys) and not any(k.endswith("级政府") for k in keys)


def test_a_time_before_a_units_suffix_names_no_unit(record_of):
    """汇报了前三季度集团安全生产形势: a time, then the group's affairs; no 前三季度集团."""
    text = ("集团公司副总经理钱雨辰汇报了前三季度集团安全生产形势。10月12日,集团公司召开安委会第四次会议,"
            "集团公司董事长周明远主持。\n")
    record = record_of(text)
    assert not any(o.startswith("前三季度") for o in record["organizations"])
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("集团公司", ["周明远"])]


@pytest.mark.parametrize("text, court", [
    ("平潭综合实验区法院院长周明远主持会议。\n", "平潭综合实验区法院"),
    ("开发区检察院党组书记、检察长周明远出席。\n", "开发区检察院"),
    ("5月3日,在横琴粤澳深度合作区人民检察院召开座谈会。\n", "横琴粤澳深度合作区检察院"),
])
def test_a_zones_court_is_the_zones_by_its_name(record_of, text, court):
    """A pilot or development zone's court or procuratorate: by the zone's name, not 区法院."""
    orgs = record_of(text)["organizations"]
    assert court in orgs and not {"区法院", "区检察院"} & set(orgs)


def test_a_reserves_bureau_is_no_districts(record_of):
    """某自然保护区管理局: the reserve's 区 is no district's short reference (no 区管理局)."""
    orgs = record_of("5月3日,调研组在恐龙河州级自然保护区管理局观看了宣传片。\n")["organizations"]
    assert "区管理局" not in orgs
