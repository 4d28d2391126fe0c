"""Selection → HTML: self-contained, escaped, deterministic; the data handed to vis-network."""
import html
import json
import random
import re
from html.parser import HTMLParser

import markupsafe
import pytest

import kg
from kg.graph import build_graph
from kg.pipeline import run, sample_dir
from kg.viewer import View
from kg.viewer.model import Filters, ViewError
from kg.viewer.render import network, render, script_json
from kg.viewer.scene import scene
from kg.viewer.select import select
from viewer_graphs import HOSTILE, tiny_graph


class Elements(HTMLParser):
    """Every start tag of a page, with its attributes, and the text of each <script>."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append([dict(attrs), ""])

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def view_data(text: str) -> dict:
    blocks = [body for attrs, body in Elements(text).scripts if attrs.get("type") == "application/json"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture(scope="module")
def tiny_selection():
    return select(scene(tiny_graph()))


@pytest.fixture(scope="module")
def hostile_page():
    return render(select(scene(tiny_graph(HOSTILE))), heading=HOSTILE["heading"])


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!--", "a&b", "\u2028", "'\""])
def test_script_json_cannot_close_its_script_and_reads_back(value):
    text = script_json({"v": value})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"v": value}


def test_hostile_text_stays_text(hostile_page):
    page = hostile_page
    for text in HOSTILE.values():
        assert text not in page  # raw, it would be markup
    elements = Elements(page)
    assert [t for t, _ in elements.tags if t in ("img", "svg", "iframe", "object", "embed")] == []
    assert not [(t, a) for t, a in elements.tags if any(k.startswith("on") for k in a)]
    assert len(elements.scripts) == 3  # vis-network, the data, the view's own script
    assert f"<h2 class=\"kgv-title\">{markupsafe.escape(HOSTILE['heading'])}</h2>" in page
    data = view_data(page)
    labels = {n["label"].split("\n")[0] for n in data["nodes"]}
    assert {HOSTILE["person"], HOSTILE["org"], HOSTILE["event"]} <= labels
    sentences = {ev["s"] for e in data["edges"] for ev in e["tip"]["evidence"]}
    assert HOSTILE["evidence"] in sentences


def test_page_loads_nothing_from_outside(tiny_selection):
    page = render(tiny_selection, heading="t")
    elements = Elements(page)
    assert not [a for t, a in elements.tags if t == "script" and "src" in a]
    assert not [t for t, _ in elements.tags if t == "link"]
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page)
    csp = [a["content"] for t, a in elements.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0].startswith("default-src 'none'")


def test_fragment_is_one_block_without_a_document(tiny_selection):
    fragment = render(tiny_selection, heading="t", page=False)
    assert fragment.startswith('<div class="kgview"') and fragment.rstrip().endswith("</div>")
    assert "<html" not in fragment and "<head" not in fragment and ' id="' not in fragment


def test_data_holds_the_selection(tiny_selection):
    data = view_data(render(tiny_selection, heading="t"))
    assert [n["id"] for n in data["nodes"]] == [n.id for n in tiny_selection.nodes]
    assert len(data["edges"]) == len(tiny_selection.edges)
    led = next(e for e in data["edges"] if e["from"] == "person/张明@62" and e["to"] == "event/1")
    assert led["label"] == "主持" and led["tip"]["evidence"][0]["f"] == "p1.txt"
    assert all(e["tip"]["evidence"] or e["tip"]["basis"] for e in data["edges"])  # every edge says why
    event = next(n for n in data["nodes"] if n["id"] == "event/1")
    assert event["label"] == "党组会议\n2024-06-03" and event["shape"] == "diamond"


def test_pyvis_network_styles_by_class(tiny_selection):
    net = network(tiny_selection)
    by_id = {n["id"]: n for n in net.nodes}
    assert by_id["person/张明@62"]["shape"] == "dot" and by_id["org/定西市政协"]["shape"] == "square"
    assert by_id["person/张明@62"]["color"] != by_id["org/定西市政协"]["color"]
    assert net.directed and len(net.edges) == len(tiny_selection.edges)


def test_the_page_says_what_the_cap_left_out():
    sel = select(scene(tiny_graph()), Filters(max_nodes=4))
    page = render(sel, heading="t")
    assert "节点上限 4" in page and f"略去 {sum(sel.omitted.values())} 个节点" in page


def test_same_inputs_in_any_order_give_the_same_page():
    exs = [r.extraction for r in run([str(sample_dir() / "corpus")])]
    pages = []
    for seed in (0, 1):
        random.Random(seed).shuffle(exs)
        pages.append(render(select(scene(build_graph(exs))), heading="sample"))
    assert pages[0] == pages[1]


def test_height_must_be_a_css_length(tiny_selection):
    with pytest.raises(ViewError, match="CSS length"):
        render(tiny_selection, heading="t", height="1px;}body{display:none")


def test_view_api_saves_and_shows_in_jupyter(tmp_path):
    v = kg.view(tiny_graph(), focus="张明", depth=1)
    assert isinstance(v, View) and len(v.selection.nodes) == 3
    assert v.save(tmp_path / "v.html").read_text(encoding="utf-8") == v.html
    assert v.save(tmp_path / "f.html", fragment=True).read_text(encoding="utf-8") == v.fragment
    shown = v._repr_html_()
    assert shown.startswith("<iframe srcdoc=\"")
    assert html.unescape(re.search(r'srcdoc="([^"]*)"', shown).group(1)) == v.html
