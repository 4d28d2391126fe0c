"""Traditional script (OpenCC t2s, offsets kept) and encodings (charset-normalizer).

Test texts of our own use invented names; the devset tests render ../shared/devset in
traditional script and in other encodings in a tmp folder.
"""
import codecs
import json
import shutil

import opencc
import pytest

from kg.evaluate import FIELDS, GoldSet, score_set
from kg.ingest import InputError, decode
from kg.normalize import TRADITIONAL_SHARE, normalize, original_form, to_simplified
from kg.pipeline import extract_text, run
from kg.record import to_record

from test_extract import check_offsets, offset_problems

S2T = opencc.OpenCC("s2t")
TRADITIONAL = "本報柳溪訊 6月25日,柳溪縣政協主席龐文達主持召開主席會議,副主席鄭曉嵐、盧國棟出席。"


def test_a_traditional_page_is_extracted_in_simplified():
    ex = extract_text(TRADITIONAL)
    assert ex.doc.simplified is not None and len(ex.doc.simplified) == len(ex.doc.original)
    assert ex.doc.original == TRADITIONAL and "政协主席庞文达" in ex.doc.text
    record = to_record(ex)
    assert record["persons"] == ["庞文达", "郑晓岚", "卢国栋"]
    assert record["events"][0]["leaders"] == ["庞文达"] and record["events"][0]["name"] == "主席会议"
    check_offsets(ex)


def test_a_mention_keeps_the_form_the_page_writes():
    record = to_record(extract_text(TRADITIONAL))
    forms = {m["canonical"]: m["text"] for m in record["mentions"]}
    assert forms["庞文达"] == "龐文達" and forms["卢国栋"] == "盧國棟"
    for m in record["mentions"]:  # the span cuts the traditional form from the original
        s, e = m["span"]
        assert TRADITIONAL[s:e] == m["text"]


def test_a_simplified_page_is_left_as_it_is():
    text = "本报柳溪讯 乾隆年间的古桥旁,柳溪县政协主席庞文达主持召开主席会议。"
    assert to_simplified(text) is None
    doc = normalize(text)
    assert doc.simplified is None and doc.text == text
    assert original_form(doc, 0, 4) == "本报柳溪"


def test_the_share_that_decides_the_script():
    assert to_simplified("abc 123") is None
    mixed = "柳溪县政协主席庞文达主持召开会议" * 30 + "會議"  # two changed characters in 482
    assert to_simplified(mixed) is None and 2 < TRADITIONAL_SHARE * len(mixed)
    assert to_simplified(S2T.convert(mixed)) == mixed.replace("會議", "会议")


def test_conversion_keeps_one_character_for_each():
    odd = "臺灣\ud800縣政協\x00主席\r\n龐文達"  # a lone surrogate and a NUL stay in place
    out = to_simplified(odd)
    assert out is not None and len(out) == len(odd)
    assert out[0:2] == "台湾" and out[2] == "\ud800" and out[3:6] == "县政协" and out[-3:] == "庞文达"
    doc = normalize(odd)  # the two are dropped, as on any page
    assert doc.text == "台湾县政协主席\n庞文达" and doc.original[doc.offsets[2]] == "縣"


def _traditional_devset(dev, tmp_path):
    """../shared/devset with every text in OpenCC s2t, the sidecars as they are."""
    out = tmp_path / "texts"
    out.mkdir()
    for f in sorted((dev / "texts").iterdir()):
        if f.name.endswith(".meta.json"):
            shutil.copy(f, out / f.name)
        elif f.suffix == ".txt":
            (out / f.name).write_text(S2T.convert(f.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def test_the_traditional_devset_scores_as_the_simplified_one(shared_corpus, tmp_path):
    dev = shared_corpus / "devset"
    if not (dev / "gold").is_dir():
        pytest.skip("../shared/devset is absent")
    texts = _traditional_devset(dev, tmp_path)
    simplified = score_set(GoldSet("simplified", str(dev / "gold"), (str(dev / "texts"),))).report.scores
    traditional = score_set(GoldSet("traditional", str(dev / "gold"), (str(texts),))).report.scores
    gaps = {f: round(simplified[f].f1 - traditional[f].f1, 3) for f in FIELDS}
    print("\ntraditional script, F1 gap to the simplified run:", gaps)
    assert all(abs(gap) <= 0.03 for gap in gaps.values()), gaps
    assert all(simplified[f].f1 >= 0.5 for f in FIELDS), {f: simplified[f].f1 for f in FIELDS}  # no gap of 0 to 0
    results = list(run([str(texts)]))
    assert all(r.extraction and r.extraction.doc.simplified is not None for r in results)
    problems = [line for r in results for line in offset_problems(r.extraction)]
    assert not problems, "\n".join(problems[:30])


# --- encodings ---------------------------------------------------------------------------

S2TW = opencc.OpenCC("s2tw")  # Taiwan forms, which Big5 holds (s2t's 爲, 羣, 衆 it does not)


def test_big5_is_not_read_as_gb18030():
    for text in (TRADITIONAL, S2TW.convert("柳溪县政协主席庞文达主持召开会议"), "會議記錄"):
        assert decode(text.encode("big5"), "x.txt") == text
    for text in (TRADITIONAL, "柳溪县政协主席庞文达主持召开会议", "会议记录"):
        assert decode(text.encode("gb18030"), "x.txt") == text


def test_big5_with_hong_kong_characters():
    text = "本報香港訊 6月25日,香港特區政府召開會議,佢哋話㗎。"
    assert decode(text.encode("big5hkscs"), "x.txt") == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(codec):
    text = "本报柳溪讯 6月25日,柳溪县政协主席庞文达主持召开主席会议。\n"
    assert decode(text.encode(codec), "x.txt") == text
    assert decode(TRADITIONAL.encode(codec), "x.txt") == TRADITIONAL


@pytest.mark.parametrize("data", [
    "Café déjà vu, naïve résumé".encode("latin-1"),
    bytes(range(0x80, 0x100)) * 4,
    b"\x00\x01\x02PK\x03\x04" * 10,
], ids=["latin-1", "high-bytes", "binary"])
def test_an_undecidable_file_is_an_error_naming_it(data):
    with pytest.raises(InputError, match=r"^pages/odd\.txt: (cannot tell its encoding|binary file)"):
        decode(data, "pages/odd.txt")


def test_an_undecidable_file_in_a_run_is_one_error_line(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text(TRADITIONAL, encoding="big5")
    (pages / "odd.txt").write_bytes("Café déjà vu, naïve résumé".encode("latin-1"))
    result = CliRunner().invoke(cli, ["extract", str(pages), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "odd.txt" in line]
    assert len(errors) == 1 and errors[0].startswith("kg: error: ") and "encoding" in errors[0]
    assert "Traceback" not in result.stderr
    record = json.loads((tmp_path / "out" / "good.json").read_text(encoding="utf-8"))
    assert record["persons"] == ["庞文达", "郑晓岚", "卢国栋"]


def _records(folder):
    return {r.name: to_record(r.extraction) for r in run([str(folder)])}


def test_big5_and_utf16_copies_of_the_devset_give_the_same_records(shared_corpus, tmp_path):
    """Each devset text in Taiwan forms (OpenCC s2tw), as UTF-8 and as Big5; the simplified
    text as UTF-16 without a BOM (LE) and with one (BE)."""
    dev = shared_corpus / "devset" / "texts"
    if not dev.is_dir():
        pytest.skip("../shared/devset is absent")
    folders = {kind: tmp_path / kind for kind in ("utf8-tw", "big5", "utf16le", "utf16be-bom")}
    for folder in folders.values():
        folder.mkdir()
    for f in sorted(dev.iterdir()):
        if f.name.endswith(".meta.json"):
            for folder in folders.values():
                shutil.copy(f, folder / f.name)
        elif f.suffix == ".txt":
            text = f.read_text(encoding="utf-8")
            big5 = S2TW.convert(text).encode("big5", "replace")  # 2 texts hold a character Big5 has not
            (folders["big5"] / f.name).write_bytes(big5)
            (folders["utf8-tw"] / f.name).write_text(big5.decode("big5"), encoding="utf-8")
            (folders["utf16le"] / f.name).write_bytes(text.encode("utf-16-le"))
            (folders["utf16be-bom"] / f.name).write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    plain = _records(dev)
    assert len(plain) == len(list(dev.glob("*.txt")))
    for kind in ("utf16le", "utf16be-bom"):
        assert _records(folders[kind]) == plain, kind
    big5 = _records(folders["big5"])
    assert len(big5) == len(plain) and sum(len(r["persons"]) for r in big5.values()) > len(plain)  # not two empty runs
    assert big5 == _records(folders["utf8-tw"])


# --- the graph: simplified labels, the page's own form as skos:altLabel ---------------------

DATELINED = "本報湖州訊 6月25日,湖州市政協主席龐文達主持召開主席會議,副主席鄭曉嵐出席。"


def test_the_graph_labels_names_in_simplified_with_the_traditional_form_beside():
    from rdflib import Graph, Literal
    from rdflib.namespace import RDFS, SKOS

    from kg.graph import build_graph
    from kg.query import ONTOLOGY_DIR
    from kg.rdf import iri, serialize

    g = build_graph([extract_text(DATELINED, "a.txt")])
    assert g.nodes["person/庞文达@33"] == {**g.nodes["person/庞文达@33"], "label": "庞文达", "alt_labels": "龐文達"}
    assert g.nodes["org/湖州市政协"]["alt_labels"] == "湖州市政協"
    data = Graph().parse(data=serialize(g), format="turtle")
    person = iri("person/庞文达@33")
    assert set(data.objects(person, RDFS.label)) == {Literal("庞文达", lang="zh")}
    assert set(data.objects(person, SKOS.altLabel)) == {Literal("龐文達", lang="zh")}
    pyshacl = pytest.importorskip("pyshacl")
    ok, _, report = pyshacl.validate(data, shacl_graph=Graph().parse(ONTOLOGY_DIR / "shapes.ttl"),
                                     ont_graph=Graph().parse(ONTOLOGY_DIR / "kg.ttl"), inference="none")
    assert ok, report


def test_a_simplified_page_gives_no_alternative_labels_and_the_viewer_reads_them_back(tmp_path):
    from kg.graph import build_graph
    from kg.rdf import serialize
    from kg.viewer.load import read_graph

    simplified = build_graph([extract_text("本报湖州讯 6月25日,湖州市政协主席庞文达主持召开主席会议。", "b.txt")])
    assert not any("alt_labels" in attrs for _, attrs in simplified.nodes(data=True))
    g = build_graph([extract_text(DATELINED, "a.txt")])
    (tmp_path / "graph.ttl").write_text(serialize(g), encoding="utf-8")
    back = read_graph(tmp_path / "graph.ttl")
    assert back.nodes["person/庞文达@33"]["alt_labels"] == "龐文達"
