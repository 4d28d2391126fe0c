"""Open kg views in headless Chromium (Debian's `chromium`, driven by Playwright) and report
what a reader's browser would see: network requests, console messages, errors, counts.

A helper for tests and benchmarks, not a test module. Every request the page makes is
logged and aborted; Chromium runs with its background networking off and every host name
mapped to nowhere, as the machine notes in the tool library advise.
"""
from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
        "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
        "--host-resolver-rules=MAP * ~NOTFOUND"]
READY = """() => { const views = document.querySelectorAll('.kgview');
  return views.length > 0 && [...views].every(v => v.dataset.kgvState === 'ready'); }"""
COUNTS = """() => (window.kgViews || []).map(v => ({nodes: v.network.body.data.nodes.length,
  edges: v.network.body.data.edges.length, readyMs: v.stats.readyMs}))"""
INK = """() => [...document.querySelectorAll('.kgv-canvas canvas')].map(c => {
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })"""


def chromium_path() -> str | None:
    """The Chromium to use: $KG_CHROMIUM, else the first of chromium, chromium-browser on PATH."""
    return os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class PageReport:
    requests: list[str] = field(default_factory=list)  # every request the page tried (all aborted)
    console: list[tuple[str, str]] = field(default_factory=list)  # (type, text)
    errors: list[str] = field(default_factory=list)  # uncaught exceptions
    dialogs: list[str] = field(default_factory=list)  # alert()/confirm() a script opened
    views: list[dict] = field(default_factory=list)  # per view: nodes, edges, readyMs
    ink: list[int] = field(default_factory=list)  # per view: painted pixels on its canvas
    resources: int = 0  # Resource Timing entries: fetched subresources
    load_s: float = 0.0  # navigation to every view laid out

    @property
    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"]


@contextmanager
def chromium():
    """A headless Chromium browser for the block (Playwright's sync API)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise RuntimeError("no Chromium found: install Debian's chromium package or set KG_CHROMIUM")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_view(browser, path: str | Path, *, screenshot: str | Path | None = None,
              timeout_s: float = 120, page_hook=None, ready: str = READY) -> PageReport:
    """Open an HTML file, wait until `ready` (JS) holds, by default until every kg view on it
    has laid out, and report."""
    report = PageReport()
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.route("**/*", lambda route: _block(route, report))
        page.on("console", lambda m: report.console.append((m.type, m.text)))
        page.on("pageerror", lambda exc: report.errors.append(str(exc)))
        page.on("dialog", lambda d: (report.dialogs.append(d.message), d.dismiss()))
        start = time.perf_counter()
        page.goto(Path(path).resolve().as_uri(), wait_until="load")
        page.wait_for_function(ready, timeout=timeout_s * 1000, polling=50)
        report.load_s = time.perf_counter() - start
        report.views = page.evaluate(COUNTS)
        report.ink = page.evaluate(INK)
        report.resources = page.evaluate("() => performance.getEntriesByType('resource').length")
        if page_hook is not None:
            page_hook(page)
        if screenshot is not None:
            page.screenshot(path=str(screenshot), full_page=True)
    finally:
        page.close()
    return report


def _block(route, report: PageReport) -> None:
    if route.request.url.startswith("file:") and route.request.resource_type == "document":
        route.continue_()  # the view file itself
        return
    report.requests.append(route.request.url)
    route.abort()
