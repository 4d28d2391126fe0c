"""`Extraction`s → one graph across documents (networkx MultiDiGraph) with stable node ids.

Node ids are IRI paths under the data namespace, made from content only, so the same
inputs give the same ids in any order and an unrelated file never changes them:

- a division is `place/<code>`, a former one (renamed, merged, abolished) `place/<code>@<first
  year>`, linked by `successor` to the divisions that took it over, down to today's;
- a person is `person/<name>@<province code>`: same-name persons merge only when their
  posts (or, failing posts, their pages) place them in the same province — two 张伟 in
  different provinces stay two people; every merge is kept in `graph.graph["merges"]`;
- a body is `org/<canonical name>`; one whose name says no place (县委 on a page that never
  says which county, 校党委 of a school it never names) is that page's own,
  `org/<page id>/<name>`, so two counties' 县委 stay two bodies; a town, village or site
  `place/<county code>/<name>`; a campaign `campaign/<name>`;
- an article is `article/<id>-<n>`, <id> the first 16 hex of the sha256 of its page's
  address (`source`, http or https) where it has one, so the same page crawled twice is
  one article, else of its text; the events and posts it states hang off it (`event/…`, `post/…`), each with its evidence sentence and span.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from .gazetteer import Division, gazetteer
from .model import Extraction
from .normalize import original_form
from .orgs import parent_org
from .patterns import division_spans, former_spans, national_bodies

ORG_CLASSES = (  # suffix of the canonical name → class (first match wins)
    ("党组理论学习中心组", "PartyGroup"), ("党组", "PartyGroup"), ("政协常委会", "StandingCommittee"),
    ("政协", "CPPCCCommittee"), ("人大常委会", "CongressStandingCommittee"), ("政府", "Government"),
    ("委常委会", "PartyCommittee"), ("党委", "PartyCommittee"), ("委", "PartyCommittee"),
    ("公司", "Company"),
)
# A body's name opening with a level or a kind of unit: where it names no division, it is
# a page's short reference (县委, 市政协党组, 镇党委, 街道党工委) or its own unit (学校, 院党委).
_UNPLACED = re.compile(r"(?:自治区|省|市|县|区|州|旗|盟|镇|乡|街道|社区|村|学校|校|学院|院|系|医院|集团|公司|党委|党组|党工委|党总支|党支部|机关)")
# The page's own place, as its reporters write it: 来我县调研, 在本市召开.
_OUR_PLACE = re.compile(r"[我本](?P<level>[省市县区州旗盟])")
EVENT_CLASSES = {"meeting": "Meeting", "inspection": "Inspection", "research": "Research",
                 "training": "Training", "activity": "Activity"}
_SENTENCE_END = re.compile(r"[。!?;\n]")
_PART_PLACES: dict = {}  # `org_place` of the bodies `document_part` met in this process


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# A person whose post is in a central body (中共中央总书记) is placed at the national level.
NATIONAL = Division("000000", "全国", "country", "", None, None)


def is_national(org: str) -> bool:
    return org in national_bodies().values() or org.startswith(("中共中央", "中央", "国务院", "国家", "全国"))


def org_class(name: str) -> str:
    for suffix, cls in ORG_CLASSES:
        if name.endswith(suffix):
            return cls
    return "OtherOrganization"


def org_place(name: str) -> Division | None:
    """The division a body's canonical name starts with (武威市政协 → 武威市; 闸北区政协 → the
    former 闸北区)."""
    spans = [s for s in division_spans(name) + former_spans(name) if s[0] == 0]
    if not spans:
        return None
    return gazetteer().resolve(max(spans, key=lambda s: s[1])[2])


def document_id(doc) -> str:
    """16 hex: the sha256 of the document's address (http or https), else of its text."""
    address = doc.source if doc.source and doc.source.startswith(("http://", "https://")) else None
    data = address if address is not None else doc.original
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_year(ex: Extraction) -> int | None:
    """The year of the page's publication date, which dates its division names."""
    date = ex.doc.pub_date or ""
    return int(date[:4]) if date[:4].isdigit() else None


def place_division(name: str, year: int | None) -> Division | None:
    """The division a place mention's canonical name stood for in `year` (undated: today's,
    else the former one that bore it latest)."""
    g = gazetteer()
    d = g.resolve(name, year=year)
    if d is None and year is not None:  # ambiguous that year: as undated
        d = g.resolve(name)
    return d if d is not None and d.name == name else None


_SENTENCE_ENDS = "。!?;\n"  # the characters `_SENTENCE_END` matches


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around [start, end): from after the last sentence end in the 300
    characters before `start` (found by `str.rfind`, no scan of every match) to the next one."""
    floor = max(0, start - 300)
    left = max(text.rfind(c, floor, start) for c in _SENTENCE_ENDS)
    right = _SENTENCE_END.search(text, max(start, end - 1))  # a span ending on its sentence's 。 ends there
    lo = left + 1 if left >= 0 else floor
    return lo, (right.end() if right else len(text))


@dataclass
class GraphPart:
    """One document's share of the graph, made on its own (`document_part`): its nodes with
    their attributes, its edges (u, v, key) and its persons, in the order a `GraphBuilder`
    made them; `GraphBuilder.merge` adds it to a graph as `GraphBuilder.add` adds the
    document. Plain data, so it is cached with the document and sent from workers.

    The nodes are one dict, not (id, attributes) pairs, and the edges one flat list, not
    (u, v, key) triples: the cyclic garbage collector never stops tracking a pair that holds a
    dict, and goes over each new triple once before it stops; a build that holds 5,000 cached
    pages' parts had 100,000 such pairs and 200,000 triples to unpickle and go over."""

    doc: str  # the document's name, in the merge ledger
    nodes: dict[str, dict]  # node id → attributes
    edges: list[str]  # u, v, key of the first edge, then of the second…
    persons: list[str]


def _joined(labels: str, forms: list[str]) -> str:
    """A node's "|"-joined alternative labels with more forms: sorted, each once."""
    return "|".join(sorted(set(filter(None, labels.split("|"))) | set(forms)))


def document_part(ex: Extraction) -> GraphPart:
    """The graph one document makes alone, as a `GraphPart`."""
    builder = GraphBuilder(_PART_PLACES)
    builder.add(ex)
    g = builder.g
    return GraphPart(ex.doc.name, dict(g.nodes(data=True)), [end for edge in g.edges(keys=True) for end in edge],
                     list(g.graph["merges"]))


class GraphBuilder:
    """Accumulates extractions, one document at a time (so memory follows the graph)."""

    def __init__(self, places: dict | None = None):
        self.g = nx.MultiDiGraph()
        self.g.graph["merges"] = defaultdict(list)
        # `org_place` of each body seen, asked once a build (or once a process: `document_part`)
        self._places: dict[str, Division | None] = {} if places is None else places
        self._page: str | None = None  # the id of the page being added: its unplaced bodies are its own

    def merge(self, part: GraphPart) -> None:
        """Add a document's `GraphPart`: the graph `add` of that document would make. A node
        an earlier document made keeps its attributes (as `node` keeps them) and gains the
        part's alternative labels; edges and the merge ledger are unions, in document order."""
        g, merges = self.g, self.g.graph["merges"]
        # networkx's own dicts, as its add_node and add_edge fill them (a third of their time):
        # a part's edges join nodes of the part, added first
        node, succ, pred = g._node, g._succ, g._pred
        for node_id, attrs in part.nodes.items():
            if node_id not in node:
                node[node_id], succ[node_id], pred[node_id] = dict(attrs), {}, {}
            elif forms := attrs.get("alt_labels"):
                old = node[node_id]
                old["alt_labels"] = _joined(old.get("alt_labels", ""), forms.split("|"))
        edges = iter(part.edges)
        for u, v, key in zip(edges, edges, edges):
            if (keys := succ[u].get(v)) is None:
                keys = succ[u][v] = pred[v][u] = {}
            if key not in keys:
                keys[key] = {}
        nx._clear_cache(g)
        for person in part.persons:
            if part.doc not in (docs := merges[person]):
                docs.append(part.doc)

    def org_place(self, name: str) -> Division | None:
        """`org_place(name)`, worked out once a build (a body's posts ask it on every page)."""
        if name not in self._places:
            self._places[name] = org_place(name)
        return self._places[name]

    # -- nodes ---------------------------------------------------------------------------
    def node(self, node_id: str, cls: str, label: str, **attrs) -> str:
        if node_id not in self.g:
            self.g.add_node(node_id, cls=cls, label=label, **attrs)
        return node_id

    def division(self, d: Division) -> str:
        node = f"place/{d.uid}"
        if node in self.g:
            return node
        years = {} if d.current else {"start": d.start, "end": d.end}
        self.node(node, "AdministrativeDivision", d.name, level=d.level, code=d.code, lat=d.lat,
                  lon=d.lon, **years)
        g = gazetteer()
        if (parent := g.parent(d)) is not None:
            self.g.add_edge(node, self.division(parent), key="containedIn")
        for after in ([] if d.current else g.next_divisions(d)):  # 崇文区 → 东城区
            self.g.add_edge(node, self.division(after), key="successor")
        return node

    def org(self, name: str) -> str:
        node = f"org/{self._page}/{name}" if self._page and self.unplaced(name) else f"org/{name}"
        if node in self.g:
            return node
        self.node(node, org_class(name), name)
        if (parent := parent_org(name)) != name:
            self.g.add_edge(node, self.org(parent), key="subOrganizationOf")
        elif name.endswith("常委会") and name[:-3].endswith("委"):
            self.g.add_edge(node, self.org(name[:-3]), key="subOrganizationOf")
        if (d := self.org_place(name)) is not None:
            self.g.add_edge(node, self.division(d), key="basedIn")
        return node

    def unplaced(self, name: str) -> bool:
        """Whether a body's name stands for one body on its page only: it opens with a level or
        a kind of unit (县委, 市政协, 镇党委, 学校, 校党委, 集团公司) and names no division."""
        return bool(_UNPLACED.match(name)) and self.org_place(name) is None

    def person(self, name: str, province: Division | None, doc_name: str) -> str:
        code = province.code[:2] if province else "00"  # 00: national, or not known
        node = self.node(f"person/{name}@{code}", "Person", name)
        merges = self.g.graph["merges"][node]
        if doc_name not in merges:
            merges.append(doc_name)
        return node

    # -- one document --------------------------------------------------------------------
    def add(self, ex: Extraction) -> None:
        doc = ex.doc
        sha = self._page = document_id(doc)
        provinces = self._person_provinces(ex)
        for n, article in enumerate(ex.articles):
            a_lo, a_hi = article.start, article.end
            art = self.node(f"article/{sha}-{n}", "NewsArticle", article.headline or doc.name,
                            source=doc.source or doc.name, headline=article.headline,
                            dateline=article.dateline, issued=doc.pub_date, paper=doc.paper,
                            locality_source=ex.locality_sources[n] if n < len(ex.locality_sources) else None)
            locale = ex.locales[n] if n < len(ex.locales) else None
            if locale is not None:  # where the article is set (kg.locality), and by what source
                self.g.add_edge(art, self.division(locale), key="locality")
            inside = lambda x: a_lo <= x.start < a_hi or (x.start == a_hi == x.end)  # noqa: E731
            for m in (m for m in ex.mentions if inside(m)):
                target = self._mention(m, locale, provinces, doc.name, article_year(ex))
                if target and not self.g.has_edge(target, art, key="mentionedIn"):
                    self.g.add_edge(target, art, key="mentionedIn")
                if target and doc.simplified is not None:
                    self._alt_label(target, m, original_form(doc, m.start, m.end))
            for i, p in enumerate(p for p in ex.positions if inside(p)):
                self._post(ex, p, art, i, provinces)
            for i, e in enumerate(e for e in ex.events if inside(e)):
                self._event(ex, e, art, i, provinces, locale)
        # the page header's editor credit belongs to no article
        for p in (p for p in ex.positions if not ex.articles or p.start < ex.articles[0].start):
            self.person(p.person, provinces.get(p.person), doc.name)
        self._page = None

    def _alt_label(self, node: str, m, form: str) -> None:
        """The form a page in traditional script writes a name in, beside its simplified label
        (`alt_labels`, "|"-joined and sorted): only where the mention is the whole name."""
        attrs = self.g.nodes[node]
        if m.text != m.key or attrs["label"] != m.key or form == m.key or "|" in form or "\n" in form:
            return
        attrs["alt_labels"] = _joined(attrs.get("alt_labels", ""), [form])

    def _person_provinces(self, ex: Extraction) -> dict[str, Division | None]:
        """Each name's province: from the bodies of its posts, else the page's province."""
        g = gazetteer()
        out: dict[str, Division | None] = {}
        for p in sorted(ex.positions, key=lambda p: (p.org is None, p.org or "")):
            if p.person not in out or out[p.person] is None:
                d = self.org_place(p.org) if p.org else None
                out[p.person] = g.province(d) if d else NATIONAL if p.org and is_national(p.org) else None
        for m in ex.mentions:
            if m.label == "PERSON" and out.get(m.key) is None:
                out[m.key] = ex.province
        return {k: (v or ex.province) for k, v in out.items()}

    def _mention(self, m, locale, provinces, doc_name, year=None) -> str | None:
        if m.label == "PERSON":
            return self.person(m.key, provinces.get(m.key), doc_name)
        if m.label == "ORG":
            return self.org(m.key)
        if m.label == "CAMPAIGN":
            return self.node(f"campaign/{m.key}", "Campaign", m.key)
        if m.label == "PLACE":
            if (d := place_division(m.key, year)) is not None:
                return self.division(d)
            county = locale.code if locale else "000000"
            node = self.node(f"place/{county}/{m.key}", "LocalPlace", m.key, level="local")
            if locale is not None and not self.g.has_edge(node, f"place/{county}", key="containedIn"):
                self.g.add_edge(node, self.division(locale), key="containedIn")
            return node
        return None

    def _evidence(self, ex: Extraction, start: int, end: int) -> dict:
        lo, hi = sentence_span(ex.doc.text, start, end)
        o_lo, o_hi = ex.doc.original_span(lo, hi)
        return {"evidence": ex.doc.text[lo:hi].strip(), "ev_start": o_lo, "ev_end": o_hi}

    def _post(self, ex, p, art, i, provinces) -> None:
        person = self.person(p.person, provinces.get(p.person), ex.doc.name)
        node = self.node(f"post/{_digest(art, p.person, p.org or '', p.title)}", "Post",
                         f"{p.org or ''}{p.title}", title=p.title, **self._evidence(ex, p.start, p.end))
        self.g.add_edge(person, node, key="holds")
        if p.org:
            self.g.add_edge(node, self.org(p.org), key="postIn")
        self.g.add_edge(node, art, key="derivedFrom")

    def _event(self, ex, e, art, i, provinces, locale: Division | None = None) -> None:
        node = self.node(f"event/{_digest(art, e.org or '', e.date or '', e.name)}",
                         EVENT_CLASSES.get(e.type, "Activity"), e.name, date=e.date,
                         documents="|".join(e.documents), **self._evidence(ex, e.start, e.end))
        if e.org:
            self.g.add_edge(node, self.org(e.org), key="heldBy")
        for m in ex.mentions:  # campaigns and divisions named in the event's sentence
            if not e.start <= m.start < e.end:
                continue
            if m.label == "CAMPAIGN" and not self.g.has_edge(node, f"campaign/{m.key}", key="concerns"):
                self.g.add_edge(node, self._mention(m, None, provinces, ex.doc.name), key="concerns")
            d = place_division(m.key, article_year(ex)) if m.label == "PLACE" else None
            if d is not None and not self.g.has_edge(node, f"place/{d.uid}", key="location"):
                self.g.add_edge(node, self.division(d), key="location")
        if locale is not None and (own := _OUR_PLACE.search(ex.doc.text, e.start, e.end)) and locale.name.endswith(own["level"]) \
                and not self.g.has_edge(node, f"place/{locale.uid}", key="location"):
            self.g.add_edge(node, self.division(locale), key="location")  # 来我县调研: the page's own county
        for name in e.leaders:
            self.g.add_edge(node, self.person(name, provinces.get(name), ex.doc.name), key="ledBy")
        for name in e.attendees:
            self.g.add_edge(node, self.person(name, provinces.get(name), ex.doc.name), key="attendee")
        self.g.add_edge(node, art, key="derivedFrom")


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """One graph from many documents' extractions."""
    builder = GraphBuilder()
    for ex in extractions:
        builder.add(ex)
    return builder.g
