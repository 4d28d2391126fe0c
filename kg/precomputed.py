"""Named queries a store answers from a table of their rows, made when the store is built.

Why: on an on-disk Oxigraph store every join of a query is a lookup in RocksDB (several µs
each), so `who-led` for one busy body of the 200 MB store of benchmarks/ (6,730 rows, each
joining the event's leader, labels, date and article) took about 0.6 s however the query was
written. Its rows for a body or a person are a few indexed reads in SQLite instead.

The table is the query's own answer: the build runs the named query's text, unbound, on the
finished store and keeps every row in order (`n`), with a digest of that text. A lookup
answers only while the digest is that of today's text (a kg with another who-led.rq reads
the store with SPARQL), and only for the parameters the query binds to a column of its own
rows (`TABLED`): `-p person=X` keeps the rows whose leader is X, `-p body=X` those whose body
is X, in the query's order; that is what the query with the parameter bound gives (who-led.rq
says why). The tables live in the store's `ledger.sqlite`.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pyoxigraph as ox

# named query → (table, {parameter: the column of its rows that the parameter equals})
TABLED = {"who-led": ("who_led", {"person": "leader", "body": "body"})}
BATCH = 10_000
_ORDER_BY = re.compile(r"\bORDER\s+BY((?:\s+[?$]\w+)+)\s*$", re.IGNORECASE)
_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fill(store: ox.Store, db: sqlite3.Connection) -> None:
    """Run each tabled named query on `store` (a pyoxigraph Store holding a whole graph) and
    keep its rows in `db`, replacing tables made before."""
    from .query import query_text

    db.execute("CREATE TABLE IF NOT EXISTS precomputed (query TEXT PRIMARY KEY, digest TEXT, columns TEXT)")
    for name, (table, params) in TABLED.items():
        text = query_text(name)
        db.execute("DELETE FROM precomputed WHERE query = ?", (name,))
        db.execute(f"DROP TABLE IF EXISTS {table}")
        columns = _load(store, db, text, table)
        if columns is None:  # a value a string cannot stand for: this query is asked with SPARQL
            continue
        for column in sorted(set(params.values())):
            db.execute(f"CREATE INDEX {table}_{column} ON {table} ({_quoted(column)}, n)")
        db.execute("INSERT INTO precomputed VALUES (?, ?, ?)", (name, _digest(text), json.dumps(columns)))
    db.commit()


def _load(store: ox.Store, db: sqlite3.Connection, text: str, table: str) -> list[str] | None:
    """The query's rows into `table`, numbered in its order (`n`); its columns, or None (and no
    table) when a value is not a plain string. A query ordered by all its columns, each a plain
    variable, runs without its ORDER BY and SQLite sorts the rows on disk: the same order (plain
    strings compare by code point in both, unbound first; rows equal on every column are the
    same row), without Oxigraph holding every solution in memory (about 90 MB for who-led's
    74,036 rows on the 200 MiB store of benchmarks/)."""
    head, order = _order_by(text)
    result = store.query(head if order else text)
    columns = [v.value for v in result.variables]
    if order and sorted(order) != sorted(columns):
        order, result = None, store.query(text)
    cols = ", ".join(_quoted(c) for c in columns)
    db.execute(f"CREATE TABLE {table} (n INTEGER PRIMARY KEY, {cols})")
    target = "temp.unsorted" if order else table
    if order:
        db.execute(f"CREATE TEMP TABLE unsorted (n INTEGER PRIMARY KEY, {cols})")
    insert = f"INSERT INTO {target} VALUES ({', '.join('?' * (len(columns) + 1))})"
    batch, plain = [], True
    for n, solution in enumerate(result):
        plain = plain and all(v is None or _is_plain(v) for v in solution)
        batch.append((n, *(None if v is None else v.value for v in solution)))
        if len(batch) >= BATCH:
            db.executemany(insert, batch)
            batch = []
    db.executemany(insert, batch)
    if order:
        by = ", ".join(_quoted(c) for c in order)
        db.execute(f"INSERT INTO {table} SELECT ROW_NUMBER() OVER (ORDER BY {by}) - 1, {cols} FROM temp.unsorted")
        db.execute("DROP TABLE temp.unsorted")
    if not plain:
        db.execute(f"DROP TABLE {table}")
        return None
    return columns


def _order_by(text: str) -> tuple[str, list[str] | None]:
    """The query without its closing `ORDER BY ?a ?b …` and those variables, when it ends with
    one that names plain variables only (ascending); else (text, None)."""
    from .query import _NOT_CODE

    code = _NOT_CODE.sub(lambda s: " " * len(s[0]), text)
    m = _ORDER_BY.search(code)
    if not m:
        return text, None
    return text[:m.start()], [v.lstrip("?$") for v in m[1].split()]


def rows(folder: str | Path, name: str, params: dict[str, str], limit: int | None = None):
    """(column names, rows) of the named query `name` with `params`, from the table of the
    store at `folder`; None when the store has no current table for it (then ask SPARQL)."""
    from .query import query_text

    if name not in TABLED or not (Path(folder) / "ledger.sqlite").is_file():
        return None
    table, columns_of = TABLED[name]
    if any(p not in columns_of for p in params):
        return None
    db = sqlite3.connect(f"file:{Path(folder) / 'ledger.sqlite'}?mode=ro", uri=True)
    try:
        try:
            found = db.execute("SELECT digest, columns FROM precomputed WHERE query = ?", (name,)).fetchone()
        except sqlite3.OperationalError:  # a store built before the tables
            return None
        if found is None or found[0] != _digest(query_text(name)):
            return None
        columns = json.loads(found[1])
        where = " AND ".join(f"{_quoted(columns_of[p])} = ?" for p in sorted(params)) or "1"
        sql = f"SELECT {', '.join(_quoted(c) for c in columns)} FROM {table} WHERE {where} ORDER BY n"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return columns, [list(r) for r in db.execute(sql, [params[p] for p in sorted(params)])]
    finally:
        db.close()


def results_document(columns: list[str], found: list[list[str | None]]):
    """The rows as pyoxigraph QuerySolutions (each value a plain literal, as the queries' STR()
    makes them), for `kg serve` to write in the format asked."""
    doc = {"head": {"vars": columns},
           "results": {"bindings": [{c: {"type": "literal", "value": v} for c, v in zip(columns, row) if v is not None}
                                    for row in found]}}
    return ox.parse_query_results(json.dumps(doc, ensure_ascii=False).encode("utf-8"),
                                  format=ox.QueryResultsFormat.JSON)


def _is_plain(term) -> bool:
    """A literal without language tag or datatype of its own (xsd:string), as STR() makes."""
    return isinstance(term, ox.Literal) and term.language is None and term.datatype == _XSD_STRING


def _quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'
