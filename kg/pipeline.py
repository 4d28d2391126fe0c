"""The whole chain for a notebook or the CLI: inputs → records, one file at a time."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .extract import extract
from .ingest import InputError, InputWarning, iter_inputs, load
from .model import Extraction
from .normalize import normalize
from .record import to_record


@dataclass
class Result:
    """What happened to one input: an extraction, or an error or warning message."""

    item: str
    extraction: Extraction | None = None
    error: str | None = None
    warning: str | None = None


def extract_text(text: str, name: str = "<text>", **meta) -> Extraction:
    """Extract from a string (notebooks, tests)."""
    return extract(normalize(text, name, **meta))


def run(inputs: Iterable[str], *, date: str | None = None, place: str | None = None) -> Iterator[Result]:
    """Extract every input in turn; a bad input yields an error Result and the rest go on."""
    for item in iter_inputs(inputs):
        try:
            yield Result(item, extraction=extract(load(item, date=date, place=place)))
        except InputWarning as exc:
            yield Result(item, warning=str(exc))
        except InputError as exc:
            yield Result(item, error=str(exc))
        except Exception as exc:  # a bug must not cost the other files their output
            yield Result(item, error=f"{item}: internal error ({type(exc).__name__}: {exc}); "
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


def build(inputs: Iterable[str], *, date: str | None = None, place: str | None = None):
    """Inputs → (graph, results): one graph across all documents, file by file."""
    from .graph import GraphBuilder

    builder, results = GraphBuilder(), []
    for result in run(inputs, date=date, place=place):
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
