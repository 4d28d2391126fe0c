"""graph.ttl assembled from the Turtle text of each subject kept from the build before, so a
rebuild after a small change renders only the subjects whose triples changed.

graph.ttl is its prefix lines, then one block per subject in IRI order: the subject's
triples, all of them and only them, as pyoxigraph writes them (`kg.rdf.write_sorted`; it
escapes line breaks in literals, so a block's lines after the first start with a tab). A
block depends on its node alone: the node's id, attributes and outgoing edges (`content`).
The store keeps, for each node of the last build of the same inputs, that content's digest,
the node's IRI and its block; a node whose digest is unchanged takes its block from there,
the others are rendered together in one pass and split into blocks. The output is the bytes
`kg.rdf.serialize(graph, "turtle")` gives (a test compares them).

The store is one file per set of inputs (under `turtle/` in the cache folder), tagged with
kg's fingerprint (a new kg renders everything anew), with a checksum: one that does not read
back whole is ignored. It is written whole or not at all, and holds only the nodes of the
last build, so it does not grow with rebuilds.
"""
from __future__ import annotations

import hashlib
import io
import marshal
from pathlib import Path

import networkx as nx

from .kept import load, save

MAGIC = b"kg-turtle-blocks 1\n"


def content(node_id: str, attrs: dict, out: dict) -> bytes:
    """A digest of what a node's block is made from: its id, attributes and outgoing edges
    (`out`: the node's adjacency, target → {edge key: …}). Marshal format 2 has no
    back-references, so the same values give the same bytes; the same values in another order
    give another digest, which only costs a block rendered again."""
    try:
        data = marshal.dumps((node_id, attrs, out), 2)
    except ValueError:  # a value marshal cannot write (a graph made by hand): its repr
        data = repr((node_id, attrs, out)).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


class TurtleBlocks:
    """The blocks kept in the file `path` by kg of `version`."""

    def __init__(self, path: str | Path, version: str):
        self.path, self.version = Path(path), version
        stored = self._load()
        self.head: str = stored.get("head", "")  # the prefix lines
        self.kept: dict[str, tuple[bytes, str, str]] = stored.get("nodes", {})  # node id → (content, IRI, block)
        self.rendered = 0  # nodes rendered by the last `turtle`
        self.changed = False  # whether the last `turtle` changed what the store holds

    def _load(self) -> dict:
        kept = load(self.path, MAGIC, self.version)
        return kept if isinstance(kept, dict) and isinstance(kept.get("nodes"), dict) else {}

    def turtle(self, g: nx.MultiDiGraph) -> str:
        """graph.ttl of `g`: kept blocks where a node's content is unchanged, the rest rendered;
        the store now holds the nodes of `g` (`save` writes it)."""
        from .rdf import _sorted_triples, iri, write_sorted

        now, missing = {}, []
        adjacency, kept = g._adj, self.kept  # networkx's own dicts: its views cost a third of the time here
        for node_id, attrs in g._node.items():
            digest = content(node_id, attrs, adjacency[node_id])
            old = kept.get(node_id)
            if old is not None and old[0] == digest:
                now[node_id] = old
            else:
                now[node_id] = (digest, None, None)
                missing.append(node_id)
        buf = io.BytesIO()
        write_sorted(_sorted_triples(g, missing), "turtle", buf)
        head, blocks = _split(buf.getvalue().decode("utf-8"))
        head = head if missing else self.head
        subjects = sorted(str(iri(n)) for n in missing)
        if len(blocks) != len(subjects):  # cannot happen: each subject starts one block
            raise AssertionError(f"{len(blocks)} Turtle blocks for {len(subjects)} subjects")
        by_iri = dict(zip(subjects, blocks))
        for node_id in missing:
            subject = str(iri(node_id))
            now[node_id] = (now[node_id][0], subject, by_iri[subject])
        self.changed = bool(missing) or len(now) != len(kept)  # a node rendered, or one gone
        self.head, self.kept, self.rendered = head, now, len(missing)
        return head + "".join(block for _, _, block in sorted(now.values(), key=lambda kept: kept[1]))

    def save(self) -> None:
        """Write the store if the last `turtle` changed it (whole or not at all; OSError if it
        cannot be)."""
        if not self.changed and self.path.is_file():
            return
        save(self.path, MAGIC, self.version, {"head": self.head, "nodes": self.kept})


def _split(text: str) -> tuple[str, list[str]]:
    """Turtle text as written by `write_sorted` → its prefix lines, and one block per subject."""
    lines = [line + "\n" for line in text.split("\n")[:-1]]  # only \n ends a line (not U+2028 …)
    n = 0
    while n < len(lines) and lines[n].startswith("@prefix "):
        n += 1
    starts = [i for i in range(n, len(lines)) if not lines[i].startswith("\t")]
    return "".join(lines[:n]), ["".join(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]
