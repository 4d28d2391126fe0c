"""`Document` → `Extraction`: run every finder over each article with that article's context."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from .campaigns import find_campaigns
from .dates import address_date, bad_text_dates, real_day
from dataclasses import replace

from .events import event_date, find_events, held_as_headlined, restated
from .gazetteer import Division, gazetteer
from .locality import Locality, PageHints, host_body, locate, page_hints, portal_province
from .model import Article, Document, Extraction, Mention, Position, SpanIndex
from .normalize import FURNITURE
from .orgs import SUB_BODIES, Context, find_orgs, listed_site, outlets, parent_org, visited_units
from .names import find_credits, find_names, named_again, referred_back
from .posts import find_titled, host_posts
from .patterns import division_spans, national_bodies
from .places import find_campuses, find_divisions, find_local_places, find_sites, opens_a_name
from .segment import DATE, WRITTEN_DATE, split_articles
from .titles import body_kind

_COMPANY = re.compile(r"(?:公司|大学|学院|研究院|研究所|医院|协会|学会|商会|新闻网|日报|电视台|杂志)$")
_PAGE_DATE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# A web page's own line about itself: `发布日期:2019-07-25`, `| 时间: 2023-03-04 15:46 | 来源: …`.
_META_DATE = re.compile(r"(?:发布|时间|日期|来源|作者|编辑|浏览|点击)[^\n]{0,40}?"
                        r"(?<!\d)(?P<y>(?:19|20)\d\d)(?:[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})|"
                        r"年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)")
# A stamp alone: `www.example.cn 2013-01-08 10:18 来源:…`, a line `2022-01-24` under `时间:`.
_STAMP_DATE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?=\s*\d{1,2}:\d\d|\s*$)")
_STAMP_DATE_CN = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?=\d{1,2}:\d\d)")  # 2017年08月16日 08:19:38 来源: …
# What a site prints where its date field is empty: the first day of Unix time, no page's date.
_EPOCH = "1970-01-01"
# A stamp day first, as some aggregators print it: `30.01.2018  14:12`.
_DAY_FIRST_STAMP = re.compile(r"^\s*(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>(?:19|20)\d\d)(?=\s*\d{1,2}:\d\d)")  # spaces may be gone: 30.01.201814:12


def page_date(doc: Document) -> str | None:
    """The publication date printed in the page header (a paper's page furniture, a web page's
    `发布时间` line), if any and a real day (a year is never guessed)."""
    lines = doc.text.split("\n")[:12]
    for m in [m for line in lines[:3] if FURNITURE.search(line) for m in _PAGE_DATE.finditer(line)] + \
            [m for line in lines[:6] if len(line) < 120 for regex in (_META_DATE, _STAMP_DATE, _STAMP_DATE_CN, _DAY_FIRST_STAMP)
             for m in regex.finditer(line)] + \
            [m for line in lines[6:] if len(line) < 120 for m in _META_DATE.finditer(line)]:  # a labelled date under a long header
        month, day = m["m"] or m.groupdict().get("m2"), m["d"] or m.groupdict().get("d2")
        date = f"{m['y']}-{int(month):02d}-{int(day):02d}" if real_day(month, day, m["y"]) else None
        if date and date != _EPOCH:
            return date
    return None


def paper_province(doc: Document, articles: list[Article], spans=None,
                   hints: PageHints | None = None) -> Division | None:
    """The province the page is about: the user's place, else the datelines' majority, else
    its outlet's or address's, else the majority of the divisions it names in full, else the
    one province a weak address names (a national site's channel for it)."""
    g = gazetteer()
    if doc.place and (d := g.place(doc.place)):
        return g.province(d)
    votes = Counter()
    for a in articles:
        if a.dateline and (d := g.lookup(a.dateline)):
            votes[g.province(d).code] += 1
    if votes:
        return g.by_code[votes.most_common(1)[0][0]]
    hints = hints if hints is not None else page_hints(doc)
    if hints.outlet is not None:
        return g.province(hints.outlet)
    strong = {g.province(d).code for cands in hints.strong for d in cands}
    if len(strong) == 1:
        return g.by_code[strong.pop()]
    if portal := portal_province(doc.source):
        return portal  # hn.rednet.cn: a provincial party paper's portal reports for its province
    for m in find_divisions(doc.text, 0, len(doc.text), None, spans):
        d = g.lookup(m.key)
        if d and m.text == d.name:
            votes[g.province(d).code] += 1
    if votes:
        return g.by_code[votes.most_common(1)[0][0]]
    weak = {g.province(d).code for cands in hints.weak for d in cands}  # jiangsu.某网.cn: a national site's channel
    return g.by_code[weak.pop()] if len(weak) == 1 else None


def _article_province(loc: Locality, province: Division | None, named: set[str]) -> Division | None:
    """The province an article's names resolve in: the page's, unless the article's text placed
    it in another and the page names nothing of the page's (a site of one region relaying a
    county's page: the address said the province, the text says otherwise)."""
    if loc.source == "text" and loc.place is not None and province is not None \
            and province.code not in named:
        return gazetteer().province(loc.place)
    return province


def _locale(doc: Document, a: Article, province: Division | None, spans) -> Division | None:
    """The article's locality (see `kg.locality.locate`)."""
    return locate(doc, a, province=province, spans=spans).place


def extract(doc: Document) -> Extraction:
    """Find everything in one normalized document."""
    if doc.pub_date is None and (date := page_date(doc) or address_date(doc.source)):
        doc = replace(doc, pub_date=date)
    articles = split_articles(doc)
    spans = division_spans(doc.text)
    hints = page_hints(doc)
    province = paper_province(doc, articles, spans, hints)
    out = Extraction(doc=doc, articles=articles, province=province)
    if articles and articles[0].start > 0:  # page header: its editor credit
        mentions, positions = find_credits(doc.text, 0, articles[0].start)
        out.mentions += mentions
        out.positions += positions
    named = {gazetteer().province(d).code for _, _, name in spans if (d := gazetteer().lookup(name))}
    for a in articles:
        loc = locate(doc, a, province=province, spans=spans, hints=hints,
                     previous=Locality(out.locales[-1], out.locality_sources[-1]) if out.locales else None)
        out.locales.append(loc.place)
        out.locality_sources.append(loc.source)
        if loc.source is None:
            out.warnings.append(f"article {len(out.locales)} ({a.headline[:20] or 'no headline'}): "
                                "no locality found; short references stay as written")
        ctx = Context(loc.place, _article_province(loc, province, named), host_body(doc.source, loc.place, hints, doc.text))
        _extract_article(doc, a, ctx, spans, out)
    out.positions = _without_bodiless_twins(out.positions)
    _named_in_full(out, doc.text)
    out.warnings += bad_text_dates(doc.name, doc.text, WRITTEN_DATE, DATE, lambda i: doc.original_span(i, i + 1)[0])
    return out


_COURT_LEVELS = ("高级人民法院", "中级人民法院")
_FACULTY_IN_FULL = re.compile(r".+?(?:大学|学院)(?P<faculty>[\u4e00-\u9fff]{1,8}学院)")


def _named_in_full(out: Extraction, text: str) -> None:
    """A court or a faculty the page names short and in full (甘肃省法院召开…, 甘肃省高级人民法院通过
    视频…; 理学院召开…, 《某大学理学院…细则》): one body, by its full name, in every mention, post and
    event; not the page's own faculty beside another university's (我校马克思主义学院与某大学马克思主义学院)."""
    keys = {m.key for m in out.mentions if m.label == "ORG"}
    full = {k[:-len(level)] + "法院": k for k in keys for level in _COURT_LEVELS if k.endswith(level)}
    full |= {m["faculty"]: k for k in keys if (m := _FACULTY_IN_FULL.fullmatch(k)) and not re.search("(?:我|本)校" + m["faculty"], text)}
    for k in sorted(keys):  # a short name for the first of its full names written
        if f := next((m.key for m in out.mentions if m.label == "ORG" and _abbreviates(k, m.key)), None):
            full.setdefault(k, f)
    short = {k: v for k, v in full.items() if any(key.startswith(k) for key in keys)}
    if not short:
        return

    def named(org):  # 甘肃省法院党组 → 甘肃省高级人民法院党组
        court = next((k for k in short if org and org.startswith(k)), None)
        return short[court] + org[len(court):] if court else org

    out.mentions = [replace(m, canonical=named(m.key)) if m.label == "ORG" and named(m.key) != m.key else m
                    for m in out.mentions]
    out.positions = [replace(p, org=named(p.org)) for p in out.positions]
    out.events = [replace(e, org=named(e.org)) for e in out.events]


_LEVEL_CHARS = "省市县区州盟旗"
_ENDINGS = {"办": ("办", "办公室"), "委": ("委", "委员会")}


def _abbreviates(short: str, full: str) -> bool:
    """上海市机管局 for 上海市机关事务管理局, 某区国动办 for 某区国防动员办公室: after the same place, a
    name of three or more characters taking the full name's first character, its characters in order
    and its ending, no number among the characters it leaves out; not the full name's head (某市公安局
    is no 某市公安局交通管理局), nor a name with a full ending of its own (人大法制委员会 is no
    人大常委会法制工作委员会), nor a commission another's committee (某市经济信息化委 is no
    某市经济信息化工作党委; 国资委 no 国资两委)."""
    if len(short) >= len(full) or full.startswith(short) or short.endswith(("委员会", "办公室")):
        return False
    same = next((i for i, (a, b) in enumerate(zip(short, full)) if a != b), len(short))
    place = max((i + 1 for i in range(same) if short[i] in _LEVEL_CHARS), default=0)
    core, whole = short[place:], full[place:]
    if len(core) < 3 or core[0] != whole[0] or re.search("[两二三四五六七八九十]", whole.translate({ord(c): None for c in core})) \
            or not whole.endswith(_ENDINGS.get(core[-1], (core[-1],))) or whole.endswith(("工作党委", "工委")):
        return False
    chars = iter(whole)
    return all(c in chars for c in core)


def _without_bodiless_twins(positions: list[Position]) -> list[Position]:
    """A post stated twice, once with its body (公司党委书记甲乙) and once without (甲乙书记):
    the one without says nothing more."""
    with_body = {(p.person, p.title) for p in positions if p.org}
    return [p for p in positions if p.org or (p.person, p.title) not in with_body]


_ATTENDING_UNIT = re.compile(r"(?:、[\u4e00-\u9fff]{2,12}?)*(?:有关|相关)?(?:领导|负责同志|负责人)")


def _main_org(orgs: list[Mention], a: Article, text: str) -> str | None:
    """The article's body: its first CPPCC, else the first body after its headline; never the
    outlet that reports it (邵阳新闻网讯), nor a site its party visits (…、某集团等地), nor the
    Central Committee by a plenary named (学习贯彻党的某届某中全会精神宣讲动员会: the topic), nor
    the units of officials attending (省经委、商务厅有关领导出席)."""
    press = {o.key for o in outlets(text, a.start, a.end)}
    orgs = [o for o in orgs if o.key not in press and not listed_site(text, o) and not o.text.endswith("全会")
            and not _ATTENDING_UNIT.match(text, o.end)]
    body = [o for o in orgs if o.start >= a.start + len(a.headline)] or orgs
    return parent_org(body[0].key) if body else None


def _extract_article(doc: Document, a: Article, ctx: Context, spans, out: Extraction) -> None:
    text, s, e = doc.text, a.start, a.end
    orgs = find_orgs(text, s, e, ctx, spans)
    main = _main_org(orgs, a, text)
    credit_m, credit_p = find_credits(text, s, e)
    # titles with no body: the CPPCC's, a party's, or a unit's that the article is about (院长 of 学院召开…)
    default = main if main and ("政协" in main or body_kind(main) in ("democratic", "school", "company")
                                and main not in visited_units(text, orgs)) else None  # not a school gone to
    titled_m, titled_p = find_titled(text, s, e, orgs, default, ctx)
    titled_p = host_posts(titled_p, ctx.host)
    persons = _dedupe_spans([m for m in titled_m if m.label == "PERSON"] + credit_m + find_names(text, s, e))
    persons = referred_back(text, s, e, persons, titled_p)
    persons = sorted(persons + named_again(text, s, e, persons), key=lambda m: m.start)
    persons, titled_p = _names_in_full(text, persons, titled_p)
    province = ctx.province or (gazetteer().province(ctx.locale) if ctx.locale else None)  # short forms of its divisions
    local = find_local_places(text, s, e)
    shared = {(m.start, m.end) for m in local if m.key != m.text}  # 河北、某某两乡: a town a province's name bears
    campuses = find_campuses(text, s, e)
    places = [m for m in find_divisions(text, s, e, province, spans, year=_year(doc.pub_date))
              if not opens_a_name(text, m) and (m.start, m.end) not in shared
              and not any(c.start <= m.start and m.end <= c.end for c in campuses)] + local + find_sites(text, s, e) + campuses
    if a.dateline and ctx.locale:
        i = text.find(a.dateline, s, e)
        places.append(Mention("PLACE", a.dateline, i, i + len(a.dateline), ctx.locale.name))
    body = s + len(a.headline) if a.date and a.headline else s
    events = find_events(text, body, e, orgs, persons, titled_p, main, doc.pub_date, ctx, chaired=body == s)
    if not events and body > s:  # the body names no event: its headline does
        events = find_events(text, s, e, orgs, persons, titled_p, main, doc.pub_date, ctx)
    if a.date:  # the article reports one occasion: its body's undated events share its date
        lead = event_date(a.date.replace("-", "月") + "日", doc.pub_date)
        events = [replace(ev, date=lead) if ev.date is None and ev.org == main else ev for ev in events]
    orgs += _sub_bodies(text, events) + _party_groups(text, titled_p) + [m for m in titled_m if m.label == "ORG"]
    out.mentions += persons + orgs + _drop_name_parts(_drop_org_parts(places, orgs), persons, text) + find_campaigns(text, s, e)
    out.positions += credit_p + titled_p
    headlined = find_events(text, s, body, orgs, persons, titled_p, main, doc.pub_date, ctx) if body > s else []
    events = held_as_headlined(out.events + headlined + events, events, out.positions, text)
    out.events = restated(out.events, events) + events


_SUB_IN_NAME = re.compile(
    r"(?:^|政协)(?:[十百零一二三四五六七八九\d]+届[十百零一二三四五六七八九\d]+次)?(?P<sub>"
    + "|".join(SUB_BODIES) + ")"
)


def _names_in_full(text: str, persons: list[Mention], positions: list[Position]) -> tuple[list[Mention], list[Position]]:
    """A name read a character short where the article names its bearer in full elsewhere
    (副主任徐福顺刚下飞机 read 徐福; 向徐福顺副主任介绍): the full name, in the mention and its posts."""
    names = {m.key for m in persons}
    longer = {(m.end, m.key): full for m in persons
              if (full := text[m.start:m.end + 1]) != m.key and len(full) == len(m.key) + 1 and full in names}
    if not longer:
        return persons, positions
    persons = [Mention(m.label, full, m.start, m.end + 1) if (full := longer.get((m.end, m.key))) else m for m in persons]
    positions = [replace(p, person=full, end=p.end + 1) if (full := longer.get((p.end, p.person))) else p for p in positions]
    return _dedupe_spans(persons), positions


def _sub_bodies(text: str, events) -> list[Mention]:
    """A meeting of a sub-body names it: 党组理论学习中心组学习会议, 十届十九次常委会会议."""
    out = []
    for ev in events:
        m = _SUB_IN_NAME.search(ev.name.replace("(扩大)", ""))  # 常委(扩大)会: the 常委会's
        if ev.org and m and not ev.org.endswith(m["sub"]) and ev.org not in national_bodies().values():
            word = m["sub"] if m["sub"] in ev.name else ev.name
            at = text.find(word, ev.start, ev.end)
            if at >= 0:
                out.append(Mention("ORG", word, at, at + len(word), ev.org + m["sub"]))
    return out


def _party_groups(text: str, positions) -> list[Mention]:
    """A 党组书记 (党组成员) of a body names its party group too: 某县检察院党组."""
    out = []
    for p in positions:
        if p.org and p.title.startswith("党组") and not p.org.endswith("党组") \
                and (at := text.find("党组", p.start, p.end)) >= 0:
            out.append(Mention("ORG", "党组", at, at + 2, p.org + "党组"))
    return out


def _dedupe_spans(mentions: list[Mention]) -> list[Mention]:
    """One mention per stretch of text: the first found wins over any it overlaps."""
    starts, ends, out = [], [], []  # the spans taken, sorted and apart
    for m in mentions:
        i = bisect_left(starts, m.end)  # spans starting before m ends: only the last can reach m
        if i and ends[i - 1] > m.start:
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        out.append(m)
    return sorted(out, key=lambda m: m.start)


def _drop_org_parts(places: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """A division inside the name of a company, school or outlet (四川某某食品科技有限公司, 四川新闻网) is not a
    place mention; a town or village is (某镇某村水产养殖协会: the association's village)."""
    named = SpanIndex(o for o in orgs if o.text == o.key and _COMPANY.search(o.key))
    return [p for p in places if _LOCAL_PLACE.search(p.key)
            or not any(p.end <= o.end for o in named.between(p.start - 40, p.start + 1))]


_LOCAL_PLACE = re.compile(r"(?:镇|乡|村|街道|社区)$")


def _drop_name_parts(places: list[Mention], persons: list[Mention], text: str) -> list[Mention]:
    """A place inside a name the article gives a person (蒲长春: 长春), wherever the name stands,
    is not a place mention."""
    names = {n.text for n in persons}
    return [p for p in places if not any(text.startswith(n, p.start - i) for n in names
                                         for i in range(len(n) - len(p.text) + 1) if n[i:].startswith(p.text))]


def _year(date: str | None) -> int | None:
    """The year of a YYYY-MM-DD date: divisions resolve to those that bore a name then."""
    return int(date[:4]) if date and date[:4].isdigit() else None
