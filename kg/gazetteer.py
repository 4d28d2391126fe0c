"""China's province, prefecture and county divisions: names, short forms, codes, parents.

Data: `kg/data/divisions.tsv` (see its header for the source).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import alternation, table, words

# Level suffixes, and the autonomy suffix with the ethnic groups before it, stripped to get
# a division's short form (天祝藏族自治县 → 天祝, 宁夏回族自治区 → 宁夏, 武威市 → 武威).
_LEVEL = re.compile(r"(?:特别行政区|地区|省|市|县|区|旗|盟|州)$")
_AUTONOMY = re.compile(r"自治(?:区|州|县|旗)$|(?<=族)区$")


@cache
def _ethnic_tail() -> re.Pattern:
    """One ethnic group at the end of a name: 藏族, 蒙古(族), 维吾尔 — one-character names need 族."""
    groups = words("ethnic_groups.txt")
    multi = alternation(g for g in groups if len(g) > 1)
    single = alternation(g for g in groups if len(g) == 1)
    return re.compile(rf"(?:(?:{multi})族?|(?:{single})族)$")


def _strip(name: str) -> str:
    if _AUTONOMY.search(name):
        core = _AUTONOMY.sub("", name)
        while (m := _ethnic_tail().search(core)) and m.start() >= 2:
            core = core[:m.start()]
        return core
    return _LEVEL.sub("", name)


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province | prefecture | county
    parent: str  # code, "" for a province
    lon: float | None
    lat: float | None

    @property
    def short(self) -> str:
        return short_form(self.name)


def short_form(name: str) -> str:
    """天祝藏族自治县 → 天祝; 宁县 → 宁县 (a one-character core keeps its suffix)."""
    core = _strip(name)
    return core if len(core) >= 2 else name


def place_core(name: str) -> str:
    """The core used to compare place names (武威市 ~ 武威, 肃南裕固族自治县 ~ 肃南县)."""
    return _strip(name) or name


class Gazetteer:
    """Lookups over the divisions table by full name, short form and code."""

    def __init__(self, divisions: list[Division]):
        self.by_code = {d.code: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        for d in divisions:
            for key in {d.name, d.short}:
                self.by_name.setdefault(key, []).append(d)

    def parent(self, d: Division) -> Division | None:
        return self.by_code.get(d.parent)

    def province(self, d: Division) -> Division:
        return self.by_code.get(d.code[:2] + "0000", d)

    def chain(self, d: Division) -> list[Division]:
        """The division and its ancestors up to the province."""
        out = [d]
        while (p := self.parent(out[-1])) is not None:
            out.append(p)
        return out

    def lookup(self, name: str, within: Division | None = None) -> Division | None:
        """Resolve a full or short name, preferring divisions inside `within`'s province."""
        cands = self.by_name.get(name)
        if not cands:
            return None
        exact = [d for d in cands if d.name == name]
        if len(exact) == 1:
            return exact[0]
        cands = exact or cands
        if within is not None:
            local = [d for d in cands if d.code[:2] == within.code[:2]]
            if local:
                cands = local
        if len(cands) == 1:
            return cands[0]
        # Ambiguous short forms: the higher level wins (吉林 → 吉林省), else give up.
        levels = sorted(cands, key=lambda d: ("province", "prefecture", "county").index(d.level))
        if levels[0].level != levels[1].level:
            return levels[0]
        return None

    def names(self) -> list[str]:
        return list(self.by_name)


@cache
def gazetteer() -> Gazetteer:
    rows = table("divisions.tsv")[1:]
    return Gazetteer([
        Division(c, n, lv, p, float(lon) if lon else None, float(lat) if lat else None)
        for c, n, lv, p, lon, lat in rows
    ])
