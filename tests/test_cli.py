"""The `kg` command: extract and eval end to end, bad inputs, help texts, quality floors."""
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

GOLD_KEYS = {"doc", "sha256", "pub_date", "persons", "positions", "organizations", "places",
             "campaigns", "events"}
EVENT_KEYS = {"org", "name", "type", "date", "leaders", "attendees"}
EVENT_TYPES = {"meeting", "inspection", "research", "training", "activity"}

GOOD = "本报绵阳讯(通讯员王晓梅)6月12日,绵阳市政协党组书记、主席张建国主持召开市政协党组(扩大)会议。\n"
GBK = "本报北川讯（通讯员周立平）6月12日，县政协主席赵德明主持召开常委会会议。\n"


def invoke(*args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def lines_naming(result, name: str) -> list[str]:
    return [line for line in stderr_lines(result) if name in line]


def tmp_files(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.endswith(".tmp")] if folder.exists() else []


def names(folder: Path) -> list[str]:
    """What a run left in its output folder, less kg's manifest of what it wrote."""
    return sorted(n for n in os.listdir(folder) if n != ".kg-manifest")


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# --- bad inputs ---------------------------------------------------------------

@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_empty_file_is_a_warning_and_the_rest_goes_on(tmp_path, pages):
    (pages / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 0, result.stderr
    [line] = lines_naming(result, "empty.txt")
    assert "warning" in line and "empty" in line
    assert names(out) == ["good.json"]
    assert "张建国" in read_json(out / "good.json")["persons"]


def test_binary_file_is_an_error_and_the_rest_goes_on(tmp_path, pages):
    (pages / "scan.txt").write_bytes(b"%PDF-1.4\x00\x01\x02\x03" * 64)
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code != 0
    [line] = lines_naming(result, "scan.txt")
    assert "error" in line and "binary" in line
    assert names(out) == ["good.json"]
    assert tmp_files(out) == []


def test_gbk_file_is_decoded_and_extracted(tmp_path, pages):
    (pages / "gbk.txt").write_bytes(GBK.encode("gbk"))
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert lines_naming(result, "gbk.txt") == []
    record = read_json(out / "gbk.json")
    assert {"周立平", "赵德明"} <= set(record["persons"])
    assert {"person": "赵德明", "org": "北川羌族自治县政协", "title": "主席"} in record["positions"]


def test_unreadable_file_is_an_error_and_the_rest_goes_on(tmp_path, pages, monkeypatch):
    (pages / "locked.txt").write_text(GOOD, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code != 0
    [line] = lines_naming(result, "locked.txt")
    assert "error" in line and "Permission denied" in line
    assert names(out) == ["good.json"]


def test_a_folder_named_like_a_text_file_is_a_folder(tmp_path, pages):
    (pages / "x.txt").mkdir()
    (pages / "x.txt" / "inner.txt").write_text(GOOD.replace("张建国", "罗一鸣"), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert lines_naming(result, "x.txt") == []
    assert names(out) == ["good.json", "inner.json"]
    assert "2 inputs found: 2 read" in result.stdout


def test_every_problem_gets_exactly_one_line(tmp_path, pages):
    (pages / "empty.txt").write_bytes(b"")
    (pages / "scan.txt").write_bytes(b"\x00" * 100)
    (pages / "gbk.txt").write_bytes(GBK.encode("gbk"))
    os.mkfifo(pages / "x.txt")
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 1
    lines = stderr_lines(result)
    assert len(lines) == 3, lines
    for name in ("empty.txt", "scan.txt", "x.txt"):
        assert len(lines_naming(result, name)) == 1, (name, lines)
    assert names(out) == ["gbk.json", "good.json"]
    assert tmp_files(out) == []


def test_ten_megabyte_single_line(tmp_path):
    """A 10 MB page with no line break is processed without a crash."""
    unit = GOOD.strip() + "会议强调,要认真学习领会会议精神,推动各项工作落地见效。" * 20
    text = unit * (10 * 1024 * 1024 // len(unit.encode("utf-8")) + 1)
    assert "\n" not in text and len(text.encode("utf-8")) >= 10 * 1024 * 1024
    page = tmp_path / "huge.txt"
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", page, "-o", out)
    assert result.exit_code == 0, result.stderr
    record = read_json(out / "huge.json")
    assert {"王晓梅", "张建国"} <= set(record["persons"])
    assert tmp_files(out) == []


def test_nonexistent_input_is_an_error(tmp_path, pages):
    out = tmp_path / "out"
    result = invoke("extract", pages, tmp_path / "missing.txt", "-o", out)
    assert result.exit_code != 0
    assert len(lines_naming(result, "missing.txt")) == 1
    assert (out / "good.json").exists()


def test_full_disk_leaves_the_previous_output_and_says_so(tmp_path, pages, monkeypatch):
    from kg import output

    out = tmp_path / "out"
    out.mkdir()
    (out / "good.json").write_text("previous run", encoding="utf-8")

    def fail(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", fail)
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith("kg: error: cannot write ") and "No space left on device" in line
    assert "left as it was" in line
    assert names(out) == ["good.json"]
    assert (out / "good.json").read_text(encoding="utf-8") == "previous run"
    assert sorted(os.listdir(tmp_path)) == ["out", "pages"]


# --- extract ------------------------------------------------------------------

def test_extract_sample_writes_gold_format_records(tmp_path, sample_gold):
    out = tmp_path / "out"
    result = invoke("extract", "--sample", "-o", out, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    files = names(out)
    assert files == ["sample_01.json", "sample_02.json", "sample_03.json"]
    for name in files:
        record = read_json(out / name)
        gold = read_json(sample_gold / name)
        assert GOLD_KEYS <= set(record)
        assert record["doc"] == gold["doc"] == name.replace(".json", ".txt")
        assert record["sha256"] == gold["sha256"]
        assert record["pub_date"] == gold["pub_date"]
        for key in ("persons", "organizations", "places", "campaigns"):
            assert all(isinstance(x, str) and x for x in record[key]), key
        for p in record["positions"]:
            assert set(p) == {"person", "org", "title"}
        for e in record["events"]:
            assert EVENT_KEYS <= set(e)
            assert e["type"] in EVENT_TYPES
            assert e["date"] is None or len(e["date"]) in (5, 10)


def test_extract_stdin(tmp_path):
    out = tmp_path / "out"
    result = invoke("extract", "-", "-o", out, input=GOOD.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    record = read_json(out / "stdin.json")
    assert record["doc"] == "<stdin>"
    assert "张建国" in record["persons"]


def test_extract_date_and_place_options(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("6月12日,县政协主席赵德明主持召开常委会会议。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", page, "-o", out, "--date", "2024-06-28", "--place", "北川")
    assert result.exit_code == 0, result.stderr
    record = read_json(out / "p.json")
    assert record["pub_date"] == "2024-06-28"
    assert "北川羌族自治县政协" in record["organizations"]
    assert [(e["org"], e["date"]) for e in record["events"]] == [("北川羌族自治县政协", "2024-06-12")]


def test_sidecar_place_resolves_short_references(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("6月12日,县政协主席赵德明主持召开常委会会议。\n", encoding="utf-8")
    (pages / "p.meta.json").write_text('{"place": "北川羌族自治县", "date": "2024-06-28"}', encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out, "--place", "岳阳市")
    assert result.exit_code == 0, result.stderr
    record = read_json(out / "p.json")
    assert {"person": "赵德明", "org": "北川羌族自治县政协", "title": "主席"} in record["positions"]
    assert record["pub_date"] == "2024-06-28"


def test_extract_without_inputs_is_a_usage_error(tmp_path):
    result = invoke("extract", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "--sample" in result.stderr


# --- help ---------------------------------------------------------------------

def test_top_level_help_lists_the_commands():
    result = invoke("--help")
    assert result.exit_code == 0
    for name in cli.commands:
        assert name in result.output


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    examples = [line.strip() for line in result.output.splitlines() if line.strip().startswith("Example:")]
    assert examples and examples[0].startswith(f"Example: kg {command}"), result.output


# --- eval and quality floors -------------------------------------------------------

def table(output: str) -> dict[str, dict[str, float]]:
    lines = output.strip().splitlines()
    header = lines[0].split()
    assert header == ["field", "precision", "recall", "f1", "tp", "fp", "fn"], lines[0]
    rows = {}
    for line in lines[1:]:
        cells = line.split()
        rows[cells[0]] = dict(zip(header[1:], map(float, cells[1:])))
    return rows


@pytest.fixture(scope="module")
def sample_eval():
    result = CliRunner().invoke(cli, ["eval", "--sample"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result


def test_eval_sample_prints_the_table(sample_eval):
    assert "who_led" in sample_eval.output
    assert set(table(sample_eval.output)) == {"who_led", "events", "persons", "positions", "organizations",
                                              "places", "campaigns"}


# Measured on the sample when these floors were set: persons 0.991, positions 0.992,
# who_led 1.000, events 1.000, organizations 0.909, places 0.846, campaigns 0.889.
SAMPLE_FLOORS = {
    "persons": 0.95,
    "positions": 0.95,
    "who_led": 0.90,
    "events": 0.90,
    "organizations": 0.85,
    "places": 0.80,
    "campaigns": 0.80,
}


@pytest.mark.parametrize("field, floor", sorted(SAMPLE_FLOORS.items()))
def test_sample_quality_floor(sample_eval, field, floor):
    assert table(sample_eval.output)[field]["f1"] >= floor


def test_eval_verbose_lists_misses_per_document():
    result = invoke("eval", "--sample", "-v")
    assert result.exit_code == 0
    assert "== sample_01.txt" in result.output and "== sample_03.txt" in result.output


def test_eval_needs_gold_unless_sample(tmp_path):
    result = invoke("eval", tmp_path)
    assert result.exit_code == 2
    assert "--gold" in result.stderr


def test_eval_warns_about_texts_without_gold(tmp_path, sample_gold, sample_corpus, pages):
    result = invoke("eval", "--gold", sample_gold, pages, sample_corpus)
    assert result.exit_code == 0
    [line] = lines_naming(result, "good.txt")
    assert "no gold" in line


def test_eval_with_nothing_scored_is_an_error_not_a_table_of_zeros(tmp_path, sample_gold, pages):
    result = invoke("eval", "--gold", sample_gold, pages)
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"kg: error: nothing was scored: none of the 1 pages read has a gold record "
                                    f"in {sample_gold}"]
    assert result.stdout == ""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("eval", "--gold", sample_gold, empty)
    assert result.exit_code == 1 and "nothing was scored" in result.stderr


def test_agree_prints_the_table_of_two_annotators_of_the_same_pages(tmp_path, sample_gold):
    """The sample's gold against itself agrees in full; a second folder sharing no page is an error."""
    result = invoke("agree", "--first", sample_gold, "--second", sample_gold)
    assert result.exit_code == 0 and result.stdout.startswith("# 3 documents annotated by both")
    assert table(result.stdout.split("\n", 1)[1])["persons"]["f1"] == 1.0
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.json").write_text('{"doc": "x.txt", "persons": []}', encoding="utf-8")
    result = invoke("agree", "--first", sample_gold, "--second", other)
    assert result.exit_code == 1
    assert stderr_lines(result) == ["kg: error: no document is annotated in both: nothing to compare"]
    (other / "sample_01.json").write_text((sample_gold / "sample_01.json").read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("agree", "--first", sample_gold, "--second", other)
    assert result.exit_code == 0 and result.stdout.startswith("# 1 documents annotated by both")
    assert stderr_lines(result) == ["kg: warning: 1 records of the second have none of the first to compare with"]


def test_eval_names_a_gold_record_that_is_not_json(tmp_path, sample_corpus):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "sample_01.json").write_text("{", encoding="utf-8")
    result = invoke("eval", "--gold", gold, sample_corpus)
    assert result.exit_code == 1
    assert [line.split(" (")[0] for line in stderr_lines(result)] == [f"kg: error: {gold / 'sample_01.json'}: not a gold record"]


def test_eval_scores_set_folders_each_and_together(tmp_path, sample_gold, sample_corpus, sample_eval):
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, pages in ((one, "texts"), (two, "corpus")):
        folder.mkdir()
        (folder / "gold").symlink_to(sample_gold)
        (folder / pages).symlink_to(sample_corpus)
    result = invoke("eval", one, "--set", two / "gold", two / "corpus")
    assert result.exit_code == 0, result.stderr
    blocks = result.stdout.strip().split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [f"# {one}: 3 pages scored", f"# {two / 'corpus'}: 3 pages scored",
                                                    "# all: 6 pages scored in 2 sets"]
    single = table(sample_eval.stdout)
    for block in blocks:
        rows = table("\n".join(block.splitlines()[1:]))
        assert rows["persons"]["f1"] == single["persons"]["f1"]
    assert table("\n".join(blocks[-1].splitlines()[1:]))["persons"]["tp"] == 2 * single["persons"]["tp"]
    data = json.loads(invoke("eval", one, two, "--json").stdout)
    assert [s["name"] for s in data["sets"]] == [str(one), str(two)]
    assert data["all"]["scores"]["persons"]["tp"] == 2 * single["persons"]["tp"]


def test_eval_refuses_a_folder_that_is_not_a_set(tmp_path, pages):
    result = invoke("eval", pages)
    assert result.exit_code == 2
    assert "not a set folder" in result.stderr and "--gold GOLD PAGES" in result.stderr


def test_eval_names_gold_records_without_a_page_in_one_line(sample_gold, sample_corpus):
    result = invoke("eval", "--gold", sample_gold, sample_corpus / "sample_01.txt")
    assert result.exit_code == 0
    [line] = stderr_lines(result)
    assert line.startswith(f"kg: warning: {sample_gold}: 2 gold records have no page among the inputs")
    assert "sample_02.txt" in line and table(result.stdout)


# Measured on ../shared when set: persons 0.986, positions 0.938, who_led 0.952, events 0.857,
# organizations 0.907, places 0.893, campaigns 0.730.
SHARED_FLOORS = {"persons": 0.90, "positions": 0.85, "who_led": 0.85, "events": 0.78,
                 "organizations": 0.83, "places": 0.82, "campaigns": 0.65}


def test_shared_corpus_quality_floor(shared_corpus):
    result = invoke("eval", "--gold", shared_corpus / "gold", shared_corpus / "corpus")
    assert result.exit_code == 0, result.stderr
    rows = table(result.output)
    low = {f: rows[f]["f1"] for f, floor in SHARED_FLOORS.items() if rows[f]["f1"] < floor}
    assert not low, low


def test_eval_scores_both_shared_sets_as_the_hook_does_one_by_one(shared_corpus):
    if not (shared_corpus / "devset" / "gold").is_dir():
        pytest.skip("../shared/devset is absent")
    both = invoke("eval", shared_corpus, shared_corpus / "devset")
    assert both.exit_code == 0, both.stderr
    blocks = both.stdout.strip().split("\n\n")
    assert len(blocks) == 3
    for block, args in zip(blocks, [("gold", "corpus"), ("devset/gold", "devset/texts")]):
        alone = invoke("eval", "--gold", *(shared_corpus / a for a in args))
        assert block.splitlines()[1:] == alone.stdout.strip().splitlines()
    assert blocks[-1].startswith("# all: ")


# --- build and query ------------------------------------------------------------

def test_build_writes_turtle_and_summary_and_fails_on_a_bad_file(tmp_path, pages):
    (pages / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "exports"
    result = invoke("build", pages, "-o", out, "--format", "nt", "--format", "graphml")
    assert result.exit_code == 1
    assert lines_naming(result, "bad.txt") and "2 inputs found: 1 read (1 text), 0 skipped, 1 failed" in result.stdout
    assert "Person" in result.stdout and "Meeting" in result.stdout
    assert names(out) == ["graph.graphml", "graph.nt", "graph.ttl"]
    assert not tmp_files(out)


def test_build_explain_merges_names_the_documents(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD.replace("6月12日", "6月20日"), encoding="utf-8")
    result = invoke("build", folder, "-o", tmp_path / "out", "--explain-merges")
    assert result.exit_code == 0
    merge = [line for line in result.stdout.splitlines() if line.startswith("person/张建国@51")]
    assert merge and "a.txt, b.txt" in merge[0]


def test_query_named_with_a_parameter(tmp_path, pages):
    invoke("build", pages, "-o", tmp_path / "out")
    result = invoke("query", tmp_path / "out" / "graph.ttl", "members", "-p", "body=绵阳市政协", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {(r["person"], r["title"]) for r in rows} == {("张建国", "党组书记"), ("张建国", "主席")}


def test_query_needs_exactly_one_query(tmp_path, pages):
    invoke("build", pages, "-o", tmp_path / "out")
    result = CliRunner().invoke(cli, ["query", str(tmp_path / "out" / "graph.ttl")])
    assert result.exit_code == 2 and "who-led" in result.output


# --- view --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    assert invoke("build", "--sample", "-o", out).exit_code == 0
    return out / "graph.ttl"


def test_view_writes_a_page_and_says_what_it_shows(tmp_path, sample_graph_file):
    out = tmp_path / "view.html"
    result = invoke("view", sample_graph_file, "-o", out, "--max-nodes", "50")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{out}: 50 nodes, ") and "over --max-nodes 50 left out" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "节点上限 50" in page
    assert not tmp_files(tmp_path)


def test_view_options_reach_the_library(tmp_path, sample_graph_file):
    from kg.viewer import view

    out = tmp_path / "part.html"
    args = ["--type", "person,event,org", "--from", "2024-06-01", "--to", "2024-06-30", "--fragment"]
    result = invoke("view", sample_graph_file, "-o", out, *args, "--title", "六月")
    assert result.exit_code == 0, result.output
    expected = view(sample_graph_file, types=["person", "event", "org"], date_from="2024-06-01",
                    date_to="2024-06-30", heading="六月")
    assert out.read_text(encoding="utf-8") == expected.fragment
    assert {n.type for n in expected.selection.nodes} <= {"person", "event", "org"}


@pytest.mark.parametrize("args, message", [
    (["--focus", "没有这个人"], "no node named '没有这个人'"),
    (["--from", "2024-6-1"], "--from takes a date as YYYY-MM-DD"),
    (["--type", "person,people"], "unknown type people"),
    (["--height", "tall"], "CSS length"),
])
def test_view_refuses_what_it_cannot_show(tmp_path, sample_graph_file, args, message):
    out = tmp_path / "view.html"
    result = invoke("view", sample_graph_file, "-o", out, *args)
    assert result.exit_code == 2 and "kg: error: " in result.stderr and message in result.stderr
    assert not out.exists()


def test_view_names_an_unreadable_graph(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("not turtle at all", encoding="utf-8")
    result = invoke("view", bad, "-o", tmp_path / "v.html")
    assert result.exit_code == 2 and str(bad) in result.stderr and "not valid ttl" in result.stderr


def test_readme_view_examples_run(tmp_path, sample_graph_file):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    examples = [line.split("#")[0].split()[2:] for line in readme.splitlines()
                if line.startswith("kg view exports/graph.ttl ")]
    assert len(examples) >= 4
    for args in examples:
        args = [str(sample_graph_file) if a == "exports/graph.ttl" else str(tmp_path / a) if a.endswith(".html")
                else a for a in args]
        result = invoke("view", *args)
        assert result.exit_code == 0, (args, result.output)


def test_readme_who_led_output_is_what_kg_prints(sample_graph_file):
    """The README's who-led table and CSV on the bundled sample are kg's output, as printed."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("kg query exports/graph.ttl who-led`):\n\n```\n")[1].split("```")[0]
    assert invoke("query", sample_graph_file, "who-led").stdout == table
    csv = readme.split("`--format csv` gives the columns leader, body, date, event, article:\n\n```\n")[1].split("```")[0]
    assert invoke("query", sample_graph_file, "who-led", "--format", "csv").stdout.startswith(csv)


def test_readme_named_query_examples_find_rows_on_the_sample(sample_graph_file):
    """Each `-p name=value` the README gives a named query finds something on the sample."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    named = readme.split("Named queries live in")[1].split("They run on")[0]
    examples = re.findall(r"`(who-led|posts|members|events-in|campaign|timeline)`\s*\(`-p (\w+)=([^`…]+)`", named)
    assert len(examples) >= 3
    for query, key, value in examples:
        result = invoke("query", sample_graph_file, query, "-p", f"{key}={value}")
        assert result.exit_code == 0 and "(0 rows)" not in result.stdout, (query, value, result.stdout)


# --- outputs as a unit, every input accounted for, dates ------------------------------

def snapshot(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_run_that_reads_nothing_leaves_the_previous_output(tmp_path, pages, command):
    out = tmp_path / "out"
    assert invoke(command, pages, "-o", out).exit_code == 0
    before = snapshot(out)
    (tmp_path / "none").mkdir()
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01")
    for inputs in ([tmp_path / "none"], [tmp_path / "broken.txt"]):  # an empty run, a failed run
        result = invoke(command, *inputs, "-o", out)
        assert result.exit_code == 1
        assert f"kg: error: no input could be read, nothing to write; {out} left as it was" in result.stderr
        assert snapshot(out) == before


def test_a_run_that_fails_while_building_leaves_the_previous_output(tmp_path, pages, monkeypatch):
    from kg import rdf

    out = tmp_path / "out"
    assert invoke("build", pages, "-o", out, "--format", "nt").exit_code == 0
    before = snapshot(out)

    def broken(graph, fmt, *how):
        if fmt == "nt":
            raise ValueError("serializer broke")
        return real(graph, fmt, *how)

    real = rdf.serialize
    monkeypatch.setattr(rdf, "serialize", broken)
    result = invoke("build", pages, "-o", out, "--format", "nt")
    assert result.exit_code == 1
    assert stderr_lines(result) == ["kg: error: internal error (ValueError: serializer broke); please report it"]
    assert snapshot(out) == before and sorted(os.listdir(tmp_path)) == ["out", "pages"]


def test_a_run_replaces_its_own_files_and_keeps_the_others(tmp_path, pages):
    out = tmp_path / "out"
    invoke("build", pages, "-o", out, "--format", "nt")
    (out / "view.html").write_text("<p>a view</p>", encoding="utf-8")
    assert invoke("build", pages, "-o", out).exit_code == 0
    assert names(out) == ["graph.ttl", "view.html"]  # no stale graph.nt


def test_two_concurrent_runs_into_one_folder(tmp_path, pages):
    import subprocess
    import sys

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg", "build", str(pages), "-o", str(out), "--format", "nt"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    done = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    for status, err in done:
        assert status == 0 or (status == 1 and "another kg run is writing this folder" in err), err
    assert any(status == 0 for status, _ in done)
    assert names(out) == ["graph.nt", "graph.ttl"]
    assert sorted(os.listdir(tmp_path)) == ["out", "pages"]


def test_a_run_while_another_holds_the_folder_is_refused(tmp_path, pages):
    from kg.output import staged

    out = tmp_path / "out"
    with staged(out):
        result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"kg: error: {out}: another kg run is writing this folder; try again when "
                                    f"it ends; {out} left as it was"]


def test_no_permission_to_write_is_one_error_line(tmp_path, pages, monkeypatch):
    from kg import output

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.Path, "mkdir", denied)
    result = invoke("build", pages, "-o", tmp_path / "locked" / "out")
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith("kg: error: cannot write in ") and "Permission denied" in line


def test_a_file_name_that_is_not_utf8(tmp_path, pages):
    (pages / os.fsdecode(b"\xb9\xfa.txt")).write_text(GBK, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert names(out) == ["good.json", "\ufffd\ufffd.json"] or \
        names(out) == ["good.json", "\ufffd.json"]
    result = invoke("build", pages, "-o", tmp_path / "g")
    assert result.exit_code == 0, result.stderr


def test_the_summary_counts_found_read_skipped_and_failed(tmp_path, pages):
    (pages / "empty.txt").write_bytes(b"")
    (pages / "scan.txt").write_bytes(b"\x00" * 8)
    (pages / "UPPER.TXT").write_text(GOOD.replace("张建国", "罗一鸣"), encoding="utf-8")
    (pages / "notes.md").write_text("# notes", encoding="utf-8")
    (pages / "good.meta.json").write_text('{"place": "绵阳市"}', encoding="utf-8")
    result = invoke("extract", pages, pages / "good.txt", "-o", tmp_path / "out")
    assert result.stdout.startswith("6 inputs found: 2 read (2 text), 3 skipped (1 empty, 1 given twice, 1 not a kind kg reads), "
                                    "1 failed")
    assert names(tmp_path / "out") == ["UPPER.json", "good.json"]


def test_two_files_with_one_name_get_two_records(tmp_path):
    for folder, name in (("a", "张建国"), ("b", "罗一鸣")):
        (tmp_path / "pages" / folder).mkdir(parents=True)
        (tmp_path / "pages" / folder / "p.txt").write_text(GOOD.replace("张建国", name), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", tmp_path / "pages", "-o", out)
    assert result.exit_code == 0
    assert names(out) == ["a__p.json", "b__p.json"]
    assert read_json(out / "a__p.json")["doc"] == "a/p.txt" and "罗一鸣" in read_json(out / "b__p.json")["persons"]


def test_stdin_given_twice_is_read_once(tmp_path):
    result = invoke("build", "-", "-", "-o", tmp_path / "out", input=GOOD)
    assert result.exit_code == 0
    assert result.stdout.startswith("2 inputs found: 1 read (1 text), 1 skipped (1 stdin given twice), 0 failed")
    assert stderr_lines(result) == ["kg: warning: -: stdin given twice, read once"]


def test_utf16_input_is_text(tmp_path):
    page = tmp_path / "u16.txt"
    page.write_bytes(GOOD.encode("utf-16"))
    result = invoke("extract", page, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert "张建国" in read_json(tmp_path / "out" / "u16.json")["persons"]


def test_an_unreadable_folder_is_reported(tmp_path, pages, monkeypatch):
    (pages / "locked").mkdir()
    (pages / "locked" / "inside.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = invoke("extract", pages, "-o", tmp_path / "out")
    assert result.exit_code == 1
    [line] = lines_naming(result, "locked")
    assert line == f"kg: error: {pages / 'locked'}: cannot read folder (Permission denied); its files are not read"
    assert result.stdout.startswith("2 inputs found: 1 read (1 text), 0 skipped, 1 failed")


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize("date", ["2024-13-45", "2024-02-30", "yesterday", "24-6-1"])
def test_a_bad_date_flag_is_a_usage_error_naming_it(tmp_path, pages, command, date):
    result = invoke(command, pages, "-o", tmp_path / "out", "--date", date)
    assert result.exit_code == 2
    [line] = stderr_lines(result)
    assert line.startswith(f"kg: error: Invalid value for '--date': '{date}' is ")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize("place, says", [("新华区", "several divisions bear this name"),
                                         ("火星市", "no division of this name")])
def test_a_place_flag_no_division_answers_is_a_usage_error_naming_it(tmp_path, pages, command, place, says):
    result = invoke(command, pages, "-o", tmp_path / "out", "--place", place)
    assert result.exit_code == 2
    [line] = stderr_lines(result)
    assert line.startswith(f"kg: error: Invalid value for '--place': {place}: {says}")
    assert not (tmp_path / "out").exists()


def test_a_place_flag_may_name_the_divisions_around_it(tmp_path):
    (tmp_path / "p.txt").write_text("6月3日,区委书记魏某某主持召开区委常委会会议。", encoding="utf-8")
    result = invoke("extract", tmp_path / "p.txt", "-o", tmp_path / "out", "--place", "石家庄市新华区")
    assert result.exit_code == 0
    record = read_json(tmp_path / "out" / "p.json")
    assert record["locality"] == [{"place": "新华区", "source": "sidecar"}]
    assert "新华区委" in record["organizations"]


def test_a_sidecar_place_no_division_answers_is_a_warning_naming_the_sidecar(tmp_path, pages):
    (pages / "good.meta.json").write_text('{"place": "布吉街道"}', encoding="utf-8")
    result = invoke("extract", pages, "-o", tmp_path / "out")
    assert result.exit_code == 0
    [line] = stderr_lines(result)
    assert line.startswith("kg: warning: ") and "good.meta.json" in line and "布吉街道" in line


def test_a_bad_sidecar_date_is_a_warning_naming_the_sidecar(tmp_path, pages):
    (pages / "good.meta.json").write_text('{"date": "2024-02-30"}', encoding="utf-8")
    result = invoke("extract", pages, "-o", tmp_path / "out", "--date", "2024-06-20")
    assert result.exit_code == 0
    [line] = stderr_lines(result)
    assert line.startswith("kg: warning: ") and "good.meta.json" in line and "2024-02-30" in line
    assert read_json(tmp_path / "out" / "good.json")["pub_date"] == "2024-06-20"


def test_readme_python_examples_run(tmp_path, monkeypatch):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```python\n")[1:]
    assert blocks
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block.split("```")[0], "README.md", "exec"), {})
    assert (tmp_path / "exports" / "view.html").exists()


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "out"
    assert invoke("build", "--sample", "-o", out).exit_code == 0
    return out


@pytest.mark.parametrize("args, status, message", [
    (["nosuch"], 2, "No such command 'nosuch'"),
    (["extract", "--sample"], 2, "Missing option '-o'"),
    (["extract", "--sample", "-o", "/proc/kg-out"], 1, "cannot write in /proc"),
    (["build", "--sample", "-o", "{out}/graph.ttl"], 2, "is a file"),
    (["eval", "/nonexistent-set"], 2, "not a set folder"),
    (["query", "{out}", "who-led"], 2, "not a kg store"),
    (["query", "{out}/graph.ttl", "-e", "SELEC"], 2, "bad SPARQL query"),
    (["query", "{out}/graph.ttl", "who-led", "-p", "x"], 2, "--param takes NAME=VALUE"),
    (["view", "{out}/graph.ttl", "-o", "/proc/v.html"], 1, "/proc/v.html: cannot write"),
    (["view", "{out}/graph.ttl", "--from", "2024-02-30"], 2, "--from takes a date"),
])
def test_no_traceback_from_any_cli_path(sample_out, args, status, message):
    result = CliRunner().invoke(cli, [a.format(out=sample_out) for a in args])
    assert result.exit_code == status and isinstance(result.exception, SystemExit)
    [line] = stderr_lines(result)
    assert line.startswith("kg: error: ") and message in line and "Traceback" not in result.output


def test_an_interrupted_build_says_so_and_leaves_no_staging(tmp_path, pages, monkeypatch):
    from kg import cli as cli_module

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "build_graph", interrupted)
    result = invoke("build", pages, "-o", tmp_path / "out")
    assert result.exit_code == 130 and stderr_lines(result) == ["kg: error: interrupted"]
    assert sorted(os.listdir(tmp_path)) == ["pages"]


def test_plain_kg_prints_its_help():
    result = CliRunner().invoke(cli, [])
    assert "Usage: " in result.stdout and "kg: error" not in result.output


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_text_date_that_is_no_real_day_is_a_warning_naming_the_file(tmp_path, pages, command):
    (pages / "good.txt").write_text(GOOD.replace("6月12日", "2 月30日"), encoding="utf-8")
    result = invoke(command, pages, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert stderr_lines(result) == ["kg: warning: good.txt: 2月30日 at character 13 is no real day; "
                                    "not used as a date"]


def test_extract_goes_on_after_one_record_cannot_be_written(tmp_path, pages, monkeypatch):
    from kg import output

    (pages / "other.txt").write_text(GOOD.replace("张建国", "罗一鸣"), encoding="utf-8")
    real = output.Staging.write

    def write(self, name, data):
        if name == "good.json":
            raise output.OutputError(f"cannot write {self.out / name}: File name too long", fatal=False)
        real(self, name, data)

    monkeypatch.setattr(output.Staging, "write", write)
    result = invoke("extract", pages, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"kg: error: cannot write {tmp_path / 'out' / 'good.json'}: File name too long"]
    assert names(tmp_path / "out") == ["other.json"]


# --- odd names and files in an input folder ---------------------------------

def test_a_long_file_name_has_no_sidecar_and_is_read(tmp_path, pages):
    long = pages / ("长" * 83 + ".txt")  # 253 bytes: its sidecar's name would be too long
    long.write_text(GOOD.replace("张建国", "罗一鸣"), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result) == []
    assert names(out) == sorted(["good.json", "长" * 83 + ".json"])


def test_a_fifo_named_like_a_text_file_is_skipped_unopened(tmp_path, pages):
    os.mkfifo(pages / "pipe.txt")  # opening it would wait for a writer forever
    out = tmp_path / "out"
    result = invoke("extract", pages, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "2 inputs found: 1 read (1 text), 1 skipped (1 not a regular file), 0 failed" in result.stdout
    assert stderr_lines(result) == [f"kg: warning: {pages / 'pipe.txt'}: not a regular file, not read"]
    assert names(out) == ["good.json"]


def test_extract_into_its_input_folder_keeps_inputs_sidecars_and_notes(tmp_path, pages):
    (pages / "good.meta.json").write_text('{"date": "2023-06-12"}', encoding="utf-8")
    (pages / "notes.json").write_text('{"mine": true}', encoding="utf-8")
    (pages / "p.meta.txt").write_text(GOOD.replace("张建国", "罗一鸣"), encoding="utf-8")
    for _ in range(2):
        result = invoke("extract", pages, "-o", pages)
        assert result.exit_code == 0, result.stderr
    assert names(pages) == ["good.json", "good.meta.json", "good.txt", "notes.json", "p.meta.txt",
                            "p.meta~.json"]
    assert read_json(pages / "notes.json") == {"mine": True}
    assert read_json(pages / "good.json")["pub_date"] == "2023-06-12"


def test_a_sidecar_place_several_divisions_bear_is_a_warning_naming_them(tmp_path, pages):
    """普陀区 in a sidecar: the warning names the divisions that bear it, each led by the one
    around it, so the user can write the one meant."""
    (pages / "good.meta.json").write_text('{"place": "普陀区"}', encoding="utf-8")
    result = invoke("extract", pages, "-o", tmp_path / "out")
    assert result.exit_code == 0
    [line] = stderr_lines(result)
    assert "good.meta.json" in line and "上海市普陀区" in line and "舟山市普陀区" in line


def test_posts_lists_each_post_once_per_page(sample_graph_file):
    """A post stated in two articles of one page is one row (the row names the page, not the article)."""
    rows = invoke("query", sample_graph_file, "posts", "--format", "csv").stdout.splitlines()
    assert len(rows) > 20 and len(rows) == len(set(rows))


def test_view_names_a_missing_graph_in_plain_words(tmp_path):
    result = invoke("view", tmp_path / "none.ttl", "-o", tmp_path / "v.html")
    assert result.exit_code == 2 and "none.ttl: cannot read graph (No such file or directory)" in result.stderr
    assert "os error" not in result.stderr
