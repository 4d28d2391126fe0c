"""SPARQL over an exported graph: pyoxigraph (fast), rdflib as a fallback; named queries.

Named queries are the files `ontology/queries/NAME.rq`; their first comment line says what
they return and a `# params:` line lists the variables a caller may bind (`body=定西市政协`).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


class QueryError(Exception):
    """A query that cannot be found, parsed or run; the message says where and why."""


def named_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted((ONTOLOGY_DIR / "queries").glob("*.rq"))}


def query_text(spec: str) -> str:
    """A query from a name (`who-led`), a .rq file path, or the query text itself."""
    if spec in named_queries():
        return named_queries()[spec].read_text(encoding="utf-8")
    if spec.endswith(".rq"):
        try:
            return Path(spec).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{spec}: cannot read query file ({exc.strerror})") from None
    return spec


def _format_for(path: str) -> str:
    return {".nt": "application/n-triples", ".trig": "application/trig",
            ".jsonld": "application/ld+json"}.get(Path(path).suffix, "text/turtle")


def select(graph_path: str, text: str, params: dict[str, str] | None = None,
           engine: str = "oxigraph") -> tuple[list[str], list[list[str | None]]]:
    """Run a SELECT query on a graph file; values come back as plain strings."""
    params = params or {}
    if engine == "oxigraph":
        try:
            return _select_oxigraph(graph_path, text, params)
        except ImportError:
            engine = "rdflib"
    return _select_rdflib(graph_path, text, params)


def _select_oxigraph(graph_path, text, params):
    import pyoxigraph as ox

    store = ox.Store()
    try:
        with open(graph_path, "rb") as fh:
            store.load(fh, format=ox.RdfFormat.from_media_type(_format_for(graph_path)))
    except (OSError, SyntaxError, ValueError) as exc:
        raise QueryError(f"{graph_path}: cannot load graph ({exc})") from None
    subs = {ox.Variable(k): ox.Literal(v, language="zh") for k, v in params.items()}
    try:
        result = store.query(text, substitutions=subs, use_default_graph_as_union=True)  # TriG: all graphs
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL query: {exc}") from None
    names = [v.value for v in result.variables]
    rows = [[_plain(sol[n]) for n in names] for sol in result]
    return names, rows


def _plain(term) -> str | None:
    return None if term is None else term.value


def _select_rdflib(graph_path, text, params):
    from rdflib import Dataset, Literal, Variable

    g = Dataset(default_union=True)  # TriG: every article's graph
    try:
        g.parse(graph_path)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise QueryError(f"{graph_path}: cannot load graph ({exc})") from None
    try:
        result = g.query(text, initBindings={Variable(k): Literal(v, lang="zh") for k, v in params.items()})
    except Exception as exc:
        raise QueryError(f"bad SPARQL query: {exc}") from None
    names = [str(v) for v in result.vars]
    return names, [[None if x is None else str(x) for x in row] for row in result]


def format_rows(names: list[str], rows: list[list[str | None]], fmt: str) -> str:
    """Rows as an aligned table, CSV (header first) or a JSON list of objects."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=1) + "\n"
    cells = [names] + [["" if v is None else v for v in row] for row in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(names))]
    lines = ["  ".join(v + " " * (w - _width(v)) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)
