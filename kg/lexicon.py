"""Load the data files in `kg/data/`: word lists and tables, each naming its source."""
from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> tuple[str, ...]:
    """Whitespace-separated words of a list file, longest first (for greedy matching)."""
    found = {w for line in _lines(name) for w in line.split()}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (comment lines skipped, header rows included)."""
    return tuple(tuple(line.split("\t")) for line in _lines(name))


def surnames() -> tuple[str, ...]:
    return words("surnames.txt")


def titles() -> tuple[str, ...]:
    return words("titles.txt")


def alternation(items) -> str:
    """A regex alternation of literal words, longest first."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))
