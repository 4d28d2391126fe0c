"""Web archives: every HTML response record of a .warc or .warc.gz (written here with warcio)
is a document named ARCHIVE#N, its target address as its source; other records are passed
over, a duplicate is read once, a broken record is skipped and the archive read on after it,
a truncated archive keeps the records before the break."""
import io
import json

import pytest

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import scores_against
from gov_pages import OUTLET, PAGE_DATE, gov_page
from kg.cli import cli
from kg.pipeline import build, records, run

TEXT = ("5月6日,某某县委书记罗一鸣主持召开县委常委会会议,传达学习省委全会精神。\n"
        "县委副书记、县长苏文海出席会议。\n")
URL = "https://www.example.gov.cn/art/2024/5/6/art_1_2.html"
BARE_PAGE = "<html><body>" + "".join(f"<p>{line}</p>" for line in TEXT.replace("罗一鸣", "苏明远").splitlines()) + \
    "</body></html>"  # a page that gives no date of its own
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def write_warc(path, pages, *, gzip=True, extras=True, warc_date="2024-05-09T08:00:00Z"):
    """`pages` [(url, html)] as response records, each after its request record, then (with
    `extras`) an image and a second copy of the first page. Returns the archive's bytes."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)

    def response(url, body: bytes, content_type):
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": warc_date}))

    for url, page in pages:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.example.gov.cn")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request))
        response(url, page.encode("utf-8"), "text/html; charset=utf-8")
    if extras:
        response("http://www.example.gov.cn/images/logo.png", PNG, "image/png")
        response(pages[0][0], pages[0][1].encode("utf-8"), "text/html")
    path.write_bytes(out.getvalue())
    return out.getvalue()


def test_every_html_response_is_a_document_named_by_the_archive(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, [(URL, gov_page(TEXT, url=None)),
                         ("http://www.example.gov.cn/art/9.html", BARE_PAGE)])
    results = list(run([str(archive)]))
    read = [r for r in results if r.extraction is not None]
    assert [r.name for r in read] == ["crawl.warc.gz#2", "crawl.warc.gz#4"]
    assert all(r.kind == "warc" for r in read)
    first, second = (r.extraction.doc for r in read)
    assert (first.source, first.pub_date, first.paper) == (URL, PAGE_DATE, OUTLET)
    assert (second.source, second.pub_date) == ("http://www.example.gov.cn/art/9.html", "2024-05-09")  # the record's date
    assert sorted(r.skipped for r in results if r.extraction is None) == [
        "duplicate WARC records"] + ["non-HTML WARC records"] * 3
    assert all(r.warning is None and r.error is None for r in results)


def test_a_page_with_no_date_is_dated_by_its_address_before_the_crawl(tmp_path):
    dated = "http://www.example.gov.cn/xwzx/202405/t20240507_1.html"
    write_warc(tmp_path / "crawl.warc", [(dated, BARE_PAGE)], gzip=False, extras=False)
    (doc,) = [r.extraction.doc for r in run([str(tmp_path / "crawl.warc")]) if r.extraction]
    assert (doc.source, doc.pub_date) == (dated, "2024-05-07")


def test_index_pages_of_a_crawl_are_counted_not_each_an_error(tmp_path):
    index = "<html><body><ul>" + "".join(f"<li><a href='/{i}.html'>通知{i}</a></li>" for i in range(9)) + \
        "</ul></body></html>"
    write_warc(tmp_path / "crawl.warc.gz", [("http://www.example.gov.cn/", index), (URL, gov_page(TEXT, url=None)),
                                            ("http://www.example.gov.cn/list_2.html", index.replace("通知", "公告"))],
               extras=False)
    result = invoke("extract", tmp_path / "crawl.warc.gz", "-o", tmp_path / "out")
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    assert result.stdout.startswith("1 inputs found: 1 read (1 warc pages), 5 skipped (2 WARC pages with no article "
                                    "text, 3 non-HTML WARC records), 0 failed"), result.stdout


def test_the_cli_counts_warc_pages_and_writes_the_text_beside_each_record(tmp_path):
    (tmp_path / "in").mkdir()
    write_warc(tmp_path / "in" / "crawl.WARC", [(URL, gov_page(TEXT, url=None))], gzip=False)
    result = invoke("extract", tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("1 inputs found: 1 read (1 warc pages), 3 skipped "
                                    "(1 duplicate WARC records, 2 non-HTML WARC records), 0 failed"), result.stdout
    record = json.loads((tmp_path / "out" / "crawl.WARC#2.json").read_text(encoding="utf-8"))
    text = (tmp_path / "out" / "crawl.WARC#2.txt").read_text(encoding="utf-8")
    assert (record["source"], record["pub_date"]) == (URL, PAGE_DATE)
    assert "罗一鸣" in record["persons"]
    assert all(text[m["span"][0]:m["span"][1]] == m["text"] for m in record["mentions"])


def test_the_page_date_and_address_reach_the_graph(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", [(URL, gov_page(TEXT, url=None))])
    graph, _ = build([str(tmp_path / "crawl.warc.gz")])
    articles = [d for _, d in graph.nodes(data=True) if d.get("cls") == "NewsArticle"]
    assert len(articles) == 1
    assert URL in json.dumps(articles[0], ensure_ascii=False, default=str)
    assert PAGE_DATE in json.dumps(articles[0], ensure_ascii=False, default=str)


def test_a_truncated_archive_keeps_the_records_before_the_break(tmp_path):
    pages = [(f"http://www.example.gov.cn/art/{i}.html", gov_page(TEXT.replace("罗一鸣", name) + f"（第{i}次会议）\n", url=None))
             for i, name in enumerate(["苏明远", "罗一鸣", "周建国", "李卫东"] * 3)]
    data = write_warc(tmp_path / "whole.warc.gz", pages, extras=False)
    offsets = [r[2] for r in _offsets(tmp_path / "whole.warc.gz")]
    cut = (offsets[13] + offsets[14]) // 2  # in the middle of the 7th response record
    archive = tmp_path / "in" / "crawl.warc.gz"
    archive.parent.mkdir()
    archive.write_bytes(data[:cut])
    result = invoke("extract", archive.parent, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {archive}: record at offset {offsets[13]}: "), lines
    assert result.stdout.startswith("1 inputs found: 6 read (6 warc pages), 7 skipped (7 non-HTML WARC records), "
                                    "1 failed"), result.stdout
    assert len(list((tmp_path / "out").glob("*.json"))) == 6


def _offsets(path):
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as f:
        it = ArchiveIterator(f)
        return [(r.rec_type, it.read_to_end(), it.get_record_offset()) for r in it]


def test_the_devset_in_a_warc_gives_the_plain_records(tmp_path, devset_plain):
    """Every devset text as a government page (the date the plain text gives, else 2024-05-06),
    its sidecar's address as the target address, in one gzipped WARC with request records, an
    image and a duplicate: the same records as the plain texts given what the archive gives (a
    record has no place of its own, so the plain texts are read here without their sidecars'
    places)."""
    stems = sorted(devset_plain)
    address = {s: devset_plain[s][1].get("source") or f"http://www.example.gov.cn/devset/{s}.html" for s in stems}
    pages = [(address[s], gov_page(devset_plain[s][0], url=None,
                                                     date=devset_plain[s][2]["pub_date"] or PAGE_DATE)) for s in stems]
    write_warc(tmp_path / "devset.warc.gz", pages)
    by_source = {address[s]: s for s in stems}
    (tmp_path / "plain").mkdir()
    for s in stems:
        (tmp_path / "plain" / f"{s}.txt").write_text(devset_plain[s][0], encoding="utf-8")
        (tmp_path / "plain" / f"{s}.meta.json").write_text(json.dumps({"source": address[s]}), encoding="utf-8")
    gold = {r.name[:-4]: rec for r, rec in records(run([str(tmp_path / "plain")])) if rec}
    for rec in gold.values():
        rec.pop("mentions", None)
    assert sorted(gold) == stems
    got = [(r, rec) for r, rec in records(run([str(tmp_path / "devset.warc.gz")])) if rec]
    assert len(got) == len(stems)
    assert all(r.kind == "warc" for r, _ in got)
    pairs = []
    for r, rec in got:
        plain = gold[by_source[rec["source"]]]
        assert rec["pub_date"] == (plain["pub_date"] or PAGE_DATE)
        assert rec["doc"].startswith("devset.warc.gz#")
        pairs.append((rec, plain))
    f1 = scores_against(pairs)
    print("WARC F1 against plain text:", f1)
    assert all(v >= 0.98 for v in f1.values()), f1


def _four_pages():
    return [(f"http://www.example.gov.cn/art/{i}.html", gov_page(TEXT.replace("罗一鸣", name), url=None))
            for i, name in enumerate(["苏明远", "罗一鸣", "周建国", "李卫东"])]


def _break_header(data: bytearray, start: int, end: int) -> None:
    data[start:start + 8] = b"XXXX/1.0"


def _break_length(data: bytearray, start: int, end: int) -> None:
    at = data.index(b"Content-Length: ", start) + len(b"Content-Length: ")
    stop = data.index(b"\r\n", at)
    data[at:stop] = str(int(data[at:stop]) - 50).encode()


def _break_deflate(data: bytearray, start: int, end: int) -> None:
    middle = (start + end) // 2
    data[middle:middle + 20] = bytes(20)


@pytest.mark.parametrize("gzip, damage", [(False, _break_header), (False, _break_length), (True, _break_deflate)],
                         ids=["warc-header", "warc-content-length", "warc.gz-deflate"])
def test_a_broken_record_is_skipped_and_the_archive_read_on(tmp_path, gzip, damage):
    whole = tmp_path / ("whole.warc.gz" if gzip else "whole.warc")
    data = bytearray(write_warc(whole, _four_pages(), gzip=gzip, extras=False))
    offsets = [r[2] for r in _offsets(whole)]
    damage(data, offsets[3], offsets[4])  # the second page's response record
    archive = tmp_path / "in" / whole.name.replace("whole", "crawl")
    archive.parent.mkdir()
    archive.write_bytes(bytes(data))
    result = invoke("extract", archive, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"kg: error: {archive}: record at offset {offsets[3]}: broken record ("), lines
    assert lines[0].endswith(f"); skipped, the archive is read on from offset {offsets[4]}"), lines
    assert result.stdout.startswith("1 inputs found: 3 read (3 warc pages), 4 skipped (4 non-HTML WARC records), "
                                    "1 failed"), result.stdout
    persons = {json.loads((tmp_path / "out" / f"{archive.name}#{n}.json").read_text(encoding="utf-8"))["persons"][0]
               for n in (2, 6, 8)}
    assert persons == {"苏明远", "周建国", "李卫东"}


def test_a_response_without_a_target_address_is_read(tmp_path):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for page in (gov_page(TEXT, url=None), gov_page(TEXT.replace("罗一鸣", "苏明远"), url=URL)):
        writer.write_record(writer.create_warc_record(None, "response", payload=io.BytesIO(page.encode("utf-8")),
                                                      http_headers=http))
    (tmp_path / "bare.warc.gz").write_bytes(out.getvalue())
    results = list(run([str(tmp_path / "bare.warc.gz")]))
    assert [(r.name, r.error, r.warning) for r in results] == [("bare.warc.gz#1", None, None),
                                                                ("bare.warc.gz#2", None, None)]
    first, second = (r.extraction.doc for r in results)
    assert (first.source, first.pub_date, "罗一鸣" in first.text) == (None, PAGE_DATE, True)
    assert second.source == URL  # the page's canonical address


def test_an_archive_gzipped_whole_is_read_and_a_cut_one_keeps_its_records(tmp_path):
    """`gzip crawl.warc` gives one gzip stream, not a member per record: read as the text it
    holds; cut short, the records before the cut are kept and one error names the archive."""
    import gzip as gz

    plain = write_warc(tmp_path / "crawl.warc", _four_pages(), gzip=False, extras=False)
    whole = gz.compress(plain)
    (tmp_path / "whole.warc.gz").write_bytes(whole)
    (tmp_path / "cut.warc.gz").write_bytes(whole[:len(whole) * 3 // 4])
    results = list(run([str(tmp_path / "whole.warc.gz")]))
    assert [r.name for r in results if r.extraction] == [f"whole.warc.gz#{n}" for n in (2, 4, 6, 8)]
    assert not any(r.error or r.warning for r in results)
    results = list(run([str(tmp_path / "cut.warc.gz")]))
    read, errors = [r for r in results if r.extraction], [r.error for r in results if r.error]
    assert 1 <= len(read) < 4 and len(errors) == 1, errors
    assert errors[0].startswith(f"{tmp_path / 'cut.warc.gz'}: record at uncompressed offset "), errors
    assert errors[0].endswith("no whole record after it, the records before it are kept"), errors


def test_an_empty_archive_is_a_warning_and_a_file_that_is_none_an_error(tmp_path):
    (tmp_path / "empty.warc").write_bytes(b"")
    (tmp_path / "notes.warc.gz").write_text("某某县政府工作笔记\n", encoding="utf-8")
    empty, notes = list(run([str(tmp_path / "empty.warc"), str(tmp_path / "notes.warc.gz")]))
    assert (empty.skipped, empty.error, empty.warning) == (
        "empty", None, f"{tmp_path / 'empty.warc'}: empty archive, nothing to extract")
    assert notes.error.startswith(f"{tmp_path / 'notes.warc.gz'}: no WARC record could be read ("), notes.error
    assert notes.error.endswith("): not a web archive, or cut short inside its first record; skipped")
    assert "\n" not in notes.error


def test_a_page_crawled_again_is_read_once_and_counted_without_a_line_each(tmp_path):
    for day, count in (("monday", 5), ("tuesday", 9)):  # the page's view counter differs: another payload
        write_warc(tmp_path / f"{day}.warc.gz", [(URL, gov_page(TEXT, url=None).replace("浏览次数:123", f"浏览次数:{count}"))],
                   extras=False)
    result = invoke("extract", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    assert result.stdout.startswith("2 inputs found: 1 read (1 warc pages), 3 skipped (2 non-HTML WARC records, "
                                    "1 same address read before), 0 failed"), result.stdout


def test_a_response_of_another_type_is_judged_by_the_opening_of_its_body(tmp_path):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, body, kind_ in ((URL, gov_page(TEXT, url=None).encode("utf-8"), "application/octet-stream"),
                             ("http://www.example.gov.cn/v.mp4", b"\x00\x00\x00\x18ftypmp42" * 200_000, "video/mp4"),
                             ("http://www.example.gov.cn/t.txt", TEXT.encode("utf-8"), "")):
        http = StatusAndHeaders("200 OK", [("Content-Type", kind_)] if kind_ else [], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    (tmp_path / "mixed.warc.gz").write_bytes(out.getvalue())
    results = list(run([str(tmp_path / "mixed.warc.gz")]))
    assert [(r.name, r.skipped) for r in results] == [("mixed.warc.gz#1", None), ("mixed.warc.gz#2", "non-HTML WARC records"),
                                                      ("mixed.warc.gz#3", "non-HTML WARC records")]
    assert results[0].extraction.doc.source == URL
