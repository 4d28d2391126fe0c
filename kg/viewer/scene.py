"""kg graph → `Scene`: the graph as a reader sees it, with the reason for every edge.

Posts (org:Post nodes) fold into one 任职 edge from the person to the body, carrying the
titles; every edge points the way it reads (李明 主持 会议, not 会议 ledBy 李明) and holds
the sentences that state it: an event's edges its evidence sentence, a 任职 edge the post's.
Hierarchy edges (隶属, 位于) hold the rule they come from instead.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from ..gazetteer import gazetteer
from .model import Evidence, Scene, SceneEdge, SceneNode
from .style import class_style, relation, style, type_of

EVENT_EDGES = {"ledBy", "attendee", "heldBy", "concerns", "location"}
LIST_LIMIT = 8  # tooltip lists longer than this end in "…等N项"


def _listing(values) -> str:
    values = sorted(set(values))
    shown = "、".join(values[:LIST_LIMIT])
    return shown + (f"…等{len(values)}项" if len(values) > LIST_LIMIT else "")


def _evidence(g: nx.MultiDiGraph, node: str) -> Evidence | None:
    """The evidence sentence of an event or post node, with its article."""
    attrs = g.nodes[node]
    if not attrs.get("evidence"):
        return None
    article = next((v for _, v, k in g.out_edges(node, keys=True) if k == "derivedFrom"), None)
    a = g.nodes[article] if article else {}
    return Evidence(a.get("source", ""), attrs.get("ev_start", 0), attrs.get("ev_end", 0),
                    attrs["evidence"], a.get("headline", ""))


def _edges(g: nx.MultiDiGraph) -> list[SceneEdge]:
    merged: dict[tuple[str, str, str], SceneEdge] = {}

    def add(source, target, key, detail=None, evidence=None):
        edge = merged.setdefault((source, target, key), SceneEdge(source, target, key))
        if detail and detail not in edge.details:
            edge.details.append(detail)
        if evidence and evidence not in edge.evidence:
            edge.evidence.append(evidence)

    for u, v, key in g.edges(keys=True):
        cls_u, cls_v = g.nodes[u].get("cls"), g.nodes[v].get("cls")
        if cls_u == "Post" or cls_v == "Post":
            continue  # folded below
        ev = _evidence(g, u) if key in EVENT_EDGES or key == "derivedFrom" else None
        source, target = (v, u) if relation(key)["reverse"] else (u, v)
        add(source, target, key, evidence=ev)
    posts = [(_evidence(g, n) or Evidence("", 0, 0, ""), a.get("title", ""), n)
             for n, a in g.nodes(data=True) if a.get("cls") == "Post"]
    for evidence, title, post in sorted(posts):  # titles in the order the text gives them
        holders = [u for u, _, k in g.in_edges(post, keys=True) if k == "holds"]
        bodies = [v for _, v, k in g.out_edges(post, keys=True) if k == "postIn"]
        for person in holders:
            for body in bodies:
                add(person, body, "post", title, evidence if evidence.sentence else None)
    for edge in merged.values():
        edge.evidence.sort()
    return [merged[k] for k in sorted(merged)]


def _facts(g: nx.MultiDiGraph, node: str, attrs: dict) -> list[tuple[str, str]]:
    """Tooltip rows of a node: what a reader asks of it first."""
    cls, kind = attrs["cls"], type_of(attrs["cls"])
    out_ = defaultdict(list)
    for _, v, k in g.out_edges(node, keys=True):
        out_[k].append(v)
    into = defaultdict(list)
    for u, _, k in g.in_edges(node, keys=True):
        into[k].append(u)
    label = lambda ids: _listing(g.nodes[i].get("label", i) for i in ids)  # noqa: E731
    rows = [("类别", class_style(cls)["label"])]
    if cls == "Person":
        posts = [g.nodes[p] for p in out_["holds"]]
        titles = [" ".join(filter(None, (label(v for _, v, k in g.out_edges(p, keys=True) if k == "postIn"),
                                         g.nodes[p].get("title")))) for p in out_["holds"]]
        rows.append(("职务", _listing(titles) if posts else "（文中未见）"))
        code = node.rsplit("@", 1)[-1] + "0000"
        province = gazetteer().by_code.get(code)
        rows.append(("省份", province.name if province else "全国或未知"))
    elif kind == "event":
        rows += [("日期", attrs.get("date") or "（文中未见）"), ("举办", label(out_["heldBy"]) or "（文中未见）")]
        for key, name in (("ledBy", "主持"), ("attendee", "出席"), ("location", "地点"), ("concerns", "涉及")):
            if out_[key]:
                rows.append((name, label(out_[key])))
        if attrs.get("documents"):
            rows.append(("学习文件", _listing(attrs["documents"].split("|"))))
    elif kind == "org":
        for key, name in (("subOrganizationOf", "上级"), ("basedIn", "所在地")):
            if out_[key]:
                rows.append((name, label(out_[key])))
        people = {u for p in into["postIn"] for u, _, k in g.in_edges(p, keys=True) if k == "holds"}
        if people:
            rows.append(("任职者", label(people)))
        if into["heldBy"]:
            rows.append(("举办活动", f"{len(into['heldBy'])}项"))
    elif kind == "place":
        rows.append(("级别", style()["levels"].get(attrs.get("level", ""), attrs.get("level", ""))))
        if attrs.get("code"):
            rows.append(("区划代码", attrs["code"]))
        if out_["containedIn"]:
            rows.append(("上级", label(out_["containedIn"])))
    elif cls == "Campaign":
        rows.append(("相关活动", f"{len(into['concerns'])}项"))
    elif cls == "NewsArticle":
        rows += [(name, str(attrs[key])) for key, name in
                 (("headline", "标题"), ("source", "文件"), ("issued", "日期"), ("dateline", "电头"), ("paper", "报纸"))
                 if attrs.get(key)]
    if cls != "NewsArticle" and out_["mentionedIn"]:
        rows.append(("见于", f"{len(out_['mentionedIn'])}篇稿件"))
    return rows


def scene(g: nx.MultiDiGraph) -> Scene:
    """The scene of a kg graph (from `kg.pipeline.build` or `kg.viewer.load.read_graph`)."""
    nodes = {}
    for node in sorted(g.nodes):
        attrs = g.nodes[node]
        cls = attrs.get("cls", "OtherOrganization")
        if cls == "Post":
            continue
        attrs = {**attrs, "cls": cls}
        nodes[node] = SceneNode(node, cls, class_style(cls)["type"], attrs.get("label", node),
                                _facts(g, node, attrs), attrs.get("date"))
    return Scene(nodes, [e for e in _edges(g) if e.source in nodes and e.target in nodes])
