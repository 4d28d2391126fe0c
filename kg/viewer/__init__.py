"""Interactive graph views: graph → `Scene` → `Selection` → self-contained HTML (see `view`).

    >>> v = view("exports/graph.ttl", focus="张明", depth=2)   # doctest: +SKIP
    >>> v.save("view.html"); v.save("part.html", fragment=True)  # doctest: +SKIP
    >>> v            # in Jupyter: shows the view                # doctest: +SKIP
"""
from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from ..output import write_atomic
from .load import read_graph
from .model import Filters, Selection, ViewError
from .render import render
from .scene import scene
from .select import select

__all__ = ["View", "ViewError", "view"]


class View:
    """A graph view: `.html` is a whole page, `.fragment` drops into a report page; both open offline."""

    def __init__(self, selection: Selection, heading: str, height: str = "640px"):
        self.selection, self.heading, self.height = selection, heading, height

    @property
    def html(self) -> str:
        return render(self.selection, heading=self.heading, height=self.height, page=True)

    @property
    def fragment(self) -> str:
        return render(self.selection, heading=self.heading, height=self.height, page=False)

    def save(self, path: str | Path, *, fragment: bool = False) -> Path:
        """Write the page (or the fragment) atomically; returns the path."""
        write_atomic(path, self.fragment if fragment else self.html)
        return Path(path)

    def _repr_html_(self) -> str:
        """Jupyter: the page in an iframe, so its scripts and styles stay apart from the notebook's."""
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" title="{html.escape(self.heading)}" '
                f'style="width: 100%; height: calc({self.height} + 190px); border: 0"></iframe>')

    def __repr__(self) -> str:
        return f"<View {self.heading!r}: {len(self.selection.nodes)} nodes, {len(self.selection.edges)} edges>"


def view(source: str | Path | nx.MultiDiGraph, *, focus: str | tuple[str, ...] | list[str] = (), depth: int = 2,
         types: tuple[str, ...] | list[str] | None = None, place: str | None = None, body: str | None = None,
         date_from: str | None = None, date_to: str | None = None, max_nodes: int = Filters.max_nodes,
         isolated: bool = False, heading: str | None = None, height: str = "640px") -> View:
    """A view of a graph file (`graph.ttl`, .nt, .jsonld, .trig) or of a graph from `kg.pipeline.build`.

    `focus` names the nodes to centre on (with everything within `depth` steps); `types`,
    `place` (with its sub-places), `body` (with its sub-bodies) and the dates narrow the view;
    `max_nodes` caps it, keeping the focus and the most connected nodes; nodes with no edge
    in the view are left out unless `isolated`. The page says what was left out.
    """
    focus = (focus,) if isinstance(focus, str) else tuple(focus)
    graph = source if isinstance(source, nx.MultiDiGraph) else read_graph(source)
    filters = Filters(focus=focus, depth=depth, types=tuple(types) if types else None, place=place,
                      body=body, date_from=date_from, date_to=date_to, max_nodes=max_nodes,
                      isolated=isolated)
    if heading is None:
        what = f"{'、'.join(focus)}：{depth} 步以内的关系" if focus else "关系图"
        heading = f"{what}（{Path(source).name}）" if not isinstance(source, nx.MultiDiGraph) else what
    return View(select(scene(graph), filters), heading, height)
