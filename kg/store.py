"""An on-disk graph (`kg build --store DIR`): each document's triples go into an Oxigraph
store as soon as it is read, so the memory a build needs does not follow the corpus.

A store folder holds
- `oxigraph/`: a pyoxigraph `Store` with the triples of an in-memory build of the same
  inputs, all in the default graph (named graphs, one per article, made union queries two to
  three times slower): every export dumped from it is byte-identical;
- `ledger.sqlite`: the merge ledger, one row per (person node, document name), which an
  in-memory build keeps in `graph.graph["merges"]` (`kg build --explain-merges`), and the
  ids of the nodes loaded so far (asking the store instead, while loading it, costs memory
  that grows with the store), and each article's, event's and post's article (`kg.rdf.homes`),
  which names the graphs of the TriG export; and the rows of `who-led`, which the store
  answers from that table (`kg.precomputed`: a join per event in the store is too slow);
- `kg-store.json`: marks the folder as a kg store, with the build's counts.

What `kg.graph.GraphBuilder` decides across documents is done here in bounded passes: IRIs
are content-based, so a node two documents name is one node in the store; a node keeps the
attributes of the document that made it first (a node the store holds already gets only its
edges and alternative labels from a later document); the ledger grows in SQLite; nodes and
classes are counted as they first come, edges with SPARQL at the end. Exports are sorted on
disk in runs (a merge sort), so dumping a large store needs bounded memory too.

A build writes a new folder beside DIR and swaps it in when it is complete: a failed or
interrupted build leaves DIR as it was and no half-written folder. DIR may be missing, an
empty folder or a store kg built (rebuilt, not added to); anything else is refused.
"""
from __future__ import annotations

import heapq
import json
import os
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from . import precomputed
from .rdf import EDGE_PREDICATES, XSD, degrees, homes, iri, ox_term, quad_key, quads, triple_key, write_sorted

MARKER, DATA, LEDGER = "kg-store.json", "oxigraph", "ledger.sqlite"
STORE_FORMAT = 2  # the layout above; a store of another layout is rebuilt, not read
EXPORTS = ("turtle", "nt", "trig", "jsonld")  # what a store dumps (GraphML and GEXF need the networkx graph)
_DECIMAL = ox.NamedNode(str(XSD.decimal))


class StoreError(Exception):
    """A store folder that cannot be built, replaced or read; the message names it."""


@dataclass
class StoreSummary:
    """What a build put in the store: documents, nodes by class and edges."""

    documents: int = 0
    classes: Counter = field(default_factory=Counter)
    edges: int = 0

    @property
    def nodes(self) -> int:
        return sum(self.classes.values())


def is_store(path: str | Path) -> bool:
    """Whether `path` is a folder `build_store` wrote."""
    return (Path(path) / MARKER).is_file() and (Path(path) / DATA).is_dir()


def summary(path: str | Path) -> StoreSummary:
    """The counts a store's build recorded."""
    info = _marker(path)
    return StoreSummary(info["documents"], Counter(info["classes"]), info["edges"])


def _marker(path: str | Path) -> dict:
    try:
        info = json.loads((Path(path) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: not a kg store ({getattr(exc, 'strerror', None) or exc})") from None
    if not isinstance(info, dict) or info.get("kg_store") != STORE_FORMAT:
        raise StoreError(f"{path}: a kg store of another layout; build it again with kg build --store")
    return info


def open_store(path: str | Path) -> ox.Store:
    """A store kg built, opened read-only (any number of readers; no writer meanwhile)."""
    _marker(path)
    try:
        return ox.Store.read_only(str(Path(path) / DATA))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from None


def build_store(inputs: Iterable[str], path: str | Path, *, date: str | None = None, place: str | None = None,
                tally=None, on_result: Callable | None = None, batch: int = 50_000, **how) -> StoreSummary:
    """Inputs → the store at `path`, document by document (`kg.pipeline.run`), each batch of
    `batch` quads bulk-loaded; every Result goes to `on_result` as it comes (then forgotten);
    `how` is how `run` extracts (jobs=, scheduler=, cache=, progress=).
    Raises StoreError when `path` is something else than a store, or no input could be read
    (`path` is then left as it was)."""
    from .pipeline import Tally, run

    path, tally = Path(path), tally if tally is not None else Tally()
    _check_target(path)
    work = Path(tempfile.mkdtemp(prefix=f".{path.name}.building-", dir=path.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(work, 0o777 & ~umask)  # mkdtemp makes 0700; give the store the usual mode
        loader = _Loader(work, batch)
        for result in run(inputs, date=date, place=place, tally=tally, **how):
            if result.extraction is not None:
                loader.add(result.extraction)
                result.extraction = None
            if on_result is not None:
                on_result(result)
        done = loader.finish()
        if not tally.read:
            raise StoreError(f"no input could be read, nothing to write; {path} left as it was")
        _write_marker(work, done)
        _swap_in(work, path)
        return done
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_marker(folder: Path, done: StoreSummary) -> None:
    (folder / MARKER).write_text(json.dumps({"kg_store": STORE_FORMAT, "documents": done.documents,
                                             "nodes": done.nodes, "edges": done.edges,
                                             "classes": dict(sorted(done.classes.items()))},
                                            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


FILE_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".trig": "TRIG", ".jsonld": "JSON_LD", ".nq": "N_QUADS"}


def load_file(graph: str | Path, path: str | Path) -> None:
    """A store at the new folder `path` holding a graph file (graph.ttl, .nt, .trig, .jsonld),
    bulk-loaded: what `kg serve GRAPH` serves (no ledger, no counts; the tables of
    `kg.precomputed`)."""
    graph, path = Path(graph), Path(path)
    fmt = FILE_FORMATS.get(graph.suffix.lower())
    if fmt is None:
        raise StoreError(f"{graph}: not a graph file kg reads (give .ttl, .nt, .trig, .jsonld or a store folder)")
    path.mkdir()
    try:
        store = ox.Store(str(path / DATA))  # all in the default graph, as a built store holds it
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                          for q in ox.parse(path=str(graph), format=getattr(ox.RdfFormat, fmt)))
        store.flush()
        del store
    except (OSError, SyntaxError, ValueError) as exc:
        shutil.rmtree(path, ignore_errors=True)
        raise StoreError(f"{graph}: cannot load graph ({getattr(exc, 'strerror', None) or exc})") from None
    _write_marker(path, StoreSummary())
    _ledger(path).close()
    fill_apart(path)


def fill_apart(folder: Path) -> None:
    """The tables of `kg.precomputed` for the store in `folder`, made in a fresh process: what
    a whole-graph query holds is then freed with that process, and the build's peak memory is
    the larger of the two, not their sum."""
    import multiprocessing

    child = multiprocessing.get_context("spawn").Process(target=_fill, args=(str(folder),))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise StoreError(f"{folder}: the who-led table could not be made (exit status {child.exitcode})")


def _fill(folder: str) -> None:
    db = sqlite3.connect(Path(folder) / LEDGER)
    try:
        precomputed.fill(ox.Store.read_only(str(Path(folder) / DATA)), db)
    finally:
        db.close()


def _ledger(folder: Path) -> sqlite3.Connection:
    """A new, empty merge ledger in `folder`."""
    db = sqlite3.connect(folder / LEDGER)
    db.execute("CREATE TABLE seen (person TEXT, doc TEXT, PRIMARY KEY (person, doc)) WITHOUT ROWID")
    return db


def _check_target(path: Path) -> None:
    if path.is_dir() and (is_store(path) or not any(path.iterdir())):
        return
    if path.exists() or path.is_symlink():
        raise StoreError(f"{path}: exists and is not a kg store; give a new folder, an empty one or a store "
                         "kg built (which is rebuilt)")
    if not path.parent.is_dir():
        raise StoreError(f"{path}: its parent folder does not exist")


def _swap_in(work: Path, path: Path) -> None:
    """Put the finished `work` folder at `path`; a store there before is removed after."""
    old = None
    if path.is_dir():
        _check_target(path)  # it may have changed while the build ran
        old = path.with_name(f".{path.name}.old-{os.getpid()}")
        os.rename(path, old)
    try:
        os.rename(work, path)
    except OSError:
        if old is not None:
            os.rename(old, path)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _Loader:
    """One document at a time into the store: its own small graph (`GraphBuilder`), whose quads
    are buffered and bulk-loaded by the batch, and its ledger rows."""

    def __init__(self, folder: Path, batch: int):
        self.store = ox.Store(str(folder / DATA))
        self.ledger = _ledger(folder)
        self.buffer: list[ox.Quad] = []
        self.ledger.execute("CREATE TABLE nodes (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self.ledger.execute("CREATE TABLE homes (node TEXT PRIMARY KEY, article TEXT) WITHOUT ROWID")
        self.summary = StoreSummary()
        self.batch = batch
        self.folder = folder

    def known(self, node_id: str) -> bool:
        """Whether an earlier document made this node (the ledger's `nodes` table, on disk:
        reading the store itself while loading it costs memory that grows with the store)."""
        return self.ledger.execute("INSERT OR IGNORE INTO nodes VALUES (?)", (node_id,)).rowcount == 0

    def add(self, extraction) -> None:
        from .graph import GraphBuilder

        builder = GraphBuilder()
        builder.add(extraction)
        g = builder.g
        classes = dict(g.nodes(data="cls"))

        def known(node_id):  # counted as it first comes
            seen = self.known(node_id)
            if not seen:
                self.summary.classes[classes[node_id]] += 1
            return seen

        for s, p, o, _ in quads(g, known):
            self.buffer.append(ox.Quad(ox_term(s), ox_term(p), ox_term(o)))
        self.ledger.executemany("INSERT OR IGNORE INTO homes VALUES (?, ?)",
                                ((str(iri(node)), str(iri(where))) for node, where in homes(g).items()))
        self.ledger.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?)",
                                ((node, doc) for node, docs in g.graph["merges"].items() for doc in docs))
        self.summary.documents += 1
        if len(self.buffer) >= self.batch:
            self.flush()

    def flush(self) -> None:
        self.store.bulk_extend(self.buffer)
        self.buffer = []
        self.ledger.commit()
        iri.cache_clear()  # its entries would grow with the corpus (1 << 18 IRIs, some 60 MB)

    def finish(self) -> StoreSummary:
        self.flush()
        preds = " ".join(f"<{p}>" for p in EDGE_PREDICATES.values())
        count = self.store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {preds} }} ?s ?p ?o }}")
        self.summary.edges = int(next(iter(count))["n"].value)
        self.store.flush()
        self.ledger.commit()
        self.ledger.close()
        del self.store
        fill_apart(self.folder)
        return self.summary


def merges(path: str | Path) -> Iterator[tuple[str, list[str]]]:
    """The ledger of a store: (person node, its documents) in node order, as
    `kg.pipeline.merge_lines` takes them."""
    _marker(path)
    db = sqlite3.connect(f"file:{Path(path) / LEDGER}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT person, doc FROM seen WHERE person IN "
                          "(SELECT person FROM seen GROUP BY person HAVING COUNT(*) > 1) ORDER BY person, doc")
        node, docs = None, []
        for person, doc in rows:
            if person != node and docs:
                yield node, docs
                docs = []
            node = person
            docs.append(doc)
        if docs:
            yield node, docs
    finally:
        db.close()


def export(path: str | Path, fmt: str, out, run: int = 100_000) -> None:
    """Dump the store at `path` as `fmt` (turtle, nt, trig, jsonld) to the binary file `out`:
    the bytes `kg.rdf.serialize` gives for the in-memory graph of the same inputs. The triples
    are sorted in runs of `run`, each run written to a temporary N-Quads file, then merged."""
    if fmt not in EXPORTS:
        raise StoreError(f"{fmt} is written from an in-memory graph only; build without --store for it")
    store = open_store(path)
    items = map(_as_written, store.quads_for_pattern(None, None, None, None))
    if fmt == "trig":
        db = sqlite3.connect(f"file:{Path(path) / LEDGER}?mode=ro", uri=True)
        try:
            write_sorted(_sorted(map(lambda q: _placed(q, db), items), quad_key, run), fmt, out)
        finally:
            db.close()
    else:
        write_sorted(_sorted((q.triple for q in items), triple_key, run), fmt, out)


def _placed(q: ox.Quad, db: sqlite3.Connection) -> ox.Quad:
    """A triple in the graph TriG puts it in: its subject's article, else its object's, else
    the default graph (`kg.rdf.quads`)."""
    def home(term):
        row = db.execute("SELECT article FROM homes WHERE node = ?", (term.value,)).fetchone()
        return row[0] if row else None

    where = home(q.subject) or (home(q.object) if isinstance(q.object, ox.NamedNode) else None)
    return ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(where) if where else ox.DefaultGraph())


def _as_written(q: ox.Quad) -> ox.Quad:
    """A quad with its literal as kg wrote it: a decimal with its six digits (`kg.rdf.degrees`)."""
    o = q.object
    if isinstance(o, ox.Literal) and o.datatype == _DECIMAL:
        return ox.Quad(q.subject, q.predicate, ox.Literal(degrees(o.value), datatype=_DECIMAL), q.graph_name)
    return q


def _sorted(items: Iterator, key, run: int) -> Iterator:
    """`items` in `key` order without repeats, holding at most `run` of them in memory."""
    first = sorted(islice(items, run), key=key)
    if len(first) < run:
        yield from _unique(iter(first))
        return
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as tmp:
        files, chunk = [], first
        while chunk:
            name = os.path.join(tmp, f"{len(files)}.nq")
            ox.serialize(chunk, name, format=ox.RdfFormat.N_QUADS)
            files.append(name)
            chunk = sorted(islice(items, run), key=key)
        as_triples = isinstance(first[0], ox.Triple)
        del first
        streams = [_read_run(name, as_triples) for name in files]
        yield from _unique(heapq.merge(*streams, key=key))


def _read_run(name: str, as_triples: bool) -> Iterator:
    for q in ox.parse(path=name, format=ox.RdfFormat.N_QUADS):
        yield q.triple if as_triples else q


def _unique(items: Iterator) -> Iterator:
    previous = None
    for item in items:
        if item != previous:
            yield item
        previous = item
