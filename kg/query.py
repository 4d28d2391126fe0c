"""SPARQL over an exported graph: pyoxigraph (fast), rdflib as a fallback; named queries.

Named queries are the files `ontology/queries/NAME.rq` (shipped in the package as
`kg/ontology/queries/`); their first comment line says what they return and a `# params:`
line lists the variables a caller may bind (`body=定西市政协`).

Every query runs in a worker process (a fresh interpreter, so a notebook's threads or a
script's top level are never copied into it) that is killed when its time is up (or on Ctrl-C,
SIGTERM or SIGHUP), dies with its parent, may use at most `memory` bytes of address space,
stops after `limit` rows or triples, and may not reach the network: `SERVICE` is refused
unless allowed, and the worker refuses sockets then.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import os
import pickle
import re
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from itertools import islice
from pathlib import Path


def _ontology_dir() -> Path:
    installed = Path(str(resources.files("kg"))) / "ontology"  # a wheel: kg/ontology/
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "ontology"


ONTOLOGY_DIR = _ontology_dir()
TIMEOUT, LIMIT, MEMORY = 30.0, 10_000, 2 * 1024 ** 3
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?", re.IGNORECASE)
_SELECT_ALL = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.IGNORECASE)
_NAME = re.compile(r"[\w-]+")
# What is not SPARQL syntax: strings, IRIs and comments, so a SERVICE inside them does not count.
_NOT_CODE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                       r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![?$:\w])SERVICE(?![\w:-])", re.IGNORECASE)
_VARIABLE = re.compile(r"[?$](\w+)")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PREFIX = re.compile(r"PREFIX\s+([\w-]*):\s*<([^>]*)>", re.IGNORECASE)
_BIND = re.compile(r"^# bind (\w+):(.*)$", re.MULTILINE)


class QueryError(Exception):
    """A query that cannot be found, parsed or run; the message says where and why."""


@dataclass
class Answer:
    """A query's answer: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples as Turtle."""

    kind: str  # select | ask | graph
    names: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    turtle: str = ""
    truncated: bool = False  # more rows or triples than the limit
    body: bytes = b""  # with `accept` (kg serve): the whole answer as a SPARQL results or RDF document
    media: str = ""  # … and its media type


def parse_size(text: str) -> int:
    """Bytes from `2GB`, `512M`, `1.5 GiB` or a plain number of megabytes (`512`); 0 is 0."""
    m = _SIZE.fullmatch(str(text).strip())
    if not m:
        raise ValueError(f"{text!r} is not a size such as 512MB or 2GB")
    unit = {"": 2, "K": 1, "M": 2, "G": 3, "T": 4}[m[2].upper()]
    return int(float(m[1]) * 1024 ** unit)


def format_size(n: int) -> str:
    """`2 GB`, `300 MB`, `512 KB`."""
    for unit, power in (("TB", 4), ("GB", 3), ("MB", 2), ("KB", 1)):
        if n >= 1024 ** power:
            return f"{n / 1024 ** power:g} {unit}"
    return f"{n} bytes"


def named_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted((ONTOLOGY_DIR / "queries").glob("*.rq"))}


def query_text(spec: str) -> str:
    """A query from a name (`who-led`), a .rq file path, or the query text itself."""
    if spec in named_queries():
        return named_queries()[spec].read_text(encoding="utf-8")
    if _is_file(spec):
        try:
            return Path(spec).read_text(encoding="utf-8")
        except (OSError, UnicodeError) as exc:
            raise QueryError(f"{spec}: cannot read query file ({getattr(exc, 'strerror', None) or exc})") from None
    if _NAME.fullmatch(spec):
        raise QueryError(f"unknown query {spec!r}{_did_you_mean(spec, named_queries())}; "
                         f"named queries: {', '.join(named_queries())}")
    if not any(c.isspace() or c in "{}" for c in spec):
        raise QueryError(f"{spec}: no such query file or named query; named queries: {', '.join(named_queries())}")
    return spec


def _is_file(spec: str) -> bool:
    """Whether a query spec names a file: FILE.rq, or any path that exists."""
    return spec.endswith(".rq") or not any(c.isspace() or c in "{}" for c in spec) and os.path.exists(spec)


def query_params(text: str) -> list[str]:
    """What a caller may bind: the `# params:` line of a named query, else every variable."""
    for line in text.splitlines():
        if line.startswith("# params:"):
            return line.split(":", 1)[1].split()
    return sorted(set(_VARIABLE.findall(_NOT_CODE.sub(" ", text))))


def with_values(text: str, params: dict[str, str]) -> str:
    """The query with its parameters bound at the start of its WHERE clause, each a @zh literal:
    by a VALUES block, or, for a parameter the query gives a `# bind NAME: PATTERN` line, by that
    pattern with ?NAME replaced by the value. kg's named queries are written so that this gives
    the rows pre-binding gives; Oxigraph plans from a VALUES block (an exact lookup in its label
    index), whereas it applies pyoxigraph's `substitutions` only after evaluating the whole
    pattern: `members -p body=…` on the 200 MB store of benchmarks/ took seconds that way."""
    m = _WHERE.search(_NOT_CODE.sub(lambda s: " " * len(s[0]), text))
    if not m:
        raise QueryError("cannot bind parameters: the query has no WHERE {")
    patterns = query_binds(text)
    block = "".join(f"\n  {_bound(patterns[name], name, _zh_literal(value))}" if name in patterns
                    else f"\n  VALUES ?{name} {{ {_zh_literal(value)} }}" for name, value in sorted(params.items()))
    return text[:m.end()] + block + text[m.end():]


def query_binds(text: str) -> dict[str, str]:
    """The `# bind NAME: PATTERN` lines of a query: how NAME is bound when a VALUES block would
    not do (a variable the query projects with AS, or one inside an OPTIONAL)."""
    return {m[1]: m[2].strip() for m in _BIND.finditer(text)}


def _bound(pattern: str, name: str, literal: str) -> str:
    return re.sub(rf"[?$]{re.escape(name)}(?!\w)", lambda _: literal, pattern)


def _zh_literal(value: str) -> str:
    """A SPARQL "…"@zh literal, its quotes, backslashes and line breaks escaped."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"@zh'


def _did_you_mean(name: str, known) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def run_query(graph_path: str, query: str, params: dict[str, str] | None = None, engine: str = "oxigraph", *,
              timeout: float | None = TIMEOUT, limit: int = LIMIT, allow_service: bool = False,
              resolve: bool = True, memory: int | None = MEMORY, accept: str | None = None) -> Answer:
    """Run a named query, a .rq file or SPARQL text (only text when not `resolve`) on a graph
    file or a store folder (`kg.store`), within `timeout` seconds (None or 0: no limit), `memory`
    bytes (None or 0: no limit) and `limit` rows; `SERVICE` only with `allow_service`. With `accept` (an HTTP Accept header,
    `kg.serve`), the answer is its `body` in the format negotiated, all rows, `limit` not applied.
    A store answers a named query it keeps the rows of (`kg.precomputed`: who-led) from that table."""
    text, params = query_text(query) if resolve else query, params or {}
    given, known = dict(params), query_params(text)
    for name in params:
        if name not in known:
            raise QueryError(f"unknown parameter {name!r}{_did_you_mean(name, known)}; "
                             f"this query takes: {', '.join(known) or 'none'}")
    if params and (resolve and query in named_queries() or any(name in query_binds(text) for name in params)):
        text, params = with_values(text, params), {}
    if not allow_service and _SERVICE.search(_NOT_CODE.sub(" ", text)):
        raise QueryError("the query calls another endpoint (SERVICE); allow it with --allow-service")
    tabled = (query, given) if resolve and query in named_queries() else None  # kg.precomputed may hold it
    try:
        return _in_worker((graph_path, text, params, engine, limit, allow_service, memory or 0, timeout or 0,
                           os.getpid(), accept, tabled), timeout, memory)
    except QueryError as exc:
        if resolve and str(exc).startswith("bad SPARQL query") and _is_file(query) and query not in named_queries():
            raise QueryError(f"{query}: {exc}") from None
        raise


def select(graph_path: str, query: str, params: dict[str, str] | None = None,
           engine: str = "oxigraph", **limits) -> tuple[list[str], list[list[str | None]]]:
    """Run a SELECT query (a name such as `who-led`, a .rq file or the text); values come back
    as plain strings."""
    answer = run_query(graph_path, query, params, engine, **limits)
    if answer.kind != "select":
        raise QueryError("not a SELECT query: use kg.query.run_query for ASK, CONSTRUCT and DESCRIBE")
    return answer.names, answer.rows


def _in_worker(args, timeout: float | None, memory: int | None = None) -> Answer:
    """Run the query in a fresh Python process (`_serve`), killed when `timeout` is up, on Ctrl-C,
    SIGTERM or SIGHUP; a worker that runs out of `memory` is reported as such."""
    home = str(Path(__file__).resolve().parent.parent)  # where this kg lives, should the worker not find it
    code = f"import sys; sys.path.append({home!r}); from kg.query import _serve; _serve()"
    worker = subprocess.Popen([sys.executable, "-c", code],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with _killed_with(worker):
            out, err = worker.communicate(pickle.dumps(args), timeout=timeout or None)
    except subprocess.TimeoutExpired:
        raise QueryError(f"query stopped after {timeout:g} s (--timeout)") from None
    finally:
        worker.kill()
        worker.wait()
    try:
        status, value = pickle.loads(out)
    except Exception:  # noqa: BLE001 - no answer at all: say how the worker ended
        last = (err.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        if worker.returncode == -signal.SIGALRM and args[7]:  # its own deadline came first
            raise QueryError(f"query stopped after {args[7]:g} s (--timeout)") from None
        if memory and (b"memory allocation of" in err or b"MemoryError" in err):  # Rust aborts, Python raises
            status, value = "memory", None
        else:
            raise QueryError(f"the query worker ended without an answer (status {worker.returncode}: {last})") from None
    if status == "memory":
        raise QueryError(f"query stopped: more than {format_size(memory)} memory (--memory)")
    if status == "error":
        raise QueryError(value)
    return value


@contextmanager
def _killed_with(worker):
    """SIGTERM or SIGHUP to this process kill the worker first, then do what they would have."""
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers belong to the main thread; the worker still dies with its parent
        return
    previous = {}

    def stop(signum, frame):
        worker.kill()
        handler = previous.pop(signum)
        signal.signal(signum, handler)
        if callable(handler):
            handler(signum, frame)
        else:  # the default: end as the signal ends a process
            os.kill(os.getpid(), signum)

    for signum in (signal.SIGTERM, signal.SIGHUP):
        current = signal.getsignal(signum)
        if current is not signal.SIG_IGN and current is not None:
            previous[signum] = signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _serve():
    """The worker: query arguments in on stdin, ("ok", Answer) or ("error", message) out on stdout."""
    graph_path, text, params, engine, limit, allow_service, memory, deadline, parent, *rest = pickle.load(sys.stdin.buffer)
    accept, tabled = (list(rest) + [None, None])[:2]
    _tie_to(parent)
    if deadline:  # SIGALRM's default action ends the worker even inside the query engine
        signal.setitimer(signal.ITIMER_REAL, deadline)
    out, sys.stdout = sys.stdout.buffer, sys.stderr  # nothing but the answer goes to stdout
    if not allow_service:
        sys.addaudithook(_no_network)
    try:
        if memory:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if engine == "oxigraph":
            try:
                import pyoxigraph  # noqa: F401
            except ImportError:
                engine = "rdflib"
        got = _from_table(graph_path, tabled, limit, accept) if engine == "oxigraph" and tabled else None
        if got is not None:
            answer = ("ok", got)
        elif accept is not None:
            answer = ("ok", _oxigraph(graph_path, text, params, limit, accept))
        else:
            answer = ("ok", (_oxigraph if engine == "oxigraph" else _rdflib)(graph_path, text, params, limit))
    except MemoryError:
        answer = ("memory", None)
    except QueryError as exc:
        answer = ("error", str(exc))
    except Exception as exc:  # noqa: BLE001 - the worker reports every failure as one message
        answer = ("error", f"query failed ({type(exc).__name__}: {exc})")
    out.write(pickle.dumps(answer))
    out.flush()


def _tie_to(parent: int) -> None:
    """Die with the parent (Linux: the kernel sends SIGKILL when it ends); a parent that is
    already gone ends the worker at once."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)


def _no_network(event, args):
    if event in ("socket.connect", "socket.getaddrinfo"):
        raise PermissionError("kg query makes no network requests unless --allow-service")


def _format_for(path: str) -> str:
    return {".nt": "application/n-triples", ".trig": "application/trig",
            ".jsonld": "application/ld+json"}.get(Path(path).suffix, "text/turtle")


def _open(graph_path):
    """A pyoxigraph Store holding the graph: a store folder (`kg build --store`) opened
    read-only, or a graph file loaded into memory."""
    import pyoxigraph as ox

    if os.path.isdir(graph_path):
        from .store import StoreError, open_store

        try:
            return open_store(graph_path)
        except StoreError as exc:
            raise QueryError(str(exc)) from None
    store = ox.Store()
    try:
        with open(graph_path, "rb") as fh:
            store.load(fh, format=ox.RdfFormat.from_media_type(_format_for(graph_path)))
    except (OSError, SyntaxError, ValueError) as exc:
        raise QueryError(f"{graph_path}: cannot load graph ({exc})") from None
    return store


def _oxigraph(graph_path, text, params, limit, accept=None) -> Answer:
    import pyoxigraph as ox

    store = _open(graph_path)
    subs = {ox.Variable(k): ox.Literal(v, language="zh") for k, v in params.items()}
    try:
        # TriG: all graphs; a store holds all in its default graph (faster queries)
        result = store.query(text, substitutions=subs, use_default_graph_as_union=not os.path.isdir(graph_path))
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL query: {exc}") from None
    if accept is not None:
        from .serve import serialized

        return serialized(result, accept)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = _in_query_order([v.value for v in result.variables], text)
        rows = [[_plain(sol[n]) for n in names] for sol in islice(result, limit + 1)]
        return Answer("select", names, rows[:limit], truncated=len(rows) > limit)
    triples = list(islice(result, limit + 1))
    turtle = ox.serialize(triples[:limit], format=ox.RdfFormat.TURTLE, prefixes=dict(_PREFIX.findall(text)))
    return Answer("graph", turtle=turtle.decode("utf-8"), truncated=len(triples) > limit)


def _from_table(graph_path, tabled, limit, accept) -> Answer | None:
    """A named query's answer from the table a store keeps of its rows (`kg.precomputed`), the
    rows SPARQL gives; None for a graph file, or a store that keeps none for it."""
    if not os.path.isdir(graph_path):
        return None
    from .precomputed import results_document, rows
    from .store import StoreError, summary

    try:
        summary(graph_path)  # a kg store of this layout (else _open says what it is)
    except StoreError:
        return None
    found = rows(graph_path, *tabled, limit=None if accept is not None else limit + 1)
    if found is None:
        return None
    names, got = found
    if accept is not None:
        from .serve import serialized

        return serialized(results_document(names, got), accept)
    return Answer("select", names, got[:limit], truncated=len(got) > limit)


def _plain(term) -> str | None:
    return None if term is None else term.value


def _rdflib(graph_path, text, params, limit) -> Answer:
    import rdflib.plugins.sparql as sparql
    from rdflib import Dataset, Graph, Literal, Variable

    if os.path.isdir(graph_path):
        raise QueryError(f"{graph_path}: a store folder; query it with --engine oxigraph")
    sparql.SPARQL_LOAD_GRAPHS = False  # FROM <iri> names a graph; it never fetches one
    g = Dataset(default_union=True)  # TriG: every article's graph
    try:
        g.parse(graph_path)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise QueryError(f"{graph_path}: cannot load graph ({exc})") from None
    try:
        result = g.query(text, initBindings={Variable(k): Literal(v, lang="zh") for k, v in params.items()})
        if result.type == "ASK":
            return Answer("ask", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            names = _in_query_order([str(v) for v in result.vars], text)
            rows = [[None if x is None else str(x) for x in row] for row in islice(result, limit + 1)]
            return Answer("select", names, rows[:limit], truncated=len(rows) > limit)
        out, triples = Graph(namespace_manager=g.namespace_manager), list(islice(result.graph, limit + 1))
        for triple in triples[:limit]:
            out.add(triple)
        return Answer("graph", turtle=out.serialize(format="turtle"), truncated=len(triples) > limit)
    except (PermissionError, MemoryError):
        raise
    except Exception as exc:
        raise QueryError(f"bad SPARQL query: {exc}") from None


def _in_query_order(names: list[str], text: str) -> list[str]:
    """`SELECT *` columns in the order the variables first appear in the query, on either
    engine (rdflib's order is a set's, which changes from run to run; pyoxigraph sorts them)."""
    code = _NOT_CODE.sub(" ", text)
    m = _SELECT_ALL.search(code)
    if not m:
        return names
    order = {}
    for name in _VARIABLE.findall(code, m.end()):
        order.setdefault(name, len(order))
    return sorted(names, key=lambda n: order.get(n, len(order)))


def format_answer(answer: Answer, fmt: str) -> str:
    """ASK as `true`/`false`, CONSTRUCT/DESCRIBE as Turtle, SELECT rows in `fmt`."""
    if answer.kind == "ask":
        return "true\n" if answer.boolean else "false\n"
    if answer.kind == "graph":
        return answer.turtle
    return format_rows(answer.names, answer.rows, fmt)


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
