"""The whole chain for a notebook or the CLI: inputs → records, one file at a time.

Each input file is extracted on its own (`extract_input`: no state shared between files), so
files can run in worker processes or on a cluster (`kg.workers`) and their results can be
cached on disk (`kg.cache`); what depends on the order of inputs (a page read twice under one
address, the tally) is done afterwards, in input order, in `run`.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .extract import extract
from .dates import NOT_A_DAY, iso_date
from .ingest import Input, InputError, InputWarning, find_inputs, iter_jsonl, kind, load
from .model import Extraction
from .normalize import normalize
from .record import to_record

if TYPE_CHECKING:
    from .graph import GraphPart


@dataclass
class Result:
    """What happened to one input: an extraction, or an error or warning message; `name` is its
    record's name (unique in the run), `skipped` why it was not read, if it was not."""

    item: str
    extraction: Extraction | None = None
    error: str | None = None
    warning: str | None = None
    name: str = ""
    skipped: str | None = None
    kind: str = "text"  # text | html | jsonl (a line) | warc (a record)
    address: str | None = None  # the document's http(s) address, read once per run
    part: GraphPart | None = None  # the document's share of the graph, when asked for (`kg.graph.document_part`)
    chars: int = 0  # characters of the document read

    @property
    def read(self) -> bool:
        """A document was read: its extraction is here, or its graph part in its stead."""
        return self.extraction is not None or self.part is not None


KIND_NAMES = {"text": "text", "html": "html", "jsonl": "jsonl lines", "warc": "warc pages"}


@dataclass
class Tally:
    """Every input of a run accounted for: inputs found (files, stdin), documents read (by
    kind: a JSON Lines file gives one per line), skipped (by reason) and failed."""

    inputs: int = 0
    kinds: Counter = field(default_factory=Counter)
    failed: int = 0
    skipped: Counter = field(default_factory=Counter)
    cached: int | None = None  # files whose results came from the cache (None: no cache used)
    extracted: int = 0  # files extracted in this run

    def add(self, result: Result) -> None:
        if result.read:
            self.kinds[result.kind] += 1
        elif result.error is not None:
            self.failed += 1
        else:
            self.skipped[result.skipped or "empty"] += 1

    @property
    def read(self) -> int:
        return sum(self.kinds.values())

    @property
    def found(self) -> int:
        return self.inputs

    def __str__(self) -> str:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
        skipped = f"{sum(self.skipped.values())} skipped ({reasons})" if reasons else "0 skipped"
        kinds = ", ".join(f"{self.kinds[k]} {KIND_NAMES[k]}" for k in KIND_NAMES if self.kinds[k])
        read = f"{self.read} read ({kinds})" if kinds else "0 read"
        cache = "" if self.cached is None else f"; {self.cached} from cache, {self.extracted} extracted"
        return f"{self.found} inputs found: {read}, {skipped}, {self.failed} failed{cache}"


def extract_text(text: str, name: str = "<text>", **meta) -> Extraction:
    """Extract from a string (notebooks, tests)."""
    return extract(normalize(text, name, **meta))


def run(inputs: Iterable[str], *, date: str | None = None, place: str | None = None,
        tally: Tally | None = None, jobs: int = 1, scheduler: str | None = None,
        cache=None, progress: Callable[[int, int], None] | None = None, light: bool = False) -> Iterator[Result]:
    """Extract every input (every line of a JSON Lines file, every page of a web archive) and
    yield their Results in input order; a bad input yields an error Result and the rest go on.
    A document whose address (`source`) an earlier one had is the same article crawled twice:
    skipped. A `date` that is no real YYYY-MM-DD day raises ValueError.

    `jobs` > 1 extracts files in that many worker processes, `scheduler` (a Dask scheduler's
    address) on a Dask cluster (`kg.workers`); `cache` (a `kg.cache.Cache`) gives files
    extracted before with the same content and options without extracting them again. The
    Results are the same whichever way they were made. `progress(chars, total)` is called after
    each input with the characters of the documents it gave and the number of inputs. With
    `light`, a document's Result may hold its graph part (`Result.part`) instead of its
    extraction (`kg.cache.task_results`): all a graph needs, and cheaper to read from the cache."""
    from .cache import task_results
    from .workers import Task

    if date is not None:
        iso_date(date)
    tally = tally if tally is not None else Tally()
    inputs = list(inputs)
    found = find_inputs(inputs)
    tasks = [None if f.error or f.skipped or f.item == "-" else Task(f.item, f.name, date, place) for f in found]
    addresses: dict[str, str] = {}
    outcomes = task_results(tasks, jobs=jobs, scheduler=scheduler, cache=cache, inputs=inputs, tally=tally,
                            light=light)
    for f, task in zip(found, tasks):
        tally.inputs += 1
        results = next(outcomes) if task is not None else extract_input(f, date, place)
        chars = 0
        for result in results:
            result = _read_once(result, addresses)
            tally.add(result)
            chars += result.chars
            yield result
        if progress is not None:
            progress(chars, len(found))
    next(outcomes, None)  # the cache keeps what this run saw (`task_results`)


def extract_input(found: Input, date: str | None = None, place: str | None = None) -> list[Result]:
    """The Results of one input found (a file, '-', or one found skipped or in error), made
    from that input alone: what a worker process runs."""
    kind_ = None if found.error or found.skipped or found.item == "-" else kind(found.item)
    if kind_ == "jsonl":
        return list(_run_jsonl(found, date, place))
    if kind_ == "warc":
        return list(_run_warc(found, date, place))
    return [_run_one(found, date, place)]


def _read_once(result: Result, addresses: dict[str, str]) -> Result:
    """The Result, or, where an earlier document of the run had its address, a skipped one."""
    if not result.read or result.address is None:
        return result
    if (first := addresses.setdefault(result.address, result.name)) == result.name:
        return result
    warning = None if result.kind == "warc" else \
        f"{result.name}: same address as {first} ({result.address}), read once"  # a crawl repeats pages: counted
    return Result(result.item, name=result.name, kind=result.kind, skipped="same address read before", warning=warning)


def _extracted(item, name, doc, kind_, warnings) -> Result:
    ex = extract(doc)
    warnings += [w for w in ex.warnings if w.endswith(NOT_A_DAY)]
    address = doc.source if doc.source and doc.source.startswith(("http://", "https://")) else None
    return Result(item, extraction=ex, name=name, kind=kind_, warning="; ".join(warnings) or None,
                  address=address, chars=len(doc.text))


def _internal(item, exc) -> str:
    return f"{item}: internal error ({type(exc).__name__}: {exc}); please report it with this file"


def _run_one(found, date, place) -> Result:
    item, warnings = found.item, []
    if found.error or found.skipped:
        return Result(item, name=found.name, error=found.error, skipped=found.skipped, warning=found.note)
    kind_ = "text" if item == "-" else kind(item)
    try:
        doc = load(item, date=date, place=place, name=found.name, warnings=warnings)
        return _extracted(item, found.name, doc, kind_, warnings)
    except InputWarning as exc:
        return Result(item, name=found.name, warning=str(exc), skipped="empty", kind=kind_)
    except InputError as exc:
        return Result(item, name=found.name, error=str(exc), kind=kind_)
    except Exception as exc:  # a bug must not cost the other files their output
        return Result(item, name=found.name, error=_internal(item, exc), kind=kind_)


def _run_jsonl(found, date, place) -> Iterator[Result]:
    item = found.item
    try:
        for line in iter_jsonl(item, found.name, date=date, place=place):
            if line.doc is None:
                yield Result(item, name=line.name, error=line.error, warning=line.warning, kind="jsonl",
                             skipped=None if line.error else "empty")
                continue
            try:
                yield _extracted(item, line.name, line.doc, "jsonl", [line.warning] if line.warning else [])
            except Exception as exc:  # a bug must not cost the other lines their output
                yield Result(item, name=line.name, error=_internal(f"{item}: line {line.number}", exc), kind="jsonl")
    except InputError as exc:
        yield Result(item, name=found.name, error=str(exc), kind="jsonl")
    except Exception as exc:
        yield Result(item, name=found.name, error=_internal(item, exc), kind="jsonl")


def _run_warc(found, date, place) -> Iterator[Result]:
    """Every HTML response record of a web archive (`kg.warc`); other records, and pages of an
    address read before (crawls repeat pages: `_read_once`), are counted as skipped, without a
    message each."""
    from .warc import iter_warc

    item = found.item
    try:
        for entry in iter_warc(item, found.name):
            if entry.text is None:
                yield Result(item, name=entry.name, error=entry.error, skipped=entry.skipped, warning=entry.warning,
                             kind="warc")
                continue
            try:
                if not entry.text.strip():
                    yield Result(item, name=entry.name, skipped="empty", kind="warc",
                                 warning=f"{item}: record at offset {entry.offset}: empty page, nothing to extract")
                    continue
                doc = normalize(entry.text, entry.name, pub_date=date or entry.meta.get("date"), place=place,
                                source=entry.meta.get("source"), paper=entry.meta.get("paper"))
                yield _extracted(item, entry.name, doc, "warc", [])
            except Exception as exc:  # a bug must not cost the other records their output
                yield Result(item, name=entry.name, kind="warc",
                             error=_internal(f"{item}: record at offset {entry.offset}", exc))
    except OSError as exc:
        yield Result(item, name=found.name, error=f"{item}: cannot read ({exc.strerror or exc}); skipped", kind="warc")
    except Exception as exc:
        yield Result(item, name=found.name, error=_internal(item, exc), kind="warc")


def sample_dir() -> Path:
    """The bundled sample corpus (fictional people, real places) and its gold records."""
    return Path(str(resources.files("kg").joinpath("sample")))


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    """Gold records by the name of the text they annotate."""
    out = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: not a gold record ({exc})") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}: not a gold record (a JSON object is needed)")
        out[record.get("doc") or path.stem + ".txt"] = record
    return out


def records(results: Iterable[Result]) -> Iterator[tuple[Result, dict | None]]:
    for r in results:
        yield r, (to_record(r.extraction) if r.extraction else None)


def build(inputs: Iterable[str], *, date: str | None = None, place: str | None = None,
          tally: Tally | None = None, **how):
    """Inputs → (graph, results): one graph across all documents, file by file, in input
    order; `how` is how `run` extracts (jobs=, scheduler=, cache=, progress=). A document
    whose graph part came with it (from a worker or the cache) is merged (`GraphBuilder.merge`),
    the others added: the same graph."""
    from .graph import GraphBuilder

    builder, results = GraphBuilder(), []
    for result in run(inputs, date=date, place=place, tally=tally, light=True, **how):
        if result.part is not None:
            builder.merge(result.part)
        elif result.extraction is not None:
            builder.add(result.extraction)
        result.extraction = result.part = None  # keep only the graph: memory follows the graph
        results.append(result)
    return builder.g, results


def edge_count(graph) -> int:
    """`graph.number_of_edges()`, counted from the adjacency (networkx counts degrees: ten
    times slower on a large graph)."""
    return sum(len(keys) for _, targets in graph.adjacency() for keys in targets.values())


def class_counts(graph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, cls in graph.nodes(data="cls"):
        counts[cls] = counts.get(cls, 0) + 1
    return dict(sorted(counts.items()))


def explain_merges(graph) -> list[str]:
    """One line per person node seen in several documents: why they are one person."""
    return merge_lines(sorted(graph.graph["merges"].items()))


def merge_lines(merges: Iterable[tuple[str, list[str]]]) -> list[str]:
    """`explain_merges` of (person node, its documents) pairs in node order (a store's ledger)."""
    lines = []
    for node, docs in merges:
        if len(docs) > 1:
            province = node.rsplit("@", 1)[1]
            lines.append(f"{node}: one person across {len(docs)} documents ({', '.join(sorted(docs))}): "
                         f"same name, same province code {province}0000")
    return lines
