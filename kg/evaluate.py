"""Score extracted records against gold records, with the rules of the gold README.

Each field is compared as a set per document, then counts are summed over documents.
Names lose their spaces; places compare on their core (武威市 ~ 武威); campaigns lose
their quotation marks; events compare as (leader, org, date) triples (`who_led`, every
event with leaders) and as (org, date) pairs (`events`, dated events only), dates on month
and day only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .gazetteer import place_core
from .ingest import stem
from .pipeline import load_gold, records, run

FIELDS = ("who_led", "events", "persons", "positions", "organizations", "places", "campaigns")
_QUOTES = re.compile(r"[“”‘’\"'『』「」]")


def _name(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def _month_day(date: str | None) -> str | None:
    """Dates score on month and day only (2024-06-12 ~ 06-12)."""
    return date[-5:] if date else None


def items(record: dict, field_name: str) -> set:
    """The comparable set of one field of a record."""
    if field_name == "who_led":  # every event with leaders, dated or not
        return {(_name(p), _name(e.get("org")), _month_day(e.get("date")))
                for e in record.get("events", []) for p in e.get("leaders", [])}
    if field_name == "events":  # (org, date) pairs of the dated events only
        return {(_name(e.get("org")), _month_day(e.get("date"))) for e in record.get("events", [])
                if e.get("date")}
    if field_name == "positions":
        return {(_name(p["person"]), _name(p.get("org")), _name(p["title"]))
                for p in record.get("positions", [])}
    values = record.get(field_name, [])
    if field_name == "places":
        return {place_core(_name(v)) for v in values}
    if field_name == "campaigns":
        return {_QUOTES.sub("", _name(v)) for v in values}
    return {_name(v) for v in values}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    details: list[dict] = field(default_factory=list)  # per document: misses and spurious items


def evaluate(pairs) -> Report:
    """Score (predicted, gold) record pairs."""
    report = Report()
    for predicted, gold in pairs:
        detail = {"doc": gold.get("doc"), "missed": {}, "spurious": {}}
        for f in FIELDS:
            p, g = items(predicted, f), items(gold, f)
            s = report.scores[f]
            s.tp += len(p & g)
            s.fp += len(p - g)
            s.fn += len(g - p)
            detail["missed"][f] = sorted(g - p, key=repr)
            detail["spurious"][f] = sorted(p - g, key=repr)
        report.details.append(detail)
    return report


def format_report(report: Report, verbose: bool = False) -> str:
    lines = []
    if verbose:
        for d in report.details:
            lines.append(f"== {d['doc']}")
            for f in FIELDS:
                for kind in ("missed", "spurious"):
                    for item in d[kind][f]:
                        lines.append(f"  {f:<13} {kind:<8} {item}")
    lines.append(f"{'field':<14}{'precision':>10}{'recall':>10}{'f1':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
    for f, s in report.scores.items():
        lines.append(f"{f:<14}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    return "\n".join(lines)


# --- two annotators of the same pages -----------------------------------------------

@dataclass
class Agreement:
    """How far a second annotator's records agree with a first's, scored as `kg eval` scores an
    extraction (the first's records as gold): a ceiling for what any extractor can reach against
    one annotator's records."""

    report: Report
    only_first: list[str] = field(default_factory=list)  # documents the second did not annotate
    only_second: list[str] = field(default_factory=list)  # documents the first did not annotate


def agreement(first_dirs, second_dirs) -> Agreement:
    """Score the records in `second_dirs` against those in `first_dirs` on the documents both
    annotate (matched by the name of the text each record names)."""
    first = {doc: r for d in first_dirs for doc, r in load_gold(d).items()}
    second = {doc: r for d in second_dirs for doc, r in load_gold(d).items()}
    both = sorted(first.keys() & second.keys())
    return Agreement(evaluate((second[doc], first[doc]) for doc in both),
                     sorted(first.keys() - second.keys()), sorted(second.keys() - first.keys()))


# --- scoring several sets ---------------------------------------------------------

PAGE_FOLDERS = ("texts", "corpus")  # where a set folder keeps its pages, beside gold/


@dataclass(frozen=True)
class GoldSet:
    """Gold records and the pages they annotate, scored together under one name."""

    name: str
    gold: str  # folder of gold records
    pages: tuple[str, ...]  # files or folders of pages


def gold_set(folder, name: str | None = None) -> GoldSet:
    """The set in a folder that holds `gold/` and `texts/` (or `corpus/`), e.g. ../shared/devset."""
    pages = [Path(folder, d) for d in PAGE_FOLDERS if Path(folder, d).is_dir()]
    if not Path(folder, "gold").is_dir() or not pages:
        raise ValueError(f"{folder}: not a set folder (it needs gold/ beside texts/ or corpus/)")
    return GoldSet(name or str(folder), str(Path(folder, "gold")), (str(pages[0]),))


@dataclass
class SetReport:
    """The scores of one set, and what could not be scored."""

    set: GoldSet
    report: Report
    no_gold: list[str] = field(default_factory=list)  # pages extracted that have no gold record
    no_page: list[str] = field(default_factory=list)  # gold records whose page is not among the pages
    failed: list[str] = field(default_factory=list)  # pages that gave no record (error or warning)

    @property
    def scored(self) -> int:
        return len(self.report.details)

    def warnings(self) -> list[str]:
        """One line per page without gold, one line for all gold records without a page."""
        lines = [f"{page}: no gold record in {self.set.gold}, not scored" for page in self.no_gold]
        if self.no_page:
            shown = ", ".join(self.no_page[:5]) + (", …" if len(self.no_page) > 5 else "")
            lines.append(f"{self.set.gold}: {len(self.no_page)} gold records have no page among the inputs, "
                         f"not scored: {shown}")
        return lines


def combine(reports) -> Report:
    """One report that sums the counts of several (and keeps all their details)."""
    total = Report()
    for r in reports:
        for f, s in r.scores.items():
            t = total.scores[f]
            t.tp, t.fp, t.fn = t.tp + s.tp, t.fp + s.fp, t.fn + s.fn
        total.details.extend(r.details)
    return total


def score_set(s: GoldSet, on_result=None) -> SetReport:
    """Extract the pages of a set and score them against its gold; `on_result(result)` sees each input."""
    gold = load_gold(s.gold)
    out = SetReport(s, Report())
    pairs, seen = [], set()
    for result, record in records(run(s.pages)):
        if on_result is not None:
            on_result(result)
        if record is None:
            seen.add(Path(result.item).name)
            out.failed.append(result.item)
            continue
        doc = record["doc"]
        if doc not in gold and stem(doc) != doc:  # p.html (the page of p.txt) is scored by p.txt's gold
            doc = stem(doc) + ".txt"
        seen.add(doc)
        if doc in gold:
            pairs.append((record, gold[doc]))
        else:
            out.no_gold.append(result.item)
    out.report = evaluate(pairs)
    out.no_page = [doc for doc in gold if doc not in seen]
    return out


def score_sets(sets, on_result=None) -> list[SetReport]:
    """`score_set` for each set in turn; `combine(r.report for r in ...)` gives the scores of all."""
    return [score_set(s, on_result) for s in sets]


def format_sets(reports: list[SetReport], verbose: bool = False) -> str:
    """One set: the table of `format_report`, as it always was. Several: a table per set, then `all`."""
    if len(reports) == 1:
        return format_report(reports[0].report, verbose)
    blocks = []
    for r in reports:
        blocks.append(f"# {r.set.name}: {r.scored} pages scored\n{format_report(r.report, verbose)}")
    total = combine(r.report for r in reports)
    blocks.append(f"# all: {len(total.details)} pages scored in {len(reports)} sets\n{format_report(total)}")
    return "\n\n".join(blocks)


def _scores_json(scores: dict[str, Score]) -> dict:
    return {f: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "tp": s.tp, "fp": s.fp, "fn": s.fn} for f, s in scores.items()}


def sets_json(reports: list[SetReport], verbose: bool = False) -> dict:
    """The scores as plain data: {"sets": [...], "all": {...}}; `verbose` adds per-document details."""
    sets = []
    for r in reports:
        item = {"name": r.set.name, "gold": r.set.gold, "pages": list(r.set.pages), "scored": r.scored,
                "scores": _scores_json(r.report.scores), "no_gold": r.no_gold, "no_page": r.no_page,
                "failed": r.failed}
        if verbose:  # missed and spurious items per document (tuples become JSON arrays)
            item["details"] = r.report.details
        sets.append(item)
    total = combine(r.report for r in reports)
    return {"sets": sets, "all": {"scored": len(total.details), "scores": _scores_json(total.scores)}}
