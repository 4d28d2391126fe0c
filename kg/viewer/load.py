"""A graph file written by `kg build` → the networkx graph `kg.graph` makes, read with pyoxigraph."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from ..rdf import DATA, EDGE_PREDICATES, GEO, KG, SCHEMA
from .model import ViewError

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCT = "http://purl.org/dc/terms/"
SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
EDGE_KEYS = {str(p): key for key, p in EDGE_PREDICATES.items()}
ATTRIBUTES = {  # literal predicate → node attribute, as kg.rdf writes them
    "http://www.w3.org/2000/01/rdf-schema#label": "label", str(KG.date): "date",
    str(KG.evidence): "evidence", str(KG.evidenceStart): "ev_start", str(KG.evidenceEnd): "ev_end",
    str(KG.title): "title", str(KG.level): "level", str(KG.divisionCode): "code",
    str(GEO.lat): "lat", str(GEO.long): "lon", DCT + "source": "source",
    str(SCHEMA.headline): "headline", str(KG.dateline): "dateline", DCT + "issued": "issued",
    str(KG.publishedIn): "paper",
}
SUPERCLASSES = {"Event", "Organization", "Place"}  # kg.rdf types a node with its class and these
FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
           ".trig": ox.RdfFormat.TRIG}


def node_id(iri: str) -> str | None:
    """`…/id/person/王毅@62` → `person/王毅@62`; None for IRIs outside the data namespace."""
    return unquote(iri[len(str(DATA)):]) if iri.startswith(str(DATA)) else None


def _value(attribute: str, literal: ox.Literal):
    if attribute in ("ev_start", "ev_end"):
        return int(literal.value)
    if attribute in ("lat", "lon"):
        return float(literal.value)
    text = literal.value
    return text[2:] if attribute == "date" and text.startswith("--") else text  # gMonthDay --06-18


def from_triples(triples) -> nx.MultiDiGraph:
    """The kg graph of (subject, predicate, object) pyoxigraph terms, in sorted order."""
    g = nx.MultiDiGraph()
    documents: dict[str, list[str]] = {}
    alt_labels: dict[str, list[str]] = {}
    for s, p, o in sorted(triples, key=lambda t: (t[0].value, t[1].value, str(t[2]))):
        subject = node_id(s.value)
        if subject is None:
            continue
        if subject not in g:
            g.add_node(subject)
        attrs, pred = g.nodes[subject], p.value
        if pred == RDF_TYPE and o.value.startswith(str(KG)) and o.value[len(str(KG)):] not in SUPERCLASSES:
            attrs["cls"] = o.value[len(str(KG)):]
        elif pred in ATTRIBUTES and isinstance(o, ox.Literal):
            attrs[ATTRIBUTES[pred]] = _value(ATTRIBUTES[pred], o)
        elif pred == str(KG.reviewedDocument):
            documents.setdefault(subject, []).append(o.value)
        elif pred == SKOS_ALT_LABEL:
            alt_labels.setdefault(subject, []).append(o.value)
        elif pred in EDGE_KEYS and isinstance(o, ox.NamedNode) and (target := node_id(o.value)):
            g.add_edge(subject, target, key=EDGE_KEYS[pred])
    for n, attrs in g.nodes(data=True):
        attrs.setdefault("cls", "OtherOrganization")
        attrs.setdefault("label", n.split("/", 1)[-1])
        if n in documents:
            attrs["documents"] = "|".join(documents[n])
        if n in alt_labels:
            attrs["alt_labels"] = "|".join(sorted(alt_labels[n]))
    return g


def _read_store(path: Path) -> nx.MultiDiGraph:
    """A store folder (`kg build --store`) as a kg graph: the view needs the whole graph."""
    from ..store import StoreError, open_store

    try:
        store = open_store(path)
    except StoreError as exc:
        raise ViewError(str(exc)) from None
    triples = [(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)]
    if not triples:
        raise ViewError(f"{path}: the graph is empty")
    return from_triples(triples)


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph file (`graph.ttl`, or .nt/.jsonld/.trig by suffix) or a store folder into a kg graph."""
    path = Path(path)
    if path.is_dir():
        return _read_store(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ViewError(f"{path}: not a graph file kg reads (give .ttl, .nt, .jsonld or .trig)")
    try:
        triples = [(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)]
    except OSError as exc:
        reason = re.sub(r"\s*\(os error \d+\)$", "", str(exc.strerror or exc))  # pyoxigraph's Rust suffix
        raise ViewError(f"{path}: cannot read graph ({reason})") from None
    except (SyntaxError, ValueError) as exc:
        raise ViewError(f"{path}: not valid {path.suffix[1:]} ({exc})") from None
    if not triples:
        raise ViewError(f"{path}: the graph is empty")
    return from_triples(triples)
