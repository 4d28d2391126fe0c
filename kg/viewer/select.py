"""`Scene` × `Filters` → `Selection`: focus, filters and the node cap, with an account of what was left out.

Order: event filters (dates, body, place) pick events and keep their neighbours and the
body's or place's own subtree; then the type filter; then the focus (breadth-first to
`depth` over what is left); then nodes with no edge left are dropped (unless asked for);
then the cap keeps the focus and the most connected nodes.
"""
from __future__ import annotations

import heapq
import re
from collections import defaultdict, deque
from datetime import date

from ..gazetteer import gazetteer
from .model import Filters, Scene, Selection, ViewError
from .style import style, type_names

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TOP_OMITTED = 8


def date_in_range(value: str | None, lo: str | None, hi: str | None) -> bool:
    """Whether an event date lies in [lo, hi]; a date without a year (MM-DD) matches when it
    falls in the range in some year the range covers."""
    if lo is None and hi is None:
        return True
    if not value:
        return False
    lo, hi = lo or "0001-01-01", hi or "9999-12-31"
    if len(value) == 10:
        return lo <= value <= hi
    first, last = int(lo[:4]), int(hi[:4])
    if last - first >= 2:
        return True
    return any(lo <= f"{year:04d}-{value}" <= hi for year in range(first, last + 1))


def _is_date(value: str) -> bool:
    try:
        return bool(DATE.fullmatch(value)) and date.fromisoformat(value) is not None
    except ValueError:
        return False


def _check(filters: Filters) -> None:
    for name, value in (("--from", filters.date_from), ("--to", filters.date_to)):
        if value is not None and not _is_date(value):
            raise ViewError(f"{name} takes a date as YYYY-MM-DD, got {value!r}")
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise ViewError(f"--from {filters.date_from} is after --to {filters.date_to}")
    unknown = set(filters.types or ()) - set(type_names())
    if unknown:
        raise ViewError(f"unknown type {', '.join(sorted(unknown))} (types: {', '.join(type_names())})")
    if filters.depth < 0 or filters.max_nodes < 1:
        raise ViewError("--depth takes 0 or more and --max-nodes 1 or more")


class _Index:
    """Adjacency of a scene: neighbours by relation, both ways."""

    def __init__(self, scene: Scene):
        self.out = defaultdict(lambda: defaultdict(set))
        self.into = defaultdict(lambda: defaultdict(set))
        for e in scene.edges:
            self.out[e.source][e.relation].add(e.target)
            self.into[e.target][e.relation].add(e.source)

    def closure(self, roots: set[str], relation: str) -> set[str]:
        """Roots and everything below them along `relation` edges pointing up (child → parent)."""
        seen, todo = set(roots), list(roots)
        while todo:
            for child in self.into[todo.pop()][relation]:
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        return seen

    def neighbours(self, node: str) -> set[str]:
        return {n for rel in (*self.out[node].values(), *self.into[node].values()) for n in rel}


def _named(scene: Scene, name: str, types: tuple[str, ...], what: str) -> set[str]:
    """Nodes of the given types labelled `name` (or with that node id); a clear error if none."""
    found = {n.id for n in scene.nodes.values() if n.type in types and (n.label == name or n.id == name)}
    if not found:
        near = sorted({n.label for n in scene.nodes.values() if n.type in types and name in n.label})[:5]
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise ViewError(f"no {what} named {name!r} in this graph{hint}")
    return found


def _place_nodes(scene: Scene, name: str) -> set[str]:
    d = gazetteer().lookup(name)
    if d is not None and f"place/{d.code}" in scene.nodes:
        return {f"place/{d.code}"}
    return _named(scene, name, ("place",), "place")


def _filtered(scene: Scene, f: Filters, idx: _Index, notes: list[str]) -> set[str]:
    """Nodes passing the date, body and place filters: the events all of them accept, their
    neighbours, and what both the body and the place filters hold (members, sub-bodies, sub-places)."""
    events = {n.id for n in scene.nodes.values() if n.type == "event"}
    anchors: list[set[str]] = []
    if f.date_from or f.date_to:
        events = {e for e in events if date_in_range(scene.nodes[e].date, f.date_from, f.date_to)}
        notes.append(f"日期 {f.date_from or '…'} 至 {f.date_to or '…'}")
    if f.body:
        bodies = idx.closure(_named(scene, f.body, ("org",), "body"), "subOrganizationOf")
        events = {e for e in events if idx.into[e]["heldBy"] & bodies}
        members = {p for b in bodies for p in idx.into[b]["post"]}
        anchors.append(bodies | members)
        notes.append(f"机构 {f.body}（含下属机构）")
    if f.place:
        places = idx.closure(_place_nodes(scene, f.place), "containedIn")
        orgs = idx.closure({o for p in places for o in idx.into[p]["basedIn"]}, "subOrganizationOf")
        events = {e for e in events if idx.out[e]["location"] & places or idx.into[e]["heldBy"] & orgs}
        anchors.append(places | orgs | {p for o in orgs for p in idx.into[o]["post"]})
        notes.append(f"地点 {f.place}（含下级地区）")
    if not (f.date_from or f.date_to or f.body or f.place):
        return set(scene.nodes)
    around = {n for e in events for n in idx.neighbours(e) if scene.nodes[n].type != "event"}
    return events | around | (set.intersection(*anchors) if anchors else set())


def _distances(keep: set[str], focus: set[str], depth: int, idx: _Index) -> dict[str, int]:
    dist = {n: 0 for n in focus}
    queue = deque(sorted(focus))
    while queue:
        node = queue.popleft()
        if dist[node] == depth:
            continue
        for n in sorted(idx.neighbours(node) & keep):
            if n not in dist:
                dist[n] = dist[node] + 1
                queue.append(n)
    return dist


def _degrees(keep: set[str], idx: _Index) -> dict[str, int]:
    return {n: len(idx.neighbours(n) & keep) for n in keep}


def _cap(keep: set[str], dist: dict[str, int], degree: dict[str, int], max_nodes: int,
         idx: _Index) -> set[str]:
    """At most `max_nodes` of `keep`, picked greedily: nearest the focus first, then the node
    with the most links to those already picked, then the most connected overall. Links
    to what is shown come first, so the view keeps edges instead of scattered hubs."""
    links = dict.fromkeys(keep, 0)
    heap = [(dist.get(n, 0), 0, -degree[n], n) for n in keep]
    heapq.heapify(heap)
    shown: set[str] = set()
    while heap and len(shown) < max_nodes:
        _, neg_links, _, node = heapq.heappop(heap)
        if node in shown or -neg_links != links[node]:
            continue  # picked already, or a stale entry
        shown.add(node)
        for n in idx.neighbours(node) & keep - shown:
            links[n] += 1
            heapq.heappush(heap, (dist.get(n, 0), -links[n], -degree[n], n))
    return shown


def select(scene: Scene, filters: Filters | None = None) -> Selection:
    """What a view shows: see the module docstring for the order of the steps."""
    filters = filters or Filters()
    _check(filters)
    idx, notes = _Index(scene), []
    keep = _filtered(scene, filters, idx, notes)
    types = set(filters.types or style()["default_types"])
    keep = {n for n in keep if scene.nodes[n].type in types}
    if filters.types:
        notes.append("类型 " + "、".join(style()["types"][t]["label"] for t in filters.types))
    focus: set[str] = set()
    dist: dict[str, int] = {}
    if filters.focus:
        for name in filters.focus:
            focus |= _named(scene, name, tuple(types), "node")
        focus &= keep
        if not focus:
            raise ViewError(f"{'、'.join(filters.focus)}: left out by the other filters")
        dist = _distances(keep, focus, filters.depth, idx)
        keep = set(dist)
        notes.append(f"焦点 {'、'.join(filters.focus)}，{filters.depth} 步以内")
    degree = _degrees(keep, idx)
    lonely = set() if filters.isolated else {n for n in keep if degree[n] == 0} - focus
    keep -= lonely
    shown = _cap(keep, dist, degree, filters.max_nodes, idx)
    left = sorted(keep - shown, key=lambda n: (-degree[n], n))
    omitted: dict[str, int] = defaultdict(int)
    for n in left:
        omitted[scene.nodes[n].type] += 1
    edges_in = [e for e in scene.edges if e.source in keep and e.target in keep]
    edges = [e for e in edges_in if e.source in shown and e.target in shown]
    final_degree = _degrees(shown, idx)
    return Selection(
        nodes=[scene.nodes[n] for n in sorted(shown)], edges=edges, degree=final_degree,
        focus=sorted(focus), matched=len(keep), omitted=dict(sorted(omitted.items())),
        omitted_top=[(scene.nodes[n].label, degree[n]) for n in left[:TOP_OMITTED]],
        omitted_edges=len(edges_in) - len(edges), isolated=len(lonely), notes=notes)
