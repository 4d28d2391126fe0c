"""`Selection` → a self-contained HTML page or fragment: pyvis assembles the network, kg's
template writes it with vis-network (from the pyvis package) inlined, so opening the file
makes no network request.

pyvis's own templates load Bootstrap and vis-network from CDNs and write text unescaped, so
only its network model is used here; the page is written by `view.html.j2` with autoescape.
"""
from __future__ import annotations

import copy
import json
import re
from functools import cache
from importlib import resources

import jinja2
from pyvis.network import Network

from .. import __version__
from .model import Selection, ViewError
from .style import class_style, relation, style

EVIDENCE_LIMIT = 50  # sentences kept per edge for the detail panel
HEIGHT = re.compile(r"\d{2,5}(px|vh|em|rem|%)")
HINT = "点击节点或关系，查看其依据：原文句子、所在稿件和字符位置。"


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the installed pyvis package (newest copy)."""
    lib = resources.files("pyvis").joinpath("templates", "lib")
    dirs = [d for d in lib.iterdir() if re.fullmatch(r"vis-[\d.]+", d.name)]
    if not dirs:
        raise ViewError("the installed pyvis ships no vis-network library; reinstall pyvis>=0.3.2")
    newest = max(dirs, key=lambda d: tuple(int(x) for x in d.name[4:].split(".")))
    js = newest.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = newest.joinpath("vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():  # could not be inlined safely
        raise ViewError(f"pyvis's {newest.name} cannot be inlined: it holds a closing tag")
    return js, css


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("kg", "viewer"), autoescape=True,
                             keep_trailing_newline=True)
    return env.get_template("view.html.j2")


def _asset(name: str) -> str:
    return resources.files("kg").joinpath("viewer", name).read_text(encoding="utf-8")


def script_json(value) -> str:
    """JSON that can sit inside a <script> element: <, >, & and line separators escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _evidence(edge) -> list[dict]:
    return [{"s": e.sentence, "h": e.headline, "f": e.source, "a": e.start, "b": e.end}
            for e in edge.evidence[:EVIDENCE_LIMIT]]


def network(sel: Selection) -> Network:
    """The pyvis network of a selection: styled nodes and edges, each with its tooltip data."""
    net = Network(directed=True, cdn_resources="in_line")
    focus = set(sel.focus)
    labels = {n.id: n.label for n in sel.nodes}
    for n in sel.nodes:
        look = class_style(n.cls)
        extra = {"borderWidth": 4, "color": {"background": look["color"], "border": "#222222"}} \
            if n.id in focus else {"color": look["color"]}
        label = f"{n.label}\n{n.date}" if n.date else n.label  # an event with its date
        net.add_node(n.id, label=label, shape=look["shape"], value=sel.degree.get(n.id, 0) + 1,
                     kgType=n.type, tip={"head": n.label, "sub": look["label"], "rows": n.facts,
                                         "evidence": [], "evidence_total": 0, "basis": ""}, **extra)
    dashed = set(style()["dashed_relations"])
    for i, e in enumerate(sel.edges):
        rel = relation(e.relation)
        rows = [["职务", "、".join(e.details)]] if e.details else []
        tip = {"head": f"{labels[e.source]} {rel['label']} {labels[e.target]}", "sub": "", "rows": rows,
               "evidence": _evidence(e), "evidence_total": len(e.evidence),
               "basis": "" if e.evidence else rel["basis"]}
        net.add_edge(e.source, e.target, id=f"e{i}", label=rel["label"], dashes=e.relation in dashed,
                     kgRelation=e.relation, tip=tip)
    net.options = options(len(sel.nodes))
    return net


def options(n_nodes: int) -> dict:
    """vis-network options for a view of `n_nodes`: the clustering pre-layout only for small
    views; labels sized by links only in large ones, where hub names must stay legible zoomed out."""
    opts = copy.deepcopy(style()["options"])
    opts["layout"]["improvedLayout"] = n_nodes <= 150
    opts["nodes"]["scaling"]["label"]["enabled"] = n_nodes > 60
    if n_nodes > 300:
        opts["physics"]["stabilization"]["iterations"] = 250
    return opts


def _texts(sel: Selection) -> dict:
    shown = f"显示 {len(sel.nodes)} 个节点、{len(sel.edges)} 条关系"
    summary = shown + (f"（符合条件的共 {sel.matched} 个节点）。" if sel.matched > len(sel.nodes) else "。")
    omitted = ""
    if sel.omitted:
        counts = "、".join(f"{style()['types'][t]['label']} {n}" for t, n in sel.omitted.items())
        top = "、".join(f"{label}（{d}）" for label, d in sel.omitted_top)
        omitted = (f"节点上限 {len(sel.nodes)}：按连接数保留，略去 {sum(sel.omitted.values())} 个节点（{counts}）"
                   f"和 {sel.omitted_edges} 条关系；略去者中连接最多的是 {top}。"
                   "可用 --focus、--type、--place、--body、--from/--to 缩小范围，或调高 --max-nodes。")
    if sel.isolated:
        omitted += (f"另有 {sel.isolated} 个节点在所选范围内没有任何关系，未显示"
                    "（--isolated 或 isolated=True 显示）。")
    return {"summary": summary, "omitted": omitted,
            "filters": ("筛选：" + "；".join(sel.notes) + "。") if sel.notes else ""}


def _legend(sel: Selection) -> list[dict]:
    out = []
    for type_, entry in style()["types"].items():
        members = [n for n in sel.nodes if n.type == type_]
        if members:
            classes = sorted({n.cls for n in members}, key=list(style()["classes"]).index)
            out.append({"type": type_, "label": entry["label"], "count": len(members), "shape": entry["shape"],
                        "classes": [{"label": class_style(c)["label"], "color": class_style(c)["color"]}
                                    for c in classes]})
    return out


def render(sel: Selection, *, heading: str, page: bool = True, height: str = "640px") -> str:
    """The view as a whole HTML page (`page=True`) or a fragment to drop into another page."""
    if not HEIGHT.fullmatch(height):
        raise ViewError(f"height takes a CSS length such as 640px or 80vh, got {height!r}")
    nodes, edges, _, _, _, opts = network(sel).get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": json.loads(opts), "hint": HINT}
    vis_js, vis_css = vis_assets()
    markup = jinja2.utils.markupsafe.Markup
    return _template().render(
        page=page, heading=heading, height=height, version=__version__, legend=_legend(sel),
        data=markup(script_json(data)), vis_js=markup(vis_js), vis_css=markup(vis_css),
        view_js=markup(_asset("view.js")), view_css=markup(_asset("view.css")), **_texts(sel))
