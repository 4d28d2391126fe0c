"""The viewer's data model: a `Scene` (what a view can show) and a `Selection` (what it shows).

A scene is the kg graph as a reader sees it: posts folded into 任职 edges, every edge
pointing the way it reads (person 主持 event) and carrying the sentences that state it.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class ViewError(Exception):
    """A view that cannot be made as asked (unknown name, bad date, unreadable graph)."""


@dataclass(frozen=True, order=True)
class Evidence:
    """A sentence that states a fact, and where: article source file, character span in it."""

    source: str
    start: int
    end: int
    sentence: str
    headline: str = ""


@dataclass
class SceneNode:
    id: str
    cls: str
    type: str  # person, event, org, place, campaign, article
    label: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # tooltip rows (key, value)
    date: str | None = None  # events: YYYY-MM-DD or MM-DD


@dataclass
class SceneEdge:
    source: str
    target: str
    relation: str  # ledBy, attendee, post, heldBy, … (keys of view_style.json's relations)
    details: list[str] = field(default_factory=list)  # e.g. the titles of a 任职 edge
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Scene:
    nodes: dict[str, SceneNode]
    edges: list[SceneEdge]  # one per (source, target, relation), sorted


@dataclass(frozen=True)
class Filters:
    """What to show; every field optional. Dates are YYYY-MM-DD, inclusive."""

    focus: tuple[str, ...] = ()
    depth: int = 2
    types: tuple[str, ...] | None = None  # None: every type but articles
    place: str | None = None
    body: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    max_nodes: int = 400
    isolated: bool = False  # keep nodes with no edge in the view (default: leave them out, and say so)


@dataclass
class Selection:
    """The nodes and edges a view shows, and an account of what it left out and why."""

    nodes: list[SceneNode]
    edges: list[SceneEdge]
    degree: dict[str, int]  # distinct neighbours within the selection
    focus: list[str]
    matched: int  # nodes that passed the filters, before the cap
    omitted: dict[str, int]  # by type: nodes the cap left out
    omitted_top: list[tuple[str, int]]  # the most connected of those, with their degree
    omitted_edges: int
    isolated: int  # nodes left out for having no edge among the rest
    notes: list[str]  # the filters applied, in words
