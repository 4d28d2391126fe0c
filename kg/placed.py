"""Patterns with a division's name inside (政协X委员会, 民盟X市委, 来源:X日报), found as
`re.finditer` finds them, with the names looked up rather than compiled into a regex.

Why: the gazetteer's names as one regex alternation (`trie_pattern`, 30,000 characters)
took some 40 ms to compile each time a pattern embedded it, five times in all, in the start-up of
every process that extracts a page. Here a pattern is its branches, tried in order at each
position where one may start (`candidates`, a small regex), as a regex alternation tries them;
a branch with a place (`Placed`) tries the ways its head matches there, in the order the regex
engine would try them, then the division names that start after it, longest first (the order of
`trie_pattern`'s alternation), each followed by its tail, a small regex, matched where the name
ends. The first that matches is the match, and the search goes on after it: the same matches,
with the same groups, as the regex with the names compiled in.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .patterns import division_names_at


class Found:
    """A match: `m.group(0)`, `m.start()`, `m.end()` and `m[name]` (None for a group that took
    no part), as a `re.Match` gives them."""

    __slots__ = ("string", "_start", "_end", "_groups")

    def __init__(self, string: str, start: int, end: int, groups: dict[str, str | None]):
        self.string, self._start, self._end, self._groups = string, start, end, groups

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("only group 0 is given by number")
        return self.string[self._start:self._end]

    def __getitem__(self, name: str) -> str | None:
        return self._groups.get(name)


# The ways a branch's head matches at a position: (where it ends, its groups), in the order the
# regex engine tries them.
Heads = Callable[[str, int, int], list[tuple[int, dict]]]


@dataclass(frozen=True)
class Placed:
    """A branch `HEAD (?:FIRST|(?P<place>NAMES)TAIL|BARE)`: `first` (a regex, optional) is
    tried where the head ends, then each division name there with `tail` after it, then `bare`
    (optional: what may stand instead of a name, or a name that may be left out)."""

    heads: Heads
    place: str
    tail: re.Pattern
    first: re.Pattern | None = None
    bare: re.Pattern | None = None

    def match(self, text: str, at: int, end: int) -> Found | None:
        for after, groups in self.heads(text, at, end):
            if self.first is not None and (m := self.first.match(text, after, end)):
                return Found(text, at, m.end(), groups | m.groupdict())
            for name in division_names_at(text, after, end):
                if m := self.tail.match(text, after + len(name), end):
                    return Found(text, at, m.end(), groups | {self.place: name} | m.groupdict())
            if self.bare is not None and (m := self.bare.match(text, after, end)):
                return Found(text, at, m.end(), groups | m.groupdict())
        return None


@dataclass(frozen=True)
class PlacedPattern:
    """Branches (`Placed`, or plain compiled regexes) tried in order at each position
    `candidates` finds, as the regex `branch|branch|…` would try them there. Every match is a
    `Found`, whose groups of other branches are None (as in one regex)."""

    candidates: re.Pattern
    branches: tuple

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Found]:
        end = len(text) if end is None else min(end, len(text))
        pos = start
        while pos <= end and (c := self.candidates.search(text, pos, end)):
            at = c.start()
            m = next((m for branch in self.branches if (m := branch.match(text, at, end))), None)
            if m is None:
                pos = at + 1
            else:
                yield m if isinstance(m, Found) else Found(text, m.start(), m.end(), m.groupdict())
                pos = m.end() if m.end() > at else at + 1


def literal_heads(words: tuple[str, ...], group: str, after: Callable[[str, int, int], list[int]] | None = None) -> Heads:
    """Heads that are one of `words` (tried in their order) named `group`; `after` gives the
    positions the head may end at once the word is read (an optional part after it), in order."""

    def heads(text: str, at: int, end: int) -> list[tuple[int, dict]]:
        out = []
        for word in words:
            if text.startswith(word, at) and at + len(word) <= end:
                stops = after(text, at + len(word), end) if after else [at + len(word)]
                out += [(stop, {group: word}) for stop in stops]
        return out

    return heads


def optional(pattern: re.Pattern) -> Callable[[str, int, int], list[int]]:
    """The positions `(?:pattern)?` may end at, in the order a regex tries them (with it, then
    without), for a pattern that matches in one way at most where it matches."""

    def stops(text: str, at: int, end: int) -> list[int]:
        m = pattern.match(text, at, end)
        return [m.end(), at] if m else [at]

    return stops
