"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a store folder or a graph file,
for YASGUI, pandas, curl or another store.

- `GET /sparql?query=…`, `POST /sparql` with a form `query=…` or an `application/sparql-query`
  body; results as the Accept header asks: SPARQL JSON (the default), XML, CSV or TSV; a
  CONSTRUCT or DESCRIBE answers Turtle (or N-Triples, JSON-LD, RDF/XML when asked);
- `/query/NAME?param=value…`: a named query (`kg query`'s names, e.g. `/query/members?body=…`);
- updates (an `update=` form, an `application/sparql-update` body, or INSERT, DELETE, LOAD, …
  sent as a query) are refused with 403; nothing could change anyway, the store is opened
  read-only;
- every query runs as `kg query` runs it (`kg.query.run_query`): in a worker process that is
  killed when its time is up (answered 503 with the reason), with a memory cap and no
  SERVICE calls;
- every answer carries `Access-Control-Allow-Origin: *`, so a YASGUI page in a browser can ask.

A graph file is loaded once into a temporary store (removed when the server stops), so each
worker opens it instead of parsing the file again. The server binds 127.0.0.1 unless told.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .query import _NOT_CODE, LIMIT, MEMORY, TIMEOUT, Answer, QueryError, named_queries, run_query
from .store import StoreError, is_store, load_file

RESULTS = {  # media type → pyoxigraph QueryResultsFormat name, first the default
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML", "text/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPHS = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
READ_ONLY = "this endpoint is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, …) are refused"


def _accepted(accept: str, offered) -> str:
    """The first media type of `offered` the Accept header takes, by its q order; else the first."""
    ranked = []
    for n, part in enumerate(accept.split(",")):
        media, *opts = [x.strip() for x in part.split(";")]
        q = next((float(o[2:]) for o in opts if o.startswith("q=") and re.fullmatch(r"[\d.]+", o[2:])), 1.0)
        ranked.append((-q, n, media.lower()))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return next((m for m in offered if media == "*/*" or m.startswith(media[:-1])), offered[0])
    return offered[0]


def serialized(result, accept: str) -> Answer:
    """A pyoxigraph query result as the document the Accept header asks for (in the worker)."""
    import pyoxigraph as ox

    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        media = _accepted(accept, list(RESULTS))
        body = result.serialize(format=getattr(ox.QueryResultsFormat, RESULTS[media]))
        return Answer("ask" if isinstance(result, ox.QueryBoolean) else "select", body=body, media=media)
    media = _accepted(accept, GRAPHS)
    return Answer("graph", body=result.serialize(format=ox.RdfFormat.from_media_type(media)), media=media)


class Endpoint:
    """What the HTTP layer asks: answer a query or a named query on one graph, read-only."""

    def __init__(self, graph: str | Path, *, timeout: float = TIMEOUT, memory: int = MEMORY):
        self.timeout, self.memory, self._tmp = timeout, memory, None
        graph = Path(graph)
        if graph.is_dir():
            if not is_store(graph):
                raise StoreError(f"{graph}: a folder that is not a kg store (kg build --store)")
            self.path = str(graph)
        else:
            self._tmp = tempfile.mkdtemp(prefix="kg-serve-")
            self.path = str(Path(self._tmp) / "store")
            load_file(graph, self.path)

    def close(self) -> None:
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def answer(self, query: str, accept: str, params: dict[str, str] | None = None,
               named: bool = False) -> tuple[int, str, bytes]:
        """(HTTP status, media type, body) for a query text, or a named query with `params`."""
        if not named and _UPDATE.match(_NOT_CODE.sub(" ", query)):
            return _error(HTTPStatus.FORBIDDEN, READ_ONLY)
        try:
            got = run_query(self.path, query, params, timeout=self.timeout, memory=self.memory,
                            resolve=named, accept=accept or "*/*", limit=LIMIT)
        except QueryError as exc:
            message = str(exc)
            if message.startswith("query stopped"):
                return _error(HTTPStatus.SERVICE_UNAVAILABLE, message.replace("(--timeout)", "(the server's time limit)")
                              .replace("(--memory)", "(the server's memory limit)"))
            if message.startswith("unknown query"):
                return _error(HTTPStatus.NOT_FOUND, message)
            if message.startswith("the query worker ended"):
                return _error(HTTPStatus.INTERNAL_SERVER_ERROR, message)
            return _error(HTTPStatus.BAD_REQUEST, message)
        return HTTPStatus.OK, got.media, got.body


def _error(status: HTTPStatus, message: str) -> tuple[int, str, bytes]:
    return status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8")


def _help() -> bytes:
    names = ", ".join(f"/query/{n}" for n in named_queries())
    return (f"kg SPARQL endpoint (read-only)\n\nGET or POST /sparql with query=…, or POST an "
            f"application/sparql-query body; named queries: {names}\n").encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol's query operation, the named queries, CORS; nothing else."""

    endpoint: Endpoint
    server_version = "kg-serve"

    def log_message(self, format, *args):  # noqa: A002 - one line per request on stderr, as http.server does
        if not getattr(self.server, "quiet", False):
            super().log_message(format, *args)

    def do_OPTIONS(self):  # noqa: N802 - a browser's CORS preflight
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def do_GET(self):  # noqa: N802
        url = urlsplit(self.path)
        self._dispatch(url.path, parse_qs(url.query, keep_blank_values=True), None)

    def do_POST(self):  # noqa: N802
        url = urlsplit(self.path)
        size = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(size).decode("utf-8", "replace") if size else ""
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = parse_qs(url.query, keep_blank_values=True)
        if kind == "application/sparql-update":
            return self._send(*_error(HTTPStatus.FORBIDDEN, READ_ONLY))
        if kind == "application/sparql-query":
            form["query"] = [body]
        elif kind in ("application/x-www-form-urlencoded", ""):
            for key, values in parse_qs(body, keep_blank_values=True).items():
                form.setdefault(key, []).extend(values)
        else:
            return self._send(*_error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"cannot read a {kind} body; send "
                                      "application/sparql-query or a form with query="))
        self._dispatch(url.path, form, body)

    def _dispatch(self, path: str, form: dict[str, list[str]], body: str | None):
        accept = self.headers.get("Accept") or "*/*"
        if "update" in form:
            return self._send(*_error(HTTPStatus.FORBIDDEN, READ_ONLY))
        if path.startswith("/query/"):
            name = path[len("/query/"):]
            if name not in named_queries():
                return self._send(*_error(HTTPStatus.NOT_FOUND, f"no named query {name!r}; named queries: "
                                          f"{', '.join(named_queries())}"))
            params = {k: v[-1] for k, v in form.items()}
            return self._send(*self.endpoint.answer(name, accept, params, named=True))
        if path not in ("/sparql", "/query", "/"):
            return self._send(*_error(HTTPStatus.NOT_FOUND, f"no {path} here: ask /sparql or /query/NAME"))
        if len(form.get("query", [])) != 1 or not form["query"][0].strip():
            if path == "/" and not form:
                return self._send(HTTPStatus.OK, "text/plain; charset=utf-8", _help())
            return self._send(*_error(HTTPStatus.BAD_REQUEST, "give one query= (or POST an application/sparql-query body)"))
        self._send(*self.endpoint.answer(form["query"][0], accept))

    def _send(self, status: int, media: str, body: bytes):
        self.send_response(status)
        self.send_header("Content-Type", media if "charset" in media or not media.startswith("text/")
                         else media + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878, quiet: bool = False):
    """A threading HTTP server answering with `endpoint` (port 0: any free port, see
    `server.server_address`); `serve_forever()` runs it."""
    handler = type("KgHandler", (Handler,), {"endpoint": endpoint})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.quiet = quiet
    return server
