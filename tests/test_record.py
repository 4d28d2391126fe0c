"""kg.record and kg.pipeline: the gold-format record of an extraction; the runner over inputs."""
import hashlib

from kg.pipeline import extract_text, load_gold, run, sample_dir
from kg.record import to_record

TEXT = ("本报绵阳讯（通讯员王晓梅）6月12日，绵阳市政协党组书记、主席张建国主持召开市政协党组（扩大）会议。"
        "市政协副主席赵丽华出席。会议强调，要深入开展党纪学习教育，推动党纪学习教育走深走实。\n")


def test_record_fields_and_sha():
    record = to_record(extract_text(TEXT, "p.txt"), spans=False)
    assert list(record) == ["doc", "sha256", "pub_date", "source", "paper", "persons", "positions", "organizations",
                            "places", "campaigns", "events", "locality", "warnings"]
    assert record["locality"] == [{"place": "绵阳市", "source": "dateline"}]
    assert record["warnings"] == []
    assert record["doc"] == "p.txt"
    assert record["sha256"] == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def test_record_lists_have_no_duplicates():
    record = to_record(extract_text(TEXT), spans=False)
    for key in ("persons", "organizations", "places", "campaigns"):
        assert len(record[key]) == len(set(record[key])), key
    triples = [(p["person"], p["org"], p["title"]) for p in record["positions"]]
    assert len(triples) == len(set(triples))
    assert record["campaigns"] == ["党纪学习教育"]


def test_spans_are_optional():
    ex = extract_text(TEXT)
    assert "mentions" not in to_record(ex, spans=False)
    with_spans = to_record(ex)
    assert {m["label"] for m in with_spans["mentions"]} >= {"PERSON", "ORG", "PLACE", "CAMPAIGN"}
    assert len(with_spans["evidence"]) == len(with_spans["events"])


def test_sample_sha_matches_the_file_bytes(sample_results, sample_gold):
    gold = load_gold(sample_gold)
    assert sorted(gold) == ["sample_01.txt", "sample_02.txt", "sample_03.txt"]
    for r in sample_results:
        record = to_record(r.extraction, spans=False)
        with open(r.item, "rb") as fh:
            assert record["sha256"] == hashlib.sha256(fh.read()).hexdigest() == gold[record["doc"]]["sha256"]


def test_run_reports_problems_per_input_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00")
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    results = list(run([str(tmp_path)]))
    assert [(r.item.rsplit("/", 1)[-1], r.extraction is not None, r.error is not None, r.warning is not None)
            for r in results] == [("a.txt", False, False, True), ("b.txt", False, True, False),
                                  ("c.txt", True, False, False)]


def test_sample_dir_holds_corpus_and_gold():
    root = sample_dir()
    assert sorted(p.name for p in (root / "corpus").glob("*.txt")) == [
        "sample_01.txt", "sample_02.txt", "sample_03.txt"]
    assert sorted(p.name for p in (root / "gold").glob("*.json")) == [
        "sample_01.json", "sample_02.json", "sample_03.json"]


def test_lone_surrogates_reach_neither_record_nor_graph():
    from kg.graph import build_graph
    from kg.rdf import serialize

    text = "本报讯 6月3日,某某县政协主席张\ud800某某主持召开\udfff主席会议。"
    ex = extract_text(text, "s\udc80.txt", source="\ud800x")
    record = to_record(ex)
    assert record["sha256"] == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    assert "\ud800" not in repr({k: v for k, v in record.items() if k != "sha256"})
    for fmt in ("turtle", "nt", "jsonld", "trig", "graphml", "gexf"):
        serialize(build_graph([ex]), fmt).encode("utf-8")


def test_bodies_only_a_post_or_an_event_names_are_organizations():
    record = to_record(extract_text("6月3日,县委副书记、县长周明远主持召开常务会议。", "t.txt", place="平利县"), spans=False)
    assert {"平利县委", "平利县政府"} <= set(record["organizations"])  # 县长 → the county's government
