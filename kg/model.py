"""The data model shared by every stage: frozen dataclasses with half-open character spans.

Offsets in `Mention`, `Article` and sentence spans index the *normalized* text of a
`Document`; `Document.original_span` maps them back into the original text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A normalized page: `text` plus, for every character, its offset in `original`."""

    name: str
    original: str
    text: str
    offsets: Sequence[int]  # an array("q"): one original offset per character of `text`
    pub_date: str | None = None  # YYYY-MM-DD, from the page, a sidecar or the caller
    place: str | None = None  # locality a user gave (sidecar / --place)
    source: str | None = None
    paper: str | None = None
    # the original converted to simplified script character by character (same length), where
    # the page was in traditional script (`kg.normalize.to_simplified`); `text` is made from it
    simplified: str | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to the span of `original` it came from."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Article:
    """One article of a page: headline, dateline locality, byline and body, as spans."""

    start: int
    end: int
    headline: str
    dateline: str | None = None  # the X of 本报X讯
    date: str | None = None  # MM-DD of the lead sentence
    kind: str = "article"  # article | caption


@dataclass(frozen=True)
class Mention:
    """A typed surface form at [start, end) of the normalized text."""

    label: str  # PERSON ORG PLACE CAMPAIGN
    text: str
    start: int
    end: int
    canonical: str = ""

    @property
    def key(self) -> str:
        return self.canonical or self.text


class SpanIndex:
    """Mentions sorted by start, to take those starting in [lo, hi) without a full scan."""

    def __init__(self, mentions):
        self.items = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.items]

    def between(self, lo: int, hi: int) -> list:
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def add(self, mention) -> None:
        """One more mention, in its place."""
        at = bisect_right(self.starts, mention.start)
        self.items.insert(at, mention)
        self.starts.insert(at, mention.start)


@dataclass(frozen=True)
class Position:
    person: str
    title: str
    org: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    org: str | None
    name: str
    type: str
    date: str | None
    leaders: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    start: int = 0
    end: int = 0  # the evidence sentence


@dataclass
class Extraction:
    """Everything found in one document."""

    doc: Document
    articles: list[Article] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    locales: list = field(default_factory=list)  # gazetteer Division (or None) per article
    locality_sources: list = field(default_factory=list)  # what decided each locale (kg.locality.SOURCES) or None
    warnings: list = field(default_factory=list)  # messages about the extraction (e.g. no locality found)
    province: object = None  # the Division the page is about, if known
