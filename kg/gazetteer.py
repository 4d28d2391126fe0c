"""China's province, prefecture and county divisions: names, short forms, codes, parents,
and the divisions that bore a name before (a county that became a district, merged districts).

Data: `kg/data/divisions.tsv`, today's divisions, and `kg/data/divisions_history.tsv`, the
divisions no longer in use since 1981 with their years and successor codes (see their headers
for the sources).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, cached_property

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
    start: int | None = None  # first year in use; None: since 1981 or before (not dated)
    end: int | None = None  # the year it was renamed, renumbered or abolished; None: in use
    successor_codes: tuple[str, ...] = ()  # the codes that took over its area in `end`
    bare: str = ""  # a generic name (郊区) its city's name leads (佳木斯市郊区): the name as the text writes it

    @property
    def short(self) -> str:
        return self.bare or short_form(self.name)

    @property
    def current(self) -> bool:
        return self.end is None

    @property
    def uid(self) -> str:
        """Its code, or code@first year for a former division (codes are reused)."""
        return self.code if self.current else f"{self.code}@{self.start}"

    def in_use(self, year: int) -> bool:
        return (self.start or 0) <= year and (self.end is None or year < self.end)


def short_form(name: str) -> str:
    """天祝藏族自治县 → 天祝; 宁县 → 宁县 (a one-character core keeps its suffix)."""
    core = _strip(name)
    return core if len(core) >= 2 else name


def place_core(name: str) -> str:
    """The core used to compare place names (武威市 ~ 武威, 肃南裕固族自治县 ~ 肃南县)."""
    return _strip(name) or name


_AUTONOMOUS = {"自治县": "县", "自治旗": "旗", "自治州": "州"}


def _keys(d: Division) -> set[str]:
    """The names a division is found by: its own, its short form, and for an autonomous county,
    banner or prefecture its short form with the level as the press writes it (天祝藏族自治县 →
    天祝县, 东乡族自治县 → 东乡县, 楚雄彝族自治州 → 楚雄州); an autonomous one's short form with its
    autonomy (宁夏回族自治区 → 宁夏自治区)."""
    keys = {d.name, d.short}  # (a generic name led by its city's: that and the bare name, 阳泉市郊区 and 郊区)
    level = next((v for k, v in _AUTONOMOUS.items() if d.name.endswith(k)), None)
    if level and d.short != d.name:
        keys.add(d.short.removesuffix("族") + level)  # 东乡族自治县, named for its people: 东乡县
    if (autonomy := _AUTONOMY.search(d.name)) and autonomy[0].startswith("自治") and len(d.short) >= 2:
        keys.add(d.short + autonomy[0])  # without its peoples: 宁夏自治区, 楚雄自治州
    if (m := _WING_BANNER.fullmatch(d.name)) and (m["wing"] or m["part"]):
        keys.add(d.name[0] + (m["wing"] or "")[:1] + (m["part"] or "") + "旗")  # 察哈尔右翼后旗: 察右后旗
    if m := _DIRECTION_BANNER.fullmatch(d.name):
        keys.add(m["dir"] + m["rest"][0] + "旗")  # 东乌珠穆沁旗: 东乌旗
    return keys


# A banner named for its direction and its people's or land's long name: 东乌珠穆沁旗, shortened 东乌旗.
_DIRECTION_BANNER = re.compile(r"(?P<dir>[东西南北])(?P<rest>[\u4e00-\u9fff]{3,})旗")
# A banner named for its league's wing and part, which the press shortens to their first characters.
_WING_BANNER = re.compile(r"[\u4e00-\u9fff]{2,4}?(?P<wing>[左右]翼?)?(?P<part>[前中后])?旗")


def pressed(name: str, d: Division) -> bool:
    """Whether `name` is an autonomous division's short form with its level (`_keys`: 景宁县)."""
    return name != d.name and name in _keys(d) and name != d.short


class Gazetteer:
    """Lookups over the divisions table by full name, short form and code.

    `by_code` and `by_name` hold today's divisions; former ones (`former`) are reached by
    `lookup(..., year=)`, `resolve`, `at` and followed to today's by `successor`.
    """

    def __init__(self, divisions: list[Division], former: list[Division] = ()):
        self.by_code = {d.code: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        for d in divisions:
            for key in _keys(d):
                self.by_name.setdefault(key, []).append(d)
        self.former = list(former)
        self.former_by_name: dict[str, list[Division]] = {}
        self.former_by_code: dict[str, list[Division]] = {}
        for d in self.former:
            self.former_by_code.setdefault(d.code, []).append(d)
            for key in _keys(d):
                self.former_by_name.setdefault(key, []).append(d)

    def parent(self, d: Division) -> Division | None:
        if not d.current:  # the parent in its last year (唐山地区 for a county of 1982)
            return self.at(d.parent, d.end - 1) if d.parent else None
        return self.by_code.get(d.parent)

    def children(self, d: Division) -> list[Division]:
        """Today's divisions directly under `d`."""
        if not hasattr(self, "_children"):
            self._children: dict[str, list[Division]] = {}
            for c in self.by_code.values():
                if c.parent:
                    self._children.setdefault(c.parent, []).append(c)
        return self._children.get(d.code, [])

    def province(self, d: Division) -> Division:
        return self.by_code.get(d.code[:2] + "0000", d)

    def chain(self, d: Division) -> list[Division]:
        """The division and its ancestors up to the province."""
        out = [d]
        while (p := self.parent(out[-1])) is not None:
            out.append(p)
        return out

    def lookup(self, name: str, within: Division | None = None, year: int | None = None) -> Division | None:
        """Resolve a full or short name, preferring divisions inside `within`'s province.

        Undated, today's divisions only. With `year`, the division that bore the name that
        year, a former one too (崇文区 in 2008 → 110103@1981); a name no division bore
        that year resolves as `resolve` does undated.
        """
        if year is not None:
            cands = [d for d in self.by_name.get(name, []) + self.former_by_name.get(name, []) if d.in_use(year)]
            return self._pick(name, cands, within) if cands else self.resolve(name, within)
        return self._pick(name, self.by_name.get(name), within)

    def resolve(self, name: str, within: Division | None = None, year: int | None = None) -> Division | None:
        """Any name ever borne since 1981: at `year` as `lookup` does; undated, as `lookup` for
        a name borne today, else the former division that bore it latest (闸北区 → 310108@1981)."""
        if year is not None:
            return self.lookup(name, within, year)
        if name in self.by_name:  # borne today, even if ambiguous (通州): never a former one
            return self.lookup(name, within)
        cands = self.former_by_name.get(name)
        if not cands:
            return None
        latest = max(d.end for d in cands)
        return self._pick(name, [d for d in cands if d.end == latest], within)

    def place(self, name: str, within: Division | None = None) -> Division | None:
        """A place as a user or a sidecar writes it: a name `resolve` knows (定西市), or one
        led by the divisions around it (甘肃省定西市安定区, 佳木斯市郊区: the 郊区 inside
        佳木斯市, though many divisions bear the name)."""
        if (d := self.resolve(name, within)) is not None:
            return d
        for cut in range(len(name) - 2, 1, -1):
            outer = self.resolve(name[:cut], within)
            if outer is None:
                continue
            inner = [d for d in self.by_name.get(name[cut:], []) if outer in self.chain(d)[1:]]
            if len(inner) == 1:
                return inner[0]
            if not inner and (d := self.place(name[cut:], outer)) is not None and outer in self.chain(d)[1:]:
                return d
        return None

    def unplaced(self, name: str) -> str:
        """Why `place` cannot tell `name`, for a message: the divisions that bear it, each led
        by the one around it (普陀区: 上海市普陀区, 舟山市普陀区), or that none has since 1981."""
        bearers = self.by_name.get(name, [])
        if len(bearers) < 2:
            return "no division of this name since 1981"
        led = sorted(p.name + d.name for d in bearers if (p := self.parent(d)) is not None)
        shown = "、".join(led[:4]) + ("…" if len(led) > 4 else "")
        return f"several divisions bear this name; lead it with the one around it ({shown})"

    def at(self, code: str, year: int) -> Division | None:
        """The division that bore `code` in `year` (codes are reused: 130107 in 1985 and today)."""
        for d in self.former_by_code.get(code, ()):
            if d.in_use(year):
                return d
        if (d := self.by_code.get(code)) is not None:
            return d
        former = self.former_by_code.get(code)
        return max(former, key=lambda d: d.end) if former else None

    def as_of(self, d: Division, year: int) -> Division:
        """The division that covered `d`'s place in `year`, under its name then: 广德市 (2019–) in
        2017 → 广德县. Only a one-to-one line (a rename, a county become a city or district);
        where several divisions merged into `d`, `d` itself."""
        while not d.in_use(year):
            if (before := self._one_before(d)) is None:
                return d
            d = before
        return d

    def former_county(self, d: Division) -> Division | None:
        """The county a county-level city or district was before (宁乡市 → 宁乡县), where one
        county alone became it; else None."""
        before = self._one_before(d)
        return before if before is not None and before.name.endswith("县") else None

    def _one_before(self, d: Division) -> Division | None:
        """The one division of `d`'s level that `d` took over the year it began, else None."""
        before = [b for b in self._predecessors.get(d.code, []) if b.end is not None and b.end == d.start]
        return before[0] if len(before) == 1 and before[0].level == d.level else None

    @cached_property
    def _predecessors(self) -> dict[str, list[Division]]:
        """Successor code → the former divisions whose area passed to it."""
        out: dict[str, list[Division]] = {}
        for f in self.former:
            for code in f.successor_codes:
                out.setdefault(code, []).append(f)
        return out

    def next_divisions(self, d: Division) -> list[Division]:
        """The divisions that took over a former division's area the year it ended."""
        out = []
        for code in d.successor_codes:
            if (n := self.at(code, d.end)) is not None and n != d and n not in out:
                out.append(n)
        return out

    def successors(self, d: Division) -> list[Division]:
        """Today's divisions that a division's area passed to (itself if in use): the
        successor codes followed through later changes (宣武区 → 西城区)."""
        out, seen, todo = [], set(), [d]
        while todo:
            x = todo.pop(0)
            if x.uid in seen:
                continue
            seen.add(x.uid)
            if x.current:
                if x not in out:
                    out.append(x)
            else:
                todo.extend(self.next_divisions(x))
        return out

    def successor(self, d: Division) -> Division | None:
        """The division of today that `d` became (the first, where its area was split)."""
        found = self.successors(d)
        return found[0] if found else None

    def former_names(self) -> list[str]:
        """Full names of former divisions that no division of today bears."""
        return [n for n in dict.fromkeys(d.name for d in self.former) if n not in self.by_name]

    def _pick(self, name: str, cands: list[Division] | None, within: Division | None) -> Division | None:
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
    history = table("divisions_history.tsv")[1:]
    since = {c: int(start) for c, _, _, _, start, end, _ in history if not end}
    parents = {c: p for c, _, _, p, _, _ in rows}
    for c in parents:  # no division is older than its parent (重庆市's districts: 1997)
        p, dates = parents[c], [since.get(c, 0)]
        while p:
            dates.append(since.get(p, 0))
            p = parents.get(p, "")
        if max(dates):
            since[c] = max(dates)
    names = {c: n for c, n, *_ in history} | {c: n for c, n, *_ in rows}
    return Gazetteer([
        _led_by_city(Division(c, n, lv, p, float(lon) if lon else None, float(lat) if lat else None, since.get(c)), names)
        for c, n, lv, p, lon, lat in rows
    ], [
        _led_by_city(Division(c, n, lv, p, None, None, int(start), int(end), tuple(filter(None, succ.split(";")))), names)
        for c, n, lv, p, start, end, succ in history if end
    ])


def _led_by_city(d: Division, names: dict[str, str]) -> Division:
    """A division of a generic name (城区, 郊区, 矿区) named with its city's (阳泉市郊区), as a page and
    a reader must name it to tell one from another, its bare name kept to find it by; others as they are."""
    if d.name in _GENERIC_NAMES and d.parent in names:
        return replace(d, name=names[d.parent] + d.name, bare=d.name)
    return d


_GENERIC_NAMES = ("城区", "郊区", "矿区")  # districts of several cities named only by what they are
