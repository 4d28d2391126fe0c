"""kg.segment: articles, headlines, datelines, lead dates, captions; page furniture kept out."""
import pytest

from kg.normalize import FURNITURE, normalize
from kg.segment import DATELINE, lead_date, paragraphs, split_articles

PAGE = """2 综 合 2024年6月28日 星期五 责任编辑：林小雨

绵阳市政协召开党组（扩大）会议

本报绵阳讯（通讯员王晓梅）6月12日，绵阳市政协党组书记、主席张建国主持召开市政协党组（扩大）会议。

会议强调，要深入开展党纪学习教育。

江油市政协视察农文旅融合发展工作

本报江油讯（通讯员赵丽华）6月18日至19日，江油市政协主席钱志远带队开展专题视察。

▲ 6月5日，绵阳市政协开展读书分享活动。 （孙红梅 摄）

游仙区政协召开常委会会议

通讯员 周立平

6月14日，游仙区政协十届十二次常委会会议召开。
"""


@pytest.fixture(scope="module")
def page():
    doc = normalize(PAGE)
    return doc, split_articles(doc)


def test_articles_found_in_order(page):
    doc, articles = page
    assert [(a.headline, a.dateline, a.date, a.kind) for a in articles] == [
        ("绵阳市政协召开党组(扩大)会议", "绵阳", "06-12", "article"),
        ("江油市政协视察农文旅融合发展工作", "江油", "06-18", "article"),
        ("", None, None, "caption"),
        ("游仙区政协召开常委会会议", None, "06-14", "article"),
    ]


def test_articles_do_not_overlap_and_hold_their_text(page):
    doc, articles = page
    for a, b in zip(articles, articles[1:]):
        assert a.end <= b.start
    body = [doc.text[a.start:a.end] for a in articles]
    assert body[0].startswith("绵阳市政协召开党组(扩大)会议\n本报绵阳讯")
    assert body[0].endswith("要深入开展党纪学习教育。")
    assert body[2].startswith("▲")
    assert body[3].endswith("常委会会议召开。")


def test_page_header_is_kept_out_of_articles(page):
    doc, articles = page
    header_end = doc.text.index("\n")
    assert FURNITURE.search(doc.text[:header_end])
    for a in articles:
        assert a.start > header_end
        assert not FURNITURE.search(doc.text[a.start:a.end])
        assert "责任编辑" not in a.headline


def test_page_header_kept_out_when_the_headline_follows_directly():
    doc = normalize("2 综 合 2024年8月9日 星期五 责任编辑：林小雨 联系电话：028—12345678\n"
                    "嘉峪关市政协召开党组（扩大）会议\n本报嘉峪关讯（通讯员王晓梅）8月6日，会议召开。\n")
    articles = split_articles(doc)
    assert len(articles) == 1
    assert articles[0].headline == "嘉峪关市政协召开党组(扩大)会议"
    assert "责任编辑" not in doc.text[articles[0].start:articles[0].end]


@pytest.mark.parametrize("links", [
    "上一篇:青林镇人大组织代表视察[ 08-22 ] 下一篇:白沙镇召开第十六届人民代表大会第三次会议[ 08-22 ]\n",
    "- 上一篇: 青林镇人大组织代表视察\n- 下一篇: 白沙镇召开第十六届人民代表大会第三次会议\n",  # as a list's items
])
def test_an_article_ends_before_the_links_to_its_neighbours(links):
    """上一篇:…  下一篇:… after the article: other pages' headlines, none of its text (their town is
    not the article's)."""
    doc = normalize("青林镇第十七届人民代表大会第三次会议召开\n8月9日,青林镇第十七届人民代表大会第三次会议召开。"
                    "会议号召全镇人民在镇党委的领导下奋斗。\n作者: 来源:\n" + links)
    (article,) = split_articles(doc)
    assert "白沙镇" not in doc.text[article.start:article.end]
    assert "镇党委" in doc.text[article.start:article.end]


@pytest.mark.parametrize("stamp", ["2023年11月17日 16:18 | 来源:青林市政协", "2023年11月17日"])
def test_a_pages_stamp_after_its_headline_is_no_dated_lead(stamp):
    doc = normalize(f"青林市政协召开主席会议 周明远主持\n\n{stamp}\n分享到:\n\n近日,青林市政协召开主席会议。\n")
    assert [a.date for a in split_articles(doc)] == [None] * len(split_articles(doc))


def test_a_separator_alone_on_its_line_heads_no_article():
    """A headline, its credits, then | alone before the dated lead: one article under that headline."""
    doc = normalize("周明远到市审计局调研\n\n作者:钱雨辰 来源:青林日报 编辑:孙立新 发布时间:2025年11月14日 09:16\n|\n\n"
                    " 11月12日,市长周明远到市审计局调研。\n")
    assert [a.headline for a in split_articles(doc)] == ["周明远到市审计局调研"]


def test_page_without_structure_is_one_article():
    doc = normalize("会议强调,要深入开展党纪学习教育。\n会议要求,机关各部门要压实责任。")
    articles = split_articles(doc)
    assert len(articles) == 1
    assert (articles[0].start, articles[0].end) == (0, len(doc.text))


@pytest.mark.parametrize("line, place", [
    ("本报绵阳讯(通讯员王晓梅)6月12日", "绵阳"),
    ("本报北川讯(通讯员王晓梅)6月12日", "北川"),
    ("本报嘉峪关讯(通讯员王晓梅)8月6日", "嘉峪关"),
    ("本报成都电 6月12日", "成都"),
    ("本报三亚1月24日讯(记者王晓梅)", "三亚"),
    ("本报兰州9月18日电", "兰州"),
    ("本报讯(记者王晓梅)6月12日", None),
    ("据本报绵阳讯", None),
])
def test_dateline(line, place):
    m = DATELINE.match(line)
    assert (m["place"] if m else None) == place


@pytest.mark.parametrize("line, date", [
    ("本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协召开会议。", "06-12"),
    ("本报江油讯(通讯员王晓梅)6月18日至19日,江油市政协开展视察。", "06-18"),
    ("6月18日至19日,江油市政协开展视察。", "06-18"),
    ("本报嘉峪关讯(通讯员王晓梅)8月6日,会议召开。", "08-06"),
    ("2024年12月3日,会议召开。", "12-03"),
    ("本报三亚1月24日讯(记者王晓梅)省政协常委会会议召开。", "01-24"),
    ("本报嘉积10月21日电(记者 王晓梅)10月20日至21日,省政协开展调研。", "10-20"),
    ("会议强调,6月底前完成。", None),
    ("本报绵阳讯(通讯员王晓梅)近日,绵阳市政协召开会议。", None),
])
def test_lead_date(line, date):
    assert lead_date(line) == date


def test_paragraphs_skip_blank_lines():
    text = "甲乙\n\n丙丁戊\n  \n己"
    assert [text[s:e] for s, e in paragraphs(text)] == ["甲乙", "丙丁戊", "己"]
