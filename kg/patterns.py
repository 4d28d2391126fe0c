"""Compiled regular expressions built from the lexicons (built once, on first use)."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .gazetteer import gazetteer
from .lexicon import jieba_words, table, titles, words


def trie_pattern(items) -> str:
    """A regex matching any of `items`, built as a character trie (fast for thousands)."""
    trie: dict = {}
    for word in items:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


@cache
def place_names() -> str:
    names = [n for n in gazetteer().names() if len(n) >= 2]
    return trie_pattern(names)


@cache
def _division_re() -> re.Pattern:
    return re.compile(place_names())


def division_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every gazetteer name in text[start:end], longest at each position (scan a page once)."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group(0)) for m in _division_re().finditer(text, start, end)]


@cache
def former_names() -> tuple[str, ...]:
    """Former divisions' full names that no division bears today (闸北区, 崇文区, 户县)."""
    return tuple(gazetteer().former_names())


@cache
def _former_re() -> re.Pattern:
    return re.compile(trie_pattern(former_names()))


def former_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every former division's full name in text[start:end] (kept apart from `division_spans`,
    whose names bodies and the locality are built on)."""
    end = len(text) if end is None else end
    found = [(m.start(), m.end(), m.group(0)) for m in _former_re().finditer(text, start, end)]
    short = Counter(f[2] for f in found if len(f[2]) == 2 and not _word_around(text, f[0]))
    return [f for f in found if len(f[2]) > 2 or short[f[2]] >= 2]


def _word_around(text: str, at: int) -> bool:
    """Whether a two-character name at `at` is an ordinary word or part of one: 新区, 市区,
    开县 in 召开县政协, 任县 in 任县妇联副主席 (appointed to the county's). Such a name is taken
    only where none of this holds, twice in the page."""
    words = jieba_words()
    name = text[at:at + 2]
    return name[0] in _GENERIC_CORE or words.get(name, ("ns",))[0] != "ns" \
        or text[at - 1:at] in _BEFORE_SHORT_NAME or any(text[at - k:at + 1] in words for k in (1, 2) if at >= k)


_GENERIC_CORE = set("新市城郊矿")
_BEFORE_SHORT_NAME = set("任在到赴于至全各本该每和与及为由向对把被从")


@cache
def title_re() -> re.Pattern:
    return re.compile(trie_pattern(titles()))


@cache
def surname_re() -> re.Pattern:
    return re.compile(trie_pattern(words("surnames.txt")))


@cache
def national_bodies() -> dict[str, str]:
    """Alias or canonical name → canonical name of central bodies."""
    out = {}
    for row in table("national_bodies.tsv"):
        out[row[0]] = row[0]
        if len(row) > 2:
            for alias in row[2].split(","):
                out[alias] = row[0]
    return out


@cache
def event_nouns() -> dict[str, str]:
    return {noun: kind for kind, noun in table("event_nouns.tsv")}
