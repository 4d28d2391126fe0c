"""Compiled regular expressions built from the lexicons (built once, on first use)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from .gazetteer import gazetteer
from .lexicon import jieba_words, table, titles, words

# 市委常委、某县委书记: a city's standing member heading a county of the city, the county no locality
CITY_LEADERS_COUNTY = re.compile(r"[市州盟]委常委、$")


def trie_pattern(items, guard: bool = False) -> str:
    """A regex matching any of `items`, built as a character trie (fast for thousands).

    With `guard`, a lookahead class of the words' first characters opens it: embedded in a
    larger pattern (after a lazy `[^,。]{2,40}?`), a position no word starts at then fails at
    once instead of being tried against each branch in turn. A pattern compiled from the trie
    alone needs none (the regex engine skips such positions itself)."""
    items = list(items)
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

    if guard and items and all(items):
        return f"(?=[{re.escape(''.join(sorted({w[0] for w in items})))}])" + emit(trie)
    return emit(trie)


class LongestMatch:
    """Every word of a list in a text, leftmost first and longest at each position, without
    overlaps: what `re.finditer` over `trie_pattern(words)` finds. A regex alternation tries
    its branches one by one (hundreds of first characters for the gazetteer) at every position;
    here a regex of two character classes picks the positions where a word may start (one in
    seven), and a lookup of their first two characters, then of the words, decides. Words have
    two or more characters."""

    def __init__(self, items) -> None:
        self.words = frozenset(items)
        if any(len(w) < 2 for w in self.words):
            raise ValueError("LongestMatch needs words of two or more characters")
        lengths: dict[str, set[int]] = defaultdict(set)
        for word in self.words:
            lengths[word[:2]].add(len(word))
        self.lengths = {head: sorted(ks, reverse=True) for head, ks in lengths.items()}
        firsts, seconds = ("".join(sorted({head[i] for head in self.lengths})) for i in (0, 1))
        self.heads = re.compile(f"(?=[{re.escape(firsts)}][{re.escape(seconds)}])")

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        end = len(text) if end is None else min(end, len(text))
        out = []
        free = max(start, 0)  # the first position not inside a word found
        for m in self.heads.finditer(text, start, end):
            i = m.start()
            if i < free:
                continue
            for k in self.lengths.get(text[i:i + 2], ()):
                if i + k <= end and text[i:i + k] in self.words:
                    out.append((i, i + k, text[i:i + k]))
                    free = i + k
                    break
        return out

    def starting_at(self, text: str, at: int, end: int | None = None) -> list[str]:
        """Every word text[at:end] starts with, longest first: the order in which a regex
        alternation of `trie_pattern(words)` tries them there."""
        end = len(text) if end is None else min(end, len(text))
        return [text[at:at + k] for k in self.lengths.get(text[at:at + 2], ()) if at + k <= end and text[at:at + k] in self.words]


def finditer_needing(pattern: re.Pattern, needs: tuple[str, ...], text: str, start: int, end: int):
    """`pattern.finditer(text, start, end)`, or nothing at once where text[start:end] holds none
    of `needs`, words one of which every match of `pattern` contains: a cheap test that spares
    a scan trying a pattern at every position of a text that cannot match it."""
    if any(text.find(word, start, end) >= 0 for word in needs):
        return pattern.finditer(text, start, end)
    return iter(())


@cache
def _division_names() -> tuple[str, ...]:
    return tuple(n for n in gazetteer().names() if len(n) >= 2)


@cache
def _divisions() -> LongestMatch:
    return LongestMatch(_division_names())


_BODY_OPENS = tuple("委政人纪党")  # the first characters of a place's bodies (委, 政府, 人大, 纪委, 党委)


def division_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every gazetteer name in text[start:end], longest at each position (scan a page once); a
    short name that a full one overlaps from its second character yields to it where a body
    follows that one (会上海南省委: 海南省委, not 上海; 上海城市建设 stays 上海)."""
    found = _divisions().spans(text, start, end)
    out: list[tuple[int, int, str]] = []
    for i, j, name in found:
        if out and i < out[-1][1]:
            continue  # inside the full name taken instead
        if j - i == 2 and (full := next((w for w in _divisions().starting_at(text, i + 1, end)
                                         if len(w) >= 3 and w[-1] in "省市县区州"
                                         and text[i + 1 + len(w):i + 2 + len(w)] in _BODY_OPENS), None)):
            out.append((i + 1, i + 1 + len(full), full))
            continue
        out.append((i, j, name))
    return out


def division_names_at(text: str, at: int, end: int | None = None) -> list[str]:
    """The gazetteer names text[at:end] starts with, longest first: the order in which a regex
    alternation of them (`trie_pattern`) tries them there (`kg.placed`)."""
    return _divisions().starting_at(text, at, end)


@cache
def former_names() -> tuple[str, ...]:
    """Former divisions' full names that no division bears today (闸北区, 崇文区, 户县)."""
    return tuple(gazetteer().former_names())


@cache
def _formers() -> LongestMatch:
    return LongestMatch(former_names())


def former_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every former division's full name in text[start:end] (kept apart from `division_spans`,
    whose names bodies and the locality are built on)."""
    found = _formers().spans(text, start, end)
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
    """The titles, longest first; not 区长 read across 社区 (某社区长者服务中心: a community's elders)."""
    return re.compile(f"(?:{trie_pattern(titles())})(?<!社区长)")


@cache
def surname_re() -> re.Pattern:
    return re.compile(trie_pattern(words("surnames.txt")))


@cache
def surname_starts() -> frozenset[str]:
    """The first characters of the surnames: a set lookup tells where `surname_re` cannot match,
    which its `match` finds out only after trying its hundreds of branches."""
    return frozenset(w[0] for w in words("surnames.txt"))


@cache
def national_bodies() -> dict[str, str]:
    """Alias or canonical name → canonical name of central bodies."""
    out = {}
    for row in table("national_bodies.tsv"):
        out[row[0]] = row[0]
        if len(row) > 2:
            for alias in filter(None, row[2].split(",")):  # an empty alias field names none
                out[alias.lstrip("~")] = row[0]
    return out


@cache
def national_names() -> dict[str, str]:
    """How a written central body is recorded: its own name where the text's is a name of its
    own (国家发改委), else the canonical name (中纪委 → 中央纪委)."""
    written = {alias for row in table("national_bodies.tsv") if len(row) > 2
               for alias in row[2].split(",") if alias and not alias.startswith("~")}
    return {name: name if name in written else canonical for name, canonical in national_bodies().items()}


@cache
def event_nouns() -> dict[str, str]:
    return {noun: kind for kind, noun in table("event_nouns.tsv")}
