"""kg.people: person names as the genre writes them (invented names)."""
import pytest

from conftest import positions_of
from kg.people import list_item, long_name, name_after_title, name_at, plausible


@pytest.mark.parametrize("text, i, name", [
    ("张建国主持会议", 0, "张建国"),
    ("主席张建国主持会议", 2, "张建国"),
    ("副主席赵丽华、钱志远出席", 3, "赵丽华"),
    ("副主席赵丽华、钱志远出席", 7, "钱志远"),
    ("王毅先后主持召开", 0, "王毅"),
    ("市政协召开会议", 0, None),
    ("会议召开", 0, None),
    ("总书记党中央的核心", 3, None),  # jieba's word for a body (党中央), no name of surname 党
    ("党组织主持会议", 0, None),
    ("主席咸明远会见考核组一行", 2, "咸明远"),  # a rarer surname of the 百家姓
    ("副部长钱建中反馈了考核意见", 3, "钱建中"),  # 反馈: a verb of the genre after a name
    ("钱书记到我镇实地调研", 0, None),  # a surname and a title: how the page calls someone, no name
    ("胡菁某、陆为民陪同", 4, "陆为民"),  # 为 opening a given name, a list's item before a verb of the genre
    ("总经理蒋俊全程陪同", 3, "蒋俊"),  # 全程陪同: an adverb of the genre after the name
    ("钱局长一行到村调研", 0, None),
    ("向全体委员作报告", 0, None),  # 向 a preposition before a common word (全体): no name
    ("向秋主持会议", 0, "向秋"),  # 向 a surname before a given name
    ("省委副书记钱和主持会议", 5, "钱和"),  # 和 alone as a given name, right after a title, before its verb
    ("钱和主持会议", 0, None),  # 和 with no title before: a conjunction as likely
    ("副主席钱良和来到区里看望", 3, "钱良和"),  # 和 ending a given name: no conjunction before 来到
    ("副主席钱良和柏某来到区里看望", 3, "钱良"),  # 和 joining two names
])
def test_name_at(text, i, name):
    assert name_at(text, i) == name


@pytest.mark.parametrize("word, ok", [
    ("郁建平", True), ("柏博", True), ("党校", False), ("智慧", False), ("纪律性", False), ("宁夏", False),
    ("秦娟", True), ("杨家", False),  # jieba's name tag nrfg: a name, but not a family (杨家)
    ("资源环境", False), ("欧阳建国", True),  # two common words; a compound surname and a given name
    ("洛桑平村", True), ("张家湾村", False),  # 村 may end a transliterated name (洛桑…), not a village's
    ("向奋战", False), ("向明远", True),  # 向奋战在一线: a preposition before a verb; 向 is a surname too
    ("副书记", False), ("副主任", False),  # 书记王某、副书记、纪委书记李某: a title in a list of posts
])
def test_plausible(word, ok):
    assert plausible(word) is ok


@pytest.mark.parametrize("text, item", [
    ("副委员长郁晨、扎西顿珠、柏仲礼出席", "扎西顿珠"),  # between separators, after a lexicon name
    ("副委员长郁晨、艾力江·买买提明、柏仲礼出席", "艾力江·买买提明"),
])
def test_list_item(text, item):
    pos = text.index(item)
    assert list_item(text, pos, len(text), first=False) == item


def test_a_list_opening_with_a_name_the_lexicon_cannot_read_before_a_dotted_one(record_of):
    text = "自治区人大常委会副主任维平、桑珠·多吉帕姆、尼玛顿珠、纪国林出席会议。\n"
    assert record_of(text)["persons"][:3] == ["维平", "桑珠·多吉帕姆", "尼玛顿珠"]


@pytest.mark.parametrize("text, name", [
    ("部长巴图孟和到机关调研", "巴图孟和"),
    ("县长次仁旺堆先后来到三个乡调研", "次仁旺堆"),  # a trip's verbs after the name
    ("县长格桑卓嘎莅临现场指导", "格桑卓嘎"),
    ("县长常委会在某地视察", None),  # no verb of a trip right after it
    ("县长宝力先后来到两个村", None),  # a two-character name and 先后, not one name of four
    ("委员全体委员到会", None),  # words, not a name
    ("主席率调研组赴地方调研", None),  # a verb and its group, not a name
    ("主席林秀文胜率委员开展活动", None),  # 胜率 is a word: a name of three and a stray character
    ("市长巴特孟和代表市政府通报上半年情况", "巴特孟和"),  # on behalf of a body, before what it reports
])
def test_long_name(text, name):
    assert long_name(text, 2, len(text)) == name


@pytest.mark.parametrize("text, name", [
    ("县委书记王某来我院视察。", "王某"),  # 来: a verb after the name
    ("市政协副主席李必来、李某出席。", "李必来"),  # 来 ending a name before a separator
    ("致公党主委周立先主持。", "周立先"),
    ("听取了检察长张某伟有关检察工作的汇报。", "张某伟"),  # 有关: a preposition after the name
    ("(记者 王某摄)", "王某"),  # 摄: the photo's credit
    ("本报记者宋某图为赵某为儿童赠书", "宋某"),
    ("主任申某军接受记者专访", "申某军"),
    ("副主席段其某、党组成员马某出席", "段其某"),  # 其 inside a name
    ("组织部长欧阳杰随同,县人大副主任王某陪同。", "欧阳杰"),  # 随同: a verb after the name
    ("县委副书记、县长龙小萍督导重点项目建设。", "龙小萍"),  # a trip's verb after the name
    ("县长龙萍督导重点项目建设。", "龙萍"),
    ("副县长周明检查安全生产工作。", "周明"),
    ("副市长周明慰问困难群众。", "周明"),
])
def test_names_before_and_ending_in_verb_characters(text, name):
    assert name_at(text, text.index(name)) == name


def test_a_pronoun_is_no_given_name():
    assert name_at("朱某时,向其汇报", 4) is None


def test_the_commoner_surname_heads_a_list_item(record_of):
    assert record_of("8月28日,县领导杨华某、王海某、林宜某参加视察。")["persons"][:1] == ["杨华某"]


@pytest.mark.parametrize("text, name", [
    ("11月30日,某区区委常委李政一行来海安考察。", "李政"),
    ("向政协委员通报情况。", None),
    ("高政府官员出席。", None),
])
def test_zheng_gives_names_but_no_body_word(text, name):
    from kg.people import name_at
    assert name_at(text, text.index(name) if name else 0) == name


def test_a_name_after_a_title_ends_where_a_common_word_starts(record_of):
    # 镇长某景福严重违纪: 严重 is a word, 福严 none; nothing in the follower list comes after
    rec = record_of("会上通报了原镇长袁景福严重违纪违法案件。")
    assert "袁景福" in rec["persons"], rec
    assert not {"宣传部", "向广大"} & set(record_of("省妇联宣传部副主席向广大妇女发出倡议。")["persons"])


def test_a_prefecture_listed_with_deputies_is_no_person(record_of):
    text = ("10月23日,福海县人大常委会主任托合提·阿不都、政协主席米娜·热合曼以及部分自治区、"
            "伊犁州人大代表和政协委员对重大项目进行视察。\n")
    assert "伊犁州" not in record_of(text)["persons"]


def test_a_common_word_after_a_title_is_no_name(record_of):
    text = "7月4日上午,宁川大学召开干部教师大会,宣布省委关于宁川大学党委书记任命的决定。校长钱雨辰主持会议。\n"
    assert "任命" not in record_of(text)["persons"]


def test_a_given_name_ending_in_wei_before_deng(record_of):
    rec = record_of("县委副书记、代县长周大为等在家县委常委参加会议。以钱雨辰为组长。\n")
    assert "周大为" in rec["persons"] and "钱雨辰" in rec["persons"] and "钱雨辰为" not in rec["persons"]


def test_a_county_before_a_deputies_group_is_no_person(record_of):
    rec = record_of("12月25日,重庆市第六届人大代表丰都联系组开展会前集中视察活动。市人大代表周明远参加视察。\n")
    assert "丰都" not in rec["persons"] and "周明远" in rec["persons"]


def test_a_given_name_ending_in_he_in_a_list(record_of):
    rec = record_of("自治区人大常委会副主任周国和、钱雨辰出席会议。孙立新和赵明远参加。\n", place="新疆维吾尔自治区")
    assert {"周国和", "钱雨辰"} <= set(rec["persons"]) and "周国" not in rec["persons"]


def test_a_given_name_ending_in_he_before_leading_a_group(record_of):
    rec = record_of("5月8日,南阳市委统战部副调研员周运和带队到南阳职业技术学院调研统战工作。孙立新和赵明远率队参加。\n")
    assert [(e["org"], e["leaders"]) for e in rec["events"]] == [("南阳市委统战部", ["周运和"])]
    assert "周运" not in rec["persons"] and not any(p.startswith("孙立新和") for p in rec["persons"])


def test_a_given_name_opening_with_he_before_a_verb(record_of):
    rec = record_of("9月29日,河北省人大常委会第九次会议闭幕。副省长吴宪明列席会议,省人大常委会副主任钱和平主持会议。"
                    "孙立新和赵明远参加。\n")
    assert [(e["org"], e["leaders"]) for e in rec["events"]] == [("河北省人大常委会", ["钱和平"])]
    assert "钱和" not in rec["persons"] and not any(p.startswith(("孙立新和", "孙和")) for p in rec["persons"])


def test_a_given_name_opening_with_wei_after_a_title(record_of):
    """主任周为民主持会议: 为 opens the given name right after a title (以钱雨辰为组长: a preposition, above)."""
    rec = record_of("3月2日,某市人大常委会召开会议。市人大常委会主任周为民主持会议。\n")
    assert [e["leaders"] for e in rec["events"]] == [["周为民"]] and "周为" not in rec["persons"]
    rec = record_of("6月19日上午,市政府副秘书长周为人到市生态环境局调研。\n")
    assert [e["leaders"] for e in rec["events"]] == [["周为人"]]  # before the trip's 到


def test_a_day_after_yu_ends_the_name(record_of):
    """教育长周明于8日出席: 于 (on) the day, no given name's last character."""
    rec = record_of("9月8日,省委党校教育长周明于8日出席开班式。\n")
    assert "周明" in rec["persons"] and "周明于" not in rec["persons"]


def test_a_name_of_two_before_the_day_and_a_visit(record_of):
    """省委书记某某8月21日走访慰问…: a date between a name and its verb ends the name."""
    rec = record_of("8月21日,省委书记周武8月21日走访慰问老战士。\n", place="山东省")
    assert "周武" in rec["persons"] and [e["leaders"] for e in rec["events"]] == [["周武"]]


def test_a_name_with_the_surname_rong(record_of):
    rec = record_of("4月24日上午,市政协主席容立萍主持召开市政协七届三次常委会议。\n", place="三亚市")
    assert [(e["org"], e["leaders"]) for e in rec["events"]] == [("三亚市政协", ["容立萍"])]


def test_a_meeting_after_a_title_is_no_name(record_of):
    assert record_of("5月6日,沈丘县召开县长周例会,县长钱雨辰主持。\n")["persons"] == ["钱雨辰"]


@pytest.mark.parametrize("name", ["訚德明", "禤明", "妥保平", "强华", "郄立新", "郅明远", "矫立新"])  # 强华: a rare word to jieba (2 uses)
def test_a_name_of_a_rare_surname_between_a_title_and_its_role_verb(record_of, name):
    text = f"5月21日,江油市委召开常委会会议。市委副书记{name}主持会议。市委常委钱雨辰出席会议并讲话。\n"
    record = record_of(text)
    assert name in record["persons"] and [e["leaders"] for e in record["events"]] == [[name]]


@pytest.mark.parametrize("name", ["元立新", "海明远", "代雨辰"])
def test_surnames_that_are_common_characters_too(record_of, name):
    """元, 海 (a Hui surname), 代: surnames borne by many, read after a title as any other."""
    assert name in record_of(f"6月3日,县人民检察院检察长{name}围绕服务大局作工作报告。\n")["persons"]


def test_a_mongolian_name_of_any_characters_between_a_title_and_its_role_verb(record_of):
    """巴根某: 根 counts things and 那 points, as characters of a transliterated name may."""
    text = "1月22日,某某旗政协召开常务委员会第九次会议,旗政协主席巴根那主持会议并讲话。\n"
    record = record_of(text)
    assert "巴根那" in record["persons"] and [e["leaders"] for e in record["events"]] == [["巴根那"]]


def test_a_mongolian_name_of_five_characters_between_a_title_and_its_role_verb(record_of):
    text = "1月9日,某某旗人大常委会召开会议,旗人大常委会主任宝音巴特尔主持会议。\n"
    record = record_of(text)
    assert "宝音巴特尔" in record["persons"] and [e["leaders"] for e in record["events"]] == [["宝音巴特尔"]]
    assert record_of("6月3日,调研组组长钱雨辰一行到某镇调研。调研组还到某村查看。\n")["persons"] == ["钱雨辰"]


@pytest.mark.parametrize("name", ["巴特尔朝鲁", "巴根那", "宝音"])
def test_a_name_the_lexicon_cannot_read_before_代表_a_body_and_the_role(record_of, name):
    """部长某某代表自治区党委主持召开会议: 代表 and the body it speaks for stand between the name
    and 主持, as the role verb does after it."""
    text = f"9月29日,自治区党委常委、统战部部长{name}代表自治区党委主持召开会议,向党外人士通报有关精神。\n"
    record = record_of(text)
    assert name in record["persons"] and [e["leaders"] for e in record["events"]] == [[name]]


def test_a_mongolian_name_before_the_verb_of_a_trip(record_of):
    text = "5月10日,旗人大常委会副主任宝力先后到格日朝鲁苏木、阿日昆都楞镇,通过座谈交流等方式调研指导。\n"
    assert "宝力" in record_of(text)["persons"]  # a surname the lexicon lacks


@pytest.mark.parametrize("words", ["也来", "又一次", "均"])
def test_an_adverb_between_a_title_and_its_role_verb_is_no_name(record_of, words):
    assert record_of(f"5月21日,江油市委召开常委会会议。市委书记{words}主持会议。\n")["persons"] == []


def test_a_tibetan_name_opening_with_a_name_word_before_its_role_verb(record_of):
    """洛桑 is in jieba's dictionary as a name: a four-character name may open with it."""
    text = "3月31日,自治区人大常委会第二十八次会议在拉萨开幕。自治区人大常委会主任洛桑次旺主持会议。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["洛桑次旺"]]


def test_a_supervision_commissioner_is_a_title(record_of):
    text = "5月20日下午,学校纪委召开纪委委员(扩大)会议。校纪委书记、省监察专员周明远主持会议并讲话。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_name_of_the_surname_lai_opening_a_clause(record_of):
    text = "9月20日,政协江油市第三届委员会常务委员会第二十八次会议召开。赖德明主持并讲话。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["赖德明"]]


def test_streets_in_a_list_are_no_names(record_of):
    text = "代表们对社区创建工作进行了视察,着重对南昌路、常熟路、安福路等路段进行了视察。\n"
    assert record_of(text)["persons"] == []


def test_no_name_is_read_into_a_report_of_a_committee(record_of):
    text = "会议听取了县政协常委会工作报告和提案工作情况报告。\n"
    assert record_of(text)["persons"] == []


def test_a_scope_after_a_surname_character_is_no_name(record_of):
    text = "2月13日,宁夏人大常委会召开在宁全国人大代表座谈会。在宁全国人大代表周明远等出席会议。\n"
    assert record_of(text)["persons"] == ["周明远"]


def test_names_before_going_and_a_name_opened_by_a_common_word(record_of):
    """市委书记甲前往…: 前往 follows a name; 王国某主持: 王国 is a word, but a name before 主持."""
    text = "6月13日,青林市委书记钱志宏前往市人大、市政协机关,调研领导班子建设情况。\n"
    record = record_of(text)
    assert record["persons"] == ["钱志宏"]
    assert [e["leaders"] for e in record["events"]] == [["钱志宏"]]
    assert "王国彬" in record_of("2月12日,公司召开讨论会。公司党委专职副书记、董事王国彬主持并讲话。\n")["persons"]
    assert record_of("截至目前,委员满意度为97%。\n")["persons"] == []


def test_a_count_after_a_list_of_names(record_of):
    """王甲、余乙、吴丙三位同志当选: 三位 counts them, no given name (文三位)."""
    text = "汪明远同志当选为镇长,王中苗、余跃华、吴自文三位同志当选为副镇长。\n"
    assert record_of(text)["persons"] == ["汪明远", "王中苗", "余跃华", "吴自文"]


def test_a_name_before_a_speech_made_and_no_group_read_as_a_name(record_of):
    """书记李某作讲话: 作 starts 作讲话; 主席团各成员, 常委会负责同志, 人大代表有关事项: no names."""
    assert record_of("区委书记周明作讲话,周明指出:要抓好落实。\n")["persons"] == ["周明"]
    assert record_of("马永先主持会议。\n")["persons"] == ["马永先"]
    text = ("会议由主席团常务主席周明远主持。主席团各成员出席会议。各县人大常委会负责同志列席会议。"
            "会议研究补选镇人大代表有关事项。\n")
    assert record_of(text)["persons"] == ["周明远"]


def test_names_before_what_they_made_and_before_an_academic_title(record_of):
    text = "审议通过市政协副主席、致公党天津市委会主委周明远所作的工作报告。青林师范大学校长钱雨辰教授出席。\n"
    assert record_of(text)["persons"] == ["周明远", "钱雨辰"]


def test_a_name_before_zuo_a_speech(record_of):
    assert record_of("区委书记李军做重要讲话,市人大常委会主任蒋卓庆做讲话。\n")["persons"] == ["李军", "蒋卓庆"]


def test_a_verb_before_zongshuji_is_no_name_and_deng_ends_a_rare_name(record_of):
    """学习贯彻总书记…: no 习贯彻; 常务副部长字某某等参加: the name without 等."""
    assert "习贯彻" not in record_of("要把学习贯彻总书记历次重要讲话结合起来。\n")["persons"]
    assert "字桂英" in record_of("州委统战部常务副部长字桂英等参加座谈。\n")["persons"]
    assert record_of("部分人大代表和政协委员应邀列席会议。\n")["persons"] == []  # 应邀: a verb jieba knows, no name
    assert "束明远" in record_of("市委副书记、市长束明远出席会议。\n")["persons"]  # 束: a rarer surname
    assert record_of("每年对赤水河流域(云南段)的落实情况开展督察。\n")["persons"] == []  # a province, then 段


def test_transliterated_names_by_any_dot_and_up_to_their_verb(record_of):
    """阿曼某•马木提出席: the page's dot kept, 提 the name's (not 提出); a listed one stops at its verb."""
    record = record_of("县政协副主席阿曼吐尔•马木提出席。\n")
    assert record["persons"] == ["阿曼吐尔•马木提"]
    record = record_of("副主席阿曼吐尔·马木提、买买提·艾力等出席。主任沙吾提·买买提、副主任古丽·艾力出席。\n")
    assert set(record["persons"]) == {"阿曼吐尔·马木提", "买买提·艾力", "沙吾提·买买提", "古丽·艾力"}


def test_transliterated_names_whose_parts_jieba_reads_as_words(record_of, triples):
    """阿不力米提, 买买提: parts spelled only by the characters of transliterated names are names,
    though jieba reads words in them (不力, 买买提); 委员提议题·月月谈 stays a programme; a name
    ends before 通过 (县长某某·某某通过视频会议主持)."""
    record = record_of("9月1日,县委副书记、县长阿不力米提·艾尔肯主持召开县政府第23次常务会议。\n")
    assert ("阿不力米提·艾尔肯", "县政府", "县长") in triples(record)
    assert record["persons"] == ["阿不力米提·艾尔肯"]
    assert record_of("委员们在村第一书记买买提·吐尔洪的带领下参观。\n")["persons"] == ["买买提·吐尔洪"]
    text = "6月2日,县长阿力木江·吐尔洪通过视频会议主持召开县政府常务会议。\n"  # 通过: a word after a name
    assert [e["leaders"] for e in record_of(text)["events"]] == [["阿力木江·吐尔洪"]]
    assert record_of("县政协开展委员提议题·月月谈活动。\n")["persons"] == []


def test_rarer_surnames_open_names():
    """强, 颉, 蒿 are surnames too (强某某 after a title, 颉某某主席)."""
    assert name_at("主席颉常乐主持会议", 2) == "颉常乐"
    assert name_at("书记蒿明远出席会议", 2) == "蒿明远"


def test_a_name_of_common_words_before_an_adverb_of_the_genre(record_of):
    """县委书记高建国亲切会见…, 专门看望…: a given name that is a word (建国) ends before an adverb
    of the genre (亲切, 专门, 特意, 随后), as before the verb itself."""
    for adverb in ("亲切", "专门", "特意", "随后"):
        record = record_of(f"8月1日,县委书记高建国{adverb}会见青林银行董事长钱雨辰一行。\n")
        assert "高建国" in record["persons"], adverb


def test_rarer_surnames_that_are_no_words(record_of):
    """逢, 苻, 遇, 呙: rarer surnames that are no common words open names after a title."""
    for name in ("逢立新", "苻雨辰", "遇明远", "呙正宇"):
        assert name in record_of(f"3月1日,院党委召开会议,院党委书记{name}主持会议。\n")["persons"], name


def test_a_speaker_named_alone_below_a_speechs_title(record_of):
    """…会议上的讲话 / 甲乙 / (2018年5月31日) / 各位委员: the speaker; a name-like line elsewhere is none."""
    text = "在县人大常委会第四次会议上的讲话\n\n周明远\n\n(2018年5月31日上午)\n\n各位委员:\n本次会议议程全部完成。\n"
    assert record_of(text)["persons"] == ["周明远"]
    assert record_of("会议要求\n\n孙立华\n\n加强学习。\n")["persons"] == []


@pytest.mark.parametrize("text, names", [
    ("会议决定接受孙楚辞去青林市市长职务。", ["孙楚"]),  # 辞去: a word after a name (not 楚辞)
    ("提名钱巍坪同志为青石县县长候选人。", ["钱巍坪"]),
    ("会议决定任命周明远为市公安局局长,免去赵立新的市财政局局长职务。", ["周明远", "赵立新"]),
    ("审议通过王琛辞去常务副主席职务、增补张东海为常务副主席的事项。", ["王琛", "张东海"]),
])
def test_names_in_a_personnel_decision(record_of, text, names):
    """任命甲为, 提名甲同志为, 接受甲辞去…职务, 免去甲的…职务: the decision names whom it concerns."""
    assert record_of(text)["persons"] == names


def test_names_end_before_zhengzai_and_ye_and_take_no_fu_or_you(record_of):
    """镇党委书记甲正在…: the name ends before 正在; 主席甲乙来也出席: 也 after it keeps three
    characters; 分管副市长任副组长, 联席会由院长…: 副 and 由 open no given name."""
    assert "李明杰" not in record_of("9月25日,该镇党委书记李明正在为全体镇村干部辅导。\n")["persons"]
    assert "李明" in record_of("9月25日,该镇党委书记李明正在为全体镇村干部辅导。\n")["persons"]
    assert "赵文来" in record_of("当天,该市总工会主席赵文来也出席了会议。\n")["persons"]
    assert record_of("成立了由市长任组长、分管副市长任副组长的领导小组。\n")["persons"] == []
    assert record_of("党委会由院党委书记宋明远主持,党政联席会由院长王正宇主持。\n")["persons"] == ["宋明远", "王正宇"]


def test_an_assistant_to_a_banks_head_in_the_bank(record_of, triples):
    """某银行党委委员、行长助理甲: the bank's assistant head (行长助理 is one title, held in the bank)."""
    record = record_of("8月1日,市委书记周明远会见青林银行党委委员、行长助理孙立新一行。\n")
    assert ("孙立新", "青林银行", "行长助理") in triples(record)


@pytest.mark.parametrize("text, name", [
    ("钱立锋专题推介了新城资源", "钱立锋"),  # 专题: no verb of the genre, a word of its own after the name
    ("周晓英充分肯定了这次活动", "周晓英"),
    ("孙秀玥非常关注遵义", "孙秀玥"),  # a rare given character jieba tags as a word (玥)
    ("张永新指示精神", "张永新"),  # 永新 is a place's name, still a given name after a title
    ("郑欣却利用双休日时间", "郑欣"),  # 却: a function word, the name is two
    ("齐聚常德", None),  # 常德 a word: 常 opens it, no function word after a name
    ("齐聚一堂", None),  # jieba reads 齐聚一堂 as one word: no name ends inside it
    ("向于立足基层", None),  # 向: a preposition as often as a surname
    ("阿力木江·吐尔洪通过视频", None),  # a transliterated name: dotted_name's
    ("钱书记到会", None),  # a surname and a title
])
def test_name_after_title(text, name):
    """After a title, a name whatever word follows it (副主任某某专题推介 …)."""
    assert name_after_title(text, 0, len(text)) == name


def test_a_name_after_its_title_before_any_word_gets_the_post():
    from kg.pipeline import extract_text
    from kg.record import to_record
    record = to_record(extract_text("3月1日,座谈会召开。副省长钱立锋向代表通报情况,省人大代表孙秀玥非常关注交通。\n"))
    assert {"钱立锋", "孙秀玥"} <= set(record["persons"])
    assert {(p["person"], p["title"]) for p in record["positions"]} >= {("钱立锋", "副省长"), ("孙秀玥", "代表")}


def test_a_long_name_opening_with_a_prepositions_character_chairs(record_of):
    """主任向巴某某主持: a Tibetan name whose first character is also a preposition (向), four long,
    right before 主持; not 主任向大会作报告."""
    text = "9月22日,自治区人大常委会主任向巴扎西主持召开自治区人大常委会第二十次会议。\n"
    assert [e["leaders"] for e in record_of(text, place="西藏自治区")["events"]] == [["向巴扎西"]]
    assert record_of("9月22日,自治区人大常委会主任向大会作报告。\n", place="西藏自治区")["persons"] == []


def test_a_career_told_by_pronoun_names_no_one_and_转任_ends_a_name(record_of):
    """2021年9月,他出任…: 他 opens no name (no 他出); 主任钱雨辰转任…: 转任 follows the name, and
    主任's 任 is no surname (no 任钱雨辰)."""
    text = "2021年9月,他出任南通市委副书记、代市长。2019年12月,他调职任昆山市委书记。\n"
    assert record_of(text)["persons"] == []
    text = "2023年12月,时任省纪委书记、省监委主任钱雨辰转任河南省委常委、省纪委书记。\n"
    record = record_of(text)
    assert record["persons"] == ["钱雨辰"] and ("钱雨辰", "河南省委", "常委") in positions_of(record)


@pytest.mark.parametrize("text, persons", [
    ("集团公司新任董事长、党委书记柏挺革出席。", ["柏挺革"]),  # 司 ends 公司: no 司新
    ("转载请注明出处,谢谢合作!", []),  # 合 opens 合作: no 谢谢合
    ("市政协主任何志强出席。", ["何志强"]),  # 主任何某: 任何 is a word, but 主任 a title's end
    ("自治区副主席柏可为主持会议并讲话。", ["柏可为"]),  # 为主 runs on, but 主持 follows the name
])
def test_no_name_cuts_a_common_word(record_of, text, persons):
    assert record_of(text)["persons"] == persons


def test_a_name_of_three_before_a_stray_character_that_makes_a_word_with_the_verb(record_of):
    text = "上图为11月30日县政协主席林秀文胜率驻东坪乡联络站委员开展活动。\n"
    record = record_of(text)
    assert "林秀文" in record["persons"] and "林秀文胜" not in record["persons"]


def test_a_given_name_opening_with_zai_after_a_title(record_of):
    rec = record_of("7月5日,省委统战部副部长周在田带队赴绵阳市调研。县长孙立新在会上讲话。\n", place="四川省")
    assert [(e["org"], e["leaders"]) for e in rec["events"]] == [("四川省委统战部", ["周在田"])]
    assert not any(p.startswith("孙立新在") for p in rec["persons"])


def test_a_name_jieba_knows_as_a_famous_ones_inside_a_list(record_of):
    rec = record_of("旗人大常委会副主任周丽华、巴图、宝玉、钱占鹏及17位委员出席会议。\n")
    assert ["周丽华", "巴图", "宝玉", "钱占鹏"] == [p["person"] for p in rec["positions"] if p["title"] == "副主任"]


def test_an_adjective_after_a_title_is_no_name(record_of):
    rec = record_of("民进太原市委会主委周守耀,秘书长孙立新陪同。周守耀主委简要介绍了民进的基本情况。\n")
    assert "简要" not in rec["persons"] and "周守耀" in rec["persons"]


@pytest.mark.parametrize("text", ["学习贯彻习近平总书记海南考察时的重要讲话精神。\n", "学习贯彻总书记安徽考察重要讲话精神。\n"])
def test_a_province_toured_after_the_title_is_no_name(record_of, text):
    """总书记海南考察时的重要讲话: the province toured, no person 海南 holding the title."""
    record = record_of(text)
    assert not {"海南", "安徽"} & set(record["persons"])


@pytest.mark.parametrize("text, not_name", [
    ("祝大家在新的一年生活和谐。\n", "祝大家"),
    ("夹城巷社区一位居民在社区会议室,向正在街道会议室述职的社区书记提问。\n", "向正"),
])
def test_a_wish_or_a_preposition_before_a_word_is_no_name(record_of, text, not_name):
    """祝大家…: a wish to everyone (大家 is never a given name); 向正在…: to + 正在, no name 向正."""
    assert not_name not in record_of(text)["persons"]


@pytest.mark.parametrize("text, name", [
    ("8月5日,市科技局党组书记、局长张和先带领工作组到镇原县调研。\n", "张和先"),  # 和 opening a given name, before 带领
    ("8月5日,局长宋和平带领工作组到镇原县调研。\n", "宋和平"),
])
def test_a_given_name_with_he_before_leading(record_of, text, name):
    """某和先带领…: 和 in a given name, before the verb of who leads, is the name's."""
    record = record_of(text, place="庆阳市")
    assert name in record["persons"]
    assert any(name in e["leaders"] for e in record["events"]), record["events"]


def test_a_name_named_again_before_an_adverb(record_of):
    """…厅长甲乙到某地调研。…,甲乙即召集…,召开碰头会: 即 (at once) is no given name; the chair is 甲乙."""
    record = record_of("10月29日,省公安厅厅长严建到兰州调研。实地调研结束后,严建即召集工作组,召开调研情况碰头会。\n", place="甘肃省")
    assert "严建即" not in record["persons"]
    assert any(e["name"].endswith("碰头会") and e["leaders"] == ["严建"] for e in record["events"]), record["events"]


@pytest.mark.parametrize("text, not_name", [
    ("最后,龙建修副书记做了总结讲话。\n", "做了总结"),  # 了: no long name holds it
    ("区长寄语全区广大教师要做到心中有方向。\n", "要做"),  # 做到 a word: 要做 no name before it
])
def test_a_verb_phrase_after_a_title_is_no_name(record_of, text, not_name):
    assert not_name not in record_of(text)["persons"]


def test_a_rarer_surname_after_a_title(record_of, triples):
    """省长信某某: 信, a surname borne by officials, opens a name after a title."""
    record = record_of("省委副书记、省长信明远在西宁会见客人。\n", place="青海省")
    assert ("信明远", "青海省政府", "省长") in triples(record)


def test_a_name_of_one_given_character_before_an_adverb(record_of, triples):
    """镇党委书记王强依然坚持: 依然 an adverb after the name, 依 no given name's."""
    record = record_of("镇党委书记陈强依然坚持每周走访。\n", place="武汉市新洲区")
    assert "陈强" in record["persons"]


def test_a_preposition_after_a_title_opens_no_name(record_of):
    """总书记关于高等教育的重要论述: 关于 (about) is no surname and given name, though 高等 follows."""
    record = record_of("会议深入学习总书记关于高等教育的重要论述。书记汪立群主持。\n")
    assert record["persons"] == ["汪立群"]


def test_a_preposition_after_a_two_character_name_is_no_part_of_it(record_of, triples):
    """总经理某某针对…作了部署: 针对 (as to) follows the name, 针 no third character of it."""
    record = record_of("集团公司总经理杜岩针对集团当前面临的形势作了部署。\n")
    assert record["persons"] == ["杜岩"]
    assert ("杜岩", "集团公司", "总经理") in triples(record)


def test_a_name_before_guan_mo_ends_before_it(record_of):
    """厅长甲乙观摩指导: 观摩 (observe) follows the name, 观 no given name's."""
    record = record_of("省公安厅党委书记、厅长孔建观摩指导。\n", place="甘肃省")
    assert record["persons"] == ["孔建"]


def test_a_meeting_word_is_no_given_name(record_of):
    """联席会议成员单位: 席 + 会议 before the title 成员 is no person (a surname before a meeting's word)."""
    text = "11月14日,某街道召开区域化党建联席会议,会议由街道党工委书记林苏某主持,党建联席会议成员单位负责人参加。\n"
    record = record_of(text)
    assert record["persons"] == ["林苏某"]
    assert [e["leaders"] for e in record["events"]] == [["林苏某"]]


def test_the_count_of_names_before_tongzhi_is_no_part_of_a_name(record_of):
    """县委书记甲、县长乙二同志率…: 二 counts the two comrades; both lead the trip."""
    text = "3月28日上午,县委书记周明远、县长钱立新二同志率县直有关部门负责人前往城关镇调研。"
    record = record_of(text)
    assert "钱立新" in record["persons"] and "钱立新二" not in record["persons"]
    assert [e["leaders"] for e in record["events"]] == [["周明远", "钱立新"]]


def test_a_rarer_surname_of_officials_and_a_verb_it_opens():
    """强 bears officials' names (副主席强立新一行); 强调 after a title is what is said, no name."""
    assert name_at("县政协副主席强立新一行来我室考察交流", 6) == "强立新"
    assert name_at("戴董事长强调要做好主业", 4) is None
    assert name_at("引导广大委员强化责任担当", 6) is None


def test_a_name_before_what_the_person_said():
    """部长甲乙说,…: 说 opens what was said, no given name's last character."""
    assert name_at("宣传部部长郑莉说,要加强宣传", 5) == "郑莉"
    assert name_at("厅长周明远说:要加强", 2) == "周明远"


def test_a_list_of_names_ends_where_a_levels_body_follows():
    """经济区管委会主任甲、县工业和商务局党委书记乙: the second item opens a county bureau, no name."""
    assert list_item("主任周明远、县工业和商务局党委书记杨绍龙等陪同调研", 6, 26, False) is None


def test_a_given_name_opening_with_he_right_after_a_title():
    """局长某和明围绕…: 和 opens the given name after a title; 局长甲和李明: 和 joins two."""
    assert name_at("会上,市住建局局长黄和明围绕主要指标作了汇报", 9) == "黄和明"
    assert name_at("局长黄和李明出席", 2) is None
