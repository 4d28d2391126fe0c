"""Graph → RDF (rdflib) on the kg ontology and reused vocabularies; serializers by name.

Terms come from `ontology/kg.ttl` (the source of truth; a test checks every kg: term used
here is defined there). Output is deterministic: no blank nodes, sorted N-Triples as the
canonical form, so the same graph gives byte-identical files.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from functools import lru_cache
from urllib.parse import quote

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD


class _Vocabulary(Namespace):
    """A Namespace that makes each of its terms once (rdflib's makes and checks a new URIRef
    at every lookup, a third of the time of writing a large graph)."""

    @lru_cache(maxsize=None)
    def term(self, name: str) -> URIRef:
        return super().term(name)


KG = _Vocabulary("https://w3id.org/kgcn/ontology#")
DATA = Namespace("https://w3id.org/kgcn/id/")
ORG = _Vocabulary("http://www.w3.org/ns/org#")
SCHEMA = _Vocabulary("https://schema.org/")
GEO = _Vocabulary("http://www.w3.org/2003/01/geo/wgs84_pos#")
PREFIXES = {"kg": KG, "data": DATA, "org": ORG, "schema": SCHEMA, "geo": GEO, "prov": PROV,
            "dcterms": DCTERMS, "foaf": FOAF, "rdfs": RDFS, "owl": OWL, "skos": SKOS, "xsd": XSD}

EDGE_PREDICATES = {
    "containedIn": SCHEMA.containedInPlace, "subOrganizationOf": ORG.subOrganizationOf,
    "basedIn": KG.basedIn, "mentionedIn": KG.mentionedIn, "holds": ORG.holds, "postIn": ORG.postIn,
    "derivedFrom": PROV.wasDerivedFrom, "heldBy": KG.heldBy, "ledBy": KG.ledBy,
    "attendee": KG.attendee, "concerns": KG.concernsCampaign, "location": KG.location,
    "locality": KG.locality,
    "successor": KG.successor,
}
EVENT_CLASSES = {"Meeting", "Inspection", "Research", "Training", "Activity"}


# RFC 3987 ipath characters besides ucschar: unreserved, sub-delims, ":", "@" and "/".
_IRI_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/")
# Unicode categories escaped although ucschar would allow some of them: controls, format
# (bidi, zero-width), separators (U+2028/2029, odd spaces), private use, surrogates.
_IRI_ESCAPED_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cs"}


@lru_cache(maxsize=65536)
def _iri_char(c: str) -> str:
    """One character as it stands in an IRI path: itself, or its UTF-8 octets %-encoded."""
    code = ord(c)
    if code < 0x80:
        keep = c in _IRI_ASCII
    else:  # ucschar of RFC 3987: no surrogates or private use (D800–F8FF), no noncharacters,
        # no specials (FFF0–FFFF), no U+E0000–E0FFF, no planes 15–16 (private use)
        keep = (code >= 0xA0 and not 0xD800 <= code <= 0xF8FF and not 0xFDD0 <= code <= 0xFDEF
                and not 0xFFF0 <= code <= 0xFFFF and (code & 0xFFFE) != 0xFFFE
                and not 0xE0000 <= code <= 0xE0FFF and code < 0xF0000
                and unicodedata.category(c) not in _IRI_ESCAPED_CATEGORIES)
    return c if keep else quote(c.encode("utf-8", "surrogatepass"), safe="")


@lru_cache(maxsize=1 << 18)  # a node's IRI is wanted once for the node and once per edge end
def iri(node_id: str) -> URIRef:
    """The IRI of a node (RFC 3987): Chinese stays readable, anything else an IRI may not
    hold (``[ ] # ? %``, spaces, controls, U+2028, private use, lone surrogates …) is
    percent-encoded, so every node id gives one valid IRI and `unquote` gives it back."""
    return DATA["".join(map(_iri_char, node_id))]


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


_DATE = re.compile(r"(?:([0-9]{4})-)?([0-9]{2})-([0-9]{2})")


def _date(value: str | None) -> Literal | None:
    """An xsd:date (YYYY-MM-DD) or xsd:gMonthDay (MM-DD) literal; None for a date that is
    not a real one (2024-02-30, 13-45), so no ill-formed typed literal is ever written."""
    if not value or not (m := _DATE.fullmatch(value)):
        return None
    year, month, day = m.groups()
    try:
        date(int(year or 2000), int(month), int(day))  # 2000, a leap year: --02-29 is real
    except ValueError:
        return None
    return Literal(value, datatype=XSD.date) if year else Literal(f"--{value}", datatype=XSD.gMonthDay)


def _node_triples(node_id: str, attrs: dict):
    s = iri(node_id)
    cls = attrs["cls"]
    yield s, RDF.type, KG[cls]
    yield s, RDFS.label, _zh(attrs["label"])
    for form in filter(None, attrs.get("alt_labels", "").split("|")):  # as a traditional page writes it
        yield s, SKOS.altLabel, _zh(form)
    if cls in EVENT_CLASSES:
        yield s, RDF.type, KG.Event
        yield s, KG.eventName, _zh(attrs["label"])
        if (when := _date(attrs.get("date"))) is not None:
            yield s, KG.date, when
        for doc in filter(None, attrs.get("documents", "").split("|")):
            yield s, KG.reviewedDocument, _zh(doc)
    if cls == "Post":
        yield s, KG.title, _zh(attrs["title"])
    if "evidence" in attrs:
        yield s, KG.evidence, _zh(attrs["evidence"])
        yield s, KG.evidenceStart, Literal(attrs["ev_start"], datatype=XSD.integer)
        yield s, KG.evidenceEnd, Literal(attrs["ev_end"], datatype=XSD.integer)
    if cls in ("AdministrativeDivision", "LocalPlace"):
        yield s, RDF.type, KG.Place
        yield s, KG.level, Literal(attrs["level"])
    if cls == "AdministrativeDivision":
        yield s, KG.divisionCode, Literal(attrs["code"])
        if attrs.get("end") is not None:  # a former division: the years it was in use
            yield s, KG.inUseFrom, Literal(str(attrs["start"]), datatype=XSD.gYear)
            yield s, KG.inUseUntil, Literal(str(attrs["end"]), datatype=XSD.gYear)
        if attrs.get("lat") is not None:
            yield s, GEO.lat, Literal(f"{attrs['lat']:.6f}", datatype=XSD.decimal)
            yield s, GEO.long, Literal(f"{attrs['lon']:.6f}", datatype=XSD.decimal)
    if cls.endswith(("Committee", "Group", "Government", "Company", "Organization")):
        yield s, RDF.type, KG.Organization
    if cls == "NewsArticle":
        yield s, DCTERMS.source, Literal(attrs["source"])
        if attrs.get("headline"):
            yield s, SCHEMA.headline, _zh(attrs["headline"])
        if attrs.get("dateline"):
            yield s, KG.dateline, _zh(attrs["dateline"])
        if (issued := _date(attrs.get("issued"))) is not None and issued.datatype == XSD.date:
            yield s, DCTERMS.issued, issued
        if attrs.get("paper"):
            yield s, KG.publishedIn, Literal(attrs["paper"])
        if attrs.get("locality_source"):
            yield s, KG.localitySource, Literal(attrs["locality_source"])


def quads(g: nx.MultiDiGraph):
    """Every triple with the article whose graph holds it (TriG): an article's own triples,
    those of the events and posts derived from it, and every link to or from one of these
    (mentions, who holds a post); None (the default graph) for what articles share: people,
    bodies, places, campaigns and their links to each other."""
    home = {n: n for n, cls in g.nodes(data="cls") if cls == "NewsArticle"}
    for u, v, key in sorted(g.edges(keys=True)):
        if key == "derivedFrom":
            home.setdefault(u, v)
    for node_id, attrs in g.nodes(data=True):
        where = home.get(node_id)
        for s, p, o in _node_triples(node_id, attrs):
            yield s, p, o, where
    for u, v, key in g.edges(keys=True):
        yield iri(u), EDGE_PREDICATES[key], iri(v), home.get(u) or home.get(v)


def triples(g: nx.MultiDiGraph):
    """Every triple of a kg graph, as rdflib terms."""
    for s, p, o, _ in quads(g):
        yield s, p, o


def to_rdf(g: nx.MultiDiGraph) -> Graph:
    """The RDF graph of a kg graph."""
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    for triple in triples(g):
        out.add(triple)
    return out


def serialize(g: nx.MultiDiGraph, fmt: str = "turtle") -> str:
    """Serialize deterministically: turtle, nt, jsonld, trig (RDF) or graphml, gexf.

    Turtle, N-Triples and TriG are written by pyoxigraph from sorted triples (fast, and the
    same bytes for the same graph, whatever the hash seed or input order); JSON-LD by
    `_jsonld_text`, sorted too; TriG puts each article's triples in a graph named by its
    IRI (`quads`).
    """
    if fmt in ("graphml", "gexf"):
        return _networkx_text(g, fmt)
    if fmt == "jsonld":
        return _jsonld_text(g)
    if fmt in ("turtle", "nt", "trig"):
        try:
            return _oxigraph_text(g, fmt)
        except ImportError:
            pass
    rdf = to_rdf(g)
    if fmt == "nt":
        return "".join(sorted(line + "\n" for line in rdf.serialize(format="nt").splitlines() if line))
    return rdf.serialize(format=fmt)


def _oxigraph_text(g: nx.MultiDiGraph, fmt: str) -> str:
    import pyoxigraph as ox

    def term(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD.string)))

    if fmt == "trig":
        ordered = sorted(set(quads(g)), key=lambda q: (q[3] or "", str(q[0]), str(q[1]), q[2].n3()))
        items = (ox.Quad(term(s), term(p), term(o), ox.NamedNode(str(iri(w))) if w else ox.DefaultGraph())
                 for s, p, o, w in ordered)
    else:
        ordered = sorted(set(triples(g)), key=lambda t: (str(t[0]), str(t[1]), t[2].n3()))
        items = (ox.Triple(term(s), term(p), term(o)) for s, p, o in ordered)
    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG}
    out = ox.serialize(items, format=formats[fmt],
                       prefixes={k: str(v) for k, v in PREFIXES.items()} if fmt != "nt" else None)
    text = out.decode("utf-8")
    if fmt != "nt":  # the prefix lines in a fixed order, whatever the writer's map order
        lines = text.split("\n")
        head = [line for line in lines if line.startswith("@prefix ")]
        text = "\n".join(sorted(head) + lines[len(head):])
    return text


def _jsonld_text(g: nx.MultiDiGraph) -> str:
    """JSON-LD in expanded form: nodes by IRI, types, properties and values all sorted."""
    nodes: dict[str, dict[str, list]] = {}
    for s, p, o in set(triples(g)):
        props = nodes.setdefault(str(s), {})
        if p == RDF.type:
            props.setdefault("@type", []).append(str(o))
        elif isinstance(o, URIRef):
            props.setdefault(str(p), []).append({"@id": str(o)})
        elif o.language:
            props.setdefault(str(p), []).append({"@value": str(o), "@language": o.language})
        elif o.datatype in (None, XSD.string):
            props.setdefault(str(p), []).append({"@value": str(o)})
        else:
            props.setdefault(str(p), []).append({"@value": str(o), "@type": str(o.datatype)})
    key = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    doc = [{"@id": s, **{p: sorted(vals, key=key) for p, vals in sorted(props.items())}}
           for s, props in sorted(nodes.items())]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# What XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/FFFF).
_XML_UNFIT = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(value):
    """A value GraphML and GEXF can hold: XML-forbidden characters become U+FFFD."""
    return _XML_UNFIT.sub("\ufffd", value) if isinstance(value, str) else value


def _networkx_text(g: nx.MultiDiGraph, fmt: str) -> str:
    import io

    flat = nx.MultiDiGraph()
    for node_id in sorted(g.nodes):
        attrs = {k: _xml_safe(v) for k, v in g.nodes[node_id].items() if v is not None}
        flat.add_node(_xml_safe(node_id), **attrs)
    for u, v, key in sorted(g.edges(keys=True)):
        flat.add_edge(_xml_safe(u), _xml_safe(v), key=key, relation=key)
    buf = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat, buf)
    return buf.getvalue().decode("utf-8")
