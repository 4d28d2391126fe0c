"""Dates are kept only when they name a real day: kg.dates, and the dates read from text."""
import pytest

from kg.dates import address_date, iso_date, real_day
from kg.pipeline import extract_text
from kg.record import to_record

LEAD = "本报绵阳讯 {date},绵阳市政协主席罗一鸣主持召开主席会议。"


@pytest.mark.parametrize("good", ["2024-02-29", "1999-12-31"])
def test_iso_date_keeps_real_days(good):
    assert iso_date(good) == good


@pytest.mark.parametrize("bad, why", [("2024-02-30", "no real day"), ("2023-02-29", "no real day"),
                                      ("2024-13-45", "no real day"), ("yesterday", "YYYY-MM-DD"),
                                      ("2024-6-1", "YYYY-MM-DD"), ("٢٠٢٤-06-01", "YYYY-MM-DD")])
def test_iso_date_refuses_the_rest(bad, why):
    with pytest.raises(ValueError, match=why):
        iso_date(bad)


@pytest.mark.parametrize("month, day, year, ok", [("2", "29", None, True), ("2", "29", "2023", False),
                                                  ("13", "45", None, False), ("2", "30", None, False),
                                                  ("٣", "٥", None, False), ("0", "1", None, False)])
def test_real_day(month, day, year, ok):
    assert real_day(month, day, year) is ok


@pytest.mark.parametrize("date, why", [("13月45日", "is no real day"), ("2月30日", "is no real day"),
                                       ("2024年2月30日", "is no real day"),
                                       ("٣月٥日", "is not written in ASCII digits"),
                                       ("2024年٦月١٢日", "is not written in ASCII digits")])
def test_a_text_date_that_is_no_real_day_is_not_stored_and_is_warned_of(date, why):
    record = to_record(extract_text(LEAD.format(date=date), "p.txt", pub_date="2024-06-20"))
    assert [e["date"] for e in record["events"]] == [None]
    assert record["warnings"] == [f"p.txt: {date} at character 6 {why}; not used as a date"]


def test_a_time_run_on_into_a_date_is_no_bad_date():
    """11:36:523月16日: the day read is 3月16日; 23月16日 is no date written, nothing to warn of."""
    record = to_record(extract_text(LEAD.format(date="11:36:523月16日"), "p.txt", pub_date="2024-06-20"))
    assert [e["date"] for e in record["events"]] == ["2024-03-16"] and record["warnings"] == []


def test_a_real_text_date_is_stored():
    record = to_record(extract_text(LEAD.format(date="6月12日"), "p.txt", pub_date="2024-06-20"))
    assert [e["date"] for e in record["events"]] == ["2024-06-12"] and record["warnings"] == []


def test_a_page_header_date_that_is_no_real_day_is_not_the_pub_date():
    from kg.extract import page_date
    from kg.normalize import normalize

    doc = normalize("民主协商报 2024年2月30日 星期五 第3版\n" + LEAD.format(date="6月12日"), "p.txt")
    assert page_date(doc) is None


@pytest.mark.parametrize("header, day", [
    ("www.example.cn 2013-01-08 10:18 来源:某某日报\n", "2013-01-08"),  # a stamp with its time
    ("某某会议举行 某某主持\n2017年08月16日 08:19:38 来源: 某某日报 记者 某某\n", "2017-08-16"),  # in words, with its time
    ("2017年08月16日召开\n", None),  # a day in words with no time: an event's, no stamp
    ("发布:\n某某融媒体中心\n时间:\n2022-01-24\n", "2022-01-24"),  # a date alone on its line
    ("第2013-01-08号文件\n", None),  # a number, no stamp
    ("某某会议胜利闭幕\n\n30.01.2018  14:12\n\n", "2018-01-30"),  # day first, as aggregators print it
    ("版本号 30.01.2018\n", None),  # day first without its time: no stamp
    ("某某市长一行莅临商会考察\n| 招商动态 |1970-01-01\n", None),  # the Unix epoch: a site's empty date
    ("发布时间:1970-01-01 08:00\n", None),
    # a labelled date under a long header (site name, login box, breadcrumbs, headline)
    ("某某调研_委员会_工作动态_某省政协\n某某履职平台\n×\n用户登录\n当前位置: 首页 >动态>>正文内容\n"
     "某副主席到某市调研\n\n发布日期:2023年04月24日 来源:\n", "2023-04-24"),
    ("一\n二\n三\n四\n五\n六\n七\n2023-04-24 10:18\n", None),  # a bare stamp that far down: no label, no date
])
def test_a_web_pages_stamp_is_its_date(header, day):
    from kg.extract import page_date
    from kg.normalize import normalize

    assert page_date(normalize(header + LEAD.format(date="6月12日"), "p.txt")) == day


@pytest.mark.parametrize("address, day", [
    ("http://news.example.com.cn/system/2015/01/06/012381456.shtml", "2015-01-06"),
    ("http://www.example.gov.cn/xwzx/201709/t20170928_524814.html", "2017-09-28"),
    ("http://szb.example.com/content/2020-01/01/025492.html", "2020-01-01"),
    ("https://www.example.com/news/info/1104/73100.htm", None),
    ("https://www.example.com/2019/13/45/1.html", None),
    ("http://www.example.gov.cn/art/2022/6/11/art_28205_1268253.html", "2022-06-11"),  # unpadded
    ("http://www.example.gov.cn/art/2022/6/31/art_1.html", None),
    (None, None),
])
def test_the_day_a_pages_address_files_it_under(address, day):
    assert address_date(address) == day


def test_an_address_dates_a_page_that_states_no_date(record_of):
    text = "5日,新区人大常委会举行第八次全体会议。区人大常委会主任张建国主持会议。"
    record = record_of(text, source="http://news.example.com.cn/system/2015/01/06/1.shtml")
    assert record["pub_date"] == "2015-01-06"
    assert [e["date"] for e in record["events"]] == ["2015-01-05"]


def test_an_address_date_tells_no_yesterday(record_of):
    """昨日 on a page dated by its address alone is no day (a site may post a paper's page days
    later); a day said alone (5日) still takes its month, and a dateline's 昨日 counts from it."""
    address = "http://news.example.com.cn/system/2015/01/06/1.shtml"
    record = record_of("昨日,新区人大常委会举行第八次全体会议。区人大常委会主任张建国主持会议。", source=address)
    assert record["pub_date"] == "2015-01-06" and [e["date"] for e in record["events"]] == [None]
    record = record_of("本报1月3日讯 昨日,新区人大常委会举行第八次全体会议。区人大常委会主任张建国主持会议。", source=address)
    assert [e["date"] for e in record["events"]] == ["2015-01-02"]
