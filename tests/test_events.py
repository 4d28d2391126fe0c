"""kg.events: dated meetings, inspections, research trips, trainings and activities."""
import pytest

from kg.events import event_date

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
