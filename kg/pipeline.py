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
from .ingest import InputError, InputWarning, find_inputs, load
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


@dataclass
class Tally:
    """Every input of a run accounted for: found, read, skipped (by reason) and failed."""

    read: int = 0
    failed: int = 0
    skipped: Counter = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        if result.extraction is not None:
            self.read += 1
        elif result.error is not None:
            self.failed += 1
        else:
            self.skipped[result.skipped or "empty"] += 1

    @property
    def found(self) -> int:
        return self.read + self.failed + sum(self.skipped.values())

    def __str__(self) -> str:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
        skipped = f"{sum(self.skipped.values())} skipped ({reasons})" if reasons else "0 skipped"
        return f"{self.found} inputs found: {self.read} read, {skipped}, {self.failed} failed"


def extract_text(text: str, name: str = "<text>", **meta) -> Extraction:
    """Extract from a string (notebooks, tests)."""
    return extract(normalize(text, name, **meta))


def run(inputs: Iterable[str], *, date: str | None = None, place: str | None = None,
        tally: Tally | None = None) -> Iterator[Result]:
    """Extract every input in turn; a bad input yields an error Result and the rest go on.
    Files a folder holds that are not text are not yielded, only counted in `tally`;
    a `date` that is no real YYYY-MM-DD day raises ValueError."""
    if date is not None:
        iso_date(date)
    tally = tally if tally is not None else Tally()
    for found in find_inputs(inputs):
        result = _run_one(found, date, place)
        tally.add(result)
        if result.skipped != "not a .txt file":
            yield result


def _run_one(found, date, place) -> Result:
    item, warnings = found.item, []
    if found.error or found.skipped:
        return Result(item, name=found.name, error=found.error, skipped=found.skipped,
                      warning=f"{item}: {found.skipped}, {'read once' if 'twice' in found.skipped else 'not read'}"
                      if found.skipped else None)
    try:
        ex = extract(load(item, date=date, place=place, name=found.name, warnings=warnings))
        warnings += [w for w in ex.warnings if w.endswith(NOT_A_DAY)]
        return Result(item, extraction=ex, name=found.name, warning="; ".join(warnings) or None)
    except InputWarning as exc:
        return Result(item, name=found.name, warning=str(exc), skipped="empty")
    except InputError as exc:
        return Result(item, name=found.name, error=str(exc))
    except Exception as exc:  # a bug must not cost the other files their output
        return Result(item, name=found.name, error=f"{item}: internal error ({type(exc).__name__}: {exc}); "
                                                   "please report it with this file")


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
    lines = []
    for node, docs in sorted(graph.graph["merges"].items()):
        if len(docs) > 1:
            province = node.rsplit("@", 1)[1]
            lines.append(f"{node}: one person across {len(docs)} documents ({', '.join(sorted(docs))}): "
                         f"same name, same province code {province}0000")
    return lines
