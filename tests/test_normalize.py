"""kg.normalize: character unification, hard-wrap rejoining, split-word spaces, offset map."""
import pytest

from kg.extract import extract, page_date
from kg.normalize import _HALFWIDTH, FURNITURE, normalize, to_halfwidth

HEADER = "2 综 合 2024年8月9日 星期五 责任编辑：林小雨 联系电话：028—12345678"


@pytest.mark.parametrize("full, half", [
    ("（", "("),
    ("）", ")"),
    ("，", ","),
    ("：", ":"),
    ("；", ";"),
    ("！", "!"),
    ("？", "?"),
    ("Ａ", "A"),
    ("１", "1"),
    ("\u3000", " "),
    ("〔", "("),
    ("。", "。"),  # CJK full stop is not full-width ASCII: kept
    ("、", "、"),
    ("“", "“"),
])
def test_to_halfwidth(full, half):
    assert to_halfwidth(full) == half



def test_whole_lines_are_unified_as_to_halfwidth_unifies_each_character():
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert every.translate(_HALFWIDTH) == "".join(map(to_halfwidth, every))


@pytest.mark.parametrize("text, expected", [
    ("会议（扩大），议程：一", "会议(扩大),议程:一"),
    ("市政协党组（扩大）会议", "市政协党组(扩大)会议"),
    ("ＡＢＣ１２３", "ABC123"),
    ("邮箱：ｍｚｘｓｂ＠１６３．ｃｏｍ", "邮箱:mzxsb@163.com"),
])
def test_full_width_ascii_becomes_half_width(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence hard-wrapped mid-word across a blank line
    ("会议强调,全市各级政协组织要认真学\n\n习贯彻周振国总书记重要讲话精神。",
     "会议强调,全市各级政协组织要认真学习贯彻周振国总书记重要讲话精神。"),
    ("委员们围绕品牌打造、业态培育等方面\n\n提出了意见建议。", "委员们围绕品牌打造、业态培育等方面提出了意见建议。"),
    # a full-width wrapped line (mixed punctuation) is rejoined too
    ("会议强调，要紧扣市委中心工作，深入开展调\n\n查研究。", "会议强调,要紧扣市委中心工作,深入开展调查研究。"),
    # paragraph ends stay paragraph ends
    ("确保党纪学习教育取得成效。\n\n会议要求,机关各部门要压实责任。",
     "确保党纪学习教育取得成效。\n会议要求,机关各部门要压实责任。"),
    ("绵阳市政协召开党组(扩大)会议\n\n本报绵阳讯(通讯员王晓梅)6月12日,会议召开。",
     "绵阳市政协召开党组(扩大)会议\n本报绵阳讯(通讯员王晓梅)6月12日,会议召开。"),
    pytest.param(
        "本报绵阳讯(通讯员王晓梅)8 月 6\n\n日,绵阳市政协党组书记、主席张建国主持召开会议。",
        "本报绵阳讯(通讯员王晓梅)8月6日,绵阳市政协党组书记、主席张建国主持召开会议。",
        id="date-split-across-lines"),
    # a headline with a 、 stays apart from a lead that opens with its day (a month fused on: 929日)
    ("某院副书记、副院长周明远调研某所\n\n929日下午,周明远莅临某所调研。",
     "某院副书记、副院长周明远调研某所\n929日下午,周明远莅临某所调研。"),
    ("某院副书记、副院长周明远调研某所\n\n29日下午,周明远莅临某所调研。",
     "某院副书记、副院长周明远调研某所\n29日下午,周明远莅临某所调研。"),
    ("会议强调,全体会议于6月\n\n15日,在某地召开。", "会议强调,全体会议于6月15日,在某地召开。"),  # a day after its month wrapped
    ("周明远调研青林交通、城建项目\n2019年06月27日08:18 来源:青林发布",  # a headline with a 、, then the page's stamp
     "周明远调研青林交通、城建项目\n2019年06月27日08:18 来源:青林发布"),
])
def test_hard_wrapped_lines_are_rejoined(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("刘 伟", "刘伟"),
    ("通讯员刘 伟", "通讯员刘伟"),
    ("8 月 6日", "8月6日"),
    ("8 月 6 日", "8月6日"),
    ("7 月 30 日中央政治局会议", "7月30日中央政治局会议"),
    ("自 身 优 势", "自身优势"),
    ("自 身 优 势 在 联 系 服 务 群 众 上 下 真", "自身优势在联系服务群众上下真"),
    pytest.param("自 身 优 势 ，在 联 系 服 务 群 众 上 下 真", "自身优势,在联系服务群众上下真",
                 id="space-before-punctuation"),
    ("综 合", "综合"),
])
def test_spaces_splitting_a_word_are_dropped(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", [
    "(柏嘉楠 张睿)",
    "窦雁冰 郁佳琪 摄影报道",
    "(彭小川 摄)",
    "健全机制拓宽渠道 更好联系服务界别群众",
])
def test_spaces_separating_names_or_phrases_are_kept(text):
    assert normalize(text).text == text


def test_page_header_is_its_own_line():
    text = normalize(HEADER + "\n绵阳市政协召开党组（扩大）会议\n本报绵阳讯（通讯员王晓梅）6月12日，会议召开。").text
    lines = text.split("\n")
    assert FURNITURE.search(lines[0])
    assert lines[1] == "绵阳市政协召开党组(扩大)会议"
    assert not any(FURNITURE.search(line) for line in lines[1:])


@pytest.mark.parametrize("header, date", [
    (HEADER, "2024-08-09"),
    ("2024年6月28日 星期五 责任编辑:沈佳怡 版式:陆文涛 校对:钟敏          3 要闻", "2024-06-28"),
    ("3 要 闻 2023年12月1日 星期五 责任编辑：林小雨", "2023-12-01"),
])
def test_publication_date_is_read_from_the_page_header(header, date):
    page = header + "\n\n绵阳市政协召开党组(扩大)会议\n本报绵阳讯(通讯员王晓梅)6月12日,张建国主持召开会议。\n"
    doc = normalize(page)
    assert page_date(doc) == date
    assert extract(doc).doc.pub_date == date


@pytest.mark.parametrize("line, date", [
    ("发布日期:2019-07-25", "2019-07-25"),
    ("| 编辑: 王晓梅 | 时间: 2023-03-04 15:46:40 | 来源: 新华社 |", "2023-03-04"),
    ("发布时间:2021年3月5日 来源:江油市人民政府 浏览次数:12", "2021-03-05"),
    ("来源:江油发布 2020/11/02", "2020-11-02"),
    ("发布日期:2019-02-30", None),  # not a day of the calendar
])
def test_publication_date_is_read_from_a_web_pages_line(line, date):
    doc = normalize("江油市政协召开主席会议\n" + line + "\n今天上午,江油市政协召开主席会议。\n")
    assert page_date(doc) == date


def test_today_in_a_web_page_is_its_publication_date(record_of):
    record = record_of("江油市政协召开主席会议\n发布日期:2019-07-25\n今天下午,江油市政协召开主席会议,张建国主持会议。\n")
    assert [(e["date"], e["leaders"]) for e in record["events"] if e["leaders"]] == [("2019-07-25", ["张建国"])]


def test_no_header_means_no_publication_date():
    # a date in the body is an event date, not the publication date: the year is never guessed
    doc = normalize("本报绵阳讯(通讯员王晓梅)2024年6月12日,绵阳市政协召开会议。")
    assert page_date(doc) is None
    assert extract(doc).doc.pub_date is None


@pytest.mark.parametrize("text", [
    HEADER + "\n\n嘉峪关市政协召开党组（扩大）会议\n本报嘉峪关讯（通讯员苏 天泰）8 月 6\n\n日，会议召开。",
    "会议强调,全市各级政协组织要认真学\n\n习贯彻\u3000周振国总书记重要讲话精神。\r\n\r\n(柏嘉楠 张睿)",
    "  \n\n 刘 伟 \n",
    "",
])
def test_offsets_point_at_the_original_characters(text):
    doc = normalize(text)
    assert len(doc.offsets) == len(doc.text)
    assert list(doc.offsets) == sorted(set(doc.offsets)), "offsets must strictly increase"
    for i, ch in enumerate(doc.text):
        if ch != "\n":  # paragraph breaks are re-inserted between kept lines
            assert to_halfwidth(doc.original[doc.offsets[i]]) == ch, (i, ch)


def test_original_span_of_a_word():
    doc = normalize("本报绵阳讯（通讯员刘 伟）6 月 12日")
    i = doc.text.index("刘伟")
    s, e = doc.original_span(i, i + 2)
    assert doc.original[s:e] == "刘 伟"
    j = doc.text.index("6月12日")
    s, e = doc.original_span(j, j + len("6月12日"))
    assert doc.original[s:e] == "6 月 12日"


def test_original_span_of_an_empty_span_is_empty():
    doc = normalize("刘 伟")
    assert doc.original_span(1, 1) == (2, 2)
    assert doc.original_span(len(doc.text), len(doc.text)) == (len(doc.original), len(doc.original))


@pytest.mark.parametrize("junk", ["\x00", "\x01", "\x08", "\x1b", "\x7f", "\x80", "\x9f", "\ud800", "\udfff",
                                  "\x01\ud83d\x7f"])
def test_controls_and_lone_surrogates_are_dropped_and_spans_still_cut_the_original(junk):
    original = f"本报讯 6月3日,某某县政协主席张{junk}某某主持召开{junk}主席会议。\n\t第二段{junk}。"
    doc = normalize(original)
    assert junk[0] not in doc.text and "\t" in doc.text and "\n" in doc.text
    assert "张某某主持召开主席会议" in doc.text
    for i, ch in enumerate(doc.text):  # every character still points at its original
        if ch != "\n":
            lo, hi = doc.original_span(i, i + 1)
            assert to_halfwidth(original[lo:hi]) == ch
    start = doc.text.index("张某某")
    lo, hi = doc.original_span(start, start + 3)
    assert original[lo:hi] == f"张{junk}某某"


@pytest.mark.parametrize("brk", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1e"])
def test_unicode_line_breaks_break_lines(brk):
    doc = normalize(f"第一行。{brk}第二行。")
    assert doc.text == "第一行。\n第二行。"
    assert doc.original_span(5, 8) == (5, 8)


def test_sidecar_values_and_name_are_cleaned():
    doc = normalize("正文。", "a\x00b\ud800.txt", place="某\u2028县\x85", source="x\ty", paper="报\x7f")
    assert (doc.name, doc.place, doc.source, doc.paper) == ("ab.txt", "某 县", "x y", "报")


@pytest.mark.parametrize("text, expected", [
    ("北京一月二十一日电 会议二十一日在北京召开。", "北京1月21日电 会议21日在北京召开。"),
    ("一月十九日上午,省政协十二届四次会议开幕。", "1月19日上午,省政协十二届四次会议开幕。"),
    ("二〇一七年三月五日", "2017年3月5日"),
    ("十二月三十一日晚", "12月31日晚"),
    ("第十一次会议,三日游,第二十一日在", "第十一次会议,三日游,第二十一日在"),  # no date: a count, a tour, an ordinal
    ("元月22日,2019年元月二十日,单元月度考核,元月份", "1月22日,2019年1月20日,单元月度考核,元月份"),  # 元月: January
])
def test_dates_in_chinese_numerals_become_arabic(text, expected):
    assert normalize(text).text == expected


def test_an_arabic_date_cuts_the_chinese_numerals_it_came_from():
    doc = normalize("会议于二〇一七年十二月三十一日召开")
    at = doc.text.index("2017")
    end = doc.text.index("日") + 1
    assert doc.original[doc.offsets[at]:doc.offsets[end - 1] + 1] == "二〇一七年十二月三十一日"


def test_a_pages_field_line_never_continues_the_headline():
    """A headline with a 、, then 来源:… 发布时间:… on the next line: two lines, not one wrapped."""
    doc = normalize("市委常委、常务副市长某某督查重点项目建设进度\n来源:未知 发布时间:2014-05-30 22:53\n5月29日,某某带队督查。\n")
    assert doc.text.splitlines()[1].startswith("来源:")
