"""JSON Lines: one article a line (`text` or `html`, and `url`, `title`, `date`, `place`,
`paper`), each line a document named FILE#LINE; a bad line costs only itself."""
import gzip
import json

import pytest

from click.testing import CliRunner

from conftest import scores_against
from gov_pages import OUTLET, PAGE_DATE, gov_page, jsonl_line
from kg.cli import cli
from kg.dates import address_date
from kg.jsonl import iter_jsonl
from kg.pipeline import build, records, run

TEXT = ("5月6日,某某县委书记罗一鸣主持召开县委常委会会议,传达学习省委全会精神。\n"
        "县委副书记、县长苏文海出席会议。\n")
URL = "https://www.example.gov.cn/art/2024/5/6/art_1_2.html"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_every_line_is_a_document_with_its_fields(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        jsonl_line(text=TEXT, url=URL, title="某某县召开县委常委会会议", date="2024-05-07", place="某某县", paper="某某日报"),
        "",
        jsonl_line(html=gov_page(TEXT, url="http://www.example.gov.cn/art/9.html", title="某某县委开会")),
    ]) + "\n", encoding="utf-8")
    first, second = list(iter_jsonl(str(feed), "feed.jsonl"))
    assert (first.number, first.name, second.number, second.name) == (1, "feed.jsonl#1", 3, "feed.jsonl#3")
    doc = first.doc
    assert doc.original == "某某县召开县委常委会会议\n" + TEXT
    assert (doc.pub_date, doc.place, doc.source, doc.paper) == ("2024-05-07", "某某县", URL, "某某日报")
    doc = second.doc  # an html line: what its page says of itself
    assert doc.original == "某某县委开会\n" + TEXT
    assert (doc.pub_date, doc.source, doc.paper) == (PAGE_DATE, "http://www.example.gov.cn/art/9.html", OUTLET)


def test_a_line_wins_over_the_flags_which_win_over_its_page(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(jsonl_line(html=gov_page(TEXT), date="2024-05-08") + "\n" + jsonl_line(html=gov_page(TEXT)) + "\n",
                    encoding="utf-8")
    dates = [line.doc.pub_date for line in iter_jsonl(str(feed), "feed.jsonl", date="2024-05-09")]
    assert dates == ["2024-05-08", "2024-05-09"]


def test_a_line_with_no_date_is_dated_by_its_address(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(jsonl_line(text=TEXT, url="http://www.example.gov.cn/xwzx/202405/t20240507_1.html") + "\n" +
                    jsonl_line(text=TEXT, url="http://www.example.gov.cn/art/2.html") + "\n", encoding="utf-8")
    assert [line.doc.pub_date for line in iter_jsonl(str(feed), "feed.jsonl")] == ["2024-05-07", None]


@pytest.mark.parametrize("written", ["2024-06-06", "2024-06-06T08:00:00+08:00", "2024-06-06 08:00:00", "2024/6/6",
                                     "2024.06.06", "2024年6月6日", " 2024-6-6 "])
def test_the_dates_scrapers_write_are_read(tmp_path, written):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(jsonl_line(text=TEXT, date=written) + "\n", encoding="utf-8")
    (line,) = iter_jsonl(str(feed), "feed.jsonl")
    assert (line.doc.pub_date, line.warning) == ("2024-06-06", None)


def test_a_line_that_is_no_article_names_its_fields_and_an_address_without_scheme_is_told(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(jsonl_line(content=TEXT, link=URL, pub_time="2024-06-06") + "\n" +
                    jsonl_line(text=TEXT, url="www.example.gov.cn/a.html", date="June 6, 2024") + "\n",
                    encoding="utf-8")
    first, second = iter_jsonl(str(feed), "feed.jsonl")
    assert first.error == (f'{feed}: line 1: has neither "text" nor "html" as a string (its fields: content, link, '
                           'pub_time); line skipped')
    assert (second.doc.source, second.doc.pub_date) == (None, None)
    assert second.warning == (f"{feed}: line 2: date 'June 6, 2024' is not a date YYYY-MM-DD; not used; "
                              f"{feed}: line 2: url 'www.example.gov.cn/a.html' is not an http(s) address; not used")
    feed.write_text(jsonl_line(text=TEXT, date=1717632000, place=["某某县"]) + "\n", encoding="utf-8")
    (line,) = iter_jsonl(str(feed), "feed.jsonl")
    assert (line.doc.pub_date, line.doc.place) == (None, None)
    assert line.warning == (f"{feed}: line 1: date 1717632000 is not a string; not used; "
                            f'{feed}: line 1: place ["某某县"] is not a string; not used')


def test_a_malformed_line_gets_one_line_and_the_others_go_on(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([jsonl_line(text=TEXT), '{"text": "某某县', jsonl_line(url=URL), "[1, 2]",
                               jsonl_line(text=TEXT.replace("罗一鸣", "苏明远"), date="2024-13-01")]) + "\n",
                    encoding="utf-8")
    result = invoke("extract", feed, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"kg: error: {feed}: line 2: not JSON (Unterminated string starting at: line 1 column 10 (char 9)); line skipped",
        f'kg: error: {feed}: line 3: has neither "text" nor "html" as a string (its fields: url); line skipped',
        f"kg: error: {feed}: line 4: not a JSON object; line skipped",
        f"kg: warning: {feed}: line 5: date '2024-13-01' is no real day; not used",
    ]
    assert result.stdout.startswith("1 inputs found: 2 read (2 jsonl lines), 0 skipped, 3 failed")
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "feed.jsonl#1.json", "feed.jsonl#1.txt", "feed.jsonl#5.json", "feed.jsonl#5.txt"]
    record = json.loads((tmp_path / "out" / "feed.jsonl#5.json").read_text(encoding="utf-8"))
    text = (tmp_path / "out" / "feed.jsonl#5.txt").read_text(encoding="utf-8")
    assert "苏明远" in record["persons"]
    assert all(text[m["span"][0]:m["span"][1]] == m["text"] for m in record["mentions"])


def test_a_truncated_gzip_keeps_the_lines_before_the_break(tmp_path):
    data = gzip.compress(("\n".join(jsonl_line(text=TEXT.replace("罗一鸣", name)) for name in ("苏明远", "罗一鸣") * 200)
                          + "\n").encode("utf-8"))
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(data[:len(data) // 2])
    results = list(run([str(feed)]))
    assert results[0].extraction is not None and results[-1].error is not None
    assert results[-1].error.startswith(f"{feed}: line {len(results)}: broken gzip data")
    assert all(r.extraction is not None for r in results[:-1])


def test_the_same_address_twice_is_one_article(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([jsonl_line(text=TEXT, url=URL), jsonl_line(text=TEXT + "(编辑:某某)\n", url=URL)]) + "\n",
                    encoding="utf-8")
    results = list(run([str(feed)]))
    assert [r.extraction is not None for r in results] == [True, False]
    assert results[1].warning == f"feed.jsonl#2: same address as feed.jsonl#1 ({URL}), read once"
    graph, _ = build([str(feed)])
    assert sum(1 for _, cls in graph.nodes(data="cls") if cls == "NewsArticle") == 1


def test_the_devset_as_json_lines_gives_the_plain_records(tmp_path, devset_plain):
    """Every devset text as a line (its sidecar's address and place, the date the plain text
    gives, not one its address gives: that the line's url gives again), plain and gzipped: the same
    records as the plain texts."""
    stems = sorted(devset_plain)

    def stated(s):
        date = devset_plain[s][2]["pub_date"]
        return None if date == address_date(devset_plain[s][1]["source"]) else date
    lines = [jsonl_line(text=devset_plain[s][0], url=devset_plain[s][1]["source"], place=devset_plain[s][1].get("place"),
                        date=stated(s)) for s in stems]
    (tmp_path / "devset.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "gz").mkdir()
    (tmp_path / "gz" / "devset.JSONL.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    for feed in (tmp_path / "devset.jsonl", tmp_path / "gz"):
        got = [(r, rec) for r, rec in records(run([str(feed)])) if rec]
        assert [r.kind for r, _ in got] == ["jsonl"] * len(stems)
        pairs = [(rec, devset_plain[stems[int(r.name.rsplit("#", 1)[1]) - 1]][2]) for r, rec in got]
        assert all(rec["source"] == plain["source"] for rec, plain in pairs)
        f1 = scores_against(pairs)
        print("\nJSON Lines against the plain texts:", f1)
        assert all(v == 1.0 for v in f1.values()), f1


def test_an_empty_file_is_a_warning_not_silence(tmp_path):
    (tmp_path / "e.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n  \n", encoding="utf-8")
    (tmp_path / "e.jsonl.gz").write_bytes(gzip.compress(b""))
    result = invoke("extract", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 1  # nothing could be read, nothing written
    assert result.stderr.splitlines()[:3] == [f"kg: warning: {tmp_path / name}: empty file, nothing to extract"
                                              for name in ("blank.jsonl", "e.jsonl", "e.jsonl.gz")]
    assert result.stdout.startswith("3 inputs found: 0 read, 3 skipped (3 empty), 0 failed")
