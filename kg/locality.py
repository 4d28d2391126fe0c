"""Where an article is set: its locality, from everything the page offers, and which source said so.

Sources, in order of trust:

1. `sidecar` — the place a user or the sidecar gave (`Document.place`) for the whole page;
2. `dateline` — 本报X讯, or a wire dateline (新华社X月X日电, 人民网北京3月3日电); being the
   article's own word, a dateline also narrows or overrides the sidecar's page-wide place
   (a paper's page carries articles from many places);
3. `outlet` — the page's outlet named in the text or the sidecar's `paper`: 汕尾日报,
   云上保康, 温州新闻网, 汕尾发布, 临海融媒, 来源:X县人民政府网;
4. `address` — the host of the page's address (sidecar `source`), matched against the
   pinyin of division names: a body's own site (`linhai.gov.cn`, `www.linhai.gov.cn`,
   `linhairenda.gov.cn`, `lhzx.linhai.gov.cn`) names its division; a regional channel of
   another site (`linhai.example.com`) or a path segment only hints (see below), and so does a
   government host that is only a county's initials (`mdx.gov.cn`: the text chooses among
   the counties that share them); a polyphone's rarer reading counts where the common one
   spells nothing (`yandu` → 盐都区); a province's and a city's initials (`ahsz.tv`), a
   city's and a county's on a government host or beside an outlet's affix (`xxmyq.gov.cn`,
   `jxxznews`), a bare `.cn` name with a path (`zhushan.cn/paper/…`) and a mobile channel
   (`m-xiaochang`) only hint, homophones chosen by the kind of body the page names short;
5. `text` — the divisions the article names, weighted by where they stand (headline ×3,
   lead ×2, body ×1), counted only at word boundaries (the 和县 of 乡镇和县直单位 is none),
   former ones for the division that bore the name (户县); an article that calls its bodies
   mostly `县委`, `县政协` (`区委`) is set in a county (district), whatever city it visited, and
   in a city's one county where the text names the city only (新余市 → 分宜县).

A division renamed since the page was written is its locality under the name it bore then
(广德市 on a page of 2017 → 广德县).

The first source that names a division decides; a later one may only narrow it down to a
division inside it (a province from an address, a county from the lead), except that a
dateline overrides a page-wide sidecar place. Hints from a portal's regional channel or a
path decide only where the text names no other division. An article that names nothing and
has no dateline, date or byline of its own (a sub-headed section of a long feature)
continues the article before it.
Nothing here guesses: where no source decides, the locality is None and short references
(市政协, 县委) stay as written.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from .gazetteer import Division, gazetteer
from .lexicon import is_common_word, jieba_cut, jieba_words, surnames, table, titles
from .model import Article, Document
from .orgs import ref_stands_alone
from .people import follows_name
from .patterns import CITY_LEADERS_COUNTY, division_spans
from .placed import Placed, PlacedPattern, optional
from .places import SUFFIX_WORD, find_divisions, inside_title, level_glued, opens_a_name, runs_on

SOURCES = ("sidecar", "dateline", "outlet", "address", "text")


@dataclass(frozen=True)
class Locality:
    """An article's division (or None) and the source that decided it (or None)."""

    place: Division | None = None
    source: str | None = None

    @property
    def name(self) -> str | None:
        return self.place.name if self.place else None


# -- helpers -------------------------------------------------------------------------------

def _inside(d: Division, outer: Division) -> bool:
    """Whether `d` lies strictly inside `outer`."""
    return d.code != outer.code and outer in gazetteer().chain(d)


def _related(a: Division, b: Division) -> bool:
    chain_a, chain_b = gazetteer().chain(a), gazetteer().chain(b)
    return a in chain_b or b in chain_a


def _lookup(name: str, within: Division | None) -> Division | None:
    """Today's division of a name, else (where the gazetteer knows former divisions) the
    division that bore it last (广德县, a county until it became 广德市)."""
    g = gazetteer()
    return g.lookup(name, within=within) or (g.resolve(name, within) if hasattr(g, "resolve") else None)


def _leading_division(text: str, within: Division | None) -> Division | None:
    """The division whose name opens `text` (湖南人大融媒体中心 → 湖南省), or the innermost of
    those that open it one inside another (北京市通州区融媒体中心 → 通州区)."""
    spans, d, at = division_spans(text), None, 0
    while (nxt := next((s for s in spans if s[0] == at), None)) and (inner := _lookup(nxt[2], d or within)) \
            and (d is None or _inside(inner, d)):
        d, at = inner, nxt[1]
    return d


# -- dateline ------------------------------------------------------------------------------

# A wire dateline opening the lead: 新华社北京3月5日电, 人民网北京3月3日电, 中新网兰州5月2日电.
_WIRE = re.compile(r"^\s*[(【]?(?:新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|中国新闻网)"
                   r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:\d{1,2}月\d{1,2}日)?电")


def dateline_place(doc: Document, a: Article, province: Division | None) -> Division | None:
    """The division of the article's dateline: 本报X讯, or a wire dateline in its lead."""
    if a.dateline:
        return _lookup(a.dateline, province)
    body = a.start + len(a.headline)
    for line in doc.text[body:a.end].lstrip("\n").split("\n")[:2]:
        if m := _WIRE.match(line):
            return _lookup(m["place"], province)
    return None


# -- outlet --------------------------------------------------------------------------------

_OUTLET_NOUN = r"(?:日报|晚报|新闻网|融媒体中心|融媒体|广播电视台|电视台|新闻中心|政府网|发布|在线|融媒|新闻|网|报)"
_APP = r"(?:云上|今日|掌上)"


_SOURCE_LABEL = re.compile(r"(?:来源|稿源|转自|转载自|出处|当前位置)[::]\s*\[?")  # 来源:[某某日报]
_QUOTE_OPEN = re.compile(r"[《“「【]")
_QUOTE_OR_SPACE = re.compile(r"[《“「【\s]")
_APP_RE = re.compile(_APP)
_OUTLET_TAIL = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?{_OUTLET_NOUN}(?=[》”」】)\]\s\d,。、;:]|讯|报道|消息|微信|客户端|首页|$)", re.M)
_APP_TAIL = re.compile(r"(?=[》”」】)\s,。、;]|讯|客户端|$)", re.M)


def _line_start(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] == "\n"


def _outlet_heads(text: str, at: int, end: int) -> list[tuple[int, dict]]:
    """Where an outlet's place may start, opened at `at` by 来源: (稿源:, 转自: …), an opening
    quote, a line's start or 据, in this order; each with an app's word (云上, 今日, 掌上) before
    the place, then without."""
    opened = [m.end() for m in (_SOURCE_LABEL.match(text, at, end), _QUOTE_OPEN.match(text, at, end)) if m]
    opened += [at] if _line_start(text, at) else []
    opened += [at + 1] if text.startswith("据", at) and at < end else []
    return [(stop, {}) for after in opened for stop in optional(_APP_RE)(text, after, end)]


def _app_heads(text: str, at: int, end: int) -> list[tuple[int, dict]]:
    """Where an app's place starts (云上X, 今日X, 掌上X), opened at `at` by a line's start, an
    opening quote or a space."""
    opened = ([at] if _line_start(text, at) else []) + [m.end() for m in [_QUOTE_OR_SPACE.match(text, at, end)] if m]
    return [(m.end(), {}) for after in opened if (m := _APP_RE.match(text, after, end))]


@cache
def _outlet_pattern() -> PlacedPattern:
    """An outlet named where outlets are named: after 来源/稿源/转自/据, in 《》 or “”, opening a
    line, or opening a dateline (X日报讯); its name starts with a division (full or short). As
    `(?:(?:来源|…|当前位置)[::]\\s*\\[?|[《“「【]|^|据)(?P<name>{_APP}?(?P<place>PLACE)[\\u4e00-\\u9fff]{0,6}?{_OUTLET_NOUN})(?=…)`
    `|(?:^|[《“「【\\s])(?P<app>{_APP}(?P<aplace>PLACE))(?=…)` (re.M) would find them, PLACE a
    gazetteer name (`kg.placed`)."""
    # where a head can open: a line's start, a label's first character, a quote, 据, or a space
    # before an app's word (a space opens nothing else), so that few positions are tried
    return PlacedPattern(re.compile(rf"^|(?=[来稿转出当据《“「【]|\s{_APP})", re.M),
                         (Placed(_outlet_heads, "place", _OUTLET_TAIL), Placed(_app_heads, "aplace", _APP_TAIL)))


def outlet_place(doc: Document, province: Division | None = None) -> Division | None:
    """The division of the page's outlet: the sidecar's paper, else the first named in the text
    as an outlet, a body's column or the site's owner (版权所有, 主办, 欢迎访问某某官网)."""
    if doc.paper and (d := _leading_division(re.sub(r"^(?:云上|今日|掌上)", "", doc.paper), province)):
        return d
    for m in _outlet_pattern().finditer(doc.text):
        name = m["place"] or m["aplace"]
        if (d := _lookup(name, province)) and not (name != d.name and _direction_word(name)):
            relayed = _relayed_outlet(doc.text, m.end(), province)
            g = gazetteer()
            return relayed if relayed and g.province(relayed) != g.province(d) else d
    for m in _COLUMN.finditer(doc.text):  # 【天桥政协】区政协主席…: the column of a body's own pages
        if d := _lookup(m["place"], province):
            return d
    for m in _OWNER.finditer(doc.text):  # 版权所有:某区人民代表大会常务委员会: the site's owner
        if d := _leading_division(doc.text[m.end():m.end() + 24], province):
            return d
    return None


_RELAYED_BY = re.compile("据")


def _relayed_outlet(text: str, after: int, province: Division | None) -> Division | None:
    """The place of an outlet the page relays after its own (来源:某报 … 据“某在线”消息, 据某日报报道):
    a republished story is the relayed outlet's."""
    for r in _RELAYED_BY.finditer(text, after):
        at = r.start()
        m = next(_outlet_pattern().finditer(text, at, at + 30), None)
        if m and m.start() in (at, at + 1) and (d := _lookup(m["place"] or m["aplace"], province)):
            return d
    return None


def portal_province(source: str | None) -> Division | None:
    """The province of a provincial portal the address is on (hn.rednet.cn: 湖南省), or None."""
    parts = _split(source)
    labels = (parts.hostname or "").lower().split(".") if parts else []
    portals = _portals()
    return next((portals[host] for k in range(len(labels) - 1) if (host := ".".join(labels[k:])) in portals), None)


@cache
def _portals() -> dict[str, Division]:
    return {row[0]: gazetteer().lookup(row[1]) for row in table("outlet_hosts.tsv")[1:]}


_OWNER = re.compile(r"(?:(?:版权所有|主办单位|主办)\s*[::]|欢迎(?:访问|来到|光临))\s*(?:©\s*)?(?:中国人民政治协商会议|政协|中国共产党|中共)?")


_COLUMN = re.compile(r"^【(?P<place>[\u4e00-\u9fff]{2,6}?)(?:政协|人大)】", re.M)


def _direction_word(word: str) -> bool:
    """A common word of direction or position (东方网, 南方网, 北方网 are portals, not 东方市)."""
    tag = jieba_words().get(word)
    return tag is not None and tag[0] in ("f", "s") and tag[1] >= 1000


# -- address -------------------------------------------------------------------------------

_SYLLABLES = 2  # a host label must spell at least a two-character name
_NOT_NAME = {"www", "m", "wap", "news", "app", "epaper", "paper", "szb", "mp", "h5", "web", "info", "en"}
_TLD = {"com", "cn", "net", "org", "gov", "edu", "info", "cc", "top", "vip", "xyz", "ltd", "wang", "site",
        "online", "tv", "mobi", "biz", "gd", "js", "zj", "sd", "hk"}
# What the sites of bodies and local outlets add to a division's pinyin: 人大, 政协, 纪检监察,
# 党建, 融媒体, 电视, 新闻, 日报, 发布, 云 after it; 今日, 云上, 掌上 before it.
_SITE_SUFFIX = re.compile(r"(?:renda|rd|zhengxie|zx|cppcc|jjjc|jw|dj|rmt|rm|tv|news|xinwen|xww|xw|ribao|rb|daily|fabu|yun|zy|fy|jcy|court|dx|dw)$")
_SITE_PREFIX = re.compile(r"^(?:jinri|yunshang|zhangshang)")
_LEVEL_SYLLABLE = ("sheng", "shi", "xian", "qu", "zhou", "qi", "meng")


@cache
def _pinyin_index() -> dict[str, tuple[Division, ...]]:
    """Division names in toneless pinyin (临海市 → linhaishi, linhai) → divisions. Readings of
    polyphones other than the common one are filed as `~K` + spelling, K the syllables read
    otherwise (盐都 → ~1yandu): a host matches them only where no commoner reading does."""
    index: dict[str, list[Division]] = {}
    for d in gazetteer().by_code.values():
        for name in {d.name, d.short}:
            if len(name) >= _SYLLABLES:
                for key, k in _spellings(name):
                    key = f"~{k}{key}" if k else key
                    if key.lstrip("~0123456789").isalpha() and d not in index.get(key, ()):
                        index.setdefault(key, []).append(d)
    return {k: tuple(v) for k, v in index.items()}


def _spellings(name: str, initials: bool = False) -> list[tuple[str, int]]:
    """A name in toneless pinyin (or its initials), with the number of syllables read otherwise
    than commonly: the common reading first (盐都 → yandou, 0; yandu, 1), at most 16."""
    from pypinyin import Style, lazy_pinyin, pinyin

    style = Style.FIRST_LETTER if initials else Style.NORMAL
    common = [x.lower() for x in lazy_pinyin(name, style=style)]
    spellings = [("", 0)]
    for i, options in enumerate(pinyin(name, style=style, heteronym=True)):
        options = list(dict.fromkeys([common[i]] + [o.lower() for o in options]))
        spellings = [(s + o, k + (o != common[i])) for s, k in spellings for o in options][:16]
    return sorted(spellings, key=lambda x: x[1])


def _spelled(index: dict, *labels: str, rare: bool = True) -> list[Division]:
    """The divisions a host label spells, in their commonest reading that any spells (with `rare`
    False, only in their common reading)."""
    for k in ("", "~1", "~2") if rare else ("",):
        found = [d for label in labels for d in index.get(k + label, ())]
        if found:
            return found
    return []


@cache
def _province_initials() -> dict[str, tuple[Division, ...]]:
    """Provinces by the initials of their short form (ah → 安徽省; hn → 湖南, 河南, 海南)."""
    from pypinyin import Style, lazy_pinyin

    out: dict[str, list[Division]] = {}
    for d in gazetteer().by_code.values():
        if d.level == "province":
            out.setdefault("".join(lazy_pinyin(d.short, style=Style.FIRST_LETTER)).lower(), []).append(d)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _initials_index() -> dict[str, tuple[Division, ...]]:
    """Prefecture and county names by their pinyin initials (宝山区 → bsq, bs; 舒城县 → scx, sc)."""
    index: dict[str, list[Division]] = {}
    for d in gazetteer().by_code.values():
        if d.level != "province":
            for name in {d.name, d.short}:
                if len(name) >= _SYLLABLES:
                    index.setdefault(_spellings(name, initials=True)[0][0], []).append(d)
    return {k: tuple(v) for k, v in index.items()}


def _initials_in_province(core: str, province: Division | None = None) -> list[Division]:
    """A government host's province initials before one division's initials (shbsq → 上海 宝山区,
    ahscrd → 安徽 舒城县), or a division's initials on a host whose other label names the
    province (qhdzy.hebeicourt.gov.cn → 河北 秦皇岛市): only where one division of that
    province has those initials."""
    found = []
    if province is not None and len(core) >= 2:
        found = [d for d in _initials_index().get(core, ()) if d.code[:2] == province.code[:2]]
    elif len(core) >= 4:
        for n in (2, 3):
            for prov in _province_initials().get(core[:n], ()):
                found += [d for d in _initials_index().get(core[n:], ()) if d.code[:2] == prov.code[:2]]
    found = list(dict.fromkeys(found))
    return found if len(found) == 1 else []


def _initials_in_city(label: str) -> list[Division]:
    """A city's initials before one of its counties' (xxmyq.gov.cn: 新乡市 牧野区; jxxznews: 嘉兴市
    秀洲区), where only one county of all the cities of those initials has the rest. Read on a
    government host or beside an outlet's affix (news) only: bare initials spell too much."""
    core = _SITE_SUFFIX.sub("", label.lower())
    found = []
    for n in (2, 3):
        for city in _initials_index().get(core[:n], ()):
            if city.level == "prefecture" and len(core) - n >= 2:
                found += [d for d in _initials_index().get(core[n:], ()) if gazetteer().parent(d) == city]
    found = list(dict.fromkeys(found))
    return found if len(found) == 1 else []


def _province_sites(labels: list[str]) -> list[Division]:
    """The provinces of a provincial body's site among the labels: a province's initials and a
    body's affix (hnzx: 河南, 湖南 or 海南 政协), whose subdomains are its cities' sites."""
    found = []
    for label in labels:
        core = _SITE_SUFFIX.sub("", label)
        if core != label:
            found += _province_initials().get(core, ())
    return found


def _city_of_provinces(label: str, provinces: list[Division]) -> list[Division]:
    """A city's initials as the subdomain of a provincial body's site (kf.hnzx: 开封市), where
    one prefecture of those provinces has them."""
    codes = {p.code[:2] for p in provinces}
    found = [d for d in _initials_index().get(label, ()) if d.level == "prefecture" and d.code[:2] in codes]
    return found if len(set(found)) == 1 else []


@cache
def _province_pinyin() -> dict[str, Division]:
    """Provinces by the pinyin of their names, where only one province spells it (hebei → 河北省)."""
    out: dict[str, list[Division]] = {}
    for key, divisions in _pinyin_index().items():
        provinces = [d for d in divisions if d.level == "province"]
        if len(key) >= 4 and len(provinces) == 1:
            out[key] = provinces[0]
    return out


def _host_province(labels: list[str]) -> Division | None:
    """A province a host label opens with (hebeicourt → 河北省)."""
    for label in labels:
        for key, province in _province_pinyin().items():
            if label.startswith(key):
                return province
    return None


def _label_divisions(label: str, gov: bool = False, province: Division | None = None) -> tuple[list[Division], bool]:
    """Divisions a host label spells (linhai, linhairenda, jinrilinhai, ahguangde; on a
    government host also initials after a province's, shbsq), and whether it carries a body's
    or outlet's affix (renda, zx, ribao, jinri …) besides the name."""
    index = _pinyin_index()
    label = label.lower()
    core = _SITE_PREFIX.sub("", label)
    core = _SITE_SUFFIX.sub("", core)
    affixed = core != label
    found = _spelled(index, label, core, rare=gov or core != label)  # ydrd.yandu: 盐都 read du (not a bare
    # label of another host: tj.sina is no 思南, 南 read na)
    if not found:  # a province's initials before a division of that province: ahguangde
        for n in (2, 3):
            for prov in _province_initials().get(core[:n], ()):
                found += [d for d in index.get(core[n:], ()) if d.code[:2] == prov.code[:2]]
        affixed = affixed or bool(found)
    if not found and gov and core != label and len(sole := _province_initials().get(core, ())) == 1:
        found = list(sole)  # jszx.gov.cn: a province's initials and a body's affix, that province's CPPCC
    if not found and gov:
        found = _initials_in_province(core, province if core != label else None)
    return list(dict.fromkeys(found)), affixed


def _split(source: str | None):
    """A page address in its parts (a bare host or path reads as a host), or None."""
    if not source:
        return None
    try:
        return urlsplit(source if "//" in source else "//" + source)
    except ValueError:
        return None


def address_hints(source: str | None) -> tuple[list[list[Division]], list[list[Division]]]:
    """Division candidates from a page address: (strong, weak), each a list per matched part.

    Strong: any label of a government host (`linhai.gov.cn`, `zx.linhai.gov.cn`), and a label
    of another host that adds a body's or outlet's affix to the name (`linhairenda.org.cn`,
    `jinrilinhai.com`, `linhaidaily.com`). Weak: a bare name as a subdomain of another host
    (a portal's regional channel, `linhai.example.com`; a company's `pingan.com` is none) and
    a path segment that spells a full name with its level (`/LinHaiShi/`).
    """
    parts = _split(source)
    host = (parts.hostname or "").lower() if parts else ""
    if not host or re.fullmatch(r"[\d.]+", host):
        return [], []
    labels = [part for x in host.split(".") if x  # m-xiaochang: a mobile channel; linhai-cppcc: name and affix
              for part in x.removeprefix("m-").removeprefix("wap-").split("-") if part]
    gov = "gov" in labels
    while labels and labels[-1] in _TLD:
        labels.pop()
    strong, weak = [], []
    province = _host_province(labels) if gov else None
    site_provinces = _province_sites(labels) if gov else []
    for i, label in enumerate(labels):
        numbered = re.fullmatch(r"([a-z]+)\d+", label)  # wuan888: a local portal's name and number
        label = numbered.group(1) if numbered else label
        if label in _NOT_NAME or not label.isalpha():
            continue
        cands, affixed = _label_divisions(label, gov, province)
        if not cands and site_provinces:
            cands = _city_of_provinces(label, site_provinces)
        if not cands and gov and i == len(labels) - 1 and len(label) >= 3 and label in _initials_index():
            weak.append(list(_initials_index()[label]))  # mdx.gov.cn: a county's initials, the text to choose
        if cands and (gov or affixed):
            strong.append(cands)
        elif cands and (i < len(labels) - 1 or numbered):
            weak.append(cands)
        elif cands and (host.endswith(".cn") and parts.path.strip("/") or label.endswith(_LEVEL_SYLLABLE)):
            weak.append(cands)  # zhushan.cn/paper/…: a bare .cn name; chuanhuiqu.net: a name with its level
            # (a company's pingan.com is neither)
        elif not cands and (initials := (not gov and _initials_in_province(label))
                            or ((gov or _SITE_SUFFIX.search(label)) and _initials_in_city(label))):
            weak.append(initials)  # ahsz.tv: 安徽 + 宿州's initials, the text or the path to confirm
    for seg in parts.path.split("/"):
        key = seg.lower()
        if key.isalpha() and key.endswith(_LEVEL_SYLLABLE) and (cands := _pinyin_index().get(key)):
            weak.append(list(cands))
    return strong, _agreeing(weak)


def _agreeing(hints: list[list[Division]]) -> list[list[Division]]:
    """Where one hint is a single division, the others keep only their candidates of its line
    (ahsz → 宿州市 and the path's /suzhou/ → 苏州市 or 宿州市: 宿州市)."""
    sure = [c[0] for c in hints if len(c) == 1]
    if not sure:
        return hints
    return [[d for d in c if any(_related(d, x) for x in sure)] or c for c in hints]


def _pick(cands: list[Division], votes: Counter) -> Division | None:
    """One division among a pinyin match's candidates: the one the text supports, else a
    sole candidate, else one name shared by all (河东区 in two provinces: the same name)."""
    g = gazetteer()
    if len(cands) == 1:
        return cands[0]
    support = {d: sum(votes[x] for x in g.chain(d)) + sum(v for c, v in votes.items() if _inside(c, d))
               for d in cands}
    best = max(support.values())
    top = [d for d in cands if support[d] == best]
    if best > 0 and len(top) == 1:
        return top[0]
    levels = sorted(top, key=lambda d: ("province", "prefecture", "county").index(d.level))
    if levels[0].level != levels[-1].level:
        return levels[0]  # hangzhou: 杭州市, not a county of the same sound
    if len({d.name for d in top}) == 1:
        return min(top, key=lambda d: d.code)
    return None


# -- text ----------------------------------------------------------------------------------

_GLUE = set("和与及同在对为向从由是")  # 和县 in 乡镇和县直单位: a function word glued to its left


@cache
def _single_surnames() -> frozenset:
    return frozenset(w for w in surnames() if len(w) == 1)


def _in_person_name(text: str, s: int, lo: int) -> bool:
    """Whether a short form at `s` is a given name (某保山, 某建华): a surname before it,
    and before that a list comma, a title or no Chinese at all."""
    if s - 1 < lo or text[s - 1] not in _single_surnames():
        return False
    before = text[max(lo, s - 9):s - 1]
    return not before or not "\u4e00" <= before[-1] <= "\u9fff" or before.endswith(titles())


_SMALLER_PLACE = ("社区", "街道", "村", "镇", "乡", "路", "大道", "小区")


def _at_boundary(text: str, s: int, e: int, name: str, d: Division, lo: int, hi: int) -> bool:
    """Whether a division name at [s, e) stands as a word of its own."""
    if name == d.name and level_glued(text, e, name):
        return False  # 赣湘合作市级平台: 合作 + 市级, no 合作市
    if name == d.name and len(name) >= 3:
        return True
    if name != d.name and _in_person_name(text, s, lo):
        return False
    if (name != d.name or len(name) <= 2) and text.startswith(_SMALLER_PLACE, e):
        return False  # 光明社区, 东城街道, 中区社区: a smaller place's name, not 光明区, 东城区 or 中区
    if name == d.name and text[e:e + 1] in SUFFIX_WORD:
        return False
    if name[0] in _GLUE and s > lo and "\u4e00" <= text[s - 1] <= "\u9fff":
        return False
    w_lo, w_hi = max(lo, s - 6), min(hi, e + 6)
    cuts, pos = {w_lo}, w_lo
    for tok in jieba_cut(text[w_lo:w_hi]):
        pos += len(tok)
        cuts.add(pos)
    return s in cuts and e in cuts


def _zones(text: str, a: Article) -> tuple[int, int, int]:
    """Where the article's headline zone ends, and its lead's span: short lines that open
    the body (a subtitle, a headline the page split badly, a byline) count as headline; the
    lead is the first 160 characters of the first paragraph after them."""
    pos = a.start + len(a.headline)
    head_end = pos if a.headline else a.start
    while pos < a.end:
        nl = text.find("\n", pos)
        nl = a.end if nl < 0 or nl > a.end else nl
        line = text[pos:nl].strip()
        if line and (len(line) >= 30 or "。" in line):
            return head_end, pos, min(nl, pos + 160)
        if line:
            head_end = nl
        pos = nl + 1
    return head_end, head_end, head_end


def text_votes(doc: Document, a: Article, province: Division | None, spans=None) -> Counter:
    """Division → weight of where the article names it: headline 3, lead 2, body 1 (2 if
    named three times or more), each zone counted once. A former name (户县) votes for the
    division that bore it."""
    text = doc.text
    head_end, lead_start, lead_end = _zones(text, a)
    zones: set[tuple[str, int]] = set()
    in_body: Counter = Counter()
    before: tuple[int, Division | None] = (-1, None)
    for m in find_divisions(text, a.start, a.end, province, spans):
        d = gazetteer().lookup(m.key) or gazetteer().resolve(m.key, year=_year(doc))
        if d is None or not _at_boundary(text, m.start, m.end, m.text, d, a.start, a.end):
            continue
        after, before = before, (m.end, d)
        if after[0] == m.start and after[1] is not None and not _related(d, after[1]):
            continue  # 东营市浙江商会: the chamber of another province's merchants in the city named first
        if text[max(a.start, m.start - 4):m.start].endswith(titles()) and follows_name(text, m.end):
            continue  # 旗委书记兴安主持: a name after its title, before its verb, not 兴安盟
        if d.level == "county" and d.name.endswith("区") and opens_a_name(text, m):
            continue  # 中原银行: a region's word opening a unit's name, not the district 中原区's
        if d.level == "county" and CITY_LEADERS_COUNTY.search(text, max(a.start, m.start - 6), m.start) \
                and (city := gazetteer().by_code.get(d.parent)):
            d = city  # 市委常委、某县委书记: a city leader's county, the page the city's
        if m.start < head_end:
            zones.add((d, 3))
        elif lead_start <= m.start < lead_end:
            zones.add((d, 2))
        else:
            in_body[d] += 1
    votes: Counter = Counter()
    for d, weight in zones:  # once per zone: a name repeated is still one place
        votes[d] += weight
    for d, n in in_body.items():
        votes[d] += 2 if n >= 3 else 1
    return votes


_SHORT_BODY = re.compile(r"(?P<level>[县市区州旗盟])(?:委|政府|人大|政协|长|纪委|妇联|工商联|总工会|科协|侨联|文联|残联)")


def _short_level(text: str, a: Article, spans=None, kinds: str = "县区州盟", votes: Counter | None = None) -> str | None:
    """`县` (`区`, `州`, `盟`; of `kinds`) where most bodies the article names short are of that level
    (县委, 县政协主席; not 澧县县委): the locality is a county (a district, an autonomous
    prefecture), whatever city's 市委党校 it visited. Given the `votes` of the divisions the text
    names, and none of the most named level: the one lower level named short twice or more
    (县委 of a page relaying 省委、市委、市政府 meetings)."""
    levels = Counter(_short_levels(text, a, spans))
    if not levels:
        return None
    level, n = levels.most_common(1)[0]
    if level in kinds and n > sum(levels.values()) - n:
        return level
    if votes is None or any(_of_kind(d, level) for d in votes):
        return None  # 广州市政协 with 各区政协: the city's page
    lower = [k for k in kinds if levels[k] >= 2]  # 县委 twice beside 省委、市委 whose words it relays, no city named
    return lower[0] if len(lower) == 1 else None


_GONE_TO = re.compile(r"(?:赴|前往|奔赴)$")


def _without_peers_visited(text: str, a: Article, votes: Counter, spans=None) -> Counter:
    """The votes less the divisions where people went (赴某区学习考察) whom their clause names by a
    short body of that level: 区人大常委会副主任率队赴某区 is a district's visit to a peer, never
    that district's own (a 市委书记赴某县调研 still tells the county's city; 某县人大常委会主任
    率代表赴某县: the hosts' 县委常委 are the county visited)."""
    peers = set()
    spans = division_spans(text, a.start, a.end) if spans is None else spans
    for s, e, name in spans:
        if a.start <= s < a.end and _GONE_TO.search(text, max(a.start, s - 2), s) and (d := _lookup(name, None)):
            clause = max(text.rfind(c, a.start, s) for c in ",。;\n") + 1
            if any(d.name.endswith(m["level"]) and ref_stands_alone(text, m.start())
                   and not any(s0 <= m.start() < e0 for s0, e0, _ in spans) for m in _SHORT_BODY.finditer(text, clause, s)):
                peers.add(d)  # 区人大常委会副主任某某率队赴某区: who went are of the same level, short
    return Counter({d: v for d, v in votes.items() if d not in peers}) if peers else votes


_DELEGATION = re.compile(r"(?:党政|人大|政协)?(?:代表团|考察团)[^。;]{0,60}?(?P<verb>赴|前往|到(?![我本])|来(?!源)|莅临)")


def _delegations(text: str, a: Article, spans=None) -> Iterator[tuple[Division, bool]]:
    """The divisions whose delegations the article names, each with whether it went away
    (某县党政代表团…赴某市学习考察) or came as a guest (…来我县考察, 莅临)."""
    spans = division_spans(text, a.start, a.end) if spans is None else spans
    for s, e, name in spans:
        if a.start <= s < a.end and (m := _DELEGATION.match(text, e)) and (d := _lookup(name, None)):
            yield d, m["verb"] not in ("来", "莅临")


def _delegation_home(text: str, a: Article, votes: Counter, spans=None) -> Division | None:
    """The home of a delegation the article follows away, not the places it visits."""
    return next((d for d, away in _delegations(text, a, spans) if away and votes.get(d)), None)


# A party come to the page's own body (某县政协副主席甲一行来我室考察): its home is a guest's.
_GUEST_PARTY = re.compile(r"[^。;!?,:]{0,40}?一行[^。;!?,:]{0,6}?(?:来|莅临|到)(?:我|本)")


@cache
def _province_abbreviations() -> dict[str, str]:
    """Provinces by their one-character abbreviations (鄂: 湖北省)."""
    return {abbr: name for abbr, name in table("province_abbreviations.tsv")}


@cache
def _came_to_province() -> re.Pattern:
    """A party come to a province named by its abbreviation (某省政协主席甲率考察组来粤考察)."""
    chars = "".join(_province_abbreviations())
    return re.compile(rf"[^。;!?]{{0,60}}?(?:来|莅)(?P<abbr>[{chars}])(?=调研|考察|视察|开展|出席|参加|检查|督导|指导|交流|,)")


def _without_guests(text: str, a: Article, votes: Counter, spans=None) -> Counter:
    """The votes less the homes of delegations come as guests, and of parties come to 我室,
    我局 … or to a province named by its abbreviation (来鄂调研): the page is their host's, that
    province one more vote."""
    spans = division_spans(text, a.start, a.end) if spans is None else spans
    guests = {d for d, away in _delegations(text, a, spans) if not away}
    guests |= {d for s, e, name in spans if a.start <= s < a.end and _GUEST_PARTY.match(text, e, a.end)
               and (d := _lookup(name, None))}
    hosts = Counter()
    for s, e, name in spans:
        if a.start <= s < a.end and (came := _came_to_province().match(text, e, a.end)) and (d := _lookup(name, None)) \
                and (host := _lookup(_province_abbreviations()[came["abbr"]], None)) and gazetteer().province(d) != host:
            guests.add(d)
            hosts[host] = 1
    if not guests:
        return votes
    return Counter({d: v for d, v in votes.items() if d not in guests}) + hosts


_SELF = re.compile(r"(?<![自])[我本](?P<level>县|区|旗)")
_WENT_BEFORE = re.compile(r"(?:赴|到|前往|来到|深入|走进)$")


def _self_named(text: str, a: Article, votes: Counter, spans=None) -> Division | None:
    """The one county the headline or lead names in full, on a page that calls its own county
    我县 (本区): the page's own word (a county visited, 赴某县, is none)."""
    if not (m := _SELF.search(text, a.start, a.end)):
        return None
    _, _, lead_end = _zones(text, a)
    spans = division_spans(text, a.start, a.end) if spans is None else spans
    named = {d for s, e, name in spans if a.start <= s < lead_end and not _WENT_BEFORE.search(text, max(a.start, s - 2), s)
             and (d := _lookup(name, None)) and d.level == "county" and d.name.endswith(m["level"]) and votes.get(d)}
    if not named:  # 我县参加全市…会议 on a page naming its county only further on: the county it names most
        ranked = sorted(((v, d.code) for d, v in votes.items() if d.level == "county" and d.name.endswith(m["level"])), reverse=True)
        if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return gazetteer().by_code[ranked[0][1]]
    return named.pop() if len(named) == 1 else None


def _short_levels(text: str, a: Article, spans=None) -> list[str]:
    """The level of each body the article names short and alone (县委, 区政协主席; not 澧县县委)."""
    spans = division_spans(text, a.start, a.end) if spans is None else spans
    return [m["level"].replace("旗", "县") for m in _SHORT_BODY.finditer(text, a.start, a.end)  # 旗委: a county's, as 县委
            if not any(s <= m.start() < e for s, e, _ in spans) and ref_stands_alone(text, m.start())]


def _of_kind(d: Division, kind: str | None) -> bool:
    """Whether `d` is a division of the kind its short bodies name: a county (县 or 旗), a
    district (区), an autonomous prefecture (州), a league (盟), a city (市)."""
    if kind in ("州", "盟"):
        return d.level == "prefecture" and d.name.endswith(kind)
    if kind == "市":
        return d.level in ("prefecture", "county") and d.name.endswith("市")
    return d.level == "county" and kind is not None and d.name.endswith(("县", "旗") if kind == "县" else kind)


def _sole_of_kind(cands, kind: str | None) -> Division | None:
    """The one candidate of the kind the page names its bodies short by: zhushan → 竹山县 for a
    page on 县委, not 珠山区; fengxian → 奉贤区 for one on 区政协, not 丰县 or 凤县."""
    kinds = [c for c in cands if _of_kind(c, kind)]
    return kinds[0] if len(kinds) == 1 else None


def _sole_county(d: Division | None, kind: str | None) -> Division | None:
    """The one county (district) of a city whose 县委 (区委) an article names short, else `d`:
    a page on 县政协 that names only 新余市 is set in its one county."""
    if d is None or kind is None or _of_kind(d, kind) or d.level != "prefecture":
        return d
    sole = [c for c in gazetteer().children(d) if _of_kind(c, kind)]
    return sole[0] if len(sole) == 1 else d


def _county_named(text: str, a: Article, votes: Counter, d: Division, spans=None) -> Division | None:
    """The one county (district) inside city or province `d` that the text names, where the
    article names bodies short by that level too (区委常委会召开… on a page that names 北京 and,
    once, 房山区): its 区委 is that district's, its 市委 the city's. Inside a province, so is the
    one city it names where it says 市妇联, 市委 (某市妇联传达学习某省妇女代表大会精神)."""
    if d.level == "county":
        return None
    kinds = set(_short_levels(text, a, spans)) & ({"县", "区", "市"} if d.level == "province" else {"县", "区"})
    inside = [c for c in votes if _inside(c, d) and c != d
              and any(_of_kind(c, k) and (k != "市" or c.level == "prefecture") for k in kinds)]
    return inside[0] if len(inside) == 1 else None


_NAMES_GO_ON = set("省市县区州旗盟镇乡村街路")  # 张店镇: a town's name, not 张店区


def _rare_word(name: str) -> bool:
    """Whether jieba knows `name` as a place, as a rare noun (秀屿, 老城; not 振兴, 资源, 光明), or
    hardly at all (分宜, a verb in jieba's dictionary 9 times)."""
    tag, freq = jieba_words().get(name, ("ns", 0))
    return tag == "ns" or freq < 50 or not is_common_word(name) and freq < 1000


def _short_form_place(doc: Document, a: Article, kind: str | None, spans=None) -> Division | None:
    """The one county (district, prefecture) of the kind an article's short bodies name whose
    short form its text holds, where nothing else placed it below its province: 开创凤阳经济
    新局面 on a page on 县政府. Only a short form no other division of that kind bears, that is
    no common word, no one's name (路凤阳同志) and no part of a title (处长葛某)."""
    if kind is None:
        return None
    g, text = gazetteer(), doc.text
    spans = division_spans(text, a.start, a.end) if spans is None else spans
    found, short = set(), False
    for s, e, name in spans:
        borne = g.by_name.get(name, ())
        kind_of = [c for c in borne if _of_kind(c, kind) and not (name != c.name and c.code.startswith("71"))]  # (凤山: 凤山区 of Taiwan's, by its short form no page's)
        d = kind_of[0] if len(kind_of) == 1 and not any(c.level == "province" and c.name != kind_of[0].name for c in borne) \
            else None  # 河南: the province's, though a county bears it too
        if d is None or not a.start <= s <= e <= a.end:
            continue
        if inside_title(text, s, e) or not _at_boundary(text, s, e, name, d, a.start, a.end):
            continue  # 代县长: no 代县
        if name == d.name:
            found.add(d)  # another of the kind named in full: no one division
        elif name == d.short and _rare_word(name) and not text.startswith("同志", e) and text[e:e + 1] not in _NAMES_GO_ON \
                and not runs_on(text, s, e):  # 惠民生: no 惠民
            found.add(d)
            short = True
    return found.pop() if len(found) == 1 and short else None


def _city_named(text: str, a: Article, loc: Locality, votes: Counter, spans=None) -> Locality:
    """A province's page on one of its cities: the city, where the article calls its bodies
    市长, 市政府 and names that one city of the province in its headline or lead (a provincial
    site's page 邢台…项目 on 市长某某主持召开市政府常务会议)."""
    if loc.place is None or loc.place.level != "province" or _short_level(text, a, spans, "市") != "市":
        return loc
    cities = [d for d, v in votes.items() if v >= 2 and d.level == "prefecture" and _inside(d, loc.place)]
    return Locality(cities[0], "text") if len(cities) == 1 else loc


def _year(doc: Document) -> int | None:
    return int(doc.pub_date[:4]) if doc.pub_date else None


def text_place(votes: Counter, level: str | None = None) -> Division | None:
    """The division the text is about: the most weighted; among ties in one line of descent
    the innermost (温州市龙湾区 → 龙湾区), between unrelated ones the one whose ancestors are
    named more, else none. One passing mention decides only when no other division is named.
    With `level` (县: the article calls its bodies 县委, 县政协; 区), among divisions of that kind, or
    the one of that kind holding those it names."""
    g = gazetteer()
    if level and (of_level := Counter({d: v for d, v in votes.items() if _of_kind(d, level)})):
        votes = of_level
    elif level and len(holding := {a for d in votes for a in g.chain(d)[1:] if _of_kind(a, level)}) == 1:
        return holding.pop()  # 州政协 on a page that names 香格里拉市: the prefecture it lies in
    if not votes:
        return None
    top = max(votes.values())
    tied = [d for d, v in votes.items() if v == top]
    lineage = {d: sum(votes[x] for x in g.chain(d)) for d in tied}
    best = max(tied, key=lambda d: (lineage[d], d.code))
    for d in tied:
        if not _related(d, best) and lineage[d] >= lineage[best]:
            return None
    # in one line of descent: the innermost where the headline or lead names it, else the outermost
    line = [d for d in tied if _related(d, best)]
    best = max(line, key=lambda d: len(g.chain(d)) * (1 if top >= 2 else -1))
    if top < 2 and any(not _related(d, best) for d in votes):
        return None
    return best


def _common_ancestor(votes: Counter) -> Division | None:
    """The innermost division holding all of three or more divisions the text names where none
    stands out, if named itself, else their province: 范某到衡水、沧州, 王某到保定: 河北省;
    赴临清市、东昌府区视察…为聊城: 聊城市; three counties of a prefecture never named: the province."""
    if len(votes) < 3:
        return None
    inner = [d for d in votes if not any(_inside(x, d) for x in votes)]  # 河南省 beside 信阳市, 商城县: theirs
    chains = [gazetteer().chain(d) for d in inner]
    shared = [d for d in chains[0] if all(d in c for c in chains[1:])]
    return next((d for d in shared if d in votes or d.level == "province"), None)


# -- the article's locality ----------------------------------------------------------------

@dataclass(frozen=True)
class PageHints:
    """What the page as a whole says about its place: outlet and address."""

    outlet: Division | None = None
    strong: tuple = ()  # candidate lists from the address
    weak: tuple = ()
    initialled: tuple = ()  # divisions whose initials an outlet's host spells, for the text to name


def page_hints(doc: Document, province: Division | None = None) -> PageHints:
    strong, weak = address_hints(doc.source)
    return PageHints(outlet_place(doc, province), tuple(map(tuple, strong)), tuple(map(tuple, weak)),
                     address_initials(doc.source))


@cache
def _departments_by_initials() -> dict[str, str]:
    """Government departments' full names by the pinyin initials of each of their names (民政厅:
    mzt; 机管局: jgj), leaving out initials two departments share (审计局, 数据局: sjj)."""
    from pypinyin import Style, lazy_pinyin

    found: dict[str, set[str]] = {}
    for (line,) in table("departments.txt"):
        names = line.split()
        for name in names:
            found.setdefault("".join(lazy_pinyin(name, style=Style.FIRST_LETTER)).lower(), set()).add(names[0])
    return {k: v.pop() for k, v in found.items() if len(v) == 1}


@cache
def _department_names() -> dict[str, tuple[str, ...]]:
    """Each department's names, full first, by its full name."""
    return {line.split()[0]: tuple(line.split()) for (line,) in table("departments.txt")}


def address_department(source: str | None) -> str | None:
    """The government department whose own site the address is on, by the first label of a
    government host (mzt.hunan.gov.cn: 民政厅; tjj.changzhou.gov.cn: 统计局), or None."""
    parts = _split(source)
    labels = (parts.hostname or "").lower().split(".") if parts else []
    return _departments_by_initials().get(labels[0]) if len(labels) >= 4 and "gov" in labels else None


def host_body(source: str | None, locale: Division | None, hints: PageHints, text: str = "") -> str | None:
    """The department whose site the page is on, named with its place (湖南省民政厅): a 厅 the
    locality's province's, another the division the address names around the locality, else the
    locality's; by the name the text uses, else its short one. None where the address names no
    department or nothing tells the place."""
    if locale is None or (dept := address_department(source)) is None:
        return None
    names = _department_names()[dept]
    dept = next((name for name in names if name in text), names[-1])
    if dept.endswith("厅"):
        return gazetteer().province(locale).name + dept
    named = {d for cands in hints.strong for d in cands}
    return next((d for d in gazetteer().chain(locale) if d in named), locale).name + dept


def address_initials(source: str | None) -> tuple:
    """Divisions whose initials a host label spells before an outlet's or body's affix
    (dltnews: 达拉特旗; xyxww: 信阳市, 新沂市 …): too many to tell alone, they tell which of the
    divisions the text names is the page's."""
    parts = _split(source)
    host = (parts.hostname or "").lower() if parts else ""
    found = []
    for label in host.split("."):
        core = _SITE_SUFFIX.sub("", label)
        if core != label and len(core) >= 2 and core.isalpha():
            found += _initials_index().get(core, ())
    return tuple(dict.fromkeys(found))


def _narrow(current: Locality, d: Division | None, source: str) -> Locality:
    """A later source may only narrow the locality down to a division inside it."""
    if d is None:
        return current
    if current.place is None:
        return Locality(d, source)
    return Locality(d, source) if _inside(d, current.place) else current


def _outlet_cut_short(outlet: Division | None, votes: Counter) -> bool:
    """Whether the outlet's place is the first half of another division the text names again
    and again: 九龙融媒 on a page on 九龙坡区 is that district's outlet, not 九龙县's."""
    return outlet is not None and any(
        v >= 2 and len(d.short) > len(outlet.short) and d.short.startswith(outlet.short) and not _related(d, outlet)
        for d, v in votes.items())


def _continues(doc: Document, a: Article) -> bool:
    """Whether an article is a sub-headed section of the one before (no dateline, no date, no
    byline, its body opening softly: 近年来, 同时 …) or a photo caption inside it (▲1月10日,
    市某某培训班开班)."""
    body = doc.text[a.start + len(a.headline):a.end].lstrip()
    return a.kind == "caption" and not a.dateline or \
        bool(a.headline) and not a.dateline and not a.date and not _BYLINE.match(body)


def locate(doc: Document, a: Article, *, province: Division | None = None, spans=None,
           hints: PageHints | None = None, previous: Locality | None = None) -> Locality:
    """The locality of article `a` of `doc` and the source that decided it.

    `previous` is the locality of the article before it on the page: a section that names
    no division and has no dateline, date or byline of its own continues that article.
    """
    hints = hints if hints is not None else page_hints(doc, province)
    loc = _locate(doc, a, province, spans, hints)
    if loc.place is not None and (year := _year(doc)):  # 广德市 on a page of 2017: 广德县, as then
        loc = Locality(gazetteer().as_of(loc.place, year), loc.source)
    if loc.place is None and previous is not None and previous.place is not None and _continues(doc, a):
        return previous
    return loc


_BYLINE = re.compile(r"^[(【□■]?\s*(?:本报|本站|记者|通讯员|特约记者|新华社|文/|文:|作者)")


def _locate(doc: Document, a: Article, province: Division | None, spans, hints: PageHints) -> Locality:
    if (d := dateline_place(doc, a, province)) is not None:
        return Locality(d, "dateline")  # the article's own word: it narrows or overrides a page-wide place
    if doc.place and (d := gazetteer().place(doc.place, province)):
        return Locality(d, "sidecar")
    votes = _without_guests(doc.text, a, _without_peers_visited(doc.text, a, text_votes(doc, a, province, spans), spans), spans)
    loc = _narrow(Locality(), None if _outlet_cut_short(hints.outlet, votes) else hints.outlet, "outlet")
    level = _short_level(doc.text, a, spans, votes=votes)
    for cands in hints.strong:
        loc = _narrow(loc, _pick(list(cands), votes) or _sole_of_kind(cands, level), "address")
    found = _delegation_home(doc.text, a, votes, spans) or _sole_county(text_place(votes, level), level) or _common_ancestor(votes)
    if (own := _self_named(doc.text, a, votes, spans)) and (loc.place is None or _inside(own, loc.place)):
        return Locality(own, "text")  # 到我县视察 on a page whose headline names the county
    if loc.place is not None:
        # the text narrows an outlet's or address's division only where it names the inner
        # one in its headline or lead, or again and again
        if found is not None and _inside(found, loc.place) \
                and (votes[found] >= 2 or _of_kind(found, level) and not _of_kind(loc.place, level)):
            return Locality(found, "text")  # or the one district of the address's city a page on 区政协 names
        if loc.source == "address" and found is not None and votes[found] >= 3 \
                and not any(_related(d, loc.place) for d in votes):
            return Locality(found, "text")  # a site of one place relaying a page its headline says is another's
        if county := _county_named(doc.text, a, votes, loc.place, spans):
            return Locality(county, "text")  # 某县人大常委会 of a city's site, gone to learn from a county elsewhere
        if loc.place.level == "province" and (found is None or found.level == "province") \
                and (d := _short_form_place(doc, a, level, spans)) and _inside(d, loc.place):
            return Locality(d, "text")  # 县政协 on a provincial site's page that names its county by its short form
        return _city_named(doc.text, a, loc, votes, spans)
    for cands in hints.weak:
        d = _pick(list(cands), votes)
        if d is None:  # the one whose name the text holds, if only inside another (云南牟定产业园区)
            named = [c for c in cands if c.short in doc.text[a.start:a.end] and (found is None or _related(c, found))]
            d = named[0] if len(named) == 1 else None
        d = d or _sole_of_kind(cands, level)
        if d is not None and (found is None or _related(d, found) or _of_kind(d, level) and not _of_kind(found, level)):
            return _city_named(doc.text, a, _narrow(Locality(d, "address"), found, "text"), votes, spans)  # 区政协 of a page on 秀洲区 that visits 杭州市
    named = [d for d in hints.initialled if votes[d] and (found is None or _inside(d, found) or d == found)] \
        or [d for d in hints.initialled if found is None and votes and all(_inside(v, d) for v in votes)]
    if len(named) == 1:  # or the one holding all the text names (whzx.… on a page naming two of 武汉's districts)  # dltnews.… on a page that names 达拉特旗 beside 内蒙古
        return Locality(named[0], "address")
    if found is not None and (county := _county_named(doc.text, a, votes, found, spans)):
        return Locality(county, "text")
    if (found is None or found.level == "province") \
            and (d := _short_form_place(doc, a, level or _short_level(doc.text, a, spans, "市"), spans)) \
            and (found is None or _inside(d, found)):
        return Locality(d, "text")
    return Locality(found, "text") if found else Locality()
