"""kg.posts: names after title chains, with one position per title, each in the body of its kind.

All names are invented; the places are real and outside Gansu.
"""
import pytest

from conftest import positions_of


# (text, positions that must be found as (person, org, title))
CHAINS = [
    pytest.param(
        "3月7日,中国侨联在北京举行座谈会,中国侨联主席林远山,副主席赵德明、刘文军出席。",
        {("林远山", "中国侨联", "主席"), ("赵德明", "中国侨联", "副主席"), ("刘文军", "中国侨联", "副主席")},
        id="a-federation's-chair-then-bare-deputies"),
    pytest.param(
        "河南省委党史研究室主任林远山,副主任赵德明、刘文军参加座谈。",
        {("林远山", "河南省委党史研究室", "主任"), ("赵德明", "河南省委党史研究室", "副主任"),
         ("刘文军", "河南省委党史研究室", "副主任")},
        id="an-office's-head-then-bare-deputies"),
    pytest.param(
        "本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议。",
        {("张建国", "绵阳市政协", "党组书记"), ("张建国", "绵阳市政协", "主席"), ("王晓梅", None, "通讯员")},
        id="党组书记、主席X主持"),
    pytest.param(
        "本报成都讯(通讯员王晓梅)6月12日,省委书记、省人大常委会主任李振华在成都调研。",
        {("李振华", "四川省委", "书记"), ("李振华", "四川省人大常委会", "主任")},
        id="省委书记、省人大常委会主任X"),
    pytest.param(
        "本报绵阳讯(通讯员王晓梅)6月12日,会议传达了省委书记、省人大常委会主任李振华在绵阳调研时的讲话精神。",
        {("李振华", "四川省委", "书记"), ("李振华", "四川省人大常委会", "主任")},
        id="省委书记…-in-a-city-article"),
    pytest.param(
        "本报北川讯(通讯员王晓梅)6月12日,县政协主席赵德明出席活动。",
        {("赵德明", "北川羌族自治县政协", "主席")},
        id="县政协主席X出席"),
    pytest.param(
        "本报安吉讯(通讯员王晓梅)6月12日,县政协主席赵德明出席活动。",
        {("赵德明", "安吉县政协", "主席")},
        id="县政协主席X出席-安吉"),
    pytest.param(
        "本报绵阳讯(通讯员王晓梅)6月12日,市政协党组副书记、副主席刘文军主持会议。",
        {("刘文军", "绵阳市政协", "党组副书记"), ("刘文军", "绵阳市政协", "副主席")},
        id="市政协党组副书记、副主席X"),
    pytest.param(
        "本报绵阳讯(通讯员王晓梅)6月12日,市委常委、统战部部长、市政协党组副书记周立平出席会议。",
        {("周立平", "绵阳市委", "常委"), ("周立平", "绵阳市政协", "党组副书记")},
        id="市委常委、统战部部长、市政协党组副书记X"),
    pytest.param(
        "本报绵阳讯(通讯员王晓梅)6月12日,市委常委、统战部部长、市政协党组副书记周立平出席会议。",
        {("周立平", "绵阳市委统战部", "部长")},
        id="chain-department-title"),
    pytest.param(
        "本报岳阳讯(通讯员王晓梅)6月20日,市委副书记、政法委书记李振华出席会议并讲话。",
        {("李振华", "岳阳市委", "副书记"), ("李振华", "岳阳市委政法委", "书记")},
        id="市委副书记、政法委书记X"),
    pytest.param(
        "本报江油讯(通讯员王晓梅)6月18日,大康镇党委书记赵德明介绍了情况。",
        {("赵德明", "大康镇党委", "书记")},
        id="镇党委书记X"),
    pytest.param(
        "本报北川讯 6月12日,县人大常委会副主任衣晓梅主持会议,县委副书记巨德明出席。",
        {("衣晓梅", "北川羌族自治县人大常委会", "副主任"), ("巨德明", "北川羌族自治县委", "副书记")},
        id="rarer-surnames-after-a-title"),
    pytest.param(
        "本报平顺讯 6月12日,县防汛抗旱指挥部总指挥周明远副县长,县防办主任钱雨辰局长参加会议。",
        {("周明远", "平顺县防汛抗旱指挥部", "总指挥"), ("钱雨辰", "平顺县防办", "主任")},
        id="a-name-between-its-title-and-an-honouring-one"),
    pytest.param(
        "本报惠州讯 6月12日,省军区司令员周明远、惠州军分区政委钱雨辰、县人武部副政委孙立新出席。",
        {("周明远", "广东省军区", "司令员"), ("钱雨辰", "惠州军分区", "政委")},
        id="military-posts"),
    pytest.param(
        "会上,国务院国资委党委副书记、副主任周明远出席。",
        {("周明远", "国务院国资委党委", "副书记"), ("周明远", "国务院国资委", "副主任")},
        id="a-central-commissions-party-committee"),
    pytest.param(
        "本报北川讯 6月12日,省政协提案委员会主任周明远,副主任钱雨辰、孙立新参加考察。",
        {("周明远", "四川省政协提案委员会", "主任"), ("钱雨辰", "四川省政协提案委员会", "副主任"),
         ("孙立新", "四川省政协提案委员会", "副主任")},
        id="a-committees-organ-then-its-deputies"),
    pytest.param(
        "本报北川讯 1月20日,省政协十二届一次会议主席团常务主席周明远、钱雨辰出席。",
        {("周明远", "四川省政协主席团", "常务主席"), ("钱雨辰", "四川省政协主席团", "常务主席")},
        id="a-sessions-presidium"),
    pytest.param(
        "本报北川讯 6月30日,省自然资源厅党组成员、自然资源总督察周明远带领督察组到我县督导耕地保护工作。",
        {("周明远", "四川省自然资源厅", "党组成员"), ("周明远", "四川省自然资源厅", "自然资源总督察")},
        id="a-bureaus-chief-inspector"),
]


@pytest.mark.parametrize("text, expected", CHAINS)
def test_title_chain_positions(record_of, triples, text, expected):
    record = record_of(text)
    assert expected <= triples(record), triples(record)
    assert {p for p, _, _ in expected} <= set(record["persons"])


@pytest.mark.parametrize("credit", ["王晓梅摄影报道", "钱雨摄影报道", "钱雨编辑"])
def test_a_credit_after_the_name_names_no_body(record_of, triples, credit):
    record = record_of("本报北川讯 6月12日,县政协主席赵德明出席活动。\n\n" + credit)
    assert all(org is None for person, org, _ in triples(record) if person != "赵德明")


def test_chain_gives_one_position_per_title_and_no_stray_body(record_of, triples):
    record = record_of("本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议。")
    assert {t for t in triples(record) if t[0] == "张建国"} == {
        ("张建国", "绵阳市政协", "党组书记"), ("张建国", "绵阳市政协", "主席")}


def test_chain_titles_keep_their_own_bodies(record_of, triples):
    """The body named before a title governs it, not the last body of the chain."""
    record = record_of("本报绵阳讯(通讯员王晓梅)6月12日,市委常委、统战部部长、市政协党组副书记周立平出席会议。")
    wrong = {t for t in triples(record) if t[0] == "周立平" and t[1] == "绵阳市政协" and t[2] in ("常委", "部长")}
    assert not wrong


@pytest.mark.parametrize("text, org, names", [
    ("本报绵阳讯(通讯员王晓梅)6月12日,市政协副主席赵丽华、钱志远、孙红梅出席。",
     "绵阳市政协", ["赵丽华", "钱志远", "孙红梅"]),
    ("本报绵阳讯(通讯员王晓梅)6月12日,市政协副主席赵丽华、钱志远、孙红梅,秘书长周立平出席。",
     "绵阳市政协", ["赵丽华", "钱志远", "孙红梅"]),
    ("本报湖州讯(通讯员王晓梅)6月25日,市政协副主席陈海燕、朱立新、\n\n沈红霞,秘书长费明出席。",
     "湖州市政协", ["陈海燕", "朱立新", "沈红霞"]),
])
def test_lists_of_names_after_a_title(record_of, triples, text, org, names):
    """副主席A、B、C出席: every name of the list is a person holding the title."""
    record = record_of(text)
    assert set(names) <= set(record["persons"]), record["persons"]
    assert {(name, org, "副主席") for name in names} <= triples(record)


def test_title_after_a_list_applies_to_the_next_name(record_of, triples):
    record = record_of("本报绵阳讯(通讯员王晓梅)6月12日,市政协副主席赵丽华、钱志远,秘书长周立平出席。")
    assert ("周立平", "绵阳市政协", "秘书长") in triples(record)
    assert ("周立平", "绵阳市政协", "副主席") not in triples(record)


@pytest.mark.parametrize("text, names", [
    ("(柏嘉楠 张睿)", ["柏嘉楠", "张睿"]),
    ("▲ 6月5日,绵阳市政协开展读书分享活动。 (孙红梅 赵丽华 摄)", ["孙红梅", "赵丽华"]),
    ("窦雁冰 郁佳琪 摄影报道", ["窦雁冰", "郁佳琪"]),
    ("通讯员 吴 静", ["吴静"]),
    ("本报绵阳讯(通讯员刘 伟)6月12日,会议召开。", ["刘伟"]),
    ("本报绵阳讯(通讯员王晓梅 周立平)6月12日,会议召开。", ["王晓梅", "周立平"]),
    ("座谈会上,委员们踊跃发言。\n周立平:我们要把工作做实。", ["周立平"]),
])
def test_credits_and_speakers(record_of, text, names):
    assert set(names) <= set(record_of(text)["persons"])


def test_reporter_positions_have_no_body(record_of, triples):
    record = record_of("本报绵阳讯(通讯员王晓梅 周立平)6月12日,会议召开。")
    assert {("王晓梅", None, "通讯员"), ("周立平", None, "通讯员")} <= triples(record)


@pytest.mark.parametrize("text, not_person", [
    ("本报江油讯(通讯员王晓梅)6月18日,视察组先后来到李白纪念馆,实地察看。", "李白"),
    ("本报绵阳讯(通讯员王晓梅)6月12日,市政协主席张建国主持会议。", "市政协"),
    ("本报绵阳讯(通讯员王晓梅)6月12日,市政协主席张建国主持会议。", "张建国主持"),
])
def test_not_persons(record_of, text, not_person):
    assert not_person not in record_of(text)["persons"]


def test_persons_have_no_inner_spaces(record_of):
    persons = record_of("窦雁冰 郁佳琪 摄影报道\n\n本报绵阳讯(通讯员刘 伟)6 月 12 日,市政协主席张建国主持会议。")["persons"]
    assert persons and all(" " not in p for p in persons)


# Each title attaches to the body its kind belongs to (invented names, real places).
BODY_KINDS = [
    pytest.param("本报平利讯 9月4日上午,县委副书记、县长柏文华深入企业调研。",
                 {("柏文华", "平利县委", "副书记"), ("柏文华", "平利县政府", "县长")},
                 id="县委副书记、县长: the county government"),
    pytest.param("9月4日上午,镇党委副书记、镇长郁明章主持会议。",
                 {("郁明章", "镇党委", "副书记"), ("郁明章", "镇政府", "镇长")},
                 id="镇党委副书记、镇长"),
    pytest.param("本报平利讯 9月4日,县长柏文华调研。副县长窦志敏及相关部门负责人陪同。",
                 {("窦志敏", "平利县政府", "副县长")},
                 id="副县长 alone: the county government"),
    pytest.param("本报游仙讯 会议由区人大常委会党组书记、主任祁思远主持,副主任岑海、栾青,秘书长郁飞出席会议。",
                 {("岑海", "游仙区人大常委会", "副主任"), ("栾青", "游仙区人大常委会", "副主任"),
                  ("郁飞", "游仙区人大常委会", "秘书长")},
                 id="later titles in the sentence: the congress named first"),
    pytest.param("本报平利讯 会上,县法院党组书记、院长窦立群作讲话,县检察院检察长柏志强发言。",
                 {("窦立群", "平利县法院", "院长"), ("柏志强", "平利县检察院", "检察长")},
                 id="检察长 in the procuratorate"),


    pytest.param("本报绵阳讯 会上,市委常委、组织部长郁昌生介绍情况。",
                 {("郁昌生", "绵阳市委", "常委"), ("郁昌生", "绵阳市委组织部", "部长")},
                 id="组织部长: 组织部 + 部长"),
    pytest.param("本报绵阳讯 市妇联副主席柏丽萍、宣传部部长窦芳一行来到社区。",
                 {("窦芳", "绵阳市妇联宣传部", "部长")},
                 id="a department after a name: the body named before it"),
    pytest.param("柏树镇召开换届工作会。镇党委书记郁守权讲话,镇长窦龙海作总结。",
                 {("郁守权", "柏树镇党委", "书记"), ("窦龙海", "柏树镇政府", "镇长")},
                 id="镇党委 and 镇长 of the one town the article names"),
    # a title after the name, alone or after a list
    pytest.param("本报杭州讯 省咨询委郁建平主任,窦大可秘书长,省咨询委柏晋川、祁刚副主任出席。",
                 {("郁建平", "浙江省咨询委", "主任"), ("窦大可", "浙江省咨询委", "秘书长"),
                  ("柏晋川", "浙江省咨询委", "副主任"), ("祁刚", "浙江省咨询委", "副主任")},
                 id="甲乙主任, 丙丁、戊己副主任"),
    pytest.param("江城理工大学院级党组织书记会召开。校党委书记柏家俊出席会议,校党委常委、组织部部长郁启君主持。",
                 {("柏家俊", "江城理工大学党委", "书记"), ("郁启君", "江城理工大学党委", "常委"),
                  ("郁启君", "江城理工大学党委组织部", "部长")},
                 id="校党委: the party committee of the university the article names"),
    pytest.param("会上,窦某某委员长主持会议。", {("窦某某", "全国人大常委会", "委员长")},
                 id="a national title implies its body"),
    pytest.param("3月24日,中共中央政治局常委、全国政协主席郁沪宁出席。",
                 {("郁沪宁", "中共中央政治局", "常委"), ("郁沪宁", "全国政协", "主席")},
                 id="常委 of the Politburo"),
    pytest.param("最高人民法院院长柏扬、副院长郁兴长、窦鄂湘出席。",
                 {("柏扬", "最高人民法院", "院长"), ("窦鄂湘", "最高人民法院", "副院长")},
                 id="central court"),
    pytest.param("本报厦门讯 市政协党组副书记、副主席柏玉顺出席并讲话,提案委主任郁加培主持会议。",
                 {("郁加培", "厦门市政协提案委", "主任")},
                 id="an organ named alone joins the committee named before it"),
    pytest.param("本报淮南讯 市委常委、市纪委书记、市监委主任柏文主持。",
                 {("柏文", "淮南市委", "常委"), ("柏文", "淮南市纪委", "书记"), ("柏文", "淮南市监委", "主任")},
                 id="市纪委书记: the commission and its 书记"),
    pytest.param("集团党委副书记柏夕华、纪委书记郁刚参加。",
                 {("柏夕华", "集团党委", "副书记"), ("郁刚", "集团纪委", "书记")},
                 id="纪委书记 after the unit's 党委"),
    pytest.param("江城光电集团召开会议,党委书记、董事长、总经理窦友华主持。",
                 {("窦友华", "江城光电集团党委", "书记"), ("窦友华", "江城光电集团", "董事长"),
                  ("窦友华", "江城光电集团", "总经理")},
                 id="a company's posts with the company unnamed in the chain"),
    pytest.param("柏树镇召开会议。纪委书记郁环传达了纪律要求。", {("郁环", "柏树镇纪委", "书记")},
                 id="纪委书记 of the town the article names"),
    pytest.param("本报楚雄讯 会议决定,柏文旺任中共楚雄州委委员、常委、副书记。",
                 {("柏文旺", "楚雄彝族自治州委", "委员"), ("柏文旺", "楚雄彝族自治州委", "常委"),
                  ("柏文旺", "楚雄彝族自治州委", "副书记")},
                 id="an appointment: 甲乙任 + body + titles"),
    pytest.param("本报平利讯 会议选举郁启发、窦焕春任县政协副主席。",
                 {("郁启发", "平利县政协", "副主席"), ("窦焕春", "平利县政协", "副主席")},
                 id="names listed before 任"),
    pytest.param("本报江油讯 在市政协主席柏建国的带领下,委员们进行视察。", {("柏建国", "江油市政协", "主席")},
                 id="a name before 的带领下"),
    pytest.param("全国人大常委会副委员长郁晨、窦建明、扎西顿珠、艾力江·买买提明、柏仲礼出席会议。",
                 {("扎西顿珠", "全国人大常委会", "副委员长"), ("艾力江·买买提明", "全国人大常委会", "副委员长"),
                  ("柏仲礼", "全国人大常委会", "副委员长")},
                 id="a title's list holds names the lexicon cannot read"),
    pytest.param("省人大常委会副主任花立慧、郁卫国及秘书长窦读稳出席。",
                 {("花立慧", "省人大常委会", "副主任"), ("郁卫国", "省人大常委会", "副主任")},
                 id="the first after a title, when a lexicon name follows"),
    pytest.param("本报绵阳讯 会议增补柏莉萍、郁斌为市妇联第十一届执委。",
                 {("柏莉萍", "绵阳市妇联", "执委"), ("郁斌", "绵阳市妇联", "执委")},
                 id="a term between body and title"),
    pytest.param("本报楚雄讯 免去迟某华中共楚雄州委副书记、常委、委员职务。",
                 {("迟某华", "楚雄彝族自治州委", "副书记"), ("迟某华", "楚雄彝族自治州委", "委员")},
                 id="a removal: 免去 + name + body + titles"),
    pytest.param("会后,渭源县院检察长柏祥、漳县院检察长郁金铸分别带领检察官参观。",
                 {("柏祥", "渭源县检察院", "检察长"), ("郁金铸", "漳县检察院", "检察长")},
                 id="X县院 before a prosecutor's title: the county procuratorate"),
    pytest.param("12月17日,新北区院党组书记、检察长柏逸峰带队走访代表;汉寿县院院长郁涛陪同。",
                 {("柏逸峰", "新北区检察院", "检察长"), ("郁涛", "汉寿县法院", "院长")},
                 id="X区院 before a chain: procuratorate or court by the title"),
    pytest.param("本报赤峰讯 市委常委、统战部部长巴图孟和到机关走访调研。",
                 {("巴图孟和", "赤峰市委统战部", "部长")},
                 id="a long name after a title, before its verb"),
    pytest.param("柏树镇召开换届动员会。市委常委、镇委书记郁渊讲话,镇人大主席窦海明部署选举工作。",
                 {("郁渊", "柏树镇委", "书记"), ("窦海明", "柏树镇人大", "主席")},
                 id="镇委书记 and 镇人大主席"),  # 镇委 as the page names it (东莞's towns), not 镇党委
    pytest.param("本报洛川讯 纪委副书记、监察局长柏文辉主持会议。", {("柏文辉", "洛川县监察局", "局长")},
                 id="监察局长: 监察局 + 局长"),
    pytest.param("前锋区委统战部副部长、工商联党组书记柏国辉陪同调研。",
                 {("柏国辉", "前锋区委统战部", "副部长"), ("柏国辉", "前锋区工商联", "党组书记")},
                 id="a social body in a chain belongs to the place"),
    pytest.param("前锋区委宣传部副部长、文明办主任柏国辉,区新闻办副主任郁卫国陪同调研。",
                 {("柏国辉", "前锋区委宣传部", "副部长"), ("柏国辉", "前锋区文明办", "主任"),
                  ("郁卫国", "前锋区新闻办", "副主任")},
                 id="a place's office in a chain (文明办) and by its short form (区新闻办)"),
    pytest.param("东城街道党工委书记柏国辉、办事处主任郁卫国、政法委员柏小娟陪同。",
                 {("柏国辉", "东城街道党工委", "书记"), ("郁卫国", "东城街道办事处", "主任"),
                  ("柏小娟", "东城街道党工委", "政法委员")},
                 id="a street named 东城 (no 城镇 kind); 政法委员, a party committee's member, after the office"),
    pytest.param("5月30日,内乡县召开会议。县卫生健康委党组书记、主任,中医药发展局局长柏某农主持会议。",
                 {("柏某农", "内乡县卫生健康委", "主任"), ("柏某农", "内乡县中医药发展局", "局长")},
                 id="a department of five characters and its head, the chain going on over a comma"),
    pytest.param("渭南市委党校(行政学院)常务副校(院)长柏某农、副校院长郁某出席。",
                 {("柏某农", "渭南市委党校", "常务副校(院)长"), ("郁某", "渭南市委党校", "副校院长")},
                 id="a party school's heads, of the school and its academy at once: 副校(院)长"),
    pytest.param("商丘市直机关工作委员会副书记柏某农出席。", {("柏某农", "商丘市直机关工作委员会", "副书记")},
                 id="a 机关工委 named in full holds its secretaries"),
    pytest.param("商丘市委组织部副部长兼老干部局局长柏某农出席。",
                 {("柏某农", "商丘市委组织部", "副部长"), ("柏某农", "商丘市委老干部局", "局长")},
                 id="副部长兼老干部局局长: a second post after 兼, the committee's bureau"),
    pytest.param("本报马鞍山讯 团市委书记柏昕、副书记郁卫国参加会议。",
                 {("柏昕", "共青团马鞍山市委", "书记"), ("郁卫国", "共青团马鞍山市委", "副书记")},
                 id="团市委"),
    pytest.param("3月31日,公司召开党委会议。公司党委书记、董事长柏华生主持会议,总经理郁骥汇报。",
                 {("柏华生", "公司党委", "书记"), ("柏华生", "公司", "董事长"), ("郁骥", "公司", "总经理")},
                 id="a company named by its kind alone"),
    pytest.param("本报舒城讯 县人大主任柏某农主持。", {("柏某农", "舒城县人大常委会", "主任")},
                 id="县人大主任: the congress's standing committee"),
    pytest.param("会议由四川省委书记、人大常委会主任柏某农主持。",
                 {("柏某农", "四川省委", "书记"), ("柏某农", "四川省人大常委会", "主任")},
                 id="省委书记、人大常委会主任: the province's congress, written without its level"),
    pytest.param("平利县政协召开会议,县委常委、统战部部长、政协党组副书记柏某农参加会议。",
                 {("柏某农", "平利县委", "常委"), ("柏某农", "平利县委统战部", "部长"), ("柏某农", "平利县政协", "党组副书记")},
                 id="统战部部长、政协党组副书记: the CPPCC of the chain's county, written without its level"),
    pytest.param("县委常委、统战部部长、政协党组副书记柏某农参加会议。",
                 {("柏某农", "县政协", "党组副书记")},
                 id="政协党组副书记 in a chain with its county unnamed: 县政协"),
    pytest.param("6月20日,平利县人民医院(平利县医疗集团总院)院长柏某农带队来某医院指导工作。",
                 {("柏某农", "平利县人民医院", "院长")},
                 id="an aside between a body and its title: 某医院(…总院)院长"),
    pytest.param("本报平利讯 县科委主任覃某、县教委党组书记柏某农出席。",
                 {("覃某", "平利县科委", "主任"), ("柏某农", "平利县教委", "党组书记")},
                 id="a commission named by one word: 科委, 教委"),
    pytest.param("本报平利讯 县政府办主任覃某一同督导。", {("覃某", "平利县政府办", "主任")},
                 id="an office named after its body"),
    pytest.param("本报平利讯 县政府副县长、公安局局长柏晓峰到会。",
                 {("柏晓峰", "平利县政府", "副县长"), ("柏晓峰", "平利县公安局", "局长")},
                 id="a government's bureau"),
    pytest.param("本报海安讯 市委常委、组织部部长、统战部部长柏晓峰主持会议。",
                 {("柏晓峰", "海安市委", "常委"), ("柏晓峰", "海安市委组织部", "部长"), ("柏晓峰", "海安市委统战部", "部长")},
                 id="two departments of one committee in a chain: the second is the committee's too"),
    pytest.param("关于某省人民代表大会常务委员会工作的报告\n云南省人民代表大会常务委员会副主任 柏晓峰\n各位代表:\n",
                 {("柏晓峰", "云南省人大常委会", "副主任")},
                 id="a report's signature line: the title, a space, the name"),
    pytest.param("本报成都讯 省妇联主席、省政府妇儿工委副主任钱晓芸参加会议。",
                 {("钱晓芸", "四川省妇联", "主席"), ("钱晓芸", "四川省政府妇儿工委", "副主任")},
                 id="a government's working committee (妇儿工委) ends a chain's item"),
    pytest.param("随后进行民主测评,西来镇党委书记钱晓军逐一点评。", {("钱晓军", "西来镇党委", "书记")},
                 id="a name before an adverb of the genre (逐一点评)"),
    pytest.param("县委书记周明远带队督导换届工作,副县长、公安局局长柏晓峰参加。",
                 {("柏晓峰", "县政府", "副县长"), ("柏晓峰", "县公安局", "局长")},
                 id="a government's bureau, the county unnamed: the bureau of the 县 the title before says"),
    pytest.param("受县委书记许某兵委托,县委副书记、县长王某强主持会议。",
                 {("许某兵", "县委", "书记"), ("王某强", "县政府", "县长")},
                 id="受…委托"),
    pytest.param("本报新干讯 县人大常委会郁震宇副主任一行前往社区调研。",
                 {("郁震宇", "新干县人大常委会", "副主任")},
                 id="a congress standing committee keeps its name"),
    pytest.param("市政协副主席、市委统战部长王仁某出席。",
                 {("王仁某", "市政协", "副主席"), ("王仁某", "市委统战部", "部长")},
                 id="统战部长: the department's head, the department named with its committee"),
    pytest.param("本报西华讯 县人大常委会主任周某带领代表赴川汇区视察。川汇区人大常委会主任赵某,"
                 "区委常委、常务副区长钱志某陪同。",
                 {("钱志某", "川汇区委", "常委"), ("钱志某", "川汇区政府", "常务副区长")},
                 id="区委 in a county's article: the district the sentence just named"),
    pytest.param("共青团中央书记处第一书记陆某清、书记贺某科出席。",
                 {("陆某清", "共青团中央书记处", "第一书记"), ("贺某科", "共青团中央书记处", "书记")},
                 id="a central secretariat"),
    pytest.param("致公党楚雄州委主委周晓某、副主委左一某参加座谈。",
                 {("周晓某", "致公党楚雄彝族自治州委", "主委"), ("左一某", "致公党楚雄彝族自治州委", "副主委")},
                 id="a democratic party's prefecture committee"),
    pytest.param("会上,党委委员余保某宣读了省国资委党委关于同意恒川集团召开党代会的批复,党委副书记陈某传达了方案。"
                 "集团召开会议。", {("陈某", "恒川集团党委", "副书记")},
                 id="党委 alone in a unit's news: the unit's"),
    pytest.param("学校党委常委、党委宣传部部长陈某钧陪同。", {("陈某钧", "学校党委宣传部", "部长")},
                 id="a unit committee's department"),
    pytest.param("江岳交通大学发展迅速。\n11月2日,在江岳科技大学调研期间,周某一行与党委书记柏子衡、副校长江某等座谈。",
                 {("柏子衡", "江岳科技大学党委", "书记")}, id="党委 alone: the unit the sentence names"),
    pytest.param("本报兰州讯 市院党组书记、检察长柳小某主持会议。", {("柳小某", "兰州市检察院", "检察长")},
                 id="市院 before a prosecutor's title"),
    pytest.param("10月18日,湖北分公司召开党委会。湖北分公司党委书记、总经理柏友法主持了会议。",
                 {("柏友法", "湖北分公司党委", "书记"), ("柏友法", "湖北分公司", "总经理")},
                 id="a company's branch named by its region"),
    pytest.param("江口镇的讲堂去年建成。9月25日晚,大冶市柳溪镇的乡镇党校讲堂内座无虚席,主讲人、该镇党委书记柏杰正在讲授。",
                 {("柏杰", "柳溪镇党委", "书记")}, id="该镇 before a title: the town last named"),
    pytest.param("本报黄冈讯 市委组织部组织一科科长钱生家,省委组织部组织二处副处长孙祖权陪同。",
                 {("钱生家", "黄冈市委组织部组织一科", "科长"), ("孙祖权", "湖北省委组织部组织二处", "副处长")},
                 id="a department's numbered office"),
    pytest.param("本报黄冈讯 市委非公经济和社会组织党工委书记卢志旺,市委两新组织党工委副书记钱亮陪同。",
                 {("卢志旺", "黄冈市委非公经济和社会组织党工委", "书记"), ("钱亮", "黄冈市委两新组织党工委", "副书记")},
                 id="a committee's working committee for a field"),
    pytest.param("10月16日,民建江城市委主委柏文阔带队赴华北医疗江城总医院开展调研,华北医疗江城总医院党委书记钱占勇,"
                 "院长孙朝争,纪委书记、工会主席周艳云陪同调研。",
                 {("钱占勇", "华北医疗江城总医院党委", "书记"), ("孙朝争", "华北医疗江城总医院", "院长"),
                  ("周艳云", "华北医疗江城总医院纪委", "书记"), ("周艳云", "华北医疗江城总医院工会", "主席")},
                 id="a hospital's officers listed after its party secretary"),
    pytest.param("11月24日上午,常熟市检察院召开党组理论学习中心组学习会。本次学习围绕法治思想展开。"
                 "会上,党组成员、副检察长柏清泉,党组成员、副检察长钱广强作交流发言。",
                 {("柏清泉", "常熟市检察院", "副检察长"), ("钱广强", "常熟市检察院", "副检察长")},
                 id="a procuratorate's own officers by their titles alone"),
    pytest.param("本报兴县讯 县政府召开常务会议。县经济技术开发区党工委书记、管委会主任柏继红列席会议。",
                 {("柏继红", "兴县经济技术开发区党工委", "书记"), ("柏继红", "兴县经济技术开发区管委会", "主任")},
                 id="a county's development zone by its level alone"),
    pytest.param("8月5日,枣园街道召开工作会议。会上,街办副主任柏伟同志传达了文件精神。",
                 {("柏伟", "枣园街道办事处", "副主任")}, id="街办: the street's office, as pages shorten it"),
    pytest.param("本报佳木斯讯 市中院党组成员、政治部主任柏志伟一行到基层法院调研。",
                 {("柏志伟", "佳木斯市中级人民法院政治部", "主任")}, id="a court's own department in a chain"),
    pytest.param("太原市委督查室副主任柏秀芳,太原市政府办公厅民生事务处处长钱效顺参加。",
                 {("柏秀芳", "太原市委督查室", "副主任"), ("钱效顺", "太原市政府办公厅民生事务处", "处长")},
                 id="an office named by a verbal noun; an office's division"),
    pytest.param("集团党委副书记、工会主席杨晓某,集团党委委员、纪检书记苏卫某发言。恒川集团召开会议。",
                 {("杨晓某", "恒川集团工会", "主席"), ("苏卫某", "恒川集团纪委", "书记")},
                 id="a unit's union and discipline body"),
    pytest.param("全国人大代表王翠某、詹夏某出席。", {("王翠某", "全国人大", "代表"), ("詹夏某", "全国人大", "代表")},
                 id="a deputy to a congress"),
    pytest.param("县长刘某带领相关部门深入杨集镇调研,县人大代表杨集镇镇长王某陪同调研。",
                 {("王某", "县人大", "代表"), ("王某", "杨集镇政府", "镇长")},
                 id="two posts without a separator; a town's head"),
    pytest.param("区纪委监委副书记、副主任朱某伟,区纪委监委常委莫某刚出席。",
                 {("朱某伟", "区纪委", "副书记"), ("朱某伟", "区监委", "副主任"), ("莫某刚", "区纪委", "常委")},
                 id="纪委监委: each title its commission"),
    pytest.param("欧阳路街道召开会议。街道党工委副书记、办事处主任黄某滨,街道调研员王某良发言。",
                 {("黄某滨", "欧阳路街道党工委", "副书记"), ("黄某滨", "欧阳路街道办事处", "主任"),
                  ("王某良", "欧阳路街道办事处", "调研员")}, id="a street's office"),
    pytest.param("本报讯 省人民检察院专职委员吕某一行到大祥区院调研。座谈会上,该院党组书记、检察长贺某清汇报。",
                 {("贺某清", "大祥区检察院", "检察长")}, id="X区院 in a procuratorate's news; 该院"),
    pytest.param("湖州市副市长刘某,德清县委书记张某强,县长胡某荣陪同调研。",
                 {("胡某荣", "德清县政府", "县长")}, id="县长 after a county's committee, not the city's government"),
    pytest.param("本报曲靖讯 市委常委、市纪委书记、市委巡察工作领导小组组长金某讲话。",
                 {("金某", "曲靖市纪委", "书记"), ("金某", "曲靖市委巡察工作领导小组", "组长")},
                 id="a committee's leading group"),
    pytest.param("本报广德讯 县委书记王某来我院视察调研检察工作,听取了我院党组书记、检察长张某伟的汇报。",
                 {("张某伟", "广德市检察院", "检察长")}, id="我院: the page's own procuratorate"),
    pytest.param("罗湖区检察院侦查监督部副主任周某出席。", {("周某", "罗湖区检察院侦查监督部", "副主任")},
                 id="a department named right after its body"),
    pytest.param("市委统战部党派科科长徐某参加会议。", {("徐某", "市委统战部党派科", "科长")},
                 id="a section of a department"),
    pytest.param("本报合肥讯 3月8日,全省会议在合肥召开。副省长、公安厅长周建中出席。",
                 {("周建中", "安徽省政府", "副省长"), ("周建中", "安徽省公安厅", "厅长")},
                 id="a province's department head by its stem, on a page set in a city"),
    pytest.param("9月2日,团中央驻灵丘县青岚村第一书记周珊珊介绍经验。", {("周珊珊", "青岚村", "第一书记")},
                 id="a first secretary sent to a village"),
    pytest.param("3月2日,甘肃省委党校经济管理教研部主任周涛主持会议。", {("周涛", "甘肃省委党校经济管理教研部", "主任")},
                 id="a school's teaching department (jieba: an organisation's word)"),
    pytest.param("致公党德州市委主委周立先主持会议。", {("周立先", "致公党德州市委", "主委")},
                 id="a given name ending in 先 before 主持"),
    pytest.param("最高人民检察院党组副书记、常务副检察长童某明出席。",
                 {("童某明", "最高人民检察院", "常务副检察长")}, id="常务副检察长"),
    pytest.param("6月2日,丰镇市人民法院党组书记、院长武大某主持会议。", {("武大某", "丰镇市法院", "院长")},
                 id="a basic court by its short name"),
    pytest.param("5月9日,财政部部长助理周明远、省长助理钱雨辰出席。",
                 {("周明远", "财政部", "部长助理"), ("钱雨辰", "省政府", "省长助理")}, id="a minister's or governor's assistant"),
    pytest.param("10月9日,云南省委第三巡视组巡视青林县工作动员会召开。省委巡视组组长孙立新作动员讲话。",
                 {("孙立新", "云南省委第三巡视组", "组长")}, id="a team's 组长, named short after it is named in full"),
    pytest.param("甘肃省委统战部国企统战工作第二调研组组长、青林投资集团党委专职副书记钱雨辰一行到青石调研。",
                 {("钱雨辰", "甘肃省委统战部国企统战工作第二调研组", "组长"), ("钱雨辰", "青林投资集团党委", "专职副书记")},
                 id="a department's team, then another post"),
    pytest.param("8月29日,推进会在海安市召开,南通市委统战部副部长、市侨办主任钱雨辰主持。海安市委副书记周明远出席。",
                 {("钱雨辰", "南通市委统战部", "副部长"), ("钱雨辰", "南通市侨办", "主任")},
                 id="a short reference in a chain is the chain's place, not the page's"),
    pytest.param("8月3日,上海市政协副主席周明远会见温州市工商联主席、市总商会会长钱雨辰一行。",
                 {("钱雨辰", "温州市工商联", "主席"), ("钱雨辰", "温州市总商会", "会长")},
                 id="a short reference in a chain after a mass organisation's full name"),
    pytest.param("9月25日,省港澳办主任钱雨辰、县信访办主任周明远出席。",
                 {("钱雨辰", "省港澳办", "主任"), ("周明远", "县信访办", "主任")}, id="a government's offices (办)"),
    pytest.param("会上,首先金坛区安全生产第二督导组组长钱雨辰提出要求。",
                 {("钱雨辰", "金坛区安全生产第二督导组", "组长")}, id="an adverb before a team's name"),
    pytest.param("区委常委、区纪委书记、区监委主任(代)唐某中一行看望巡察组。",
                 {("唐某中", "区纪委", "书记"), ("唐某中", "区监委", "主任")}, id="an acting head"),
    pytest.param("4月2日,青林能源集团副总裁周明远、总裁助理钱雨辰出席。青林商会常务副会长孙立新参加。",
                 {("周明远", "青林能源集团", "副总裁"), ("钱雨辰", "青林能源集团", "总裁助理"),
                  ("孙立新", "青林商会", "常务副会长")},
                 id="a company's and a chamber's titles of the genre"),
    pytest.param("4月2日,民盟宜宾市委常务副主委周明远、市政协常务副秘书长钱雨辰出席。",
                 {("周明远", "民盟宜宾市委", "常务副主委"), ("钱雨辰", "宜宾市政协", "常务副秘书长")}, id="standing deputies"),
]


@pytest.mark.parametrize("text, expected", BODY_KINDS)
def test_titles_attach_to_the_body_of_their_kind(record_of, triples, text, expected):
    assert expected <= triples(record_of(text)), triples(record_of(text))


def test_names_the_lexicon_cannot_read_in_a_list_of_officials(record_of, triples):
    """旗长希某,旗人大常委会主任宝音某某,…: a name runs to the separator when the next item is a post."""
    text = "本报乌审讯 6月3日,旗委书记王建国主持会议。旗委副书记、政府旗长斯琴,旗人大常委会主任宝音满达,旗政协主席郝明出席。"
    record = record_of(text)
    assert {("斯琴", "乌审旗政府", "旗长"), ("宝音满达", "乌审旗人大常委会", "主任")} <= triples(record)
    assert not {"委员很亲", "很亲"} & set(record_of("到政协很近、委员很亲,政协委员就在身边。")["persons"])


def test_acting_heads_keep_their_title(record_of, triples):
    text = "本报北川讯 6月3日,县人大常委会召开会议。县检察院代检察长张建国、县政府代理县长王明列席会议。"
    assert {("张建国", "北川羌族自治县检察院", "代检察长"), ("王明", "北川羌族自治县政府", "代理县长")} <= triples(record_of(text))


def test_a_units_party_secretary_is_the_units_party_committees(record_of, triples):
    text = "3月13日上午,医院干部大会召开。北川大学党委书记张建国、副校长王明出席会议。"
    assert ("张建国", "北川大学党委", "书记") in triples(record_of(text))


def test_an_appointment_is_no_part_of_the_units_name(record_of):
    text = "3月13日,会上宣读了任免决定:王明同志任北川医学院第一附属医院院长。"
    assert not any(o.startswith(("任", "王明")) for o in record_of(text)["organizations"])


def test_a_universitys_party_committee_is_no_department_of_its_city(record_of):
    orgs = record_of("3月13日上午,医院干部大会召开。绵阳大学党委书记张建国出席会议。")["organizations"]
    assert "绵阳大学党委" in orgs and not {"绵阳市大学党委", "阳大学党委"} & set(orgs)


def test_a_party_secretary_of_an_unnamed_unit_is_no_citys_party_committee(record_of, triples):
    text = "11月1日,北川建设集团党委书记张建国在南京拜会了江苏省委副书记、省长王明。"
    assert not any(org and org.endswith("市党委") for _, org, _ in triples(record_of(text)))


def test_a_transliterated_name_after_its_title(record_of, triples):
    text = "10月23日,福海县人大常委会主任沙恒别克·阿依丁以及部分人大代表视察。"
    assert ("沙恒别克·阿依丁", "福海县人大常委会", "主任") in triples(record_of(text))
    assert not any("·" in p for p in record_of("6月3日,市政协委员提议题·月月谈活动举行。")["persons"])


def test_a_name_the_lexicon_cannot_read_before_leading_a_group(record_of):
    """副院长苏日格图同志带领调研组…: a Mongolian name between its title and 带领 (not 作表率: a word's 率)."""
    rec = record_of("5月8日,市社会主义学院副院长苏日格图同志带领调研组到青石镇调研。委员作表率。\n", place="巴彦淖尔市")
    assert [e["leaders"] for e in rec["events"]] == [["苏日格图"]] and "作表" not in rec["persons"]


def test_an_election_of_a_list_with_names_the_lexicon_cannot_read(record_of, triples):
    text = ("1月8日,政协鄂托克前旗第十一届委员会第一次会议召开。经投票选举,于立强、秦山峰、奇明当选为"
            "政协鄂托克前旗第十一届委员会副主席;王立山、阿古达、额尔登巴、霍立强当选为政协鄂托克前旗第十一届委员会常务委员。")
    found = triples(record_of(text))
    assert {("奇明", "鄂托克前旗政协", "副主席"), ("于立强", "鄂托克前旗政协", "副主席"),
            ("阿古达", "鄂托克前旗政协", "常务委员"), ("额尔登巴", "鄂托克前旗政协", "常务委员")} <= found


def test_an_autonomous_regions_chairman_heads_its_government(record_of, triples):
    text = "8月19日,宁夏回族自治区党委副书记、自治区主席张建国深入产业园专题调研。"
    record = record_of(text)
    assert {("张建国", "宁夏回族自治区党委", "副书记"), ("张建国", "宁夏回族自治区政府", "主席")} <= triples(record)
    assert [e["org"] for e in record["events"]] == ["宁夏回族自治区政府"]


def test_names_after_the_verb_that_introduces_them(record_of):
    # 出席会议的副主委、常委有甲、乙: 有 opens the list, it is no surname; 以…为班长: 班长 is a word
    rec = record_of("7月6日,民盟湖南省委主委周明远主持召开民盟湖南省十二届五次常委(扩大)会议。"
                    "出席会议的副主委、常委有钱雨辰、孙立新。\n")
    assert {"钱雨辰", "孙立新"} <= set(rec["persons"]) and not any(p.startswith("有") for p in rec["persons"])
    assert "班长" not in record_of("在以周明远书记为班长的省委领导下,全省上下团结奋斗。\n")["persons"]


def test_a_democratic_partys_titles_with_no_body_are_its_committees(record_of):
    rec = record_of("7月6日,民盟湖南省委主委周明远主持召开民盟湖南省十二届五次常委(扩大)会议。"
                    "出席会议的副主委、常委有钱雨辰、孙立新。\n")
    assert {"person": "钱雨辰", "org": "民盟湖南省委", "title": "副主委"} in rec["positions"]
    assert {"person": "孙立新", "org": "民盟湖南省委", "title": "常委"} in rec["positions"]
    assert [e["org"] for e in rec["events"]] == ["民盟湖南省委"]
    assert not any("六次常委" in o or "五次常委" in o for o in rec["organizations"]), rec["organizations"]


def test_a_streets_congress_and_discipline_working_committees(record_of):
    rec = record_of("9月14日,西园街道人大工委主任周明远主持召开代表座谈会。"
                    "西园街道党工委委员、纪工委书记钱雨辰出席。\n")
    assert {"person": "周明远", "org": "西园街道人大工委", "title": "主任"} in rec["positions"]
    assert {"person": "钱雨辰", "org": "西园街道党工委", "title": "委员"} in rec["positions"]
    assert {"person": "钱雨辰", "org": "西园街道纪工委", "title": "书记"} in rec["positions"]


def test_a_congress_常委_sits_on_its_standing_committee(record_of):
    rec = record_of("山东省人大常委、民盟山东省委专职副主委周明远出席会议。\n")
    assert {"person": "周明远", "org": "山东省人大常委会", "title": "常委"} in rec["positions"]


def test_a_nominee_chairs_under_the_title_named(record_of):
    rec = record_of("1月8日下午,政协某旗第十一届委员会第一次会议第二次全体会议召开。旗政协党组书记、主席提名人选周明远主持会议。\n")
    assert "周明远" in rec["persons"] and [e["leaders"] for e in rec["events"]] == [["周明远"]]
    rec = record_of("2月2日,益阳市卫生健康委召开大会,市卫生健康委党组书记、主任(提名)钱雨出席会议并讲话。\n")
    assert {"person": "钱雨", "org": "益阳市卫生健康委", "title": "党组书记"} in rec["positions"]


def test_a_title_alone_on_a_universitys_page_is_the_universitys(record_of):
    text = ("7月4日上午,宁川大学召开干部教师大会,宣布干部任职决定。省委常委、常务副省长周明远出席会议并讲话。"
            "校长钱雨辰主持会议。新任党委书记孙立新曾任宁南师范大学党委书记。\n")  # another school named later
    assert {"person": "钱雨辰", "org": "宁川大学", "title": "校长"} in record_of(text)["positions"]


def test_a_government_post_before_a_democratic_partys_is_the_governments(record_of):
    text = "6月3日,九三学社市委召开全委扩大会。副市长、九三学社市委主委钱雨辰出席会议。\n"
    posts = {(p["title"], p["org"]) for p in record_of(text, place="临沂市")["positions"]}
    assert ("副市长", "临沂市政府") in posts and ("主委", "九三学社临沂市委") in posts


def test_a_federations_head_listed_after_a_county_official_is_that_countys(record_of):
    text = "4月2日,宁川市妇联主席周明远一行到怀集县调研。怀集县副县长钱雨辰、妇联主席孙立新陪同调研。\n"
    assert {"person": "孙立新", "org": "怀集县妇联", "title": "主席"} in record_of(text)["positions"]


def test_a_bureaus_party_secretary_and_head(record_of):
    text = "3月6日,南华县公安局党委书记、局长周明远主持召开会议。\n"
    posts = {(p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert posts == {("南华县公安局党委", "书记"), ("南华县公安局", "局长")}


def test_a_streets_party_secretary_who_heads_its_congress_working_committee(record_of):
    text = "10月9日,五角场街道召开党员代表会议,街道党工委书记、人大工委主任周明远作报告。\n"
    posts = {(p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert posts == {("五角场街道党工委", "书记"), ("五角场街道人大工委", "主任")}


def test_a_democratic_partys_title_with_its_committee_named_later(record_of):
    text = ("4月9日,云南省委会主委、省侨联主席周明远率调研组深入青云村开展实地调研。"
            "周明远强调,致公党云南省委将充分发挥自身优势。\n")
    assert {"person": "周明远", "org": "致公党云南省委", "title": "主委"} in record_of(text)["positions"]


def test_a_companys_supervisory_board_chair(record_of):
    text = "5月24日,宁川能源集团有限公司监事会主席周明远赴项目部调研。\n"
    rec = record_of(text)
    assert rec["positions"] == [{"person": "周明远", "org": "宁川能源集团有限公司监事会", "title": "主席"}]
    assert [e["org"] for e in rec["events"]] == ["宁川能源集团有限公司"]


def test_a_units_party_standing_member_and_a_board_chair(record_of):
    text = "6月4日,宁川文理学院党委常委、统战部部长周明远一行来校交流。集团党委书记、董事局主席钱雨辰出席。\n"
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {("周明远", "宁川文理学院党委", "常委"), ("周明远", "宁川文理学院党委统战部", "部长"),
            ("钱雨辰", "集团", "董事局主席")} <= posts


def test_an_office_head_listed_among_a_bodys_officers(record_of):
    text = "区政协主席孙立新,秘书长周明远,办公室主任钱雨辰陪同。\n"
    assert {"person": "钱雨辰", "org": "区政协办公室", "title": "主任"} in record_of(text)["positions"]


def test_the_congress_presidiums_members_named_after_it(record_of):
    text = "3月14日,市五届人大六次会议主席团举行第三次会议。大会主席团常务主席周明远、钱雨辰出席会议。\n"
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text, place="晋中市")["positions"]}
    assert posts == {("周明远", "晋中市人大主席团", "常务主席"), ("钱雨辰", "晋中市人大主席团", "常务主席")}


def test_a_partys_title_on_a_places_committee_after_the_partys_body(record_of):
    """民建某省委副主委、某市委主委甲: the party's committee in that city, not the CPC's 市委."""
    text = "3月23日下午,市政协副主席、民建四川省委副主委、绵阳市委主委周明远出席会议。\n"
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {("周明远", "民建四川省委", "副主委"), ("周明远", "民建绵阳市委", "主委")} <= posts


def test_a_company_named_after_an_appointment(record_of):
    orgs = record_of("会议宣读了决定,任命青林威纳日化有限公司总经理周明远为支部主委。\n")["organizations"]
    assert "青林威纳日化有限公司" in orgs and not any(o.startswith("任命") for o in orgs), orgs


def test_a_bare_party_committee_on_a_page_of_our_school(record_of):
    """我校召开…。党委书记甲: the page's own school's 学校党委 (it writes neither that nor 校党委)."""
    text = "12月31日下午,我校召开了党委理论学习中心组学习会议。会上,党委书记周明远传达了会议精神。\n"
    record = record_of(text)
    assert ("周明远", "学校党委", "书记") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert [e["org"] for e in record["events"]] == ["学校党委"]


def test_a_presidium_said_alone_is_its_sessions(record_of):
    """政协某市第八届委员会第一次会议举行主席团常务主席会议。主席团常务主席甲: 某市政协主席团."""
    text = ("市政协八届一次会议举行主席团常务主席第二次会议\n"
            "1月7日下午,政协绵阳市第八届委员会第一次会议举行主席团常务主席第二次会议。\n"
            "主席团常务主席周明远、钱雨辰出席会议。\n")
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert posts == {("周明远", "绵阳市政协主席团", "常务主席"), ("钱雨辰", "绵阳市政协主席团", "常务主席")}


def test_a_streets_bodies_said_alone_are_the_streets_the_article_names(record_of):
    """街道工委书记, 街道工委副书记、办事处主任 on a page about 天桥街道: that street's 工委, 办事处."""
    text = "6月6日,江油市委常委周明远到太白街道调研。街道工委书记钱雨辰,街道工委副书记、办事处主任孙立华等陪同调研。\n"
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {("钱雨辰", "太白街道工委", "书记"), ("孙立华", "太白街道工委", "副书记"),
            ("孙立华", "太白街道办事处", "主任")} <= posts


def test_a_bare_congress_in_a_countys_list_of_leaders(record_of):
    """县委书记甲,县长乙,人大主任丙,政协主席丁: 丙 heads the county congress's standing committee."""
    text = "2月1日,江油市召开会议。市委书记周明远,市长钱雨辰,人大主任孙立华,政协主席赵德明出席会议。\n"
    assert ("孙立华", "江油市人大常委会", "主任") in {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}


def test_a_bare_congress_headed_by_a_chairman_is_the_towns(record_of):
    """镇党委委员、人大主席甲: a town's congress has a 主席 (a county's standing committee a 主任),
    not the CPPCC that 主席 alone would name."""
    text = "5月31日,青石乡人大组织代表活动。青石乡党委委员、人大主席孙立华,党委委员、人大副主席钱雨辰参加。\n"
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {("孙立华", "青石乡人大", "主席"), ("钱雨辰", "青石乡人大", "副主席")} <= posts
    assert not any(org and "政协" in org for _, org, _ in posts)


def test_a_sessions_presiding_members_hold_no_post(record_of):
    """大会执行主席甲、乙: a role for the session's days, not 主席 of the CPPCC; the names still count."""
    text = "1月10日,政协宁川县第八届委员会第二次会议开幕。大会执行主席周明远、钱雨辰在主席台前排就座。周明远主持会议。\n"
    record = record_of(text)
    assert {"周明远", "钱雨辰"} <= set(record["persons"]) and record["positions"] == []
    assert [e["leaders"] for e in record["events"]] == [["周明远"]]


def test_a_list_opening_and_closing_with_names_the_lexicon_cannot_read(record_of, triples):
    """副市长扎西、甲乙、格桑次旦出席: a name jieba reads as a place opens the list, a long one closes it."""
    text = "3月5日,某市召开会议。市政府副市长扎西、周明远、格桑次旦出席会议。\n"
    assert {name for name, org, title in triples(record_of(text, place="那曲市")) if title == "副市长"} \
        == {"扎西", "周明远", "格桑次旦"}


def test_elected_to_the_new_term(record_of, triples):
    text = "10月27日至29日,彭泽县政协十二届一次会议召开,周明远当选为新一届彭泽县政协主席。\n"
    assert ("周明远", "彭泽县政协", "主席") in triples(record_of(text))


def test_a_word_opened_by_a_surname_is_no_name_after_a_title(record_of):
    """委员满意度为97%: 满 is a surname, 满意度 a word; 副县长高兴华: a name all the same."""
    assert record_of("截至目前,提案办结率为100%,委员满意度为97%。\n")["persons"] == []
    assert record_of("副县长高兴华主持会议。\n")["persons"] == ["高兴华"]


def test_a_list_after_a_title_and_its_colon(record_of, triples):
    """市委副书记:甲、乙,市委常委:丙、丁: names after a title and a colon, a name jieba cannot read first."""
    text = "新一届市委常委还包括市委副书记:格桑次旦、周明远,市委常委:钱雨辰、孙立华等11人。\n"
    assert {(n, t) for n, o, t in triples(record_of(text, place="山南市"))} == {
        ("格桑次旦", "副书记"), ("周明远", "副书记"), ("钱雨辰", "常委"), ("孙立华", "常委")}


def test_a_name_of_three_dotted_parts_opens_a_list(record_of, triples):
    text = "省人大常委会副主任嘉央·格桑平措·丹增却吉尼玛、周明远、钱雨辰,秘书长孙立华出席会议。\n"
    assert {n for n, o, t in triples(record_of(text, place="甘肃省")) if t == "副主任"} == {
        "嘉央·格桑平措·丹增却吉尼玛", "周明远", "钱雨辰"}


def test_elected_with_comrade_after_the_name(record_of, triples):
    text = "会议经选举,周明远同志当选为青石镇镇长。\n"
    assert ("周明远", "青石镇政府", "镇长") in triples(record_of(text))


def test_a_managed_areas_party_committee_and_its_board(record_of, triples):
    """某管理区党委副书记、管委会主任: the area's 管委会, a body of its own, not its 党委's department."""
    text = "4月17日,青林管理区党委副书记、管委会主任周明远深入青石镇督导春耕生产工作。\n"
    assert triples(record_of(text)) >= {("周明远", "青林管理区党委", "副书记"), ("周明远", "青林管理区管委会", "主任")}


def test_a_zones_working_committee_and_its_board(record_of, triples):
    """某开发区党工委书记、管委会主任: the zone's 党工委 and its 管委会, in one chain; a bare 党工委
    with the zone named in the page is that zone's, never the county's."""
    text = "5月6日,青林经济技术开发区党工委书记、管委会主任周明远带队调研重点项目。\n"
    assert triples(record_of(text)) >= {("周明远", "青林经济技术开发区党工委", "书记"),
                                        ("周明远", "青林经济技术开发区管委会", "主任")}
    text = ("4月2日上午,江西省国家级青林经济开发区召开脱贫攻坚推进会,该区党工委书记钱雨辰出席会议并讲话,"
            "党工委副书记、管委会主任周明远主持会议。\n")
    record = record_of(text)
    assert triples(record) >= {("钱雨辰", "青林经济开发区党工委", "书记"), ("周明远", "青林经济开发区党工委", "副书记"),
                               ("周明远", "青林经济开发区管委会", "主任")}
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("青林经济开发区党工委", ["周明远"])]
    text = "县政协主席钱雨辰、青林经济开发区(某产业基地)管委会常务副主任周明远等出席。\n"
    assert not any(o.endswith("政协管委会") for n, o, t in triples(record_of(text)) if o)


def test_a_school_committee_said_by_its_last_character(record_of, triples):
    """院党委书记 in a 学院's page: the 学院's committee (as written where unnamed), not a 省委 named before."""
    text = "2月28日上午,学院召开党委会会议,传达学习省委书记钱雨辰的讲话精神,院党委书记周明远主持会议。\n"
    assert ("周明远", "院党委", "书记") in triples(record_of(text))
    text = "2月28日上午,青林职业技术学院召开党委会会议,传达学习省委书记钱雨辰的讲话精神,院党委书记周明远主持会议。\n"
    assert ("周明远", "青林职业技术学院党委", "书记") in triples(record_of(text))
    text = "11月29日上午,学院党委召开理论学习中心组专题学习会。院党委书记周明远主持会议。\n"  # the page's 学院党委
    assert ("周明远", "学院党委", "书记") in triples(record_of(text))
    text = "3月23日,系党委理论中心组开展集体学习,传达省委全会精神。系党委副书记周明远同志主持学习。\n"
    assert ("周明远", "系党委", "副书记") in triples(record_of(text))  # a department (系) of a college, as written


def test_company_board_posts_and_command_posts(record_of, triples):
    """董事, 董事会秘书 of the company; 指挥部's 总指挥, 常务副指挥长; a bare 政府 in a chain is the
    place's government (旗委副书记、政府代旗长)."""
    text = "青岚交通集团党委副书记、董事周明远出席。青岚交通集团董事会秘书、党群工作部部长钱雨辰参加调研。\n"
    assert triples(record_of(text)) >= {("周明远", "青岚交通集团", "董事"), ("钱雨辰", "青岚交通集团", "董事会秘书"),
                                        ("钱雨辰", "青岚交通集团党群工作部", "部长")}
    text = "8月2日,旗委副书记、政府代旗长、旗疫情防控指挥部总指挥周明远深入旗医院检查指导。\n"
    assert triples(record_of(text)) == {("周明远", "旗委", "副书记"), ("周明远", "旗政府", "代旗长"),
                                        ("周明远", "旗疫情防控指挥部", "总指挥")}
    text = "会议由乡防汛抗旱指挥部常务副指挥长周明远主持。\n"
    assert record_of(text)["persons"] == ["周明远"]


def test_members_elected_to_a_standing_committee_named_in_full(record_of, triples):
    """甲、乙当选为中国共产党某市第十四届委员会常务委员会委员: each a 常委 of the city's 委."""
    text = ("经无记名投票选举,周明远、钱雨辰、孙立华当选为中国共产党兰州市第十四届委员会常务委员会委员。"
            "周明远当选为中国共产党兰州市第十四届委员会书记。\n")
    assert triples(record_of(text)) == {("周明远", "兰州市委", "常委"), ("钱雨辰", "兰州市委", "常委"),
                                        ("孙立华", "兰州市委", "常委"), ("周明远", "兰州市委", "书记")}


def test_a_list_elected_with_a_count_of_comrades(record_of, triples):
    text = "钱雨辰同志当选为青石镇人民政府镇长,周明远、孙立华、吴自文三位同志当选为副镇长。\n"
    assert triples(record_of(text)) == {("钱雨辰", "青石镇政府", "镇长"), ("周明远", "青石镇政府", "副镇长"),
                                        ("孙立华", "青石镇政府", "副镇长"), ("吴自文", "青石镇政府", "副镇长")}
    text = "钱雨辰全票当选为青石镇人民政府镇长,周明远、孙立华、吴自文等当选为副镇长。\n"  # no 同志: the votes, 等
    assert triples(record_of(text)) == {("钱雨辰", "青石镇政府", "镇长"), ("周明远", "青石镇政府", "副镇长"),
                                        ("孙立华", "青石镇政府", "副镇长"), ("吴自文", "青石镇政府", "副镇长")}


def test_elected_by_votes_and_a_new_areas_working_committee(record_of, triples):
    assert ("周明远", "青石镇政府", "镇长") in triples(record_of("经选举,周明远同志以52票全票当选为青石镇人民政府镇长。\n"))
    text = "市委副书记、青林新区党工委书记、某区委书记周明远主持会议。\n"
    assert ("周明远", "青林新区党工委", "书记") in triples(record_of(text))


def test_one_mans_chain_goes_on_over_a_comma(record_of, triples):
    """区委常委、区纪委书记、区监委主任,区委某小组组长甲: one chain; 院长,检察长: two men unnamed;
    省、市、县人大代表,县人大常委会主任甲: deputies, then his post."""
    text = "区委常委、区纪委书记、区监委主任,区委巡察工作领导小组组长周明远出席并作动员讲话。\n"
    assert triples(record_of(text)) == {("周明远", "区委", "常委"), ("周明远", "区纪委", "书记"), ("周明远", "区监委", "主任"),
                                        ("周明远", "区委巡察工作领导小组", "组长")}
    text = "省、市、县人大代表,县人大常委会主任周明远率执法检查组来到青石镇。\n"
    assert triples(record_of(text)) == {("周明远", "县人大常委会", "主任")}
    text = "县委常委、组织部长、党校校长钱雨辰作了重要讲话。青林学院马克思主义学院院长周明远教授出席。\n"
    record = record_of(text)
    assert ("钱雨辰", "县委组织部", "部长") in triples(record) and ("钱雨辰", "县委", "常委") in triples(record)
    assert not any(t == "教授" for n, o, t in triples(record))


def test_titles_opening_the_next_sentence_take_the_body_named_before(record_of, triples):
    """市人大常委会主任甲主持会议。副主任乙、丙出席: the standing committee's."""
    text = "市人大常委会主任周明远主持会议。副主任钱雨辰、孙立华,秘书长吴自文出席会议。\n"
    assert triples(record_of(text)) == {("周明远", "市人大常委会", "主任"), ("钱雨辰", "市人大常委会", "副主任"),
                                        ("孙立华", "市人大常委会", "副主任"), ("吴自文", "市人大常委会", "秘书长")}
    # a bureau's deputies after its head (市统计局局长甲主持…。副局长乙出席), not a head another's (国家某局局长甲…。局长乙)
    text = "省统计局调研组来我市调研。3月2日,市统计局局长周明远主持召开座谈会。副局长钱雨辰、孙立华出席会议。\n"
    assert {("钱雨辰", "常州市统计局", "副局长"), ("孙立华", "常州市统计局", "副局长")} <= triples(record_of(text, place="常州市"))
    text = "县林业局召开全县林业工作会议。会议学习了国家林业局局长周明远的讲话。局长钱雨辰要求,要认真学习。\n"
    assert ("钱雨辰", "国家林业局", "局长") not in triples(record_of(text, place="常州市"))


def test_a_party_school_and_a_provincial_department_in_a_chain(record_of, triples):
    text = "中共内江市委常委、市委组织部部长、党校校长周明远出席。省委农办主任,省农业农村厅党组书记、厅长钱雨辰出席会议。\n"
    found = triples(record_of(text))
    assert ("周明远", "内江市委党校", "校长") in found
    assert {("钱雨辰", "四川省农业农村厅", "党组书记"), ("钱雨辰", "四川省农业农村厅", "厅长")} <= found  # 内江's province
    assert "西城区议事厅" not in record_of("活动在西城区议事厅举行。\n")["organizations"]


def test_a_deputy_head_after_the_head_of_a_department_named_in_a_chain(record_of, triples):
    """校党委常委、组织部部长甲,副部长乙: 乙 is the same department's; 办公室主任甲、人代工委主任乙: each
    office its own (the office named first is no body of the committee after it)."""
    text = "4月21日,校党委常委、组织部部长周明远,副部长钱雨辰一行四人来我院进行调研。\n"
    assert ("钱雨辰", "校党委组织部", "副部长") in triples(record_of(text))
    text = "县人大常委会副主任王建华、办公室主任周明远、人代工委主任钱雨辰陪同考察。\n"
    assert {("周明远", "县人大常委会办公室", "主任"), ("钱雨辰", "县人大常委会人代工委", "主任")} <= triples(record_of(text))


def test_grades_of_officials_and_a_bureau_that_says_we(record_of, triples):
    text = "旗委常委、常务副旗长周明远出席。区政协三级调研员钱雨辰、镇党委政法委员孙立华参加。我局四级调研员吴自文带队调研。\n"
    found = triples(record_of(text))
    assert {("周明远", "旗政府", "常务副旗长"), ("钱雨辰", "区政协", "三级调研员"), ("孙立华", "镇党委", "政法委员")} <= found
    assert not any(o and "我局" in o for n, o, t in found)


def test_a_schools_titles_where_the_page_calls_it_the_school_before_a_year(record_of, triples):
    """学校2026年春季学期开学工作会议在…召开。党委书记甲,校长乙: the school as written."""
    text = "本网讯(记者 吴自文)3月1日,学校2026年春季学期开学工作会议在报告厅召开。党委书记周明远,校长钱雨辰出席会议。\n"
    assert {("周明远", "学校党委", "书记"), ("钱雨辰", "学校", "校长")} <= triples(record_of(text))


def test_a_zones_bare_committee_after_its_party_name(record_of, triples):
    """中共某开发区工委…。开发区党工委书记甲: the zone the page names (not 中共某开发区 as a second one)."""
    text = ("1月16日,中共青州开发区工委2013年第一次工作会议召开。开发区党工委书记、管委会主任周明远主持会议,"
            "并代表青州开发区党工委作工作报告。\n")
    assert {("周明远", "青州开发区党工委", "书记"), ("周明远", "青州开发区管委会", "主任")} <= triples(record_of(text))


def test_a_new_areas_page_calls_its_committee_the_districts(record_of, triples):
    """区党工委副书记、管委会主任甲 on the page of 某新区党工委: the new area's committee and board."""
    text = "1月22日,青州青江新区党工委(扩大)会议召开。区党工委副书记、管委会主任周明远主持会议。\n"
    assert {("周明远", "青州青江新区党工委", "副书记"), ("周明远", "青州青江新区管委会", "主任")} <= triples(record_of(text))


def test_two_titles_with_no_mark_between_them(record_of, triples):
    """市委副书记市长甲: both posts; 县人大常委会主任副主任甲 (a slip): the deputy's only."""
    found = triples(record_of("本报临湘讯 市委副书记市长周明远出席会议。\n"))
    assert {("周明远", "临湘市委", "副书记"), ("周明远", "临湘市政府", "市长")} <= found
    found = triples(record_of("县人大常委会主任副主任钱雨辰出席会议。\n"))
    assert not any(n == "钱雨辰" and t == "主任" for n, o, t in found), found


def test_a_colleges_titles_where_the_page_calls_it_the_college(record_of, triples):
    """学院召开…。院长甲主持: the college as written (as 学校, 公司 are)."""
    text = "3月5日,学院召开教学工作会议。院长周明远主持会议,副院长钱雨辰出席。\n"
    assert {("周明远", "学院", "院长"), ("钱雨辰", "学院", "副院长")} <= triples(record_of(text))


def test_a_bare_party_secretary_on_a_page_of_one_units_committee(record_of, triples):
    """校党委理论学习中心组召开…。党委书记甲: the one unit committee the page names (not a region's)."""
    text = "5月25日下午,校党委理论学习中心组召开专题学习会。党委书记周明远,党委副书记钱雨辰出席。\n"
    assert {("周明远", "校党委", "书记"), ("钱雨辰", "校党委", "副书记")} <= triples(record_of(text))


def test_a_prefectures_commissioner_and_its_administrative_office(record_of, triples):
    """地区行署党组书记、专员甲: the 行署 is a prefecture's government (塔城地区行署, as 塔城地委), 专员 its head."""
    text = "9月10日,塔城地区行署党组召开学习研讨会。行署党组书记、专员周明远主持会议。行署党组成员、副专员钱雨辰出席。\n"
    found = triples(record_of(text))
    assert {("周明远", "塔城地区行署", "专员"), ("钱雨辰", "塔城地区行署", "副专员")} <= found, found


def test_a_leagues_head_and_its_administrative_office(record_of, triples):
    """盟长 heads a league's 行署 (兴安盟行署), as 专员 a prefecture's: no 盟政府."""
    record = record_of("1月20日,兴安盟委副书记、盟长周明远主持召开盟行署常务会议。\n")
    assert ("周明远", "兴安盟行署", "盟长") in triples(record)
    assert [e["org"] for e in record["events"]] == ["兴安盟行署"]


def test_a_units_committee_on_a_page_of_its_kind(record_of, triples):
    """党委书记 on a 学校 page that cites an academy (中国科学院…大会): the school's, an academy being no
    school; 附院党委 (an affiliated hospital's); 集团化 is no unit's name; 作者:某延镇 is a person,
    no town whose 党委 a bare 党委书记 would be."""
    text = ("5月29日上午,学校召开党委常委会。会议学习了总书记在中国科学院第十九次院士大会上的讲话精神。"
            "会议由党委书记周明远主持。\n")
    assert ("周明远", "学校党委", "书记") in triples(record_of(text))
    text = "作者:钱延镇  核稿:孙立新\n4月28日下午,附院党委中心组举行专题学习会。附院党委书记周明远主持。\n"
    record = record_of(text)
    assert ("周明远", "附院党委", "书记") in triples(record)
    assert "钱延镇" not in record["places"]
    text = "5月23日,医院党委理论学习中心组开展集中学习。党委书记、院长周明远主持,为医院一院多区集团化发展做好设计。\n"
    assert {("周明远", "医院党委", "书记"), ("周明远", "医院", "院长")} <= triples(record_of(text))


def test_an_institute_its_committee_and_its_director(record_of, triples):
    """青林植物所党委书记、副所长甲: the institute's committee and the institute (所 before 党委 or
    所长 ends an institute's name); 部分研究所 is no unit."""
    record = record_of("4月15日,青林植物所党委书记、副所长周明远出席会议,部分研究所党务干部参加培训。\n")
    assert {("周明远", "青林植物所党委", "书记"), ("周明远", "青林植物所", "副所长")} <= triples(record)
    assert "部分研究所" not in record["organizations"]


def test_a_chain_joined_by_jian_and_a_democratic_partys_department(record_of, triples):
    """农工党中央专职副主席兼秘书长、组织部部长甲主持: 兼 joins a chain as 、 does; the party's 组织部
    is a department of its own (its 总支部 is a branch, still the party's)."""
    record = record_of("1月25日,农工党全国机关建设工作会议召开。农工党中央专职副主席兼秘书长、组织部部长周明远主持会议。\n")
    assert {("周明远", "农工党中央", "专职副主席"), ("周明远", "农工党中央", "秘书长"),
            ("周明远", "农工党中央组织部", "部长")} <= triples(record)
    assert [(e["org"], e["leaders"]) for e in record["events"] if e["leaders"]] == [("农工党中央", ["周明远"])]
    zone = record_of("3月2日,区委副书记、区长兼经开区党工委书记、管委会主任周俊主持召开区长办公会。\n")
    assert {("周俊", "区政府", "区长"), ("周俊", "经开区党工委", "书记")} <= triples(zone)  # no 区长兼经开区


def test_a_commissions_committee_and_a_banks_branch(record_of, triples):
    """某市国资委党委书记、主任甲,党委委员乙: the commission's 党委 and the commission (no 国资党委);
    某分行党委书记、行长丙: the branch's committee and the branch."""
    record = record_of("7月22日,淄博市国资委党委书记、主任周明远,党委委员钱雨辰到企业调研。\n")
    assert {("周明远", "淄博市国资委党委", "书记"), ("周明远", "淄博市国资委", "主任"),
            ("钱雨辰", "淄博市国资委党委", "委员")} <= triples(record)
    record = record_of("2月27日,青林分行召开述职评议会议。青林分行党委书记、行长孙立新主持会议。\n")
    assert {("孙立新", "青林分行党委", "书记"), ("孙立新", "青林分行", "行长")} <= triples(record)


def test_a_branch_secretary_with_no_body_before_him(record_of):
    """某支部…召开…。…由支部书记甲同志主持: a chain opening on a title with no body (支部书记) in a
    sentence that opens on a unit's word reads without failing."""
    record = record_of("某某集团教师党支部在训练中心召开了“支部党员大会暨12月主题党日活动”。教师支部全体党员参加了本次活动,"
                       "由支部书记甘立新同志主持。\n首先集中观看了电视专题片。\n")
    assert "甘立新" in record["persons"]


def test_a_bureau_named_by_its_level_opening_a_chain(record_of, triples):
    """市民政局党组书记、局长甲 on a city's page: the city's bureau (某市民政局, not 某市市民政局);
    市局 names no bureau."""
    record = record_of("10月16日,市民政局党组书记、局长刘永明表示。\n", place="海口市")
    assert {("刘永明", "海口市民政局", "局长"), ("刘永明", "海口市民政局", "党组书记")} <= triples(record)
    record = record_of("6月15日,市局党委委员、副局长陈明远出席会议。\n", place="遂宁市")
    assert not any(o.endswith("市局") for o in record["organizations"])


def test_a_discipline_team_stationed_in_a_department(record_of, triples):
    """某纪委监委驻某局纪检监察组组长甲: the team the commission sends, named after it (not 某监委);
    驻局纪检组组长 with no commission named: no team of ours."""
    record = record_of("10月11日,市纪委监委驻市教育局纪检监察组组长王明远主持会议。\n")
    assert ("王明远", "市纪委监委驻市教育局纪检监察组", "组长") in triples(record)
    assert not any(o.endswith("监委") and "驻" not in o and o != "市纪委监委" for o in record["organizations"])
    record = record_of("6月15日,驻局纪检组组长、市局党委委员吴明远出席会议。\n")
    assert not any("纪检组" in o for o in record["organizations"])


def test_a_department_says_itself_by_its_last_character(record_of, triples):
    """In a department's own news 局党委书记、局长甲, 委党组书记、主任乙 and a bare 局长丙 are of the
    one department of that kind the page names (not of no body); none where it names two, nor one
    it names for each city (各设区市发改委)."""
    record = record_of("6月25日上午,临泽县交通运输局召开半年工作会议。局党委书记、局长陶建平作工作报告。"
                       "局党组成员、常务副局长陈立聪讲话。\n")
    assert {("陶建平", "临泽县交通运输局党委", "书记"), ("陶建平", "临泽县交通运输局", "局长"),
            ("陈立聪", "临泽县交通运输局", "党组成员"), ("陈立聪", "临泽县交通运输局", "常务副局长")} <= triples(record)
    record = record_of("6月25日上午,泸州市卫生健康委召开党组理论学习中心组学习会议,传达学习泸州市委全会精神。委党组书记、主任曾晓妍主持会议。\n")
    assert {("曾晓妍", "泸州市卫生健康委", "党组书记"), ("曾晓妍", "泸州市卫生健康委", "主任")} <= triples(record)
    record = record_of("3月5日,临泽县公安局召开会议,成立工作领导小组。局长师正安任组长。\n")
    assert ("师正安", "临泽县公安局", "局长") in triples(record)
    record = record_of("3月5日,临泽县公安局、临泽县财政局联合召开会议。局长师正安讲话。\n")
    assert ("师正安", None, "局长") in triples(record)
    record = record_of("3月21日,全省发改系统座谈会在厦门召开。委党组成员、副主任张立寿讲话。各设区市发改委负责人参加。\n")
    assert not any(o and o.endswith("发改委") for _, o, _ in triples(record))


def test_an_unnamed_units_head_is_of_the_word_the_page_writes(record_of, triples):
    """学校召开…。党委副书记、校长甲: a school the page never names is 学校, as written (its 校长 of no
    body otherwise); 集团公司 over 集团 for a company; a page naming its university gives that name."""
    record = record_of("2月20日上午,党委副书记、校长周立华,副校长吴立兵来到图书馆调研,听取工作汇报。"
                       "学校的各部门负责人参加调研。\n")
    assert {("周立华", "学校", "校长"), ("吴立兵", "学校", "副校长")} <= triples(record)
    record = record_of("3月2日,总经理李立新到二分厂检查安全生产。集团公司的各部门负责人参加。\n")
    assert ("李立新", "集团公司", "总经理") in triples(record)
    record = record_of("2月20日上午,青川大学召开新学期工作会议。校长周立华主持会议。\n")
    assert ("周立华", "青川大学", "校长") in triples(record)


def test_a_school_gone_to_a_guests_school_and_a_source_cited_are_not_the_pages(record_of, triples):
    """校长甲一行赴某大学附属中学 (that university's too), 某学院副校长乙到丙学院讲座 (丙 the page's
    own, 乙's school a guest's), 据某大学分析报告 (a source): not the school a bare 校长 or 校党委 means."""
    text = ("5月9日,校长周明远一行赴西北工业大学附属中学开展招生宣讲。"
            "周明远简要介绍了青川大学的基本情况。西北工业大学副校长孙立华表示欢迎。\n")
    assert ("周明远", "青川大学", "校长") in triples(record_of(text))
    text = "11月15日,武汉东湖学院副校长孙立华教授到荆州学院开展学术讲坛。学校党委书记周明远主持讲座。\n"
    assert ("周明远", "荆州学院党委", "书记") in triples(record_of(text))
    text = ("9月5日,全校中层干部大会召开。校党委书记周明远主持大会。《青川大学学报(哲社版)》跻身百强期刊;"
            "据中国人民大学分析报告,我校论文转载指数排名靠前。\n")
    assert ("周明远", "青川大学党委", "书记") in triples(record_of(text))


@pytest.mark.parametrize("listed", ["出席会议的有", "会议由"])
def test_a_post_in_brackets_after_a_name(record_of, listed):
    """甲乙(时任省委副书记)、丙丁(满族,时任省军区司令员): the names, and the posts their brackets hold."""
    text = f"3月5日,{listed}周明远(时任省委副书记)、钱雨辰(满族,时任省军区司令员)。\n"
    record = record_of(text, place="石家庄市")
    posts = {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert {("周明远", "河北省委", "副书记"), ("钱雨辰", "河北省军区", "司令员")} <= posts
    assert {"周明远", "钱雨辰"} <= set(record["persons"])


def test_a_units_second_officer_after_a_listed_name(record_of):
    """某集团董事长甲、总裁乙: 总裁 is the same company's, not a body named further back."""
    text = ("3月5日,国务院国资委监事会原主席周明远,中国青石建材集团副总经理赵文静,"
            "青石水泥集团股份有限公司董事长钱雨辰、总裁孙立华出席。\n")
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text, place="沈阳市")["positions"]}
    assert ("孙立华", "青石水泥集团股份有限公司", "总裁") in posts


def test_standing_chairs_of_a_presidium_elected(record_of):
    """会议推选甲、乙、丙为大会主席团常务主席: the session's presidium, each a standing chair."""
    text = ("1月5日,鹤壁市第十二届人民代表大会第三次会议主席团举行第一次会议。"
            "会议首先推选周明远、钱雨辰、孙立华为大会主席团常务主席。\n")
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {(n, "鹤壁市人大主席团", "常务主席") for n in ("周明远", "钱雨辰", "孙立华")} <= posts


def test_a_departments_next_titles_after_a_comma(record_of, triples):
    """省委统战部常务副部长甲,副部长乙、丙: the department's own titles after it are its posts; a
    title it has none of (教授) is not."""
    record = record_of("3月1日,座谈会召开。省委统战部常务副部长周明远,副部长钱雨辰、孙立新出席。\n", place="江苏省")
    assert {("钱雨辰", "江苏省委统战部", "副部长"), ("孙立新", "江苏省委统战部", "副部长")} <= triples(record)
    record = record_of("3月1日,座谈会召开。省审计厅厅长周明远,教授钱雨辰出席。\n", place="江苏省")
    assert ("钱雨辰", "江苏省审计厅", "教授") not in triples(record)


def test_a_bare_party_department_is_the_localitys_committees(record_of, triples):
    """县人大副主任甲、组织部副部长乙: 组织部 with no committee named is the locality's party committee's."""
    record = record_of("3月1日,会议召开。县人大副主任周明远、组织部副部长钱雨辰出席。\n", place="岳西县")
    assert ("钱雨辰", "岳西县委组织部", "副部长") in triples(record)
    record = record_of("3月1日,会议召开。宣传部副部长钱雨辰出席。\n", place="宁夏回族自治区")
    assert ("钱雨辰", "宁夏回族自治区党委宣传部", "副部长") in triples(record)


def test_a_career_paragraph_gives_its_subject_every_post(record_of):
    """周某出生于…,2012年任…,历任…等职。…,他出任…: the paragraph's subject holds each post,
    told with the subject left out or as 他."""
    text = ("周明远出生于1969年4月,江苏溧阳人,2012年任常州市副市长,2018年10月任宿迁市委常委、常务副市长。"
            "2021年7月,他出任淮安市委副书记、代市长。\n"
            "钱雨辰出生于1968年10月,江苏泰兴人,历任常州市环境保护局局长、武进区区长等职。\n")
    assert {("周明远", "常州市政府", "副市长"), ("周明远", "宿迁市委", "常委"), ("周明远", "宿迁市政府", "常务副市长"),
            ("周明远", "淮安市委", "副书记"), ("周明远", "淮安市政府", "代市长"),
            ("钱雨辰", "常州市环境保护局", "局长"), ("钱雨辰", "武进区政府", "区长")} <= positions_of(record_of(text))


def test_a_title_right_after_a_divisions_name_is_that_divisions(record_of):
    """常州市副市长 on a page set in 北京: 常州's government, not the page's."""
    text = "3月5日,常州市副市长周明远到某镇调研。\n"
    assert positions_of(record_of(text, place="北京市")) == {("周明远", "常州市政府", "副市长")}


def test_a_plenary_cited_gives_no_title_its_body(record_of):
    """传达学习了市委十三届九次全会和区委十三届七次全会精神,副主任甲…: 区委 names a plenary, not 甲's body."""
    text = "8月5日,枣园街道召开工作会议。会上,传达学习了市委十三届九次全会和区委十三届七次全会精神,副主任柏澎同志作了部署。"
    assert [p["org"] for p in record_of(text, place="西安市莲湖区")["positions"] if p["person"] == "柏澎"] == [None]


@pytest.mark.parametrize("text", [
    "会议传达了周明远总理关于防灭火工作的批示。\n",
    "会议传达学习周明远总理的重要讲话精神。\n",
])
def test_a_leader_named_before_his_title_after_the_verb_relaying_his_words(record_of, triples, text):
    assert ("周明远", "国务院", "总理") in triples(record_of(text))


def test_a_faculty_among_those_attending_is_not_the_schools_unit(record_of, triples):
    text = ("11月22日下午,学校组织召开会议传达落实工作方案。会议由党委副书记周明远主持。"
            "党委组织部、马克思主义学院、后勤保障处等相关职能部门负责人参会。\n")
    assert ("周明远", "学校党委", "副书记") in triples(record_of(text))


def test_a_provinces_short_reference_is_never_a_municipality(record_of, triples):
    text = ("11月12日至15日,上海市政协主席钱雨辰率上海市代表团赴福建考察。福建省委书记、省人大常委会主任周明远会见了钱雨辰一行。"
            "省委常委、秘书长孙立新,省政协副主席赵明远参加相关活动。\n")
    found = triples(record_of(text))
    assert ("周明远", "福建省人大常委会", "主任") in found  # the province the chain names
    assert not any(org.startswith("上海市") for person, org, _ in found if person != "钱雨辰")  # 省委: never 上海市委


@pytest.mark.parametrize("text, post", [
    ("4月2日,县政府召开常务会议。政府党组成员周明远出席会议。\n", ("周明远", "桦南县政府", "党组成员")),
    ("4月2日,县政府召开常务会议。县委常委、政府党组副书记周明远出席会议。\n", ("周明远", "桦南县政府", "党组副书记")),
])
def test_a_bare_governments_party_group_is_the_places(record_of, triples, text, post):
    assert post in triples(record_of(text, place="桦南县"))


@pytest.mark.parametrize("text, posts", [
    ("合肥市人大常委会委员、农业与农村委员会副主任委员周明远参加活动。\n",
     {("周明远", "合肥市人大常委会", "委员"), ("周明远", "合肥市人大农业与农村委员会", "副主任委员")}),
    ("合肥市政协常委、提案委员会主任周明远参加活动。\n",
     {("周明远", "合肥市政协", "常委"), ("周明远", "合肥市政协提案委员会", "主任")}),
])
def test_a_committee_of_a_congress_or_cppcc_in_a_chain(record_of, triples, text, posts):
    assert posts <= triples(record_of(text))


@pytest.mark.parametrize("text, posts", [
    ("民建石家庄市委秘书长、组织处处长周明远参加。\n",
     {("周明远", "民建石家庄市委", "秘书长"), ("周明远", "民建石家庄市委组织处", "处长")}),
    ("民建石家庄市委秘书长兼组织处长周明远、宣传处长孙立新参加。\n",
     {("周明远", "民建石家庄市委", "秘书长"), ("周明远", "民建石家庄市委组织处", "处长"), ("孙立新", "民建石家庄市委宣传处", "处长")}),
    ("全国总工会党组成员、书记处书记周明远出席。\n",
     {("周明远", "全国总工会", "党组成员"), ("周明远", "全国总工会书记处", "书记")}),
    ("中共中央政治局委员、中央书记处书记周明远出席。\n",
     {("周明远", "中共中央政治局", "委员"), ("周明远", "中共中央书记处", "书记")}),
])
def test_an_office_or_secretariat_in_a_chain(record_of, triples, text, posts):
    assert posts <= triples(record_of(text))


def test_a_democratic_partys_committee_keeps_the_titles_after_it(record_of, triples):
    text = ("4月14日,市政协副主席钱雨辰带队走访民进太原市委会。民进太原市委会主委周明远,副主委孙立新、赵明远,"
            "秘书长李雨田陪同。\n")
    assert ("李雨田", "民进太原市委会", "秘书长") in triples(record_of(text, place="太原市"))


@pytest.mark.parametrize("text", [
    "长林镇召开党建推进会\n9月17日,青林县长林镇召开基层党建工作推进会。",  # the town written again on its own
    "9月17日,衡山县长林镇召开基层党建工作推进会。该镇党政成员参加。",  # the county named right before, a town spoken of
])
def test_a_town_opening_with_chang_after_a_county_is_no_county_head(record_of, text):
    record = record_of(text)
    assert not record["positions"], record["positions"]
    assert [e["org"] for e in record["events"] if e["date"]] == ["长林镇党委"]


def test_a_county_head_named_like_a_town_stays_a_person(record_of):
    record = record_of("9月17日,副县长江镇主持会议。")  # 江镇, a name: no town written, none spoken of
    assert [(p["person"], p["title"]) for p in record["positions"]] == [("江镇", "副县长")]


def test_a_townships_bare_titles_are_its_bodies(record_of, triples):
    """On a township's page (乡, as a 镇's): 党委书记, 人大主席 with no body are its own; a 人大常委会's
    副主任 is not (a township's congress has no standing committee)."""
    text = ("8月21日,青溪乡召开第八次党员代表大会。党委书记周丽春主持会议。人大主席钱明翰出席。"
            "人大常委会副主任吴友锡到会指导。\n")
    found = triples(record_of(text))
    assert {("周丽春", "青溪乡党委", "书记"), ("钱明翰", "青溪乡人大", "主席")} <= found
    assert not any(org and org.startswith("青溪乡") for person, org, _ in found if person == "吴友锡"), found


def test_officers_of_two_hosting_cities_listed_after_a_visit(record_of, triples):
    """A city's officers listed one after another (某市委书记甲、市长乙、市政协主席丙): 市 is that
    city's throughout, not the page's home city's."""
    text = ("4月9日,珠海市党政代表团到中山、江门考察。中山市委书记周泽华、市长吴伟汉、市政协主席钱颖,"
            "江门市委书记周应武、市长吴晓晖、市政协主席钱家华等陪同。\n")
    found = triples(record_of(text))
    assert {("钱颖", "中山市政协", "主席"), ("钱家华", "江门市政协", "主席")} <= found, found


def test_a_department_word_after_shou_is_no_department(record_of):
    """受厅党组书记、厅长甲委托: 受 (at the request of) before the page's own 厅, no department 受厅."""
    record = record_of("本报长沙讯 9月11日,受厅党组书记、厅长周运田委托,厅党组成员、副厅长吴维杰主持召开动员部署会。")
    assert not any("受" in (p["org"] or "") for p in record["positions"]), record["positions"]


def test_a_name_before_recently_is_a_name(record_of, triples):
    """杭垓镇党委委员甲乙日前…宣讲: 日前 (recently) follows the name (a given name of one character too)."""
    record = record_of("杭垓镇党委委员钟强日前用通俗易懂的语言进行宣讲。\n")
    assert ("钟强", "杭垓镇党委", "委员") in triples(record)


@pytest.mark.parametrize("text, expected", [
    ("秭归县档案馆馆长李明远主持召开会议。\n", {("李明远", "秭归县档案馆", "馆长")}),
    ("黑龙江省地方志办公室主任何立志一行来汇报工作。\n", {("何立志", "黑龙江省地方志办公室", "主任")}),
    ("滨州市供销社党组书记、理事会主任苏海涛一行赴无棣县调研。\n",
     {("苏海涛", "滨州市供销社", "党组书记"), ("苏海涛", "滨州市供销社", "理事会主任")}),
])
def test_archives_gazetteer_offices_and_supply_cooperatives_hold_posts(record_of, triples, text, expected):
    """某县档案馆馆长, 某省地方志办公室主任, 某市供销社党组书记、理事会主任: bodies of a government."""
    assert expected <= triples(record_of(text))


@pytest.mark.parametrize("text, place, expected", [
    # 市委第三巡察组组长甲、副组长乙、丙: the deputies are the team's, not the committee's
    ("4月25日,市委第三巡察组组长黄志达、副组长李建斌、邓永程出席动员大会。\n", "清远市",
     {("黄志达", "清远市委第三巡察组", "组长"), ("李建斌", "清远市委第三巡察组", "副组长"), ("邓永程", "清远市委第三巡察组", "副组长")}),
    # 县委副书记、人大党组书记、政法委书记甲: the county congress's party group, not the county committee's
    ("县委副书记、人大党组书记、政法委书记刘宁远主持会议。\n", "乌什县",
     {("刘宁远", "乌什县委", "副书记"), ("刘宁远", "乌什县人大常委会", "党组书记"), ("刘宁远", "乌什县委政法委", "书记")}),
    # 某社区党委书记、居委会主任甲; 某村党支部书记、村委会主任乙: the same community's or village's committee
    ("龙头社区党委书记、居委会主任王玉芳介绍情况。桥头村党支部书记、村委会主任李立新发言。\n", None,
     {("王玉芳", "龙头社区党委", "书记"), ("王玉芳", "龙头社区居委会", "主任"),
      ("李立新", "桥头村党支部", "书记"), ("李立新", "桥头村村委会", "主任")}),
], ids=["team-deputies", "congress-party-group", "residents-villagers-committee"])
def test_the_body_a_later_title_of_a_list_or_chain_keeps(record_of, triples, text, place, expected):
    """A title after 、 keeps the body its kind belongs to: the team named before, the place's
    congress, the branch's own community or village."""
    assert expected <= triples(record_of(text, place=place))


def test_a_communitys_elders_are_no_district_head(record_of):
    """金斗社区长者服务中心: 社区 + 长者, no 区长 and no person before it."""
    record = record_of("金斗社区长者职工健康照护中心举行揭牌仪式。\n", place="福州市台江区")
    assert not record["positions"] and not record["persons"]


def test_a_bare_working_committee_is_no_towns(record_of, triples):
    """某镇负责人陪同。…党工委书记甲: a town has a 党委, no 党工委; no 某镇党工委 made up."""
    record = record_of("蔡家桥镇负责人陪同。党工委书记李敏华对考察团一行的到来表示欢迎。\n")
    assert not [o for o in record["organizations"] if o.endswith("镇党工委")]
    assert ("李敏华", "蔡家桥镇党工委", "书记") not in triples(record)


@pytest.mark.parametrize("text, expected", [
    ("福建省人民医院团委副书记庄玉玲作讲座。\n", ("庄玉玲", "福建省人民医院团委", "副书记")),
    ("自治区团委书记杨立经出席。\n", ("杨立经", "共青团宁夏回族自治区委", "书记")),
])
def test_a_units_league_committee_and_a_places(record_of, triples, text, expected):
    """某医院团委副书记: the hospital's League committee; 自治区团委书记: the region's League committee."""
    assert expected in triples(record_of(text, place="中卫市"))


@pytest.mark.parametrize("text, place, expected", [
    # 某政协副主席,某江某段省级河长甲乙: the chief's duty named with its water, no body's; the posts before it kept
    ("11月6日,省政协副主席,赣江吉安段省级河长刘春明率队开展巡河督导。\n", "江西省",
     {("刘春明", "江西省政协", "副主席"), ("刘春明", None, "赣江吉安段省级河长")}),
    # 某市委副书记、市副总河湖长甲乙: 市 is the level, the title 副总河湖长
    ("市委副书记、市副总河湖长赵宏伟到渭河巡河。\n", "宝鸡市",
     {("赵宏伟", "宝鸡市委", "副书记"), ("赵宏伟", None, "副总河湖长")}),
], ids=["named-water", "level-dropped"])
def test_a_river_chief_holds_no_bodys_post(record_of, triples, text, place, expected):
    """河长, 总河湖长: a duty for a river or lake held by a leader; the title keeps the water it
    names, no body holds it, and the posts of the chain before it keep theirs."""
    assert expected <= triples(record_of(text, place=place))



def test_a_later_title_of_a_list_keeps_the_county_named_for_the_one_before(record_of, triples):
    """某县常务副县长甲、副县长乙: 乙 is that county's too, not a 县政府 left unnamed."""
    record = record_of("调研期间,周立新副局长会见了高县常务副县长何建明、副县长罗丽萍。\n", place="四川省")
    assert {("何建明", "高县政府", "常务副县长"), ("罗丽萍", "高县政府", "副县长")} <= triples(record)


def test_a_deputy_manager_and_a_managers_assistant_are_titles(record_of, triples):
    """某分公司综合部副经理甲, 某分公司经理助理乙: titles of a company's, their names found."""
    record = record_of("某某电信洛阳分公司综合部副经理赵红萍出席。某某电信临夏分公司经理助理陈立平参加。\n")
    assert {"赵红萍", "陈立平"} <= set(record["persons"]), record["persons"]
    assert {("赵红萍", "副经理"), ("陈立平", "经理助理")} <= {(p, t) for p, _, t in triples(record)}


def test_an_education_inspector_general_is_a_governments_title(record_of, triples):
    """省政府教育总督学甲: a title of the government, and its holder a person."""
    record = record_of("座谈会由省政府教育总督学尹国斌主持。\n", place="陕西省")
    assert ("尹国斌", "陕西省政府", "教育总督学") in triples(record)


def test_a_bare_committees_title_with_no_unit_told_keeps_the_body_as_written(record_of, triples):
    """党委书记甲, 工会主席乙 on a page that names no unit and no place: the 党委 and 工会 as written
    (the gold keeps a short reference nothing resolves), not a post of no body; its 党委会 is the 党委's."""
    text = "11月25日上午,召开第八次党委会,党委书记、董事长刘立文主持会议。工会主席李书芳传达了会议精神。\n"
    record = record_of(text)
    assert {("刘立文", "党委", "书记"), ("李书芳", "工会", "主席")} <= triples(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("党委", ["刘立文"])]


def test_a_bureaus_party_committee_in_a_chain_after_a_governments_party_group(record_of, triples):
    """市政府党组成员、公安局党委书记、督察长甲: the city's bureau and its committee; a trip he leads is
    the bureau's (a seat on the government's party group is no office)."""
    text = "5月22日,市政府党组成员、公安局党委书记、督察长周明远深入城关派出所督导检查疫情防控工作。"
    record = record_of(text, place="青州市")
    assert {("周明远", "青州市公安局党委", "书记"), ("周明远", "青州市公安局", "督察长")} <= triples(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("青州市公安局", ["周明远"])]


def test_a_bare_brigade_title_is_the_one_brigades_the_page_names(record_of, triples):
    text = ("1月9日,凤台县公安局交通警察大队召开春运交通安保动员大会。会上,副大队长钱立新宣读了工作方案。"
            "大队长孙立华做总结发言。")
    assert {("钱立新", "凤台县公安局交通警察大队", "副大队长"),
            ("孙立华", "凤台县公安局交通警察大队", "大队长")} <= triples(record_of(text))


def test_a_bureau_calling_itself_by_its_level_alone(record_of, triples):
    """区局, 市局: a bureau's page calls it by its level and 局; the one bureau of that level the page
    names (no bureau named: none, `test_a_bureau_named_by_its_level_opening_a_chain`)."""
    text = "12月29日,武进区税务局召开评比会。区局党委委员、副局长周明远参加。"
    assert ("周明远", "武进区税务局", "副局长") in triples(record_of(text))


def test_a_party_group_title_takes_the_bureau_of_the_post_after_it(record_of):
    """市商务局召开…座谈会,党组成员、副局长甲: both posts in the bureau (党组成员 of its party group)."""
    text = "2月1日下午,佛山市商务局召开招商引资工作专题座谈会,党组成员、副局长周明远出席会议。\n"
    assert {(p["org"], p["title"]) for p in record_of(text)["positions"]} == {("佛山市商务局", "党组成员"), ("佛山市商务局", "副局长")}


def test_a_name_between_its_division_and_title_holds_that_divisions_post(record_of):
    """南安市甲乙副市长带队…调研: the city's vice-mayor, leading the trip."""
    record = record_of("4月9日,南安市周明远副市长带队到开发区调研。\n")
    assert {(p["person"], p["org"], p["title"]) for p in record["positions"]} == {("周明远", "南安市政府", "副市长")}
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("南安市政府", ["周明远"])]


def test_an_offices_organ_committee_in_its_chain(record_of, triples):
    """省人防办党组成员、机关党委书记甲: the office's 机关党委 (its organ's committee), not a bare 党委;
    机关党委书记乙 with no office before it: as written, no place's."""
    record = record_of("6月28日,省人防办党组成员、机关党委书记周明远率调研组赴乐山市调研。\n", place="四川省")
    assert {("周明远", "四川省人防办", "党组成员"), ("周明远", "四川省人防办机关党委", "书记")} <= triples(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("四川省人防办", ["周明远"])]
    record = record_of("6月28日,机关党委书记周明远主持会议。\n", place="四川省")
    assert ("周明远", "机关党委", "书记") in triples(record)


def test_an_associations_officers_listed_after_it_are_its(record_of, triples):
    """某商会会长甲,党支部书记乙,执行会长丙,常务副会长丁、戊,秘书长己: one chamber's officers, each title
    after a comma its own (as a committee's or a bureau's)."""
    text = "山西省青林商会会长周明远,党支部书记钱雨辰,执行会长孙立华,常务副会长吴自文、郑光明,秘书长王立新参加座谈。\n"
    assert {("孙立华", "山西省青林商会", "执行会长"), ("吴自文", "山西省青林商会", "常务副会长"),
            ("郑光明", "山西省青林商会", "常务副会长"), ("王立新", "山西省青林商会", "秘书长"),
            ("钱雨辰", "山西省青林商会党支部", "书记")} <= triples(record_of(text))


def test_a_federation_named_bare_after_a_verb_or_a_conjunction_is_the_localitys(record_of, triples):
    """传达了…讲话精神,以及社科联主席甲作的报告; 学习了科协主席乙的讲话: the locality's federation (社科联
    one of them), not the CPPCC a bare 主席 would be."""
    text = "会上传达了宣传部部长钱雨辰的讲话精神,以及社科联主席周明远作的工作报告。\n"
    assert ("周明远", "内蒙古自治区社科联", "主席") in triples(record_of(text, place="内蒙古自治区"))
    text = "会上学习了科协主席周明远的讲话。\n"
    assert ("周明远", "内蒙古自治区科协", "主席") in triples(record_of(text, place="内蒙古自治区"))


def test_a_name_between_a_department_ending_in_a_surname_and_its_title(record_of, triples):
    """商务部流通发展司周欣司长: 司 ends the department (a surname too, but no 司周欣 here)."""
    record = record_of("会上,商务部流通发展司周欣司长应邀到会并作报告。\n")
    assert ("周欣", "商务部流通发展司", "司长") in triples(record)


def test_a_bureaus_office_named_by_its_work_is_a_body_of_the_bureau(record_of):
    """某县退役军人事务局安置办主任甲带队…回访: the bureau's office; the visits the bureau's."""
    record = record_of("11月18日,砀山县退役军人事务局安置办主任周明远带队,对辖区内退役士兵进行了全员回访。\n")
    assert {(p["org"], p["title"]) for p in record["positions"]} == {("砀山县退役军人事务局安置办", "主任")}
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("砀山县退役军人事务局", ["周明远"])]
    record = record_of("崇阳县召开巡察工作会议。集中学习后,县委巡察办主任周明远指出,要抓好整改。\n")
    assert {(p["org"], p["title"]) for p in record["positions"]} == {("崇阳县委巡察办", "主任")}  # a committee's office: no bureau's


def test_a_places_armed_forces_department_is_the_places_not_its_party_committees(record_of):
    """县委常委、人武部部长甲; 县委书记、县人武部党委第一书记乙: the county's 人武部 and its committee."""
    record = record_of("2月7日,镇安县召开武装工作会议。县委书记、县人武部党委第一书记周明远出席会议并讲话。"
                       "县委常委、人武部部长钱志远参加会议。\n")
    assert {(p["person"], p["org"], p["title"]) for p in record["positions"]} == {
        ("周明远", "镇安县委", "书记"), ("周明远", "镇安县人武部党委", "第一书记"),
        ("钱志远", "镇安县委", "常委"), ("钱志远", "镇安县人武部", "部长")}


def test_a_chains_bare_province_is_its_citys_province(record_of):
    """贵州省某州代表团来宁波…省委副书记、市委书记甲: 甲 sits on 浙江省委, his city's province's."""
    text = "贵州省黔西南州党政代表团来宁波考察。今天上午,省委副书记、市委书记周明远与黔西南州委书记钱志远座谈。\n"
    assert ("周明远", "浙江省委", "副书记") in {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}


def test_a_post_once_held_is_named_with_its_former_mark(record_of):
    """全国工商联原副主席、某研究会原会长甲: each post in its body, as once held (原副主席)."""
    text = "9月7日,全国工商联原副主席、中国民营经济研究会原会长周明远一行到某县调研。\n"
    assert {(p["org"], p["title"]) for p in record_of(text)["positions"]} == {
        ("全国工商联", "原副主席"), ("中国民营经济研究会", "原会长")}


def test_the_military_commissions_departments_and_forces_hold_their_officers_posts(record_of):
    """全国政协常委、某委员会副主任、中央军委联合参谋部原副参谋长甲: the department's post once held."""
    text = ("9月21日,退役军人事务部与全国政协常委、提案委员会副主任、中央军委联合参谋部原副参谋长周明远,"
            "全国政协委员、武警部队原政委钱志远座谈。\n")
    posts = {(p["person"], p["org"], p["title"]) for p in record_of(text)["positions"]}
    assert {("周明远", "中央军委联合参谋部", "原副参谋长"), ("钱志远", "武警部队", "原政委")} <= posts


def test_a_bureaus_division_named_by_its_work_after_the_bureau(record_of):
    """某厅资源开发处处长, 省商务厅国内投资和经济合作处处长 (a verb, a conjunction in its name): the
    bureau's division; 副厅长甲带领养老服务处处长乙: no division named across a title and a name."""
    posts = positions_of(record_of("河北省文化和旅游厅资源开发处处长周明远出席。\n"))
    assert ("周明远", "河北省文化和旅游厅资源开发处", "处长") in posts
    posts = positions_of(record_of("赣州市副市长吴海峰,省商务厅国内投资和经济合作处处长周明远出席。\n"))
    assert ("周明远", "江西省商务厅国内投资和经济合作处", "处长") in posts
    record = record_of("3月23日,省民政厅副厅长吴海峰带领养老服务处处长周明远到青林县调研。\n")
    assert not any("带领" in o for o in record["organizations"])


def test_two_bureaus_joined_by_jian_share_the_title_after_them(record_of):
    """省防指秘书长、省水利厅兼省应急管理厅副厅长甲: 副厅长 of both bureaus, the chain going on before."""
    posts = positions_of(record_of("12月17日,省防指召开会商会。省防指秘书长、省水利厅兼省应急管理厅副厅长周明远主持会议。\n",
                                   place="江西省"))
    assert {("周明远", "江西省防指", "秘书长"), ("周明远", "江西省水利厅", "副厅长"),
            ("周明远", "江西省应急管理厅", "副厅长")} <= posts


def test_a_mass_organisations_department_named_by_its_work(record_of):
    """某省妇联组织联络部部长, 中国科协科学技术创新部部长: a verb in the department's name."""
    posts = positions_of(record_of("广东省妇联组织联络部部长周明远陪同调研。\n"))
    assert ("周明远", "广东省妇联组织联络部", "部长") in posts
    posts = positions_of(record_of("湖南省总工会权益保障部部长钱雨出席。\n"))
    assert ("钱雨", "湖南省总工会权益保障部", "部长") in posts


def test_a_bureaus_safety_director_and_a_governments_adviser_are_posts(record_of):
    """药品安全总监 (a drug regulator's safety director), 经济顾问 (a government's economic adviser)
    and a company's 财务总监 are titles; 总监票人 (an election's chief scrutineer) names no one."""
    text = ("2月4日,福建省药监局党组成员、药品安全总监周明远带队赴长汀县开展调研帮扶。\n"
            "6月27日,受钱雨辰委托,省政府经济顾问孙立华主持召开座谈会,某集团财务总监赵德明参加。\n")
    record = record_of(text)
    assert {("周明远", "福建省药监局", "药品安全总监"), ("孙立华", "福建省政府", "经济顾问")} <= positions_of(record)
    assert [(e["org"], e["date"], e["leaders"]) for e in record["events"]] == [
        ("福建省药监局", "02-04", ["周明远"]), ("福建省政府", "06-27", ["孙立华"])]
    assert "赵德明" in record["persons"]
    record = record_of("会议审议通过总监票人、副总监票人、监票人名单。\n")
    assert record["persons"] == [] and record["positions"] == []


def test_an_auditor_general_a_commissioner_and_an_editor_are_posts(record_of):
    """审计长, 署长 (of 国家审计署, 海关总署) and a journal's 副总编 are titles; 国家审计署 as written."""
    text = ("7月20日,全国审计工作座谈会在青岛召开。国家审计署副审计长周明远主持会议,海关总署署长钱雨辰、"
            "《中国档案》杂志副总编孙立华出席会议。\n")
    record = record_of(text)
    assert {("周明远", "国家审计署", "副审计长"), ("钱雨辰", "海关总署", "署长")} <= positions_of(record)
    assert "孙立华" in record["persons"]
    assert [(e["org"], e["date"], e["leaders"]) for e in record["events"]] == [("国家审计署", "07-20", ["周明远"])]


def test_teams_sent_by_a_body_named_before_their_heads(record_of):
    """某安委会第6督查组组长, 某安委会某领域暗访暗查组组长, 某市委…巡回指导组第四组组长: the team's head."""
    text = ("5月1日,区安委会建筑施工领域暗访暗查组组长周明远带队暗查。国务院安委会第6督查组组长钱雨辰出席。"
            "市委主题教育巡回指导组第四组组长孙立新列席。\n")
    assert {(person, org) for person, org, title in positions_of(record_of(text)) if title == "组长"} == {
        ("周明远", "区安委会建筑施工领域暗访暗查组"), ("钱雨辰", "国务院安委会第6督查组"), ("孙立新", "市委主题教育巡回指导组第四组")}


def test_a_chiefs_system_is_no_chief(record_of):
    """加快理顺河湖长制运行机制, 林长制全体会议: 长制 is the system, no chief and no name after it."""
    text = "4月8日,县委召开林长制全体会议,要求加快理顺河湖长制运行机制。\n"
    assert record_of(text)["persons"] == []


def test_a_chiefs_division_is_no_chief(record_of):
    """省水利厅河湖长处甲乙一行: 河湖长处 is the department's division, no 湖长 with a name 处甲乙."""
    text = "5月18日,省水利厅河湖长处钱雨辰一行来县调研河长制工作。\n"
    assert not any(p.startswith("处") for p in record_of(text)["persons"])


def test_a_statistics_bureaus_chief_statistician(record_of):
    """省统计局总统计师甲: the bureau's chief statistician, as its 总经济师 would be."""
    text = "4月3日,省统计局总统计师周明远出席会议。\n"
    assert ("周明远", "省统计局", "总统计师") in positions_of(record_of(text))


def test_a_word_of_you_after_a_title_names_nobody(record_of, triples):
    """韩某副总理有关工作要求: 有关 is a word, not 有 opening a list (组长有甲乙); the name before
    holds the title."""
    record = record_of("会议要求,落实周明远总理、钱雨辰副总理有关工作要求。\n")
    assert ("钱雨辰", "国务院", "副总理") in triples(record) and record["persons"] == ["周明远", "钱雨辰"]


def test_a_bureau_named_by_its_place_opening_a_chain_is_not_the_pages(record_of, triples):
    """…。徐州市局局长甲出席: the bureau of the city it names, not 江苏省徐州市局."""
    text = "11月27日,徐州市局在睢宁县召开全市党建工作座谈会。徐州市局局长周明远出席。\n"
    assert ("周明远", "徐州市局", "局长") in triples(record_of(text, place="江苏省"))


@pytest.mark.parametrize("text", [
    "我院党组书记、院长周明远及院领导班子成员钱雨辰、孙立华参加了调研会。\n",
    "会议由省政协主席会议成员钱雨辰、孙立华主持。\n",
    "课题组成员钱雨辰、孙立华等参加活动。\n",
])
def test_members_of_a_team_hold_no_post(record_of, triples, text):
    """领导班子成员, 主席会议成员, 课题组成员: members of no body the record holds posts in; the
    names are persons still."""
    record = record_of(text)
    assert not any(t == "成员" for _, _, t in triples(record)) and {"钱雨辰", "孙立华"} <= set(record["persons"])


def test_members_doing_two_things_at_once_name_nobody(record_of, triples):
    """各委员边视察、边思考: 边 and a verb, what the members do; no 边视察 holding 委员."""
    assert not triples(record_of("9月5日,市政协组织委员视察。各委员边视察、边思考,建言献策。\n"))


def test_a_bureau_after_by_is_no_body_named_with_by(record_of, triples):
    """会议由局党组成员、副局长甲主持: 由 opens the agent, no body 会议由局; the bureau is left unnamed.
    省审计厅正厅巡视员: a rank (正厅), no department 审计厅正厅."""
    record = record_of("2月18日,全市耕地保护工作座谈会召开。会议由局党组成员、副局长柏某农主持。\n", place="宝鸡市")
    assert not [t for t in triples(record) if t[1] and "由" in t[1]], triples(record)
    record = record_of("省政府副秘书长郁某、省审计厅正厅巡视员柏某农出席。\n", place="合肥市")
    assert not [t for t in triples(record) if t[1] and t[1].endswith("正厅")], triples(record)


def test_a_societys_officers_named_alone_are_the_pages_society(record_of, triples):
    """某省江苏商会召开…。会长甲主持,秘书长乙汇报: the chamber the page is about; a 专题协商会 (a
    meeting) is no society; 全国律协 is the national bar association by its full name."""
    record = record_of("3月10日,海南省江苏商会召开会长办公会议。会长柏某农主持会议,秘书长郁卫国汇报工作。\n")
    assert {("柏某农", "海南省江苏商会", "会长"), ("郁卫国", "海南省江苏商会", "秘书长")} <= triples(record)
    record = record_of("5月6日,省政协召开专题协商会。副会长柏某农发言。\n")
    assert not [t for t in triples(record) if t[1] and t[1].endswith("协商会")]
    record = record_of("全国律协会长柏某农到陕西调研。\n")
    assert ("柏某农", "中华全国律师协会", "会长") in triples(record)
