"""The whole chain for a notebook or the CLI: inputs → records, one file at a time."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .extract import extract
from .dates import NOT_A_DAY, iso_date
from .ingest import InputError, InputWarning, find_inputs, iter_jsonl, kind, load
from .model import Extraction
from .normalize import normalize
from .record import to_record


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


KIND_NAMES = {"text": "text", "html": "html", "jsonl": "jsonl lines", "warc": "warc pages"}


@dataclass
class Tally:
    """Every input of a run accounted for: inputs found (files, stdin), documents read (by
    kind: a JSON Lines file gives one per line), skipped (by reason) and failed."""

    inputs: int = 0
    kinds: Counter = field(default_factory=Counter)
    failed: int = 0
    skipped: Counter = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        if result.extraction is not None:
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
        return f"{self.found} inputs found: {read}, {skipped}, {self.failed} failed"


def extract_text(text: str, name: str = "<text>", **meta) -> Extraction:
    """Extract from a string (notebooks, tests)."""
    return extract(normalize(text, name, **meta))


def run(inputs: Iterable[str], *, date: str | None = None, place: str | None = None,
        tally: Tally | None = None) -> Iterator[Result]:
    """Extract every input in turn (every line of a JSON Lines file); a bad input yields an
    error Result and the rest go on. A document whose address (`source`) an earlier one had
    is the same article crawled twice: skipped. A `date` that is no real YYYY-MM-DD day
    raises ValueError."""
    if date is not None:
        iso_date(date)
    tally = tally if tally is not None else Tally()
    addresses: dict[str, str] = {}
    for found in find_inputs(inputs):
        tally.inputs += 1
        kind_ = None if found.error or found.skipped or found.item == "-" else kind(found.item)
        if kind_ == "jsonl":
            results = _run_jsonl(found, date, place, addresses)
        elif kind_ == "warc":
            results = _run_warc(found, date, place, addresses)
        else:
            results = [_run_one(found, date, place, addresses)]
        for result in results:
            tally.add(result)
            yield result


def _address_seen(doc, addresses: dict[str, str]) -> str | None:
    """The name of the document read before with this one's address, if any."""
    address = doc.source if doc.source and doc.source.startswith(("http://", "https://")) else None
    if address is None:
        return None
    if address in addresses:
        return addresses[address]
    addresses[address] = doc.name
    return None


def _extracted(item, name, doc, kind_, warnings, addresses) -> Result:
    if (first := _address_seen(doc, addresses)) is not None:
        return Result(item, name=name, kind=kind_, skipped="same address read before",
                      warning=f"{name}: same address as {first} ({doc.source}), read once")
    ex = extract(doc)
    warnings += [w for w in ex.warnings if w.endswith(NOT_A_DAY)]
    return Result(item, extraction=ex, name=name, kind=kind_, warning="; ".join(warnings) or None)


def _internal(item, exc) -> str:
    return f"{item}: internal error ({type(exc).__name__}: {exc}); please report it with this file"


def _run_one(found, date, place, addresses) -> Result:
    item, warnings = found.item, []
    if found.error or found.skipped:
        return Result(item, name=found.name, error=found.error, skipped=found.skipped,
                      warning=f"{item}: {found.skipped}, {'read once' if 'twice' in found.skipped else 'not read'}"
                      if found.skipped else None)
    kind_ = "text" if item == "-" else kind(item)
    try:
        doc = load(item, date=date, place=place, name=found.name, warnings=warnings)
        return _extracted(item, found.name, doc, kind_, warnings, addresses)
    except InputWarning as exc:
        return Result(item, name=found.name, warning=str(exc), skipped="empty", kind=kind_)
    except InputError as exc:
        return Result(item, name=found.name, error=str(exc), kind=kind_)
    except Exception as exc:  # a bug must not cost the other files their output
        return Result(item, name=found.name, error=_internal(item, exc), kind=kind_)


def _run_jsonl(found, date, place, addresses) -> Iterator[Result]:
    item = found.item
    try:
        for line in iter_jsonl(item, found.name, date=date, place=place):
            if line.doc is None:
                yield Result(item, name=line.name, error=line.error, warning=line.warning, kind="jsonl",
                             skipped=None if line.error else "empty")
                continue
            try:
                yield _extracted(item, line.name, line.doc, "jsonl", [line.warning] if line.warning else [],
                                 addresses)
            except Exception as exc:  # a bug must not cost the other lines their output
                yield Result(item, name=line.name, error=_internal(f"{item}: line {line.number}", exc), kind="jsonl")
    except InputError as exc:
        yield Result(item, name=found.name, error=str(exc), kind="jsonl")
    except Exception as exc:
        yield Result(item, name=found.name, error=_internal(item, exc), kind="jsonl")


def _run_warc(found, date, place, addresses) -> Iterator[Result]:
    """Every HTML response record of a web archive (`kg.warc`); other records are counted as
    skipped, without a message each."""
    from .warc import iter_warc

    item = found.item
    try:
        for entry in iter_warc(item, found.name):
            if entry.text is None:
                yield Result(item, name=entry.name, error=entry.error, skipped=entry.skipped, kind="warc")
                continue
            try:
                if not entry.text.strip():
                    yield Result(item, name=entry.name, skipped="empty", kind="warc",
                                 warning=f"{item}: record at offset {entry.offset}: empty page, nothing to extract")
                    continue
                doc = normalize(entry.text, entry.name, pub_date=date or entry.meta.get("date"), place=place,
                                source=entry.meta.get("source"), paper=entry.meta.get("paper"))
                yield _extracted(item, entry.name, doc, "warc", [], addresses)
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
        record = json.loads(path.read_text(encoding="utf-8"))
        out[record.get("doc") or path.stem + ".txt"] = record
    return out


def records(results: Iterable[Result]) -> Iterator[tuple[Result, dict | None]]:
    for r in results:
        yield r, (to_record(r.extraction) if r.extraction else None)


def build(inputs: Iterable[str], *, date: str | None = None, place: str | None = None,
          tally: Tally | None = None):
    """Inputs → (graph, results): one graph across all documents, file by file."""
    from .graph import GraphBuilder

    builder, results = GraphBuilder(), []
    for result in run(inputs, date=date, place=place, tally=tally):
        if result.extraction is not None:
            builder.add(result.extraction)
            result.extraction = None  # keep only the graph: memory follows the graph
        results.append(result)
    return builder.g, results


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
