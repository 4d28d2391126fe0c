"""Posts: title chains and the names they govern, each title attached to the body of its kind.

`市政协党组书记、主席甲乙` gives two posts in 市政协; `县委副书记、县长甲乙` one in the county's
party committee and one in its government (`titles`); a title alone takes the body named
before it in its sentence that it fits and whose level it names (德清县委书记乙,县长丙 →
德清县政府), the article's unit or the body it implies (副县长 → 县政府); a department
named right after its body is one of its own (某检察院侦查监督部副主任); 纪委监委 gives
each title its commission, a street's officers its office. Names may stand after the
chain, before a title (甲乙主任), or before a verb of appointment (甲乙任…, 免去甲乙…职务).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .gazetteer import gazetteer
from .lexicon import has_function_word, is_common_word, jieba_cut, jieba_tags, word_starts_at
from .model import Mention, Position, SpanIndex
from .orgs import faculty, named_unit, own_bureau, own_department, parent_org, visited_units
from .patterns import division_spans, national_bodies, title_re
from .people import (dotted_name, list_item, long_name, name_after_title, name_at, name_before_next_post, name_before_role, name_before_title, names_before,
                     plausible, post_aside)
from .places import find_local_places, town_named
from .titles import ARMED, DEMOCRATIC_PARTIES, LEVELS, PARTY_DEPTS, SOCIAL, body_kind, department, fits, implied_body, place_of, sibling, title_kinds, unit_body

# Body words that open a title when the unit goes unnamed: 党委书记, 纪委书记, 党工委书记.
_BODY_WORDS = ("党工委", "党委", "纪委", "团委", "监事会")
_STREET_BODY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[、,]))(?:(?P<street>街道)?(?P<word>党工委|工委|办事处)|(?P<office>街办))$")  # 街办: 街道办事处
_BARE_GOVERNMENT = re.compile(r"(?<=、)(?:人民)?政府$")  # 旗委副书记、政府代旗长: the same place's government
_ZONE_BOARD = re.compile(r"(?:^|(?<=[、,;。\s]))管委会?$")  # 党工委书记、管委会主任: the zone's board
_DEPT_STEM = re.compile(r"(?:^|(?<=、)|(?<=委))(?:组织|宣传|统战|政法|武装|纪检)$")
_BUREAU_STEM = re.compile(r"(?:^|(?<=[、,;。\s]))[\u4e00-\u9fff]{2}$")
_OFFICE_STEM = re.compile(r"(?:^|(?<=[、,;。\s兼]))(?:组织|宣传|秘书|综合|联络|调研|参政议政|社会服务)$")  # 兼组织处长: 组织处 + 处长
# A department named inside a title chain, after its committee (市委常委、统战部部长).
_DEPT_BEFORE = re.compile(r"(?:^|(?<=[、,;。\s了及兼]))(?![省市县区州旗]委$|[我本该各此受由对向按据])(?:(?:(?![由在])[\u4e00-\u9fff]){1,5}(?<![正副])(?:部|委|办|局|厅|处)|[\u4e00-\u9fff]{0,4}办公室|"
                          r"(?<=、)[\u4e00-\u9fff]{2,10}委员会|"  # 市人大常委会委员、农业与农村委员会副主任委员: its special committee
                          r"(?:工商联|妇联|总工会|科协|社科联|侨联|文联|残联|办事处|党校))$")  # 县委常委、党校校长
_SPACES = re.compile(r"\s*")
_ACADEMIC = ("教授", "副教授", "研究员", "副研究员")
_SEATS = ("代表", "人大代表", "党代表", "委员")
_CHIEFS = ("河长", "副河长", "总河长", "副总河长", "湖长", "河湖长", "总河湖长", "副总河湖长", "总林长", "副总林长")
_CHIEF_NAMED = re.compile(r"[\u4e00-\u9fff]{1,10}$")  # 长江某段省级河长, 鄱阳湖河长: the water a chief answers for
_NO_BODY = "-"  # a chain item that holds no body's post (a river chief's)
SESSION_ROLES = ("执行主席",)  # 大会执行主席甲乙: a role for a session's days, no post in a body
REPORTER_TITLES = ("通讯员", "记者", "特约记者", "首席记者", "责任编辑", "编辑", "摄影", "版式", "校对")


@dataclass
class _Article:
    """What every title of an article consults, built once: its bodies by where they end and
    start, its unit (a company or school it names, or 公司 as the subject), its towns."""

    text: str
    start: int
    end: int
    bodies: SpanIndex
    by_end: dict
    by_start: dict
    unit: str | None
    ctx: object
    towns: dict = field(default_factory=dict)
    departments: SpanIndex = field(default_factory=lambda: SpanIndex([]))  # named inside chains, as read

    def town(self, level: str) -> str | None:
        if level not in self.towns:
            self.towns[level] = town_named(self.text, self.start, self.end, level)
        return self.towns[level]


def _article(text: str, start: int, end: int, orgs: list[Mention], ctx) -> _Article:
    by_end = {}
    for o in sorted(orgs, key=lambda o: len(o.key)):  # a sub-body wins over its committee's mention
        by_end[o.end] = o
    for o in orgs:  # 市政协党组 + 书记 and 市政协 + 党组书记 both read as a post in 市政协
        if o.key.endswith("党组"):
            by_end.setdefault(o.end - 2, Mention("ORG", o.text[:-2], o.start, o.end - 2, o.key[:-2]))
    by_start: dict[int, list] = {}
    for o in by_end.values():
        by_start.setdefault(o.start, []).append(o)
    units = {o.key for o in orgs if body_kind(o.key) in ("company", "school") or o.key.endswith("医院")}
    if units:  # (the units visited are looked for only then)
        units -= visited_units(text, orgs)  # 校长甲一行赴某大学附属中学: not that school's head
    if units and (bare := _BARE_UNIT.search(text, start, end)) and bare["unit"] == "学校":
        units -= {u for u in units if faculty(u)}  # 学校召开…。党委副书记甲主持。…马克思主义学院…参会: the school's, no faculty's
    fullest = max(units, key=lambda u: (len(u), u)) if units else None
    one = len({u[:2] for u in units}) == 1 and sum(len(u) == len(fullest) for u in units) == 1
    unit = fullest if one else None  # one unit, by its fullest name (not 上海交通大学 and 上海科技大学)
    if unit is None and (bare := _BARE_UNIT.search(text, start, end)):
        unit = named_unit(text, orgs, bare["unit"]) or bare["unit"]  # 集团召开党委会议: the unit named, else its kind
    return _Article(text, start, end, SpanIndex(orgs), by_end, by_start, unit, ctx)


_ACTING = re.compile(r"[((](?:代|兼|挂职|正处级|副处级|正厅级|副厅级|正科级|副科级|人选|候选人|提名人选|提名)[))]|提名人选|候选人")  # 主席提名人选甲乙


_TOWN_CONTEXT = re.compile("[该全本我此]镇|[该全本我此]乡|镇党委|镇政府|乡党委|乡政府")


def _town_after_level(text: str, t: re.Match, start: int, end: int) -> bool:
    """衡山县长江镇召开…: a county's name, then a town whose name opens with 长 (长江镇), not the
    county head (县长) and a name ending in 镇; so where the page writes the town again on its own,
    or names its county right before and speaks of a town (该镇, 镇党委)."""
    if t.group(0) not in ("县长", "市长", "区长") or not (town := next(
            (p for p in find_local_places(text, t.end() - 1, min(end, t.end() + 6)) if p.start == t.end() - 1), None)) \
            or len(town.text) != 3:
        return False
    again = any(m.start() != town.start and text[m.start() - 1:m.start()] not in ("县", "市", "区")
                for m in re.compile(re.escape(town.text)).finditer(text, start, end))
    placed = any(e == t.start() + 1 for _, e, _ in division_spans(text, max(start, t.start() - 8), t.start() + 1))
    return again or placed and bool(_TOWN_CONTEXT.search(text, start, end))


# Members of what holds no post: a leadership team (领导班子成员), a chairmen's meeting (主席会议成员), a
# study group (课题组成员).
_MEMBERS_OF_NO_POST = ("班子", "主席会议", "课题组")
# Words opening with 有/为/是/由 after a title that name nobody after them (副总理有关工作要求).
_NOT_COPULA = ("有关", "有效", "有力", "为了", "为民", "是否", "由于")


def _word_not_name(name: str) -> bool:
    """A word jieba tags as no name, or 边 and a verb (边视察: while inspecting)."""
    return is_common_word(name) or name[0] == "边" and jieba_tags().get(name[1:]) == "v"


def find_titled(text: str, start: int, end: int, orgs: list[Mention],
                default_org: str | None = None, ctx=None) -> tuple[list[Mention], list[Position]]:
    """Names after title chains, with one Position per (title, body) of the chain."""
    art = _article(text, start, end, orgs, ctx)
    by_end = art.by_end
    mentions, positions = [], []
    for t in title_re().finditer(text, start, end):
        if t.group(0) in REPORTER_TITLES or _town_after_level(text, t, start, end) \
                or t.group(0) == "成员" and text.endswith(_MEMBERS_OF_NO_POST, start, t.start()) \
                or t.group(0).endswith("长") and text.startswith(("制", "处", "办"), t.end()):
            continue  # 河湖长制, 林长制: the system, no chief; 河湖长处, 河长办, 局长办公会: a division, an office, a sitting
        names, pos = [], t.end()
        if acting := _ACTING.match(text, pos):
            pos = acting.end()  # 主任(代)甲乙: acting
        if text[pos:pos + 1] in (" ", "\u3000") and (signed := name_at(text, pos + 1, end)) \
                and text[pos + 1 + len(signed):pos + 2 + len(signed)] in ("\n", ""):
            pos += 1  # a report's signature line: 某省人民代表大会常务委员会副主任 甲乙
        elif text.startswith(("有", "为", "是", "由"), pos) and not text.startswith(_NOT_COPULA, pos) and (after := name_at(text, pos + 1, end)) and plausible(after) \
                or text.startswith((":", ":"), pos) and list_item(text, pos + 1, end, first=True):
            pos += 1  # 出席的副主任有甲乙、丙丁; 组长为甲乙; 执行主席由甲乙担任; 市委常委:甲乙、丙丁
        while (name := name_at(text, pos, end) or list_item(text, pos, end, first=not names)
               or dotted_name(text, pos, end)
               or (None if names else long_name(text, pos, end) or name_before_next_post(text, pos, end)
                   or name_before_role(text, pos, end) or name_before_title(text, pos, end)
                   or name_after_title(text, pos, end))) is not None:
            if not names and t.group(0) in ("委员", "代表") and _word_not_name(name):
                break  # 委员边视察、边思考: what the members do, no one named
            names.append((name, pos))
            pos += len(name)
            if pos < end and text[pos] == "、":
                pos += 1
            elif len(names) >= 2 and text.startswith(("和", "及"), pos) and (last := name_at(text, pos + 1, end)):
                names.append((last, pos + 1))  # 代表甲、乙和丙: the list's last, after 和
                break
            else:
                break
        if not names and (aside := _aside_holding(text, t, start)) \
                and (named := names_before(text, aside, start, art.by_end, strict=False)):
            names = named[-1:]  # 甲乙(时任省委副书记): the post in brackets after the name
        elif not names and (inside := _title_past_body(art, t)):
            t = inside  # 某委员会常务委员会委员: the body's 常务委员会, then its title
        if not names and (appointed := _appointment(art, t, default_org)):
            mentions += appointed[0]
            positions += appointed[1]
            continue
        if not names:  # a title after the name (甲乙主任, 甲乙、丙丁委员, 甲乙总书记)
            title = t.group(0)
            before = names_before(text, t.start(), start, by_end, strict=title != "总书记")
            if title == "总书记" and before and not word_starts_at(text, before[0][1]):
                before = []  # 学习贯彻总书记…: 习 ends the word 学习, no name 习贯彻 starts there
            placed = None
            if not before and (loose := names_before(text, t.start(), start, by_end, strict=False)) \
                    and (placed := _placed_title(text, start, loose[0][1], title)):
                before = loose  # 南安市甲乙副市长: the city's vice-mayor, his name between them
            if not before:
                continue
            org = by_end.get(before[0][1])
            org = org.key if org else placed[1] if placed else _body_finder(art, before[0][1])(title, default_org)
            org = None if title in REPORTER_TITLES else org  # 甲乙摄影: a credit names no body
            for name, npos in before:
                mentions.append(Mention("PERSON", name, npos, npos + len(name)))
                if title not in _ACADEMIC:  # 某学院院长甲乙教授: a rank named after the name, no post of a body
                    positions.append(Position(name, title, _committee(org), npos, t.end()))
            continue
        chain = _chain(art, t, default_org, _body_finder(art, t.start()))
        for title, org, cstart, dept_len in chain:  # a department named in the chain is a body too
            if org and dept_len:
                mentions.append(Mention("ORG", text[cstart:cstart + dept_len], cstart, cstart + dept_len, org))
                art.departments.add(mentions[-1])  # 组织部部长甲,副部长乙: the department named, for the 副部长 after
            elif org and place_of(org) and cstart < t.start() and org.endswith(implied_body(title)[1:] or "\0"):
                art.departments.add(Mention("ORG", org, cstart, t.start(), org))  # 某县常务副县长甲、副县长乙: that county's, for the 副县长 after
            elif org and title.endswith("组长") and _TEAM.fullmatch(org):
                art.departments.add(Mention("ORG", org, cstart, t.end(), org))  # 某巡察组组长甲、副组长乙: the team, for the 副组长 after
        for name, npos in names:
            mentions.append(Mention("PERSON", name, npos, npos + len(name)))
            for title, org, cstart, _ in chain:
                positions.append(Position(name, title, org, cstart, npos + len(name)))
    return mentions, [p for p in positions if p.title not in SESSION_ROLES]


def _aside_holding(text: str, t: re.Match, floor: int) -> int | None:
    """Where the bracketed post after a name (甲乙(满族,时任省军区司令员)) that holds title `t` opens."""
    opens = text.rfind("(", max(floor, t.start() - 30), t.start())
    m = post_aside().match(text, opens) if opens >= 0 else None
    return opens if m and m.end() >= t.end() and ")" not in text[opens:t.start()] else None


def _own_court(art: _Article, title: str) -> str | None:
    """The one procuratorate (检察长) or court (院长, 庭长) a page names, not as one visited, where
    it names no other body a 院长 heads (a hospital, a school, an academy): whose officers its
    bare titles name."""
    kind = "检察院" if title.lstrip("副").startswith("检察") else "法院"
    named = {o.key for o in art.bodies.items if o.key.endswith(kind)} - visited_units(art.text, art.bodies.items)
    if kind == "法院" and any(o.key.endswith(("医院", "学院", "研究院", "检察院", "大学")) for o in art.bodies.items):
        return None
    return named.pop() if len(named) == 1 else None


def _last_unit_item(art: _Article, lo: int, at: int) -> str | None:
    """The company, school or hospital named before the list items that lead to the title at `at`
    (某集团董事长甲、总裁乙; 某医院党委书记甲,院长乙,纪委书记、工会主席丙): the unit itself, its 党委 aside."""
    units = [o for o in art.bodies.between(lo, at) if o.end <= at and len(o.key.removesuffix("党委")) > 2
             and body_kind(o.key.removesuffix("党委")) in _UNIT_KINDS]  # 院党委: no unit named
    if not units:
        return None
    unit, pos = units[-1].key.removesuffix("党委"), units[-1].end
    for n in range(4):  # items on, each a title chain and a name
        while pos < at and (m := title_re().match(art.text, pos)) is not None:
            if n and m.end() >= at:
                return unit  # `at` inside the chain of an item after the unit's own
            pos = m.end() + (art.text.startswith("、", m.end()) and bool(title_re().match(art.text, m.end() + 1)))
        if n and (pos == at or art.text.startswith("、", pos) and at - pos <= 5):
            return unit  # …纪委书记、工会主席: a body's word before the title
        if pos == units[-1].end or not (name := _LIST_NAME.match(art.text, pos)):
            return None
        if name.end() == at:
            return unit
        pos = name.end()
    return None


_LIST_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}?[、,]")


_UNIT_KINDS = ("company", "school", "unit")


def _title_past_body(art: _Article, t: re.Match) -> re.Match | None:
    """常务委员会委员 read as one title where a body's name (…委员会常务委员会) ends inside it: the
    title is what follows the body, if a title."""
    for end in range(t.start() + 1, t.end()):
        if (o := art.by_end.get(end)) is not None and o.start < t.start() \
                and (tail := title_re().fullmatch(art.text, end, t.end())):
            return tail
    return None


_BARE_PLACE_BODY = re.compile(r"(?:^|(?<=[、,;。:\s]))(?P<word>人大(?:常委会)?|政协|(?:人民)?政府)$")  # 省委书记、人大常委会主任, 统战部部长、政协党组副书记, 政府党组成员: the place's
_CPPCC_TITLE = re.compile(r"(?:常务)?副?主席|副?秘书长|党组(?:副?书记|成员)")
_PARTY_GROUP_TITLE = re.compile(r"党组(?:副?书记|成员)")  # 政府党组成员: the place's government's
_BARE_BODY = re.compile(r"(?:^|(?<=[、,;。:\s为]))(?:大会|区(?=党工委|纪工委))?(?P<word>纪委|纪工委|党委|党工委|纪检|工会|主席团|居委会|村委会)$")  # 区党工委: a zone's
_LOCAL_PARTY = re.compile(r"(?:党委|党总支|党支部)$")
_BARE_UNIT = re.compile(r"(?=[\d月日上下午晚集公学医])(?:^|(?<=[,。\n)]))(?:[\d月日上下午晚]{2,8},?)?(?P<unit>集团公司|公司|集团|学校|学院|医院)"
                        r"(?:在[^,。;]{1,20}?)?(?:召开|举行|组织|举办|党委|领导|\d{4}年)")  # 学校在某楼召开…, 学校2026年…会议
_SENTENCE_ENDS = "。;!?\n"  # the characters a sentence ends on


def _last_sentence_ends(text: str, lo: int, at: int) -> list[int]:
    """Where the last two sentences that end in text[lo:at] end (just after their 。, ;, !, ? or
    line break), in order: found from the right, since no earlier one is asked for."""
    ends: list[int] = []
    while len(ends) < 2 and (i := max(text.rfind(c, lo, at) for c in _SENTENCE_ENDS)) >= 0:
        ends.insert(0, i + 1)
        at = i
    return ends


_PLENUM_AFTER = re.compile(r"[〇零一二三四五六七八九十\d]{1,3}届[〇零一二三四五六七八九十\d]{1,3}次(?:全会|全体(?:\(扩大\))?会议)")


def _body_finder(art: _Article, at: int):
    """For a title with no body in its chain: the nearest body before it in its sentence
    that the title fits (市政协副主席甲,秘书长乙: the CPPCC; title None: any), else the fallback if it fits,
    else the body the title implies (副县长 → 县政府, resolved to the article's county)."""
    text, ctx, unit = art.text, art.ctx, art.unit
    lo = max(art.start, at - 200)
    ends = _last_sentence_ends(text, lo, at)
    lo = ends[-1] if ends else lo
    before = [o.key for o in sorted(art.bodies.between(lo, at), key=lambda o: (o.end, len(o.key))) if o.end <= at
              and not _PLENUM_AFTER.match(text, o.end)]  # an organ after its committee's name; not 区委十三届七次全会: a plenary cited
    prev_lo = ends[-2] if len(ends) >= 2 else max(art.start, lo - 200) if ends else lo  # the sentence before
    earlier = [o.key for o in art.bodies.between(prev_lo, lo) if prev_lo <= o.start and o.end <= lo]
    # a title opens the sentence, no body named in it yet (…主持会议。副主任乙、丙,秘书长丁出席)
    opens = not before and bool(title_re().match(text, _SPACES.match(text, lo).end()))

    def body_for(title: str | None, fallback: str | None) -> str | None:
        if title in ("@纪委", "@工会", "+工会") and (last := _last_unit_item(art, lo, at)):
            return last + title[1:]  # 某医院党委书记甲,院长乙,纪委书记、工会主席丙: that hospital's
        if title and title.startswith("+"):  # 监察局长, 妇联主席 opening a chain: the sentence's place's, the locality's
            word = title[1:]
            if word.endswith(SOCIAL) and (place := next(filter(None, map(place_of, reversed(before))), None)):
                return place + word  # 某县副县长甲、妇联主席乙: that county's federation
            if word in ("办公室", "办公厅") and before and body_kind(before[-1]) in ("cppcc", "congress", "party", "government"):
                return parent_org(before[-1]) + word  # 区政协秘书长甲,办公室主任乙: that body's office
            if word[0] in LEVELS and word.endswith(("局", "厅") + SOCIAL):  # 市民政局党组书记: the city's bureau
                if len(word) == 2:  # 区局党委委员: the one bureau of that level the page names
                    return own if (own := own_bureau(word, art.bodies.items)) != word else None
                d = ctx.resolve_ref(word[0]) if ctx is not None else None
                return d.name + word[1:] if d else word
            if word in PARTY_DEPTS and ctx and ctx.locale:  # 县人大副主任甲、组织部副部长乙: the locality's committee's
                return ctx.locale.name + ("党委" if ctx.locale.name.endswith("自治区") else "委") + word
            if word.endswith("厅") and ctx and ctx.locale:  # 公安厅长: a province's department, wherever the page is set
                return gazetteer().province(ctx.locale).name + word
            if any(sp[0] == 0 and sp[2][-1] in "省市县区州旗盟" for sp in division_spans(word, 0, len(word))):
                return word  # 徐州市局局长: the bureau of the place it names, not the page's (公安局: no 公安县's)
            return ctx.locale.name + word if ctx and ctx.locale and word.endswith(("局",) + SOCIAL) else None
        if title == "@主席团":  # 大会主席团常务主席: the presidium the article names, else its session's
            presidia = {o.key for o in art.bodies.items if o.key.endswith("主席团")}
            session = next((o.key for o in reversed(art.bodies.between(max(art.start, at - 300), at))
                            if o.end <= at and body_kind(o.key) in ("cppcc", "congress")), None)
            if not presidia and session:  # 政协某市第八届委员会第一次会议…主席团常务主席: 某市政协主席团
                return parent_org(session).removesuffix("常委会") + "主席团"
            return presidia.pop() if len(presidia) == 1 else None
        if title and title.startswith("@"):  # 纪委书记 with no unit named: the sentence's, the article's, its town's
            # in a unit's news its own (党委副书记 after 省国资委党委关于…的批复); else the sentence's
            # nearest committee or unit (在某大学调研期间,与党委书记甲乙座谈), its town's, its place's
            near = [b for b in before if body_kind(b) in ("party", "school", "company")]
            town = art.town("ZONE") if title[1:] == "党工委" else art.town("镇") or art.town("乡")  # 党工委书记: a zone's (a town has a 党委)
            if title[1:] == "党工委":
                near = []  # a county's or a unit's committee has no 党工委
            place = ctx.locale.name if ctx and ctx.locale and title[1:] not in ("党委", "党工委") else None  # 市委, not 市党委
            if text[max(art.start, at - 2):at].endswith("校"):  # 我校党委书记, 校纪委书记: the school's
                where = named_unit(text, art.bodies.items, "校") or "校"
            elif text[at - 1:at] in ("院", "系") and not "\u4e00" <= text[at - 2:at - 1] <= "\u9fff":
                where = (named_unit(text, art.bodies.items, "学院") or ("学院" if "学院" + title[1:] in text[art.start:art.end] else "院")
                         if text[at - 1] == "院" else "系")  # 院党委, 系党委; 学院党委…院党委书记甲: the 学院党委 the page names
            else:
                where = unit or ((near[-1] if _commission(near[-1]) else unit_body(near[-1], "")) if near else town or place)
            if where is None and (own := _sole_unit_committee(art, title[1:])):
                return own  # 某院党委举行…。党委书记甲主持: the one unit's committee the page names (校纪委: its 纪委)
            if where is None and title[1:] == "党委" and text[at - 1:at] not in ("院", "系") and "我校" in text[art.start:art.end]:
                where = "学校"  # 我校召开…。党委书记甲: the page's own school, unnamed
            if where == "学校" and re.search(f"(?<!学)校{title[1:]}", text[art.start:art.end]):
                where = "校"  # the school unnamed, its committee as the page writes it: 校党委
            if where and where == town and title[1:] == "人大常委会":
                return None  # 人大常委会副主任 on a town's page: the county's, a town's congress has no standing committee
            return where + title[1:] if where else title[1:]  # nothing tells whose: the 党委, 工会 as written
        if title and title.endswith("部长") and (dept := [o.key for o in art.departments.between(lo, at) if o.end <= at and o.key.endswith("部")]):
            return dept[-1]  # 组织部部长甲,副部长乙: the department the sentence named in a chain
        if title and title.endswith("组长") and (team := [o.key for o in art.departments.between(lo, at) if o.end <= at and o.key.endswith("组")]):
            return team[-1]  # 某巡察组组长甲、副组长乙、组员丙: the team the sentence named
        if unit and title and fits(title, unit, strict=True):
            return unit  # 董事长, 校长: the article's company or school
        if title and (corps := _CORPS_TITLE.search(title)) \
                and len(own := {o.key for o in art.bodies.items if o.key.endswith(corps["corps"])}) == 1:
            return own.pop()  # 某县公安局交通警察大队召开…,副大队长甲: the one brigade the page names
        if unit is None and title and not fallback and (named := _named_of_title(art, title)):
            return named  # 校长甲一行赴某大学附属中学…介绍了乙大学的情况: the school the page names as its own
        if unit is None and title and (word := _unit_word(art, title)):
            return word  # 学校召开…,党委副书记、校长甲: the page's school, unnamed, as it writes it
        if party := _democratic_party(art, title):
            return party  # 主委 with no party named before it: the page's democratic party
        implied = implied_body(title)
        if implied in national_bodies().values():
            return implied  # 总书记, 委员长: one body in the country
        if title and (last := _last_unit_item(art, lo, at)) and fits(title, last, strict=True):
            return last  # 某集团董事长甲、总裁乙: the unit the list's item before names
        for body in reversed(before):
            if not _same_level(title, body):
                continue  # 湖州市副市长甲,德清县委书记乙,县长丙: 县长 is no 市政府's
            if _TITLED_KIND.search(body) and fits(title, body, strict=body.endswith(_DEPARTMENT_ENDS)):
                return _committee(body)  # 某部常务副部长甲,副部长乙: the department's own titles only
            if implied and (kin := sibling(body, title)):
                return kin  # 德清县委书记乙,县长丙: the county's government
        if opens and title and text.startswith(title, at) and (kin := next((b for b in reversed(earlier) if fits(title, b, strict=True)
                                        and _TITLED_KIND.search(b) and (not b.endswith(_DEPARTMENT_ENDS)
                                                                         or title == "副" + b[-1] + "长")), None)):
            return _committee(kin)  # 市人大常委会主任甲主持会议。副主任乙、丙出席: the body the sentence before names
        if fallback and fits(title, fallback) and _same_level(title, fallback):
            return fallback
        if title and title.endswith(("局长", "厅长")) and (own := own_department(text, art.bodies.items, title[-2])):
            return own  # 某县公安局召开…。局长甲主持: the page's one bureau
        if title and title.lstrip("副").endswith(_TEAM_HEADS) and (own := own_department(text, art.bodies.items, title[-3:-1])):
            return own  # 某市消防救援支队召开…。支队长甲: the page's one 支队
        if title and _SOCIETY_HEAD.fullmatch(title) and (own := _own_society(art)):
            return own  # 某省江苏商会召开…。会长甲主持, 秘书长乙: the society the page is about
        if title and title.lstrip("副").startswith(("检察长", "院长", "庭长")) and text.startswith(title, at) \
                and name_at(text, at + len(title)) and (own := _own_court(art, title)):  # (not 某某检察长: a name before)
            return own  # 某市检察院召开…。党组成员、副检察长甲: the page's one procuratorate (court)
        if not implied or implied[0] not in LEVELS:
            return None
        if same := [o.key for o in art.departments.between(lo, at) if o.end <= at and o.key.endswith(implied[1:])
                    and place_of(o.key).endswith(implied[0])]:
            return same[-1]  # 某县常务副县长甲、副县长乙: the county the sentence named for the title before
        d = ctx.resolve_ref(implied[0]) if ctx is not None and implied[0] not in "镇乡" else None
        town = art.town(implied[0]) if implied[0] in "镇乡" else None
        return d.name + implied[1:] if d else town + implied[1:] if town else implied

    return body_for


# A unit a page names by its kind alone (学校, 我校, 集团公司, 全院), the word standing on its own.
_UNIT_WORD = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[我本全该]))(?P<word>学校|校|集团公司|集团|公司|学院|医院)"
                        r"(?=(?:新任|现任)?(?:召开|举行|举办|党委|领导|董事长|校长|院长|总经理)|的|,|。|、|和|与)")  # 集团公司新任董事长
_WORDS_OF_TITLE = (("校长", ("学校", "校")), ("院长", ("学院", "医院")))
_COMPANY_WORDS = ("集团公司", "集团", "公司")
_CORPS_TITLE = re.compile(r"(?P<corps>支队|大队|中队)长$")


def _named_of_title(art: _Article, title: str) -> str | None:
    """The one unit of a head's kind (校长: a school) the page names other than as a place gone to."""
    words = next((w for end, w in _WORDS_OF_TITLE if title == end), None)
    named = {u for kind in words or () if (u := named_unit(art.text, art.bodies.items, kind))}
    return named.pop() if len(named) == 1 else None


def _unit_word(art: _Article, title: str) -> str | None:
    """The unit of a school's or company's head where the page names none of that kind: the word of
    its kind the page stands alone (学校召开…, 集团党委, 全院), as written (校 as 学校); of a company,
    its fullest word (集团公司 over 集团); of two kinds (学院 and 医院 for 院长), none."""
    words = next((w for end, w in _WORDS_OF_TITLE if title.endswith(end)), None)
    if words is None and "company" in title_kinds(title):
        words = _COMPANY_WORDS
    if words is None or any(named_unit(art.text, art.bodies.items, kind) for kind in words):
        return None  # a page that names its school or company (not a faculty, not one visited)
    said = {"学校" if m["word"] == "校" else m["word"] for m in _UNIT_WORD.finditer(art.text, art.start, art.end)
            if m["word"] in words}
    if words is _COMPANY_WORDS and said:
        return max(said, key=len)
    return said.pop() if len(said) == 1 else None


def _sole_unit_committee(art: _Article, word: str) -> str | None:
    """The one 党委 (纪委, 工会) the article names that is no division's (生科院党委, not 某自治区党委)."""
    own = {o.key for o in art.bodies.items if o.key.endswith(word) and o.key != word and not place_of(o.key)}
    return own.pop() if len(own) == 1 else None


_SUB_UNIT = re.compile(r"[\u4e00-\u9fff]{1,11}?(?:部|处|科|室|股|中心|(?<![举主承协开督])办)$")  # 某局安置办: an office (主办, 承办: no body)
_NOUN_TAGS = frozenset({"n", "vn", "nz", "j", "nt"})
# A party committee's working committee for a field, named after it (两新组织党工委, 非公经济和社会组织党工委)
_WORK_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,12}?党工委")
_NUMBERED_UNIT = re.compile(r"[\u4e00-\u9fff]{2,4}[一二三四五六七八九十]{1,2}[处科室股]")  # 组织二处, 干部一科: a field and its number


_MASS_BODIES = ("妇联", "总工会", "工会", "残联", "科协", "侨联", "文联", "工商联", "联合会", "协会")


def _sub_unit_name(sub: str, body: str) -> bool:
    """Whether `sub`, ending in a unit's word, names a unit of `body`, not a phrase: no function
    word, a numbered office, or nouns only (督查室: a verbal noun's office); an office in 办 only a
    bureau's, named by its work (某局安置办: a verb or noun before 办)."""
    if sub.endswith("办") and not body.endswith(("局", "厅")):
        return False
    if (sub.endswith(("处", "科")) and body.endswith(("局", "厅", "部", "委"))
            or sub.endswith("部") and body.endswith(_MASS_BODIES)) \
            and not any(jieba_tags().get(w) in ("p", "u", "d", "r", "t") for w in jieba_cut(sub[:-1]) if len(w) > 1) \
            and not title_re().search(sub):  # (副厅长某某带领养老服务处: a title and a name, no division's)
        return True  # 某厅资源开发处, 某厅国内投资和经济合作处, 某省妇联组织联络部: a division named by its work
    return not has_function_word(sub) or bool(_NUMBERED_UNIT.fullmatch(sub)) \
        or all(jieba_tags().get(w) in _NOUN_TAGS for w in jieba_cut(sub)) \
        or sub.endswith("办") and all(jieba_tags().get(w) in _NOUN_TAGS | {"v"} for w in jieba_cut(sub[:-1]))


def _unit_before(art: _Article, at: int) -> tuple[int, str] | None:
    """A department or office named right after its body, before a title (某检察院侦查监督部副主任,
    某公司党群工作部部长, 市委统战部党派科科长, 县委两新组织党工委书记): where it starts, and its name."""
    for p in range(max(art.start, at - 14), at - 1):
        body = art.by_end.get(p)
        if body is None or body.start >= p:
            continue
        if at - p <= (12 if art.text[at - 1] == "处" else 9) and (m := _SUB_UNIT.fullmatch(art.text, p, at)) and _sub_unit_name(m.group(0), body.key):
            sub = m.group(0)  # 市政府办公厅民生事务处: the office's division, under the government's name
            return body.start, (None if sub.startswith(("办公厅", "办公室")) else department(body.key, sub)) or body.key + sub
        if body.key.endswith("委") and _WORK_COMMITTEE.fullmatch(art.text, p, at) and not title_re().search(art.text, p, at - 3):
            return body.start, body.key + art.text[p:at]  # 州委非公经济和社会组织党工委书记: the committee's working committee
    return None


# A team sent on a task, named before its 组长: 第二巡察组, 国企统战工作第四调研组, 督导组, 第6督查组.
_TEAM = re.compile(r"[\u4e00-\u9fff\d]{0,20}?(?P<kind>巡视|巡察|巡查|督导|督查|督办|暗查|调研|检查|考察|视察|指导|联络|纪检监察|纪检)组"
                   r"(?:第[一二三四五六七八九十\d]{1,3}组)?")  # 巡回指导组第四组: the fourth of the teams


def _team_before(art: _Article, at: int) -> tuple[int, str] | None:
    """The team whose 组长 a title names, from where its name starts: after the body written
    before it (某集团党委第二巡察组, 某纪委监委驻某局纪检监察组), else after a mark (县党的…第五督导组);
    a team the page names in full stands for its short form (省委巡视组 after 某省委第六巡视组)."""
    text = art.text
    starts = [p for p in range(max(art.start, at - 24), at - 2) if _TEAM.fullmatch(text, p, at)]
    if not starts:
        return None
    p = next((p for p in starts if p in art.by_end), None)
    body = art.by_end.get(p) if p is not None else None
    if body is None and _TEAM.fullmatch(text, starts[0], at)["kind"].startswith("纪检"):
        return None  # 驻局纪检组组长: a discipline team is named after the commission that sends it
    if body is None:
        p = next((p for p in starts if p == art.start or not "\u4e00" <= text[p - 1] <= "\u9fff"), starts[-1])
        if (lead := jieba_cut(text[p:at])[0]) and jieba_tags().get(lead) in ("d", "c", "r") and p + len(lead) in starts:
            p += len(lead)  # 首先金坛区…督导组组长: the adverb opens the sentence, not the team's name
    written = (body.key if body else "") + text[p:at]
    if body is None and text[p] in LEVELS and art.ctx is not None and (d := art.ctx.resolve_ref(text[p])):
        written = d.name + text[p + 1:at]  # 县党的…第五督导组: the page's county's
    kind = _TEAM.fullmatch(text, p, at)["kind"] + "组"
    named = {o.key for o in art.bodies.items if o.key.endswith(kind) and o.key != written
             and (body is None or o.key.startswith(body.key))}
    return (body.start if body else p), named.pop() if len(named) == 1 and len(text[p:at]) <= 4 else written


def _same_level(title: str, body: str) -> bool:
    """Whether a title that names its level (县长, 副市长, 镇长) may be held in `body`: a body
    of a place of that level, or one whose place is not known."""
    implied = implied_body(title)
    if not implied or implied[0] not in LEVELS or not (m := _PLACE_LEVEL.match(body)):
        return True
    return m["level"] == implied[0] or implied[0] == "县" and m["level"] == "旗"


_PLACE_LEVEL = re.compile(r"^.*?(?P<level>[省市县区州盟旗镇乡])(?:人民政府|政府|委|党委|党工委|人大常委会|人大|政协)$")


# Bodies whose officers a later title in the sentence may refer to without naming them.
_TITLED_KIND = re.compile(r"(?:人大常委会|政协|委|委会|委员会|政府|党组|检察院|法院|妇联|工商联|侨联|科协|文联|残联|台联|作协|总工会|办公室|书记处|部|局|厅|研究室|办|研究院|研究中心|社科联|商会|协会|学会|促进会|研究会)$")
_TEAM_HEADS = ("支队长", "大队长", "总队长")  # a fire-rescue or police unit's head
_SOCIETY_HEAD = re.compile(r"(?:名誉|执行|常务副|副)?会长|副?秘书长")  # a chamber's or society's officers
_SOCIETY = re.compile(r"[\u4e00-\u9fff]{2,}(?<!协)(?:商会|协会|学会|研究会|促进会)$")  # not 专题协商会: a meeting


def _own_society(art: _Article) -> str | None:
    """The chamber or society a page names most often, where one is named more than any other."""
    named = Counter(o.key for o in art.bodies.items if _SOCIETY.fullmatch(o.key)).most_common(2)
    return named[0][0] if named and (len(named) == 1 or named[0][1] > named[1][1]) else None


_ORGAN_COMMITTEE = re.compile(r"机关(?:党委|纪委)$")  # an office's organ committees: 某厅机关党委, 机关纪委
_DEPARTMENT_ENDS = ("部", "局", "厅")  # a department's titles follow it in its sentence, not into the next


_TERM_BEFORE = re.compile(r"第?[〇零一二三四五六七八九十百\d]{1,4}届$")
# 甲乙任/当选为/被任命为 + body + titles: an appointment or election.
_APPOINTED = re.compile(r"(?:被任命为|任命为|当选为|当选|担任|兼任|出任|调任|升任|转任|改任|任|为)(?:新一届|新一任|新任)?(?:中共|中国共产党|大会)?$")


_VOTES_BEFORE = re.compile(r"(?:以[^,。;]{1,10}?票|全票|高票|满票|等)$")
_COMRADES_BEFORE = re.compile(r"(?:[一二三四五六七八九十两]位)?同志(?:以[^,。;]{1,10}?票)?$")  # 以52票全票当选
_REMOVED = re.compile(r"免去(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:中共|中国共产党)?$")


_CLAUSE_ENDS = re.compile(r"[、,。;的职\n]|等职|$")  # after a title that ends a clause of appointment
# A career's clause, its subject left out or told by a pronoun: 2012年任…, 曾任…、…, 历任…等职, 他出任…
_CAREER_CLAUSE = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?(?:起)?,?)?(?:他|她)?(?:曾|历|先后|还)?(?:出|调|升|转|改)?(?:任|担任)(?:过)?")
# What may stand before such a clause's verb: a clause's start, its date, a pronoun, 曾/历/先后/还
_CAREER_BEFORE = re.compile(r"(?:^|[,。;]|\d[年月],?|他|她|曾|历|先后|还)$")
# The person a career paragraph opens with: 某某出生于1969年4月, 某某,男, 某某(1969年…)
_CAREER_OPENS = re.compile(r"[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,4}?)(?:出生于|生于|,(?:男|女)|[((]\d{4}年)")


def _career_clause(text: str, first: int, floor: int) -> re.Match | None:
    """The verb of a clause of a career whose list of posts reaches `first` (历任甲局局长、乙区区长…):
    the clause opens with it, its subject left out."""
    cs = max(floor, max(text.rfind(c, floor, first) for c in ",。;\n") + 1)
    m = _CAREER_CLAUSE.match(text, cs)
    return m if m and m.group(0).endswith(("任", "过")) and _career_subject(text, m.start(), floor) else None


def _career_subject(text: str, at: int, floor: int) -> list[tuple[str, int]]:
    """The person whose career a clause tells without naming them (2012年任…, 他出任…): the one
    the paragraph opens with, born on a date or sexed as a résumé does, the clause after."""
    if not _CAREER_BEFORE.search(text[max(floor, at - 8):at]):
        return []
    para = max(floor, text.rfind("\n", floor, at) + 1)
    m = _CAREER_OPENS.match(text, para, at)
    return [(m["name"], m.start("name"))] if m and name_at(m["name"], 0) == m["name"] else []


def _appointment(art: _Article, t: re.Match, default_org):
    """`甲乙任中共某县委委员、常委`, `丙丁、戊己任副主任`, `聘任甲乙为委员`: names before a verb of
    appointment, then a title chain that ends the clause (its bodies found only for a title that
    ends one)."""
    text, floor, by_end = art.text, art.start, art.by_end
    if not _CLAUSE_ENDS.match(text[t.end():t.end() + 2]) or t.end() >= art.end:
        return None
    chain = _chain(art, t, default_org, _body_finder(art, t.start()))
    first = min(cstart for _, _, cstart, _ in chain)
    verb = _APPOINTED.search(text, max(floor, first - 8), first) or _career_clause(text, first, floor)
    if verb is None:  # 免去甲乙X县委副书记职务: the name between 免去 and the chain
        removed = _REMOVED.search(text, max(floor, first - 8), first)
        if removed is None or not plausible(removed["name"]):
            return None
        n, p = removed["name"], removed.start("name")
        return [Mention("PERSON", n, p, p + len(n))], [Position(n, title, org, p, t.end()) for title, org, _, _ in chain]
    at = verb.start()
    if text[max(floor, at - 2):at] == "聘任":  # 聘任甲乙为委员: the names follow 聘任
        return None
    if vote := _VOTES_BEFORE.search(text, max(floor, at - 16), at):
        at = vote.start()  # 甲乙全票当选为某乡乡长, 甲、乙、丙等当选为副乡长
    if comrade := _COMRADES_BEFORE.search(text, max(floor, at - 16), at):
        at = comrade.start()  # 甲乙同志当选为某镇镇长, 甲、乙、丙三位同志当选为副镇长
    names = names_before(text, at, floor, by_end, strict=False) or _career_subject(text, at, floor)
    if not names:
        return None
    mentions = [Mention("PERSON", n, p, p + len(n)) for n, p in names]
    positions = [Position(n, title, org, p, t.end()) for n, p in names for title, org, _, _ in chain]
    return mentions, positions


def _title_ending_at(text: str, at: int, floor: int) -> re.Match | None:
    """The longest title that ends right at `at`."""
    return min((m for m in title_re().finditer(text, max(floor, at - 12), at) if m.end() == at),
               key=lambda m: m.start(), default=None)


_ASIDE_BEFORE = re.compile(r"[((][^()()。;\n]{2,36}[))]$")  # (其他名称、…) between a body and its title


def _chain(art: _Article, last_title: re.Match, default_org, body_for):
    """Walk back from the last title over `、`-joined (body? title) items.

    `body_for(title, fallback)` names the body of a title that the chain gives none."""
    text, floor, by_end, by_start = art.text, art.start, art.by_end, art.by_start
    items, walk = [], True
    t_start, title = last_title.start(), last_title.group(0)
    if title in _CHIEFS:  # 副主席,长江某段省级河长甲乙: the chief's duty, after the posts before it
        begin = t_start
        if named := _CHIEF_NAMED.search(text, max(floor, t_start - 10), t_start):
            begin = max([named.start()] + [m.end() for m in title_re().finditer(text, named.start(), t_start)])
        level = t_start - begin == 1 and text[begin] in LEVELS  # 省总河长: 总河长, the level no part of the title
        items.append([text[begin + level:t_start] + title, _NO_BODY, begin, 0, None, False])
        prev = _title_ending_at(text, begin - 1, floor) if begin > floor and text[begin - 1] in "、," else None
        walk = prev is not None
        if walk:
            t_start, title = prev.start(), prev.group(0)
    while walk:
        former = t_start - 1 > floor and text[t_start - 1] == "原" and t_start - 1 in by_end
        t_start -= former  # 战略支援部队原政委: a post once held in the body before 原, named so
        org, org_name = by_end.get(t_start), None
        if org is None and title in ("部长", "局长") and (dept_body := by_end.get(t_start + 1)) \
                and dept_body.key.endswith(title[0]) and dept_body.start < t_start:
            org = dept_body  # 市委统战部长: 市委统战部 + 部长, the body's last character shared
        if org is None and title == "人大代表" and (congress := by_end.get(t_start + 2)) \
                and congress.key.endswith("人大") and congress.start < t_start:
            org, title = congress, "代表"  # 全国人大代表: a deputy to 全国人大
        if org is None and (term := _TERM_BEFORE.search(text, max(floor, t_start - 6), t_start)):
            org = by_end.get(term.start())  # 市妇联第十一届执委: the term between body and title
        if org is None and (aside := _ASIDE_BEFORE.search(text, max(floor, t_start - 40), t_start)):
            org = by_end.get(aside.start())  # 某医院(某医疗中心、某医疗集团总院)院长: the body before its aside
        word = next((w for w in _BODY_WORDS if title.startswith(w) and len(title) > len(w)), None)
        own_word = ""
        if word and org is not None and (body_kind(org.key) in ("school", "company", "unit", "bureau") or _commission(org.key)
                                         or org.key.endswith(ARMED)):  # 县人武部党委第一书记: its own committee
            org, title = replace(org, end=t_start + len(word), canonical=org.key + word), title[len(word):]  # 某大学党委 + 书记
            word = None
        elif word == "团委":  # 市团委书记: the League's committee found before the title, as for 副书记 alone
            t_start, title, word = t_start + 2, title[2:], None
            org = by_end.get(t_start)
        party = by_end.get(t_start + len(word)) if word and org is None else None
        if party is not None and party.key.endswith(word):  # 大康镇党委 + 书记, 市纪委 + 书记
            org, title = party, title[len(word):]
        elif word and org is None and text[t_start - 1:t_start] in ("镇", "乡"):
            level = text[t_start - 1]  # 镇党委书记 with the town unnamed: the town the article names
            town = art.town(level) or level
            org, title = Mention("ORG", level + word, t_start - 1, t_start + 2, town + word), title[len(word):]
        elif word == "党工委" and org is None and (unit := _unit_before(art, t_start + len(word))):
            org, title = Mention("ORG", text[unit[0]:t_start + 3], unit[0], t_start + 3, unit[1]), title[len(word):]
        elif word == "党委" and org is None and _DEPT_BEFORE.search(text, max(floor, t_start - 8), t_start):
            own_word, title = word, title[len(word):]  # 市政府党组成员、公安局党委书记: the bureau's 党委, its place the chain's
        elif word in ("党委", "纪委") and org is None and text.endswith("机关", floor, t_start):
            t_start, org_name, title = t_start - 2, "@机关" + word, title[len(word):]  # 某办党组成员、机关党委书记: the office's organ committee
        elif word and org is None:  # 纪委书记 alone: the chain's unit's, or the article's
            org_name, title = "@" + word, title[len(word):]
        org_name = org.key if org else org_name
        begin = org.start if org else t_start
        dept = None
        stem = _DEPT_STEM.search(text, max(floor, t_start - 3), t_start) if title == "部长" else \
            _BUREAU_STEM.search(text, max(floor, t_start - 3), t_start) if title in ("局长", "厅长") else \
            _OFFICE_STEM.search(text, max(floor, t_start - 5), t_start) if title == "处长" else None
        if own_word and (dept := _DEPT_BEFORE.search(text, max(floor, t_start - 8), t_start)):
            begin, org_name = dept.start(), "+" + dept.group(0) + "+" + own_word
        elif org is None and stem:  # 组织部长: 组织部 + 部长; 监察局长: 监察局 + 局长
            dept = stem
            begin, org_name = dept.start(), "+" + dept.group(0) + title[0]
        elif org is None and (bare := _BARE_PLACE_BODY.search(text, max(floor, t_start - 6), t_start)) \
                and (_CPPCC_TITLE.fullmatch(title) if bare["word"] == "政协" else _PARTY_GROUP_TITLE.fullmatch(title)
                     if bare["word"].endswith("政府") else title.lstrip("副") in ("主任", "主席") or _PARTY_GROUP_TITLE.fullmatch(title)):
            dept, begin = None, bare.start()  # 人大主任 in a county's list: its standing committee's; 政协党组副书记: its CPPCC's
            org_name = "@政协" if bare["word"] == "政协" else "@政府" if bare["word"].endswith("政府") \
                else "@人大" if title.lstrip("副") == "主席" else "@人大常委会"
            # (镇党委委员、人大主席: a town's congress, headed by a 主席)
        elif org is None and (bare := _BARE_BODY.search(text, max(floor, t_start - 6), t_start)):
            word = "纪委" if bare["word"] == "纪检" else bare["word"]  # 纪检书记: the 纪委's
            dept, begin, org_name = None, bare.start("word"), "@" + word  # 纪委副书记, 工会主席: whose?
        elif org is None and title in ("主席", "副主席") and text[t_start - 3:t_start] == "自治区":
            region = art.ctx.resolve_ref("自治区") if art.ctx is not None else None  # 自治区主席: its government's
            dept, begin, org_name = None, t_start - 3, (region.name if region else "自治区") + "政府"
        elif org is None and text[t_start - 2:t_start] in ("镇委", "乡委"):  # 镇委书记: the town's 党委
            dept, level = None, text[t_start - 2]
            begin, org_name = t_start - 2, (art.town(level) or level) + "党委"
        elif org is None and (street := _STREET_BODY.search(text, max(floor, t_start - 6), t_start)) \
                and (street["street"] or street["office"] or art.town("街道")):
            dept, begin = None, street.start()  # 街道工委书记, (…、)办事处主任, 街办主任: the street the article names
            org_name = (art.town("街道") or "街道") + (street["word"] or "办事处")
        elif org is None and (gov := _BARE_GOVERNMENT.search(text, max(floor, t_start - 4), t_start)):
            dept, begin = None, gov.start()  # the title goes to the chain's body's sibling (sibling())
        elif org is None and (board := _ZONE_BOARD.search(text, max(floor, t_start - 3), t_start)):
            dept, begin, org_name = None, board.start(), "+管委会"  # the chain's zone's 管委会
        elif org is None and title.lstrip("副") in ("镇长", "乡长") and (town := next(
                (p for p in find_local_places(text, max(floor, t_start - 8), t_start) if p.end == t_start), None)):
            begin = max([town.start] + [m.end() for m in title_re().finditer(text, town.start, t_start)])
            dept, org_name = None, text[begin:t_start] + "政府"  # (人大代表)杨集镇镇长: the town's government
        elif org is None and title == "第一书记" and (village := next(
                (p for p in find_local_places(text, max(floor, t_start - 8), t_start) if p.end == t_start and p.key.endswith("村")), None)):
            dept, begin, org_name = None, village.start, village.key  # 驻某村第一书记: the village he is sent to
        elif org is None and title.lstrip("副") == "组长" and (team := _team_before(art, t_start)):
            dept, (begin, org_name) = None, team  # 省委巡视组组长, 某部某工作第四调研组组长: the team's
        elif org is None and (unit := _unit_before(art, t_start)):
            dept, (begin, org_name) = None, unit  # 某区检察院侦查监督部副主任, 市委统战部党派科科长
        elif org is None and (placed := _placed_title(text, floor, t_start, title)):
            dept, (begin, org_name) = None, placed  # 常州市副市长, 武进区区长: the division named right before it
        elif org is None and (dept := _DEPT_BEFORE.search(text, max(floor, t_start - 8), t_start)):
            begin, org_name = dept.start(), "+" + dept.group(0)  # 统战部部长: joins the chain's 委
            inner = next((o for o in by_start.get(dept.start(), []) if o.end < t_start), None)
            if inner is not None:  # 县政府办主任: the office of the body named in it
                org_name = inner.key + text[inner.end:t_start]
        short = (org.text[0], org.key[:len(org.key) - len(org.text) + 1], org.text[1:]) \
            if org is not None and org.text[:1] in LEVELS and org.key.endswith(org.text[1:]) \
            and org.key[:len(org.key) - len(org.text) + 1].endswith(org.text[0]) else None  # 市侨办 → (市, 海安市, 侨办); 市政法委 → 某市委政法委: none
        items.append([title, org_name, begin, len(dept.group(0)) + len(own_word) if org is None and dept else 0, short, former])
        # the item before: after 、 (or 兼: 专职副主席兼秘书长), or right before this one's body (县人大代表杨集镇镇长甲乙)
        joint = begin - 1 if begin - 1 >= floor and text[begin - 1] in "、,兼" else begin if begin < t_start else None
        while joint is not None and text[joint] == "兼" and _title_ending_at(text, joint, floor) is None \
                and (shared := by_end.get(joint)) is not None:
            items.append([title, shared.key, shared.start, 0, None, False])  # 省水利厅兼省应急管理厅副厅长: both bureaus'
            begin = shared.start
            joint = begin - 1 if begin - 1 >= floor and text[begin - 1] in "、," else None
        if joint is None and (before := _title_ending_at(text, begin, floor)) \
                and before.group(0).lstrip("副") != title.lstrip("副"):
            joint = begin  # 市委副书记市长甲: two titles with no mark between them (主任副主任甲: a slip)
        if joint is None:
            break
        prev = _title_ending_at(text, joint, floor)
        if prev is None or text[joint] == "," and (prev.group(0) in _SEATS or "、" not in text[max(floor, joint - 14):joint]):
            break  # 省、市、县人大代表,县人大常委会主任甲: deputies, then one man's post; 院长,检察长: two men
            # (区委常委、区纪委书记,区委某小组组长甲: one man's chain goes on over a comma)
        t_start, title = prev.start(), prev.group(0)
    items.reverse()
    # A title with no body inherits the body named before it in the chain, or that body's
    # sibling of the title's kind (县委副书记、县长: the county government).
    current = body_for(None, None) if items[0][1] and items[0][1].startswith("+") else None
    for prev, item in zip([None] + items, items):
        if item[1] == _NO_BODY:
            continue
        if (short := item[4]) and current and (place := _chain_place(current)) and place.endswith(short[0]) \
                and place != short[1] and item[1] == short[1] + short[2] and gazetteer().lookup(place):
            item[1] = place + short[2]  # 南通市委统战部副部长、市侨办主任: 市 is the chain's 南通市, not the page's
        if item[1] is None:
            item[1] = current
            if current and current.endswith("党委") and item[0] not in _PARTY_TITLES and _commission(current[:-2]):
                item[1] = current[:-2]  # 某市国资委党委书记、主任: the commission's director
        elif item[1].startswith("+"):
            dept, _, own_word = item[1][1:].partition("+")  # 公安局+党委: the bureau's committee, after the chain's body
            item[1] = None if own_word and prev is None and dept[0] not in LEVELS \
                else own if len(dept) == 2 and dept[0] in LEVELS and (own := own_bureau(dept, art.bodies.items)) != dept \
                else department(current, dept) if current \
                else body_for("+" + dept, None) or (department(implied, dept) if (implied := _implied_before(prev)) else None)
            item[1] = item[1] and item[1] + own_word
        elif item[1] in ("@政协", "@人大常委会", "@人大", "@政府") and current \
                and (place := _chain_place(current) or ((level := _LEVEL_OPENS.match(current)) and level[0])):
            item[1] = place + item[1][1:]  # 县委常委、统战部部长、政协党组副书记: the chain's county's CPPCC
        elif item[1] in ("@居委会", "@村委会"):  # 某社区党委书记、居委会主任: the same community's committee
            unit = _LOCAL_PARTY.sub("", current or "")
            item[1] = unit + item[1][1:] if unit.endswith(("社区", "村")) else None
        elif item[1].startswith("@机关"):  # 某办党组成员、机关党委书记: the office's (某厅机关党委 → 某厅); none told: as written
            item[1] = (_ORGAN_COMMITTEE.sub("", current) if current else "") + item[1][1:]
        elif item[1].startswith("@"):  # 党委副书记、纪委书记: the same unit's commission
            item[1] = unit_body(current, item[1][1:]) if current and not _BARE_BODY.fullmatch(current) \
                else body_for(item[1], None)  # (党委委员、纪委书记 with no unit told: each as written)
        if item[1] and not fits(item[0], item[1]):
            item[1] = sibling(item[1], item[0]) or _party_unit(item[1], item[0]) \
                or _same_party(current, item[1], item[0]) or body_for(item[0], None)
        current = item[1] or current
    if items and items[0][1] is None:
        fallback = body_for(items[0][0], default_org)
        for item in items:
            if item[1] is None:
                item[1] = fallback if fallback and fits(item[0], fallback) else body_for(item[0], None)
    for item in items:
        if item[1] is None and _PARTY_GROUP_TITLE.fullmatch(item[0]) and (own := next(
                (o for _, o, *_ in items if o and o.endswith(_DEPARTMENT_ENDS)), None)):
            item[1] = own  # 某局召开…,党组成员、副局长甲: the party group of the bureau his other post is in
    _province_of_chain(items)
    out = [(title, None) if org == _NO_BODY else _standing_member(title, _one_commission(title, _standing_committee(title, _committee(org))))
           for title, org, *_ in items]
    return [("原" * former + title, org, b, dept_len) for (title, org), (_, _, b, dept_len, _, former) in zip(out, items)]


def _province_of_chain(items: list[list]) -> None:
    """省委副书记、市委书记甲: the province a bare 省 names is the chain's city's, not the page's
    last named one (a visiting delegation's province before it)."""
    g = gazetteer()
    cities = [d for item in items if item[4] and item[4][0] in "市州" and (d := g.lookup(item[4][1])) is not None
              and d.level == "prefecture"]
    for item in items:
        if cities and (short := item[4]) and short[0] == "省" and (province := g.province(cities[0])).name != short[1]:
            item[1] = province.name + short[2]


def _placed_title(text: str, floor: int, at: int, title: str) -> tuple[int, str] | None:
    """A title that implies a city's, county's, district's or prefecture's body (副市长 → 市政府),
    written right after that division's full name (常州市副市长): that division's body, not the page's."""
    implied = implied_body(title)
    if not implied or implied[0] not in "市县区州" or text[at - 1:at] != implied[0]:
        return None
    for s, e, name in division_spans(text, max(floor, at - 12), at):
        if e == at and (d := gazetteer().lookup(name)) is not None and d.name == name:
            return s, name + implied[1:]
    return None


def _implied_before(prev: list | None) -> str | None:
    """The body the chain's item before implies by its title when no body is named for it
    (副县长、公安局局长 with the county unnamed: 县政府, whose bureau is 县公安局)."""
    implied = implied_body(prev[0]) if prev and prev[1] is None else ""
    return implied if implied and implied[0] in LEVELS else None  # not 书记's bare 委 (团委党支部书记、团委副书记)


_LEVEL_OPENS = re.compile(r"[省市县区州旗盟](?=委|政府|人大|政协)")  # 县委统战部: a county's, unnamed


_PARTY_TITLES = ("书记", "副书记", "常务副书记", "专职副书记", "常委", "委员")
def _chain_place(body: str) -> str | None:
    """The place a chain's body is named by: a committee's or government's (place_of), or a
    mass organisation's, the longest division name it opens with (温州市 of 温州市工商联)."""
    if place := place_of(body):
        return place
    return next((body[:i] for i in range(len(body) - 1, 1, -1) if body.endswith(SOCIAL) and body[i - 1] in "省市县区州盟旗"
                 and (d := gazetteer().lookup(body[:i])) is not None and d.name == body[:i]), None)


def _commission(body: str) -> bool:
    """A government's commission (某市国资委, 省卫健委), whose 党委 is a body of its own: a 委 that is
    no place's party committee, discipline or working committee."""
    return body.endswith("委") and not body.endswith(("党委", "纪委", "工委", "党工委")) and place_of(body) is None \
        and not re.match(r"^.{0,8}?[省市县区州盟旗]委$", body) \
        and (body not in national_bodies().values() or body.startswith(("国务院", "国家")))  # 国务院国资委党委; not 中央政法委


def _standing_member(title: str, org: str | None) -> tuple[str, str | None]:
    """A 委员 of a party committee's standing committee is a 常委 of the committee (当选为中国共产党
    某市第十四届委员会常务委员会委员: 某市委, 常委)."""
    if title == "委员" and org and org.endswith("委常委会"):
        return "常委", org[:-3]
    return title, org


def host_posts(positions: list[Position], host: str | None) -> list[Position]:
    """Posts with no body whose title is one of the department's whose own site the page is on
    (厅党组书记、厅长甲 on a province's 民政厅's site): that department's, unless the person holds the
    post in a body named (孟凡伟局长 after 某区某局局长孟凡伟)."""
    if not host:
        return positions
    named = {(p.person, p.title) for p in positions if p.org}
    return [replace(p, org=host) if p.org is None and (p.person, p.title) not in named and _heads_host(p.title, host)
            else p for p in positions]


def _heads_host(title: str, host: str) -> bool:
    """Whether a title with no body is one of the department's whose site the page is on: its
    head's or deputy's (局长 of a 局, 主任 of a 委 or 办) or its party group's."""
    head = title.removeprefix("常务").removeprefix("副")
    return head in ("党组书记", "党组成员", "纪检组长") or head == host[-1] + "长" \
        or head == "主任" and host.endswith(("委", "办", "委员会", "办公室"))


def _democratic_party(art: _Article, title: str) -> str | None:
    """A party's title with no body (省委会主委甲乙) on a page that names one democratic party's
    committee: that committee."""
    if not title or title_kinds(title) != {"democratic"}:
        return None
    parties = {o.key for o in art.bodies.items if body_kind(o.key) == "democratic"}
    return parties.pop() if len(parties) == 1 else None


def _same_party(before: str | None, body: str, title: str) -> str | None:
    """民建某省委副主委、某市委主委: a party's title on a place's committee, after that party's body,
    is the party's committee there (民建某市委)."""
    party = next((p for p in DEMOCRATIC_PARTIES if before and before.startswith(p)), None)
    return party + body if party and body.endswith("委") and fits(title, party + body) else None


def _party_unit(body: str, title: str) -> str | None:
    """The unit whose party committee `body` is, if `title` is held in the unit (某局党委书记、局长)."""
    unit = body.removesuffix("党委")
    return unit if unit != body and not unit.endswith(("行业", "系统", "工作", "机关")) and fits(title, unit, strict=True) \
        else None  # 某省律师行业党委副书记、会长: a trade's committee, no unit of that name


def _standing_committee(title: str, org: str | None) -> str | None:
    """县人大主任 is the director of the county congress's standing committee (the gold
    convention); a town congress has no standing committee (镇人大主席)."""
    if org and org.endswith("人大") and title in ("主任", "副主任", "秘书长", "委员", "常委") and org[-3:-2] not in "镇乡":
        return org + "常委会"
    return org


def _one_commission(title: str, org: str | None) -> str | None:
    """区纪委监委副主任 is the supervisory commission's; 副书记, 常委: the 纪委's. A street's
    officers other than its party committee's (办事处主任, 调研员) are its office's."""
    if org and org.endswith("纪委监委"):
        return org[:-2] if "书记" in title or title == "常委" else org[:-4] + "监委"
    if org and org.endswith("街道党工委") and not fits(title, "某委", strict=True):
        return org[:-3] + "办事处"
    return org


def _committee(org: str | None) -> str | None:
    """A post in a party group is a post in its body: 市政协党组 → 市政协."""
    return parent_org(org) if org and org.endswith("党组") else org
