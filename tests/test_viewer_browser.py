"""Views in a real browser: headless Chromium opens them offline, without console errors, with
the expected counts, hostile text inert, two views on one page apart, and a screenshot taken.

Skipped when Chromium or Playwright is missing, unless KG_REQUIRE_BROWSER=1 (as in CI),
which turns a missing browser into a failure.
"""
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline import build
from kg.viewer import view
from kg.viewer.synthetic import synthetic_graph
from viewer_graphs import HOSTILE, tiny_graph

import browser as browser_mod  # noqa: E402  (tests/browser.py)


@pytest.fixture(scope="module")
def chromium():
    missing = None
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing = "playwright is not installed (pip install -e '.[test]')"
    if missing is None and browser_mod.chromium_path() is None:
        missing = "no Chromium on PATH (apt-get install chromium, or set KG_CHROMIUM)"
    if missing:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    with browser_mod.chromium() as b:
        yield b


@pytest.fixture(scope="module")
def screens(tmp_path_factory):
    """Where screenshots go: $KG_SCREENSHOT_DIR if set (to keep them), else a temp folder."""
    kept = os.environ.get("KG_SCREENSHOT_DIR")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("screens")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def assert_clean(report):
    assert report.requests == [] and report.resources == 0, report.requests
    assert report.console_errors == [] and report.errors == [], (report.console, report.errors)
    assert report.dialogs == []


def assert_png(path: Path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_sample_view_through_the_cli_opens_offline(chromium, tmp_path, screens):
    runner = CliRunner()
    built = runner.invoke(cli, ["build", "--sample", "-o", str(tmp_path)], catch_exceptions=False)
    assert built.exit_code == 0, built.output
    out = tmp_path / "view.html"
    made = runner.invoke(cli, ["view", str(tmp_path / "graph.ttl"), "-o", str(out)], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    expected = view(tmp_path / "graph.ttl").selection
    report = browser_mod.open_view(chromium, out, screenshot=screens / "sample_view.png")
    assert_clean(report)
    assert report.views == [{"nodes": len(expected.nodes), "edges": len(expected.edges),
                             "readyMs": report.views[0]["readyMs"]}]
    assert report.ink[0] > 5_000  # the canvas has a drawing on it
    assert_png(screens / "sample_view.png")


def test_shared_corpus_view(chromium, shared_corpus, tmp_path, screens):
    graph, _ = build([str(shared_corpus / "corpus")])
    v = view(graph, heading="民主协商报 五个版面")
    report = browser_mod.open_view(chromium, v.save(tmp_path / "corpus.html"), screenshot=screens / "corpus_view.png")
    assert_clean(report)
    assert report.views[0]["nodes"] == len(v.selection.nodes) > 250
    assert report.views[0]["edges"] == len(v.selection.edges)
    assert v.selection.omitted == {}  # the whole corpus fits under the default cap


def test_synthetic_5000_nodes_are_capped_and_the_page_says_so(chromium, tmp_path, screens):
    v = view(synthetic_graph(5000), heading="合成图 5000 节点")
    assert v.selection.matched >= 5000 and len(v.selection.nodes) == 400

    def omitted_text(page):
        omitted_text.value = page.inner_text(".kgv-omitted")

    report = browser_mod.open_view(chromium, v.save(tmp_path / "big.html"), screenshot=screens / "synthetic_5000.png",
                                   page_hook=omitted_text)
    assert_clean(report)
    assert report.views[0]["nodes"] == 400 and report.views[0]["edges"] == len(v.selection.edges)
    assert f"略去 {v.selection.matched - 400} 个节点" in omitted_text.value


def test_hostile_text_neither_runs_nor_breaks_the_page(chromium, tmp_path, screens):
    v = view(tiny_graph(HOSTILE), heading=HOSTILE["heading"])

    def probe(page):
        probe.dom = page.evaluate("""() => ({
            scripts: document.scripts.length,
            injected: document.querySelectorAll('img, svg, iframe, object, embed').length,
            heading: document.querySelector('.kgv-title').textContent,
            tips: window.kgViews[0].nodes.get().map(n => n.title.textContent)})""")
        page.fill(".kgv-search", HOSTILE["person"])
        page.click(".kgv-go")
        probe.found = page.inner_text(".kgv-found")
        probe.detail = page.eval_on_selector(".kgv-detail", "el => el.textContent")

    report = browser_mod.open_view(chromium, v.save(tmp_path / "hostile.html"), page_hook=probe,
                                   screenshot=screens / "hostile.png")
    assert_clean(report)
    assert probe.dom["scripts"] == 3 and probe.dom["injected"] == 0
    assert probe.dom["heading"] == HOSTILE["heading"]
    assert any(HOSTILE["org"] in tip for tip in probe.dom["tips"])
    assert probe.found == "找到 1 个" and HOSTILE["person"] in probe.detail


def test_an_empty_view_opens_and_says_so(chromium, tmp_path):
    v = view(tiny_graph(), types=["campaign"])
    assert v.selection.nodes == []

    def status(page):
        status.text = page.inner_text(".kgv-status")

    report = browser_mod.open_view(chromium, v.save(tmp_path / "empty.html"), page_hook=status)
    assert_clean(report)
    assert report.views[0]["nodes"] == 0 and status.text == "没有符合条件的节点"


def test_two_fragments_share_a_report_page_without_clashing(chromium, tmp_path, screens):
    first = view(tiny_graph(), focus="张明", depth=1, height="360px")
    second = view(tiny_graph(), types=["person", "event", "org"], height="360px")
    page = tmp_path / "report.html"
    page.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>报告</title></head><body>"
                    f"<h1>调研报告</h1><p>第一幅图：</p>{first.fragment}<p>第二幅图：</p>{second.fragment}"
                    "</body></html>", encoding="utf-8")

    def interact(p):
        p.locator(".kgview").nth(0).locator("input[data-type=person]").uncheck()
        p.locator(".kgview").nth(1).locator(".kgv-search").fill("李华")
        p.locator(".kgview").nth(1).locator(".kgv-go").click()
        interact.state = p.evaluate("""() => window.kgViews.map(v => ({
            hidden: v.nodes.get({filter: n => n.hidden}).length,
            selected: v.network.getSelectedNodes()}))""")

    report = browser_mod.open_view(chromium, page, page_hook=interact, screenshot=screens / "two_fragments.png")
    assert_clean(report)
    assert [(r["nodes"], r["edges"]) for r in report.views] == [
        (len(first.selection.nodes), len(first.selection.edges)),
        (len(second.selection.nodes), len(second.selection.edges))]
    assert interact.state[0] == {"hidden": 1, "selected": []}  # 张明 hidden in the first view only
    assert interact.state[1] == {"hidden": 0, "selected": ["person/李华@62"]}


def test_clicking_an_edge_shows_its_evidence(chromium, tmp_path):
    v = view(tiny_graph(), focus="张明", depth=1)

    def click_edge(page):
        point = page.evaluate("""() => { const v = window.kgViews[0], net = v.network;
            const pos = net.getPositions(['person/张明@62', 'event/1']);
            const a = net.canvasToDOM(pos['person/张明@62']), b = net.canvasToDOM(pos['event/1']);
            const box = v.root.querySelector('.kgv-canvas').getBoundingClientRect();
            return {x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2}; }""")
        page.mouse.click(point["x"], point["y"])
        click_edge.detail = page.eval_on_selector(".kgv-detail", "el => el.textContent")

    report = browser_mod.open_view(chromium, v.save(tmp_path / "click.html"), page_hook=click_edge)
    assert_clean(report)
    assert "张明 主持 党组会议" in click_edge.detail
    assert "6月3日，定西市政协党组书记、主席张明主持召开党组会议" in click_edge.detail
    assert "p1.txt 第10–43字" in click_edge.detail
