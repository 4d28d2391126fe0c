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

from .gazetteer import place_core

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
