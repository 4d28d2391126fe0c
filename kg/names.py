"""Person names outside title chains: bylines, name lists, names before a title or a verb.

A name is a surname from the lexicon plus one or two given characters (`people.name_at`).
It is accepted only where the genre puts names:

- credits and bylines: `(记者 甲乙 丙丁)`, `记者|甲乙`, `作者:甲乙 丙丁`, `编辑:甲乙`,
  `责编:甲乙`, `审核:甲乙`, `甲乙/文 丙丁/图`, `图文:甲乙`, `甲乙摄`, `(…处甲乙供稿)`;
- lists of names joined by `、` (`甲乙、丙丁、戊己等出席`): every item a name, one at least
  confirmed by what stands around the list (a title or 领导 before it, 等/同志/a verb after);
- a name before a title (`甲乙主任`, `甲乙委员长`) or 同志;
- a name opening a clause before a verb of the genre (`甲乙主持会议`, `会议由甲乙主持`);
- a reference back by surname and post (`甲书记一行`, `甲主任强调`), to the one person the article
  names in full with that surname and post (`referred_back`).

Titles before names (`市政协主席甲乙`) are read by `people.find_titled`, which also gives posts.
"""
from __future__ import annotations

import re
from functools import cache

from .gazetteer import gazetteer
from .lexicon import jieba_words, surname_ranks, word_starts_at
from .model import Mention, Position, SpanIndex
from .patterns import surname_re, title_re
from .people import NAME_OPENERS, dotted_name, name_at, phrase_like, plausible, post_aside

# Credit roles and how the gold records them.
_ROLES = ("本报记者|本网记者|本台记者|本站记者|特约记者|首席记者|见习记者|实习记者|记者|通讯员|实习生|责任编辑|责编|编辑人|编辑|作者|审核领导|审核人|审核|审校|校对|"
          "摄影师|摄影|摄像|撰稿人|撰稿|视频|图文|供稿|初审|一审|二审|三审|复审|终审|签发|编审|监制|主编|美编|转载(?!请)|核稿人|核稿|审稿人|审稿|"
          "报道|发布(?!会)|文字")
_ROLE_WORDS = tuple(_ROLES.split("|"))
_OWN_REPORTER = ("本报记者", "本网记者", "本台记者", "本站记者")  # the outlet's own reporter: a 记者
# Roles a page writes right after other words (新华社记者甲乙, 本报通讯员): the others (作者, 视频, 二审,
# 审核) are words of running text too (工作者, 视频会议, 草案二审稿) unless set apart.
_TIGHT_ROLES = "本报记者|特约记者|首席记者|见习记者|实习记者|记者|通讯员|实习生"
_NAME = r"[\u4e00-\u9fff]{2,4}"
_FUSED_ROLE = re.compile("通讯员|实习生")  # a second role fused onto the name before it
# The unit a writer signs for, before the name in a closing credit: (某镇人大 甲乙).
_CREDIT_UNIT = r"(?:[\u4e00-\u9fff]{2,12}?(?:人大|政协|政府|党委|委|局|办|办公室|宣传部|中心|站|所|社区|街道|镇|乡|村|公司)|办公室)"
_SEP = r"[ \u3000、,]+"
_CREDITED = rf"(?:(?![文图]/(?!{_ROLES})|报道|点击|浏览|阅读)[\u4e00-\u9fff]){{2,4}}"  # 文/甲乙 图/丙丁: 甲乙, not 甲乙图 (终审:甲乙文/责任编辑: 甲乙文); 记者甲乙丙报道: not 甲乙丙报; 作者:甲乙点击率: the page's counter
# A single-character word that can follow a name and start what comes next (周某率…, 王某摄).
_TAIL_WORDS = set("率摄等在和与及到赴对为向从也还是即就又")
_LIST_CONTEXT_BEFORE = re.compile(r"(?:领导|同志|委员|代表|成员|嘉宾|专家|主委|副主委|有|及|和|:)$")
_LIST_CONTEXT_AFTER = re.compile(
    r"(?:等|同志|出席|参加|列席|陪同|分别|一同|共同|一起|先后|作|就|和|及|为|参会|到会|莅临|主持|(?:成功)?当选|"
    r"[一二三四五六七八九十两\d]{1,2}[人名位]|"  # 甲、乙、丙五人; 甲、乙8名委员
    r"[\u4e00-\u9fff]{0,6}?(?:委员|代表|主任|书记|局长|部长|主席|同志))"
)
_CLAUSE_START = set(",。;:!?、()“”《》【】[]\n ") | {""}
_VERBS = re.compile(
    r"(?:主持|召开|召集|领衔|出席|参加|列席|陪同|带队|带领|率队|率领|率|讲话|指出|强调|表示|要求|介绍|宣读|传达|"
    r"通报|汇报|主讲|致辞|总结|作了?|一行|代表|指出|说|认为|希望|提出|就|对|在|到|赴|深入|来到|"
    r"走访|看望|慰问|调研|视察|考察|检查|督导|会见|参观|领学|带头)"
)
_COMRADE = re.compile("同志")
_BODY_END = set("委会院局部办室厅组府协社联校司党处庭所站队")
_BY = re.compile(r"(?:会议|活动|会|式|典礼|座谈|讲座)由$")  # 闭幕式由某某主持
_BY_BODY = re.compile(r"由[\u4e00-\u9fff]{2,12}$")  # 会议由镇党委某某主持: a body, then the chair's name
_LISTED_BODY = re.compile(r"(?:^|[、,,。;:])[\u4e00-\u9fff]{3,12}$")  # a chain's last item, a body, then the chair's name
_BODY_CREDIT = re.compile(r"政协|人大|政府|委员会|妇联|融媒|[\u4e00-\u9fff]{3,}(?:办|局|委|部|中心|法院|检察院)$"
                          r"|[\u4e00-\u9fff]{2,}(?:网|报|台)$")  # 作者:某某融媒, 作者:某湖网: an outlet credited
# A government page's labelled fields (索引号: 0151…, 发布机构: …): labels, not speakers.
_FIELD_LABELS = "索引号|发布机构|发文机关|发布日期|成文日期|发布时间|文号|主题分类|体裁分类|信息来源|来源|关键词|分类"
# Words a page writes where a writer's name would stand: 作者:小编, 作者:佚名.
_NO_WRITER = {"小编", "佚名", "匿名", "本站", "本网", "网友", "管理员"}
_NAME_FIRST_NEEDS = ("/", "摄", "供稿", "报道")  # what the credit branches that open with a name each need


@cache
def _credit_re(name_first: bool = True) -> re.Pattern:
    """Bylines and credits. The branches that open with a name (甲乙/文, 甲乙摄, 甲乙供稿) are tried
    at every Chinese character, most of the scan's time: `name_first=False` leaves them out (their
    groups stay, never matching), for text without the /, 摄 or 供稿 they need (`_NAME_FIRST_NEEDS`)."""
    first = (rf"|(?<!/)(?P<pre>{_NAME})\s?/\s?(?P<prole>文|图|摄|视频)"  # (甲乙/文 丙丁/图: no 文丙丁)
             rf"|(?P<cnames>{_NAME}(?: {_NAME})*)\s?(?:摄影报道|摄|\s报道)(?![\u4e00-\u9fff])"  # 甲乙 报道
             rf"|(?P<snames>{_NAME})供稿") if name_first else "|(?!)(?P<pre>)(?P<prole>)(?P<cnames>)(?P<snames>)"
    # Without them every match opens with a role's first character, 文 or 图, a bracket, a byline's
    # mark or a line break (or is a speaker opening the text): a lookahead of those spares the scan
    # every other position.
    opens = "" if name_first else rf"(?:^|(?=[{''.join(sorted({w[0] for w in _ROLE_WORDS}))}文图(■□\n]))"
    return re.compile(
        rf"{opens}(?:(?P<role>(?<![\u4e00-\u9fff])(?:{_ROLES})|(?:{_ROLES})(?=[\s:|/(】])|(?:{_TIGHT_ROLES})"  # 工作者, 视频调度会: no credit
        rf"|(?:(?<![\u4e00-\u9fff])|(?<=[部室处办站社台网]))(?:文、图|文/图|图/文|(?:文图|文|图)(?=\s?[/:]))"  # 文/甲乙, 宣传部 文、图/甲乙
        rf"(?!\s?[/:]?\s?(?:本刊|本报|{_ROLES})))"  # (not 文/本刊记者甲乙: the reporter's credit)
        rf"(?:\([一二三四五六七八九十]审\))?】?\s*[:|/]?\s*(?:[\u4e00-\u9fff]{{2,6}}?(?:街道|社区)\s?"  # 图文:某街道甲乙: the street's
        rf"|[\u4e00-\u9fff]{{2,10}}?(?:法院|检察院|医院|学院|局|委|办|部|中心|政府|工会|妇联|残联|协会|联合会)\s)?"  # 作者:某县法院 甲乙 丙丁, 文字:某区总工会 甲乙: the unit's
        rf"(?P<names>(?!{_ROLES}){_CREDITED}(?:{_SEP}(?!{_ROLES}|[\u4e00-\u9fff]{{1,4}}?(?:{_TIGHT_ROLES})){_CREDITED})*)(?:\s?(?P<role2>文|图)/(?P<names2>{_CREDITED}))?"  # 文/甲乙 图/丙丁
        + first +
        rf"|\((?!{_ROLES}|[左右前后中][一二三四五六七八九]?\))(?:(?P<cunit>{_CREDIT_UNIT}) )?(?P<pnames>{_NAME}(?:[ 、]{_NAME})*)(?: 摄|\s?文/图|图/文)?\)"  # not (左一): a pointer
        rf"|[■□]\s?(?P<mnames>{_NAME})(?=\s*(?:\n|$))"  # a byline's mark before the writer: ■甲乙
        rf"|(?:^|\n)(?!{_ROLES}|{_FIELD_LABELS})(?P<speaker>(?:(?!(?:{_ROLES}):)[\u4e00-\u9fff]){{2,4}}):)"  # not 值班编辑: (编辑's credit)
    )


def _names_in(chunk: str) -> list[tuple[str, int]]:
    """Names at the start of each space/、-separated part of a byline chunk, with offsets."""
    out, pos = [], 0
    for part in re.split(r"([ \u3000、,]+)", chunk):
        if part and not re.fullmatch(r"[ \u3000、,]+", part):
            name = _credit_name(part)
            if name is None:
                break
            placed = len(name) < len(part) and part.endswith(name)  # 编辑:渝北甲乙: the district, then the name
            out.append((name, pos + len(part) - len(name) if placed else pos))
            if len(name) < len(part) and not placed:
                break  # a name fused with what follows it ends the byline
        pos += len(part)
    return out


def _credit_name(part: str) -> str | None:
    """A name in a credit: any two or three characters that are not a word (明某某 too), or a
    surname's name that opens a word (房子某); a name fused with the next role (甲乙丙见习记者)
    or with the photo's mark (记者甲乙摄)."""
    if len(part) >= 3 and part.endswith("摄"):
        return _credit_name(part[:-1])
    if part in _NO_WRITER:
        return None
    if 2 <= len(part) <= 3 and (plausible(part) or surname_re().match(part) and part not in jieba_words()):
        return part
    if len(part) == 4 and gazetteer().lookup(part[:2]) and (name := name_at(part, 2)) == part[2:] and plausible(name):
        return name  # 渝北甲乙: an editor's district before the name
    if len(part) == 4 and plausible(part) and not phrase_like(part, singles=False) \
            and (len(m[0]) == 2 if (m := surname_re().match(part)) else True):
        return part  # 次仁某某: a Tibetan name the surname lexicon cannot read (not 杜某某报 of 报道)
    for n in (3, 2):
        rest = part[n:]
        if len(part) > n and (re.match(_ROLES, rest) or any(r.startswith(rest) for r in _ROLE_WORDS)) \
                and _credit_name(part[:n]):
            return part[:n]
    name = name_at(part, 0)
    return name if name and plausible(name) else None


def _roled(chunk: str) -> list[tuple[str, int, str | None]]:
    """A bracketed credit of names and roles (甲乙 记者 丙丁, 某某日报 记者 甲乙): each name with the
    role before it; empty unless every word is a role or a name (the first may be the paper) and
    one at least is a role."""
    out, role, pos, roles = [], None, 0, 0
    for part in chunk.split(" "):
        if pos == 0 and _OUTLET_WORD.fullmatch(part):
            pass  # (某某日报 记者 甲乙): the paper, then its reporter
        elif part in _ROLE_WORDS:
            role, roles = "记者" if part in _OWN_REPORTER else part, roles + 1
        elif _strict(part):
            out.append((part, pos, role))
        else:
            return []
        pos += len(part) + 1
    return out if roles else []


_OUTLET_WORD = re.compile(r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|电视台|广播电视台|融媒体中心|新闻网)")


def _strict(part: str) -> str | None:
    return part if name_at(part, 0) == part and plausible(part) else None


_UNIT_END = re.compile(r"[镇乡村县区市局办委院所站处科室部社队]$")


def find_credits(text: str, start: int, end: int) -> tuple[list[Mention], list[Position]]:
    """Reporters, photographers, editors and authors named in bylines and credits."""
    mentions, positions = [], []
    name_first = any(text.find(need, start, end) >= 0 for need in _NAME_FIRST_NEEDS)
    for m in _credit_re(name_first).finditer(text, start, end):
        extra = []
        if m["role"]:
            role = "记者" if m["role"] in _OWN_REPORTER else m["role"]
            role = None if role in ("供稿",) else role
            run = re.match(r"[\u4e00-\u9fff]*", text[m.end("names"):m.end("names") + 12]).group(0)
            if _BODY_CREDIT.search(m["names"] + run):
                continue  # 作者:某区政协办: a body credited, no person
            found = _names_in(m["names"])
            at = m.start("names")
            if found and (fused := _FUSED_ROLE.match(text, at + found[-1][1] + len(found[-1][0]))) \
                    and (nxt := _credit_name(text[fused.end():fused.end() + 4])) and re.fullmatch(_NAME, nxt):
                extra = [([(nxt, 0)], fused.end(), fused[0])]  # (记者甲乙通讯员丙丁): the next role and name, unspaced
        elif m["pre"]:
            name = m["pre"][-3:] if _credit_name(m["pre"][-3:]) else m["pre"][-2:]
            if _credit_name(name) is None:
                continue
            found, at, role = [(name, len(m["pre"]) - len(name))], m.start("pre"), m["prole"]
        else:
            group = next(g for g in ("cnames", "snames", "pnames", "mnames", "speaker") if m[g])
            chunk = m[group]
            if group == "snames":  # …处甲乙供稿: the name is the chunk's end
                chunk = chunk[-3:] if _credit_name(chunk[-3:]) else chunk[-2:]
                if _UNIT_END.search(chunk):
                    continue  # 某桥镇供稿(甲乙): a unit sends the piece, its writer in brackets
            found, at, role = _names_in(chunk), m.end(group) - len(chunk), None
            if group == "pnames" and (roled := _roled(chunk)):
                for name, off, role in roled:  # (甲乙 记者 丙丁): the role names those after it
                    mentions.append(Mention("PERSON", name, at + off, at + off + len(name)))
                    if role:
                        positions.append(Position(name, role, None, at + off, at + off + len(name)))
                continue
            signed = group == "mnames" or group == "pnames" and m["cunit"]  # ■甲乙, (某镇人大 甲乙): a writer's credit
            if group in ("pnames", "speaker") and not signed and any(len(n) < 2 or n != _strict(n) for n, _ in found):
                continue
            if group == "cnames" and at > 0 and text[at - 1] not in _CLAUSE_START:
                continue
        credited = [(found, at, role)] + extra
        if m["role2"] and (second := _credit_name(m["names2"])):
            credited.append(([(second, 0)], m.start("names2"), m["role2"]))
        for found, at, role in credited:
            for name, off in found:
                mentions.append(Mention("PERSON", name, at + off, at + off + len(name)))
                for title in (("文", "图") if role in ("文、图", "文/图", "图/文", "文图") else (role,) if role else ()):
                    positions.append(Position(name, title, None, at + off, at + off + len(name)))
    return mentions, positions


def _candidate(text: str, i: int, end: int) -> str | None:
    """A name starting at i and ending at a list separator, 等, a title or a follower word."""
    name = name_at(text, i, end)
    if name and len(name) == 3 and name[2] in _TAIL_WORDS and (short := name_at(text, i, i + 2)):
        return short
    return name if name and plausible(name) else None


def _list_head(text: str, pos: int, part: str) -> str | None:
    """The name ending the first item of a list, which may carry a title or body before it;
    a name right after a title wins (副主席甲乙: not 席甲乙)."""
    names = [part[j:] for j in range(max(0, len(part) - 4), len(part) - 1)
             if _candidate(text, pos + j, pos + len(part)) == part[j:]]
    titled = [n for n in names if _ends_with_title(part[:len(part) - len(n)])]
    if titled or not names:
        return (titled or [None])[-1]
    if names[0] == part and text[pos - 1:pos] in _CLAUSE_START:
        return part  # 会上,虞某华、…: the whole item, a clause opening on it (not 某华, though 卓 is the commoner surname)
    return min(names, key=lambda n: (_surname_rank(n), -len(n)))  # 县领导杨华某, not 华某; 和李四: 李四


def _surname_rank(name: str) -> int:
    ranks = surname_ranks()
    return ranks.get(name[:2], ranks.get(name[:1], len(ranks)))


def _ends_with_title(s: str) -> bool:
    return any(m.end() == len(s) for m in title_re().finditer(s))


_LEADERS_ITEM = re.compile(r"(?:领导|同志|成员|嘉宾|专家)(?P<name>[\u4e00-\u9fff]{2,3})$")
_UNIT_ITEM = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:大学|学院|学校|中学|小学|公司|集团|医院|研究院|研究所)")


# A list's item: up to nine characters, or a name after the leaders it is one of (省军区领导同志甲乙).
# A list's note after a name: 甲乙(女)、丙丁(兼)、戊己(女,回族): sex, nation, a post held besides.
_NOTE = r"\((?:女|男|兼|[\u4e00-\u9fff]{1,4}族|挂职)(?:,(?:女|男|兼|[\u4e00-\u9fff]{1,4}族|挂职)){0,2}\)"
_NOTE_END = re.compile(rf"{_NOTE}$")
_LIST_ITEM = rf"(?:[\u4e00-\u9fff]{{1,12}}?(?:领导|同志))?[\u4e00-\u9fff·]{{2,9}}(?:{_NOTE})?"
# The lookahead only says what every list opens with (the first item's characters up to its note or
# its 、) so that the many positions no list starts at fail at once, not after the items' lazy
# and greedy runs are each tried in turn; it matches nothing the pattern would not.
_LIST = re.compile(rf"(?=[\u4e00-\u9fff·]*+[(、])(?:{_LIST_ITEM}、)+{_LIST_ITEM}")


def _lists(text: str, start: int, end: int) -> list[Mention]:
    """`甲乙、丙丁、戊己` where the items are names and the context says these are people.

    Items whose surname the lexicon lacks (花某某, 白玛某某) or that are transliterated
    (艾力某·某某) count when they stand whole between separators (or after a title) and
    no more of them than of names by the lexicon."""
    out = []
    for m in _LIST.finditer(text[start:end]):
        parts = m.group(0).split("、")
        items, pos, confirmed = [], start + m.start(), 0
        if lead := next((k for k in range(len(parts) - 2, 0, -1) if _LEADERS_ITEM.search(parts[k])), 0):
            pos += sum(len(p) + 1 for p in parts[:lead])  # 市委、市政府领导甲乙、丙丁: the names open at 领导
            parts = parts[lead:]
        for k, written in enumerate(parts):
            whole = 0 < k < len(parts) - 1  # an item with a separator on both sides
            off = 0
            part = _NOTE_END.sub("", written)  # 李某某(女): the name without its note
            if "·" in part and (whole or _TRANSLITERATED.fullmatch(part)):
                name, sure = part if whole else _before_verb_or_end(part), True
            elif k == 0:  # the first item may carry a title or body before it: take its tail
                name = _list_head(text, pos, part)
                sure = name is not None
                if name is None and (tail := _after_title(part)) and plausible(tail):
                    name = tail
                elif name is None and (led := _LEADERS_ITEM.search(part)):
                    name = led["name"]  # 校领导高青、甲乙…: a first name read as a place, after 领导
                off = len(part) - len(name) if name else 0
            else:
                name = _candidate(text, pos, pos + len(part) + 8)
                sure = name is not None
                if name is None and whole and plausible(part) and (2 <= len(part) <= 4 or len(part) <= 6 and not title_re().search(part)):  # 敖登其其格
                    name = part
                elif name is None and (counted := _COUNTED.match(text, pos)) and plausible(counted["name"]):
                    name = counted["name"]  # …、丙丁五人: the list's count after its last name
                elif name is None and whole and items and 2 <= len(part) <= 3 and surname_re().match(part):
                    name = part  # 甲乙、边某、丙丁: a surname's name that is also a word, among names
            if name is None:
                if _UNIT_ITEM.match(part):
                    items = []  # 安工大、师专、职业技术学院: a list of units, abbreviated
                break  # a list that ends in a non-name keeps its names
            items.append((name, pos + off))
            confirmed += sure
            pos += len(written) + 1
            if len(name) < len(part) - off:
                break  # the last item runs on into the text: 丙丁出席
        if len(items) < 2 or not 1 <= len(items) - confirmed <= confirmed and confirmed < len(items):
            continue
        first_at, (last, last_at) = items[0][1], items[-1]
        before = text[max(start, first_at - 6):first_at]
        after = text[last_at + len(last):last_at + len(last) + 10]
        if _LIST_CONTEXT_BEFORE.search(before) or title_re().search(before[-4:]) \
                or _LIST_CONTEXT_AFTER.match(after) or re.match(r"[,。;]", after) and title_re().search(before) \
                or confirmed == len(items) >= 4:  # 甲乙、丙丁、戊己、庚辛…: four names by the lexicon are people
            out += [Mention("PERSON", n, a, a + len(n)) for n, a in items]
    return out


_COUNTED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[一二三四五六七八九十两\d]{1,2}[人名位])")
_TRANSLITERATED = re.compile(r"[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6}")


def _before_verb_or_end(part: str) -> str:
    """A list's last item up to the verb that follows it (艾力某·某某出席 → 艾力某·某某)."""
    m = re.match(r"(.+?·[\u4e00-\u9fff]+?)(?=出席|参加|列席|主持|陪同|等|同志|$)", part)
    return m.group(1) if m else part


def _after_title(part: str) -> str | None:
    """The two or three characters after a title that ends inside a list's first item."""
    for t in title_re().finditer(part):
        if 2 <= len(part) - t.end() <= 3:
            return part[t.end():]
    return None


_PLACE_UNITS = ("社区", "街道")  # 在社区甲乙书记的引导下, 某街道甲乙副书记: a unit named by its place's kind


def _before_title(text: str, start: int, end: int) -> list[Mention]:
    """`甲乙主任`, `甲乙委员长`, `甲乙同志`: a name that a title or 同志 follows."""
    out = []
    ends = [t.start() for t in title_re().finditer(text, start, end)]
    ends += [m.start() for m in _COMRADE.finditer(text, start, end)]
    ends += [m.start() for m in post_aside().finditer(text, start, end)]
    for at in sorted(ends):
        if at > start and text[at - 1] == text[at]:
            continue  # 康复科科长: a section and its head's title (科 twice), no name before it
        for n in (3, 2):
            i = at - n
            cand = text[i:at]
            if i < start or name_at(cand, 0) != cand or not plausible(cand) or title_re().match(cand):
                continue
            left = text[i - 1:i] if i > 0 else ""
            if left in _CLAUSE_START or left in _BODY_END or left in "以和与及" or text.endswith(NAME_OPENERS, start, i) \
                    or text.endswith("的有", start, i) \
                    or text.endswith(_PLACE_UNITS, start, i) \
                    or left == "了" and word_starts_at(text, i):  # 听取了甲乙同志…的汇报 (not 了解…)
                out.append(Mention("PERSON", cand, i, at))
                break
    return out


# A personnel decision names whom it concerns: 任命甲乙为…, 提名甲乙同志为…, 接受甲乙辞去…职务, 免去甲乙的…职务.
_DECIDING = ("任命", "免去", "提名", "推选", "选举", "接受", "批准", "补选", "增补", "通过", "同意")
_DECIDED = re.compile(r"(?:同志)?(?:为|辞去|担任|的[^,。;]{1,24}?职务)")


def _before_verb(text: str, start: int, end: int) -> list[Mention]:
    """A name opening a clause before a verb of the genre, after 会议由 (and a body: 由镇党委甲乙主持), or
    after 领导 (市领导甲乙出席)."""
    out = []
    for m in surname_re().finditer(text, start, end):
        i = m.start()
        left = text[i - 1:i] if i > start else ""
        after_body = left in _BODY_END and "主持" in text[i + 2:i + 6] \
            and (_BY_BODY.search(text, max(start, i - 14), i)  # 会议由镇党委甲乙主持
                 or _LISTED_BODY.search(text, max(start, i - 14), i))  # 、台盟某省委甲乙主持
        leaders = text.startswith("领导", i - 2) and i - 2 >= start  # 市领导甲乙出席, 街道领导甲乙带队
        by = left == "由" and _BY.search(text, max(start, i - 4), i)  # 闭幕式由甲乙主持 (_BY ends on 由)
        decided = text.endswith(_DECIDING, start, i)  # 任命甲乙为…, 接受甲乙辞去…职务
        if left not in _CLAUSE_START and not by and not after_body and not leaders and not decided:
            continue
        name = _candidate(text, i, end)
        if name and (text.startswith("主持", i + len(name)) if after_body
                     else _DECIDED.match(text, i + len(name)) if decided else _VERBS.match(text, i + len(name))):
            out.append(Mention("PERSON", name, i, i + len(name)))
    return out


# A speech's speaker, named alone on the line below its title (…会议上的讲话 / 甲乙 / (2018年5月31日) / 各位委员:).
_SPEAKER_LINE = re.compile(r"(?<=\n)[ \u3000]*(?P<name>[\u4e00-\u9fff·]{2,12})[ \u3000]*\n")
_SPEECH_BEFORE = re.compile(r"(?:讲话|报告|致辞|发言)[)\s]*$|会议上\)?\s*$")
_SPEECH_AFTER = re.compile(r"\s*(?:[((](?:\d{4}|[〇一二三四五六七八九零]{4})年|各位|同志们)")


def _speakers(text: str, start: int, end: int) -> list[Mention]:
    """A name alone on a line between a speech's title and its opening (各位代表:) or date."""
    out = []
    for m in _SPEAKER_LINE.finditer(text, start, end):
        name = m["name"]
        s, e = m.span("name")
        if (name_at(text, s, e) == name and plausible(name) or dotted_name(text, s, e) == name) \
                and (_SPEECH_BEFORE.search(text, max(start, m.start() - 40), m.start()) or _SPEECH_AFTER.match(text, m.end(), end)):
            out.append(Mention("PERSON", name, s, e))
    return out


def find_names(text: str, start: int, end: int) -> list[Mention]:
    """Person names in text[start:end] from lists, titles after names, clause-opening names and
    speakers named alone below a speech's title."""
    return _lists(text, start, end) + _before_title(text, start, end) + _before_verb(text, start, end) \
        + _speakers(text, start, end)


# Posts a page refers back to by surname alone (罗书记指出, 商书记一行, 王主任强调).
_REFERRED_POST = re.compile(r"书记|主任|主席|市长|县长|区长|省长|州长|旗长|镇长|乡长|部长|厅长|局长|处长|院长|校长|所长|行长|社长|会长|董事长|总经理|检察长")


def referred_back(text: str, start: int, end: int, persons: list[Mention], positions: list[Position]) -> list[Mention]:
    """The article's persons with its references back by surname and post (`甲书记` after
    `某县委书记甲乙`) read as the person the article names in full with that surname and post
    (a deputy's only where no full holder is named), one only; a mention written as the page
    writes it. A reference with no such person stays as it was read."""
    by_initial: dict[str, list[Position]] = {}
    for p in positions:
        by_initial.setdefault(p.person[:1], []).append(p)

    def holder(at: int) -> tuple[int, str] | None:
        if text[at:at + 1] not in by_initial:
            return None
        m = surname_re().match(text, at, end)
        post = m and _REFERRED_POST.match(text, m.end())
        if not post:
            return None
        sur, word = m.group(0), post.group(0)
        named = [p for p in by_initial[sur[0]] if p.person.startswith(sur) and len(p.person) > len(sur)
                 and p.title.endswith(word)]
        full = {p.person for p in named if not p.title.startswith("副")} or {p.person for p in named}
        return (post.end(), full.pop()) if len(full) == 1 else None

    out = []
    for p in persons:
        found = holder(p.start) if not p.canonical else None
        out.append(Mention("PERSON", p.text, p.start, p.end, found[1]) if found and found[0] == p.end else p)
    taken = SpanIndex(persons)
    for m in _REFERRED_POST.finditer(text, start, end):
        at = max(start, m.start() - 2)  # a surname of one or two characters before the post
        for s in (at, at + 1):
            if s < m.start() and not any(p.end > s for p in taken.between(s - 12, m.end())) \
                    and (found := holder(s)) and found[0] == m.end():
                out.append(Mention("PERSON", text[s:m.end()], s, m.end(), found[1]))
                break
    return sorted(out, key=lambda m: m.start)


def _again_alone(text: str, s: int, e: int) -> bool:
    """A name the article gave in full (after its title), again at a clause's opening before a
    verb of the genre (4月24日,某某率队…), where its surname is none the lexicon holds (时某某)."""
    return (s == 0 or text[s - 1] in ",,。;:、\n ") and len(text[s:e]) == 3 and _STRONG_VERB.match(text, e) is not None


_STRONG_VERB = re.compile(r"率|带队|带领|主持|出席|参加|陪同|强调|指出|要求|表示|一行")


def named_again(text: str, start: int, end: int, persons: list[Mention]) -> list[Mention]:
    """The article's persons where it names them again in full in a place no rule reads
    (传达甲乙主持…的讲话 after 甲乙总书记 elsewhere): each further mention that reads as that
    name (`name_at`: a follower word after it; `_again_alone`) and overlaps no person found."""
    taken = SpanIndex(persons)
    out = []
    for name in sorted({p.key for p in persons if p.key == p.text and len(p.key) >= 2}):
        i = text.find(name, start, end)
        while i >= 0:
            if not any(p.end > i for p in taken.between(i - 4, i + len(name))) \
                    and ((found := name_at(text, i, end)) == name or found and found[:-1] == name and found[-1] in _TAIL_WORDS
                         or _again_alone(text, i, i + len(name))):  # 甲乙即召集: the name, then an adverb
                out.append(Mention("PERSON", name, i, i + len(name)))
            i = text.find(name, i + len(name), end)
    return out
