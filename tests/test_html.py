"""HTML pages: the article text by trafilatura, and what the page says about itself (date,
address, outlet) in the record and the graph's provenance."""
import codecs
import json

import pytest
from click.testing import CliRunner

from conftest import scores_against
from gov_pages import OUTLET, PAGE_DATE, gov_page, table_page
from kg.cli import cli
from kg.html import HtmlError, read_html
from kg.pipeline import build, records, run

TEXT = ("某某县召开县委常委会会议\n"
        "5月6日,某某县委书记罗一鸣主持召开县委常委会会议,传达学习省委全会精神。\n"
        "县委副书记、县长苏文海出席会议。\n")
URL = "http://www.example.gov.cn/art/2024/5/6/art_1_1.html"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_government_page_gives_its_article_and_what_it_says_of_itself():
    text, meta = read_html(gov_page(TEXT, url=URL).encode("utf-8"), "p.html")
    assert text == TEXT  # headline once, no navigation, breadcrumbs, share links, related list or footer
    assert meta == {"source": URL, "paper": OUTLET, "date": PAGE_DATE, "title": "某某县召开县委常委会会议"}


def test_the_title_heads_the_text_when_the_article_does_not_repeat_it():
    body = TEXT.split("\n", 1)[1]
    text, meta = read_html(gov_page(body, url=None, title="某某县召开县委常委会会议"), "p.html")
    assert text == TEXT and meta["source"] is None


@pytest.mark.parametrize("line, date, outlet", [
    ("发布日期:2023年4月9日 信息来源:某某市政府办公室", "2023-04-09", "某某市政府办公室"),
    ("时间:2023/04/09 10:00 来源: 某某日报 作者:某某", "2023-04-09", "某某日报"),
    ("发布时间:2023-02-30 来源:某某网|浏览量:5", None, "某某网"),
    ("来源:某某市融媒体中心 发布时间:2023-04-09 09:12", "2023-04-09", "某某市融媒体中心"),
])
def test_the_date_and_outlet_lines_sites_write(line, date, outlet):
    page = gov_page(TEXT, url=None).replace(f"<span>发布时间:{PAGE_DATE}</span> <span>来源:{OUTLET}</span>", line)
    _, meta = read_html(page, "p.html")
    assert meta["paper"] == outlet
    assert meta["date"] == date  # no real day: none (the related articles' dates are not the page's)


def _undated(text=TEXT, head=""):
    """A government page that gives no date of its own (its related articles have theirs)."""
    page = gov_page(text, url=None).replace(f"<span>发布时间:{PAGE_DATE}</span> ", "")
    return page.replace("</head>", head + "</head>")


ADDRESS_DATES = {  # the shapes of Chinese sites' addresses, and the day each gives
    "http://www.example.gov.cn/xwzx/gzdt/202405/t20240507_123.html": "2024-05-07",
    "http://www.example.com.cn/n1/2024/0612/c1001-40254321.html": "2024-06-12",
    "http://www.example.gov.cn/art/2024/6/12/art_1_2.html": "2024-06-12",
    "http://www.example.gov.cn/zwgk/20240612/123.html": "2024-06-12",
    "http://www.example.gov.cn/2024/art_1_2.html": None,  # a year alone is no day
    "http://www.example.gov.cn/art/1.html": None,  # and no related article's date either
}


@pytest.mark.parametrize("url", ADDRESS_DATES)
def test_a_page_dated_only_by_its_address(url):
    for tag in (f'<link rel="canonical" href="{url}">', f'<meta property="og:url" content="{url}">'):
        _, meta = read_html(_undated(head=tag), "p.html")
        assert (meta["source"], meta["date"]) == (url, ADDRESS_DATES[url])


def test_a_date_beside_the_outlet_and_one_in_the_head():
    page = _undated().replace(f"<span>来源:{OUTLET}</span>", f"<span>2024-06-21 09:30</span> <span>来源:{OUTLET}</span>")
    assert read_html(page, "p.html")[1]["date"] == "2024-06-21"
    page = _undated(head='<meta name="PubDate" content="2024-06-22 10:20">')
    assert read_html(page, "p.html")[1]["date"] == "2024-06-22"


def test_a_notices_own_times_never_date_the_page():
    notice = TEXT + "一、培训时间:2024年7月1日至7月5日。\n二、报到日期:2024年6月30日。\n"
    page = gov_page(notice, url=None).replace(f"<span>发布时间:{PAGE_DATE}</span>", "<span>2024-06-10</span>")
    assert read_html(page, "p.html")[1]["date"] == "2024-06-10"  # the day beside 来源
    page = gov_page(notice, url=None).replace(f"发布时间:{PAGE_DATE}", "成文日期:2024年6月11日")
    assert read_html(page, "p.html")[1]["date"] == "2024-06-11"


def test_a_page_in_traditional_script_gives_its_date_and_outlet():
    import opencc

    page = opencc.OpenCC("s2t").convert(gov_page(TEXT, url=URL))  # 發佈時間:2024-05-06 來源:某某縣人民政府
    text, meta = read_html(page, "p.html")
    assert (meta["date"], meta["paper"], meta["source"]) == (PAGE_DATE, OUTLET, URL)
    assert "羅一鳴" in text  # the text as the page writes it


def test_an_empty_page_is_empty_not_unparsable(tmp_path):
    (tmp_path / "e.html").write_bytes(b" \n")
    [result] = list(run([str(tmp_path / "e.html")]))
    assert (result.skipped, result.error, result.warning) == ("empty", None, f"{tmp_path / 'e.html'}: empty file, "
                                                                             "nothing to extract")


def test_a_page_with_no_article_body_is_refused():
    page = "<html><head><title>首页</title></head><body><ul><li><a href='/'>首页</a></li></ul></body></html>"
    with pytest.raises(HtmlError, match="p.html: no article text"):
        read_html(page, "p.html")


def test_a_script_string_never_becomes_a_meeting(tmp_path):
    (tmp_path / "p.HTM").write_text(gov_page(TEXT, url=URL), encoding="utf-8")
    [result] = list(run([str(tmp_path)]))
    events = result.extraction.events
    assert result.kind == "html" and events and all("常务会议" not in e.name for e in events)
    assert "<script>" not in result.extraction.doc.original


def test_the_page_fills_what_a_sidecar_would_and_a_sidecar_or_flag_wins(tmp_path):
    (tmp_path / "p.html").write_text(gov_page(TEXT, url=URL), encoding="utf-8")
    [(_, record)] = list(records(run([str(tmp_path / "p.html")])))
    assert (record["pub_date"], record["source"], record["paper"]) == (PAGE_DATE, URL, OUTLET)
    [(_, record)] = list(records(run([str(tmp_path / "p.html")], date="2024-05-07")))
    assert record["pub_date"] == "2024-05-07"
    (tmp_path / "p.meta.json").write_text(json.dumps({"date": "2024-05-08", "source": "https://b.example.cn/1",
                                                      "paper": "某某报"}), encoding="utf-8")
    [(_, record)] = list(records(run([str(tmp_path / "p.html")], date="2024-05-07")))
    assert (record["pub_date"], record["source"], record["paper"]) == ("2024-05-08", "https://b.example.cn/1", "某某报")


def test_the_page_date_and_address_reach_the_graph_provenance(tmp_path):
    from kg.rdf import serialize

    (tmp_path / "p.html").write_text(gov_page(TEXT, url=URL), encoding="utf-8")
    graph, _ = build([str(tmp_path)])
    articles = [a for _, a in graph.nodes(data=True) if a["cls"] == "NewsArticle"]
    assert articles and all((a["source"], a["issued"], a["paper"]) == (URL, PAGE_DATE, OUTLET) for a in articles)
    turtle = serialize(graph, "turtle")
    assert URL in turtle and PAGE_DATE in turtle and OUTLET in turtle


def test_the_same_page_crawled_twice_is_one_article(tmp_path):
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_text(gov_page(TEXT, url=URL).replace("浏览次数:123", f"浏览次数:{len(name)}"),
                                     encoding="utf-8")
    result = invoke("build", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert "b.html: same address as a.html" in result.stderr
    graph, _ = build([str(tmp_path / "a.html")])
    twice, _ = build([str(tmp_path)])
    assert sorted(twice.nodes) == sorted(graph.nodes)


def test_extract_keeps_the_text_every_span_points_into(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.html").write_text(gov_page(TEXT, url=URL), encoding="utf-8")
    result = invoke("extract", tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1 inputs found: 1 read (1 html), 0 skipped, 0 failed")
    record = json.loads((tmp_path / "out" / "p.json").read_text(encoding="utf-8"))
    text = (tmp_path / "out" / "p.txt").read_text(encoding="utf-8")
    assert record["mentions"] and all(text[m["span"][0]:m["span"][1]] == m["text"] for m in record["mentions"])
    assert "罗一鸣" in record["persons"]


def test_bad_pages_get_one_line_each_and_the_rest_go_on(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.html").write_text(gov_page(TEXT, url=URL), encoding="utf-8")
    (tmp_path / "in" / "nav-only.html").write_text("<html><body><div class=nav><a href=/>首页</a></div></body></html>",
                                                   encoding="utf-8")
    (tmp_path / "in" / "report.docx").write_bytes(b"PK\x03\x04 not a text")
    result = invoke("extract", tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert [line for line in lines if "nav-only.html" in line] == [
        f"kg: error: {tmp_path / 'in' / 'nav-only.html'}: no article text found in the HTML page; skipped"]
    assert [line for line in lines if "report.docx" in line] == [
        f"kg: warning: {tmp_path / 'in' / 'report.docx'}: not a kind kg reads, not read"]
    assert "Traceback" not in result.stderr and len(lines) == 2
    assert "3 inputs found: 1 read (1 html), 1 skipped (1 not a kind kg reads), 1 failed" in result.stdout
    assert (tmp_path / "out" / "good.json").exists()


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("build", tmp_path / "empty", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert f"kg: error: {tmp_path / 'empty'}: empty folder, no files to read" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("shape", [gov_page, table_page])
def test_the_devset_wrapped_in_government_pages_gives_the_plain_records(tmp_path, devset_plain, shape):
    """Every devset text as a government site's page, laid out in blocks or in tables (the
    address its sidecar gives as the canonical one, the sidecar's place in a sidecar, the
    date the plain text gives, else 2024-05-06, in the 发布时间 line): the same records as
    the plain texts."""
    for stem, (text, meta, record) in devset_plain.items():
        (tmp_path / f"{stem}.html").write_text(shape(text, url=meta["source"], date=record["pub_date"] or PAGE_DATE),
                                               encoding="utf-8")
        if meta.get("place"):
            (tmp_path / f"{stem}.meta.json").write_text(json.dumps({"place": meta["place"]}), encoding="utf-8")
    got = {r.name[:-5]: (r, rec) for r, rec in records(run([str(tmp_path)])) if rec}
    assert sorted(got) == sorted(devset_plain)
    for stem, (result, record) in got.items():
        _, meta, plain = devset_plain[stem]
        assert result.kind == "html"
        assert (record["source"], record["paper"]) == (meta["source"], OUTLET)
        assert record["pub_date"] == (plain["pub_date"] or PAGE_DATE)
    f1 = scores_against([(rec, devset_plain[stem][2]) for stem, (_, rec) in got.items()])
    print(f"\n{shape.__name__} pages against the plain texts:", f1)
    assert all(v >= 0.98 for v in f1.values()), f1


def test_extracting_in_place_never_reads_its_own_output_back(tmp_path):
    (tmp_path / "p.html").write_text(gov_page(TEXT, url=URL), encoding="utf-8")
    for _ in range(2):
        result = invoke("extract", tmp_path, "-o", tmp_path)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith("1 inputs found: 1 read (1 html), 0 skipped, 0 failed"), result.stdout
        assert result.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["p.html", "p.json", "p.txt"]


def test_extracting_in_place_never_writes_a_pages_text_over_an_input(tmp_path):
    """A scraper that kept p.html and its text p.txt: p.html's text is written as p~2.txt; a
    page saved as q.txt, whose text would be q.txt itself, is an error and q.txt is kept."""
    (tmp_path / "p.html").write_text(gov_page(TEXT, url=URL), encoding="utf-8")
    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("extract", tmp_path, "-o", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "p.txt").read_text(encoding="utf-8") == TEXT
    assert json.loads((tmp_path / "p~2.json").read_text(encoding="utf-8"))["doc"] == "p~2.html"
    page = gov_page(TEXT.replace("罗一鸣", "苏明远"), url=None)
    (tmp_path / "q.txt").write_text(page, encoding="utf-8")
    result = invoke("extract", tmp_path, "-o", tmp_path)
    assert result.exit_code == 1
    assert f"kg: error: cannot write {tmp_path / 'q.txt'}: a file kg did not write is there (an input?); it is kept" \
        in result.stderr.splitlines()
    assert (tmp_path / "q.txt").read_text(encoding="utf-8") == page


@pytest.mark.parametrize("name", ["p.shtml", "p.XHTML", "p.txt", "p.php", "p"])
def test_a_page_of_another_name_is_read_as_a_page(tmp_path, name):
    """.shtml and .xhtml pages are read from a folder; a file of any name named on the command
    line that begins as a page does is a page: its scripts never become meetings."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(codecs.BOM_UTF8 + gov_page(TEXT, url=URL).encode("utf-8"))
    for given in (tmp_path / "in" / name, tmp_path / "in") if name.endswith(("html", "HTML", ".txt")) else \
            (tmp_path / "in" / name,):
        [(result, record)] = list(records(run([str(given)])))
        assert result.kind == "html" and record["source"] == URL and record["persons"] == ["罗一鸣", "苏文海"]


def test_a_page_on_stdin_is_read_as_a_page(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "-", "-o", str(tmp_path / "out")],
                                input=gov_page(TEXT, url=URL).encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    record = json.loads((tmp_path / "out" / "stdin.json").read_text(encoding="utf-8"))
    assert (record["source"], record["persons"]) == (URL, ["罗一鸣", "苏文海"])


@pytest.mark.parametrize("declared", [True, False])
def test_a_gbk_page_reads_as_well(declared):
    page = gov_page(TEXT, url=URL)
    page = page.replace('charset="utf-8"', 'charset="gbk"') if declared else page.replace('<meta charset="utf-8">', "")
    text, meta = read_html(page.encode("gbk"), "p.html")
    assert text == TEXT and meta["paper"] == OUTLET


def test_eval_scores_a_page_by_the_gold_of_its_text(tmp_path, sample_corpus, sample_gold):
    for page in sorted(sample_corpus.glob("*.txt")):
        (tmp_path / f"{page.stem}.html").write_text(gov_page(page.read_text(encoding="utf-8"), url=None),
                                                    encoding="utf-8")
    plain = invoke("eval", "--gold", sample_gold, sample_corpus, "--json")
    html = invoke("eval", "--gold", sample_gold, tmp_path, "--json")
    assert plain.exit_code == html.exit_code == 0, html.stderr
    assert json.loads(html.stdout)["sets"][0]["scored"] == json.loads(plain.stdout)["sets"][0]["scored"] == 3
    assert json.loads(html.stdout)["sets"][0]["scores"] == json.loads(plain.stdout)["sets"][0]["scores"]


def test_a_page_laid_out_in_tables_gives_its_article_line_by_line():
    lines = TEXT.splitlines()
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{lines[0]}</title></head><body>
<table width="100%"><tr><td><a href="/">首页</a> | <a href="/xw">新闻中心</a> | <a href="/gk">政务公开</a></td></tr></table>
<table><tr><td class="title">{lines[0]}</td></tr>
<tr><td>信息来源:某某县委办公室　　发布日期:2023年7月10日　　【字体:大 中 小】</td></tr>
<tr><td><div id="zoom">{"<br>".join(lines[1:])}</div></td></tr>
<tr><td><table><tr><td>姓名</td><td>职务</td></tr><tr><td>罗一鸣</td><td>县委书记</td></tr></table></td></tr></table>
<table><tr><td>版权所有:某某县人民政府 技术支持:某某公司</td></tr></table></body></html>"""
    text, meta = read_html(page.encode("gb2312"), "p.html")
    assert text.startswith(TEXT) and "首页" not in text and "版权所有" not in text and "|" not in text.replace("| 姓名", "")
    assert (meta["date"], meta["paper"]) == ("2023-07-10", "某某县委办公室")


def test_a_title_that_adds_the_site_name_is_not_a_second_headline():
    headline = TEXT.splitlines()[0]
    page = (f"<html><head><title>{headline}_{OUTLET}</title></head><body><div class='content'>"
            + "".join(f"<p>{line}</p>" for line in TEXT.splitlines()) + "</div></body></html>")
    text, _ = read_html(page, "p.html")
    assert text == TEXT
