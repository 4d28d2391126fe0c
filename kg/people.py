"""Names after title chains, and the posts stated with them (credits and lists: `names`).

A name is a surname from the lexicon plus one or two characters, accepted only where the
genre puts names: after a title chain (`市政协党组书记、主席张建国主持`), in bylines and
credits (`通讯员王晓梅 李强`, `(王芳 刘洋)`, `… 摄影报道`), before a speaker's colon
(`赵德明:`) and before a leader's title (`X总书记`).
"""
from __future__ import annotations

import re

from .gazetteer import gazetteer
from .lexicon import has_function_word, jieba_words
from .model import Mention, Position
from .places import town_named
from .titles import LEVELS, body_kind, department, fits, implied_body, sibling, unit_body
from .orgs import parent_org
from .patterns import national_bodies, surname_re, title_re

# Words that may follow a name in this genre; a candidate name must end right before one.
FOLLOWERS = (
    "主持 出席 参加 列席 带队 带领 率队 率 讲话 指出 强调 表示 先后 一行 等 同志 在 对 到 赴 深入 为 作 "
    "就 介绍 陪同 参观 调研 视察 考察 会见 说 认为 要求 主讲 致辞 宣读 通报 汇报 发言 和 与 及 以及 "
    "分别 当选 也 还 是 向 从 围绕 代表 看望 走访 莅临 听取 指导 总结 部署 组织 担任 带头 亲自 "
    "专程 任 摄 主任 书记 总书记 委员 传达 进行 讲 宣布 解读 领学 提出 希望 回顾 热情 详细 认真 一同 "
    "的 召开 召集 领衔 委托 荣获 被 以 首先 再 又 带 应邀 发表 作出 当场 现场 实地 先 详细 同 共同 联系 会同 作为"
).split()
_FOLLOW_RE = re.compile(r"(?:[,。、;:!?()“”《》\s\n]|$|" + "|".join(sorted(FOLLOWERS, key=len, reverse=True)) + ")")
_NOT_GIVEN = set("的了和与在是对为及等、,。;:!?()“”《》 \n0123456789市县区省委政协党组主席")
# A department named inside a title chain, after its committee (市委常委、统战部部长).
# Body words that open a title when the unit goes unnamed: 党委书记, 纪委书记, 党工委书记.
_BODY_WORDS = ("党工委", "党委", "纪委")
_DEPT_STEM = re.compile(r"(?:^|(?<=、)|(?<=委))(?:组织|宣传|统战|政法|武装|纪检)$")
_BUREAU_STEM = re.compile(r"(?:^|(?<=[、,;。\s]))[\u4e00-\u9fff]{2}$")
_DEPT_BEFORE = re.compile(r"(?:^|(?<=[、,;。\s]))(?![省市县区州旗]委$)(?:[\u4e00-\u9fff]{1,4}(?:部|委|办|局|厅|办公室)|"
                          r"(?:工商联|妇联|总工会|科协|侨联|文联|残联))$")
REPORTER_TITLES = ("通讯员", "记者", "特约记者", "责任编辑", "版式", "校对")


def name_at(text: str, i: int, end: int | None = None) -> str | None:
    """The person name starting at text[i], if one ends before a follower word."""
    end = len(text) if end is None else end
    m = surname_re().match(text, i)
    if not m:
        return None
    s = m.end()
    for glen in (2, 1):
        e = s + glen
        if e > end or any(c in _NOT_GIVEN for c in text[s:e]):
            continue
        if glen == 2 and (_FOLLOW_RE.match(text, s + 1) or title_re().match(text, s + 1)) \
                and name_at(text, i, s + 1) and text[s + 1] not in "、,。;:":
            continue  # 周某率…, 孟某副主任: the second character starts the next word
        if _FOLLOW_RE.match(text, e) or e == end:
            return text[i:e]
    return None


def find_titled(text: str, start: int, end: int, orgs: list[Mention],
                default_org: str | None = None, ctx=None) -> tuple[list[Mention], list[Position]]:
    """Names after title chains, with one Position per (title, body) of the chain."""
    by_end = {}
    for o in sorted(orgs, key=lambda o: len(o.key)):  # a sub-body wins over its committee's mention
        by_end[o.end] = o
    for o in orgs:  # 市政协党组 + 书记 and 市政协 + 党组书记 both read as a post in 市政协
        if o.key.endswith("党组"):
            by_end.setdefault(o.end - 2, Mention("ORG", o.text[:-2], o.start, o.end - 2, o.key[:-2]))
    mentions, positions = [], []
    for t in title_re().finditer(text, start, end):
        if t.group(0) in REPORTER_TITLES:
            continue
        names, pos = [], t.end()
        while (name := name_at(text, pos, end) or _list_item(text, pos, end, first=not names)
               or (None if names else _long_name(text, pos, end))) is not None:
            names.append((name, pos))
            pos += len(name)
            if pos < end and text[pos] == "、":
                pos += 1
            else:
                break
        if not names and (appointed := _appointment(text, t, start, end, by_end, default_org,
                                                     _body_finder(text, t.start(), start, orgs, ctx))):
            mentions += appointed[0]
            positions += appointed[1]
            continue
        if not names:  # a title after the name (甲乙主任, 甲乙、丙丁委员, 甲乙总书记)
            title = t.group(0)
            before = _names_before(text, t.start(), start, by_end, strict=title != "总书记")
            if not before:
                continue
            org = by_end.get(before[0][1])
            org = org.key if org else _body_finder(text, before[0][1], start, orgs, ctx)(title, default_org)
            for name, npos in before:
                mentions.append(Mention("PERSON", name, npos, npos + len(name)))
                positions.append(Position(name, title, _committee(org), npos, t.end()))
            continue
        chain = _chain(text, t, start, by_end, default_org, _body_finder(text, t.start(), start, orgs, ctx))
        for title, org, cstart, dept_len in chain:  # a department named in the chain is a body too
            if org and dept_len:
                mentions.append(Mention("ORG", text[cstart:cstart + dept_len], cstart, cstart + dept_len, org))
        for name, npos in names:
            mentions.append(Mention("PERSON", name, npos, npos + len(name)))
            for title, org, cstart, _ in chain:
                positions.append(Position(name, title, org, cstart, npos + len(name)))
    return mentions, positions


_BARE_BODY = re.compile(r"(?:^|(?<=[、,;。:\s]))(?P<word>纪委|党委|党工委)$")
_BARE_UNIT = re.compile(r"(?:^|[,。\n])(?:[\d月日上下午晚]{2,8},?)?(?P<unit>公司|集团|学校)(?:召开|举行|组织|举办)")
_SENTENCE_END = re.compile(r"[。;!?\n]")


def _body_finder(text: str, at: int, floor: int, orgs: list[Mention], ctx):
    """For a title with no body in its chain: the nearest body before it in its sentence
    that the title fits (市政协副主席甲,秘书长乙: the CPPCC; title None: any), else the fallback if it fits,
    else the body the title implies (副县长 → 县政府, resolved to the article's county)."""
    lo = max(floor, at - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    lo = ends[-1] if ends else lo
    before = [o.key for o in orgs if lo <= o.start and o.end <= at]

    units = {o.key for o in orgs if body_kind(o.key) in ("company", "school")}
    unit = max(units, key=len) if len({u[:2] for u in units}) == 1 else None  # one unit, by its fullest name
    if unit is None and (bare := _BARE_UNIT.search(text, floor, at)):
        unit = bare["unit"]  # 公司召开党委会议: the article's unit, named by its kind

    def body_for(title: str | None, fallback: str | None) -> str | None:
        if title and title.startswith("+"):  # 监察局长 opening a chain: the locality's bureau
            return ctx.locale.name + title[1:] if ctx and ctx.locale and title.endswith(("局", "厅")) else None
        if title and title.startswith("@"):  # 纪委书记 with no unit named: the sentence's, the article's, its town's
            party = [b for b in before if body_kind(b) == "party"]
            town = town_named(text, floor, len(text), "镇")
            where = unit_body(party[-1], "") if party else unit or town or (ctx.locale.name if ctx and ctx.locale else None)
            return where + title[1:] if where else None
        if unit and title and fits(title, unit, strict=True):
            return unit  # 董事长, 校长: the article's company or school
        implied = implied_body(title)
        if implied in national_bodies().values():
            return implied  # 总书记, 委员长: one body in the country
        for body in reversed(before):
            if fits(title, body) and _TITLED_KIND.search(body):
                return _committee(body)
        if fallback and fits(title, fallback):
            return fallback
        if not implied or implied[0] not in LEVELS:
            return None
        d = ctx.resolve_ref(implied[0]) if ctx is not None and implied[0] not in "镇乡" else None
        town = town_named(text, floor, len(text), implied[0]) if implied[0] in "镇乡" else None
        return d.name + implied[1:] if d else town + implied[1:] if town else implied

    return body_for


# Bodies whose officers a later title in the sentence may refer to without naming them.
_TITLED_KIND = re.compile(r"(?:人大常委会|政协|委|政府|党组|检察院|法院|妇联|工商联|办公室)$")


_NAME_TAGS = {"nr", "nrfg", "nrt", "ns"}


def plausible(name: str) -> bool:
    """Whether `name` can be a person's name and not an ordinary word or a place.

    Two-character names are rarely in jieba's dictionary, so one that is (党校, 智慧, 文昌)
    is a word; a three-character name does not open with a common non-name word (纪律…,
    安排…), though it may open with a place-like one (王国庆). Division names are places.
    """
    words = jieba_words()
    if len(name) == 2 and name in words and not (words[name][0] == "nr" and words[name][1] < 500):
        return False
    if name in words and words[name][0] not in _NAME_TAGS:
        return False
    head = words.get(name[:2])
    if len(name) == 3 and head and head[0] not in _NAME_TAGS and head[1] >= 20:
        return False
    return gazetteer().lookup(name) is None and name[-1] not in "省市县区镇乡村"  # 某庙镇召开: a town


# A long name after a title, before the verb it governs (部长孟和某某到…): Mongolian, Tibetan,
# Uyghur names the surname lexicon cannot read.
_LONG_NAME = re.compile(r"[\u4e00-\u9fff]{4,5}(?=到|赴|主持|出席|率|带队|带领|深入|一行|参加|讲话|强调|指出)")


_NOT_LONG_NAME = re.compile(r"^[在赴和向与及对为把被将从到们的了]|政|委|党|人大|干部|群众|代表|人员")


def _long_name(text: str, pos: int, end: int) -> str | None:
    m = _LONG_NAME.match(text, pos, end)
    if m is None or has_function_word(m.group(0)) or title_re().search(m.group(0)) or _NOT_LONG_NAME.search(m.group(0)) \
            or m.group(0)[:2] in jieba_words() or not plausible(m.group(0)):
        return None
    return m.group(0)


_TERM_BEFORE = re.compile(r"第?[〇零一二三四五六七八九十百\d]{1,4}届$")
_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,4}")
_FUNCTION_CHARS = set("在赴和向与及对为把被将从到们的了")
_ITEM_END = re.compile(r"[、,。;]|及|和|等|$")


def _list_item(text: str, pos: int, end: int, first: bool) -> str | None:
    """A name the lexicon cannot read (花某某, 白玛某某, 艾力某·某某) standing whole in a list
    after a title: bounded by 、 before (or the title) and by a separator after."""
    for m in (_ITEM.match(text, pos, end),):
        if m is None:
            return None
        for cut in range(m.end(), pos + 1, -1):  # the longest item that ends at a separator
            item = text[pos:cut]
            if not _ITEM_END.match(text, cut) or first and not (text[cut:cut + 1] == "、" and name_at(text, cut + 1, end)):
                continue  # the first such item needs a name by the lexicon after it
            if "·" in item or (plausible(item) and not title_re().search(item) and item[0] not in _FUNCTION_CHARS
                               and not (len(item) > 2 and has_function_word(item))):
                return item
    return None


# 甲乙任/当选为/被任命为 + body + titles: an appointment or election.
_APPOINTED = re.compile(r"(?:被任命为|任命为|当选为|当选|担任|兼任|任|为)(?:中共|中国共产党)?$")


_REMOVED = re.compile(r"免去(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:中共|中国共产党)?$")


def _appointment(text, t, floor, end, by_end, default_org, body_for):
    """`甲乙任中共某县委委员、常委`, `丙丁、戊己任副主任`, `聘任甲乙为委员`: names before a verb of
    appointment, then a title chain that ends the clause."""
    if not re.match(r"[、,。;的职]|$", text[t.end():t.end() + 1]) or t.end() >= end:
        return None
    chain = _chain(text, t, floor, by_end, default_org, body_for)
    first = min(cstart for _, _, cstart, _ in chain)
    verb = _APPOINTED.search(text, max(floor, first - 8), first)
    if verb is None:  # 免去甲乙X县委副书记职务: the name between 免去 and the chain
        removed = _REMOVED.search(text, max(floor, first - 8), first)
        if removed is None or not plausible(removed["name"]):
            return None
        n, p = removed["name"], removed.start("name")
        return [Mention("PERSON", n, p, p + len(n))], [Position(n, title, org, p, t.end()) for title, org, _, _ in chain]
    at = verb.start()
    if text[max(floor, at - 2):at] == "聘任":  # 聘任甲乙为委员: the names follow 聘任
        return None
    names = _names_before(text, at, floor, by_end, strict=False)
    if not names:
        return None
    mentions = [Mention("PERSON", n, p, p + len(n)) for n, p in names]
    positions = [Position(n, title, org, p, t.end()) for n, p in names for title, org, _, _ in chain]
    return mentions, positions


def _names_before(text: str, at: int, floor: int, by_end: dict, strict: bool = True) -> list[tuple[str, int]]:
    """Names ending at `at`, with those listed before them (甲乙、丙丁委员), in reading order.

    `strict`: the list must open a clause or follow a body (省咨询委甲乙主任)."""
    found = []
    while (name := _name_before(text, at, floor)) is not None and plausible(name[0]):
        found.insert(0, name)
        if name[1] - 1 < floor or text[name[1] - 1] != "、":
            break
        at = name[1] - 1
    if found and strict:
        i = found[0][1]
        if not (i == floor or text[i - 1] in ",。;:!?、“”()\n 以和与及" or i in by_end):
            return []
    return found


def _name_before(text: str, at: int, floor: int) -> tuple[str, int] | None:
    """A name ending at `at`."""
    for n in (3, 2):
        i = at - n
        if i >= floor and name_at(text[i:at], 0) == text[i:at]:
            return text[i:at], i
    return None


def _chain(text, last_title: re.Match, floor: int, by_end: dict, default_org, body_for):
    """Walk back from the last title over `、`-joined (body? title) items.

    `body_for(title, fallback)` names the body of a title that the chain gives none."""
    items = []
    by_start: dict[int, list] = {}
    for o in by_end.values():
        by_start.setdefault(o.start, []).append(o)
    t_start, t_end, title = last_title.start(), last_title.end(), last_title.group(0)
    while True:
        org, org_name = by_end.get(t_start), None
        if org is None and (term := _TERM_BEFORE.search(text, max(floor, t_start - 6), t_start)):
            org = by_end.get(term.start())  # 市妇联第十一届执委: the term between body and title
        word = next((w for w in _BODY_WORDS if title.startswith(w) and len(title) > len(w)), None)
        party = by_end.get(t_start + len(word)) if word and org is None else None
        if party is not None and party.key.endswith(word):  # 大康镇党委 + 书记, 市纪委 + 书记
            org, title = party, title[len(word):]
        elif word and org is None and text[t_start - 1:t_start] in ("镇", "乡"):
            level = text[t_start - 1]  # 镇党委书记 with the town unnamed: the town the article names
            town = town_named(text, floor, len(text), level) or level
            org, title = Mention("ORG", level + word, t_start - 1, t_start + 2, town + word), title[len(word):]
        elif word and org is None:  # 纪委书记 alone: the chain's unit's, or the article's
            org_name, title = "@" + word, title[len(word):]
        org_name = org.key if org else org_name
        begin = org.start if org else t_start
        dept = None
        stem = _DEPT_STEM.search(text, max(floor, t_start - 3), t_start) if title == "部长" else \
            _BUREAU_STEM.search(text, max(floor, t_start - 3), t_start) if title == "局长" else None
        if org is None and stem:  # 组织部长: 组织部 + 部长; 监察局长: 监察局 + 局长
            dept = stem
            begin, org_name = dept.start(), "+" + dept.group(0) + title[0]
        elif org is None and (bare := _BARE_BODY.search(text, max(floor, t_start - 4), t_start)):
            dept, begin, org_name = None, bare.start("word"), "@" + bare["word"]  # 纪委副书记: whose 纪委?
        elif org is None and text[t_start - 2:t_start] in ("镇委", "乡委"):  # 镇委书记: the town's 党委
            dept, level = None, text[t_start - 2]
            begin, org_name = t_start - 2, (town_named(text, floor, len(text), level) or level) + "党委"
        elif org is None and (dept := _DEPT_BEFORE.search(text, max(floor, t_start - 8), t_start)):
            begin, org_name = dept.start(), "+" + dept.group(0)  # 统战部部长: joins the chain's 委
            inner = next((o for o in by_start.get(dept.start(), []) if o.end < t_start), None)
            if inner is not None:  # 县政府办主任: the office of the body named in it
                org_name = inner.key + text[inner.end:t_start]
        items.append([title, org_name, begin, len(dept.group(0)) if org is None and dept else 0])
        if begin - 1 < floor or text[begin - 1] != "、":
            break
        prev = None
        for m in title_re().finditer(text, max(floor, begin - 12), begin - 1):
            if m.end() == begin - 1:
                prev = m if prev is None or m.start() < prev.start() else prev
        if prev is None:
            break
        t_start, title = prev.start(), prev.group(0)
    items.reverse()
    # A title with no body inherits the body named before it in the chain, or that body's
    # sibling of the title's kind (县委副书记、县长: the county government).
    current = body_for(None, None) if items[0][1] and items[0][1].startswith("+") else None
    for item in items:
        if item[1] is None:
            item[1] = current
        elif item[1].startswith("+"):
            item[1] = department(current, item[1][1:]) if current else body_for(item[1], None)
        elif item[1].startswith("@"):  # 党委副书记、纪委书记: the same unit's commission
            item[1] = unit_body(current, item[1][1:]) if current else body_for(item[1], None)
        if item[1] and not fits(item[0], item[1]):
            item[1] = sibling(item[1], item[0]) or body_for(item[0], None)
        current = item[1] or current
    if items and items[0][1] is None:
        fallback = body_for(items[0][0], default_org)
        for item in items:
            if item[1] is None:
                item[1] = fallback if fallback and fits(item[0], fallback) else body_for(item[0], None)
    return [(title, _standing_committee(title, _committee(org)), b, dept_len) for title, org, b, dept_len in items]


def _standing_committee(title: str, org: str | None) -> str | None:
    """县人大主任 is the director of the county congress's standing committee (the gold
    convention); a town congress has no standing committee (镇人大主席)."""
    if org and org.endswith("人大") and title in ("主任", "副主任", "秘书长", "委员") and org[-3:-2] not in "镇乡":
        return org + "常委会"
    return org


def _committee(org: str | None) -> str | None:
    """A post in a party group is a post in its body: 市政协党组 → 市政协."""
    return parent_org(org) if org and org.endswith("党组") else org
