"""Person names outside title chains: credits, lists, names before titles and verbs (invented names)."""
import pytest

from kg.names import _credit_re, find_credits, find_names
from kg.pipeline import extract_text
from kg.record import to_record


def _credits(text):
    mentions, positions = find_credits(text, 0, len(text))
    return [m.text for m in mentions], [(p.person, p.title) for p in positions]


def _names(text):
    found = find_names(text, 0, len(text))
    for m in found:
        assert text[m.start:m.end] == m.text
    return sorted({m.text for m in found})


@pytest.mark.parametrize("text, names, posts", [
    ("提请各代表团审议。(记者柏文远)", ["柏文远"], [("柏文远", "记者")]),
    ("(记者 祁海澄 通讯员 吕晓彤)5月3日", ["祁海澄", "吕晓彤"], [("祁海澄", "记者"), ("吕晓彤", "通讯员")]),
    ("作者:封雨桐 视频:戴一鸣\n编辑:滕思远", ["封雨桐", "戴一鸣", "滕思远"],
     [("封雨桐", "作者"), ("戴一鸣", "视频"), ("滕思远", "编辑")]),
    ("记者|冉立群 通讯员|岑小舟", ["冉立群", "岑小舟"], [("冉立群", "记者"), ("岑小舟", "通讯员")]),
    ("来源:组织部 鲍明轩/文 窦立新/图", ["鲍明轩", "窦立新"], [("鲍明轩", "文"), ("窦立新", "图")]),
    ("审核人:晏子航", ["晏子航"], [("晏子航", "审核人")]),
    ("文字:某区总工会 晏子航\n", ["晏子航"], [("晏子航", "文字")]),  # the union, then its writer
    ("(综合处邬海清供稿)", ["邬海清"], []),
    ("柳桥镇供稿(邬海清)为深入贯彻落实上级部署,", ["邬海清"], []),  # a town sends the piece: no person 柳桥镇
    ("会议现场。(记者 芮思成摄)", ["芮思成"], [("芮思成", "记者")]),
    ("(卞雨晴 郁立新 栾海)", ["卞雨晴", "郁立新", "栾海"], []),
    ("(某县供电公司 卞雨晴 郁立新)", ["卞雨晴", "郁立新"], []),  # a company's writers
    ("(办公室 卞雨晴)", ["卞雨晴"], []),  # the office's writer
    ("(融媒体中心记者 房子健 贾立新)", ["房子健", "贾立新"], [("房子健", "记者"), ("贾立新", "记者")]),
    ("本报讯(记者马立萍见习记者赵秉文)1月12日", ["马立萍", "赵秉文"], [("马立萍", "记者"), ("赵秉文", "记者")]),
    ("摄像:次仁卓玛 撰稿:郁立新 编辑人:栾海\n", ["次仁卓玛", "郁立新", "栾海"],
     [("次仁卓玛", "摄像"), ("郁立新", "撰稿"), ("栾海", "编辑人")]),
    ("编辑(一审):卞雨晴\n责编(二审):郁立新\n终审:栾海\n", ["卞雨晴", "郁立新", "栾海"],
     [("卞雨晴", "编辑"), ("郁立新", "责编"), ("栾海", "终审")]),
    ("(卞雨晴 记者 郁立新)", ["卞雨晴", "郁立新"], [("郁立新", "记者")]),
    ("(来源:某县融媒体中心 转载:栾海) |", ["栾海"], [("栾海", "转载")]),
    ("(记者 卞雨晴 实习记者 郁立新)", ["卞雨晴", "郁立新"], [("卞雨晴", "记者"), ("郁立新", "实习记者")]),
    ("撰稿人:栾海        摄影师:栾海\n", ["栾海", "栾海"], [("栾海", "撰稿人"), ("栾海", "摄影师")]),
    ("发布时间:2020-04-02 10:30:00 作者:栾海点击率:10609次来源:党群工作部\n", ["栾海"], [("栾海", "作者")]),
])
def test_credits(text, names, posts):
    found, positions = _credits(text)
    assert found == names
    assert positions == posts


@pytest.mark.parametrize("text", [
    "(记者 祁海澄 通讯员 吕晓彤)5月3日,县政协主席柏文远主持会议。",
    "作者:封雨桐 视频:戴一鸣\n编辑:滕思远\n晏子航:我们要抓好落实。(卞雨晴 郁立新)",
])
def test_credits_without_slash_or_photo_need_no_name_first_branches(text):
    found = [(m.span(), m.groupdict()) for m in _credit_re(True).finditer(text)]
    assert found and found == [(m.span(), m.groupdict()) for m in _credit_re(False).finditer(text)]



@pytest.mark.parametrize("text, names", [
    # a list sharing one title, one verb or 等
    ("市政协副主席柏立群、郁晓峰、祁会明、岑海,秘书长", ["岑海", "柏立群", "祁会明", "郁晓峰"]),
    ("县工作专班岑晓燕、郁靖、柏博、窦雨萱等同志到会指导", ["岑晓燕", "柏博", "窦雨萱", "郁靖"]),
    ("区领导郁广起、窦迎悦、柏进、祁大晶参加会议。", ["柏进", "祁大晶", "窦迎悦", "郁广起"]),
    ("委员郁海、窦青、艾力江·买买提出席", ["窦青", "艾力江·买买提", "郁海"]),
    # items whose surname the lexicon lacks, or transliterated, between known names
    ("副委员长郁晨、窦建明、艾力江·买买提明、柏东明、扎西顿珠、祁仲礼出席会议。",
     ["扎西顿珠", "柏东明", "祁仲礼", "窦建明", "艾力江·买买提明", "郁晨"]),
    ("省人大常委会副主任花立慧、郁卫国及秘书长窦读稳出席。", ["花立慧", "郁卫国"]),
    # a name before a title or 同志
    ("省咨询委郁建平主任,窦大可秘书长,柏重主任", ["柏重", "窦大可", "郁建平"]),
    ("以郁国栋同志为组长", ["郁国栋"]),
    ("省法院行装处郁红波副处长、民一庭窦红云法官等一行到市中院调研", ["窦红云", "郁红波"]),  # after an office
    ("传达了全会精神以及柏旭明书记的讲话精神。", ["柏旭明"]),
    # a name opening a clause before a verb of the genre
    ("窦明远主持会议。", ["窦明远"]),
    ("会议由柏思源主持,", ["柏思源"]),
    ("6月5日,窦建国召开防汛工作专题会议。", ["窦建国"]),
    ("市领导窦明远出席会议。", ["窦明远"]),  # after 领导
    ("街道领导柏意丽带队赴辖区开展检查。", ["柏意丽"]),
])
def test_names(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "党校、常务、智慧等方面",  # words that open with a surname character
    "安排工作,展现新作为。",
    "宁夏、安徽、文昌三地",  # divisions
    "高院、中院和基层法院",
    "高新、经开、城关等区参加。",
    "7月6日上午,戴庙镇召开对接会。",  # a town before a verb
    "委员们读原著、学原文、悟原理。",
    "组织政协委员和政协干部参加学习。",
])
def test_not_names(text):
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "索引号: 01512812X-201802-073266\n3月2日,镇党委召开会议。",  # a government page's field label
    "作者:小编\n6月2日,镇党委召开会议。",  # no writer's name
    "韩声在线6月3日讯 6月2日,镇党委召开会议。",  # an outlet's name before 在线
    "6月2日,法庭庭长向周院长作了介绍。",  # 向 (to) before a surname and a title
])
def test_page_words_where_a_name_might_stand_are_none(record_of, text):
    assert record_of(text)["persons"] == []


def test_a_list_of_units_is_no_list_of_names(record_of):
    text = "三区一县团委书记以及安工大、师专、职业技术学院三所高校的干部参加了会议。"
    assert record_of(text)["persons"] == []


@pytest.mark.parametrize("text, names", [
    ("近日,援青干部高立国、吴建新、白雪松、张为华五人深入牧区调研。", ["吴建新", "张为华", "白雪松", "高立国"]),
    ("会上,杨红霞、吴斌新、边关、牛华清8名委员围绕主题发言。", ["吴斌新", "杨红霞", "牛华清", "边关"]),
])
def test_a_list_counted_after_its_last_name(text, names):
    assert _names(text) == names


def test_a_photo_pointer_is_no_name(record_of):
    text = "城中区人大常委会主任周明远(右二)与钱雨辰代表(左一)在拉沟乡调研。\n"
    assert "左一" not in record_of(text)["persons"]


def test_a_photographers_name_fused_with_the_photo_mark(record_of):
    record = record_of("2月21日,江油市长周明远来到某公司察看生产线。 本报记者钱雨摄\n")
    assert "钱雨" in record["persons"] and "钱雨摄" not in record["persons"]


def test_names_listed_before_chairing_together(record_of):
    text = "1月9日,县政协十二届四次会议开幕。本次大会由周明远、钱雨辰、孙立华共同主持。\n"
    record = record_of(text)
    assert [e["leaders"] for e in record["events"]] == [["周明远", "钱雨辰", "孙立华"]]


def test_a_reference_back_by_surname_and_post_is_the_person_named_in_full(record_of):
    """商某书记 … 商书记一行: the secretary the article names; a reference with no one behind it stays."""
    text = ("6月27日,街道工委书记周明远、办事处主任钱雨辰带队检查。检查结束后,周书记一行又在社区召开推进会。"
            "周书记强调,要抓好落实。\n")
    record = record_of(text)
    assert "周书记" not in record["persons"] and {"周明远", "钱雨辰"} <= set(record["persons"])
    assert all("周明远" in e["leaders"] for e in record["events"])


def test_a_body_credited_is_no_person_and_a_reviewers_credit(record_of, triples):
    record = record_of("作者:青石区政协办             来源:青石区政协办\n")
    assert record["persons"] == []
    for credit in ("青湖网 |", "青石融媒    时间:", "青石县妇联      ", "福建闽侯法院  发布时间:2024-12-20"):  # an outlet or a body credited
        assert record_of(f"作者:{credit}\n")["persons"] == [], credit
    assert record_of("编辑:渝北孙立\n")["persons"] == ["孙立"]  # the editor's district, then the name
    record = record_of("作者:青川县法院 周明远 孙立华 发布时间:2012-08-06\n")  # the unit, then its writers
    assert record["persons"] == ["周明远", "孙立华"] and "青川县法院" in record["organizations"]
    record = record_of("记者:周明远    核稿:钱雨辰    摄影:孙立华\n")
    assert triples(record) == {("周明远", None, "记者"), ("钱雨辰", None, "核稿"), ("孙立华", None, "摄影")}


def test_credit_words_inside_running_text_are_no_credits(record_of):
    """工作者要…, 视频调度会议, 草案二审稿: 作者, 视频, 二审 inside words; set apart, they credit."""
    text = "广大妇女工作者要肩负起使命。参加行动视频调度会会议。法制委员会认为草案二审稿已基本成熟。\n"
    assert record_of(text)["persons"] == []
    assert record_of("来源:青林日报 作者:周明远\n")["persons"] == ["周明远"]
    assert record_of("新华社记者周明远报道\n")["persons"] == ["周明远"]
    assert record_of("本报讯 记者明绍远报道 11月3日,会议召开。\n")["persons"] == ["明绍远"]  # a surname the lexicon lacks: not 明绍远报


def test_a_list_that_ends_the_text_on_a_name(record_of):
    """A page cut off right after a list's last name (…、周明远、林峰): no error, the names kept."""
    assert {"周明远", "林峰"} <= set(record_of("出席会议的有钱雨辰、周明远、林峰")["persons"])


@pytest.mark.parametrize("text, name", [
    ("会议传达学习了周明远同志在全市党员干部大会上的讲话。\n", "周明远"),  # 了 before a name and 同志
    ("(报道:钱雨辰)\n", "钱雨辰"),
    ("孙立新 报道\n", "孙立新"),
    ("审核:周明远\n发布:钱雨辰\n", "钱雨辰"),
    ("文字:周明远\n核稿人:钱雨辰\n", "钱雨辰"),
    ("图文:东安路街道孙立新 审核领导:周明远 编辑:钱雨辰\n", "孙立新"),  # the street's staff, named after it
    ("图文:东安路街道孙立新 审核领导:周明远 编辑:钱雨辰\n", "周明远"),
])
def test_more_credits_and_a_comrade_after_le(record_of, text, name):
    assert name in record_of(text)["persons"]


def test_le_of_a_word_opens_no_name(record_of):
    """走访了解今年委员履职情况: 了 ends no word here, 了解 is one; no 解今年."""
    assert record_of("开展走访了解今年委员履职情况。\n")["persons"] == []


def test_four_names_listed_are_people_without_a_word_around_them(record_of):
    """作主题发言。甲乙、丙丁、戊己、庚辛、壬癸……: four or more names the lexicon reads, listed alone."""
    persons = record_of("会上,委员作主题发言。王意、武静、曹淑云、雷萍、李红、丁……\n")["persons"]
    assert persons == ["王意", "武静", "曹淑云", "雷萍", "李红"]
    assert record_of("会议研究了安全、环保、稳定、发展等工作。\n")["persons"] == []


def test_a_long_name_the_lexicon_cannot_read_stands_whole_in_a_list(record_of):
    """执行主席是:甲乙、敖登巴雅尔、丙丁…: a Mongolian name of five characters between separators."""
    persons = record_of("本次大会的执行主席是:周明远、敖登巴雅尔、钱雨辰、孙立新。\n")["persons"]
    assert persons == ["周明远", "敖登巴雅尔", "钱雨辰", "孙立新"]
    assert "县政协常委" not in record_of("出席会议的有:周明远、县政协常委、钱雨辰、孙立新。\n")["persons"]


def test_a_first_name_read_as_a_place_after_leaders_heads_the_list(record_of):
    """校领导高青、甲乙、丙丁: 高青 is a county's name too; after 领导, with names after it, a person."""
    persons = record_of("会上,校领导高青、周明远、钱雨辰、孙立新作交流发言。\n")["persons"]
    assert persons == ["高青", "周明远", "钱雨辰", "孙立新"]
    assert record_of("以洱海、云咖、云茶、云药、云花等内容为切入点。\n")["persons"] == []


def test_a_name_found_once_is_read_again_where_it_stands_whole():
    from kg.model import Mention
    from kg.names import named_again
    text = "周明远总书记出席。传达周明远主持会议时的讲话。周明远同志。"
    first = Mention("PERSON", "周明远", 0, 3)
    again = named_again(text, 0, len(text), [first])
    assert [m.start for m in again] == [text.find("周明远", 3), text.rfind("周明远")]
    assert named_again("周明远出席。周明远路小学。", 0, 12, [first]) == []  # a road named after no one here


def test_a_reference_back_by_surname_and_a_department_heads_post(record_of):
    """乌厅长 after 某厅党组书记、厅长乌某某: that person, not a person named 乌厅长."""
    text = ("2月23日上午,陕西省司法厅党组书记、厅长乌立新一行对扶风县人民调解工作进行了调研指导。"
            "在杏林镇,乌厅长认真察看了司法所。乌厅长要求加强调解。\n")
    assert record_of(text)["persons"] == ["乌立新"]


def test_a_list_of_leaders_after_the_bodies_they_lead(record_of):
    """市委、市政府、市人大领导甲、乙…出席 and 省委、省军区领导同志甲、乙…: the bodies listed before
    领导 (同志) are no names, and the names after it are people, however long the body before them."""
    rec = record_of("会议开幕。市委、市政府、市人大领导罗立京、陈小英、王世平、谢晓梅出席会议。\n")
    assert {"罗立京", "陈小英", "王世平", "谢晓梅"} <= set(rec["persons"])
    rec = record_of("会议开幕。省委、省人大常委会、省政府、省军区领导同志黄先立、李玉梅,省法院、省检察院主要负责同志龚立群、林小影出席。\n")
    assert {"黄先立", "李玉梅", "龚立群", "林小影"} <= set(rec["persons"])


def test_a_writers_and_a_photographers_credit_before_the_name(record_of, triples):
    """文/甲乙 图/丙丁, 宣传部 文、图/甲乙, (文/图 甲乙): the writer and the photographer, each named
    once (not 甲乙图); 终审:甲乙文/责任编辑 keeps its 文, and 文/本刊记者甲乙 is the reporter's credit."""
    rec = record_of("7月20日下午,学校召开会议。党委书记白立山出席。\n(文/钱小敏 图/陈立广)\n")
    assert {("钱小敏", None, "文"), ("陈立广", None, "图")} <= triples(rec) and "钱小敏图" not in rec["persons"]
    rec = record_of("7月20日下午,学校召开会议。党委书记白立山出席。(党委宣传部 文、图/韩立强)\n")
    assert {("韩立强", None, "文"), ("韩立强", None, "图")} <= triples(rec)
    rec = record_of("7月20日下午,学校召开会议。\n(审核:董小妙/终审:柏顺文/责任编辑:张小冉)\n")
    assert "柏顺文" in rec["persons"]
    rec = record_of("■ 文/本刊记者 熊 莺\n7月20日下午,学校召开会议。\n")
    assert ("熊莺", None, "记者") in triples(rec)


def test_notes_after_listed_names_and_those_elected(record_of):
    """甲乙(女)、丙丁(兼): a leadership list's notes of sex, nation or a post besides; 甲、乙成功当选."""
    text = ("某市残联第八次代表大会闭幕\n副主席:周立平、孙红梅(女)、钱明远(兼)、赵晓丽(女,兼)、马文清(回族)\n"
            "会议选举李桂兰为某镇妇联主席,王英、曾凤娇成功当选为某镇妇联兼职副主席。\n")
    assert {"周立平", "孙红梅", "钱明远", "赵晓丽", "马文清", "王英", "曾凤娇"} <= set(record_of(text)["persons"])


@pytest.mark.parametrize("opener", ["根据", "按照", "遵照", "受"])
def test_a_name_and_title_after_a_word_taking_a_person(opener):
    """根据甲乙省长批示, 受甲乙书记委托: the name after the word is the person the title follows."""
    r = to_record(extract_text(f"本报海口讯 6月3日,{opener}周明远省长批示要求,副省长钱雨辰带队检查。\n"))
    assert "周明远" in r["persons"]
    assert {"person": "周明远", "org": "海南省政府", "title": "省长"} in r["positions"]


@pytest.mark.parametrize("text, name", [
    ("区政府常务会议召开\n■钱冲\n6月6日,区政府常务会议召开。\n", "钱冲"),  # a byline's mark before the writer
    ("会议审议通过了工作计划。□黄和某\n", "黄和某"),  # the mark closing the piece
    ("为全面建成小康社会而努力奋斗!(青林镇人大 李子和)\n", "李子和"),  # the unit the writer signs for
])
def test_a_writer_named_by_a_mark_or_after_the_unit_in_a_closing_credit(text, name):
    assert name in to_record(extract_text(text))["persons"]


@pytest.mark.parametrize("text", ["■会议召开\n", "会议强调。□要求\n", "(左一为周明远)会议召开。\n"])
def test_no_writer_where_the_mark_or_bracket_holds_no_name(text):
    assert to_record(extract_text(text))["persons"] == []


@pytest.mark.parametrize("text, name", [
    ("在社区周明远书记的引导下,党员们参观了活动中心。", "周明远"),  # a unit by its place's kind before the name
    ("南苑街道钱雨辰副书记介绍了街道近年来的工作。", "钱雨辰"),
    ("温家宝总理在今年的《政府工作报告》中特别强调。", "温家宝"),  # jieba knows the name; its first two read as a word
    ("省疾控中心寄防所刘阳所长主持会议。", "刘阳"),  # after an institute, a station, a brigade (所, 站, 队)
    ("县林业站周明远站长介绍了情况。", "周明远"),
])
def test_a_name_before_its_title(text, name):
    assert name in [m.text for m in find_names(text, 0, len(text))]


def test_an_academician_is_of_the_academy_named_before_the_title():
    """中国工程院院士A, 中国科学院院士B、C: each academy's 院士."""
    record = to_record(extract_text("省科协主席、中国工程院院士周明远,中国科学院院士钱雨辰、孙立华出席。"), spans=False)
    posts = {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert {("周明远", "中国工程院", "院士"), ("钱雨辰", "中国科学院", "院士"), ("孙立华", "中国科学院", "院士")} <= posts


@pytest.mark.parametrize("verb", ["发来贺电", "致信祝贺", "致电慰问"])
def test_a_name_after_its_title_before_a_message_sent(verb):
    """市侨联主席甲乙发来贺电: the name ends before the verb of a message sent (生发 is no break)."""
    record = to_record(extract_text(f"省侨联副主席、市侨联主席周梅生{verb}。"), spans=False)
    assert "周梅生" in record["persons"]


@pytest.mark.parametrize("text, name", [
    ("(供稿:文教卫体委 编辑:周明远)\n", "周明远"),  # the unit credited first is no name, the editor after it is
    ("会议召开。\n值班编辑:钱雨辰\n", "钱雨辰"),  # 值班编辑: a role, not a speaker's name before a colon
    ("【编辑】:孙立新\n", "孙立新"),  # the role in brackets
    ("会议召开。\n(党委办公室 齐文桐)\n", "齐文桐"),  # an office signs in brackets before its writer
])
def test_credits_after_a_unit_a_duty_or_a_bracket(record_of, text, name):
    assert record_of(text)["persons"] == [name]


def test_a_titled_list_ends_on_he(record_of):
    """代表甲、乙和丙: the list's last after 和 holds the title too (a list of two or more before it)."""
    record = record_of("3月1日,法院院长走访了全国人大代表周明远、钱雨辰和孙立新,通报工作。\n")
    assert {("周明远", "代表"), ("钱雨辰", "代表"), ("孙立新", "代表")} <= {(p["person"], p["title"]) for p in record["positions"]}


def test_a_name_after_a_bracketed_programme_opens_a_clause(record_of):
    """【某新闻联播】甲主持召开…: the bracket closes before the name as a comma would."""
    for text in ("【某省新闻联播】周明远主持召开省政府第五次常务会议。\n", "[某省新闻联播]周明远主持召开省政府第五次常务会议。\n"):
        assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_presidiums_member_chairs(record_of):
    """会议由主席团成员甲主持: 成员 is a post (of the presidium, the group), and he chairs."""
    text = "3月5日,县人大会议举行主席团第一次会议。会议由主席团成员周明远主持。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_list_opening_a_clause_keeps_its_first_name_whole(record_of):
    persons = record_of("会上,虞卓明、孙立新等同志作中心发言。\n")["persons"]
    assert persons[:2] == ["虞卓明", "孙立新"]


def test_a_writers_credit_with_text_and_pictures(record_of):
    """(甲乙 文/图): the writer, 文 no part of the name; (本网记者 甲乙 文/图): the site's own reporter."""
    assert record_of("青林新闻网8月25日讯(卞雨泽 文/图)8月24日,会议召开。")["persons"] == ["卞雨泽"]
    record = record_of("青林网1月19日讯(本网记者 郁立晨 文/图)1月19日上午,会议开幕。")
    assert [(p["person"], p["title"]) for p in record["positions"]] == [("郁立晨", "记者")]


def test_a_bracketed_credit_opening_with_its_paper(record_of, triples):
    """(某某日报 记者 甲乙): the paper, then its reporter."""
    record = record_of("省委宣传部召开部务会议。(湖北日报 记者 黄小璐)\n")
    assert "黄小璐" in record["persons"] and ("黄小璐", None, "记者") in triples(record)


def test_a_second_role_fused_onto_the_name_before_it(record_of, triples):
    """(记者甲乙通讯员丙丁), no spaces: the reporter, then the correspondent."""
    record = record_of("区政协组织委员视察。(记者金立萍通讯员吴光明)\n")
    assert {("金立萍", None, "记者"), ("吴光明", None, "通讯员")} <= triples(record)


def test_a_bracketed_credit_of_names_joined_by_dun(record_of):
    """…出席会议。(甲乙、丙丁、戊己): the writers credited in brackets, 、 between them as a space would be."""
    record = record_of("省领导周明远出席会议。 (吴立哲、李凤平、符文信)\n")
    assert {"吴立哲", "李凤平", "符文信"} <= set(record["persons"]), record["persons"]


@pytest.mark.parametrize("text, names, not_names", [
    ("会议召开。\n河南日报客户端记者 李政/文 董良/图\n", {"李政", "董良"}, {"文董良"}),  # the second credit's name, not 文 + it
    ("会议召开。\n(某县新闻办 梁海平 王红伟图/文)\n", {"梁海平", "王红伟"}, {"红伟图"}),  # 图/文 closing a bracketed credit
])
def test_credits_with_their_roles_after_the_names(record_of, text, names, not_names):
    persons = set(record_of(text)["persons"])
    assert names <= persons and not persons & not_names, persons


def test_a_section_before_its_heads_title_is_no_name(record_of):
    """市残联康复科科长甲: 科 twice, the section and its head's title; 康复科 is no person."""
    assert record_of("市残联康复科科长庞立君出席会议。\n")["persons"] == ["庞立君"]


def test_a_press_conference_and_a_reprint_notice_credit_no_one():
    """发布会现场, 发布会介绍: the conference (发布会), no 发布 credit; 转载请注明…: a notice."""
    text = "6月25日,新闻发布会在南宁举行。发布会介绍,全区安全生产形势平稳。\n  发布会现场\n转载请注明出处。\n"
    mentions, positions = find_credits(text, 0, len(text))
    assert mentions == [] and positions == []


def test_a_second_outlets_reporter_in_one_byline():
    """(甲日报记者 甲乙 乙网记者 丙丁): the second outlet opens the second credit, no name of it."""
    assert _credits("宁川网1月8日讯(宁川日报记者 周明远 宁川网记者 钱雨辰)今天上午,会议召开。") == (
        ["周明远", "钱雨辰"], [("周明远", "记者"), ("钱雨辰", "记者")])
