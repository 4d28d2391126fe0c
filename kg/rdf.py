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


def _literal(value, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
    """An rdflib literal: how `_node_triples` makes literals unless told otherwise."""
    return Literal(value, lang=lang, datatype=datatype)


def _zh(text: str, lit=_literal):
    return lit(text, "zh")


_DATE = re.compile(r"(?:([0-9]{4})-)?([0-9]{2})-([0-9]{2})")


def _date(value: str | None, lit=_literal):
    """An xsd:date (YYYY-MM-DD) or xsd:gMonthDay (MM-DD) literal (made by `lit`); None for a
    date that is not a real one (2024-02-30, 13-45), so no ill-formed typed literal is ever written."""
    if not value or not (m := _DATE.fullmatch(value)):
        return None
    year, month, day = m.groups()
    try:
        date(int(year or 2000), int(month), int(day))  # 2000, a leap year: --02-29 is real
    except ValueError:
        return None
    return lit(value, None, XSD.date) if year else lit(f"--{value}", None, XSD.gMonthDay)


def degrees(value) -> str:
    """A latitude or longitude as kg writes it: six decimals (Oxigraph keeps xsd:decimal in its
    canonical form, 28.22808; `kg.store` gives it back these digits on export)."""
    return f"{float(value):.6f}"


def _node_triples(node_id: str, attrs: dict, lit=_literal):
    """A node's triples: subject and predicate as URIRefs, objects as URIRefs or as `lit`
    makes literals (rdflib's by default; `_sorted_triples` makes pyoxigraph's)."""
    s = iri(node_id)
    cls = attrs["cls"]
    yield s, RDF.type, KG[cls]
    yield s, RDFS.label, _zh(attrs["label"], lit)
    for form in filter(None, attrs.get("alt_labels", "").split("|")):  # as a traditional page writes it
        yield s, SKOS.altLabel, _zh(form, lit)
    if cls in EVENT_CLASSES:
        yield s, RDF.type, KG.Event
        yield s, KG.eventName, _zh(attrs["label"], lit)
        if (when := _date(attrs.get("date"), lit)) is not None:
            yield s, KG.date, when
        for doc in filter(None, attrs.get("documents", "").split("|")):
            yield s, KG.reviewedDocument, _zh(doc, lit)
    if cls == "Post":
        yield s, KG.title, _zh(attrs["title"], lit)
    if "evidence" in attrs:
        yield s, KG.evidence, _zh(attrs["evidence"], lit)
        yield s, KG.evidenceStart, lit(attrs["ev_start"], None, XSD.integer)
        yield s, KG.evidenceEnd, lit(attrs["ev_end"], None, XSD.integer)
    if cls in ("AdministrativeDivision", "LocalPlace"):
        yield s, RDF.type, KG.Place
        yield s, KG.level, lit(attrs["level"])
    if cls == "AdministrativeDivision":
        yield s, KG.divisionCode, lit(attrs["code"])
        if attrs.get("end") is not None:  # a former division: the years it was in use
            yield s, KG.inUseFrom, lit(str(attrs["start"]), None, XSD.gYear)
            yield s, KG.inUseUntil, lit(str(attrs["end"]), None, XSD.gYear)
        if attrs.get("lat") is not None:
            yield s, GEO.lat, lit(degrees(attrs["lat"]), None, XSD.decimal)
            yield s, GEO.long, lit(degrees(attrs["lon"]), None, XSD.decimal)
    if cls.endswith(("Committee", "Group", "Government", "Company", "Organization")):
        yield s, RDF.type, KG.Organization
    if cls == "NewsArticle":
        yield s, DCTERMS.source, lit(attrs["source"])
        if attrs.get("headline"):
            yield s, SCHEMA.headline, _zh(attrs["headline"], lit)
        if attrs.get("dateline"):
            yield s, KG.dateline, _zh(attrs["dateline"], lit)
        if len(attrs.get("issued") or "") == 10 and (issued := _date(attrs["issued"], lit)) is not None:  # a year
            yield s, DCTERMS.issued, issued
        if attrs.get("paper"):
            yield s, KG.publishedIn, lit(attrs["paper"])
        if attrs.get("locality_source"):
            yield s, KG.localitySource, lit(attrs["locality_source"])


def homes(g: nx.MultiDiGraph) -> dict[str, str]:
    """The article whose graph (TriG) holds a node's triples: an article its own, an event or
    a post the article it is derived from; what articles share has none. A link lives where
    its subject does, else where its object does (`quads`)."""
    home = {n: n for n, cls in g.nodes(data="cls") if cls == "NewsArticle"}
    for u, v, key in sorted(g.edges(keys=True)):
        if key == "derivedFrom":
            home.setdefault(u, v)
    return home


def quads(g: nx.MultiDiGraph, known=None):
    """Every triple with the article whose graph holds it (TriG): an article's own triples,
    those of the events and posts derived from it, and every link to or from one of these
    (mentions, who holds a post); None (the default graph) for what articles share: people,
    bodies, places, campaigns and their links to each other.

    `known(node_id)`, when given, is asked once per node: a node it says is known already
    (`kg.store`: an earlier document made it) gives only its alternative labels, as a node
    keeps the attributes of the document that made it first."""
    home = homes(g)
    for node_id, attrs in g.nodes(data=True):
        where, seen = home.get(node_id), known is not None and known(node_id)
        for s, p, o in _node_triples(node_id, attrs):
            if not seen or p == SKOS.altLabel:
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


def serialize(g: nx.MultiDiGraph, fmt: str = "turtle", blocks=None) -> str:
    """Serialize deterministically: turtle, nt, jsonld, trig (RDF) or graphml, gexf.

    Turtle, N-Triples and TriG are written by pyoxigraph from sorted triples (fast, and the
    same bytes for the same graph, whatever the hash seed or input order); JSON-LD by
    `_write_jsonld`, sorted too; TriG puts each article's triples in a graph named by its
    IRI (`quads`). Turtle with `blocks` (a `kg.blocks.TurtleBlocks`) reuses the text of the
    subjects that did not change since the build before: the same bytes.
    """
    if fmt == "turtle" and blocks is not None:
        return blocks.turtle(g)
    if fmt in ("graphml", "gexf"):
        return _networkx_text(g, fmt)
    if fmt in ("turtle", "nt", "trig", "jsonld"):
        try:
            return _oxigraph_text(g, fmt)
        except ImportError:
            pass
    rdf = to_rdf(g)
    if fmt == "nt":
        return "".join(sorted(line + "\n" for line in rdf.serialize(format="nt").splitlines() if line))
    return rdf.serialize(format=fmt)


def ox_term(t):
    """An rdflib term as a pyoxigraph one (a plain literal becomes an xsd:string one)."""
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if t.language:
        return ox.Literal(str(t), language=t.language)
    return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD.string)))


def _quote(value: str) -> str:
    """A literal's lexical form quoted as rdflib's `Literal.n3` quotes it (the sort key of the
    files kg has always written)."""
    if "\n" in value:
        encoded = value.replace("\\", "\\\\")
        if '"""' in value:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + '\\"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % value.replace("\n", "\\n").replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


def n3_key(term) -> str:
    """A pyoxigraph term as rdflib's `n3()` writes it: objects sort by this."""
    if not hasattr(term, "language"):  # a NamedNode
        return f"<{term.value}>"
    if term.language:
        return f"{_quote(term.value)}@{term.language}"
    dt = term.datatype.value
    return _quote(term.value) if dt == str(XSD.string) else f"{_quote(term.value)}^^<{dt}>"


def triple_key(t) -> tuple[str, str, str]:
    """The order of triples in graph.ttl and graph.nt: subject, predicate, object (`n3_key`)."""
    return t.subject.value, t.predicate.value, n3_key(t.object)


def quad_key(q) -> tuple[str, str, str, str]:
    """The order of quads in graph.trig: graph (its node id, the default graph first), then as triples."""
    g = "" if not hasattr(q.graph_name, "value") else q.graph_name.value[len(str(DATA)):]
    return g, q.subject.value, q.predicate.value, n3_key(q.object)


def write_sorted(items, fmt: str, out) -> None:
    """Write pyoxigraph triples (quads for TriG), already in `triple_key` (`quad_key`) order
    and without repeats, to the binary file `out` as turtle, nt, trig or jsonld: the bytes
    depend on the triples alone, so an in-memory graph and a store holding the same triples
    give the same file."""
    if fmt == "jsonld":
        _write_jsonld(items, out)
        return
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG}
    if fmt == "nt":
        ox.serialize(items, out, format=formats[fmt])
        return
    import tempfile

    with tempfile.TemporaryFile() as tmp:  # the prefix lines in a fixed order, whatever the writer's map order
        ox.serialize(items, tmp, format=formats[fmt], prefixes={k: str(v) for k, v in PREFIXES.items()})
        tmp.seek(0)
        head = []
        for line in tmp:
            if not line.startswith(b"@prefix "):
                break
            head.append(line)
        out.writelines(sorted(head))
        tmp.seek(sum(map(len, head)))
        while chunk := tmp.read(1 << 20):
            out.write(chunk)


def _oxigraph_text(g: nx.MultiDiGraph, fmt: str) -> str:
    import io

    import pyoxigraph as ox

    if fmt == "trig":
        items = sorted((ox.Quad(ox_term(s), ox_term(p), ox_term(o), ox.NamedNode(str(iri(w))) if w else ox.DefaultGraph())
                        for s, p, o, w in set(quads(g))), key=quad_key)
    else:
        items = _sorted_triples(g)
    buf = io.BytesIO()
    write_sorted(items, fmt, buf)
    return buf.getvalue().decode("utf-8")


def _sorted_triples(g: nx.MultiDiGraph, subjects=None) -> list:
    """Every triple of a kg graph (of the nodes `subjects` only, if given: those whose subject
    they are) as pyoxigraph terms, without repeats and in `triple_key` order: what `triples`
    gives, made straight from the node attributes (no rdflib term on the way, each IRI made
    once, the sort key one string): about half the time on a large graph."""
    import pyoxigraph as ox

    xsd_string, nodes, Triple = ox.NamedNode(str(XSD.string)), {}, ox.Triple

    def named(value: str):
        node = nodes.get(value)
        if node is None:
            node = nodes[value] = ox.NamedNode(value)
        return node

    def lit(value, lang=None, datatype=None):  # a literal and its `n3_key`
        text = value if type(value) is str else str(value)
        if lang:
            return ox.Literal(text, language=lang), f"{_quote(text)}@{lang}"
        if datatype is None:
            return ox.Literal(text, datatype=xsd_string), _quote(text)
        return ox.Literal(text, datatype=named(datatype)), f"{_quote(text)}^^<{datatype}>"

    keyed = {}  # "subject\0predicate\0object key" (sorts as the tuple `triple_key` does) → triple

    def add(s, p, o):
        if type(o) is tuple:
            o, okey = o
        else:
            o, okey = named(o), f"<{o}>"
        keyed[f"{s}\0{p}\0{okey}"] = Triple(named(s), named(p), o)

    attributes, adjacency = g.nodes, g.adj
    for node_id in (attributes if subjects is None else subjects):
        for s, p, o in _node_triples(node_id, attributes[node_id], lit):
            add(s, p, o)
        subject = iri(node_id)
        for v, keys in adjacency[node_id].items():
            for key in keys:
                add(subject, EDGE_PREDICATES[key], iri(v))
    return [keyed[k] for k in sorted(keyed)]


def _jsonld_node(subject: str, triples) -> dict:
    """One node of the JSON-LD document: its IRI, types, properties and values, all sorted."""
    props: dict[str, list] = {}
    for t in triples:
        p, o = t.predicate.value, t.object
        if p == str(RDF.type):
            props.setdefault("@type", []).append(o.value)
        elif not hasattr(o, "language"):
            props.setdefault(p, []).append({"@id": o.value})
        elif o.language:
            props.setdefault(p, []).append({"@value": o.value, "@language": o.language})
        elif o.datatype.value == str(XSD.string):
            props.setdefault(p, []).append({"@value": o.value})
        else:
            props.setdefault(p, []).append({"@value": o.value, "@type": o.datatype.value})
    key = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    return {"@id": subject, **{p: sorted(vals, key=key) for p, vals in sorted(props.items())}}


def _write_jsonld(triples, out) -> None:
    """JSON-LD in expanded form, one node after another as the sorted triples give them: the
    bytes `json.dumps(nodes, indent=2)` would give for the whole list."""
    from itertools import groupby

    first = True
    for subject, group in groupby(triples, key=lambda t: t.subject.value):
        text = json.dumps(_jsonld_node(subject, group), ensure_ascii=False, indent=2)
        out.write((("[\n" if first else ",\n") + "  " + text.replace("\n", "\n  ")).encode("utf-8"))
        first = False
    out.write(b"[]\n" if first else b"\n]\n")


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
