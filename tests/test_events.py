"""kg.events: dated meetings, inspections, research trips, trainings and activities."""
import pytest

from conftest import positions_of
from kg.events import event_date, held_as_headlined
from kg.model import Event

MEETING = ("本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议。"
           "市政协副主席赵丽华、钱志远、孙红梅出席。")


@pytest.mark.parametrize("sentence, pub_date, expected", [
    ("6月18日至19日,江油市政协开展专题视察。", None, "06-18"),
    ("6月18日至19日,江油市政协开展专题视察。", "2024-06-28", "2024-06-18"),
    ("6月18日—19日,江油市政协开展专题视察。", "2024-06-28", "2024-06-18"),
    ("6月30日至7月2日,江油市政协开展专题视察。", None, "06-30"),
    ("8月6日,会议召开。", None, "08-06"),
    ("2023年12月30日,会议召开。", "2025-01-03", "2023-12-30"),
    ("12月30日,会议召开。", "2025-01-03", "2024-12-30"),  # a later month than the paper's: last year
    ("1月2日,会议召开。", "2025-01-03", "2025-01-02"),
    ("近日,会议召开。", "2024-06-28", None),
    ("4日上午,县政协召开主席会议。", "2024-06-28", "2024-06-04"),  # a day of the paper's month
    ("2025年1127日,区长主持会议。", None, "2025-11-27"),  # a scraper lost the 月
    ("1216日,省政协召开主席会议。", None, "12-16"),
    ("时间:2026-03-18 11:36:523月16日,高院党组召开扩大会议。", None, "03-16"),  # a time run on into the date: 23月 no month
    ("2015724日上午9时,区长主持会议。", "2015-07-31", "2015-07-24"),  # 年 and 月 both lost: the year written
    ("2021112日,会议召开。", None, None),  # 2021年1月12日 or 11月2日: no reading
    ("111日,会议召开。", None, None),  # 1月11日 or 11月1日: no reading
    ("119日上午,会议开幕。", "2026-01-20", "2026-01-19"),  # the reading nearest before the paper's date
    ("119日上午,会议开幕。", "2025-11-20", "2025-11-09"),
    ("119日,会议召开。", "2024-06-01", None),  # neither reading within two months before
    ("33日,区长主持召开区长办公会议。", "2025-03-04", "2025-03-03"),  # no 33rd: 3月3日
    ("120下午,县政协第六次会议开幕。", None, "01-20"),  # 月 and 日 both lost: 1月20日, 12月0日 no day
    ("1122下午,市政协主席调研。", "2023-11-25", "2023-11-22"),
    ("为反馈评查情况,729日,正值周日,院长约谈各县院长。", "2018-07-30", "2018-07-29"),  # a clause's fused day
    ("为反馈评查情况,须在120日内整改完毕。", "2018-07-30", None),  # a span of days, no date
    ("1121-22日,省科协党组书记赴林区调研。", "2023-11-25", "2023-11-21"),  # a range's first day, its month fused on
    ("119上午,会议开幕。", None, None),  # 1月19日 or 11月9日, no page date to choose
    ("会议共计220日。", None, None),
    ("29日下午,县政协召开主席会议。", "2024-07-02", "2024-06-29"),  # still to come: the month before
    ("31日,县政协召开主席会议。", "2024-07-02", None),  # there is no 6月31日
    ("今天下午,县政协召开主席会议。", "2024-03-01", "2024-03-01"),
    ("昨日,县政协召开主席会议。", "2024-03-01", "2024-02-29"),
    ("县政协第五次会议今早开幕。", "2024-03-01", "2024-03-01"),  # this morning, last night: the named days
    ("县政协第五次会议昨晚闭幕。", "2024-03-01", "2024-02-29"),
    ("4日上午,县政协召开主席会议。", None, None),  # without the paper's date, no month
    ("第十四届第4日程。", "2024-06-28", None),
    ("11月4、5日,省检察院专职委员张建国一行到大祥区院调研。", None, "11-04"),  # two days: the first
    ("为贯彻落实11月28日全市调度会精神,11月29日开始,区应急管理局局长周权带队督导。", None, "11-29"),  # from that day on
])
def test_event_date(sentence, pub_date, expected):
    assert event_date(sentence, pub_date) == expected


def test_date_range_in_an_article(record_of):
    text = "本报江油讯(通讯员王晓梅)6月18日至19日,江油市政协主席张建国带队开展专题视察。"
    assert [e["date"] for e in record_of(text)["events"]] == ["06-18"]
    assert [e["date"] for e in record_of(text, pub_date="2024-06-28")["events"]] == ["2024-06-18"]


def test_page_header_year_dates_the_events(record_of):
    page = ("2 综 合 2024年6月28日 星期五 责任编辑：林小雨\n\n江油市政协视察农文旅融合发展工作\n"
            "本报江油讯(通讯员王晓梅)6月18日至19日,江油市政协主席张建国带队开展专题视察。\n")
    record = record_of(page)
    assert record["pub_date"] == "2024-06-28"
    assert [e["date"] for e in record["events"]] == ["2024-06-18"]


def test_meeting_of_a_sub_body_is_held_by_the_committee(record_of):
    events = record_of(MEETING)["events"]
    assert len(events) == 1
    event = events[0]
    assert (event["org"], event["type"], event["date"]) == ("绵阳市政协", "meeting", "06-12")
    assert "党组(扩大)会议" in event["name"]


def test_meeting_leader(record_of):
    assert record_of(MEETING)["events"][0]["leaders"] == ["张建国"]


def test_every_name_of_a_list_attends(record_of):
    assert record_of(MEETING)["events"][0]["attendees"] == ["赵丽华", "钱志远", "孙红梅"]


def test_leader_and_attendee_named_in_the_next_sentence(record_of):
    text = ("本报北川讯(通讯员王晓梅)6月12日,县政协十届五次常委会会议召开。"
            "县政协主席赵德明主持会议,县委副书记周立平出席会议并讲话。")
    events = record_of(text)["events"]
    assert [(e["org"], e["date"], e["leaders"], e["attendees"]) for e in events] == [
        ("北川羌族自治县政协", "06-12", ["赵德明"], ["周立平"])]


def test_attendee_named_after_the_leaders_sentence(record_of):
    text = ("本报北川讯(通讯员王晓梅)6月12日,县政协十届五次常委会会议召开。县政协主席赵德明主持会议。"
            "县委副书记周立平出席会议并讲话。")
    events = record_of(text)["events"]
    assert [(e["leaders"], e["attendees"]) for e in events] == [(["赵德明"], ["周立平"])]


def test_led_inspection(record_of):
    text = ("本报江油讯(通讯员王晓梅)6月18日至19日,江油市政协主席张建国带队,组织部分市政协委员开展"
            "“推进农文旅融合发展”专题视察。市政协副主席赵丽华参加视察。")
    events = record_of(text)["events"]
    assert len(events) == 1
    e = events[0]
    assert (e["org"], e["type"], e["date"]) == ("江油市政协", "inspection", "06-18")
    assert e["leaders"] == ["张建国"] and e["attendees"] == ["赵丽华"]


@pytest.mark.parametrize("clause, kind", [
    ("绵阳市政协召开主席会议", "meeting"),
    ("绵阳市政协召开重点提案督办座谈会", "meeting"),
    ("绵阳市政协开展专题视察", "inspection"),
    ("绵阳市政协开展专题调研", "research"),
    ("绵阳市政协举办委员履职能力提升培训班", "training"),
    ("绵阳市政协开展主题读书分享活动", "activity"),
])
def test_event_types(record_of, clause, kind):
    events = record_of(f"本报绵阳讯(通讯员王晓梅)6月12日,{clause}。")["events"]
    assert [(e["org"], e["type"], e["date"]) for e in events] == [("绵阳市政协", kind, "06-12")]


@pytest.mark.parametrize("text", [
    "本报绵阳讯(通讯员王晓梅)6月12日,张建国主持召开会议。会议要求,要深入开展调查研究,精心组织好专题协商会。",
    "本报绵阳讯(通讯员王晓梅)6月12日,张建国主持召开会议。会议强调,要常态化开展“委员接待日”活动。",
])
def test_tasks_set_by_a_meeting_are_not_events(record_of, text):
    assert len(record_of(text)["events"]) == 1


def test_studied_meetings_are_not_events(record_of):
    text = ("本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协召开党组(扩大)会议,"
            "传达学习中央全面深化改革委员会第五次会议精神。")
    events = record_of(text)["events"]
    assert [(e["org"], e["date"]) for e in events] == [("绵阳市政协", "06-12")]


def test_undated_article_events_have_no_date(record_of):
    events = record_of("本报绵阳讯(通讯员王晓梅)近日,绵阳市政协召开主席会议。")["events"]
    assert [e["date"] for e in events] == [None]


def _pairs(events):
    return [(e["org"], e["date"], e["leaders"]) for e in events]


def test_led_research_group_is_held_by_the_leaders_body(record_of):
    text = ("4月17日至22日,绵阳市政协副主席张建国率市政协农业和农村委员会专题调研组在江油调研。"
            "调研组先后前往多个村镇实地查看。")
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "04-17", ["张建国"])]


def test_a_group_of_another_body_led_on_a_trip_is_that_bodys(record_of):
    """甲(全国政协委员、某市人大副主任)带领省政协委员第二十八组到某县调研: the CPPCC whose group
    it is holds the trip; 带领县发改委负责人: people taken along, the leader's own trip."""
    text = ("7月20日,全国政协委员、青林大学教授周明远,全国政协委员、绵阳市人大副主任赵德明带领"
            "四川省政协委员第二十八组到江油市青莲镇调研乡村振兴工作。\n")
    assert _pairs(record_of(text)["events"]) == [("四川省政协", "07-20", ["周明远", "赵德明"])]
    text = "7月20日,绵阳市委书记周明远带领市发改委负责人到江油市青莲镇调研。\n"
    assert _pairs(record_of(text)["events"]) == [("绵阳市委", "07-20", ["周明远"])]


def test_led_inspection_group_of_a_congress_standing_committee(record_of):
    text = ("4月20日上午,绵阳市人大常委会副主任张建国率检查组来我区,就地方组织法实施情况进行执法检查。"
            "区人大常委会主任赵德明陪同。")
    assert _pairs(record_of(text)["events"]) == [("绵阳市人大常委会", "04-20", ["张建国"])]


@pytest.mark.parametrize("clause", [
    "绵阳市政协副主席张建国一行到江油调研",
    "绵阳市政协副主席张建国深入江油调研",
    "绵阳市政协副主席张建国对江油部分重点项目进行调研",
])
def test_a_leaders_trip(record_of, clause):
    assert _pairs(record_of(f"10月26日上午,{clause}。")["events"]) == [("绵阳市政协", "10-26", ["张建国"])]


def test_a_visit_by_a_list_is_led_by_its_first_name(record_of):
    text = "11月7日,绵阳市政协主席张建国、副主席赵丽华走访看望部分企业界政协委员。"
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "11-07", ["张建国"])]


def test_chair_named_paragraphs_later(record_of):
    text = ("9月2日,绵阳市政协召开专题会议,部署节日期间工作。\n"
            "会议要求,各级政协组织要把节日期间工作作为重要任务。\n"
            "会议以视频形式召开,绵阳市政协副主席张建国主持会议。")
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "09-02", ["张建国"])]


def test_chair_after_you(record_of):
    text = "6月28日晚上,绵阳市政协召开换届工作推进会。会议由市政协副主席张建国主持。"
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "06-28", ["张建国"])]


def test_a_towns_meeting_is_held_by_its_party_committee(record_of):
    text = "8月23日,青石镇召开换届选举工作动员部署会。镇三套班子领导参加会议。"
    assert _pairs(record_of(text)["events"]) == [("青石镇党委", "08-23", [])]
    assert _pairs(record_of(text.replace("召开", "隆重召开"))["events"]) == [("青石镇党委", "08-23", [])]
    assert [e["org"] for e in record_of("8月23日,全镇召开换届选举工作动员部署会。")["events"]] != ["全镇党委"]
    held_in = record_of("近日,为推进整改,在青石镇召开警示教育大会。")["events"]  # the town is where, not who
    assert not any((e["org"] or "").startswith("在") for e in held_in), held_in
    for opening in ("防汛形势严峻。", "防汛形势严峻。\n"):  # a sentence's opening subject, not only a clause's
        assert [e["org"] for e in record_of(opening + "青石镇召开党建工作会议。")["events"]] == ["青石镇党委"]
    studied = "7月27日,青石镇召开周一例会学习,会议传达了防汛工作要求。"  # a standing meeting, its business after it
    assert _pairs(record_of(studied)["events"]) == [("青石镇党委", "07-27", [])]
    told = "3月31日,一场特殊的考试在青石镇举行。这是青石镇组织召开的年度工作述职报告会。"  # 这是: no part of the town's name
    assert [e["org"] for e in record_of(told)["events"]] == ["青石镇党委"]


def test_presidium_of_a_congress_session(record_of):
    text = "1月27日,省十三届人大一次会议主席团举行第二次会议。大会主席团常务主席张建国、赵德明出席会议。张建国主持会议。"
    assert _pairs(record_of(text, place="四川省")["events"]) == [("四川省人大", "01-27", ["张建国"])]


def test_a_body_named_with_its_term_holds_its_meeting(record_of):
    text = "3月4日下午,州委书记张建国主持召开九届州委常委会第15次会议。"
    events = record_of(text, place="凉山彝族自治州")["events"]
    assert _pairs(events) == [("凉山彝族自治州委", "03-04", ["张建国"])]


def test_a_meeting_announced_with_its_own_date(record_of):
    text = "2月16日上午,省人大常委会举行第二次主任会议。会议决定,省十四届人大常委会第一次会议2月18日在成都举行。"
    events = record_of(text, place="四川省")["events"]
    assert sorted((e["org"], e["date"]) for e in events) == [("四川省人大常委会", "02-16"), ("四川省人大常委会", "02-18")]


def test_passive_meeting_with_date_and_place(record_of):
    text = "本站讯 绵阳大学院级党组织书记会于3月30日下午在科技楼报告厅召开。校党委常委赵德明主持会议。"
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("03-30", ["赵德明"])]


def test_collective_bodies_in_a_name_do_not_hold_it(record_of):
    text = "12月10日,绵阳市政协召开市县政协主席座谈会。"
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "12-10", [])]


def test_a_meeting_in_a_documents_title_is_no_event(record_of):
    text = "6月12日,绵阳市政协召开主席会议。会议审议了《关于召开市政协五届三次会议的决定(草案)》。"
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "06-12", [])]


def test_a_lead_opening_with_its_source_is_dated(record_of):
    text = "据《某某日报》报道,6月12日上午,绵阳市政协召开主席会议。"
    assert [e["date"] for e in record_of(text)["events"]] == ["06-12"]


def test_a_span_of_time_ends_the_leads_date(record_of):
    text = ("据《某某日报》报道,6月12日上午,全国政协副主席张建国率调研组在江油调研。\n"
            "3月中旬至今,多位副主席率调研组赴地方调研:\n全国政协副主席赵丽华率调研组到山西调研;")
    dates = {e["leaders"][0]: e["date"] for e in record_of(text)["events"]}
    assert dates == {"张建国": "06-12", "赵丽华": None}


def test_undated_sentence_takes_the_leads_date(record_of):
    text = "6月12日,绵阳市政协召开主席会议。会前,张建国还主持召开了市政协党组会议。"
    assert sorted(e["date"] for e in record_of(text)["events"]) == ["06-12", "06-12"]


def test_a_tour_cited_is_an_undated_event_of_the_visitors_body(record_of):
    text = "6月12日,绵阳市政协召开党组会议,传达学习省委书记张建国在江油调研时的讲话精神。"
    events = record_of(text, place="四川省")["events"]
    assert ("四川省委", None, ["张建国"]) in _pairs(events)


def test_a_meeting_announced_takes_no_later_chair(record_of):
    text = ("2月16日上午,省人大常委会举行第二次主任会议。会议决定,省十四届人大常委会第一次会议2月18日在成都举行。"
            "省人大常委会副主任张建国主持会议。")
    events = record_of(text, place="四川省")["events"]
    assert sorted((e["date"], e["leaders"]) for e in events) == [("02-16", ["张建国"]), ("02-18", [])]
    text = ("1月22日,区政协召开三届三次常委会。会议决定于2022年1月26日—28日召开政协青州市满城区第三届委员会第二次会议。\n"
            "区政协副主席张建国主持会议。")  # the meeting to come named after 召开, its day before it
    events = record_of(text)["events"]
    assert sorted((e["date"][-5:], e["leaders"]) for e in events) == [("01-22", ["张建国"]), ("01-26", [])]
    text = ("省人大常委会第十九次主任会议5日在福州召开。会议决定,11月20日至23日在福州召开省人大常委会第七次会议。\n"
            "受省人大常委会主任钱雨辰委托,省人大常委会副主任张建国主持会议。")  # 决定, and the day after the comma
    events = record_of(text, place="福建省", pub_date="2024-11-06")["events"]
    assert sorted((e["date"][-5:], e["leaders"]) for e in events) == [("11-05", ["张建国"]), ("11-20", [])]


def test_headline_names_the_event_the_body_describes(record_of):
    text = ("市政协召开民主党派座谈会\n\n9月27日下午,市政协约请各民主党派负责人就当前工作进行座谈。"
            "市政协主席张建国主持会议。")
    assert _pairs(record_of(text)["events"]) == [("市政协", "09-27", ["张建国"])]


def test_a_commission_and_supervisory_body_named_together(record_of):
    text = "9月2日,绵阳市纪委监委召开专题会议。市纪委常委张建国主持会议。"
    assert [e["org"] for e in record_of(text)["events"]] == ["绵阳市纪委监委"]


def test_a_tour_cited_in_a_list_of_speeches(record_of):
    text = ("7月28日,绵阳市政协召开党组会议,学习了张建国总书记在中央某会议上、在江油考察时的重要讲话精神。")
    events = record_of(text)["events"]
    assert ("中共中央", None, ["张建国"]) in _pairs(events)


def test_a_task_set_mid_clause_is_no_event(record_of):
    text = "9月2日,绵阳市政协召开主席会议。根据工作安排,各级政协组织要组织明察暗访。"
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "09-02", [])]


def test_organisation_department_and_organising_member_are_no_verbs(record_of):
    text = ("3月30日,绵阳大学召开院级党组织书记会。校党委常委、组织部部长赵德明主持会议。"
            "最后,镇组织委员钱志远对换届工作进行培训。")
    events = record_of(text)["events"]
    assert [(e["date"], e["leaders"]) for e in events] == [("03-30", ["赵德明"])]


def test_organising_members_is_a_verb(record_of):
    text = "6月15日,绵阳市政协组织委员就残疾人帮扶救助工作情况进行了调研。"
    assert _pairs(record_of(text)["events"]) == [("绵阳市政协", "06-15", [])]


def test_a_trip_restated_undated_in_a_list_is_one_event(record_of):
    text = ("据本报报道,4月17日至22日,绵阳市政协副主席张建国率调研组在江油调研。\n3月以来,副主席们分赴各地:\n"
            "绵阳市政协副主席张建国率调研组到江油调研;\n绵阳市政协副主席赵德明率调研组到北川调研。")
    assert sorted(_pairs(record_of(text)["events"]), key=str) == [
        ("绵阳市政协", "04-17", ["张建国"]), ("绵阳市政协", None, ["赵德明"])]


def test_standing_committee_meeting_without_the_word_meeting(record_of):
    text = "3月4日,绵阳市委书记张建国主持召开市委常委(扩大)会,传达学习有关会议精神。"
    assert _pairs(record_of(text)["events"]) == [("绵阳市委", "03-04", ["张建国"])]


def test_a_leader_receives_visitors(record_of):
    """会见: the host's body holds the call and the host leads it (the gold records a call's host as its
    leader 15 times in 16), not the guest who heads the party received."""
    text = "5月8日,绵阳市政协主席张建国在绵阳会见江油市政协主席赵德明一行。"
    events = record_of(text)["events"]
    assert [(e["org"], e["type"], e["date"], e["leaders"]) for e in events] == [
        ("绵阳市政协", "meeting", "05-08", ["张建国"])]
    text = "5月8日,绵阳市委书记张建国会见了由江油市政协主席赵德明为团长的考察团一行。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]


def test_hosts_who_receive_severally_lead_no_one_call(record_of):
    text = "督查期间,绵阳市委书记张建国,市长钱雨辰分别会见了督查组一行。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [[]]


def test_a_meeting_cited_with_its_date(record_of):
    text = "8月6日,绵阳市政协召开党组会议,传达学习7月30日中央政治局会议精神。"
    assert sorted((e["org"], e["date"]) for e in record_of(text)["events"]) == [
        ("中共中央政治局", "07-30"), ("绵阳市政协", "08-06")]


def test_a_meeting_cited_by_its_speakers_words_there(record_of):
    """总书记4月26日在某座谈会的讲话精神: the forum, dated, of the speaker's body (named for no body)."""
    text = ("7月9日上午,州委党校召开党委理论学习中心组学习会,学习领会习近平总书记4月26日在深入推进"
            "长江经济带发展座谈会的讲话精神。\n")
    assert ("中共中央", "04-26") in {(e["org"], e["date"]) for e in record_of(text)["events"]}


def test_a_trip_known_from_who_went_along(record_of):
    text = ("9月4日上午,江油市委副书记、市长张建国深入市电机厂等项目施工现场,了解工程进度。\n"
            "张建国强调,各项目主抓部门要争分夺秒抓进度。\n江油市政府办主任钱志远一同督导。")
    assert _pairs(record_of(text)["events"]) == [("江油市政府", "09-04", ["张建国"])]


def test_an_event_known_from_who_attended_it(record_of):
    text = ("4月16日,绵阳市人大常委会启动委托区县人大常委会执法检查工作。\n"
            "此次执法检查以市人大常委会名义开展。\n市人大常委会副主任张建国出席启动会议。")
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("绵阳市人大常委会", "04-16")]


def test_an_event_known_from_who_attended_it_below_a_headline(record_of):
    """The lead need not open the page: a headline (and a cited tour) may come before it."""
    text = ("周明远赴青林职业技术学院宣讲\n7月6日下午,青石大学党委书记周明远赴青林职业技术学院宣讲。\n"
            "青林职业技术学院全体教职工参加了宣讲会。宣讲会由青林职业技术学院院长钱志远主持。\n"
            "周明远强调,要以总书记视察甘肃重要讲话精神为指导。")
    events = [(e["org"], e["name"], e["date"], e["leaders"]) for e in record_of(text)["events"] if e["date"]]
    assert events == [("青林职业技术学院", "宣讲会", "07-06", ["钱志远"])]


def test_a_trip_known_from_who_took_part_in_it(record_of):
    """参加调研: the lead's traveller led it, though the lead's own wording names no trip."""
    text = ("边境一线巡边纪实\n3月28日至29日,旗委书记张建国深入部分驻旗边防部队及青格勒图苏木、巴彦温都尔苏木边境派出所、部分嘎查调研督导重点工作。\n"
            "旗委常委、组织部部长钱志远及相关部门负责人参加调研。")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("03-28", ["张建国"])]


def test_a_trip_known_from_who_took_part_in_it_is_not_its_reporters(record_of):
    text = ("某某新闻网讯(记者 周小明)3月4日,自治区党委常委、组织部部长吴国强到永宁县某镇村、企业等地,"
            "实地了解基层党组织建设工作。\n市委常委、组织部部长王明参加调研。")
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("宁夏回族自治区党委组织部", "03-04", ["吴国强"])]


def test_a_delegation_led_by_two_joined_by_he(record_of):
    # 在A和B率领下: both lead; A, a city's deputy and the county's secretary, for the county's committee
    text = ("3月3日,某县党政代表团在市政协副主席、县委书记吴丽华和县委副书记、县长周明远率领下,赴外地进行学习考察。")
    assert [(e["org"], e["leaders"]) for e in record_of(text + "\n")["events"]] == [("县委", ["吴丽华", "周明远"])]


def test_whose_plan_it_follows_is_no_subject(record_of):
    text = ("张建国赴萨嘎县宣讲\n9月13日上午,根据区党委的安排部署,区高级人民法院院长张建国深入联系点萨嘎县进行了宣讲。\n"
            "县干部群众参加了宣讲会。")
    events = record_of(text)["events"]
    assert events and all("党委" not in (e["org"] or "") for e in events), events


@pytest.mark.parametrize("chain, body", [
    ("江油市委副书记、市长", "江油市政府"),
    ("江油市委常委、常务副市长", "江油市政府"),
    ("江油市委书记、市人大常委会主任", "江油市委"),
])
def test_a_leader_acts_for_the_body_of_their_chief_post(record_of, chain, body):
    text = f"10月26日上午,{chain}张建国率调研组到青莲镇调研。"
    assert _pairs(record_of(text)["events"]) == [(body, "10-26", ["张建国"])]


def test_a_bodys_group_on_a_trip(record_of):
    text = "5月9日,江油市政协调研组赴青莲镇调研乡村振兴工作。"
    assert _pairs(record_of(text)["events"]) == [("江油市政协", "05-09", [])]


def test_a_session_opens(record_of):
    text = "1月9日上午,江油市政协十届三次会议在市会议中心隆重开幕。"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("江油市政协", "01-09")]


def test_the_group_restating_its_leaders_trip(record_of):
    text = ("8月18日上午,江油市人大常委会副主任张建国带领考察团来我县考察代表联络站建设情况。"
            "江油市人大考察团一行先后深入到多个社区参观考察。")
    assert _pairs(record_of(text)["events"]) == [("江油市人大常委会", "08-18", ["张建国"])]


@pytest.mark.parametrize("text", ["6月12日,青莲镇召开人大主席团会议,镇人大主席张建国主持会议。",
                                  "6月12日上午,宁川县青莲镇隆重召开第十四届人民代表大会第六次会议。会议由镇党委书记张建国主持。"])
def test_a_towns_congress_meeting_is_held_by_its_congress(record_of, text):
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("青莲镇人大", "06-12")]


@pytest.mark.parametrize("sentence, org, kind", [
    ("江油市委理论学习中心组举行集体学习", "江油市委", "meeting"),
    ("江油市纪委监委召开警示教育大会", "江油市纪委监委", "meeting"),
    ("江油市人大常委会主任张建国带队深入青莲镇开展执法检查", "江油市人大常委会", "inspection"),
    ("江油市第十八届人民代表大会第三次会议隆重开幕", "江油市人大", "meeting"),
    ("政协江油市第十届委员会第三次会议在市会议中心开幕", "江油市政协", "meeting"),
])
def test_more_event_words(record_of, sentence, org, kind):
    events = record_of(f"6月5日,{sentence}。")["events"]
    assert [(e["org"], e["type"], e["date"]) for e in events] == [(org, kind, "06-05")]


@pytest.mark.parametrize("sentence, org", [
    ("学校在图书馆报告厅召开述职测评大会", "学校"),
    ("我校在行政楼报告厅召开党委全委(扩大)会议", "学校党委"),  # the page writes neither 学校党委 nor 校党委
    ("集团召开第三次党代会动员部署工作会议", "集团"),
    ("学校在莲湖校区召开党委会", "学校党委"),  # 学校's committee, as 学校 names it
    ("学校召开党委会。校党委书记周明远主持", "校党委"),  # the page's own word for it
    ("学校召开党委会。学校党委书记周明远主持", "学校党委"),
])
def test_a_unit_named_by_its_kind(record_of, sentence, org):
    assert [e["org"] for e in record_of(f"1月14日上午,{sentence}。")["events"]] == [org]


def test_a_preamble_is_not_a_task(record_of):
    text = "根据学校党委工作安排及考核测评要求,1月14日上午,学校在图书馆报告厅召开述职测评大会。李国强书记主持述职测评大会。"
    assert _pairs(record_of(text)["events"]) == [("学校", "01-14", ["李国强"])]


@pytest.mark.parametrize("text", [
    "6月5日,在江油市政协主席张建国的带领下,部分政协委员对全市防汛工作进行视察。",
    "6月5日,江油市政协召开主席会议。江油市政协主席张建国出席会议并主持。",
    "6月5日,江油市政协召开主席会议。江油市政协主席张建国同志主持会议。",
])
def test_more_ways_to_lead(record_of, text):
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]


def test_the_date_that_opens_a_clause(record_of):
    text = "为落实6月1日会议精神,6月5日上午,江油市政协召开主席会议。"
    assert [e["date"] for e in record_of(text)["events"]] == ["06-05"]


def test_a_leader_who_convenes(record_of):
    text = "6月5日,江油市市长张建国召开防汛工作专题会议。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]


def test_those_who_go_along_attend(record_of):
    text = "6月5日,江油市市长张建国主持召开防汛工作专题会议。副市长赵德明陪同。"
    events = record_of(text)["events"]
    assert [(e["leaders"], e["attendees"]) for e in events] == [(["张建国"], ["赵德明"])]


def test_a_tour_told_takes_the_date(record_of):
    text = "6月5日,江油市委书记张建国在青莲镇调研时强调,要深入学习贯彻重要讲话精神。"
    assert _pairs(record_of(text)["events"]) == [("江油市委", "06-05", ["张建国"])]


def test_a_traveller_who_holds_a_trip(record_of):
    text = "6月5日,江油市人民检察院党组书记、检察长张建国到青莲镇开展调研。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]


def test_a_democratic_partys_committee_is_no_meeting(record_of):
    text = "6月5日,民革江油市委会召开全体委员会议。"
    assert [e["name"] for e in record_of(text)["events"]] == ["全体委员会议"]


def test_a_photos_pointer_after_the_leader(record_of):
    text = "6月5日,江油市政协主席张建国(右一)率队走访民革界别委员小组。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]


def test_two_who_chair_together(record_of):
    text = "6月5日,江油市政协召开座谈会,市政协主席张建国与副主席赵德明共同主持。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国", "赵德明"]]


def test_a_meeting_cited_by_its_chairs_speech(record_of):
    text = ("6月24日,绵阳市政协召开党组会议,传达学习了张建国总书记在某次集体学习、"
            "主持召开中央某某委员会第五次会议时的重要讲话精神。")
    events = record_of(text)["events"]
    assert ("中央某某委员会", None, ["张建国"]) in _pairs(events)
    assert ("绵阳市政协", "06-24", []) in _pairs(events)


def test_a_congress_named_with_its_term_after_a_preposition(record_of):
    text = "1月9日上午,在江油市第十八届人民代表大会第三次会议开幕会上,代表们听取了报告。江油市第十八届人民代表大会第三次会议隆重开幕。"
    assert {e["org"] for e in record_of(text)["events"]} == {"江油市人大"}


@pytest.mark.parametrize("text", [
    "6月5日,江油市总工会召开全委会议。",
    "6月5日,江油市红十字会召开理事会议。",
])
def test_bodies_ending_in_hui_hold_meetings(record_of, text):
    assert [e["name"] for e in record_of(text)["events"]] == [text.split("召开")[1].rstrip("。")]


def test_heads_of_a_delegation_lead_it(record_of):
    text = ("11月25日,绵阳市政协组织委员开展集中视察活动。活动以市政协主席张建国为团长,"
            "以市政协副主席赵丽华、钱志远为第二视察分团团长的视察团视察了江油市。")
    (event,) = [e for e in record_of(text)["events"] if e["leaders"]]
    assert event["leaders"] == ["张建国", "赵丽华", "钱志远"]


def test_a_study_groups_session_is_a_meeting(record_of):
    text = "9月29日上午,区局、处两级中心组集中学习在区工人文化宫举行,区委书记张建国主持会议。"
    assert [(e["type"], e["leaders"]) for e in record_of(text)["events"]] == [("meeting", ["张建国"])]


@pytest.mark.parametrize("text", [
    "3月20日,某省政协副主席张建国,省政协副秘书长、办公厅主任赵丽华等一行到江油就茶产业发展进行调研。",
    "3月20日,某省政协副主席张建国一行在江油市副市长赵丽华、钱志远陪同下,赴江油专题调研茶产业发展。",
    "3月20日,某省政协副主席张建国、副秘书长赵丽华等一行来到江油,通过座谈交流的形式,就茶产业发展进行指导及调研。",
    # 先后到…, 通过…等方式, 对…进行调研: the one who went, however many means are listed
    "3月20日至22日,某旗人大常委会副主任张建国先后到甲苏木、乙镇,通过座谈交流、听取工作介绍、实地察看等方式,对当前重点工作进行调研指导。",
])
def test_a_party_on_a_trip_is_led_by_its_first_name(record_of, text):
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]


def test_a_body_after_dui_is_what_a_trip_studies_not_who_goes(record_of):
    text = ("12月1日,西平县人大常委会副主任张建国一行对西平县检察院公益诉讼工作开展调研,"
            "县检察院党组书记、检察长赵丽华,党组成员钱志远等人陪同调研。")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("西平县人大常委会", ["张建国"])]


def test_a_trip_told_after_other_work_on_it(record_of):
    text = "3月26日,市委书记张建国到柴桑区、濂溪区开展巡河巡湖工作,并调研防汛备汛有关情况。\n"
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("03-26", ["张建国"])]


def test_a_bare_day_takes_its_month_from_a_date_told_inside_the_sentence_before(record_of):
    """The lead opens with what the news is for, after the page's furniture: no lead date to fall back on
    (the year is the page's, from its 时间: line under the header)."""
    text = ("青川党校\n院校要闻\n\n省委党校决策咨询部一行到我校调研智库基地建设情况\n\n作者:钱立新 审定:赵丽华 \n|\n"
            "来源:科研部 |\n时间:2021-05-27 |\n分享到:\n\n"
            "为进一步加强智库基地建设,推动决策咨询和智库基地建设各项工作持续扎实开展,5月25日,"
            "省委党校决策咨询部主任张建国一行到我校(院)开展智库基地建设情况调研。25日下午,"
            "省委党校决策咨询部智库基地调研座谈会在我校(院)三会议室召开,校(院)二级调研员赵丽华出席并主持调研座谈会。\n")
    assert [e["date"] for e in record_of(text)["events"] if e["leaders"] == ["赵丽华"]] == ["2021-05-25"]


def test_who_came_to_hold_an_activity_leads_it(record_of):
    text = "7月19日上午,市人大常委会副主任张建国来我县开展接待代表日活动。县人大常委会主任赵丽华陪同。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]
    text = "7月19日上午,市人大常委会副主任张建国到会指导县政协召开的座谈会。\n"  # 到会: attending
    assert [e["leaders"] for e in record_of(text)["events"]] == [[]]


def test_a_deputy_secretary_general_acts_for_the_party_he_helps_lead(record_of):
    text = ("7月25日至30日,吉林省政协副秘书长、民盟吉林省委专职副主委张建国率队分别对延边州、白山市就县域人口课题进行实地调研。"
            "调研期间,张建国副主委率队先后到长白县开展主题教育活动。\n")
    record = record_of(text)
    assert {e["org"] for e in record["events"]} == {"民盟吉林省委"} and "率队" not in record["persons"]


def test_a_place_named_meeting_a_departments_officer_chairs_is_the_departments(record_of):
    text = "3月20日,固始县台胞台属代表座谈会召开,县委统战部常务副部长张建国主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("固始县委统战部", ["张建国"])]
    text = "8月29日,南通市新的社会阶层人士统战工作推进会在海安市召开。会议由南通市委统战部副部长、市侨办主任张建国主持。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["南通市委统战部"]  # a post in the department, whichever comes first
    text = "3月20日,固始县委召开党外人士座谈会,县委统战部常务副部长张建国主持会议。\n"  # the committee's, as written
    assert [e["org"] for e in record_of(text)["events"]] == ["固始县委"]


def test_an_officer_of_two_bodies_chairs_a_meeting_on_one_bodys_work_for_it(record_of):
    text = ("3月10日,南华县召开打击整治枪爆违法犯罪专项行动推进会。县委常委、政法委书记赵丽华出席会议并讲话,"
            "副县长、县公安局党委书记、局长张建国主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("南华县公安局", ["张建国"])]
    text = "2月28日,正蓝旗召开全旗政法暨信访维稳工作会议。政府副旗长、公安局局长张建国主持会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["正蓝旗委"]  # the party's work: its committee's
    text = "4月8日,南华县召开县直相关单位宗教工作联席会议。县委统战部副部长、民宗局局长张建国主持会议。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"] if e["leaders"]] == [("南华县民宗局", "04-08")]  # 宗教: both bodies' work; the one he heads


def test_a_trip_verb_after_a_name_and_its_title(record_of):
    text = "四、8月21日下午,张建国副省长调研三宝瓷谷,市委书记赵丽华,市长钱志远等领导陪同调研。\n"
    assert [(e["type"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("research", "08-21", ["张建国"])]
    text = "会议强调,要牢记习近平总书记视察湖北时的殷殷嘱托。大家观看了习近平总书记考察社区的新闻报道。\n"
    assert record_of(text)["events"] == []  # tours recalled


def test_a_tour_cited_by_a_name_and_its_title(record_of):
    text = "7月22日下午,陕西省高级人民法院召开党组扩大会,传达学习最高人民法院张建国院长到陕西法院调研考察时的重要指示精神。\n"
    assert ("最高人民法院", None, ["张建国"]) in [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]]


def test_a_tour_cited_with_a_long_list_of_what_else_was_said_is_undated(record_of):
    text = ("10月26日,青岚重工集团党委书记、董事长张建国主持召开党委会议,认真学习习近平总书记在福建、安徽考察和会见出席"
            "中国国际友好大会暨某协会成立70周年纪念活动外方嘉宾时的重要讲话精神。\n")
    assert ("中共中央", None) in [(e["org"], e["date"]) for e in record_of(text)["events"]]


def test_a_meeting_no_one_holds_in_a_party_committees_room_is_its(record_of):
    text = "4月23日晚,在碧寨乡党委会议室召开党政班子成员、村党总支书记安排部署会,要求压实责任。\n"
    assert [e["org"] for e in record_of(text, place="龙陵县")["events"]] == ["碧寨乡党委"]


def test_a_preamble_citing_requirements_is_no_task(record_of):
    text = ("按照省人大常委会办公厅关于《某省人大常委会关于组织三级人大、四级代表联动开展“千名代表视察千项工程”活动的方案》要求和县人大常委会工作要点,4月25日,"
            "县人大常委会主任张建国带领视察组对全县重点项目进行视察。")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("04-25", ["张建国"])]


def test_the_outlet_holds_no_event(record_of):
    text = "江油新闻网讯(通讯员 赵丽华)6月12日,张建国一行到大祥区院调研,并召开了院党组座谈会。"
    assert all(e["org"] != "江油新闻网" for e in record_of(text)["events"])


@pytest.mark.parametrize("text", [
    "10月16日,恒川集团召开党委理论学习中心组(扩大)研讨会议。会议由集团党委副书记、总经理张建国主持。",
    "9月11日,恒川大学召开9月份党委理论学习中心组(扩大)学习会。会议由党委副书记、校长张建国主持。",  # the month's
])
def test_a_units_party_committee_holds_its_committees_meeting(record_of, text):
    org = "恒川集团党委" if "集团" in text else "恒川大学党委"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [(org, ["张建国"])]


def test_a_bureaus_party_committee_meeting_is_the_bureaus(record_of):
    """A 党委会 chaired by a bureau's 党委书记、局长 is the bureau's sitting, as its 党组会议 is."""
    text = "3月14日,市局召开党委会,研究部署工作。副市长、市公安局党委书记、局长张建国主持会议并讲话。"
    assert [(e["org"], e["leaders"]) for e in record_of(text, place="淄博市")["events"]] == [("淄博市公安局", ["张建国"])]


def test_a_headlines_trip_takes_the_date_of_a_lead_below_it(record_of):
    """The headline names who led; the body, opening below it, only the date."""
    text = ("县政协主席张建国带队赴平湖考察\n发布时间: 2020-06-29 17:20:40\n近日,县政协考察组一行前往平湖学习交流。\n"
            "6月22日召开的座谈会上,两地政协进行了深入探讨交流。")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("2020-06-22", ["张建国"])]


def test_an_inspection_of_how_titled_regulations_are_applied(record_of):
    """对我市贯彻实施《某条例》《某条例》情况进行执法检查; the group's head (任组长), not its deputies."""
    text = ("5月27日,市人大常委会对我市贯彻实施《青州市物流中心建设条例》《青州市金融中心建设促进条例》情况进行执法检查。"
            "执法检查组由市人大常委会主任周明远任组长,副主任钱雨辰、秘书长孙立华任副组长。")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("05-27", ["周明远"])]


def test_a_chair_named_after_a_body_without_a_title(record_of):
    text = "5月28日,镇党委召开全镇动员大会。会议由镇党委周明远主持。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_an_event_known_from_who_chaired_it(record_of):
    """The page's only event named where its chair is (主持专题学习会): the chair's committee holds it."""
    text = ("青州市人民医院传达学习会议精神\n10月22日,青州市人民医院对学习宣传贯彻工作进行部署。"
            "党委书记周明远主持专题学习会。")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("青州市人民医院党委", ["周明远"])]


def test_a_report_on_an_inspection_is_no_trip(record_of):
    text = "2月20日,镇党委召开会议。会上,副镇长周明远对环境拉练检查情况进行了通报。"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("镇党委", [])]


def test_a_session_closed_yesterday_afternoon_by_the_pages_stamp(record_of):
    """`www.… 2013-01-08 10:18 来源:…` dates the page; 昨日下午…闭幕 is the day before."""
    text = ("青州市政协十二届二次会议胜利闭幕\nwww.example.cn 2013-01-08 10:18 来源:青州日报\n"
            "本报讯 市政协十二届二次会议圆满完成了各项议程,昨日下午在青州国际会展中心胜利闭幕。")
    assert [e["date"] for e in record_of(text)["events"]] == ["2013-01-07"]


def test_a_speech_at_an_opening_session_opens_nothing(record_of):
    """…在州政协第九届委员会第四次会议开幕会上的讲话: 开幕会 is a noun, no meeting opening there."""
    text = "1月4日下午,出席会议的政协委员分组讨论州委书记周明远在州政协第九届委员会第四次会议开幕会上的讲话。"
    assert not any("讨论" in e["name"] for e in record_of(text)["events"])


def test_a_report_on_how_a_campaign_went_is_no_event(record_of):
    text = ("17日,民盟青州省委“不忘合作初心,继续携手前进”主题教育活动调研座谈会在青城举行。民盟青州省委副主委周明远出席会议\n"
            "会上,民盟青山州委主委钱雨辰代表民盟青山州委向盟省委汇报了开展“不忘合作初心,继续携手前进”主题教育活动情况。")
    assert [e["name"][-5:] for e in record_of(text)["events"]] == ["调研座谈会"]


def test_a_towns_party_congress_under_the_partys_full_name(record_of):
    text = "2024年2月22日,中国共产党青山镇第十六届代表大会第三次会议胜利召开。"
    assert [e["org"] for e in record_of(text)["events"]] == ["青山镇党委"]


def test_a_companys_study_group_is_its_party_committees(record_of):
    text = "8月16日,集团党委书记、董事长张建国在集团三楼会议室主持召开中心组学习会议。"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("集团党委", ["张建国"])]


def test_a_tour_named_to_cite_its_speeches_is_no_trip(record_of):
    text = "8月16日,集团召开学习会议,贯彻落实市委书记张建国调研系列讲话精神。"
    assert all(e["leaders"] != ["张建国"] for e in record_of(text)["events"])


def test_the_chair_named_before_the_title(record_of):
    text = "11月20日,九三学社绵阳市委召开二届二次市委会议。会议由张建国主委主持。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]


def test_a_secretariats_member_acts_for_its_body(record_of):
    text = "12月30日,团中央书记处常务书记张建国主持召开全团基层工作电视电话会议。"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("共青团中央", ["张建国"])]


def test_a_central_standing_committee_cited_with_its_date(record_of):
    text = "5月8日,学院党委召开中心组学习会,学习了总书记在4月29日中央政治局常委会上的重要讲话精神。"
    events = {(e["org"], e["date"]) for e in record_of(text)["events"]}
    assert events == {("学院党委", "05-08"), ("中共中央政治局常委会", "04-29")}


def test_whom_a_person_leads_is_no_subject(record_of):
    text = "12月20日,西华县人大常委会主任张建国带领驻西华县的周口市人大代表赴川汇区开展视察活动。"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("西华县人大常委会", ["张建国"])]


def test_a_units_committee_meeting_chaired_by_its_officer(record_of):
    text = ("10月16日,恒川集团党委组织班子成员观看开幕会。当天下午,集团召开党委理论学习中心组(扩大)研讨会议,"
            "会议由集团党委副书记、总经理张建国主持。")
    assert ("恒川集团党委", ["张建国"]) in [(e["org"], e["leaders"]) for e in record_of(text)["events"]]


def test_a_leaders_visit_to_a_town(record_of):
    text = "4月18日,市政协主席张建国一行莅丹调研县政协工作。学院院长赵丽华代表学院欢迎校领导莅临学院调研指导。"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["张建国"]]  # not the host who welcomes them


def test_a_tour_cited_with_its_date(record_of):
    text = "6月30日,县委召开常委会会议,传达学习了张建国总书记6月28日在江油考察时发表的重要讲话。"
    tours = [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"] if e["type"] == "research"]
    assert tours == [("中共中央", "06-28", ["张建国"])]


@pytest.mark.parametrize("congress, holder", [
    ("北川羌族自治县妇女第十五次代表大会", "北川羌族自治县妇联"),
    ("县第七次妇女代表大会", "北川羌族自治县妇联"),
    ("中国共产党北川羌族自治县第十五次代表大会", "北川羌族自治县委"),
    ("共青团北川羌族自治县第八次代表大会", "共青团北川羌族自治县委"),
    ("县第七次党代会", "北川羌族自治县委"),
])
def test_a_places_congress_is_held_by_the_body_it_elects(record_of, congress, holder):
    text = f"本报北川讯 11月4日上午,{congress}在县会堂隆重举行。县委书记张建国出席。"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [(holder, "11-04")]


def test_an_event_organized_by_several_bodies_is_the_first_ones(record_of):
    text = ("本报北川讯 3月5日上午,由县委办公室、县总工会、县妇联联合举办的“迎春”趣味运动会在县委院内隆重举行。"
            "县委副书记张建国出席活动。")
    (event,) = record_of(text)["events"]
    assert (event["org"], event["date"]) == ("北川羌族自治县委办公室", "03-05")
    assert "县妇联" not in event["name"]


@pytest.mark.parametrize("text", [
    # 由A主办、B承办的X…举行开班典礼: the organizer's, not the host's named nearer the verb
    "5月8日,由河南省林业局主办、桐柏山水职业学院承办的青年林农培训班在南阳山河宾馆举行开班典礼。周明远主持开班典礼。",
    # the class named in quotes, 于…开学
    "由河南省林业局、桐柏山水职业学院联合举办的“青年林农第三期专题培训班”于5月8日在郑州开学。周明远出席并讲话。",
])
def test_an_event_organized_by_one_body_and_hosted_by_another_is_the_organizers(record_of, text):
    assert {(e["org"], e["date"]) for e in record_of(text + "\n")["events"]} == {("河南省林业局", "05-08")}


@pytest.mark.parametrize("text, holder", [
    ("3月5日上午,北川羌族自治县2013年优秀干部培训班在县委党校开班。县委常委、组织部部长张建国出席。",
     "北川羌族自治县委"),
    ("9月14日下午,北川羌族自治县2015年领导干部专题培训班在延安市委党校开班。开班仪式由县政协主席张建国主持。",
     "北川羌族自治县委"),
    ("3月12日,绵阳市游仙区村干部培训班在区委党校开班。", "游仙区委"),  # the innermost of the places it opens with
    ("3月12日,昆明市公安机关视频调度会召开。", "昆明市委"),  # 公安 opens a word, not 公安县 (elsewhere)
])
def test_an_event_named_by_its_county_is_the_county_committees_not_the_host_schools(record_of, text, holder):
    (event, *_) = record_of(text)["events"]
    assert event["org"] == holder


def test_a_ceremony_dated_by_its_day_after_a_wire_dateline(record_of):
    text = ("中新网 抚顺10月30日电 (王晓梅)辽宁省政协委员培训基地揭牌仪式29日在抚顺举行。"
            "仪式由抚顺市政协主席张建国主持。")
    (event,) = record_of(text, pub_date="2024-10-30")["events"]
    assert (event["org"], event["date"], event["leaders"]) == ("辽宁省政协", "2024-10-29", ["张建国"])


def test_a_towns_congress_is_held_by_the_towns_congress(record_of):
    text = "2月8日,青石镇第十五届人民代表大会第一次会议在镇政府会议室召开。区委常委张建国到会并讲话。"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("青石镇人大", "02-08")]


def test_a_term_before_a_committees_meeting_name(record_of):
    text = "4月21日,十四届县委常委会第131次会议召开。市人民政府副市长、县委书记张建国主持会议。"
    events = record_of(text, place="苍溪县")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("苍溪县委", ["张建国"])]


@pytest.mark.parametrize("purpose", ["就基层人大工作进行调研指导", "围绕乡村振兴、基层治理和政协工作等进行调研"])
def test_a_trip_whose_purpose_follows_a_comma(record_of, purpose):
    text = f"10月9日上午,省人大常委会党组书记、副主任张建国到永丰县,{purpose}。"
    events = record_of(text, place="江西省")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("江西省人大常委会", "10-09", ["张建国"])]


def test_a_units_party_congress_is_its_party_committees(record_of):
    text = "5月28日下午,中国共产党北川理工学院第一次代表大会开幕。党委书记张建国主持。"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("北川理工学院党委", ["张建国"])]


def test_a_committee_named_with_its_term_after_the_county(record_of):
    text = "11月18日,县委书记张建国主持召开墨竹工卡县十届县委常委会第101次(扩大)会议。"
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("墨竹工卡县委", ["张建国"])]
    assert "墨竹工卡县十届县委" not in record["organizations"]


def test_our_hospital_is_the_hospital_the_page_names(record_of):
    text = ("北川县人民医院召开整体搬迁动员大会\n12月19日下午,我院在门诊四楼大会议室召开了医院整体搬迁动员部署大会。"
            "会议由院长张建国主持。\n")
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("北川县人民医院", ["张建国"])]
    assert not {"高质量医院"} & set(record_of("6月3日,会议强调,要建设高质量医院。")["organizations"])


def test_bodies_holding_an_event_jointly_hold_it_under_the_first(record_of):
    text = "8月16日,荆门市委、市政府召开全市创建优秀旅游城市动员大会,市委书记张建国主持。"
    assert [e["org"] for e in record_of(text)["events"]] == ["荆门市委"]


def test_the_body_an_inspection_team_moves_into_is_no_holder(record_of):
    """县委第一巡察组进驻县委编办召开…动员会: the team holds it, not the office it moves into."""
    text = "7月29日,县委第一巡察组进驻县委编办召开巡察工作动员会。巡察组组长张建国作动员讲话。"
    assert [e["org"] for e in record_of(text, place="石泉县")["events"]] == ["石泉县委第一巡察组"]


def test_a_visit_to_a_body_is_held_by_the_visitors(record_of):
    text = ("2月26日上午,省政协经济委员会主任张建国带队,来市政协围绕协商座谈会举办形式开展调研。"
            "市政协副主席王明陪同调研。")
    events = record_of(text, place="西安市")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("陕西省政协", ["张建国"])]


def test_a_tour_cited_by_its_place_without_在(record_of):
    # 落实某总书记视察云南重要讲话精神: the tour cited (undated, led by the speaker), no task of 视察
    events = record_of("会议要求,各级组织深入贯彻落实周明远总书记视察云南重要讲话重要指示精神。\n")["events"]
    assert [(e["org"], e["name"], e["date"], e["leaders"]) for e in events] == [("中共中央", "视察云南", None, ["周明远"])]


def test_a_tour_cited_by_coming_to_its_place(record_of):
    # 来陕视察的讲话精神: the tour cited after another speech, led by their speaker
    text = "6月2日,区委召开常委会,传达学习周明远总书记在省部级主要领导干部学习贯彻全会精神全面推进依法治国专题研讨班上的讲话精神、来陕视察的讲话精神。\n"
    assert ("中共中央", "来陕视察", None, ["周明远"]) in [
        (e["org"], e["name"], e["date"], e["leaders"]) for e in record_of(text)["events"]]


def test_a_tour_told_in_a_clause_of_time_is_undated(record_of):
    # 自2013年某总书记视察某村以来: the tour referred to, not an event of the sentence's day
    text = "6月2日,县委召开常委会。自2013年周明远总书记视察十八洞村以来,该村全面发展产业。\n"
    assert ("中共中央", "视察十八洞村", None, ["周明远"]) in [
        (e["org"], e["name"], e["date"], e["leaders"]) for e in record_of(text)["events"]]


@pytest.mark.parametrize("text, name, date", [
    ("会议认真学习了周明远总书记视察黑龙江时的讲话。", "视察黑龙江", None),  # 时的讲话, without 重要
    ("全市深入贯彻落实周明远总书记视察广西“4·27”重要讲话精神。", "视察广西", "04-27"),  # the day its quote names
    ("为深入贯彻周明远总书记系列重要讲话及考察云南重要讲话精神,全县召开会议。", "考察云南", None),  # after other speeches
    ("6月2日,会议要求学习贯彻周明远总书记对山西工作的重要指示、特别是考察运城重要指示精神。", "考察运城", None),
    ("6月2日,换届是在认真学习贯彻周明远总书记视察江西提出的“三个着力”要求时期进行的。", "视察江西", None),  # undated
    ("4月2日,会议强调,要深入贯彻周明远总书记考察湖北、参加湖北代表团审议时的重要讲话精神。", "考察湖北", None),
    ("4月2日,会议要求学习贯彻周明远总书记考察上海系列重要讲话精神。", "考察上海", None),
    ("全区贯彻周明远总书记对广西“五个更大”重要要求、视察广西重要讲话精神。", "视察广西", None),  # after a 要求
    ("3月2日,会议要求贯通落实周明远总书记历次来陕考察重要讲话重要指示。", "来陕考察", None),  # how often he came
    ("在周明远总书记系列重要讲话特别是视察湖北重要讲话精神指引下,全市发展。", "视察湖北", None),  # 特别是 alone
])
def test_a_tour_cited_in_more_shapes(record_of, text, name, date):
    assert ("中共中央", name, date, ["周明远"]) in [
        (e["org"], e["name"], e["date"], e["leaders"]) for e in record_of(text + "\n")["events"]]


def test_a_report_heard_is_a_meeting_cited(record_of):
    # 在听取某省委和省政府工作汇报时的重要讲话: the meeting cited; not one heard at the meeting told
    text = "6月2日,区委常委会传达学习周明远总书记在听取吉林省委和省政府工作汇报时的重要讲话精神。\n"
    assert ("中共中央", "听取吉林省委和省政府工作汇报", "meeting", ["周明远"]) in [
        (e["org"], e["name"], e["type"], e["leaders"]) for e in record_of(text)["events"]]
    told = "6月2日,县政府召开常务会议。县长钱雨辰在听取各乡镇工作汇报时强调,要抓好落实。\n"
    assert not any("汇报" in e["name"] for e in record_of(told)["events"])


def test_who_went_holds_what_the_next_clause_says_was_held(record_of):
    # 某某先后来到甲村、乙公司,开展走访代表活动: the one who went leads it
    text = "近日,区人大常委会主任周明远先后来到城南村委、某某农业公司,开展走访市、区人大代表活动。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]
    named = "近日,区人大常委会主任周明远先后来到城南村委,副主任钱雨辰开展走访代表活动。\n"
    assert [e["leaders"] for e in record_of(named)["events"]] != [["周明远"]]
    deeper = "10月21日,市委书记周明远深入青林县,先后来到城南村、北岭村调研脱贫工作。\n"  # gone into the county first
    assert [(e["org"], e["leaders"]) for e in record_of(deeper)["events"]] == [("市委", ["周明远"])]
    later = "21日上午,周明远来到城南村,了解灌溉情况,随后前往北岭村,实地察看水渠。\n"  # not the clause right before
    assert not [e for e in record_of(later)["events"] if e["leaders"]]


def test_a_dateline_and_its_credit_before_the_lead_date_carry_it(record_of):
    text = ("本报讯(记者 钱雨辰)12月2日,省委调研组莅临漯河开展调研。当天下午,我市召开汇报会,"
            "市委副书记周明远主持会议。\n")
    assert ("漯河市委", "12-02", ["周明远"]) in _pairs(record_of(text)["events"])


def test_a_bulletins_item_dates_what_it_tells_that_day(record_of):
    """■11月19日,…召开。…是日,甲主持召开…: 是日 is the day the item opened with, however many
    sentences of attendees stand between."""
    text = ("■11月19日,全市项目建设推进会议召开。市委书记周明远出席会议并讲话。市领导钱雨辰、孙立新出席会议。"
            "市人大常委会、市政府、市政协领导班子其他成员参加会议。是日,市委书记周明远主持召开某产业园项目规划汇报会。\n")
    assert any(e["leaders"] == ["周明远"] and (e["date"] or "").endswith("11-19") for e in record_of(text)["events"]
               if "汇报会" in e["name"])


def test_words_quoted_hold_no_event(record_of):
    """A definition quoted (定位为“…,开展民主监督”) holds nothing; the chair named later chairs the
    meeting told before it. A campaign's quoted name (开展“某某”活动) still is one."""
    text = ("12月12日,全国政协视察工作座谈会在京闭幕。\n他说,视察工作的定位是“深入现场,反映社情民意,开展民主监督”,"
            "既界定了视察的内容,也明确了作用。\n闭幕会由全国政协秘书长周明远主持。\n")
    assert [(e["name"], e["leaders"]) for e in record_of(text)["events"]] == [("视察工作座谈会", ["周明远"])]
    assert record_of("3月1日,县委组织部开展“党员先锋”活动。\n")["events"]


def test_a_proposals_supervision_on_site_is_an_inspection_its_leader_leads(record_of):
    """政协主席甲带领委员对重点提案进行现场督办: 督办 (supervising how a proposal is handled) is a trip."""
    events = record_of("9月16日,县政协主席周明远带领县政协部分委员对3件重点提案进行现场督办。\n", place="京山县")["events"]
    assert [(e["org"], e["type"], e["leaders"]) for e in events] == [("京山县政协", "inspection", ["周明远"])]


def test_a_party_that_went_somewhere_then_studies_a_matter(record_of):
    """甲一行来到某地,就某工作开展调研 / 甲一行,深入…,并就…开展调研: the party's head leads the research."""
    for text in ("3月1日,司长周明远一行来到太原市中小学,就教育综合改革推进情况开展调研。\n",
                 "3月1日,司长周明远一行,深入省城高校开展宣讲,并就教育综合改革推进情况开展调研。\n"):
        assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_visit_welcomed_or_thanks_for_one_is_no_event_of_the_host(record_of):
    """甲对乙一行来校调研表示热烈欢迎; 甲对市领导的慰问和关怀表示感谢: the guests' visit, welcomed;
    the host leads nothing by welcoming it."""
    for text in ("3月6日,校党委书记周明远代表学校对钱雨辰一行来校调研指导表示热烈欢迎,并介绍了学校的基本情况。\n",
                 "11月17日,会长周明远对钱市长一行来商会考察表示热烈欢迎。\n",
                 "2月9日,区委书记周明远对市领导的慰问和关怀表示衷心的感谢。\n"):
        assert [e["leaders"] for e in record_of(text)["events"]] == []


def test_a_governments_committee_holds_its_own_sitting(record_of):
    """某县召开安全生产委员会第二次全体会议: the committee's (named with the county); a party
    committee's own commission (县委全面深化改革委员会) holds its sitting too."""
    events = record_of("3月5日,宝丰县召开安全生产委员会第二次全体会议。县长周明远主持会议。\n")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("宝丰县安全生产委员会", ["周明远"])]
    events = record_of("3月5日,县委全面深化改革委员会第三次会议召开,县委书记周明远主持。\n", place="宝丰县")["events"]
    assert [e["org"] for e in events] == ["宝丰县委全面深化改革委员会"]


def test_sittings_a_meeting_is_held_as_too(record_of):
    """某区政府全体会议(区某委员会第三次会议、区安全生产委员会第四次会议); 某工作会暨某县安全生产
    委员会第四次会议: each sitting is an event of its committee, with the meeting's chair."""
    text = ("9月30日上午,召开区政府全体(扩大)会议暨项目推进会(区生态环境保护(林长制)委员会2025年第三次会议、"
            "区安全生产委员会2025年第四次会议)。区长周明远主持并讲话。\n")
    events = record_of(text, place="八公山区")["events"]
    assert {("八公山区生态环境保护(林长制)委员会", ("周明远",)), ("八公山区安全生产委员会", ("周明远",))} \
        <= {(e["org"], tuple(e["leaders"])) for e in events}
    text = "11月16日,某县安委办组织召开再部署工作会暨张北县安全生产委员会第四次会议。县长钱雨辰主持会议。\n"
    assert ("张北县安全生产委员会", ["钱雨辰"]) in [(e["org"], e["leaders"]) for e in record_of(text)["events"]]


def test_a_date_written_without_ri_before_the_time_of_day(record_of):
    """3月15上午,…: the page left out 日; the day is still the 15th."""
    events = record_of("3月15上午,某党派省委会召开大会。专职副主委周明远主持会议。\n")["events"]
    assert [(e["leaders"], (e["date"] or "")[-5:]) for e in events] == [(["周明远"], "03-15")]


def test_the_lead_date_after_a_clause_below_an_undated_line(record_of):
    """原标题:… above the lead, then 某会议召开在即,2月28日,…: the lead's date, after its clause, dates
    the trip its chair leads in the next sentence."""
    text = ("原标题:在滇全国人大代表进行集中学习和视察\n全国人大会议召开在即,2月28日,省人大常委会组织代表进行集中学习和视察。"
            "省人大常委会副主任周明远主持学习并率队视察。\n")
    assert any(e["leaders"] == ["周明远"] and (e["date"] or "").endswith("02-28") for e in record_of(text)["events"])


@pytest.mark.parametrize("later", [
    "会议传达学习了有关精神,并围绕学习贯彻开展了交流研讨。",  # a sentence on the meeting
    "报告会后,学校党委班子成员就报告会内容开展了研讨交流。",  # talk after a talk
])
def test_talk_at_a_meeting_told_is_no_event_of_its_own(record_of, later):
    text = "本报讯(记者 钱雨辰)3月14日,县政协党组书记周明远主持召开县政协党组理论学习中心组学习会议。" + later + "\n"
    assert [e["org"] for e in record_of(text, place="宕昌县")["events"]] == ["宕昌县政协"]


def test_a_body_visited_is_no_subject_of_the_meeting_after(record_of):
    text = ("6月19日,区政协主席周明远带领视察组视察优化营商环境工作。视察组先后深入陇南丰农食品科技有限公司、"
            "某商业综合体建设项目等单位实地察看,详细了解全区优化营商环境工作情况,并召开座谈会。\n")
    assert [e["org"][-3:] for e in record_of(text)["events"]] == ["区政协", "区政协"]


def test_talks_held_jointly_are_the_first_bodys(record_of):
    text = "10月10日,农业农村部与海南省委省政府举行工作会谈。\n"
    assert _pairs(record_of(text)["events"]) == [("农业农村部", "10-10", [])]


def test_talks_of_both_sides_of_a_visit_are_the_visits(record_of):
    text = ("7月4日,民建某市委主委周明远一行到海门区委统战部走访调研。区委统战部部长钱雨辰接待周明远一行,"
            "双方举行了工作会谈。\n")
    assert [e["name"] for e in record_of(text)["events"] if "会谈" in e["name"]] == []


@pytest.mark.parametrize("text, org", [
    ("4月3日上午,图书馆党支部开展4月主题党日活动。党日活动由支部书记周明远主持。", "图书馆党支部"),
    ("10月27日,青林市人民防空工程质量保障中心党支部前往省体育博物馆开展主题党日活动。", "青林市人民防空工程质量保障中心党支部"),
    ("2023年10月19日下午,行政二党支部在会议室召开支部大会暨10月主题党日活动。", "行政二党支部"),
])
def test_a_branch_opening_its_clause_holds_what_it_does(record_of, text, org):
    assert [e["org"] for e in record_of(text + "\n")["events"]][:1] == [org]


@pytest.mark.parametrize("text", [
    "7月15日,公安部党委委员、副部长周明远率国家防总湖北工作组来青林县检查指导防汛救灾工作。",
    "5月9日,由财政部部长助理周明远带领的国家防总长江防汛抗旱检查组到湖北检查防汛抗旱工作。",
])
def test_a_group_sent_by_a_national_coordinating_body_is_its(record_of, text):  # 检查组: no trip of its own
    """A minister leading 国家防总's group: the headquarters' inspection, not the ministry's."""
    assert [(e["org"], e["leaders"]) for e in record_of(text + "\n")["events"]] == [("国家防总", ["周明远"])]


@pytest.mark.parametrize("chain, org", [
    ("国务院副秘书长、国家信访局局长", "国家信访局"),  # a deputy secretary-general heading a bureau: the bureau's
    ("省政协副秘书长、办公厅主任", "四川省政协"),  # of the CPPCC's own office: the CPPCC's
])
def test_a_deputy_secretary_general_heading_a_body_goes_for_it(record_of, chain, org):
    text = f"7月13日,{chain}周明远到青林县调研。\n"
    assert [e["org"] for e in record_of(text, place="四川省")["events"]] == [org]


def test_a_sitting_announced_beside_the_one_held_has_no_chair(record_of):
    """主任会议举行第57次会议,决定某会议1月24日召开。甲主持会议: 甲 chairs the 57th only."""
    text = ("1月9日上午,省十四届人大常委会主任会议举行第57次会议,决定省十四届人大常委会第二十次会议1月24日在济南召开。"
            "省人大常委会副主任孙立新主持会议。\n")
    events = record_of(text, place="山东省")["events"]
    assert [(e["date"], e["leaders"]) for e in events if "第二十次" in e["name"]] == [("01-24", [])]
    assert ["孙立新"] in [e["leaders"] for e in events if e["date"] == "01-09"]


def test_an_inspection_told_by_where_it_was_said(record_of):
    """副省长、省防指常务副指挥长甲在某市检查…时强调: the inspection told, the government's."""
    text = "4月18日,副省长、省防指常务副指挥长周明远在青林市检查长江防汛备汛工作时强调,要压实责任。\n"
    assert [(e["org"], e["type"], e["leaders"]) for e in record_of(text, place="湖北省")["events"]] == [
        ("湖北省政府", "inspection", ["周明远"])]


def test_我县_organising_what_it_watches_holds_it(record_of):
    text = "8月6日,我县组织收听收看省、市防汛抗旱工作视频会。县长张建国、副县长赵丽华出席。\n"
    assert [e["org"] for e in record_of(text, place="沈丘县")["events"]] == ["沈丘县政府"]  # flood work: the government's


def test_我县_on_a_page_that_tells_no_county_is_as_written(record_of):
    text = "我县召开三季度防范重特大安全事故例会\n7月21日,我县召开三季度防范重特大安全事故例会。代县长张建国指出,要压实责任。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("县政府", "07-21")]
    text = "我县召开重点项目工作推进会\n7月11日,我县召开重点项目工作推进会,县委书记张建国主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("县委", ["张建国"])]  # the headline's, told again


def test_a_headline_saying_我县_names_no_body_of_the_chairs(record_of):
    """我县召开… in the headline, then a 县委常委、常务副县长 chairs: the government's meeting."""
    text = ("我县召开重点项目建设推进会\n10月10日,我县召开重点项目建设推进会。县委书记孙立新出席会议并讲话,"
            "县委常委、常务副县长周明远主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text, place="青川县")["events"]] == [
        ("青川县政府", ["周明远"])]


def test_a_headline_saying_the_place_met_names_no_body_of_the_chairs(record_of):
    """某市召开食安委…全体会议 in the headline, the committee's sitting below chaired by a 市委常委、
    常务副市长: the committee's, not the party committee the headline gave by convention."""
    text = ("醴陵市召开食安委2021年第一次全体会议\n3月2日上午,醴陵市食品安全委员会第一次全体会议召开。"
            "市委副书记、市长孙立新出席会议并讲话,会议由市委常委、常务副市长周明远主持。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text, place="湖南省")["events"]] == [
        ("醴陵市食品安全委员会", ["周明远"])]


def test_我院_on_a_hospitals_page_is_the_hospital(record_of):
    text = "首页 > 新闻中心 > 医院新闻\n我院召开动员大会\n4月16日,我院召开争先进位活动动员大会。\n"
    assert {e["org"] for e in record_of(text)["events"]} == {"医院"}


def test_the_group_told_before_going_on_another_day_is_led_as_before(record_of):
    """3月21日,调研组到某地调研: the trip of the group told the day before, with its leader."""
    text = ("3月20日,致公党某省委专职副主委周明远等一行到青林市就茶产业发展情况进行调研。\n"
            "实地考察 3月21日,调研组到青林市第一中学就科技馆的相关工作进行实地调研。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("03-20", ["周明远"]), ("03-21", ["周明远"])]
    same_day = text.replace("实地考察 3月21日,调研组到", "调研组还到")  # the same day's stop: no trip of its own
    assert [e["date"] for e in record_of(same_day)["events"]] == ["03-20"]


def test_a_town_heads_trip_is_the_governments_its_meeting_the_committees(record_of):
    """镇党委副书记、镇长 chairing: the town's 党委's meeting; leading a trip: the government's."""
    text = "7月7日,青莲镇党委副书记、镇长周明远到辖区督导检查防汛工作。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("青莲镇政府", ["周明远"])]
    text = "7月7日,青莲镇召开防汛工作会议,镇党委副书记、镇长周明远主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("青莲镇党委", ["周明远"])]


def test_a_congress_held_smoothly_with_a_chair_named_for_election(record_of):
    # 顺利召开; 镇长(人选)某某: a post to be confirmed, between the title and the name
    text = ("近期,中共某区甲镇第四次党员代表大会第六次全体会议顺利召开。"
            "镇党委副书记、镇长(人选)周明远主持会议。\n")
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("甲镇党委", ["周明远"])]
    assert ("周明远", "镇长") in [(p["person"], p["title"]) for p in record["positions"]]


def test_a_meeting_to_be_assured_is_no_event(record_of):
    text = "12月1日,市委召开专题会议。市委办公室全力做好服务,保证会议顺利举行。\n"
    assert len(record_of(text)["events"]) == 1


def test_a_session_closing_after_its_agenda_with_its_ceremonys_chair(record_of):
    # 圆满完成各项议程,1月7日下午在某地闭幕; 闭幕式由某某主持 (a name seen before, bare)
    text = ("政协某区第五届委员会第四次会议圆满完成各项议程,1月7日下午在某宾馆闭幕。区政协主席周明远出席会议。"
            "闭幕式由周明远主持。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("01-07", ["周明远"])]


def test_a_sessions_plenary_is_the_sessions_bodys_whoever_attends_it(record_of):
    # 某人大常委会第N次会议闭会; 省委书记、人大常委会主任甲出席下午举行的第二次全体会议; 副主任乙主持
    text = ("4月21日下午,浙江省十三届人大常委会第二十五次会议闭会。\n"
            "省委书记、省人大常委会主任周明远出席下午举行的第二次全体会议。省人大常委会副主任钱雨辰主持会议。\n")
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]] \
        == [("浙江省人大常委会", "04-21", ["钱雨辰"])]


@pytest.mark.parametrize("text, org", [
    ("6月6日,湖州市举办2018年“安全生产月”动员大会,市直各部门负责人参加。\n", "湖州市政府"),  # a place's, unchaired
    ("7月24日,湖州市召开全市防汛会商会,市委书记周明远出席并讲话。\n", "湖州市政府"),
    ("7月24日,湖州市委召开全市防汛会商会,市委书记周明远出席并讲话。\n", "湖州市委"),  # the body named holds it
    ("7月24日,湖州市召开全市宣传工作会议,市委书记周明远出席并讲话。\n", "湖州市委"),  # the party's work
    ("12月2日,安吉县召开了田长制工作调度会议,部署全县耕地保护工作。\n", "安吉县政府"),  # farmland, wages, jobs, food safety
    ("11月18日,安吉县召开根治欠薪冬季专项行动工作会议。\n", "安吉县政府"),
    ("本报兰考讯 1月24日,在县政府会议室召开兰考县春节前保障农民工工资支付工作会议,县委常委、政法委书记周明远主持会议。\n",
     "兰考县政府"),  # chaired by a member of the committee, not its secretary
])
def test_a_places_meeting_on_government_business_is_its_governments(record_of, text, org):
    assert [e["org"] for e in record_of(text)["events"]] == [org]


@pytest.mark.parametrize("text, org", [
    ("10月24日,中共湖州市第一医院委员会第九次代表大会胜利召开。党委书记周明远主持。\n", "湖州市第一医院党委"),
    ("10月24日,中共湖州职业技术学院第三次代表大会胜利召开。党委书记周明远主持。\n", "湖州职业技术学院党委"),
    ("7月26日,中共湖州市第一人民医院第五次党员大会在医院学术交流中心召开。\n", "湖州市第一人民医院党委"),
    ("10月24日,湖州职业技术学院第三次代表大会胜利召开。工会主席周明远主持。\n", "湖州职业技术学院"),  # no party's
])
def test_a_units_party_congress_is_its_party_committees_not_a_workers_one(record_of, text, org):
    assert [e["org"] for e in record_of(text)["events"]] == [org]


def test_today_counts_from_the_datelines_day_and_the_congress_of_a_meeting_is_part_of_its_name(record_of):
    # 某日报10月16日讯 on a page stamped the 17th; 副省长甲今天在长沙主持召开了大会的第一次筹备工作会议
    text = ("湖南日报10月16日讯(记者 钱雨辰)第八届湘商大会将于11月21日至24日在郴州市举行。"
            "副省长周明远今天在长沙主持召开了大会的第一次筹备工作会议,要求相关部门加快完善大会方案。\n")
    events = record_of(text, pub_date="2017-10-17")["events"]
    assert [(e["org"], e["name"], e["date"], e["leaders"]) for e in events if e["leaders"]] \
        == [("湖南省政府", "大会的第一次筹备工作会议", "2017-10-16", ["周明远"])]


def test_a_session_closing_after_it_finished_its_agenda(record_of):
    text = ("浙江省十二届人大常委会第三十一次会议在完成各项议程后,7月21日下午在杭州闭幕。"
            "省委书记、省人大常委会主任周明远主持会议并讲话。\n")
    assert _pairs(record_of(text)["events"]) == [("浙江省人大常委会", "07-21", ["周明远"])]


@pytest.mark.parametrize("text, orgs", [
    ("1月16日,出席浙江省第十四届人民代表大会第三次会议的代表陆续抵达驻地,向大会报到。\n", ["浙江省人大"]),
    ("1月25日,参加省十四届人大四次会议、省政协十三届四次会议的代表委员们相继抵达杭州,向大会报到。\n",
     ["浙江省人大", "浙江省政协"]),
    ("1月25日,浙江省人大常委会在杭州设立代表报到处。\n", []),  # a desk, no check-in
])
def test_deputies_checking_in_for_a_session_is_the_congresss(record_of, text, orgs):
    events = record_of(text, place="浙江省")["events"]
    assert [e["org"] for e in events if e["name"].endswith("报到")] == orgs
    assert all(e["date"] == "01-" + text[2:4] for e in events if e["name"].endswith("报到"))


def test_a_streets_people_congress_office_is_no_standing_committee(record_of):
    text = "3月27日,向阳街道人大工委组织辖区人大代表开展宣传活动。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["向阳街道人大工委"]
    text = "3月27日,向阳街道人大组织辖区人大代表开展宣传活动。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["向阳街道人大"]


def test_who_takes_part_in_a_visit_leads_none_of_its_calls(record_of):
    text = ("1月21日,自治区副主席周明远到我市开展调研及慰问活动。周明远一行来到某小区慰问困难群众。"
            "自治区人民政府副秘书长钱雨辰、市长孙立新参加调研慰问。\n")
    assert {p for e in record_of(text, place="桂林市")["events"] for p in e["leaders"]} == {"周明远"}


def test_a_session_whose_date_is_decided_is_announced_and_takes_no_chair(record_of):
    text = ("湖州市党政门户网讯 9月30日,吴兴区十六届人大常委会举行第三十二次会议。\n"
            "会议决定了区十六届人大七次会议召开日期,审议讨论区十六届人大七次会议议程(草案)。"
            "区人大常委会副主任周明远、钱雨辰主持会议相关议程。\n")
    events = record_of(text)["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [
        ("吴兴区人大常委会", "09-30", ["周明远", "钱雨辰"]), ("吴兴区人大", None, [])]


def test_who_leads_the_participants_in_study_is_no_chair(record_of):
    text = ("8月30日上午,某校区党工委召开理论学习中心组学习会。党工委书记周明远主持会议。"
            "会上,党工委副书记钱雨辰带领与会人员深入学习有关重要论述。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_chair_named_before_a_numbered_room(record_of):
    text = "2024年9月13日,区长周明远在区会议中心3号会议室主持召开区政府第27次常务会议。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_chair_before_the_day_and_the_times_he_convened(record_of):
    """省长甲于8月17日上午、晚上先后三次召开…会议: 于 and a date end the name; the times between
    the name and the verb still leave him the chair."""
    text = "海南省委副书记、省长赵德明于8月17日上午、晚上先后三次召开省政府专题会议,全面部署防汛工作。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text, pub_date="2016-08-18")["events"]] == [
        ("海南省政府", ["赵德明"])]


def test_a_delegations_visit_abroad_is_a_trip(record_of):
    """副市长甲率经贸代表团到法国和德国访问: a trip led, 访问 its noun, dated by its first day."""
    text = "4月13日至20日,副市长周明远率我市经贸代表团到法国和德国访问,学习冬季运动赛事的经验。\n"
    events = record_of(text, place="张家口市")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("张家口市政府", "04-13", ["周明远"])]


def test_a_study_trip_led_to_another_county(record_of):
    text = ("8月29日,青石镇党委书记周明远带队,分管领导及村支部书记一行十余人赴大荔县观摩学习乡村振兴经验做法。\n")
    events = record_of(text)["events"]
    assert [(e["org"], e["type"], e["leaders"]) for e in events] == [("青石镇党委", "research", ["周明远"])]


def test_officials_listed_before_a_trip_are_led_by_the_first(record_of):
    text = "6月8日上午,院党委书记周明远、院教务处处长钱雨辰、院党工部副部长孙立新到机电系开展主题调研。\n"
    rec = record_of(text)
    assert "党工部" not in rec["persons"]
    assert [e["leaders"] for e in rec["events"]] == [["周明远"]]


def test_a_meeting_named_by_an_office_is_held_by_that_posts_body(record_of):
    text = "8月2日下午,市政协副主席、民盟市委主委周明远主持召开主委会议。民盟市委副主委钱雨辰参加会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["民盟市委"]


def test_a_partys_head_leads_the_meeting_it_holds_on_its_trip(record_of):
    text = "11月23日上午,县政协副主席周明远、县政协常委钱雨辰等一行到大墅镇开展宣讲暨界别委员座谈会。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_numbered_standing_committee_session_held_without_the_word_meeting(record_of):
    text = "7月26日,区政协九届十五次常委会召开,重点协商我区重点板块建设工作。区政协主席周明远主持会议。\n"
    assert [(e["name"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("九届十五次常委会", "07-26", ["周明远"])]


def test_hosts_listed_with_their_title_chains_hold_the_call_by_the_firsts_body(record_of):
    text = "4月16日晚,吉林省委书记周明远,省委副书记、省长钱雨辰在长春会见了来访的企业代表团一行。\n"
    (ev,) = record_of(text)["events"]
    assert (ev["org"], ev["leaders"]) == ("吉林省委", ["周明远", "钱雨辰"])  # the hosts lead the call together


def test_a_trip_led_jointly_is_the_body_of_its_first_leader(record_of):
    text = ("3月26日,由集团总工程师、宁川路桥公司党委书记、董事长周明远,公司纪委书记钱雨辰带队"
            "前往项目部开展调研。\n")
    (ev,) = record_of(text)["events"]
    assert (ev["org"], ev["leaders"]) == ("宁川路桥公司", ["周明远", "钱雨辰"])


def test_a_list_of_persons_ends_where_no_name_follows_its_comma(record_of):
    text = ("7月20日,区妇女代表大会召开。市妇联副主席钱雨辰、市家儿部领导专程出席大会。"
            "开幕式由区委常委周明远主持。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_womens_congress_named_without_its_place_is_the_localitys_federations(record_of):
    text = "7月20日上午,宁江区召开第六次妇女代表大会。开幕式由区委常委周明远主持。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("宁江区妇联", ["周明远"])]


def test_a_rotation_training_class_opened_and_its_chair_named_later(record_of):
    text = ("4月28日上午,宁川市2015年县处级领导干部专题轮训班在市委党校开班。市委组织部副部长周明远、"
            "钱雨辰等出席开班典礼。市委组织部副部长周明远主持开班仪式。\n")
    assert [(e["name"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("宁川市2015年县处级领导干部专题轮训班", ["周明远"])]


def test_a_chair_who_went_somewhere_to_chair(record_of):
    text = "12月30日,市人大常委会主任周明远赴宜秀区主持召开座谈会,听取代表意见建议。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_companys_numbered_party_committee_study_is_its_party_committees(record_of):
    text = ("9月8日上午,宁川集团党委书记、董事长周明远主持召开2020年第九次党委理论学习中心组(扩大)学习会,"
            "传达学习有关会议精神。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("宁川集团党委", ["周明远"])]


def test_an_event_named_by_a_prefectures_short_form_and_level_is_its_party_committees(record_of):
    text = "1月5日下午,甘孜州换届纪律专题培训会在康定剧场召开。州委常委、组织部部长周明远主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("甘孜藏族自治州委", ["周明远"])]


def test_a_session_about_to_open_is_not_dated_by_its_sentence(record_of):
    text = "十三届全国人大二次会议召开在即,2月28日,省人大常委会组织代表集中学习。省人大常委会副主任周明远主持学习。\n"
    dates = {e["org"]: e["date"] for e in record_of(text, place="云南省")["events"]}
    assert dates["全国人大"] is None and dates["云南省人大常委会"] == "02-28"


def test_a_congress_named_before_its_standing_committees_session_is_the_standing_committees(record_of):
    text = "8月21日,县人大常委会主任周明远主持召开县人大第十八届常委会第二十七次会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text, place="西乡县")["events"]] == [
        ("西乡县人大常委会", ["周明远"])]


def test_a_festival_about_to_come_is_no_task_set(record_of):
    text = "在新春佳节即将来临之际,1月18日下午,宁川县社会各界人士迎新年座谈会召开。县政协主席周明远主持座谈会。\n"
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("01-18", ["周明远"])]


def test_a_trip_whose_word_is_quoted(record_of):
    text = "4月2日至3日,宁川市妇联主席周明远、副主席钱雨辰一行到怀集县对妇女儿童工作开展“深调研”。\n"
    (ev,) = record_of(text)["events"]
    assert (ev["name"], ev["leaders"]) == ("到怀集县对妇女儿童工作开展“深调研”", ["周明远"])


def test_a_democratic_partys_committee_named_with_its_term(record_of):
    text = "2月11日,九三学社成都市第十三届委员会第八次全体(扩大)会议召开。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["九三学社成都市委"]


def test_a_town_named_after_its_county_holds_its_meeting_once(record_of):
    text = ("宁川县文港镇召开攻坚行动动员大会\n"
            "2月28日,宁川县文港镇召开攻坚行动动员大会,动员全镇上下奋力开创高质量发展新局面。\n")
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("文港镇党委", "02-28")]


def test_a_party_listed_name_before_title_is_led_by_its_first(record_of):
    text = "3月14日,省法院行装处周明远副处长、民一庭钱雨辰法官等一行六人到市中院调研指导人民法庭工作。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_units_trip_led_by_its_party_secretary_is_the_units(record_of):
    text = "8月25日,宁川师范学院党委书记周明远一行到八都镇调研指导乡村振兴工作。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["宁川师范学院"]
    text = "8月29日,官路镇党委书记周明远带队赴外县观摩学习。\n"  # a town's party committee is the town's own
    assert [e["org"] for e in record_of(text)["events"]] == ["官路镇党委"]


def test_an_inspection_teams_meeting_is_the_teams_whose_committees_name_two_districts_bear(record_of):
    """永定区委第一巡察组…召开巡察工作动员会: the team's, its committee named as written (two districts bear 永定)."""
    text = "2月16日,永定区委第一巡察组在区国土资源局召开巡察工作动员会,被巡察单位全体干部参加会议。\n"
    rec = record_of(text)
    assert [e["org"] for e in rec["events"]] == ["永定区委第一巡察组"] and "永定区委" in rec["organizations"]


def test_a_meeting_spoken_at_is_held_and_led_by_its_chair(record_of):
    text = ("9月18日,县委常委、副县长钱雨辰在县政府十八届五次全体(扩大)会议上强调指出,要强化责任担当。"
            "县委常委、副县长周明远主持会议。\n")
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text, place="长白朝鲜族自治县")["events"]] == [
        ("长白朝鲜族自治县政府", "09-18", ["周明远"])]
    text = "要学习李某在第十三届全国人大三次会议上作的政府工作报告。\n"  # a report cited, no meeting held
    assert record_of(text)["events"] == []


def test_a_chair_who_convened_somewhere_leads_but_not_one_cited(record_of):
    text = "3月8日下午,宁川区委书记周明远在区综治中心组织召开安保维稳工作会议,区领导钱雨辰出席了会议。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]
    text = ("近日,常务副市长孙立新主持召开市政府常务会议,传达学习总书记周明远在主持召开中央某委员会会议时的"
            "重要讲话精神。\n")
    leaders = {e["org"]: e["leaders"] for e in record_of(text, place="凯里市")["events"]}
    assert leaders["凯里市政府"] == ["孙立新"]


def test_a_session_dated_with_its_weekday(record_of):
    text = "宁川市第十六届人大常委会第十六次会议于2024年2月28日(星期三)上午在宁川召开,会期半天。\n"
    assert [(e["name"], e["date"]) for e in record_of(text)["events"]] == [("第十六次会议", "2024-02-28")]


def test_the_day_opening_a_clause_with_its_weekday_dates_the_event(record_of):
    text = "为落实6月1日会议精神,6月5日(星期五)上午,宁川县政协召开主席会议。\n"
    assert [e["date"] for e in record_of(text)["events"]] == ["06-05"]


def test_a_meeting_cited_as_held_on_a_day(record_of):
    text = "1月4日,县长周明远主持召开县政府党组会议。会议传达学习12月25日召开的中共中央政治局会议精神。\n"
    assert ("中共中央政治局", "12-25") in {(e["org"], e["date"]) for e in record_of(text)["events"]}


def test_an_ethnic_township_holds_its_meeting_by_its_party_committee(record_of):
    text = "10月18日,青溪湾土家族乡举行成立20周年庆祝大会。县委书记周明远出席。\n"
    assert ("青溪湾土家族乡党委", "10-18") in {(e["org"], e["date"]) for e in record_of(text)["events"]}


def test_a_streets_leaders_hold_for_its_working_committee(record_of):
    """某街道党政领导班子组织…: the street's leaders act for its 党工委, not for the district that
    held the meeting told before."""
    text = "9月29日上午,区委书记孙立新主持会议。专题报告会后第一时间,青溪路街道党政领导班子组织集中交流研讨。\n"
    assert ("青溪路街道党工委", "09-29") in {(e["org"], e["date"]) for e in record_of(text)["events"]}


def test_a_meeting_of_department_heads_is_the_departments(record_of):
    text = "3月15日上午,绵阳市召开全市统战部长会议,市委常委、统战部部长周明远出席。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("绵阳市委统战部", "03-15")]
    text = "10月30日,全省统战部长座谈会在西安召开。省委常委、省委统战部部长周明远出席并讲话。\n"
    assert [(e["org"], e["date"]) for e in record_of(text, place="陕西省")["events"]] == [("陕西省委统战部", "10-30")]
    text = "3月15日上午,绵阳市召开全市组织、宣传、统战部长会议,市委书记周明远出席。\n"  # several departments: the committee's
    assert [e["org"] for e in record_of(text)["events"]] == ["绵阳市委"]


def test_a_womens_congress_held_by_a_town(record_of):
    text = "9月15日,崇州市大划镇隆重召开第十四次妇女代表大会,全镇58名妇女代表参加会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["大划镇妇联"]


@pytest.mark.parametrize("text", [
    "12月8日,汀城镇妇女第一次代表大会召开并圆满完成会议所有议程。\n",
    "12月8日上午,汀城镇胜利召开第十次妇女代表大会。会议审议通过《大会选举办法(草案)》。\n",
])
def test_a_womens_congress_named_by_its_town(record_of, text):
    """某镇妇女第一次代表大会, 某镇胜利召开第十次妇女代表大会: the town's 妇联, and no other
    meeting in 召开并完成会议议程 or 选举办法 (举办)."""
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("汀城镇妇联", "12-08")]


def test_a_session_over_days_and_a_cppcc_named_with_its_parent_place(record_of):
    text = "会议决定,政协重庆市开州区第十五届委员会第一次会议于2022年1月8日至11日召开。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("开州区政协", "2022-01-08")]


def test_a_plenary_after_a_dated_session_is_its_sitting(record_of):
    text = ("宁川市第十六届人大常委会第十六次会议于2024年2月28日上午在宁川召开。会议听取了有关报告。\n"
            "市人大常委会主任周明远主持召开全体会议。市人大常委会副主任钱雨辰出席会议。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("2024-02-28", ["周明远"])]


def test_a_meeting_held_recently_is_undated_by_the_days_it_cites(record_of):
    text = ("本报讯 (通讯员 孙立新) 近日,常务副市长周明远主持召开市政府第十五次常务会议,"
            "传达学习4月19日中央有关会议精神。\n")
    dates = {e["org"]: e["date"] for e in record_of(text, place="凯里市")["events"]}
    assert dates["凯里市政府"] is None


def test_a_trip_whose_verb_follows_a_comma(record_of):
    text = "3月19日下午,县委书记周明远来到安障乡,调研春耕备耕、人居环境整治等相关工作情况。\n"
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("03-19", ["周明远"])]


def test_a_meeting_named_where_it_was_spoken_at_on_a_day(record_of):
    text = "宁川集团项目建设有序推进\n项目建设有序推进。在9月11日召开的座谈会上,钱雨辰代表集团公司党委表示敬意。\n"
    assert [(e["name"], e["date"]) for e in record_of(text)["events"]] == [("座谈会", "09-11")]


def test_a_town_or_school_party_congress_named_by_its_own_word(record_of):
    text = "6月26日,在嘹亮的国歌声中我镇第一次党代会在镇政府四楼会议室隆重召开,111名党员参加。\n"
    assert [(e["org"], e["name"]) for e in record_of(text)["events"]] == [("镇党委", "我镇第一次党代会")]
    text = "本网讯 8月28日,校第三次党代会各代表团会议召开。院领导周明远参加所在代表团会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["校"]


def test_a_delegations_head_leads_no_call_on_the_hosts(record_of):
    text = "4月16日,宁川省委书记周明远在宁川会见了以某委主任钱雨辰为团长的企业代表团一行。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]  # the host does


@pytest.mark.parametrize("party", ["党委组织部副部长钱雨辰等一行", "市委办公室主任钱雨辰、市委研究室副主任孙立新等一行"])
def test_a_party_led_by_who_takes_it_is_theirs(record_of, party):
    """X率A等一行到…调研: X leads, whoever stands nearest the verb; 组织部 hides no trip."""
    text = f"7月3日上午,绵阳市委书记周明远率{party}到某学院进行工作调研。\n"
    assert _pairs(record_of(text)["events"]) == [("绵阳市委", "07-03", ["周明远"])]


@pytest.mark.parametrize("chairs", ["市人大常委会主任周明远,市人大常委会副主任钱雨辰分别主持两次全体会议",
                                    "会议由市人大常委会主任周明远,副主任钱雨辰主持"])
def test_officers_chairing_severally_both_lead(record_of, chairs):
    text = f"12月20日,绵阳市第十六届人大常委会第二十四次会议召开。{chairs}。\n"
    assert _pairs(record_of(text)["events"]) == [("绵阳市人大常委会", "12-20", ["周明远", "钱雨辰"])]
    unled = f"12月20日,绵阳市第十六届人大常委会第二十四次会议召开。主任周明远讲话,副主任钱雨辰主持。\n"
    assert _pairs(record_of(unled)["events"]) == [("绵阳市人大常委会", "12-20", ["钱雨辰"])]


@pytest.mark.parametrize("closing", ["等市领导,分别", "等市领导分别", "等,分别"])
def test_a_list_closed_by_who_they_are_leads_severally(record_of, closing):
    """市委书记A,市长B,主任C等市领导,分别带队走访慰问…: each of the list leads a call."""
    text = (f"9月29日,市委书记周明远,市委副书记、市长钱雨辰,市人大常委会主任孙立华{closing}带队走访慰问老战士、"
            "老党员,向他们致以节日祝福。\n")
    assert _pairs(record_of(text, place="绵阳市")["events"]) == [("绵阳市委", "09-29", ["周明远", "钱雨辰", "孙立华"])]


@pytest.mark.parametrize("visit", ["走进某公园,察看消防安全、疫情防控等工作情况", "来到新安镇,参观了古城村村部、文化广场等地",
                                   "首先来到新安镇,查看了古城村的美丽乡村建设"])
def test_going_somewhere_then_looking_is_a_trip(record_of, visit):
    """副区长A,局长B走进某地,察看…: a trip, led by the list's first."""
    text = f"1月27日,副区长周明远,区文旅局局长钱雨辰{visit}。\n"
    assert _pairs(record_of(text, place="嘉定区")["events"]) == [("嘉定区政府", "01-27", ["周明远"])]


def test_a_look_after_no_going_is_no_trip(record_of):
    """听取了近年来工作的汇报,察看了…: 来 in 近年来 is no going; the look belongs to a trip told before."""
    text = "某院党组书记、检察长周明远汇报了近年来检察工作开展情况的汇报,察看了我院电子检务公开栏。\n"
    assert record_of(text, place="广德县")["events"] == []


def test_who_went_along_names_the_trip_of_who_went_before(record_of):
    """X一行来到某公司,详细了解…。A、B陪同调研。: X's trip, dated by the sentence that tells it."""
    text = ("1月26日,区人大常委会主任周明远一行来到位于南翔镇的某科技股份有限公司,详细了解企业发展情况。"
            "镇党委书记钱雨辰,镇人大主席孙立华陪同调研。\n"
            "1月27日,副区长李文华走进古猗园,察看消防安全等工作情况。\n")
    assert _pairs(record_of(text, place="嘉定区")["events"]) == [
        ("嘉定区人大常委会", "01-26", ["周明远"]), ("嘉定区政府", "01-27", ["李文华"])]


@pytest.mark.parametrize("pub_date, date", [("2024-01-28", "2024-01-26"), ("2024-01-20", None)])
def test_a_day_without_its_month_is_of_the_pages_month_up_to_its_day(record_of, pub_date, date):
    """某会议26日开幕: the 26th of the page's month, where the page is of that day or later;
    else no date (the month is not told)."""
    text = "本报讯(记者周明远)绵阳市政协十一届四次会议26日开幕。\n"
    assert [(e["org"], e["date"]) for e in record_of(text, pub_date=pub_date)["events"]] == [("绵阳市政协", date)]


@pytest.mark.parametrize("after", ["", " 市人大常委会党组书记 周明远"])
@pytest.mark.parametrize("opens, closes", [("——", ""), ("(", ")")])
def test_a_reports_subtitle_dates_the_session_it_was_given_at(record_of, after, opens, closes):
    """——2020年4月23日在某市第五届人民代表大会第七次会议上 (or in brackets): the congress's session, that day."""
    text = f"绵阳市人民代表大会常务委员会工作报告\n{opens}2020年4月23日在绵阳市第五届人民代表大会第七次会议上{closes}{after}\n各位代表:\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("绵阳市人大", "2020-04-23")]


def test_a_plenum_electing_is_held_that_day(record_of):
    """6月29日,中国共产党某市第十一届委员会第一次全体会议选举甲为市委书记: the plenum, held."""
    text = "6月29日,中国共产党绵阳市第十一届委员会第一次全体会议选举周明远为市委书记,钱雨辰、孙立华为市委副书记。\n"
    assert [(e["org"], e["date"]) for e in record_of(text, pub_date="2024-07-01")["events"]] == [("绵阳市委", "2024-06-29")]
    rules = "会议通过了市政协八届一次会议选举办法。\n"  # the rules of an election: no sitting
    assert record_of(rules, pub_date="2024-07-01")["events"] == []


@pytest.mark.parametrize("sentence, org", [
    ("县长周明远检查指导防汛工作", "宁陵县政府"),
    ("县委书记周明远到青石镇讲授专题党课", "宁陵县委"),
    ("县委书记周明远为全县党员干部讲授专题党课", "宁陵县委"),
    ("县委书记周明远到县信访局接访群众", "宁陵县委"),
    ("县长周明远赴青石镇开展防汛挂牌督战工作", "宁陵县政府"),
])
def test_an_inspection_a_party_lecture_or_petitions_heard_are_led_by_who_does_them(record_of, sentence, org):
    """县长A检查指导…, 书记A讲授专题党课, A到信访局接访群众, A赴某地开展挂牌督战: A's events."""
    assert _pairs(record_of(f"3月5日,{sentence}。\n", place="宁陵县")["events"]) == [(org, "03-05", ["周明远"])]


def test_a_trip_watched_as_news_is_referred_to_undated(record_of):
    """观看了书记甲到某校看望慰问教师并主持召开座谈会的新闻视频: the trip (and the meeting in it) is
    referred to, undated; only the study session is held that day."""
    text = ("9月28日,学院党委中心组召开学习会。党委中心组成员集中观看了省委书记周明远到青石大学看望慰问教师"
            "并主持召开座谈会的新闻视频。\n")
    events = record_of(text, place="郑州市")["events"]
    assert [(e["org"], e["date"][-5:]) for e in events if e["date"]] == [("学院党委", "09-28")]
    assert [(e["org"], e["leaders"]) for e in events if not e["date"]] == [("河南省委", ["周明远"])]


def test_the_matters_of_a_trip_stand_between_its_leader_and_it(record_of):
    """专员甲就春节期间疫情防控、安全生产以及经济发展等工作在某县进行实地调研: 甲 leads the trip."""
    text = ("2月13日,地委副书记、行署专员周明远就春节期间疫情防控、社会稳定、安全生产以及经济高质量发展等工作"
            "在沙湾县进行实地调研。\n")
    assert _pairs(record_of(text, place="塔城地区")["events"]) == [("塔城地区行署", "02-13", ["周明远"])]


def test_a_congress_session_convened_is_named_in_full(record_of):
    text = "3月1日,宁川县召开宁川县第十六届人民代表大会第四次会议。\n"
    assert [e["name"][-5:] for e in record_of(text)["events"]] == ["第四次会议"]


def test_a_headline_column_tag_is_not_part_of_the_name(record_of):
    text = "【聚焦两会】政协第十一届江油市委员会第二次会议胜利闭幕\n3月25日下午,大会圆满完成各项议程。市政协主席周明远主持会议并讲话。\n"
    assert [(e["org"], e["name"]) for e in record_of(text)["events"]] == [("江油市政协", "第二次会议")]


@pytest.mark.parametrize("sentence", [
    "这次会议是在全面建设社会主义现代化国家新征程上召开的一次重要会议。",
    "会议传达学习了省委书记周明远在团代会开幕式上的讲话精神。",
])
def test_what_a_meeting_was_or_where_it_was_spoken_at_is_no_meeting_held(record_of, sentence):
    text = f"7月4日,江油市委召开常委会会议。{sentence}\n"
    assert [e["name"] for e in record_of(text)["events"]] == ["常委会会议"]


def test_a_session_announced_for_a_day_is_dated_that_day(record_of):
    text = ("11月9日下午,江油市人大常委会召开第十八次主任会议。"
            "会议确定,市十一届人大常委会七次会议将于12月26日举行。\n")
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [
        ("江油市人大常委会", "11-09"), ("江油市人大常委会", "12-26")]


def test_a_trainings_opening_ceremony(record_of):
    text = "12月15日,全市党校系统冬季大练兵开班式在江油市委党校举行。副校长周明远主持仪式。\n"
    assert [(e["name"], e["type"], e["date"]) for e in record_of(text)["events"]] == [
        ("全市党校系统冬季大练兵开班式", "training", "12-15")]


def test_a_session_that_closed_after_its_agenda(record_of):
    text = "10月13日上午,政协江油市第五届委员会第一次会议圆满完成各项议程后,在市会展中心胜利闭幕。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("江油市政协", "10-13")]


def test_a_session_congratulated_or_declared_open_is_the_one_told(record_of):
    """祝贺大会召开, 某某宣布大会开幕: the session the article tells, named again; its chair is its chair."""
    text = ("8月21日下午,中国人民政治协商会议绵阳市江油市第十五届委员会第四次会议开幕。"
            "江油市委书记钱雨辰等应邀出席,祝贺大会召开。\n开幕会由周明远主持。周明远宣布大会开幕。\n")
    assert _pairs(record_of(text)["events"]) == [("江油市政协", "08-21", ["周明远"])]


def test_a_purpose_before_the_day_sets_no_task(record_of):
    """为…,积极响应…,4月19日下午,X召开…: the day it was held, not a task set."""
    text = ("为深化社区党建共建,积极响应全市文明创建攻坚行动,4月19日下午,江油市委组织部召开党建共建联席会议。"
            "会议由副部长周明远主持。\n")
    assert _pairs(record_of(text)["events"]) == [("江油市委组织部", "04-19", ["周明远"])]


def test_requirements_carried_out_by_a_purpose_clause_set_no_task(record_of):
    """为…,全面落实…的部署要求,县委召开…: 要求 is what the meeting carries out, not a task it set."""
    text = ("3月14日,为深入贯彻全会精神,全面落实中央和省委、市委关于加强新形势下人大工作的部署要求,江油市委"
            "召开人大工作会议。市委副书记、市长周明远主持会议。\n")
    assert _pairs(record_of(text)["events"]) == [("江油市委", "03-14", ["周明远"])]


def test_meetings_held_one_after_another_chaired_severally(record_of):
    """X座谈会先后召开,副主任A、B、C分别主持座谈会: the meetings held, each list member a chair."""
    text = "近日,市人大常委会工作报告(稿)征求意见座谈会先后召开,市人大常委会副主任周明远、钱雨辰、孙立华分别主持座谈会。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远", "钱雨辰", "孙立华"]]


def test_a_festival_drawing_near_sets_no_task(record_of):
    """春节将至 tells a time: 将 here is no task set (将开展…)."""
    text = "春节将至,连日来,江油市委书记周明远率队来到超市商圈,检查安全生产工作。\n"
    assert _pairs(record_of(text)["events"]) == [("江油市委", None, ["周明远"])]


def test_a_name_the_lexicon_cannot_read_before_severally_leading(record_of):
    """区长訚某分别率队: 分别 stands between a name of a rare surname and its role verb."""
    text = "1月20日,区委书记周明远,区委副书记、区长訚海峰分别率队来到超市商圈,检查安全生产工作。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远", "訚海峰"]]


@pytest.mark.parametrize("said", ["各项准备工作全部就绪,将于1月26日开幕", "的各项准备工作已经就绪,1月26日开幕"])
def test_a_session_announced_ready_to_open_on_a_day(record_of, said):
    text = f"1月25日,江油市第十七届人民代表大会第八次会议{said}。\n"
    assert ("江油市人大", "01-26") in {(e["org"], e["date"]) for e in record_of(text)["events"]}


def test_a_reporters_credit_opens_no_events_name(record_of):
    """某融媒体中心(记者 某某)某会议…开幕: the outlet in the credit holds nothing."""
    text = ("江油新闻网-江油市融媒体中心(记者 周明远 钱雨辰)省十四届人大三次会议各项准备工作已经就绪,"
            "将于1月19日上午在成都市开幕。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["四川省人大"]


def test_a_bare_day_after_a_purpose_clause_is_the_day_it_was_held(record_of):
    """为…,广泛听取委员的意见建议,23日,…: 建议 is no task set, and 23日 is the visit's day, not
    the dateline's (江油网1月24日讯)."""
    text = ("江油网1月24日讯 为进一步加强与委员的联系,广泛听取委员的意见建议,23日,江油市政协主席周明远"
            "先后走访慰问了两位政协委员。\n")
    assert _pairs(record_of(text, pub_date="2013-01-24")["events"]) == [("江油市政协", "2013-01-23", ["周明远"])]


def test_today_in_a_dated_dateline_is_the_datelines_day(record_of):
    """吉林日报4月16日讯(记者 某某):今天晚上,…: the 16th, though the page is of the 17th."""
    text = "江油日报4月16日讯(记者 钱雨辰):今天晚上,江油市委书记周明远在江油会见了客商代表团一行。\n"
    assert [e["date"] for e in record_of(text, pub_date="2019-04-17")["events"]] == ["2019-04-16"]


def test_today_before_a_later_day_is_the_datelines_day(record_of):
    """某网成都2月2日电 …会议今天上午开幕,…计划于2月6日闭幕: opened the 2nd (today), not the 6th."""
    text = ("青林网成都2月2日电 (记者钱雨辰)政协四川省第十三届委员会第四次会议今天上午在成都开幕,"
            "本次会议会期5天,计划于2月6日下午闭幕。\n")
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("四川省政协", "02-02")]


def test_a_schools_lectures_on_a_congress_are_an_activity(record_of):
    text = "5月16日至19日,艺术学院开展学习贯彻省第十三次党代会精神专题宣讲,学院党委书记周明远宣讲。\n"
    assert ("艺术学院", "05-16", "activity") in {(e["org"], e["date"], e["type"]) for e in record_of(text)["events"]}


@pytest.mark.parametrize("noun", ["擂台赛", "技能大赛"])
def test_a_contest_a_town_holds_is_an_activity(record_of, noun):
    text = f"5月23日,汀城镇开展“党建引领 实体强村”{noun},镇党委全体领导干部参加。\n"
    assert [(e["org"], e["type"]) for e in record_of(text)["events"]] == [("汀城镇党委", "activity")]


def test_the_party_named_in_what_is_studied_holds_no_meeting(record_of):
    """中国共产党领导是…: the party named in the lesson holds none of the page's meetings; its
    national congress is its own."""
    text = ("6月17日上午,青石三中党委理论学习中心组召开专题学习会。会议由党委书记周明远主持。"
            "会上学习了第七讲。中国共产党领导是中国特色社会主义最本质的特征。\n")
    assert "中国共产党" not in {e["org"] for e in record_of(text)["events"]}
    text = "10月16日上午,中国共产党第二十次全国代表大会在北京人民大会堂隆重开幕。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["中国共产党"]


@pytest.mark.parametrize("later", [
    "会议传达学习习近平主持中共中央政治局常务委员会的重要讲话,以及出席峰会的重要讲话精神。",  # words cited
    "会上,张华领学了《中共中央政治局召开民主生活会 中共中央总书记习近平主持会议并发表重要讲话》。",  # a title
    "会议指出,习近平总书记主持召开中共中央政治局常委会会议,作出重要部署。",  # what the meeting said
])
def test_a_chair_of_a_meeting_cited_later_does_not_chair_this_one(record_of, later):
    text = f"11月24日,校党委书记周明远主持召开2022年第22次党委会。\n{later}\n"
    assert ("校党委", "11-24", ["周明远"]) in _pairs(record_of(text)["events"])
    assert not any("习近平" in e["leaders"] and e["org"] == "校党委" for e in record_of(text)["events"])


def test_a_meeting_named_by_a_district_two_bear_is_its_committees_as_written(record_of):
    text = "5月31日下午,宝山区统筹疫情防控和经济社会发展工作会议召开。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["宝山区委"]


@pytest.mark.parametrize("text", [
    "江油新闻网讯(通讯员 钱雨辰)5月29日,江油市在政府六楼会议室召开脱贫攻坚推进会。绵阳市副市长周明远出席。\n",
    "5月29日,江油市组织召开乡村振兴专场新闻发布会。绵阳市农业农村局副局长周明远出席会议。\n",
])
def test_a_city_opening_the_sentence_holds_its_meeting_whoever_attends(record_of, text):
    """某县在…召开, 某市组织召开 (after a dateline's credit): the place's 委, not an attendee's body."""
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("江油市委", "05-29")]


def test_a_leagues_bodies_by_its_level_and_a_party_led_by_its_first(record_of):
    """盟政协 (a 盟, Inner Mongolia's prefecture) resolves like 市政协, also by a banner it goes to (科右前旗,
    in 兴安盟); A、某委员会主任B一行: A leads."""
    text = "8月12日,兴安盟政协召开会议。盟政协副主席周明远主持。\n"
    assert _pairs(record_of(text)["events"]) == [("兴安盟政协", "08-12", ["周明远"])]
    text = ("8月12日,盟政协副主席周明远、资源环境和经济委员会主任赵德明一行深入科右前旗"
            "就生态工程实施情况进行实地调研。\n")
    assert _pairs(record_of(text)["events"]) == [("兴安盟政协", "08-12", ["周明远"])]


@pytest.mark.parametrize("headline", ["", "河南省工会代表会议召开\n"])
def test_a_mass_organisations_assembly_is_its_own(record_of, headline):
    """省人大常委会副主任、省总工会主席甲主持省工会代表会议: the union's, whatever body is the
    chair's first post or the page's main one."""
    text = headline + "8月8日,河南省工会代表会议在郑州召开。\n省人大常委会副主任、省总工会主席周明远主持会议。\n"
    assert ("河南省总工会", "08-08", ["周明远"]) in _pairs(record_of(text)["events"])


def test_counties_opening_the_sentence_hold_what_no_one_leads(record_of):
    """3月28日,甲县、乙县以“…”为主题,在甲县召开…会议: the first county's 县委, as a town's
    meeting is its 党委's; a headline's kicker (续写山水情 …) is not the meeting's name."""
    text = ("续写山水情 江油市平武县2025年民族团结进步协商会议召开\n"
            "3月28日,江油市、平武县以“牢记山水情”为主题,在江油市召开2025年民族团结进步协商会议。\n")
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("江油市委", "03-28")]
    events = record_of("续写山水情 江油市平武县2025年民族团结进步协商会议召开\n")["events"]
    assert [(e["org"], e["name"]) for e in events] == [("江油市委", "江油市平武县2025年民族团结进步协商会议")]


@pytest.mark.parametrize("group", ["绥化市脱贫攻坚领导小组", "绥化市政协党的建设工作领导小组", "绥化市安全生产委员会", "绥化市安委会"])
def test_a_leading_group_or_a_commission_holds_its_own_meeting(record_of, group):
    text = f"3月11日,{group}召开2020年第一次会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == [group]


def test_a_leading_group_named_by_its_level_and_its_chair(record_of):
    """省某试验区建设领导小组: a zone (试验区) inside the group's name; its 组长 chairs for the group,
    not for the committee whose secretary he also is."""
    record = record_of("3月26日下午,省青林新区综合试验区建设领导小组召开扩大会议。"
                       "省委书记、省青林新区综合试验区建设领导小组组长周明远主持会议并讲话。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("省青林新区综合试验区建设领导小组", ["周明远"])]


def test_a_level_inside_a_word_names_no_leading_group(record_of):
    orgs = record_of("周明远指出,要尽快成立撤县设市工作领导小组。\n")["organizations"]
    assert not any(o.endswith("领导小组") for o in orgs), orgs


def test_a_body_that_calls_a_meeting_holds_it_though_its_chair_heads_another(record_of):
    """某指挥部召开…。指挥部党组书记、总指挥、某州党委副书记甲主持会议: the 指挥部's meeting."""
    text = ("3月26日,江苏省援疆工作前方指挥部召开2018年援疆干部人才大会。\n"
            "江苏省援疆工作前方指挥部总指挥、某州党委副书记孙立新主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("江苏省援疆工作前方指挥部", ["孙立新"])]


def test_a_body_with_a_place_holds_nothing_alone(record_of):
    """某部与某市召开…: not the ministry's alone; the chair's body holds it."""
    text = "11月19日,教育部与重庆市在重庆召开部市会商会议。重庆市委副书记、市长孙立新主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("重庆市政府", ["孙立新"])]


def test_a_task_to_hold_something_well_is_no_event(record_of):
    """开展好“某某”活动, 就开展好执法检查作动员部署: what is to be done well, not done."""
    text = ("5月27日,执法检查组召开全体会议,周明远就开展好执法检查作动员部署。"
            "会议要求,扎实推进党史学习教育,开展好“我为群众办实事”实践活动。\n")
    assert [e["name"] for e in record_of(text)["events"]] == ["全体会议"]


@pytest.mark.parametrize("clause", ["专题调研基层治理工作", "进行调研", "实地督导"])
def test_a_trip_whose_noun_follows_a_comma_after_where_it_went(record_of, clause):
    text = f"2月17日,江油市委书记周明远深入太白镇、青莲镇部分社区和特色街区,{clause}。\n"
    assert _pairs(record_of(text)["events"]) == [("江油市委", "02-17", ["周明远"])]


def test_a_trip_on_a_long_quoted_matter(record_of):
    """…一行来到某市,就如何办好“某某主题展——某某成果展”展开调研: a quoted name of two parts."""
    text = ("4月14日,湖南省妇联副主席周明远一行来到广州,就如何办好“城乡妇女论坛主题展——城乡妇女创新创业成果展”"
            "展开调研,以便更好地展示妇女创业的情况。\n")
    assert _pairs(record_of(text)["events"]) == [("湖南省妇联", "04-14", ["周明远"])]


def test_a_units_party_committee_plenum_is_its_party_committees(record_of):
    text = ("1月22日上午,中国共产党江岳大学第七届委员会第十一次全体(扩大)会议在行政楼召开。"
            "全体校领导、党委委员出席会议,校党委书记、校长周明远院士主持会议并讲话。\n")
    assert _pairs(record_of(text)["events"]) == [("江岳大学党委", "01-22", ["周明远"])]


def test_a_session_closing_after_its_agenda_chaired_under_a_vice_chair(record_of):
    """圆满完成预定各项议程,胜利闭幕; 在副主席某某的主持下: its chair."""
    text = ("1月14日下午,政协江油市第十届委员会第五次会议圆满完成预定各项议程,胜利闭幕。"
            "会议闭幕前,在市政协副主席周明远的主持下,会议讨论通过了选举办法。\n")
    assert _pairs(record_of(text)["events"]) == [("江油市政协", "01-14", ["周明远"])]


def test_who_convened_a_meeting_cited_leads_not_the_one_told(record_of):
    text = ("按照5月6日市长周明远在市政府驻北京办事处召开的协同发展工作座谈会的讲话精神,5月12日,"
            "江油市政协副主席钱雨辰带领市投促办赴北京开展招商引资活动。\n")
    assert [e["leaders"] for e in record_of(text)["events"] if e["date"] == "05-12"] == [["钱雨辰"]]


def test_who_sat_in_on_a_meeting_leads_nothing(record_of):
    text = ("29日,江油市委书记周明远会见前来考察的青川商会会长钱雨辰一行。市领导孙立华、赵德明会见时在座。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]  # the host only


def test_a_web_news_datelines_day_gives_way_to_the_days_told(record_of):
    """东方网5月19日消息:…代表团5月18日至19日在上海考察: from the 18th, not the dateline's day."""
    text = "江油网5月19日消息:由江油市委书记周明远率领的江油市党政代表团5月18日至19日在上海考察。\n"
    assert [e["date"] for e in record_of(text)["events"]] == ["05-18"]


def test_members_are_no_meeting(record_of):
    """全市各级民进组织和广大会员要…: 组织 + 和广大会员 names no 大会."""
    text = ("3月1日,民进江油市委会召开理论学习中心组学习会。周明远强调,今年是开局之年。全市各级民进组织和广大会员"
            "要找准切入点和落脚点,充分发挥资源优势。\n")
    assert [e["name"] for e in record_of(text)["events"]] == ["理论学习中心组学习会"]


def test_a_units_training_held_at_another_unit_is_the_units(record_of):
    """集团某培训班在某大学开班: the group's, the university only where it was held."""
    text = ("12月4日,集团优秀年轻干部综合能力提升培训班在江岳大学顺利开班。集团党委书记、董事长周明远作开班动员讲话,"
            "江岳大学副校长钱雨辰致辞。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["集团"]


def test_a_count_of_meetings_held_is_no_event(record_of):
    """大会主席团召开了四次会议: how many meetings, none of them told."""
    text = ("8月30日,共青团江油市第二十次代表大会召开。市委书记周明远出席开幕式。"
            "大会主席团召开了四次会议,分别通过了大会日程(草案)等事项。\n")
    assert [e["name"] for e in record_of(text)["events"]] == ["共青团江油市第二十次代表大会"]


def test_a_training_named_for_a_tour_cited_is_one_event_of_its_holder(record_of):
    """召开总书记考察某省重要讲话精神专题培训会: one training, held by who convened it, not by
    the body of the leader whose words it studies; 并开展学习研讨 is a part of it."""
    text = ("5月18日,江油市委宣传部组织召开习近平总书记考察四川重要讲话精神专题培训会,原文传达了习近平总书记"
            "在四川考察时的重要讲话精神,并开展学习研讨,会议由部长周明远主持。\n")
    events = [e for e in record_of(text)["events"] if e["date"]]
    assert [(e["org"], e["name"], e["type"], e["leaders"]) for e in events] == [
        ("江油市委宣传部", "习近平总书记考察四川重要讲话精神专题培训会", "training", ["周明远"])]


def test_a_person_in_a_relayed_speech_or_an_invited_guest_gives_no_holder(record_of):
    text = "12月2日下午,江油市工商联(总商会)召开六届四次执委会议,并邀请四川省工商联原副主席、某研究会原会长钱雨辰作专题讲座。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["江油市工商联"]
    text = "5月6日,地委理论学习中心组举行2024年第六次集体学习,深入学习贯彻习近平总书记关于加强和改进民族工作的重要思想。\n"
    assert "中共中央" not in [e["org"] for e in record_of(text)["events"]]


def test_a_department_of_social_work_holds_its_meeting(record_of):
    text = "8月5日,江油市委社会工作部召开乡镇常务副部长座谈会。市委副书记、社工部部长周明远出席会议并讲话。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("江油市委社会工作部", "08-05")]


def test_a_trip_cited_in_a_meeting_is_undated(record_of):
    """会议传达了市委书记某某到我区调研…的指示精神: the trip is cited, not made that day."""
    text = ("6月15日,江油市委常委会召开扩大会议。市委书记周明远主持会议。\n"
            "会议首先传达了绵阳市委书记钱雨辰到我市调研历史文化遗产保护工作的指示精神。\n")
    assert _pairs(record_of(text)["events"]) == [("江油市委", "06-15", ["周明远"]), ("绵阳市委", None, ["钱雨辰"])]


@pytest.mark.parametrize("verb", ["调研", "视察"])
def test_a_trip_verb_right_after_a_name_is_that_persons_trip(record_of, verb):
    text = f"3月7日,江油市委书记周明远{verb}部分重点企业生产运营及安全生产工作。市委办主任钱雨辰等参加。\n"
    assert [(e["org"], e["name"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("江油市委", f"{verb}部分重点企业生产运营及安全生产工作", "03-07", ["周明远"])]


def test_a_headline_trip_told_by_another_verb_is_the_bodys(record_of):
    text = ("江油市委常委、统战部部长周明远走访民主党派机关\n发布日期:2021-11-19\n"
            "11月17日,江油市委常委、统战部部长周明远调研走访各民主党派市委机关。\n")
    assert _pairs(record_of(text)["events"]) == [("江油市委统战部", "2021-11-17", ["周明远"])]


def test_a_section_of_a_department_is_no_verb(record_of):
    """组织一处处长某某主持开班式, 组织部分管副部长…出席: nouns (组织一处, 组织部), no meeting held by 组织."""
    text = ("本网讯 9月12日上午,城市基层党建工作专题研修班在我校顺利开班。四川省委组织部部务委员、组织一处处长周明远"
            "主持开班式。各区委组织部分管副部长等140余人出席开班式。\n")
    assert _pairs(record_of(text)["events"]) == [("四川省委组织部", "09-12", ["周明远"])]


def test_a_party_counted_by_heads_is_led_by_its_first(record_of):
    text = ("绵阳市妇联走进江油:调研“巧媳妇”行动\n"
            "11月15日,绵阳市妇联调研员周明远一行四人,到我市调研“巧媳妇”行动开展情况。市妇联主席钱雨辰陪同调研。\n")
    assert _pairs(record_of(text)["events"]) == [("绵阳市妇联", "11-15", ["周明远"])]


def test_a_branch_holds_its_own_founding_meeting(record_of):
    """某市民建某区支部召开成立大会: the branch, not the city committee its chair is of."""
    text = "3月23日下午,绵阳民建涪城区支部召开成立大会。民建绵阳市委副主委周明远主持会议。\n"
    assert _pairs(record_of(text)["events"]) == [("民建涪城区支部", "03-23", ["周明远"])]


def test_a_units_congress_named_inside_a_longer_name(record_of):
    """中共某学院委员会出席中共某大学第十一次代表大会代表候选人选举大会: no body named 某学院委员会出席中共某大学."""
    text = ("10月17日下午,商学院在报告厅召开中共青林大学商学院委员会出席中共青林大学第十一次代表大会代表候选人选举大会。"
            "院党委书记周明远主持。\n")
    assert not any("出席" in (e["org"] or "") for e in record_of(text)["events"])


def test_a_headlines_chair_chairs_the_meeting_the_body_dates(record_of):
    text = ("自治区十三届人大二次会议主席团举行第一次会议 周明远主持\n"
            "  1月25日下午,自治区十三届人大二次会议主席团举行第一次会议。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("01-25", ["周明远"])]


def test_a_headlines_chair_chairs_the_meeting_the_body_names_shorter(record_of):
    """第三次某点评会 周明远主持 in the headline; the body, dating it, says 某点评会 alone."""
    text = ("北京市委召开第三次区委书记月度工作点评会 周明远主持并点评\n"
            "10月26日下午,北京市委召开区委书记月度工作点评会。三位区委书记依次发言,并接受市委书记周明远的现场点评。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("10-26", ["周明远"])]


@pytest.mark.parametrize("name, org", [
    ("全县实施“千村引领”工程动员部署会", "江油市委"), ("全市干部大会", "江油市委"), ("全市项目推进协调会", "江油市政府"),
    ("2025年江油市组织、宣传、统战工作部署会", "江油市委"), ("政法综治暨信访维稳工作会议", "江油市委")])
def test_a_places_mobilisation_of_its_cadres_is_its_party_committees(record_of, name, org):
    """全县…动员部署会 (县委书记讲话, 县长主持): the party committee's, whoever chairs; a work
    meeting chaired by the head of government is the government's."""
    text = f"9月5日下午,{name}召开。江油市委书记钱雨辰出席会议并讲话。市长周明远主持。\n"
    assert _pairs(record_of(text)["events"]) == [(org, "09-05", ["周明远"])]


def test_the_close_of_the_session_told_is_no_other_meeting(record_of):
    text = "四川省政协十届一次会议会期6天。1月15日上午9时大会开幕;1月20日下午大会闭幕。\n"
    assert [e["date"] for e in record_of(text)["events"]] == ["01-15"]


def test_a_party_and_a_comma_before_where_it_went(record_of):
    text = "11月30日下午,绵阳市人大常委会副主任周明远一行,到青莲镇考察调研人大代表联络站建设。\n"
    assert _pairs(record_of(text)["events"]) == [("绵阳市人大常委会", "11-30", ["周明远"])]


def test_a_noun_of_use_sets_no_task(record_of):
    """围绕加快煤炭清洁高效利用开展调研: 利用 is a noun here, not `利用…` (by means of) nor a task."""
    text = "■ 5月18日至20日,四川省政协副主席周明远率队在绵阳市、广元市围绕加快煤炭清洁高效利用开展调研,强调要深入贯彻落实。\n"
    assert _pairs(record_of(text)["events"]) == [("四川省政协", "05-18", ["周明远"])]


@pytest.mark.parametrize("sentence", ["会议审议通过了关于召开政协江油市第十二届委员会第四次会议的决定。",
                                      "周明远表示,每年集中开展“代表联系选民月”活动,是常委会的一项重要工作。"])
def test_a_decision_to_convene_or_words_said_hold_no_event(record_of, sentence):
    text = f"1月26日,江油市政协召开常务委员会第十三次会议,主席周明远主持。{sentence}\n"
    assert _pairs(record_of(text)["events"]) == [("江油市政协", "01-26", ["周明远"])]


def test_an_academician_chairs(record_of):
    text = "2022年1月12日,某某大学在呈贡校区召开校庆筹备工作专题会议。校党委书记钱雨辰作总结讲话,校长周明远院士主持会议。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_towns_trade_union_holds_its_congress(record_of):
    text = "9月5日,江油市青莲镇总工会第二届代表大会召开,青莲镇党委副书记周明远主持会议。\n"
    assert _pairs(record_of(text)["events"]) == [("青莲镇总工会", "09-05", ["周明远"])]  # a town's body by its own name


def test_a_kind_of_university_aimed_at_is_not_the_schools_name(record_of):
    text = ("2月27日,我校党委召开四届三次全体会议。会议由校党委书记周明远主持。\n"
            "全会认为,学校要加快推进特色鲜明的地方应用型高水平大学建设。\n")
    assert _pairs(record_of(text)["events"]) == [("校党委", "02-27", ["周明远"])]


def test_who_convenes_and_chairs_a_meeting_on_a_trip_leads_it(record_of):
    text = "2月6日至7日,四川省副省长周明远来绵调研工业企业并主持召开座谈会。绵阳市市长钱雨辰陪同调研。\n"
    assert [(e["name"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("来绵调研", ["周明远"]), ("座谈会", ["周明远"])]


def test_a_faculty_named_with_its_university_is_not_the_school_of_the_page(record_of):
    """校党委 of a page whose guest speaker is of 某大学马克思主义学院: the school's own, as written."""
    text = ("新闻网讯 5月7日下午,学校召开党委理论学习中心组学习扩大会,会议由校党委副书记周明远主持。\n"
            "会上,西川大学马克思主义学院教授钱雨辰为与会人员作报告。\n")
    assert _pairs(record_of(text)["events"])[:1] == [("校党委", "05-07", ["周明远"])]


@pytest.mark.parametrize("party", ["中国共产党", "中共"])
def test_a_universitys_party_congress_is_its_party_committees(record_of, party):
    text = f"12月31日,{party}西川理工大学第十三次党员代表大会胜利召开。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("西川理工大学党委", "12-31")]


def test_an_education_work_committee_holds_its_training(record_of):
    text = "8月22日至25日,四川省委教育工委、省教育厅在绵阳市委党校举办全省高校党委书记暑期研讨班。省委教育工委书记周明远出席开班式并主持。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["四川省委教育工委"]


def test_congratulating_the_session_on_its_opening_chairs_nothing(record_of):
    """在贺词中向大会的成功召开表示祝贺: no place before 召开, no chair."""
    text = ("6月11日,江油市妇女第九次代表大会胜利召开。绵阳市妇联主席周明远出席会议。\n"
            "周明远在贺词中向大会的成功召开表示热烈祝贺。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("江油市妇联", [])]


def test_a_seat_on_one_body_and_an_office_in_another_act_for_the_office(record_of):
    text = "12月3日,绵阳市政协委员、江油市政协主席周明远带领住江油市政协委员到平武县视察产业发展情况。\n"
    assert _pairs(record_of(text)["events"]) == [("江油市政协", "12-03", ["周明远"])]


def test_a_prefectures_party_committee_and_administration(record_of):
    text = ("12月24日,阿克苏地委召开第四十三次委员(扩大)会议,地委书记周明远主持会议,"
            "强调要由地区相关领导担任组长。阿克苏地区行署专员钱雨辰出席。\n")
    record = record_of(text)
    assert _pairs(record["events"]) == [("阿克苏地委", "12-24", ["周明远"])]
    assert ("周明远", "阿克苏地委", "书记") in positions_of(record) and "阿克苏地区行署" in record["organizations"]


@pytest.mark.parametrize("text, org", [
    ("5月6日,全市首个换届乡镇——中共绵阳市江油市青莲镇第十六次党员代表大会正式召开。\n", "青莲镇党委"),
    ("4月21日,江油市青莲镇第六届人民代表大会第三次会议召开。会议应到代表76人。\n", "青莲镇人大"),
    ("4月2日,青莲镇召开第十四届人民代表大会第六次会议。会议应到代表47名。\n", "青莲镇人大"),
])
def test_a_towns_party_or_peoples_congress(record_of, text, org):
    assert [e["org"] for e in record_of(text)["events"]] == [org]


def test_the_chair_named_after_the_words_that_say_so(record_of):
    text = ("1月15日上午,江油市政协十四届二次会议在市文化艺术中心开幕。\n"
            "会议首先审议通过了会议议程。主持会议的市政协副主席周明远宣布大会开幕。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_common_word_is_no_far_districts_short_form(record_of):
    """友好政协交流活动 on a page of a county in 浙江: 友好 is friendly, not 伊春's 友好区."""
    text = "本报青田讯 近日,县政协主席周明远带领考察组前往平湖开展友好政协交流活动。\n"
    orgs = record_of(text, source="http://www.qingtian.gov.cn/art/2020/6/29/art_1.html")["organizations"]
    assert "友好区政协" not in orgs and "青田县政协" in orgs


def test_a_party_led_by_the_head_of_a_newspapers_bureau(record_of):
    """由某报社某分社社长甲带队,乙、丙组成的采访团到…调研: 甲 leads, for the bureau."""
    text = ("10月17日,由四川日报社绵阳分社社长周明远带队,某网绵阳分公司总经理钱雨辰、四川日报社绵阳分社记者孙立新"
            "组成的采访团到江油市开展专题调研。\n")
    assert _pairs(record_of(text)["events"]) == [("四川日报社绵阳分社", "10-17", ["周明远"])]


def test_a_bare_day_before_a_trip_verb_dates_the_trip(record_of):
    text = "周明远书记21日赴阿坝考察调研。当天上午,周明远来到汶川县。\n"
    events = record_of(text, pub_date="2021-07-23")["events"]
    assert [(e["date"], e["leaders"]) for e in events][:1] == [("2021-07-21", ["周明远"])]


def test_a_meeting_of_deputies_or_on_a_bodys_work_is_its_conveners(record_of):
    text = ("2月13日,四川省人大常委会组织召开在川全国人大代表议案建议素材征集座谈会。\n"
            "9月17日,中共绵阳市委召开市人大工作会议。市委副书记、市长周明远主持会议。\n"
            "10月26日,绵阳市委召开区委书记月度工作点评会,三位区委书记依次发言。\n")  # of secretaries: theirs to attend
    assert [(e["org"], e["date"], e["name"]) for e in record_of(text)["events"]] == [
        ("四川省人大常委会", "02-13", "在川全国人大代表议案建议素材征集座谈会"), ("绵阳市委", "09-17", "市人大工作会议"),
        ("绵阳市委", "10-26", "区委书记月度工作点评会")]


def test_deputies_elected_heads_of_a_delegation_lead_no_meeting(record_of):
    text = ("本报讯 出席全国人大五次会议的四川省代表昨天下午举行组团会议,推选钱雨辰为四川省代表团团长,"
            "周明远、孙立新为四川省代表团副团长。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [[]]


def test_an_election_named_in_the_meeting_does_not_unseat_its_chair(record_of):
    """换届选举工作动员会 names an election as the meeting's subject; its chair still leads it."""
    text = ("7月5日上午,青莲镇召开社区换届选举工作动员会,会议由青莲镇党委书记周明远主持,"
            "全镇机关工作人员参加了会议。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_meeting_that_announces_another_keeps_its_chair(record_of):
    text = ("1月11日上午,某省十二届人大常委会举行第59次主任会议,决定常委会第十八次会议将于1月20日召开。"
            "省人大常委会副主任周明远主持会议;副主任钱雨辰出席会议。\n")
    assert [(e["name"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("第59次主任会议", ["周明远"]), ("常委会第十八次会议", [])]


def test_a_trip_on_listed_days_is_dated_by_the_first(record_of):
    text = "7月16日、7月17日,某市人大常委会主任周明远一行来青山市,就人大代表工作进行学习考察。\n"
    assert [e["date"] for e in record_of(text)["events"]] == ["07-16"]


def test_a_body_in_an_opening_purpose_clause_holds_nothing(record_of):
    """为贯彻落实县委全会精神, …: the 县委 is served, the zone's committee meets."""
    text = ("为全面贯彻落实县委十三届八次全体(扩大)会议精神,6月27日下午,龙腾经济开发区召开中层以上全体干部扩大会议,"
            "会议由开发区党工委书记周明远主持。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("龙腾经济开发区党工委", ["周明远"])]


def test_a_schedules_bare_days_are_of_the_month_told_before(record_of):
    """Published on the 23rd: 30日 after 1月27日 is January's, not the month before the page's day."""
    text = ("时间: 2026-01-23 13:28\n1月23日上午,某市政协六届四次会议新闻发布会召开。"
            "会议将于1月27日上午开幕、31日上午闭幕。30日上午举行大会发言;31日上午进行选举,随后举行闭幕会。\n")
    assert [e["date"] for e in record_of(text)["events"]][-2:] == ["2026-01-30", "2026-01-31"]


@pytest.mark.parametrize("told", ["本次培训由县委统战部与县委组织部联合举办,培训为期三天。",
                                  "据了解,此次培训班由县委统战部主办、县社会主义学院承办。"])
def test_an_organizer_told_after_the_event_holds_it(record_of, told):
    text = ("9月23日,2025年统战干部专题培训班在县社会主义学院开班。县委常委、统战部部长钱雨辰出席开班仪式。"
            + told + "\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["县委统战部"]


def test_a_street_meeting_on_a_committees_call_is_the_streets(record_of):
    """某街道就区委…精神召开…: 就 opens the topic; the 区委 named before (in a quote) holds nothing."""
    text = ("2月23日下午,青莲街道就区委关于“三强四融”动员大会相关精神召开专题研讨学习会议。"
            "会上,街道工委书记周明远带头领学。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["青莲街道党工委"]
    text = ("“区委区政府的要求我们怎样抓细抓实?”" + text)
    assert [e["org"] for e in record_of(text)["events"]] == ["青莲街道党工委"]


def test_going_down_to_towns_names_no_town(record_of):
    text = "日前,某区人大常委会组织常委会组成人员分为三个调研组,深入到乡镇召开座谈会,征求代表的意见。\n"
    assert "深入到乡镇党委" not in record_of(text)["organizations"]


def test_a_party_gone_to_a_site_to_look_it_over_is_a_trip(record_of):
    text = ("1月19日,某集团董事长、党委书记周明远带队前往青禾创新产业园,实地查看了消防设施、施工现场等重点区域。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("01-19", ["周明远"])]


def test_an_enlarged_group_study_is_a_meeting(record_of):
    text = "3月23日,系党委理论学习中心组开展2023年第2次集体(扩大)学习。系党委副书记周明远主持学习。\n"
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("03-23", ["周明远"])]


def test_a_session_announced_as_nearly_ready_is_an_event(record_of):
    text = "1月21日,记者获悉,省十三届人大一次会议各项准备工作基本就绪,将于1月25日在成都召开。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("四川省人大", "01-25")]


def test_a_session_closing_after_the_meetings_agenda_keeps_its_chair(record_of):
    text = ("2月24日下午,政协青山市第十届委员会第四次会议圆满完成大会的各项议程,胜利闭幕。"
            "会议由市政协主席周明远主持。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("02-24", ["周明远"])]


@pytest.mark.parametrize("text", [
    "某县政协在2024年6月14日对全县重点项目建设情况开展了专项视察活动。此次视察由县政协副主席周明远、钱雨辰带队,"
    "全体在家政协常委参与,通过现场观摩与座谈交流,深入了解项目进展。\n",
    "10月14日至17日,某省人大常委会组织部分省人大代表开展专题调研。省人大常委会副主任周明远、钱雨辰分别带队,"
    "围绕“推动文化和旅游融合发展”和“保障粮食安全”两个专题,赴济宁、泰安开展调研。\n",
])
def test_a_trip_told_then_led_in_the_next_sentence_is_one_trip(record_of, text):
    events = record_of(text)["events"]
    assert [e["leaders"] for e in events] == [["周明远", "钱雨辰"]] and events[0]["date"].endswith(("06-14", "10-14"))


def test_the_same_day_after_a_span_of_time_is_the_leads_day(record_of):
    """当天,… with no day told in the three sentences before (长期以来 among them): the lead's day."""
    text = ("10月27日,某市政协召开港澳委员座谈会。\n"
            "周明远指出,长期以来,港澳委员充分发挥作用。\n港澳委员传承爱国爱港精神。\n委员们表示要再接再厉。\n"
            "当天,还召开了市海外联谊会常务理事(扩大)会议,市委统战部副部长钱雨辰主持会议。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]][-1] == ("10-27", ["钱雨辰"])


def test_a_town_whose_page_says_zhenwei_is_held_by_its_zhenwei(record_of):
    """东莞's towns call their party committee 镇委; a page that does keeps the name."""
    text = ("5月16日上午,青莲镇在镇一楼会议室召开专题会,会议由镇委副书记、镇长周明远主持。\n"
            "10月31日,青莲镇学习贯彻某纲要宣讲会举行。青莲镇委副书记钱雨辰主持宣讲会。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["青莲镇委", "青莲镇委"]
    text = "5月16日上午,青莲镇在镇一楼会议室召开专题会,会议由镇党委副书记、镇长周明远主持。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青莲镇党委"]
    text += "镇委党委委员钱雨辰解读了方案。\n"  # 镇委党委委员: a slip for 镇党委委员, no 镇委
    assert [e["org"] for e in record_of(text)["events"]] == ["青莲镇党委"]


@pytest.mark.parametrize("text", [
    "四川省政协党组书记、主席欧阳明远1月11日上午主持召开十二届省政协第32次主席会议。\n",
    "1月11日,十二届省政协第32次主席会议召开,省政协副主席欧阳明远受主席会议的委托主持会议。\n",
    "9月29日,自治区党委常委、统战部部长欧阳明远代表自治区党委主持召开会议,向党外人士通报会议精神。\n",
])
def test_a_chair_named_before_a_day_or_a_mandate(record_of, text):
    assert [e["leaders"] for e in record_of(text)["events"]][:1] == [["欧阳明远"]]


def test_on_whose_behalf_a_greeting_is_said_names_no_chair(record_of):
    """甲代表市妇联向大会的召开表示祝贺: a greeting, not a chair (代表…主持 is)."""
    text = "4月22日,青川县妇女第十五次代表大会开幕。周明远代表市妇联向大会的召开表示热烈祝贺。\n"
    assert all(not e["leaders"] for e in record_of(text)["events"])


def test_a_ceremony_is_an_event(record_of):
    text = "9月18日,区委党校举行2016年秋季开学典礼。区委常委、组织部部长周明远主持开学典礼。\n"
    assert [(e["org"], e["name"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("区委党校", "2016年秋季开学典礼", ["周明远"])]


@pytest.mark.parametrize("pub_date", [None, "2023-10-27"])
def test_a_day_after_a_datelines_credit_dates_the_article(record_of, pub_date):
    text = ("绵州新闻网10月27日讯(记者 王晓梅)26日上午,省政协开展提案督办活动。省政协副主席张建国参加活动并讲话。\n"
            "张建国一行深入某乡某村调研,并召开座谈会。\n")
    events = record_of(text, place="四川省", pub_date=pub_date)["events"]
    trip = next(e for e in events if e["leaders"] == ["张建国"])
    assert {e["date"][-5:] for e in events} == {"10-26"} and trip["date"][-5:] == "10-26"


def test_a_day_after_a_paper_and_its_apps_dateline(record_of):
    """某日报·新某客户端1月8日讯(记者)7日,…: the day told after the dateline, not the dateline's."""
    text = "青林日报·新青林客户端1月8日讯(周明远)7日,政协青林市第十三届委员会常务委员会第二十五次会议召开。\n"
    assert [e["date"] for e in record_of(text, pub_date="2026-01-08")["events"]] == ["2026-01-07"]


def test_a_credit_naming_its_paper_is_no_part_of_a_meetings_name(record_of):
    text = ("中国川网3月27日讯 据四川日报报道(新川网·四川日报记者 王晓梅)省十三届人大常委会第九次会议今天在成都召开,"
            "会议由省委书记、省人大常委会主任张建国主持。\n")
    events = record_of(text, place="四川省")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("四川省人大常委会", "03-27", ["张建国"])]


def test_a_commission_for_discipline_inspection_is_no_inspection(record_of):
    text = ("4月20日,学校召开党委理论学习中心组学习会议。党委书记周明远带领与会同志传达学习了省委书记钱雨辰在"
            "中国共产党某省第十三届纪律检查委员会第三次全体会议上的讲话精神。\n")
    assert [e["name"] for e in record_of(text)["events"] if e["type"] == "inspection"] == []


def test_a_study_group_carrying_out_its_session(record_of):
    """中心组进行集中学习: a study session held."""
    text = "4月24日,市政协党组理论学习中心组进行集中学习研讨。市政协党组书记、主席周明远主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text, place="菏泽市")["events"]] == [("菏泽市政协", ["周明远"])]


def test_a_districts_congress_named_after_its_city_is_the_congresss(record_of):
    """重庆市某区第N届人民代表大会第N次会议: the district's 人大, though the page names its 常委会 too."""
    text = ("8月17日,重庆市渝中区第十九届人民代表大会第四次会议开幕。本次会议执行主席由周明远、钱雨辰担任。"
            "会议由大会执行主席周明远主持。区人大常委会原主任孙立华在主席台就座。\n")
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("渝中区人大", ["周明远"])]
    assert "由周明远" not in record["persons"]


@pytest.mark.parametrize("party", ["中国共产党", "中共"])
def test_a_towns_party_congress_named_by_the_party(record_of, party):
    text = f"9月10日,{party}青石镇第十次代表大会召开。县委副书记周明远到会指导。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青石镇党委"]


def test_a_councils_research_group_holds_its_trip(record_of):
    """某理事会调研组到某省开展专题调研, its leader a CPPCC member: the council's trip."""
    text = "9月6日至10日,中国青岚发展理事会调研组到贵州开展专题调研,全国政协农业和农村委员会副主任周明远率队。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("中国青岚发展理事会", ["周明远"])]


def test_the_outlet_in_a_dateline_holds_nothing(record_of):
    """某人大网讯 11月15日,代表联络室组织到…调研: the site reports; the body its page names holds it."""
    text = ("来源:北京市人大常委会门户网站\n"
            "北京人大网讯 11月15日,代表联络室组织到密云区某镇某村实地调研代表工作站建设情况。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["北京市人大常委会"]


def test_who_declares_a_session_open_names_no_second_one(record_of):
    text = ("8月17日,重庆市渝中区第十九届人民代表大会第四次会议开幕。会议由大会执行主席周明远主持。"
            "周明远宣布重庆市渝中区第十九届人民代表大会第四次会议开幕。区人大常委会原主任孙立华在主席台就座。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("渝中区人大", ["周明远"])]


def test_a_town_meeting_chaired_by_its_deputy_secretary_and_head_is_its_governments(record_of):
    """乡党委副书记、乡长甲主持, 带队督导: the town's government holds it, as a county's does, unless
    the meeting is the party's work (村两委换届工作推进会: the 党委's); 某乡召开… stays its 党委's."""
    text = "11月6日,召开网格工作推进会。会议由青石乡党委副书记、乡长周明远主持。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("青石乡政府", ["周明远"])]
    text = "11月6日,青石乡党委副书记、乡长周明远带队督导重点项目建设。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青石乡政府"]
    text = "11月6日,召开村两委换届工作推进会。会议由青石乡党委副书记、乡长周明远主持。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青石乡党委"]
    county = "11月6日,召开了防灾动员部署会议。会议由县委副书记、县长周明远主持。\n"
    assert [e["org"] for e in record_of(county, place="彭泽县")["events"]] == ["彭泽县政府"]


def test_leaders_who_bring_staff_to_attend_lead_nothing(record_of):
    """省领导甲、乙率有关部门负责同志到会听取…: they attend; the meeting's chair leads it."""
    text = ("1月16日,省政协召开协商会。省领导周明远、钱雨辰率省直有关部门负责同志到会听取协商讨论情况汇报。"
            "会议由孙立华主持。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [["孙立华"]]
    chaired = "8月6日,市政协召开党组理论学习中心组会议。市政协党组书记、主席孙立华主持并参加研讨。\n"
    assert [e["leaders"] for e in record_of(chaired)["events"]] == [["孙立华"]]


def test_who_went_along_on_a_call_holds_no_call_of_their_own(record_of):
    text = ("1月10日,县委副书记、县长周明远深入县内部分重点企业走访慰问。"
            "县委常委、副县长钱雨辰,副县长孙立华陪同走访。\n")
    assert {l for e in record_of(text, place="梨树县")["events"] for l in e["leaders"]} == {"周明远"}


def test_history_told_holds_no_event_and_leads_none(record_of):
    text = ("4月14日,清镇市政府党组开展主题党日活动。\n"
            "1936年,周明远、钱雨辰率领红军渡河进入清镇。\n")
    events = record_of(text, pub_date="2023-04-14")["events"]
    assert [e["leaders"] for e in events] == [[]]


def test_a_group_on_its_task_is_led_by_its_head(record_of):
    """县委第一巡察组进驻某局召开动员会…巡察组组长某某作动员讲话: the group's head leads it."""
    text = ("7月29日,县委第一巡察组进驻县委编办召开巡察工作动员会。县纪委常委钱雨辰出席会议并讲话。\n"
            "动员会上,巡察组副组长孙立华组织学习了工作方案。巡察组组长周明远作动员讲话。\n")
    assert [e["leaders"] for e in record_of(text, place="石泉县")["events"]] == [["周明远"]]


def test_a_meeting_congratulated_is_the_one_told(record_of):
    text = ("5月8日,民盟某省委十三届六次常委(扩大)会议在某市召开。市委书记周明远对民盟某省委十三届六次常委(扩大)会议"
            "在某市召开表示热烈祝贺。\n")
    assert len(record_of(text)["events"]) == 1


def test_a_new_years_gathering_is_no_call(record_of):
    """团拜会 holds 拜会 (a call on someone): a gathering cited, no call by the one who spoke there."""
    from kg.events import _matches
    text = "会议指出,钱雨辰同志新年贺词和在2025年春节团拜会上的重要讲话,深情回顾过去一年的奋斗历程。"
    assert [kind for kind, m in _matches(text, 0, len(text))] == []
    text = "2月28日上午,学院召开党委会会议,传达学习春节团拜会上的讲话精神,院党委书记周明远主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("学院党委", ["周明远"])]
    assert [kind for kind, m in _matches("6日,周明远拜会了钱雨辰。", 0, 12)] == ["went"]


def test_who_took_part_in_a_visit_told_leads_no_other(record_of):
    """…参加了走访: a member went along on the visit told before, leading no visit of their own."""
    text = "5月30日,市政协主席孙立新带队走访企业。市政协委员赵德明参加了走访。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["孙立新"]]


def test_a_call_paid_by_a_leader(record_of):
    """6月25日,省委书记甲在京拜访某集团: 拜访 is a call as 拜会 is, led by its subject."""
    record = record_of("6月25日,河北省委书记周明远在京拜访青林能源集团有限公司,举行工作座谈。\n")
    assert [(e["org"], e["leaders"], e["date"]) for e in record["events"]] == [("河北省委", ["周明远"], "06-25")]


def test_a_leader_who_brings_members_on_a_tour(record_of):
    """市政协主席甲率市政协委员视察…: 率 before members (not only a 组/团/队) leads the tour."""
    record = record_of("6月20日,市政协主席周明远率市政协委员视察青石镇高质量发展情况。\n")
    assert [(e["org"], e["leaders"], e["date"]) for e in record["events"]] == [("市政协", ["周明远"], "06-20")]


def test_a_span_of_days_written_with_a_double_dash_or_tilde(record_of):
    for dash in ("——", "~", "—"):
        record = record_of(f"5月17{dash}18日,旗政协主席周明远带队赴某旗考察学习。\n")
        assert [e["date"] for e in record["events"]] == ["05-17"], dash


def test_a_meeting_named_after_a_trip_word_and_its_holder(record_of):
    """开展调研,并召开调研座谈会: the meeting is the 座谈会 (not 调研 again), held by the body of its
    chair's chief post, not the 市委 of his seat (市委常委、副市长)."""
    text = "4月10日下午,市委常委、副市长周明远带队到青石镇开展调研,并召开调研座谈会。\n"
    events = record_of(text, place="儋州市")["events"]
    assert ("儋州市政府", "调研座谈会", ["周明远"]) in [(e["org"], e["name"], e["leaders"]) for e in events]
    assert all(e["org"] == "儋州市政府" for e in events), events


def test_a_trip_groups_meeting_at_a_stop_is_the_trip(record_of):
    text = ("4月17日至22日,全国政协副主席周明远率专题调研组在四川调研。调研组先后来到成都、绵阳等地。"
            "调研组还召开专题调研座谈会,听取相关工作情况报告。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["全国政协"]


def test_a_towns_congress_is_no_districts_by_a_short_form_inside_it(record_of):
    """店前镇第十五届人民代表大会: 前镇 is no short form of 前镇区 here."""
    text = "1月14日,店前镇第十五届人民代表大会第一次会议开幕。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["店前镇人大"]
    text = "1月14日,青石镇第十五届人民代表大会第一次会议开幕。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青石镇人大"]


def test_a_towns_meeting_on_dates_after_yu(record_of):
    """某镇于10月15、16日召开…: the town's, its 党委's; 同志代表镇党委作报告: 代表 is no town's name."""
    text = "青石镇于10月15、16日召开了第一次党代会。会议听取了镇党委书记周明远同志代表镇党委作的工作报告。\n"
    record = record_of(text)
    assert [(e["org"], e["date"]) for e in record["events"]] == [("青石镇党委", "10-15")]
    assert "代表镇党委" not in record["organizations"]


def test_a_passive_meetings_name_without_its_mood_or_credit(record_of):
    text = ("本网讯:(文/图区委宣传部 钱雨辰/孙立华)洋溢着团结民主、求真务实氛围的政协新市区第九届委员会"
            "第四次会议圆满完成各项议程,1月22日下午在创新广场胜利闭幕。\n")
    assert [(e["org"], e["name"]) for e in record_of(text, place="乌鲁木齐市")["events"]] == [("新市区政协", "第四次会议")]


def test_a_leader_of_several_posts_acts_for_the_title_written_after_the_name(record_of):
    text = ("6月3日,九三学社市委召开四届三次市委扩大会。副市长、九三学社市委主委周明远出席。"
            "会后,周明远主委带领与会人员到联系企业进行了调研。\n")
    events = record_of(text)["events"]
    assert [(e["org"], e["leaders"]) for e in events if e["leaders"]] == [("九三学社市委", ["周明远"])]


def test_a_leader_of_several_posts_acts_for_the_body_the_headline_names(record_of):
    """农工党某省委会开展专题调研 (headline); 省政协副秘书长、农工党某省委会副主委甲带队…开展专题调研."""
    text = ("农工党辽宁省委会开展专题调研\n"
            "5月15日至18日,辽宁省政协副秘书长、农工党辽宁省委会副主委周明远带队先后赴庄河市、瓦房店市开展专题调研。\n")
    events = record_of(text)["events"]
    assert [(e["org"], e["leaders"]) for e in events if e["leaders"]] == [("农工党辽宁省委会", ["周明远"])]


def test_a_cppcc_session_named_without_renmin(record_of):
    """中国政治协商会议某县第十四届委员会: a page's slip for 中国人民政治协商会议, still the CPPCC's."""
    text = "1月8日上午,中国政治协商会议乌什县第十四届委员会第七次会议隆重开幕。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["乌什县政协"]


def test_a_headlines_column_is_no_part_of_an_events_name(record_of):
    text = "聚焦两会|青石县第五届人民代表大会第二次会议召开预备会议\n"
    assert not any("|" in e["name"] for e in record_of(text)["events"])


def test_a_party_committees_meeting_on_a_page_naming_no_unit(record_of):
    """主持召开十一届党委常委会第N次会议…传达学习了省委全会精神: the 党委 as written, not the 省委."""
    text = "11月21日下午,周明远主持召开十一届党委常委会第122次会议。会议传达学习了省委十二届四次全会精神。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("党委", ["周明远"])]
    text = "11月21日下午,青林大学召开党委常委会会议,周明远主持。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青林大学党委"]


def test_a_party_committee_meeting_is_held_by_the_committee_its_chair_heads(record_of):
    text = "10月26日,青岚投资集团党委委员、副总经理,公司党委书记周明远主持召开党委中心组(扩大)学习会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("公司党委", ["周明远"])]


def test_a_tour_told_as_zai_a_place_and_a_research_word(record_of):
    """省委副书记、省长甲在某市调研: a trip of the government's head; not 在某地考察时的讲话 (cited),
    nor 陪同调研 (who went along), nor twice with the party 率领的代表团在某地考察."""
    text = "2月20日至21日,省委副书记、省长周明远在运城市调研。\n"
    assert [(e["org"], e["leaders"], e["date"]) for e in record_of(text, place="山西省")["events"]] == [
        ("山西省政府", ["周明远"], "02-20")]
    assert record_of("会议传达了总书记在山西考察时的重要讲话精神。\n")["events"] == []
    text = "2月9日,市委书记钱雨辰到集团调研。集团公司党委书记、董事长周明远及全体在家高管陪同调研。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["钱雨辰"]]
    text = "由省委书记钱雨辰,省委副书记、省长周明远率领的吉林省党政代表团5月18日至19日在上海考察。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["钱雨辰", "周明远"]]


def test_a_headlines_trip_without_the_leaders_post_is_the_bodys_trip(record_of):
    text = "周明远在吐鲁番市鄯善县调研\n新疆日报讯 自治区党委书记周明远3月23日在吐鲁番市鄯善县调研。\n"
    events = record_of(text)["events"]
    assert [(e["org"], e["date"]) for e in events] == [("新疆维吾尔自治区党委", "03-23")]


def test_an_attended_study_session_with_a_long_name(record_of):
    text = ("11月10日晚,全旗90余名各级领导干部共同参加旗委理论学习中心组2021年第十二次集体学习会暨"
            "铸牢中华民族共同体意识专题研讨会,学习有关重要思想。旗委书记周明远主持学习。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("旗委", ["周明远"])]


def test_a_holder_named_as_the_subject_but_known_to_no_lexicon(record_of):
    """2月12日,某某煤电召开…讨论会: the subject as written; not a short reference (市社科联召开),
    a body's name the finders read otherwise, a place's kind (某区两新) or a pronoun (我县)."""
    text = "2月12日,山西焦煤西山煤电召开“加强国有控股企业党建工作”讨论会。公司党委专职副书记王国彬主持并讲话。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("山西焦煤西山煤电", ["王国彬"])]
    for text in ("5月6日,我县召开专题会议。\n", "5月6日,全市召开专题会议。\n", "6月27日,福田区两新召开推进会。\n"):
        assert [e["org"] for e in record_of(text)["events"]] != [text[6:10]], text
    text = "4月30日,市社科联召开党组理论学习中心组学习会,市社科联党组书记周明远主持。\n"
    assert [e["org"] for e in record_of(text, place="衡阳市")["events"]] == ["衡阳市社科联"]


def test_a_delegations_member_leads_its_trip_on_the_day_told_before(record_of):
    """某部部长、中央代表团副团长甲带领二分团…考察: the delegation's trip (副团长 is a post of the
    delegation); 当天 opening a sentence is the day a sentence before told (…于28日返回)."""
    text = ("新华社北京9月28日电 中央代表团二分团于28日返回北京。连日来,代表团深入各地。"
            "当天,中共中央政治局委员、中央代表团副团长周明远带领二分团来到青林市考察。\n")
    record = record_of(text)
    assert ("周明远", "中央代表团", "副团长") in {(p["person"], p["org"], p["title"]) for p in record["positions"]}
    assert [(e["org"], e["date"], e["leaders"]) for e in record["events"]] == [("中央代表团", "09-28", ["周明远"])]


def test_a_federation_holds_what_it_convenes_and_a_joint_host_is_the_first(record_of):
    """某市工商联召开…,市委统战部副部长甲主持: the federation's meeting, not the chair's first post;
    台盟某省委联合某省台联…召开: the first of the joint hosts; 台盟某省委甲主持: a name after a body."""
    text = "3月1日,青州市工商联召开会长座谈会。市委统战部副部长、市工商联党组书记周明远主持会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("青州市工商联", ["周明远"])]
    text = "9月20日下午,台盟吉林省委联合吉林省台联召开座谈会。吉林省政协常委、台盟吉林省委钱雨辰主持座谈会。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("台盟吉林省委", ["钱雨辰"])]


def test_a_department_deputy_who_heads_another_body_acts_for_that_body(record_of):
    """市委统战部副部长、市工商联党组书记甲一行莅临某商会调研: the federation's trip (the body he
    heads), not the department's where he is a deputy."""
    text = "3月6日,合肥市委统战部副部长、市工商联党组书记周明远一行莅临合肥市青林商会调研指导。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("合肥市工商联", ["周明远"])]


def test_study_trips_spot_checks_and_a_plenum_studied_in_a_name(record_of):
    """甲、乙率队赴某院参观学习: a trip of its own (not the last one's leaders); 督导组由某处长甲带队…开展
    抽查: an inspection; 集团公司召开学习某全会精神专题会: the company's, not the plenum's holder;
    中共某大学第二届委员会第八次全体会议: the university's party committee's."""
    text = ("11月12日,省政协主席周明远到青州市调研。\n11月13日,省政协副主席钱雨辰、孙立新率队赴青林研究院参观学习。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text, place="湖北省")["events"]] == \
        [("11-12", ["周明远"]), ("11-13", ["钱雨辰", "孙立新"])]
    text = "2月25日下午,省国资委第五督导组由处长周明远带队,对公司权属单位开展抽查。\n"
    assert [(e["type"], e["leaders"]) for e in record_of(text, place="山东省")["events"]] == [("inspection", ["周明远"])]
    text = "10月22日,集团公司召开学习十七届四中全会精神专题会。会议由集团公司总经理周明远主持。\n"
    assert [e["org"] for e in record_of(text)["events"] if e["leaders"]] == ["集团公司"]
    text = "7月4日,中共青林大学第二届委员会第八次全体(扩大)会议举行。钱雨辰副书记主持会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青林大学党委"]


def test_a_universitys_department_and_a_departments_division(record_of):
    """某大学统战部部长甲一行来我校调研: the university's party committee's department; 会议由市委
    统战部联络处处长乙主持: the department holds it (its 处 is where the chair works)."""
    record = record_of("2016年11月30日上午,青林理工大学统战部部长周明远一行来我校学习调研。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("青林理工大学党委统战部", ["周明远"])]
    text = "12月23日,全市统战工作第二次联席会议在市委统战部召开。会议由市委统战部联络处处长钱雨辰主持。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("市委统战部", ["钱雨辰"])]
    text = ("4月9日,2021年黑龙江省妇幼健康工作电视电话会议在哈尔滨召开。省卫生健康委党组成员、副主任周明远出席会议并讲话,"
            "妇幼处处长钱雨辰主持会议。\n")  # a commission's division: the commission's
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("黑龙江省卫生健康委", ["钱雨辰"])]


def test_a_county_convening_its_governments_party_group_and_a_governments_centre(record_of):
    """开江县召开人民政府党组会议 (a headline): the county's government, not its party committee;
    省政府发展研究中心召开党组会议: the centre's own meeting."""
    text = ("青川县召开人民政府党组会议\n6月6日,县委副书记、县长周明远主持召开中共青川县人民政府党组会议。\n")
    assert {e["org"] for e in record_of(text)["events"]} == {"青川县政府"}
    text = "11月9日上午,省政府发展研究中心召开党组理论学习中心组扩大会议。主任钱雨辰主持会议。\n"
    assert [e["org"] for e in record_of(text, place="安徽省")["events"]] == ["安徽省政府发展研究中心"]


def test_a_meeting_cited_as_chaired_and_spoken_at(record_of):
    """《某某总书记主持中共中央政治局第三十六次集体学习并发表重要讲话》: the Politburo's study session, led by its chair."""
    text = "会议学习了《周明远总书记主持中共中央政治局第三十六次集体学习并发表重要讲话》。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("中共中央政治局", ["周明远"])]


def test_a_sitting_told_as_it_opened_and_as_it_closed_is_one_event(record_of):
    """…十三届常委会第十次会议11月6日举行…11月7日,政协第十三届某省委员会常务委员会第十次会议闭幕:
    one sitting, on the day it opened."""
    text = ("11月6日至7日,省政协十三届常委会第十次会议在汉举行。\n"
            "11月7日,政协第十三届湖北省委员会常务委员会第十次会议在汉闭幕。\n")
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("湖北省政协", "11-06")]


def test_a_party_listed_then_going_leads_the_trip_it_opens(record_of):
    """2月9日上午,某国资委党委书记、主任甲,党委委员、副主任乙、丙及相关负责人莅临某地,开展…调研:
    the party's first leads the trip."""
    text = ("2月9日上午,市国资委党委书记、主任周明远,党委委员、副主任钱雨辰、孙立新及相关科室负责人冒雨莅临我司项目现场,"
            "开展“看项目、促发展”工作调研。\n")
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_party_arrived_then_on_a_topic_leads_the_trip(record_of):
    """某某一行到某市,就…情况开展专题调研: the party's head leads the trip its clause opens."""
    text = "9月9日至10日,省人大常委会副主任周明远一行到齐齐哈尔市,就畜牧产业发展情况开展专题调研。\n"
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("09-09", ["周明远"])]


def test_a_trip_cited_with_its_day_between_name_and_verb(record_of):
    """传达了市人大常委会主任甲12月30日来某县调研指示精神: the chair's trip on that day."""
    text = "会议传达了市人大常委会主任周明远12月30日来通调研指示精神。\n"
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("市人大常委会", "12-30", ["周明远"])]


def test_a_chair_named_again_leads_the_meeting_cited(record_of):
    """甲总书记 once, then 传达甲主持二十届中央政治局第一次集体学习的讲话: the name read again where
    no rule reads it, and the bureau (not 二十届中央) holds the session."""
    text = ("12月9日,公司党委中心组举行理论学习会,学习周明远总书记的重要文章。"
            "学习传达周明远主持二十届中央政治局第一次集体学习的重要讲话精神。\n")
    cited = [(e["org"], e["leaders"]) for e in record_of(text)["events"] if e["date"] is None]
    assert cited == [("中共中央政治局", ["周明远"])]


def test_a_sitting_the_meeting_holds_is_its_holders(record_of):
    """会议首先召开预备会议: the session told before holds it, not the page's main body."""
    text = ("6月9日,青溪乡召开第九届人民代表大会第二次会议。县委书记钱雨辰出席。\n"
            "会议首先召开预备会议,通过了会议议程。\n")
    assert {e["org"] for e in record_of(text)["events"]} == {"青溪乡人大"}


def test_activities_set_as_tasks_name_no_event(record_of):
    text = "1月29日,团县委召开会议。会议要求:一、围绕中心工作开展活动;二、围绕社会热点开展活动。\n"
    assert [e["name"] for e in record_of(text)["events"]] == ["会议"]


def test_a_numbered_task_names_no_event(record_of):
    text = ("1月6日上午,周明远副市长带队赴化工区进行安全生产检查,并实地察看了奉贤区应急响应指挥中心。"
            "检查中,周明远副市长提出了三点要求:一是要提高认识,确保生产安全;"
            "二是要针对化工生产特点,有针对性的开展安全生产大检查;三是要狠抓落实。\n")
    assert [e["name"] for e in record_of(text)["events"]] == ["赴化工区进行安全生产检查"]


def test_a_research_group_dated_and_on_a_topic_goes_somewhere(record_of):
    """某政协调研组3月19日至21日就…会议精神贯彻落实情况在某省调研: 调研组 is a group, not a verb,
    and the meeting whose spirit is the topic is no meeting cited on that day."""
    text = "全国政协调研组3月19日至21日就中央政协工作会议精神贯彻落实情况在江苏调研。全国政协副主席周明远带队。\n"
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("全国政协", "03-19", ["周明远"])]


def test_a_session_announced_after_a_comma(record_of):
    text = "1月22日,市政协十三届十八次常委会会议召开。会议决定市政协十三届六次会议,定于1月25日至27日召开。\n"
    assert [e["date"] for e in record_of(text)["events"]] == ["01-22", "01-25"]


@pytest.mark.parametrize("unit", ["上海青林儿女联合会", "青林党外知识分子联谊会"])
def test_a_guests_association_leads_their_trip(record_of, unit):
    """由某联合会副主席甲率队的…考察团一行来我区开展投资考察活动: the guest's association, not the host."""
    text = f"4月3日,由{unit}副主席周明远率队的投资考察团一行40余人来我区开展投资考察活动。区长钱雨辰接待了考察团一行。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [(unit, ["周明远"])]


def test_a_federation_by_its_full_name_is_its_places(record_of):
    orgs = record_of("本报讯 兰州市七里河区残疾人联合会召开会议。\n")["organizations"]
    assert "兰州市七里河区残疾人联合会" not in orgs, orgs


def test_a_deputy_seat_higher_up_yields_to_the_body_one_heads(record_of):
    """信阳市人大常委会副主任、罗山县委书记甲带队观摩: the county committee he heads, not the city
    congress where he is a deputy; deputies of one level keep their first post."""
    text = "4月11日,信阳市人大常委会副主任、罗山县委书记周明远带队到各乡镇观摩重点项目。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("罗山县委", ["周明远"])]


def test_a_meeting_chaired_and_spoken_at_is_held_beside_one_announced(record_of):
    """主持召开…主席会议并讲话: 并讲话 is the chair speaking, not words cited (…会议精神)."""
    text = ("7月19日,省政协主席周明远主持召开省政协十一届第五十九次主席会议并讲话。"
            "会议决定,省政协十一届二十三次常委会议于2017年7月26日召开。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("07-19", ["周明远"]), ("2017-07-26", [])]


def test_a_national_meeting_of_department_heads_in_chinese_numerals(record_of):
    text = "中新社北京一月二十一日电 全国统战部长会议二十一日在北京召开。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("中央统战部", "01-21")]


def test_our_county_holds_what_it_holds_by_its_committee(record_of):
    """我县举行…观摩活动 on a county's page: the county's (its government's: projects are its business),
    not a project site named later."""
    text = "本报周至讯 9月28日,我县举行了重点项目观摩活动。参加观摩项目共16个,如老旧小区改造、城北幼儿园。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("周至县政府", "09-28")]
    assert [e["org"] for e in record_of(text.replace("重点项目观摩", "党建观摩"))["events"]] == ["周至县委"]


@pytest.mark.parametrize("text, org", [
    ("3月28日,江陵县第七届人大代表第三期培训班在县委党校举行,县人大常委会副主任周明远出席。\n", "江陵县人大常委会"),
    ("3月28日,绵阳市人大组织部分人大代表视察重点项目建设情况。\n", "绵阳市人大常委会"),
    ("3月28日,青溪镇人大组织部分人大代表视察重点项目建设情况。\n", "青溪镇人大"),  # a town's congress has no standing committee
])
def test_a_congress_between_sessions_acts_through_its_standing_committee(record_of, text, org):
    assert [e["org"] for e in record_of(text)["events"]][:1] == [org]


def test_a_list_before_a_comma_and_a_lead_verb_leads_together(record_of):
    """甲、某电厂总会计师乙,带领某工作队进驻某村: both lead, across the comma."""
    text = "7月26日,市委编办副主任周明远、青林电厂总会计师钱雨辰,带领市委编办驻村工作队正式进驻青溪村开展工作。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远", "钱雨辰"]]


def test_a_body_whose_session_is_attended_does_not_hold_the_meeting(record_of):
    """某侨联举行列席全国政协某会议海外侨胞座谈会: the federation's meeting, with deputies to the session."""
    text = "2017年3月7日,中国侨联在北京举行列席全国政协十二届五次会议海外侨胞座谈会,中国侨联主席周明远出席。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]][:1] == [("中国侨联", "2017-03-07")]


def test_a_consultation_meeting_is_no_chamber_of_commerce(record_of):
    """会商会 ends in 商会 but is a meeting; the committee that commissioned its topic (委托) holds nothing."""
    text = "本报银川讯 12月24日,自治区党委委托重点调研课题成果会商会在银川召开。自治区党委常委、统战部部长周明远主持会议并讲话。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("宁夏回族自治区党委统战部", ["周明远"])]


def test_an_online_outlets_dateline_is_no_subject(record_of):
    text = "枞阳在线消息 7月24日,安庆市召开全市防汛会商会,全面部署防汛救灾工作。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("安庆市政府", "07-24")]


def test_a_governments_site_reporting_is_no_subject(record_of):
    """某县政府网3月25日报道: the government's site reports what the county held."""
    text = "青川县政府网3月25日报道 3月23日,青川县召开政法综治工作会议。会议由县委副书记、县长周明远主持。\n"
    record = record_of(text)
    assert [(e["org"], e["date"]) for e in record["events"]] == [("青川县委", "03-23")]
    assert "青川县政府网" in record["organizations"]


@pytest.mark.parametrize("place, org", [("渭南市华州区", "华州区委"), ("重庆市沙坪坝区", "沙坪坝区委")])
def test_a_district_after_its_city_holds_by_its_committee(record_of, place, org):
    """某市某区召开/举行…: the district (named after its city), never the place as a body."""
    text = f"10月17日,{place}召开深化教育体制改革推进大会。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [(org, "10-17")]


def test_a_bare_days_range_takes_the_month_told_before(record_of):
    """9月9日至17日,…。15日至17日,甲率组…检查: the 15th of September, the range's first day."""
    text = ("9月9日至17日,县人大常委会先后开展了执法检查。"
            "15日至17日,县人大常委会副主任周明远率组深入到白岭等乡镇,检查条例实施情况。\n")
    assert ("09-15", ["周明远"]) in [(e["date"], e["leaders"]) for e in record_of(text)["events"]]


def test_a_tour_cited_by_a_provinces_one_character_after_another_engagement(record_of):
    """某政治局委员、国务院副总理甲出席某峰会和在闽调研时的讲话精神: a tour of the State Council's
    (a seat on the Politburo is no office), in 闽."""
    text = "5月29日,县政府召开常务会议,传达学习中共中央政治局委员、国务院副总理周明远出席第八届数字中国建设峰会和在闽调研时的讲话精神。\n"
    assert ("国务院", ["周明远"]) in [(e["org"], e["leaders"]) for e in record_of(text)["events"]]


def test_a_tour_cited_by_a_citys_one_character(record_of):
    """传达学习自治区主席甲在柳调研时的讲话: 柳 for 柳州, a tour of the region's government."""
    text = "本报柳州讯 4月3日,市长孙立新主持召开市政府常务会议,传达学习自治区主席周明远在柳调研时的讲话和指示精神。\n"
    assert ("广西壮族自治区政府", None, ["周明远"]) in [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]]


def test_a_modifier_ending_in_de_before_a_named_congress(record_of):
    """全省人民热切期盼的中国共产党某省第十次代表大会: the party congress, held by the province's committee."""
    record = record_of("5月16日,全省共产党员和各族人民热切期盼的中国共产党四川省第十次代表大会在成都隆重开幕。周明远主持大会。\n")
    assert [(e["org"], e["name"], e["leaders"]) for e in record["events"]] == \
        [("四川省委", "中国共产党四川省第十次代表大会", ["周明远"])]


def test_a_leads_date_after_what_the_news_is_for_dates_the_morning_after(record_of):
    """双节临近,为防范…,9月28日,某街道开展…。上午,街道召开…: the meeting is of the 28th."""
    text = ("中秋、国庆临近,为防范安全生产事故,9月28日,新塘街道开展节前安全生产大检查。\n"
            "上午,街道召开安全工作会议,街道党工委书记周明远主持会议。\n")
    meetings = [e for e in record_of(text)["events"] if e["type"] == "meeting"]
    assert [(e["org"], e["date"], e["leaders"]) for e in meetings] == [("新塘街道党工委", "09-28", ["周明远"])]


def test_a_meetings_part_in_brackets_and_the_meeting_restated(record_of):
    """某座谈会(陕南片区)在某地召开: one meeting, so named; 这次召开片区座谈会,就是要…: that one again."""
    text = ("2月21日,全省队伍建设座谈会(南片区)在东河召开。县委常委周明远主持会议。\n"
            "他指出,这次召开南片区座谈会,就是要广泛听取基层的意见建议。\n")
    events = record_of(text)["events"]
    assert [(e["name"], e["leaders"]) for e in events] == [("全省队伍建设座谈会(南片区)", ["周明远"])]


def test_a_wires_dateline_and_credit_are_no_part_of_the_meetings_name(record_of):
    """中新网成都1月10日电 (甲 乙 丙)某政协某届第一次会议10日在成都开幕: the session, so named."""
    text = "中新网成都1月10日电 (周明远 钱雨辰 孙立新)中国人民政治协商会议四川省第十三届委员会第一次会议10日在成都开幕。\n"
    events = record_of(text)["events"]
    assert [(e["org"], e["date"]) for e in events] == [("四川省政协", "01-10")]
    assert not any(mark in events[0]["name"] for mark in ("电", "周明远", ")"))


def test_a_meeting_watched_is_that_meeting(record_of):
    """某区组织党员收看中国共产党某省第十一次代表大会开幕式直播: the congress, its committee's."""
    text = "5月24日,东河区组织广大党员干部收看中国共产党四川省第十一次代表大会开幕式直播实况。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("四川省委", "05-24")]


def test_a_leagues_congress_acts_by_its_working_committee(record_of):
    """盟人大工委副秘书长某带队…考察学习: a league has no congress, nor standing committee; its 人大工委 travels."""
    text = "6月20日,盟人大工委副秘书长、盟政协委员周明远带队与自治区人大代表钱雨辰等一行5人,赴吉林省长春市农安县开展考察学习。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("盟人大工委", ["周明远"])]


@pytest.mark.parametrize("noun", ["反馈会", "汇报会", "调度会", "推介会"])
def test_a_meeting_noun_before_what_the_meeting_does(record_of, noun):
    """我省举行反馈会听取…: a meeting named by its noun though a verb follows it."""
    text = f"黑龙江日报7月27日讯 26日下午,我省举行{noun}听取各位代表的意见和建议,会议由省人大常委会副主任周东华主持。\n"
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == \
        [("黑龙江省人大常委会", "07-26", ["周东华"])]


def test_a_chair_inside_what_was_studied_leads_only_the_meeting_studied(record_of):
    """校党委中心组…重点学习了甲主持中央政治局会议审议…。党委书记乙主持学习: 乙 leads the study."""
    text = ("6月30日下午,校党委理论学习中心组组织开展集体学习活动,重点学习了省委书记周明远主持省委常委会会议审议"
            "《关于巡视情况的专题报告》等内容。党委书记钱雨辰主持学习活动。\n")
    study = [e for e in record_of(text)["events"] if e["date"] == "06-30"]
    assert [e["leaders"] for e in study] == [["钱雨辰"]]
    text = "4月30日,市委理论学习中心组学习会召开。市委书记、市委党史学习教育领导小组组长周明远主持会议。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]  # 学习 inside a title: no study


def test_a_trip_verb_after_a_name_and_how_it_went(record_of):
    """会前,某某实地调研某公司等企业: that person's trip, though 实地 stands between name and verb."""
    text = ("7月24日,座谈会在汉召开,省委常委、统战部部长周明远出席会议并讲话。会前,周明远实地调研"
            "东河科技股份有限公司等企业,了解企业生产经营情况。\n")
    trips = [e for e in record_of(text)["events"] if e["type"] == "research"]
    assert [(e["org"], e["leaders"]) for e in trips] == [("省委统战部", ["周明远"])]


def test_an_organs_party_group_meets_for_its_body(record_of):
    """某市政府机关党组召开党组扩大会议: the government's (its organ's party group a sub-body)."""
    record = record_of("10月26日,广州市政府机关党组召开党组扩大会议,专题传达学习会议精神。\n")
    assert [e["org"] for e in record["events"]] == ["广州市政府"]
    assert "广州市政府机关党组" in record["organizations"]


def test_a_bare_committee_meeting_joined_with_a_study(record_of):
    """召开党委会暨学习…精神: the committee's meeting (党委会) ends at 暨, the study joined to it."""
    record = record_of("10月10日下午,学院党委在2304会议室召开党委会暨学习总书记在专题研讨班重要讲话精神。"
                       "会议由学院党委书记周明远同志主持。\n")
    assert [(e["org"], e["name"], e["date"], e["leaders"]) for e in record["events"]] == \
        [("学院党委", "党委会", "10-10", ["周明远"])]


def test_a_meeting_told_only_by_its_chair(record_of):
    """A page cut above its lead (…出席。县政协副主席甲主持会议。) or whose lead names its meeting
    in no event wording (某机关组织全体干部传达学习…精神。某某主持会议。): the meeting, held by the
    chair's body, on the lead's date."""
    record = record_of("县政协主席周明远,县政协副主席钱雨辰出席。县政协党组副书记、副主席孙立新主持会议。\n"
                       "会议听取了县政协委员的专题发言。\n", place="南乐县")
    assert [(e["org"], e["name"], e["date"], e["leaders"]) for e in record["events"]] == \
        [("南乐县政协", "会议", None, ["孙立新"])]
    record = record_of("7月18日下午,民建新疆区委会机关组织全体机关干部传达学习总书记重要讲话精神。区委会副秘书长孙立新主持会议。\n")
    assert [(e["org"], e["date"], e["leaders"]) for e in record["events"] if e["leaders"] == ["孙立新"]] == \
        [("民建新疆区委会", "07-18", ["孙立新"])]


def test_a_delegation_at_a_congress_holds_its_plenary_for_the_congress(record_of):
    """出席全国人大会议的某省代表团召开全体会议: the delegation, the phrase's head after 的, holds it
    (not the congress its clause names), and a delegation's meeting at a session is the congress's."""
    rec = record_of("3月4日下午,出席十四届全国人大二次会议的青海代表团召开全体会议。青海代表团团长、省委书记周明远主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in rec["events"] if e["date"] == "03-04"] == [("全国人大", ["周明远"])]


def test_a_county_holds_what_it_convenes_in_haste(record_of):
    """某县迅速召开… (及时, 第一时间, 先后 …: how it convened), also after 在…之际, or 在…后,: the county's
    party committee holds it, as with 某县召开…."""
    for text in ("9月30日下午,临泽县迅速召开全县负责干部大会,传达学习全市党代会精神。\n",
                 "9月30日下午,在全市党代会圆满结束之际,临泽县迅速召开全县负责干部大会。\n",
                 "9月30日,在收听收看全市干部大会后,临泽县立即召开全县负责干部大会。\n",
                 "9月30日,为贯彻全市党代会精神,临泽县组织召开了全县负责干部大会。\n",  # after a purpose clause
                 "张掖日报讯 (记者周明远)昨日下午,临泽县召开全县负责干部大会。\n"):  # a day named against the report's
        assert [e["org"] for e in record_of(text)["events"]] == ["临泽县委"]


def test_a_joint_meeting_holds_its_numbered_meetings(record_of):
    """某联席会议 (a standing joint-meeting mechanism) holding its 2025年第一次会议 is the body."""
    events = record_of("本报衡阳讯 3月12日,县委书记周明远主持召开衡东县重点项目建设联席会议2025年第一次会议。\n")["events"]
    assert ("衡东县重点项目建设联席会议", "03-12", ["周明远"]) in [(e["org"], e["date"], e["leaders"]) for e in events]
    events = record_of("本报合肥讯 6月7日下午,省信访工作联席会议在合肥召开2021年第二次全体(扩大)会议。\n")["events"]
    assert ("安徽省信访工作联席会议", "06-07") in [(e["org"], e["date"]) for e in events]
    assert "市委" in [e["org"] for e in record_of("本报讯 5月6日,市委召开党建工作联席会议。\n")["events"]]


def test_a_joint_meeting_met_or_its_convener_chairing_holds_the_meeting(record_of):
    """某联席会议召开第二次会议: the mechanism is the body; its 召集人 (convener) a post of it, and a
    meeting of its name chaired by its convener its own, whatever bureau he heads too."""
    text = "本报绵阳讯 7月24日下午,市信访工作联席会议召开第二次会议。市委副书记周明远主持会议。\n"
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == [
        ("绵阳市信访工作联席会议", "07-24", ["周明远"])]
    text = ("本报绵阳讯 12月30日,我市召开安全生产工作联席第四次会议。会议由市应急管理局党组书记、局长,"
            "市安全生产工作联席会议召集人钱雨辰主持,市安全生产工作联席会议部分成员单位有关负责同志参加会议。\n")
    record = record_of(text)
    assert ("钱雨辰", "绵阳市安全生产工作联席会议", "召集人") in positions_of(record)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("绵阳市安全生产工作联席会议", ["钱雨辰"])]


def test_an_official_receiving_petitioners_leads_the_reception(record_of):
    """县长甲来到某中心接待来访群众, 县委书记乙公开接待群众来访: a dated activity the official leads."""
    for text, org, leader in (("1月19日,县委副书记、县长周明远来到汤阴县群众来访接待服务中心接待来访群众。\n", "汤阴县政府", "周明远"),
                              ("8月30日,金寨县委书记钱雨辰来到县信访联合接访中心公开接待群众来访。\n", "金寨县委", "钱雨辰")):
        events = record_of(text)["events"]
        assert [(e["org"], e["type"], e["leaders"]) for e in events] == [(org, "activity", [leader])]


def test_a_visiting_groups_forum_and_report_are_no_hosts_events(record_of):
    """调研组先后到某馆、某公司调研,并在县总工会会议室召开了座谈会: the group's forum, not the company's;
    县总工会就…进行了详细汇报,调研组对…: 调研组 names the group, no second trip."""
    text = ("3月14日,陕西省总工会二级巡视员周明远带领省总调研组来汉阴县调研。\n"
            "调研组一行先后到县工人文化宫、职工书屋、青禾实业有限公司进行了实地调研,并在县总工会会议室召开了座谈会。"
            "座谈会上,县总工会就专项工作开展情况进行了详细汇报,调研组对我县取得的成效给予了高度评价。\n")
    orgs = [e["org"] for e in record_of(text, pub_date="2023-03-15")["events"]]
    assert "青禾实业有限公司" not in orgs and "汉阴县总工会" not in orgs


def test_a_day_told_before_the_chair_dates_the_meeting(record_of):
    """省长甲今天主持召开…, 书记乙15日主持召开…: the day before 主持 is the meeting's."""
    for said, day in (("今天", "2020-03-03"), ("3日", "2020-03-03")):
        text = f"省长周明远{said}主持召开省政府第五次常务会议,传达学习重要讲话精神。\n"
        assert [e["date"] for e in record_of(text, pub_date="2020-03-03")["events"]] == [day]


def test_a_session_opening_at_an_hour(record_of):
    """全国政协某届某次会议于3月4日下午3时在北京开幕: the hour after the day does not hide the event."""
    text = "(图片来源:新华社)\n全国政协十三届四次会议于3月4日下午3时在北京人民大会堂开幕。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("全国政协", "03-04")]


@pytest.mark.parametrize("listed, verb", [("省委书记周明远,省委副书记、省长钱雨辰", "率领省党政领导班子到吉林市,主持召开某市高质量发展座谈会"),
                                          ("市委书记周明远,市长钱雨辰,市人大常委会主任孙立华", "率领的市委、市政府检查组在全市开展工作检查")])
def test_officers_listed_over_commas_with_their_posts_lead_together(record_of, listed, verb):
    """省委书记A,省委副书记、省长B率领…: a comma parts items that carry posts of their own; the
    verb is every item's, and the body the first's."""
    leaders = ["周明远", "钱雨辰", "孙立华"][:listed.count(",") + 1]
    events = record_of(f"5月6日,{listed}{verb}。\n", place="吉林省" if "省委" in listed else "福州市")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("吉林省委" if "省委" in listed else "福州市委", leaders)]


@pytest.mark.parametrize("closed", ["落下帷幕", "圆满落幕"])
def test_a_contest_drawing_to_its_close_is_held_by_its_organizer(record_of, closed):
    """由省科协主办的某大赛落下帷幕: the curtain falling tells the event, held by the body that ran it."""
    text = f"7月9日,由省科协主办的2019年“青禾杯”科技工作者创新创业大赛{closed}。\n"
    events = record_of(text, place="陕西省", pub_date="2019-07-10")["events"]
    assert [(e["org"], e["date"]) for e in events] == [("陕西省科协", "2019-07-09")]


@pytest.mark.parametrize("attended", [
    "县长钱雨辰、县委副书记孙立华等参加会议。",  # a list closed by 等
    "县长钱雨辰、县委副书记孙立华等县领导参加会议。",
    "\n县长钱雨辰、县委副书记孙立华出席会议。",  # the next paragraph
    "会议审议通过了会议议程。会议通过有关人事事项。会议听取了工作报告。县长钱雨辰、县委副书记孙立华出席会议。",  # on to the next event
    "出席会议的有县长钱雨辰,县委副书记孙立华。",  # those attending said first
    "县长钱雨辰、县委副书记孙立华及有关部门负责人全程陪同。",
])
def test_those_said_to_attend_are_the_meetings_attendees(record_of, attended):
    text = f"8月31日,县委书记周明远主持召开党政联席会议。{attended}\n"
    events = record_of(text, place="郸城县")["events"]
    assert [(e["leaders"], e["attendees"]) for e in events] == [(["周明远"], ["钱雨辰", "孙立华"])]


@pytest.mark.parametrize("then", ["随后,", ""])
def test_a_trip_going_on_is_one_trip(record_of, then):
    """…一行来我县走访调研。…(随后,)甲一行深入某镇,查看…: the party's next stop, with no day of its
    own, is the same trip, a research trip (走访调研, not a call)."""
    text = ("14日,市政协主席周明远、副主席钱雨辰一行来我县走访调研。县委书记孙立华陪同调研。\n"
            f"{then}周明远一行深入龙坝镇,实地察看了莲藕生产加工情况。\n")
    events = record_of(text, place="竹溪县")["events"]
    assert [(e["org"], e["type"], e["leaders"]) for e in events] == [("十堰市政协", "research", ["周明远"])]


def test_a_headline_restating_the_bodys_trip_is_no_second_event(record_of):
    """罗某县人大常委会组织代表赴某县开展集中视察 (the headline), then the body's dated 集中视察 led
    by its director: one trip."""
    text = ("罗山县人大常委会组织部分省、市人大代表赴光山县开展集中视察\n发布时间:2023-10-09\n"
            "10月9日至10日,罗山县人大常委会党组书记、主任周明远带领部分省、市人大代表到光山县开展集中视察。\n")
    events = record_of(text)["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("罗山县人大常委会", "2023-10-09", ["周明远"])]


def test_a_trip_word_inside_a_reports_title_is_no_trip(record_of):
    """主任会议听取审议了某工委关于走访代表收集意见和建议情况的报告: what the report is about, no trip."""
    text = ("12月10日下午,县人大常委会召开第八次主任会议,常务副主任周明远主持会议。"
            "主任会议听取审议了县人大常委会人选工委关于走访代表收集意见和建议情况的报告、农工委关于农业机械管理工作情况的报告。\n")
    events = record_of(text, place="舒城县")["events"]
    assert [(e["name"], e["leaders"]) for e in events] == [("第八次主任会议", ["周明远"])]


@pytest.mark.parametrize("place, text, expected", [
    ("平武县", "根据十四届县委第十二轮巡察工作安排部署,县委4个巡察组从3月17日起对县公安局等单位党组织开展常规巡察。\n",
     [("平武县委", "十四届县委第十二轮巡察", "03-17")]),
    ("江油市", "截至9月12日,九届市委第十一轮巡察完成进驻。\n", [("江油市委", "九届市委第十一轮巡察", None)]),
    ("江油市", "9月17日,六届市委第九轮巡察工作动员部署会召开。市委书记周明远出席会议并讲话。\n", []),
])
def test_a_committees_numbered_round_of_inspection(record_of, place, text, expected):
    """十四届县委第十二轮巡察: the committee's round, dated only where its start is told (从…起);
    a meeting named after a round is no round."""
    rounds = [(e["org"], e["name"], e["date"]) for e in record_of(text, place=place)["events"] if "轮巡" in e["name"] and "会" not in e["name"]]
    assert rounds == expected


@pytest.mark.parametrize("text, org", [
    ("受省人大常委会委托,6日至7日,市人大常委会组织我市的省人大代表围绕乡村振兴,在榕开展集中视察活动。\n", "福州市人大常委会"),
    ("从12月8日开始,海南省全国人大代表组成代表视察组,深入相关农场开展集中视察。此次视察由省人大常委会副主任周明远任组长。\n",
     "海南省人大常委会"),
])
def test_deputies_inspection_is_held_by_the_committee_that_organises_it(record_of, text, org):
    """受某委托: who asked for it, not who holds it; 省人大代表, 全国人大代表: the deputies, no
    body acting; the standing committee that organises them holds their inspection."""
    assert [e["org"] for e in record_of(text, place="福州市" if "榕" in text else "海南省")["events"]] == [org]


def test_leaders_who_each_lead_their_own_people_make_a_trip_each(record_of):
    """甲县院检察长A、乙县院检察长B分别带领…来我县观摩: two procuratorates' visits; but 市委书记A,
    市委副书记、市长B分别带队: one committee's tour, B holding a post in A's body."""
    text = "4月24日,渭源县院检察长钱雨辰、漳县院检察长周明远分别带领分管院领导来我县观摩交流专项行动开展情况。\n"
    trips = sorted((e["org"], e["leaders"]) for e in record_of(text, place="陇西县")["events"])
    assert trips == [("渭源县检察院", ["钱雨辰"]), ("漳县检察院", ["周明远"])]
    text = "1月10日,市委书记钱雨辰,市委副书记、市长周明远分别带队,赴城北、城南片区进行实地调研督导。\n"
    assert len([e for e in record_of(text, place="石家庄市")["events"] if len(e["leaders"]) == 2]) == 1


@pytest.mark.parametrize("text, org", [
    ("城北镇从9月27日至30日在全镇范围内开展节前安全生产大检查。\n", "城北镇政府"),
    ("9月27日,城北镇开展主题党日活动。\n", "城北镇党委"),
])
def test_a_town_that_开展s_an_event_holds_it(record_of, text, org):
    """某镇(从…起)开展…: the town's, as 某镇召开… is (its government's for safety work)."""
    assert [e["org"] for e in record_of(text, place="平武县")["events"]] == [org]


def test_a_congress_named_before_its_deputies_is_no_meeting_held(record_of):
    """开展人民代表大会代表选举: an election of deputies, no congress held that day."""
    text = "换届选举工作安排在2021年7月1日至2022年6月30日期间进行,部分市辖区已先行开展人民代表大会代表选举的除外。\n"
    assert record_of(text, place="浙江省")["events"] == []


@pytest.mark.parametrize("said, leaders", [
    ("开幕会的执行主席由钱雨辰、周明远担任。", ["钱雨辰", "周明远"]),
    ("执行主席钱雨辰、周明远在主席台就座。下午2时,大会执行主席周明远宣布大会开幕。", ["周明远"]),
    ("执行主席钱雨辰、周明远在主席台就座。", []),
])
def test_a_sessions_executive_chairs_preside(record_of, said, leaders):
    """执行主席由A、B担任, 执行主席A宣布大会开幕: who preside, where the page names no chair (主持);
    where they sat says nothing."""
    text = f"1月5日,政协永宁县第十届委员会第四次会议开幕。{said}\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [leaders]


@pytest.mark.parametrize("text, org", [
    ("3月14日下午,省院召开全院干警大会。会上,检察长柏太平传达了有关精神并作重要讲话。\n", "陕西省检察院"),
    ("8月12日,全省检察机关专题培训开班。省院副检察长江晓杰在开班仪式上作动员讲话。\n", "陕西省检察院"),
])
def test_省院_in_a_procuratorates_news_is_the_provinces(record_of, text, org):
    """省院 on a procuratorate's page, titled after or not, is the province's procuratorate,
    and holds what it holds (a training opened with no holder named: the one whose deputy speaks)."""
    assert {e["org"] for e in record_of(text, place="陕西省")["events"]} == {org}


@pytest.mark.parametrize("text, org", [
    ("6月25日至29日,全国政协常委柏晓东率领全国政协经济委员会调研组在山西开展专题调研。在晋期间,调研组召开座谈会,"
     "听取了省政府及有关部门的情况汇报。\n", "全国政协"),
    ("8月21日,国家卫生健康委副主任柏晓东带队在江城县人民医院调研党建帮扶工作。柏晓东一行走进门诊科室和病区。"
     "其后,在医院会议室召开了调研座谈会。\n", "国家卫生健康委"),
])
def test_a_meeting_the_group_holds_on_its_trip_is_the_trips(record_of, text, org):
    """调研组…召开座谈会, 其后,在某会议室召开了调研座谈会: no holder named, the group on the trip."""
    assert {e["org"] for e in record_of(text)["events"]} == {org}


def test_a_comma_before_the_venue_keeps_the_passive_frame(record_of):
    """中国人民政治协商会议某州第十三届委员会第五次会议,在某大剧院开幕: the session, opened that day."""
    text = "湖南日报2月8日讯(记者 柏孟河)今天上午,中国人民政治协商会议湘西土家族苗族自治州第十三届委员会第五次会议,在武陵山大剧院开幕。"
    assert [(e["org"], e["date"]) for e in record_of(text, pub_date="2024-02-08")["events"]] == [("湘西土家族苗族自治州政协", "2024-02-08")]


def test_an_office_named_组织一科_convenes_nothing(record_of):
    """州委组织部组织一科科长甲…陪同调研: 组织 opens an office's name, no event organised."""
    text = "7月19日,省委组织部调研组莅临我院调研党建工作。州委组织部组织一科科长柏树田、州卫生计生人事科科长钱生家陪同调研。\n"
    assert [e["org"] for e in record_of(text, place="黄南藏族自治州")["events"]] == ["青海省委组织部"]


def test_a_meeting_named_after_a_campaign_keeps_its_whole_name(record_of):
    """召开了某某教育实践活动党总支、支部书记座谈会: the forum, not the campaign (活动) its name opens with."""
    text = "9月14日下午,江城大学召开了党的群众路线教育实践活动党总支、支部书记座谈会。党委书记柏辉主持会议。"
    assert [(e["name"], e["type"]) for e in record_of(text)["events"]] == [("党的群众路线教育实践活动党总支、支部书记座谈会", "meeting")]


def test_an_arrangement_followed_is_no_event(record_of):
    """按照某省委…和市政协开展…活动安排,10月16日,…带队…调研: the plan followed holds nothing that day."""
    text = "按照民建省委加强基层组织建设工作和市政协开展界别委员集中走访活动安排,10月16日,民建江城市委主委柏文阔带队赴江城医院开展调研。\n"
    assert {e["org"] for e in record_of(text)["events"]} == {"民建江城市委"}


@pytest.mark.parametrize("text, place, org", [
    ("5月13日下午,出席政协祁阳县委员会十届四次会议的政协委员们,分两组视察了祁阳县重点项目。\n", None, "祁阳县政协"),
    ("2月17日,第十一届县政协委员及驻江华的省、市政协委员,集中视察了县内多个领域的重点项目。\n", "江华瑶族自治县", "江华瑶族自治县政协"),
])
def test_a_cppccs_members_on_a_tour_of_their_own(record_of, text, place, org):
    """出席某会议的政协委员们,分两组视察了…: no one leads, their CPPCC holds it (the page's own
    where several are named: 县政协委员及驻某县的省、市政协委员)."""
    assert [(e["org"], e["leaders"]) for e in record_of(text, place=place)["events"]] == [(org, [])]


def test_a_leader_named_again_alone_leads_each_dated_trip(record_of):
    """区委常委、常务副区长时某某率队…。4月24日,时某某率队…: the name given in full after its title,
    again at a clause's opening (a surname the lexicon lacks), leads each trip."""
    text = ("3月12日,区委常委、常务副区长时卫平率队到江口码头作业区检查安全生产工作。"
            "4月24日,时卫平率队对大梅沙海滨公园等场所的安全生产工作进行检查。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text, place="深圳市盐田区", pub_date="2024-05-06")["events"]] \
        == [("2024-03-12", ["时卫平"]), ("2024-04-24", ["时卫平"])]


def test_then_chairs_is_the_traveller_told_before(record_of):
    """…区委书记甲深入某镇调研…。随后来到某镇主持召开座谈会: the meeting's chair is the traveller, that day."""
    text = ("5月7日下午,区委书记柏伯松深入东峤镇调研乡村振兴工作。柏伯松一行来到铁炉村,察看村级卫生所建设。"
            "随后来到东峤镇主持召开座谈会,听取工作开展情况。\n")
    events = record_of(text, place="莆田市秀屿区", pub_date="2022-05-08")["events"]
    assert [(e["date"], e["leaders"]) for e in events if e["type"] == "meeting"] == [("2022-05-07", ["柏伯松"])]


def test_two_joined_by_与_before_a_trip_are_led_by_the_first(record_of):
    """集团公司新任董事长甲与乙副董事长先后深入…走访调研: the first leads, for the unit the page names by its kind."""
    text = "7月9日开始,集团公司新任董事长、党委书记柏挺革与钱剑光副董事长先后深入成员企业走访调研。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("集团公司", ["柏挺革"])]


@pytest.mark.parametrize("sentence, org", [
    ("7月5日,城关街道党工委书记韩立新带队对辖区内的危房和易积水点等重点区域进行实地察看。", "城关街道党工委"),
    ("7月5日,城关镇党委书记韩立新带领安监站、派出所等部门对镇内烟花爆竹仓库进行地毯式排查。", "城关镇党委"),
])
def test_a_look_or_a_sweep_a_leader_takes_the_group_on_is_a_trip(record_of, sentence, org):
    events = record_of(sentence, pub_date="2022-07-06")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [(org, "2022-07-05", ["韩立新"])]


@pytest.mark.parametrize("sentence, org", [
    ("3月28日,青石镇主要领导带队开展督查指导人居环境突出问题排查整治工作。", "青石镇党委"),
    ("3月28日,青石镇由党委书记带队,组织镇干部、村“两委”成员和群测群防员,对辖区内的地质灾害隐患点进行巡查。", "青石镇党委"),
    ("3月28日,青石镇党委书记带队,组织镇干部对辖区内的地质灾害隐患点进行巡查。", "青石镇党委"),
    ("3月28日,城关街道党工委书记带队,对辖区内的易积水点进行巡查。", "城关街道党工委"),
])
def test_a_trip_a_towns_leaders_lead_by_no_name_is_its_party_committees(record_of, sentence, org):
    events = record_of(sentence, pub_date="2024-03-29")["events"]
    assert [(e["org"], e["date"][-5:], e["leaders"]) for e in events] == [(org, "03-28", [])]


@pytest.mark.parametrize("text, org", [
    ("3月4日下午,出席十三届全国人大四次会议的青海代表团举行第一次全体会议,推选代表团团长和副团长。会议由周明远主持。", "全国人大"),
    ("3月5日下午,十四届全国人大一次会议青海代表团举行全体会议。周明远主持会议。", "全国人大"),
    ("1月14日,市十七届人大六次会议蛟河代表团召开全体会议,周明远主持会议。", "吉林市人大"),
])
def test_a_delegations_meeting_at_a_congress_session_is_the_congresss(record_of, text, org):
    events = record_of(text, pub_date="2021-03-05", place="吉林市" if "蛟河" in text else None)["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [(org, ["周明远"])]


def test_a_party_and_government_delegation_stays_its_own(record_of):
    text = "3月5日,西宁市党政代表团召开座谈会,周明远主持会议。会议传达了十四届全国人大一次会议精神。"
    assert [e["org"] for e in record_of(text)["events"] if e["date"]] == ["西宁市党政代表团"]


@pytest.mark.parametrize("text, org", [
    ("7月1日,洪雅县人大常委会部分组成人员检查全县防洪河管工作,听取了县水利局局长周明远的情况汇报。", "洪雅县人大常委会"),
    ("7月1日,洪雅县人大常委会组成人员视察全县重点项目。", "洪雅县人大常委会"),
])
def test_a_standing_committees_members_on_a_tour_of_their_own(record_of, text, org):
    events = record_of(text, pub_date="2023-07-02")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [(org, "2023-07-01", [])]


def test_a_session_closing_after_its_agenda_and_another_task(record_of):
    text = "11月2日,青石乡第十届人民代表大会第一次会议完成了大会的各项议程和推举使命,顺畅落幕。\n"
    assert [(e["org"], e["date"]) for e in record_of(text, pub_date="2023-11-03")["events"]] == [("青石乡人大", "2023-11-02")]


def test_a_lead_date_after_a_bracketed_agency_tag_dates_the_article(record_of):
    text = "□记者孙立新\n【本报讯】12月7日,省委第四巡视组组长钱雨辰一行赴秦安开展工作。市委常委、市纪委书记周明远主持动员会。\n"
    events = record_of(text, place="天水市")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("天水市纪委", "12-07", ["周明远"])]


def test_vetting_new_members_is_no_research_trip(record_of):
    text = "11月7日,九三学社聊城市委召开全委会议。会议还研究了组织考察新社员有关事项。\n"
    assert [e["name"] for e in record_of(text)["events"]] == ["全委会议"]


def test_a_town_named_with_he_and_a_ceremony_at_its_session(record_of, triples):
    text = ("9月30日上午,三和镇第十三届人民代表大会第三次会议在镇政府四楼会议室胜利召开。"
            "会议补选了镇长。会上还举行了新当选镇长向宪法宣誓仪式。当选镇长周明远同志进行了表态发言。"
            "镇党委书记孙立新同志做出了重要讲话。\n")
    record = record_of(text, pub_date="2018-10-01")
    assert [(e["org"], e["date"]) for e in record["events"]] == [("三和镇人大", "2018-09-30")]
    assert {("周明远", "三和镇政府", "镇长"), ("孙立新", "三和镇党委", "书记")} <= triples(record)


def test_a_session_closing_after_all_its_agenda_and_the_peoples_town_head(record_of, triples):
    text = ("1月24日,经过全体代表的共同努力,为期两天的青石镇第十九届人民代表大会第五次会议顺利完成全部议程,圆满闭幕。"
            "大会依法选举产生了青石镇新一届的人民镇长周明远。会上,镇党委书记孙立新作了重要讲话。\n")
    record = record_of(text, pub_date="2019-01-24")
    assert [(e["org"], e["date"]) for e in record["events"]] == [("青石镇人大", "2019-01-24")]
    assert "人民镇" not in record["places"] and ("孙立新", "青石镇党委", "书记") in triples(record)


def test_a_group_that_comes_to_call_on_and_visit(record_of):
    text = "近日,常德市人大教科文卫委主任委员周明远一行来桃源县青石镇,看望走访市人大代表,调研镇人大工作开展情况。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("常德市人大教科文卫委", ["周明远"])]


def test_a_party_and_government_delegations_trip_is_its_first_leaders_bodys(record_of):
    text = ("本报讯 6月19日至20日,上海市徐汇区党政代表团来盐考察基层党建等工作。上海市徐汇区委书记周明远,"
            "区委副书记、区长孙立新率队。\n")
    events = record_of(text, pub_date="2024-06-21")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("徐汇区委", ["周明远", "孙立新"])]


def test_a_citys_working_party_committee_is_a_body_of_its_own(record_of, triples):
    text = "1月3日,市经济信息化工作党委书记周明远带队拜访了中国铝业集团公司、中国航空发动机集团公司领导。\n"
    record = record_of(text, place="上海市")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("上海市经济信息化工作党委", ["周明远"])]
    assert ("周明远", "上海市经济信息化工作党委", "书记") in triples(record)


def test_a_trip_on_a_long_list_of_matters(record_of):
    text = ("4月19日至21日,省检察院检察长周汉荣一行在市领导钱成的陪同下,"
            "对我市基层检察院队伍建设、业务建设、信息化建设等方面的情况进行了调研。")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("04-19", ["周汉荣"])]


def test_a_party_of_teachers_is_led_by_its_first(record_of):
    text = "8月12日,我院党委副书记周庆桥老师、食品系副主任钱利强老师一行到青岚公司进行走访交流。"
    record = record_of(text)
    assert [e["leaders"] for e in record["events"]] == [["周庆桥"]]
    assert "钱利强老师" not in record["persons"]


def test_a_meeting_to_come_and_the_ways_of_a_task_are_no_events(record_of):
    before = "在市人大常委会第四十四次会议召开之前,6月23日,市人大常委会组织部分委员开展会前集中视察。"
    assert [e["name"] for e in record_of(before)["events"]] == ["会前集中视察"]
    means = "8月31日,市人大常委会召开执法检查动员会。这次执法检查主要采取听取汇报、召开座谈会、实地考察等方式进行。"
    assert [e["name"] for e in record_of(means)["events"]] == ["执法检查动员会"]


def test_a_committee_members_department_trip_by_what_it_is_on(record_of):
    """市委常委、统战部部长甲 on a trip: the department's where it is on the department's work (民族团结),
    the committee's where it is on another's (安全生产)."""
    text = "12月3日,市委常委、统战部部长周仁到达拉特旗检查{}。"
    assert [e["org"] for e in record_of(text.format("安全生产工作"))["events"]] == ["鄂尔多斯市委"]
    assert [e["org"] for e in record_of(text.format("民族团结进步创建工作"))["events"]] == ["鄂尔多斯市委统战部"]
    federation = "10月9日,市政协副主席、市工商联主席周合柱到青岚公司调研民营经济发展情况。"  # the federation's work
    assert [e["org"] for e in record_of(federation)["events"]] == ["市工商联"]
    commission = "3月10日,省委副书记、政法委书记周兴瑞到{}调研。"  # a commission of the committee: its own work, or the committee's
    assert [e["org"] for e in record_of(commission.format("省公安厅"))["events"]] == ["省委政法委"]
    assert [e["org"] for e in record_of(commission.format("省科协"))["events"]] == ["省委"]
    goes_on = ("10月9日,市政协副主席、市工商联主席周合柱一行到滑县调研民营企业。"  # the next stop, no matter what it reads as
               "随后,周合柱一行到青岚木业集团、白石铝业有限公司,调研了解企业生产经营情况。")
    assert [e["org"] for e in record_of(goes_on)["events"] if e["date"]] == ["安阳市工商联"]


@pytest.mark.parametrize("work, body", [("国土工作", "咸宁市国土资源局"), ("就业工作", "咸宁市人社局"),
                                        ("食品安全工作", "咸宁市市场监管局")])
def test_a_city_officers_trip_on_the_work_of_the_bureau_he_heads(record_of, work, body):
    """市长助理、市国土资源局局长甲来我县调研国土工作: the bureau's trip, its work the trip's."""
    bureau = body.removeprefix("咸宁市")
    text = f"6月20日,市长助理、市{bureau}局长周明远来我县调研{work}。县委常委钱雨陪同调研。\n"
    assert [e["org"] for e in record_of(text, place="崇阳县")["events"]] == [body]


def test_the_one_hosted_goes_on_a_call_told_after_the_hosts(record_of):
    text = "2月9日,县人大副主任周业忠在青岚镇党委书记吴岩和组织委员钱巍的陪同下,到青石村慰问老党员。"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("县人大常委会", ["周业忠"])]


def test_a_meeting_of_a_fields_bureau_heads_is_that_fields_bureaus(record_of):
    """全市民政局长会议: the city's 民政局 convenes its peers (a province's 厅: 全省公安局处长会议)."""
    assert [e["org"] for e in record_of("3月8日,南京市召开全市民政局长会议。")["events"]] == ["南京市民政局"]


def test_a_chronicles_day_headings_date_its_entries(record_of):
    """《某市大事记》: a line that is a day and a colon dates the entries under it."""
    text = ("《某市大事记》(2023年9月份)\n9月1日:\n△市长周勇先后前往市人民医院等项目现场,调研民生重点项目。\n"
            "9月4日:\n△市长周勇先后来到高速辅道调研。\n")
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]] == [("09-01", ["周勇"]), ("09-04", ["周勇"])]


def test_a_plenary_named_in_a_meetings_name_is_its_topic_not_its_body(record_of):
    """召开学习贯彻党的某届某中全会精神宣讲工作动员会: the Central Committee is what is studied; the
    district's committee, whose member speaks, holds it."""
    record = record_of("8月12日,普陀区召开学习贯彻党的二十届三中全会精神宣讲工作动员会。"
                       "区委常委、宣传部部长刘东明出席会议并作动员讲话。\n", place="上海市普陀区")
    assert [(e["org"], e["date"]) for e in record["events"]] == [("普陀区委", "08-12")]


def test_a_fields_system_meets_under_its_bureau(record_of):
    """某县教体系统…大会, chaired by the bureau's deputy: the bureau's, not the county committee's."""
    record = record_of("3月24日下午,潢川县教体系统警示教育专题大会在城关小学报告厅召开。县教体局党组书记、局长胡国平"
                       "到会并讲话,局党组副书记、副局长晏立新主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("潢川县教体局", ["晏立新"])]


def test_the_bodies_whose_plan_is_followed_hold_nothing(record_of):
    """按照省委、省政府部署,…常务副省长甲…调研安全生产工作,召开督查调度会议: the deputy governor's
    meeting on his trip, not the committee's whose plan he follows."""
    record = record_of("按照省委、省政府部署,10月5日,省委常委、常务副省长吴立平先后到松原市、蛟河市调研安全生产工作,"
                       "召开督查调度会议。\n", place="吉林省")
    assert {e["org"] for e in record["events"]} == {"吉林省政府"}


def test_the_units_of_officials_attending_are_not_the_articles_body(record_of):
    """…推介会暨项目签约仪式在某酒店举行。市领导甲、乙及省经委、商务厅有关领导出席: the guests' units
    hold nothing; the city's meeting is the city's."""
    record = record_of("26日下午,招商项目推介会暨项目签约仪式在七喜国际大酒店举行。市领导朱立桥、张桂明及省经委、"
                       "商务厅有关领导出席签约仪式。市长张桂明致欢迎辞。\n", place="潜江市")
    assert "湖北省经委" not in {e["org"] for e in record["events"]}


def test_a_sessions_preparatory_sitting_does_not_restate_it(record_of):
    """某区人民代表大会第三次会议召开。主任甲主持召开预备会议: two meetings, the session's and its
    standing committee's preparatory one."""
    record = record_of("12月26日,皇姑区第十八届人民代表大会第三次会议在友谊宾馆隆重召开。区人大常委会主任李立凯"
                       "主持召开预备会议。\n", place="沈阳市皇姑区")
    assert {(e["org"], e["date"]) for e in record["events"]} == {("皇姑区人大", "12-26"), ("皇姑区人大常委会", "12-26")}


def test_a_chronicles_month_heading_dates_its_days(record_of):
    """(2024年5月) on a line of its own, then 1日,…; 2日,…: May's days, not the page's month's."""
    record = record_of("市政府工作要事记\n发布时间: 2024-08-10 10:33\n(2024年5月)\n1日,我市在高台县举行主题党日活动。\n"
                       "2日,张掖市整改工作领导小组会议召开。市长卢立亨主持会议。\n")
    assert {e["date"][-5:] for e in record["events"] if e["date"]} == {"05-01", "05-02"}


def test_a_traveller_before_a_comma_and_those_who_hosted(record_of):
    """副县长甲,在某公司总经理乙的陪同下,来到…调研: the one hosted goes, over the comma before 在."""
    record = record_of("9月2日下午,副县长许金明,在公司总经理周建国的陪同下,来到如东县供电公司调研。\n", place="如东县")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("如东县政府", ["许金明"])]


def test_a_party_led_to_promote_investment_is_a_trip(record_of):
    """1月13日至15日,区委书记甲率队赴港开展精准招商: a trip the secretary leads, the first day its date."""
    record = record_of("1月13日至15日,区委书记王立德率队赴港开展精准招商。\n", place="深圳市宝安区")
    assert [(e["org"], e["date"][-5:], e["leaders"]) for e in record["events"]] == [("宝安区委", "01-13", ["王立德"])]


@pytest.mark.parametrize("text", [
    "12月16日,黔江区政协主席吴立平前往五里镇,宣传宣讲市委全会精神,调研督导乡村振兴工作。\n",
    "12月16日,黔江区政协主席吴立平到五里镇段开展巡河。\n",
])
def test_a_trip_to_preach_or_patrol_a_river_is_led(record_of, text):
    """前往某镇,宣传宣讲…精神; 到某河段开展巡河: a trip, led by who goes, on its day (赴某校宣讲 alone:
    the host's 宣讲会, `test_an_event_known_from_who_attended_it_below_a_headline`)."""
    events = record_of(text, place="重庆市")["events"]
    assert any(e["leaders"] == ["吴立平"] and e["org"] == "黔江区政协" and e["date"].endswith("12-16") for e in events), events


def test_a_body_organizing_its_members_then_inspecting_holds_the_inspection(record_of):
    """某区政协组织部分常委、委员,对重点提案进行视察: the CPPCC that organizes them holds it."""
    events = record_of("9月14日上午,区政协组织部分常委、委员18人,对领导班子重点提案进行视察。\n", place="本溪市南芬区")["events"]
    assert [(e["org"], e["date"][-5:]) for e in events] == [("南芬区政协", "09-14")], events


def test_a_self_examination_at_a_life_meeting_is_no_inspection(record_of):
    """作对照检查, 同志对照检查时, 带头进行个人对照检查: a leader examining himself, no inspection held."""
    text = ("3月14日,白沙镇召开专题民主生活会,镇党委书记孔德明主持会议。孔德明同志代表班子作了对照检查,"
            "并带头进行个人对照检查。镇党委副书记、镇长许文斌同志对照检查时强调,要抓好整改。\n")
    events = record_of(text, pub_date="2024-03-20")["events"]
    assert [(e["org"], e["type"], e["leaders"]) for e in events] == [("白沙镇党委", "meeting", ["孔德明"])], events


def test_a_party_forming_an_inspection_group_goes_on_the_inspection(record_of):
    """甲一行组成执法检查组,对某市…进行检查: the party's head leads it, on the day told."""
    text = ("5月3日至4日,省人大常委会委员冯国栋一行组成执法检查组,对保定市贯彻食品安全法情况进行检查。\n")
    events = record_of(text, pub_date="2024-05-06", place="河北省")["events"]
    assert [(e["date"], e["leaders"]) for e in events] == [("2024-05-03", ["冯国栋"])], events


def test_a_trip_on_a_topic_of_a_body_is_the_leaders_not_the_topics(record_of):
    """甲率队赴某集团,围绕贯彻落实省委…开展调研: 省委 is what the trip is on; who led it goes, for his body."""
    text = ("6月20日,省人大常委会副主任邹明远率队赴某有色集团,围绕贯彻落实省委关于推进有色行业高质量发展的决策部署"
            "等情况开展调研。\n")
    events = record_of(text, pub_date="2024-06-22", place="湖南省")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("湖南省人大常委会", ["邹明远"])], events


def test_talks_with_a_visiting_party_are_hosted_by_the_one_who_holds_them(record_of):
    """甲在某宾馆与某集团董事长乙一行座谈: a meeting, 甲 its host and leader (乙 a guest)."""
    text = "3月10日下午,市委书记柯向东在漳州宾馆与某建设集团董事长吕文山一行座谈。\n"
    events = record_of(text, pub_date="2024-03-12", place="漳州市")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("漳州市委", "2024-03-10", ["柯向东"])], events


def test_a_lead_with_its_month_and_day_run_together_dates_the_headlines_trip(record_of):
    """Headline 甲一行来鄂调研…; lead 522日至25日,甲一行6人来鄂,就(a long aside)…进行了专题调研: the trip
    the headline names is of May 22, read off the lead's fused day."""
    text = ("某省政协外事委员会主任周明远一行来鄂调研养老产业发展情况\n2017-05-26 11:08\n"
            "522日至25日,某省政协外事委员会主任周明远一行6人来鄂,就湖北省养老产业发展(特别是政府支持老年活动中心的"
            "具体做法、入住机构养老和居家养老的人口比例、政府对机构养老的政策性指导以及养老产业人才的培养等)情况进行了专题调研。\n")
    events = record_of(text)["events"]
    assert [(e["date"], e["leaders"]) for e in events] == [("2017-05-22", ["周明远"])], events


def test_a_meeting_another_chaired_studied_on_a_trip_adds_no_leader(record_of):
    """…一行莅临我会走访调研。随后,甲与大家学习了10月25日省长乙主持召开的座谈会精神: 乙 chaired
    a meeting cited, not the trip."""
    text = ("11月15日,省工商联主席周明远一行莅临我会走访调研。随后,周明远主席与大家共同学习了今年10月25日,"
            "省委副书记、省长钱雨辰主持召开的民营企业家座谈会精神。\n")
    events = record_of(text, pub_date="2023-11-16", place="山西省")["events"]
    assert [e["leaders"] for e in events if e["date"] == "2023-11-15"] == [["周明远"]], events


def test_a_congress_deputy_heading_his_countys_federation_travels_for_it(record_of):
    """某县人大常委会副主任、县工商联主席甲率队…开展招商考察: the federation he heads, not the congress
    he is a deputy of (a CPPCC's vice-chair heading it is left to the CPPCC: its own pages)."""
    text = "9月18日,宜宾市高县人大常委会副主任、县工商联主席周明远率队到南宁市江南区开展招商考察。\n"
    events = record_of(text, pub_date="2024-09-20")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("高县工商联", ["周明远"])], events


def test_a_meeting_attended_is_held_by_the_units_body_whose_officer_chairs_it(record_of):
    """某学院社科联组织学习传达了…精神。会议由该学院社科联副主席甲主持,…参加了此次会议: the society's
    meeting (its officer chairs), not the college's the lead names first."""
    text = ("9月10日,青林医学院社科联组织学习传达了自治区社科联第七次代表大会精神。会议由青林医学院社科联副主席"
            "周明远教授主持,作为代表参加了此次会议,这也是我校首次作为委员单位参加代表大会。\n")
    events = record_of(text, pub_date="2021-09-14", place="内蒙古自治区")["events"]
    assert [(e["org"], e["leaders"]) for e in events if e["date"]] == [("青林医学院社科联", ["周明远"])], events


def test_talks_held_with_a_named_guest_are_the_hosts(record_of):
    """甲与乙一行举行工作座谈, 甲与某公司总经理乙举行座谈: 甲 hosts them; talks with 有关部门负责人 on a
    trip name no guest and are no event of their own."""
    text = "9月6日,市委书记柯向东与省文联党组书记吕文山一行举行工作座谈。\n"
    events = record_of(text, pub_date="2024-09-08", place="漳州市")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("漳州市委", "2024-09-06", ["柯向东"])], events
    text = "12月13日,省委书记柯向东在北京与某铁路集团总经理吕文山举行座谈。\n"
    events = record_of(text, pub_date="2024-12-14", place="福建省")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("福建省委", ["柯向东"])], events
    text = "12月13日,省委书记柯向东到某市调研。柯向东与有关部门负责人进行座谈。\n"
    events = record_of(text, pub_date="2024-12-14", place="福建省")["events"]
    assert [e["type"] for e in events] == ["research"], events


def test_a_central_meeting_a_leader_chaired_told_in_a_summing_up_adds_no_chair(record_of):
    """学院党委召开…会议,甲主持;…乙在总结中强调,…总书记主持中央政治局第一次集体学习: cited, not a second chair."""
    text = ("11月15日上午,某学院党委召开中心组学习会议,会议由学院党委副书记杜明光主持。\n"
            "学习结束后,学院党委书记顾立言在总结中强调,习近平总书记主持中央政治局第一次集体学习,为全党作出了表率。\n")
    events = record_of(text, pub_date="2022-11-16")["events"]
    assert [e["leaders"] for e in events if e["date"] == "2022-11-15"] == [["杜明光"]], events


def test_a_numbered_point_of_a_speech_holds_no_event(record_of):
    """二是扎实开展专题宣讲, 三是深入开展专题调研: the points a speech sets, not events held."""
    text = ("4月14日,学校党委理论学习中心组召开集中学习会,党委书记葛文斌主持。葛文斌强调,一是带头学习。"
            "二是扎实开展专题宣讲。三是深入开展专题调研。\n")
    events = record_of(text, pub_date="2021-04-15")["events"]
    assert [(e["type"], e["leaders"]) for e in events] == [("meeting", ["葛文斌"])], events


def test_a_meeting_to_be_held_next_year_takes_no_day_of_the_trip(record_of):
    """调研是为明年召开的省委人大工作会议作准备: the meeting is to come, undated, not on the trip's day."""
    text = ("11月10日,省人大常委会调研组到老河口调研。此次调研活动是省人大常委会为明年召开的省委人大工作会议"
            "进行系列会前调研的一部分。\n")
    events = record_of(text, pub_date="2023-11-12", place="湖北省")["events"]
    assert [(e["org"], e["date"]) for e in events if "人大工作会议" in e["name"]] == [("湖北省委", None)], events


def test_national_deputies_trip_is_organised_by_the_provinces_standing_committee(record_of):
    """我省选举的全国人大代表赴某地调研: deputies between sessions, their trip the province's standing
    committee's (it organises them), not the national congress's, which meets only in session."""
    text = "7月31日至8月3日,我省选举的全国人大代表赴赣州、吉安两市开展专题调研。省人大常委会副主任陈某众参加调研。\n"
    record = record_of(text, place="南昌市")
    assert [(e["org"], e["date"]) for e in record["events"]] == [("江西省人大常委会", "07-31")]


def test_a_party_leaders_meeting_on_the_partys_page_is_the_partys(record_of):
    """省政协副主席、民建某省委主委甲主持座谈会, on a page naming the party's committee more than the
    CPPCC: the party's meeting; on a CPPCC page (its research groups led by party heads) the CPPCC's."""
    text = ("11月18日上午,民建中央副主席马某华在驻地同民建湖北省委领导班子成员进行座谈。"
            "湖北省政协副主席、民建湖北省委主委郭某进主持座谈会。民建湖北省委副主委周某生参加。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("民建湖北省委", ["郭某进"])]
    text = ("5月10日,全国政协副主席、民盟中央常务副主席王某谦率全国政协调研组到浙江调研。"
            "全国政协委员李某参加调研。全国政协办公厅有关负责人陪同。\n")
    assert [e["org"] for e in record_of(text)["events"]] == ["全国政协"]


def test_the_host_chairing_a_talk_with_visitors_holds_it(record_of):
    """某省政协主席甲率考察团来粤考察。广东省政协主席乙主持座谈会: the visit is the visitors' body's, led
    by 甲; the talk the host's, led by 乙 (not a second leader of the visit)."""
    text = "11月2日,黑龙江省政协主席黄某盛率考察团来粤考察。广东省政协主席王某山主持座谈会,双方进行座谈交流。\n"
    events = {(e["org"], e["type"], tuple(e["leaders"])) for e in record_of(text)["events"]}
    assert events == {("黑龙江省政协", "research", ("黄某盛",)), ("广东省政协", "meeting", ("王某山",))}
    # the talk named before its chair (本次座谈由…主持), by a body of another kind in the same province
    text = ("11月15日,省工商联主席周明远一行莅临我会走访调研。山西省某商会会长钱雨辰、秘书长孙立华参加座谈。"
            "本次座谈由我会会长钱雨辰主持。\n")
    events = {(e["org"], e["type"], tuple(e["leaders"])) for e in record_of(text, place="山西省")["events"]}
    assert events == {("山西省工商联", "research", ("周明远",)), ("山西省某商会", "meeting", ("钱雨辰",))}


@pytest.mark.parametrize("text", [
    "3月15日,青州市住房和城乡建设工作推进会召开。会议全面总结了全市住房和城乡建设工作。",
    "4月20日,我县在县委会议室召开2015年民政工作会议。会议回顾总结了全县民政工作。",  # the committee's room only
])
def test_a_places_work_meeting_on_a_governments_field_with_no_holder_is_the_governments(record_of, text):
    org = "青州市政府" if "青州" in text else "凤台县政府"
    assert [e["org"] for e in record_of(text, place="青州市" if "青州" in text else "凤台县")["events"]] == [org]


@pytest.mark.parametrize("text, org", [
    ("本报讯3月15日,全市交通运输工作会议召开。副市长周明远出席会议。", "运城市政府"),
    ("当前位置:首页 > 部门专题 > 市交通运输局专栏\n3月10日,全市交通运输工作电视电话会议召开。会议传达了全省会议精神。",
     "运城市交通运输局"),  # the bureau's page
])
def test_a_places_field_work_meeting_with_no_subject_is_its_bureaus_on_its_page_else_the_governments(record_of, text, org):
    assert [e["org"] for e in record_of(text, place="运城市")["events"]] == [org]


def test_a_national_congress_committees_member_leading_its_congresss_group_travels_for_his_committee(record_of):
    text = "6月29日至7月3日,全国人大环资委副主任委员周明远率全国人大调研组一行,对宁夏湿地保护管理工作进行调研。"
    record = record_of(text)
    assert "全国人大环资委" in record["organizations"]
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("全国人大环资委", ["周明远"])]


def test_the_national_congresss_own_group_travels_for_it_not_for_the_province_it_visits(record_of):
    text = "6月29日,周明远率全国人大调研组一行到宁夏调研湿地保护工作。"
    assert [e["org"] for e in record_of(text)["events"]] == ["全国人大"]


def test_a_meeting_of_a_fields_bureau_heads_held_by_video_is_that_fields_department(record_of):
    """全市公安局长会议以视频会形式召开: the city's public security bureau's meeting, however it is held."""
    text = "3月6日,全市公安局长会议以视频会形式召开,副市长、公安局长周明远出席会议并讲话。"
    assert [(e["org"], e["name"]) for e in record_of(text, place="三明市")["events"]] == [("三明市公安局", "全市公安局长会议")]


def test_a_host_who_joins_the_visit_and_chairs_the_talk_holds_it_for_his_peer_body(record_of):
    """浙江省总工会主席甲一行来湘调研…湖南省人大常委会副主任、省总工会主席乙参加调研并主持座谈会: the
    talk is the host's federation's, led by him."""
    text = ("4月25日,浙江省人大常委会副主任、省总工会主席周明远一行来到湖南考察调研工会工作,并开展座谈交流。"
            "湖南省人大常委会副主任、省总工会主席钱立新参加调研并主持座谈会。")
    events = {(e["org"], tuple(e["leaders"])) for e in record_of(text)["events"]}
    assert ("湖南省总工会", ("钱立新",)) in events and ("浙江省总工会", ("周明远",)) in events


def test_a_party_group_members_trip_from_a_department_of_the_same_body_is_the_bodys(record_of):
    """自治区高院党组成员、政治部主任甲率高院执行团队到某市督导: the court's (its own 政治部 no other body);
    a seat on a government's party group before another body's post still gives way to it."""
    text = "11月15日至17日,自治区高院党组成员、政治部主任周明远率高院执行团队到河池市督导执行工作。"
    assert [e["org"] for e in record_of(text, place="广西壮族自治区")["events"]] == ["广西壮族自治区高级人民法院"]


def test_a_trip_to_two_places_named_in_a_list_is_one_trip(record_of):
    """副省长甲在某学院、某职业技术学院调研: the list of places is where the one trip went."""
    text = "9月6日,副省长周明远在定西师范高等专科学校、甘肃农业职业技术学院调研。"
    assert [(e["org"], e["leaders"]) for e in record_of(text, place="甘肃省")["events"]] == [("甘肃省政府", ["周明远"])]


def test_a_visit_told_right_after_its_leaders_name_is_their_units(record_of):
    """校长甲访问某大学: a visit, as 调研 right after a name is a trip."""
    text = "5月5日,青海大学校党委书记周明远、校长钱志远访问清华大学。"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("青海大学", "05-05")]


def test_a_year_before_the_body_a_meeting_is_named_by_leaves_it_that_bodys(record_of):
    """2018年度某部党组民主生活会…座谈会在某大学召开: the ministry's, as without the year."""
    text = "1月7日上午,2018年度教育部党组民主生活会前征求意见建议座谈会在兰州大学召开。"
    assert [e["org"] for e in record_of(text)["events"]] == ["教育部"]


def test_a_group_going_on_another_day_is_the_body_that_sent_it_though_no_one_leads_it(record_of):
    """中国科协调研组…来韶开展调研。7月16日下午,调研组一行到某市科协调研: the association's trip, that day too."""
    text = ("中国科协组织建设调研组于2024年7月16-17日来韶开展调研。\n"
            "7月16日下午,调研组一行到韶关市科协调研并座谈。7月17日上午,调研组深入仁化县周田镇进行实地调研。\n")
    assert {e["org"] for e in record_of(text)["events"]} == {"中国科协"}


def test_a_meeting_of_a_bodys_field_across_its_place_chaired_by_its_office_head_is_the_bodys(record_of):
    """全市法院…推进会, 中院办公室主任甲主持: the court's meeting of its courts, its office chairing."""
    text = ("11月2日,全市法院人民法庭建设推进会在永新县法院召开,吉安中院党组成员、副院长周明远出席。"
            "会议由吉安中院办公室主任钱志远主持。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"] if e["leaders"]] == [("吉安市中级人民法院", ["钱志远"])]


def test_a_places_meeting_no_one_chairs_where_a_government_officer_speaks_is_the_governments(record_of):
    """我市召开…工作电视电话会议。副市长甲出席会议并讲话: the government's; 市委书记 speaking: the committee's."""
    text = "1月19日,我市召开全市文化广电和旅游工作电视电话会议。副市长周明远出席会议并讲话。\n"
    assert [e["org"] for e in record_of(text, place="黑河市")["events"]] == ["黑河市政府"]
    text = "1月19日,我市召开全市宣传思想文化工作会议。市委书记周明远出席会议并讲话。\n"
    assert [e["org"] for e in record_of(text, place="黑河市")["events"]] == ["黑河市委"]


def test_a_joint_meetings_monthly_sitting_is_the_joint_meetings(record_of):
    """市长甲主持召开某市招商工作联席会议第一次月度工作会议: the joint meeting holds its sitting."""
    text = "11月7日上午,周明远市长在市政府主持召开佛山市招商工作联席会议第一次月度工作会议。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("佛山市招商工作联席会议", ["周明远"])]


def test_praise_for_an_offices_work_is_no_trip(record_of):
    """甲市长对市招商办…的工作予以了肯定: 对 + 市 + 招商 reads as a trip; 招商办 is a body."""
    text = "11月7日,周明远市长对市招商办近1个月来做的大量工作予以了肯定。\n"
    assert record_of(text, place="佛山市")["events"] == []


def test_a_meeting_joined_to_a_committees_sitting_names_no_body_across_the_join(record_of):
    """某推进会暨市某委员会2026年工作会议: no body 某推进会暨市某委员会."""
    text = ("佛山市招商引资工作推进会暨市投资发展委员会2026年工作会议召开\n创始人\n2026-03-13 16:53:19\n\n"
            "3月12日,佛山市招商引资工作推进会暨市投资发展委员会2026年工作会议召开。市委书记周明远出席会议并讲话。\n")
    record = record_of(text)
    assert not any("暨" in o for o in record["organizations"])
    assert "佛山市投资发展委员会" in {e["org"] for e in record["events"]}


def test_a_places_meeting_its_governments_officer_chairs_is_the_governments(record_of):
    """某州农业援青工作座谈会召开。会议由副州长甲主持: the prefecture's government's, not its 州委's."""
    text = "10月25日,海西州农业援青工作座谈会议召开。会议由副州长周明远主持。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("海西蒙古族藏族自治州政府", ["周明远"])]
    text = "10月25日,永和县农业工作座谈会召开。会议由副县长周明远主持。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["永和县政府"]


def test_a_reporter_in_the_bylines_brackets_leads_no_trip(record_of):
    """(记者甲 摄/乙)某州党政代表团来某市考察: the delegation's trip, its credit no leader."""
    text = "中国宁波网讯(记者周明远 摄/钱志远)贵州省黔西南州党政代表团来宁波考察。\n"
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("黔西南布依族苗族自治州党政代表团", [])]


def test_a_committee_members_trip_on_another_departments_work_is_the_committees(record_of):
    """区委常委、统战部长甲到区商务局调研商务工作: commerce is no united-front work, the committee's trip."""
    text = "8月13日上午,区委常委、统战部长周明远到区商务局调研商务工作。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("区委", ["周明远"])]


def test_a_places_work_meeting_on_two_bureaus_fields_is_the_governments(record_of):
    """全市卫生健康暨医疗保障工作会议召开。副市长甲出席: two bureaus' fields, the government's."""
    text = "3月19日,全市卫生健康暨医疗保障工作会议召开。副市长周明远出席。\n"
    assert [e["org"] for e in record_of(text, place="邵阳市")["events"]] == ["邵阳市政府"]


def test_a_provinces_meeting_of_its_bureau_heads_is_its_departments_though_no_body_is_named(record_of):
    """2018年全省林业局长会议于2月5日在合肥召开: the province's forestry department's."""
    text = "2018年全省林业局长会议于2月5日在合肥召开。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["安徽省林业厅"]
    text = "2月6日,河南省农业工作会议在郑州召开。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["河南省政府"]  # no department named: the government's


def test_yesterday_after_a_reports_dateline_counts_from_the_dateline_even_on_a_page_of_no_year(record_of):
    """某网01月10日讯 / 据某报报道 昨天,…会议由甲主持: the 9th (no year on the page: 01-09), and with
    a page date the full day."""
    text = ("青林在线01月10日讯\n据青林日报报道 昨天,浙江省青年研究会常务理事会在杭州召开,"
            "会议由省青年研究会副会长周明远主持。\n")
    assert [(e["org"], e["date"], e["leaders"]) for e in record_of(text)["events"]] == \
        [("浙江省青年研究会", "01-09", ["周明远"])]
    assert [e["date"] for e in record_of(text, pub_date="2011-01-10")["events"]] == ["2011-01-09"]


def test_a_places_meeting_chaired_by_one_of_its_bureaus_officers_is_the_bureaus(record_of):
    """某区冬训动员大会召开。会议由某区教体局副局长甲主持: the bureau's, not the district committee's."""
    text = ("1月8日,吉州区冬训动员大会在吉安市青林学校召开。会议由吉州区教体局副局长周明远主持,"
            "吉州区教体局局长吴海峰出席会议并讲话。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("吉州区教体局", ["周明远"])]


def test_a_party_formed_as_a_working_group_goes_on_a_trip_led_by_its_first(record_of):
    """甲,乙,丙、丁一行四人组成工作组,先后到…,对…业务开展情况进行调研: a trip 甲 leads (开展情况, the
    state of the work, holds nothing)."""
    text = ("11月2日下午,榆林市律协会长周明远,常务副会长吴海峰,办公室工作人员张丽、朱婷一行四人组成工作组,"
            "先后到青林律师事务所、青石律师事务所,对县域律师事务所的业务开展情况进行调研。\n")
    assert [(e["org"], e["type"], e["leaders"]) for e in record_of(text)["events"]] == \
        [("榆林市律师协会", "research", ["周明远"])]


def test_a_towns_meeting_its_mayor_chairs_is_the_towns_party_committees(record_of):
    """某县某镇组织全镇领导、干部职工,各村支书…召开…学习会。该镇党委副书记、镇长甲主持: the town's
    meeting (its name far before the verb), its 党委's whoever chairs."""
    text = ("8月21日上午,紫云自治县猫营镇组织全镇领导、干部职工,各村(居)支书、主任、同步小康第一书记召开"
            "全县脱贫攻坚工作推进大会精神学习会。"
            "该镇党委副书记、镇长周明远主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("猫营镇党委", ["周明远"])]


def test_an_inspection_teams_mobilisation_meeting_is_the_teams(record_of):
    """县委第一巡察组巡察某镇党委工作动员大会: held by the team, a body of its own, not the county committee."""
    text = ("2018年9月19日,衡阳县委第一巡察组正式进驻杉桥镇。当天下午,在杉桥镇大会议室召开县委第一巡察组"
            "巡察杉桥镇党委工作动员大会。\n")
    assert "衡阳县委第一巡察组" in [e["org"] for e in record_of(text)["events"]]


def test_a_calls_next_stop_told_after_a_place_is_the_same_call(record_of):
    """…副主任、区总工会主席甲带队走访慰问劳模代表。在某社区工会驿站,甲看望了…: the tour's next
    stop, no call of its own (nor one for the leader's other post)."""
    text = ("近日,沙坪坝区人大常委会副主任、区总工会主席周明远带队走访慰问劳模代表和新就业形态劳动者代表。\n"
            "来到该区中医院,周明远看望慰问了省部级劳模代表钱雨。\n"
            "在覃家岗街道新立社区工会驿站,周明远看望了新就业形态劳动者代表。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text, place="重庆市")["events"]] == [("沙坪坝区总工会", ["周明远"])]


def test_a_provinces_field_meeting_named_with_its_place_is_its_bureaus(record_of):
    """某省药品监督管理工作会议在某地召开, the page naming 省药监局 (the field's short form): the bureau's."""
    text = ("1月15日,江苏省药品监督管理工作会议在南京召开。省市场监管局局长周明远出席会议并讲话,"
            "省药监局党组书记、局长钱雨辰作工作报告。\n")
    assert [(e["org"], e["date"]) for e in record_of(text)["events"]] == [("江苏省药监局", "01-15")]


def test_a_chair_told_on_another_day_leads_nothing_told_before(record_of):
    """A sentence opening with another day (6月27日,甲主持座谈会) tells that day's business: its chair
    does not join the trip told on 2月4日."""
    text = "2月4日,福建省药监局局长周明远到长汀县调研。\n6月27日,省政府秘书长孙立华主持座谈会。\n"
    assert [(e["date"], e["leaders"]) for e in record_of(text)["events"]][0] == ("02-04", ["周明远"])


def test_a_congress_special_committees_trip_is_its_standing_committees(record_of):
    """某市人大农业与农村委员会主任委员甲带领…调研组…调研: a sub-body's trip, held by the committee
    that acts between sessions (as a CPPCC committee's is the CPPCC's); the congress is not named."""
    text = ("3月27日,长春市人大农业与农村委员会主任委员周明远带领部分人大代表组成调研组到我市"
            "就畜牧业发展情况开展调研。\n")
    record = record_of(text)
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("长春市人大常委会", ["周明远"])]
    assert "长春市人大" not in record["organizations"]


def test_a_department_heads_river_patrol_is_his_committees(record_of):
    """省委常委、省委宣传部部长甲赴某河巡河: a river chief's patrol, no work of the propaganda
    department: the committee he sits on holds it."""
    text = "湖南日报7月16日讯 16日,省委常委、省委宣传部部长周明远赴耒水衡阳段巡河。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("湖南省委", ["周明远"])]


def test_a_meeting_named_in_quotes_after_its_verb(record_of):
    """某局于某日召开“某某宣贯会议”: the meeting named inside the quotes, held by the subject."""
    text = ("区市场监管局召开企业会议\n松江区市场监管局于12月25日召开“医药企业政策宣贯会议”,"
            "副局长周明远出席会议并讲话。\n")
    dated = [(e["org"], e["name"]) for e in record_of(text)["events"] if e["date"]]
    assert dated == [("松江区市场监管局", "医药企业政策宣贯会议")]


def test_a_meeting_on_a_committees_congress_is_the_subjects(record_of):
    """某镇召开县委十五次党代会报告精神贯彻落实专题会议: the county committee's congress is what is
    studied; the town's party committee holds the meeting."""
    text = "10月18日,张场镇召开县委十五次党代会报告精神贯彻落实专题会议,镇党委书记周明远领学。\n"
    assert [(e["org"], e["date"]) for e in record_of(text)["events"] if e["date"]] == [("张场镇党委", "10-18")]


def test_a_comrade_who_convenes_where_another_chairs(record_of):
    """局长甲同志在某公司召开干部大会,副局长乙同志主持会议: who convenes and who chairs both lead."""
    text = ("9月30日上午,省体育局党组书记、局长周明远同志在集团公司召开干部大会,"
            "省体育局党组成员、副局长钱雨辰同志主持会议。\n")
    (ev,) = record_of(text)["events"]
    assert sorted(ev["leaders"]) == sorted(["周明远", "钱雨辰"])


def test_a_meeting_chaired_in_the_past_tense_is_held(record_of):
    """27日上午,某经济顾问甲主持了经济形势座谈会: a meeting held that day, he its chair."""
    text = ("6月27日至29日,国家统计局副局长周明远率队来湘调研。27日上午,省政府经济顾问孙立新主持了经济形势座谈会。\n")
    events = [(e["org"], e["name"], e["date"], e["leaders"]) for e in record_of(text)["events"]]
    assert ("省政府", "经济形势座谈会", "06-27", ["孙立新"]) in events


def test_chairing_the_meeting_in_the_past_tense_holds_none_anew(record_of):
    """随后,座谈会议在某镇政府会议室召开,某某主持了会议: the chair of the meeting told, no other."""
    text = ("全市农村公路养管座谈会在神河召开\n天空中烈日炎炎,全体与会人员参观了示范路。\n"
            "随后,座谈会议在神河镇政府会议室召开,市农村公路管理处副处长钱雨辰主持了会议。孙立新副县长首先介绍了情况。\n")
    assert [e["name"] for e in record_of(text)["events"] if e["leaders"]] == ["座谈会议"]


def test_a_team_heads_trip_is_the_sending_bodys(record_of):
    """某安委会第八巡查组组长甲带队到某市检查: the team is the commission's; the trip is the commission's."""
    text = "5月1日,国务院安委会第八巡查组组长周明远带队到宁川市检查安全生产工作。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("国务院安委会", ["周明远"])]


def test_a_working_groups_head_chairs_for_its_committee(record_of):
    """某省委会党史研究小组副组长甲主持会议: the group is the committee's; its sitting the committee's."""
    text = ("8月2日,农工党湖北省委会党史研究小组召开工作会议。省委会秘书长、党史研究小组副组长周明远主持会议。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("农工党湖北省委会", ["周明远"])]


def test_hosts_led_along_on_the_guests_trip_attend_it(record_of):
    """某区检察院检察长甲一行莅临我院交流调研,我院乙副检察长带领某部、某部负责同志陪同了调研: 乙
    attends the guests' trip, leading none of his own."""
    text = ("9月27日上午,宁川市长寿区人民检察院周明远检察长一行4人莅临我院交流调研,我院钱雨辰副检察长带领"
            "职务犯罪侦查部、民事行政检察部、办公室等负责同志陪同了调研。\n")
    events = record_of(text)["events"]
    assert [(e["leaders"], e["attendees"]) for e in events] == [(["周明远"], ["钱雨辰"])]


def test_a_comma_inside_a_quoted_topic_parts_no_clause(record_of):
    """甲一行到某中心就“A,B”开展调研: the quoted topic's comma leaves 甲 leading the trip, and the
    topic keeps its comma."""
    text = ("2月18日,省政协副主席周明远一行到宁川数字金融中心就“优化营商环境,激发市场活力”开展专题调研。\n")
    events = record_of(text)["events"]
    assert [(e["name"], e["leaders"]) for e in events] == [("专题调研", ["周明远"])]
    named = record_of("3月2日,宁川市委召开“学思想,强党性”专题读书会,市委书记周明远主持会议。\n")["events"]
    assert [e["name"] for e in named] == ["“学思想,强党性”专题读书会"]


def test_a_meeting_no_one_holds_is_the_government_its_officer_speaks_for(record_of):
    """全省某推进会召开。副省长甲出席会议并讲话: no holder named, the province's government's."""
    text = "4月15日下午,全省国有企业改革工作推进会以视频会议形式召开。副省长周明远出席会议并讲话。\n"
    assert [(e["org"], e["attendees"]) for e in record_of(text, place="甘肃省")["events"]] == [("甘肃省政府", ["周明远"])]


def test_a_place_opening_a_trips_name_is_the_place_studied(record_of):
    """省某局调研组到某县开展某市…专题调研: the bureau's trip, not the city's party committee's; so
    a body's meeting named for its place (某市政府新闻办召开某市…发布会)."""
    text = "9月23日上午,省能源局调研组到景宁开展丽水市能源运行情况专题调研。\n"
    assert [e["org"] for e in record_of(text, place="浙江省")["events"]] == ["浙江省能源局"]
    text = "12月24日上午,青岛市政府新闻办召开青岛市国际友城发展年新闻发布会,市外办副主任周明远介绍了情况。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["青岛市政府新闻办"]


@pytest.mark.parametrize("text, org, day", [
    ("3月18日上午,河北省住房和城乡建设厅正式更名挂牌。\n", "河北省住房和城乡建设厅", "03-18"),
    ("10月26日,“黑龙江省卫生健康委员会”正式挂牌,标志着新的开始。\n", "黑龙江省卫生健康委员会", "10-26"),
])
def test_a_bodys_plaque_hung_is_its_activity(record_of, text, org, day):
    """某厅正式更名挂牌, “某委员会”正式挂牌: no ceremony named, the body's plaque hung that day."""
    assert [(e["org"], e["type"], e["date"]) for e in record_of(text)["events"]] == [(org, "activity", day)]


@pytest.mark.parametrize("text, org", [
    ("7月13日,吕梁市召开第五次全国经济普查动员会议。\n", "吕梁市政府"),
    ("2月18日下午,邵武市召开2020年春季农业生产工作视频会议。\n", "邵武市政府"),
])
def test_a_places_meeting_on_its_governments_work_is_the_governments(record_of, text, org):
    """某市召开经济普查动员会议, 春季农业生产工作会议, no chair named: the government's business."""
    assert [e["org"] for e in record_of(text)["events"]] == [org]


def test_a_provinces_heads_meeting_of_a_vertical_system_is_its_bureaus(record_of):
    """全省地震局长会 (会, not 会议): the province's earthquake bureau's, a 局 as the system names it at every level."""
    text = "6月28日上午,全省地震局长会在昆召开,局长周明远主持。\n"
    assert [e["org"] for e in record_of(text, place="云南省")["events"]] == ["云南省地震局"]


def test_a_congress_of_a_district_named_with_its_city_is_that_districts(record_of):
    """共青团西宁市城中区第十四次代表大会: 城中区 of 西宁 (one of two), not the 中区 inside its name."""
    text = "12月28日,共青团西宁市城中区第十四次代表大会召开,周明远代表共青团城中区第十三届委员会作报告。\n"
    assert [e["org"] for e in record_of(text, place="青海省")["events"]] == ["共青团城中区委"]


def test_organisation_as_a_noun_opens_no_event_of_its_own(record_of):
    """某新区组织系统高质量发展推进会召开: 组织系统 is the organisation departments, not 组织 (held) +
    系统…推进会; one meeting, its area's."""
    record = record_of("2月27日,宁川新区组织系统高质量发展推进会召开。宁川新区党委副书记柏某农主持会议。\n")
    assert [(e["org"], e["name"]) for e in record["events"]] == [("宁川新区党委", "宁川新区组织系统高质量发展推进会")]


def test_a_party_come_to_guide_work_is_on_a_trip(record_of):
    """某中院院长甲一行莅临我院交流指导工作: a trip its leader leads, as 调研 is; 到会指导工作 (came to
    the meeting) is no trip of one's own."""
    events = record_of("4月19日下午,肇庆市中级人民法院党组书记、院长周明远一行莅临我院交流指导工作。\n")["events"]
    assert [(e["org"], e["date"], e["leaders"]) for e in events] == [("肇庆市中级人民法院", "04-19", ["周明远"])]
    events = record_of("4月19日,如东县教育局召开关工委工作会议,某杂志社主任周明远到会指导工作。\n")["events"]
    assert [(e["org"], e["leaders"]) for e in events] == [("如东县教育局", [])]


def test_a_meeting_the_headline_gives_a_body_takes_it_where_the_body_names_it_by_its_place():
    """陕西省政府召开第八次全省某大会 (a headline, no day); 10月25日,陕西省第八次某大会召开 (no body told):
    one meeting, the headline's body's; not one whose name differs beyond its place."""
    head = Event("陕西省政府", "第八次全省林业保护大会", "meeting", None)
    body = Event(None, "陕西省第八次林业保护大会", "meeting", "10-25")
    other = Event(None, "陕西省第八次林业工作会议", "meeting", "10-25")
    assert [e.org for e in held_as_headlined([head], [body, other], [])] == ["陕西省政府", None]


def test_a_units_deputy_secretary_and_union_chair_holds_a_meeting_for_the_unit(record_of):
    """某医院党委副书记、工会主席甲主持 a talk with visitors: the hospital's meeting, not its union's
    (a union's own assembly stays the union's)."""
    record = record_of("12月20日下午,某市副市长钱雨辰一行来兰大一院交流座谈。兰大一院党委副书记、工会主席柏某农主持会议。\n")
    assert ("兰大一院", ["柏某农"]) in [(e["org"], e["leaders"]) for e in record["events"]]


def test_a_briefing_on_a_session_is_the_briefers(record_of):
    """某市政府新闻办召开某市第十七届人民代表大会第五次会议新闻发布会: the press office's briefing,
    named in full; no session of the congress held that day."""
    events = record_of("1月6日,白山市政府新闻办召开白山市第十七届人民代表大会第五次会议新闻发布会,"
                       "市人大常委会秘书长柏某农介绍有关情况。\n")["events"]
    assert [(e["org"], e["name"]) for e in events] == [
        ("白山市政府新闻办", "白山市第十七届人民代表大会第五次会议新闻发布会")]


def test_a_trip_on_the_work_a_commission_is_named_for_is_the_commissions(record_of):
    """省禁毒委副主任、省公安厅副厅长甲调研禁毒工作: the commission named for that work, not the
    department whose remit also holds it; a trip on other work stays the chain's."""
    record = record_of("12月25日,河南省禁毒委副主任、省公安厅副厅长柏某农一行到襄城县调研禁毒工作。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("河南省禁毒委", ["柏某农"])]
    record = record_of("12月25日,河南省禁毒委副主任、省公安厅副厅长柏某农一行到襄城县调研交通安全工作。\n")
    assert [e["org"] for e in record["events"]] == ["河南省公安厅"]
    record = record_of("12月15日,国家禁毒办常务副主任、公安部禁毒局局长柏某农一行到上海调研禁毒工作。\n")
    assert [(e["org"], e["leaders"]) for e in record["events"]] == [("国家禁毒办", ["柏某农"])]  # its office, a national body


@pytest.mark.parametrize("text,org", [
    ("本报凤阳讯 3月25日,全县生态环境保护大会召开。县委书记周明远出席并讲话,县委副书记、县长钱雨辰主持会议。\n", "凤阳县委"),
    ("本报凤阳讯 3月25日,全县生态环境保护大会召开。县委副书记、县长钱雨辰主持会议。\n", "凤阳县政府"),
    ("本报凤阳讯 3月25日,县政府召开全县生态环境保护大会。县委书记周明远出席并讲话,县委副书记、县长钱雨辰主持会议。\n", "凤阳县政府"),
])
def test_a_whole_places_meeting_its_secretary_attends_and_its_head_chairs_is_the_committees(record_of, text, org):
    """全县某会议…县委书记甲出席并讲话,县长乙主持: the committee's meeting, its government's head chairing
    for it; no secretary there, or the government named holding it: the government's."""
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [(org, ["钱雨辰"])]


def test_a_whole_provinces_meeting_is_chaired_for_the_provinces_body(record_of):
    """省委副书记、省长、某市委书记甲主持全省某推进会: the province's post, not the city's he also heads."""
    text = "本报广州讯 2月28日,全省污染防治攻坚战推进会召开。省委副书记、省长、深圳市委书记周明远主持会议。\n"
    assert [e["org"] for e in record_of(text)["events"]] == ["广东省政府"]


def test_one_who_calls_others_to_a_meeting_leads_it(record_of):
    """主任甲组织评议组成员召开某动员会: the one who calls them together leads the meeting."""
    text = "本报宁乡讯 3月22日,县人大常委会副主任周明远组织评议组成员召开评议工作动员会。\n"
    assert [e["leaders"] for e in record_of(text)["events"]] == [["周明远"]]


def test_a_party_led_to_a_place_then_calling_after_a_comma_is_its_leaders_visit(record_of):
    """副理事长甲率干部职工带着物资来到驻地某部,慰问官兵: the one who led the party there calls."""
    text = "本报六安讯 8月2日上午,市残联副理事长周明远率机关干部职工带着生活用品来到驻地某部,慰问驻地官兵。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("六安市残联", ["周明远"])]


def test_one_who_takes_a_group_on_a_trip_leads_it(record_of):
    """副主任甲带调研组专题调研…: 带 for 带领, before the group he takes."""
    text = "本报鄂州讯 3月17日,市人大常委会副主任周明远带调研组专题调研我市就业工作。\n"
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("鄂州市人大常委会", ["周明远"])]


def test_a_party_of_officials_and_members_it_took_is_led_by_its_first(record_of):
    """副主席甲,副主席乙和部分区政协委员、企业代表等一行到某局围绕…开展调研: the CPPCC's members are
    whom they took, no subject; the party's first leads."""
    text = ("本报门头沟讯 5月21日,区政协副主席周明远,区政协副主席、区工商联主席钱雨辰和部分区政协委员、企业代表等一行"
            "到区政务服务局围绕“持续优化营商环境”开展专项调研活动。\n")
    assert [(e["org"], e["leaders"]) for e in record_of(text)["events"]] == [("门头沟区政协", ["周明远"])]
