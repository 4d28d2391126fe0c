"""Named campaigns, initiatives, programmes and brands, keyed without quotation marks.

The genre names them in a few shapes, each a rule below:

- a quoted name before a campaign noun: `“五星争创”行动` → 五星争创行动, `“X”专项行动`,
  `“X”提升工程`, `“X”专项整治`; a quoted name that is itself one (`“X攻坚年”`, `“十大战略”`);
  `“X”主题(实践)活动` → X主题(实践)活动 (`“X行动”主题活动` → X行动); a quoted programme
  planned, reformed or created (`“X”计划`, `“X”改革`, `“X”创建`); a quoted programme built or a
  project by its name alone (`“书香某地”建设`, `“X”项目` → X), unless the country names it with its
  noun or a number opens it (`“双一流”建设` → 双一流建设, `“四区”建设` → 四区建设);
- a quoted name used as a brand or platform: `擦亮“X”品牌`, `用好“X”协商平台`, `“X政协”`;
- study campaigns: `党史学习教育`, `主题教育`, and names that begin with a verb
  (`深入贯彻X精神学习教育`), cut at the verb that introduces them (开展, 做好 …);
- an unquoted `X行动` (`X专项斗争`, `X专项整治`) introduced by 实施/开展/推进 …, with the
  list that follows it (`开展好A行动、B行动`); `X大接访`-style drives and `X创建` after 开展;
- programmes of the plan and the national strategies: `“十X五”规划`, `打好X攻坚战`, the
  standing national programmes of `national_campaigns.txt` (脱贫攻坚) wherever they stand,
  `实施X战略`, `推进X振兴`;
- quoted numbered slogans that name a programme by what is done to it: `落实“六保”举措`,
  `“双X”工作`, `推进“X”等重点工作`, `积极落实“三大X”,`, `深化“五比五晒”、`, or by what it is
  (`“六保”任务`, `“三强”战略`, `“两个率先”目标`); a quoted
  programme carried out (`精准实施“招商之冬”,`); a programme coded by digits, with what it is
  (`“8337”发展思路`).

What is not a campaign: doctrinal formulas and names of bodies in quotes (`“两个确立”`,
`“四风”`, `“两会”`), slogans, sayings and figures of speech (`“最后一公里”`), titles
of meetings and studies (`“X”专题调研`, `“X”协商座谈会`), contests and shows.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from .gazetteer import gazetteer
from .lexicon import jieba_words, word_starts_at, words
from .model import Mention
from .patterns import finditer_needing

_QUOTE_CLEAN = re.compile(r"[“”‘’\"'『』「」\s]")
_HAN = r"[\u4e00-\u9fff]"
_NUM = "一二两三四五六七八九十百千万双"
_CAMPAIGN_NOUN = "(?:专项整治|集中整治|专项)?行动|专项整治|集中整治|活动|教育|工程|攻坚战|(?:突破|攻坚|提升|建设|落实|推进|服务|规范|效能|作风|争先)年"
# Words that make "“X”…活动" an event, a contest or a show rather than a campaign.
_EVENTISH = ("等|竞赛|比赛|交流|协商|议政|主题|读书|展|视察|调研|会|趣味|文体|联欢|演讲|书画|摄影|"
             "征文|知识|文艺|健步")
# Quoted numbered formulas of the genre that name doctrines, problems or groups of
# bodies, never a campaign (written for kg from the genre's standing vocabulary).
_FORMULAS = frozenset("""
两个确立 两个维护 四个意识 四个自信 四个全面 五位一体 四个认同 五个认同 两个务必 两个结合
两个毫不动摇 两个一百年 两个大局 两个责任 三个区分开来 四个伟大 四个服务 四个全面
三农 四风 两会 两委 两院 两高 一府两院 一府一委两院 三会一课 一岗双责 三重一大 两新
""".split())
_EMERGENCY = re.compile("防汛|抗洪|抗旱|疫情|防疫|抢险|救灾|阻击|森林防火")
# Heads of national strategies that are not themselves a name (国家重大战略, 新战略).
_GENERIC_STRATEGY = re.compile("^(?:重大|国家|新|总体|发展|这一|一项|各项|长远|全局)")


def _key(s: str) -> str:
    return _QUOTE_CLEAN.sub("", s)


def _han_count(s: str) -> int:
    return len(re.findall(_HAN, s))


def _quoted(m: re.Match, group: str = "q") -> tuple[int, int]:
    """The span of a quoted group with its quotation marks."""
    return m.start(group) - 1, m.end(group) + 1


# --- quoted names -----------------------------------------------------------------------

_Q = r"“(?P<q>[^“”]{2,30})”"
# A quoted phrase opening with one of these verbs is a topic or a slogan (“打好X攻坚战”专题协商).
_TOPIC_VERB = "打好|打赢|推动|推进|加快|助力|聚焦|围绕|促进|加强|深化|持续|践行|争做|争当"
_TAILED = re.compile(  # (?=“): the quote it opens with, tested first (then what comes before it)
    r"(?=“)(?<!举办|举行|召开)" + _Q + rf"(?P<tail>(?![等和及、])(?:(?!{_EVENTISH}|的){_HAN}){{0,12}}?(?:{_CAMPAIGN_NOUN}))"
    rf"(?!{_HAN}{{0,3}}(?:会|班|精神|赛))")
_THEMED = re.compile(r"(?=“)(?<!举办|举行|召开)" + _Q + r"(?P<tail>(?:主题|专题)(?:实践|教育|党日|调研|征文)*(?:活动|教育|行动))")
_ITSELF = re.compile(
    rf"“(?!{_TOPIC_VERB})(?P<q>[^“”]{{2,24}}(?:{_CAMPAIGN_NOUN}|大讲堂)|[^“”]{{0,8}}[{_NUM}]大战略)”"
    rf"(?!的|{_HAN}{{0,6}}(?:会|班|研讨|调研|视察|考察)|(?:“[^“”]{{1,24}}”)+等)")
_BRAND_VERB = re.compile(r"(?:打造|建强|创树|擦亮|叫响)" + _Q + r"(?P<brand>品牌)?(?!的)")
_BRAND_NOUN = re.compile(_Q + r"(?:“[^“”]{1,12}”)?(?:(?!等)" + _HAN + r"){0,4}(?:品牌|平台)")
_LEADS = re.compile(_Q + r"引领")
_CPPCC_BRAND = re.compile(r"“(?P<q>[\u4e00-\u9fff·]{2,10}政协)”(?!的)")
_PLAN = re.compile(r"(?=[“‘十])[“‘]?(?P<q>十[一二三四五六七八九]五)[”’]?(?P<field>[\u4e00-\u9fff]{0,12}?(?:保障和发展|发展|建设|健康))?规划")
# (“十四五”规划, ‘十一五’规划; “十四五”发展规划, “十四五”国民健康规划, “十五五”残疾人保障和发展规划:
# a plan of its field, named in full)
_MEASURES = re.compile(_Q + r"举措")
_LAYOUT = re.compile(_Q + r"(?P<layout>(?:总体|战略)布局)")  # “五位一体”总体布局: a formula named as the plan of the whole
_BUILD = re.compile(_Q + r"建设")  # “三个某地”建设 → 三个某地
_SCHEME = re.compile(_Q + r"计划")  # “青苗”计划 → 青苗计划
_REFORM = re.compile(_Q + r"改革")  # “放管服”改革 → 放管服改革
_DRIVE_CREATED = re.compile(_Q + r"创建")  # “人大代表之家”创建 → 人大代表之家创建
_PROJECT = re.compile(_Q + r"项目")  # “三个一批”项目 → 三个一批
_WORK = re.compile(_Q + r"(?:等(?:重点|各项)?)?工作(?!机制|要求|理念|思路|目标|重点|原则|方针|模式|导向|标准|经验|举措|计划|法|制度|方法|作风|职责|任务|格局|体系|规则|管理|办法|会|专班)")
# 推进“A”、委员履职“B”、C等工作: each quoted item of a list the verb takes.
_WORK_LIST = re.compile(
    r"(?:推进|开展|落实|抓好|做好|实施)(?P<items>(?:[^,。;:“”]{0,8}“[^“”]{2,24}”、){1,6}[^,。;:“”]{0,8}(?:“[^“”]{2,24}”)?)"
    r"[^,。;:“”]{0,12}等(?:重点|各项)?工作")
# 积极落实“三大任务、一大平台”, : a numbered programme as the object of the verb itself.
_NUMBERED_OBJECT = re.compile(
    rf"(?=[落推实打抓聚深做])(?:(?:落实|推进|实施|打好|抓好|聚焦|推动|深化|做实)“(?P<q>[{_NUM}][^“”]{{1,20}})”(?=[,。;、])"
    rf"|实施“(?P<named>[^“”]{{2,12}})”(?=[,。;、]))")  # 精准实施“招商之冬”,: a programme carried out


# “8337”发展思路, “3815”战略发展目标, “1453”履职总要求: a programme coded by digits, named with
# what it is (a plan, goals, requirements), kept whole.
_CODED = re.compile(rf"“(?P<q>\d{{3,5}})”(?P<tail>{_HAN}{{0,4}}(?:(?<!工作)思路|目标|要求|部署|(?<!工作)计划|战略))")
# (“1345”工作计划, “12345”总体工作思路: a body's plan of its year's work, no programme)
_NUMBERED_SLOGAN = re.compile(rf"“(?P<q>[{_NUM}][^“”,、。]{{1,9}})”(?=任务|举措|战略|目标)")


def _quoted_rules(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for m in _THEMED.finditer(text, start, end):
        if re.search(rf"(?:{_CAMPAIGN_NOUN}|在行动)$", m["q"]):  # “某某·委员行动”主题活动: the quote names it
            yield *_quoted(m), _key(m["q"])
        else:
            yield m.start("q") - 1, m.end("tail"), _key(m["q"]) + m["tail"]
    for m in _TAILED.finditer(text, start, end):
        if not re.search("[,。;!?]", m["q"]) and _key(m["q"]) not in _FORMULAS:
            yield m.start("q") - 1, m.end("tail"), _key(m["q"] + m["tail"])
    for m in _ITSELF.finditer(text, start, end):
        yield *_quoted(m), _key(m["q"])
    for m in _BRAND_VERB.finditer(text, start, end):
        if m["brand"] or m["q"][0] not in _NUM:
            yield *_quoted(m), _key(m["q"])
    for pattern in (_BRAND_NOUN, _LEADS, _CPPCC_BRAND, _MEASURES, _WORK, _PROJECT):
        for m in pattern.finditer(text, start, end):
            yield *_quoted(m), _key(m["q"])
    for m in _LAYOUT.finditer(text, start, end):
        if _key(m["q"]) in _FORMULAS:  # a doctrine's formula named as the plan (not a place's own slogan)
            yield m.start("q") - 1, m.end(), _key(m["q"]) + m["layout"]
    for m in _NUMBERED_OBJECT.finditer(text, start, end):
        group = "q" if m["q"] else "named"
        yield *_quoted(m, group), _key(m[group])
    for pattern, noun in ((_SCHEME, "计划"), (_REFORM, "改革"), (_DRIVE_CREATED, "创建")):
        for m in pattern.finditer(text, start, end):
            yield m.start("q") - 1, m.end(), _key(m["q"]) + noun
    for m in _BUILD.finditer(text, start, end):  # “书香某地”建设 → 书香某地; a national or numbered programme keeps its noun
        name = _key(m["q"])
        if name in _FORMULAS:
            continue  # “五位一体”建设: a doctrine's formula
        whole = name + "建设" in national_campaigns() \
            or name[0] in _NUM and not re.search(f"(?:{_CAMPAIGN_NOUN})$", name)  # “双一流”建设, “四区”建设; not “千万工程”建设
        yield (m.start("q") - 1, m.end(), name + "建设") if whole else (*_quoted(m), name)
    for m in _PLAN.finditer(text, start, end):  # (“十四五”时期, “十五五”开局之年: a period, a time, no campaign)
        yield m.start(), m.end(), _key(m["q"]) + (m["field"] or "") + "规划"
    for m in _CODED.finditer(text, start, end):
        yield m.start(), m.end(), m["q"] + m["tail"]
    for m in _NUMBERED_SLOGAN.finditer(text, start, end):
        if _key(m["q"]) not in _FORMULAS:
            yield *_quoted(m), _key(m["q"])
    for m in _WORK_LIST.finditer(text, start, end):
        for q in re.finditer(r"“(?P<q>[^“”]{2,24})”", m["items"]):
            s = m.start("items") + q.start()
            yield s, s + len(q[0]), _key(q["q"])


# --- unquoted names -----------------------------------------------------------------------

_STUDY_NOUNS = ("学习教育", "主题教育", "专题教育")
_STUDY = re.compile(rf"(?P<run>{_HAN}{{0,24}}?)(?P<noun>{'|'.join(_STUDY_NOUNS)})")
# Two characters before 学习教育 that are a verb or adverb, not the campaign's field.
_FIELDS_BEFORE = re.compile(rf"(?:{_HAN}{{2,8}}、)+$")  # the fields listed before the last (A史、B史、C史学习教育)
_OPENING_VERB = re.compile(r".*(?:开展|深入|推进|持续|扎实|组织|参加|结合|进行|抓好|做好|巩固|深化|加强|全面|认真|广泛|落实|推动)")
_STUDY_NOT_FIELD = "深化|加强|开展|持续|推进|巩固|扎实|深入|集中|经常|日常|抓好|做好|落实|确保|推动|参加|结合|全面|认真|继续|广泛|进行|组织|强化|精神|规定|思想|关于"
_ACTION_VERB = r"(?:实施|开展|推进|启动|落实|深化|部署|深入开展)[了好]?"  # 实施好某行动计划: 好 is the verb's
_ACTION_NOUN = "(?:专项整治|集中整治)?行动(?:计划)?|专项斗争|专项整治|集中整治"
_ACTION = re.compile(rf"{_ACTION_VERB}(?:{_ACTION_VERB})*(?P<q>{_HAN}{{3,16}}?(?:{_ACTION_NOUN}))(?!{_HAN}{{0,2}}(?:会|方案))")
# (推进落实某三年行动: two verbs, then the name)
# 把思想和行动统一到…, 以实际行动…: action as a common noun, not a campaign's name.
_PLAIN_ACTION = re.compile(
    "的|(?:实际|具体|自觉|共同|一致|统一|思想和)行动$|^(?:一系列|系列|各类|各项|相关|多项|有关|一次|这次|此次|本次)")
_ACTION_NEXT = re.compile(rf"(?:、|和|及|以及)(?P<q>{_HAN}{{3,16}}?(?:{_ACTION_NOUN}))(?!{_HAN}{{0,2}}(?:会|方案))")
_DRIVE = re.compile(
    rf"(?:开展|推进|组织)(?P<q>{_HAN}{{2,8}}大(?:接访|走访|调研|排查|讨论|宣讲|整治|家访|练兵|比武|巡查|清查))"
    rf"(?=[,。;、]|活动|行动|工作)")
_CREATE = re.compile(rf"(?:开展|推进|深化|启动)[了好]?(?P<q>{_HAN}{{3,14}}?创建)(?:工作|活动)")
_BATTLE = re.compile(rf"(?:打好|打赢)(?P<q>{_HAN}{{2,10}}?攻坚)(?P<war>战|收官战|总攻战)")
_STRATEGY = re.compile(
    rf"(?:实施|推进|落实|服务|助力|融入|[我本全][省市县区])(?P<q>{_HAN}{{4,10}}?战略)(?!{_HAN}{{0,2}}(?:研究|合作|伙伴|意义|高度|部署))")
_REVIVAL = re.compile(rf"(?:推进|助力|助推|服务|实施|促进)(?P<q>{_HAN}{{2}}振兴)(?=[,。;])")
# 平安某市, 法治某县(建设): a place's drive named by the country's words for it (平安中国, 法治中国)
_PLACE_DRIVE = re.compile(rf"(?P<drive>平安|法治|健康|数字|清廉)(?P<place>{_HAN}{{2,7}})")
_PLACE_DRIVE_ENDS = re.compile(r"建设|[,。、;:)”和与的等]|$")


@cache
def national_campaigns() -> tuple[str, ...]:
    """The country's standing programmes named as such wherever they stand (脱贫攻坚)."""
    return words("national_campaigns.txt")


@cache
def _national() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(national_campaigns(), key=len, reverse=True))))  # 双一流建设 before 双一流


_BODY_AFTER = re.compile(r"(?:局|办|驻|工作队|服务中心|研究院|学院|基金)")  # a body named for a programme


def _study_campaigns(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """X学习教育, 主题教育: a two-character field (党史, 党纪) or a name that opens with
    贯彻 (深入贯彻X精神学习教育, 学习贯彻X思想主题教育); 主题教育 may stand alone."""
    for m in finditer_needing(_STUDY, _STUDY_NOUNS, text, start, end):
        run = m["run"]
        verb = re.search(r"(?:深入|学习)贯彻", run)
        if verb:
            name = run[verb.start():]
        elif m["noun"] == "主题教育":
            name = ""
        else:
            name = run[-2:]
            if len(name) < 2 or re.match(_STUDY_NOT_FIELD, name) or "的" in name \
                    or (w := jieba_words().get(name)) and w[0] in ("c", "p", "u", "d", "r"):
                continue  # 开展的学习教育, 既是学习教育: no field before it
        s = m.end("run") - len(name)
        if not verb and m["noun"] != "主题教育" and text[m.start("run") - 1:m.start("run")] == "、" \
                and len(run) <= 8 and (listed := _FIELDS_BEFORE.search(text, max(start, m.start("run") - 40), m.start("run"))):
            at = listed.start() + (opening.end() if (opening := _OPENING_VERB.match(listed[0])) else 0)
            if all(item.endswith(run[-1]) for item in text[at:m.start("run") - 1].split("、")):
                s, name = at, text[at:m.end("run")]  # 党史、新中国史、改革开放史、社会主义发展史学习教育: fields alike
        if text[s - 1:s] == "”":  # “两学一做”学习教育: the quoted rule names it
            continue
        yield s, m.end(), name + m["noun"]


def _place_named(text: str, start: int, end: int) -> str | None:
    """The longest division name opening text[start:end] that ends a word there (平安某市建设, 法治某县、)."""
    for e in range(end, start + 1, -1):
        if _PLACE_DRIVE_ENDS.match(text, e) and gazetteer().lookup(text[start:e]):
            return text[start:e]
    return None


def _unquoted_rules(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    yield from _study_campaigns(text, start, end)
    for m in _ACTION.finditer(text, start, end):
        if _PLAIN_ACTION.search(m["q"]):
            continue
        q, qs = m["q"], m.start("q")
        if (joined := q.rfind("和")) > 0 and len(q) - joined > 5:
            q, qs = q[joined + 1:], qs + joined + 1  # 开展警示教育和违规吃喝专项整治: the drive named last
        yield qs, m.end("q"), q
        pos = m.end("q")
        while (n := _ACTION_NEXT.match(text, pos, end)) and not _PLAIN_ACTION.search(n["q"]):
            yield n.start("q"), n.end("q"), n["q"]
            pos = n.end("q")
    for pattern in (_DRIVE, _CREATE, _REVIVAL):
        for m in pattern.finditer(text, start, end):
            yield m.start("q"), m.end("q"), m["q"]
    for m in _PLACE_DRIVE.finditer(text, start, end):
        if (place := _place_named(text, m.start("place"), m.end("place"))) and word_starts_at(text, m.start()):
            yield m.start(), m.start("place") + len(place), m["drive"] + place
    for m in _BATTLE.finditer(text, start, end):
        if not _EMERGENCY.search(m["q"]) and text[m.start() - 1] != "“":
            war = "战" if m["war"] == "战" else ""
            yield m.start("q"), m.end("q") + len(war), m["q"] + war
    for m in finditer_needing(_national(), national_campaigns(), text, start, end):
        quoted = text[m.start() - 1:m.start()] == "“"
        if _BODY_AFTER.match(text, m.end()) or quoted and not text.startswith("”", m.end()):
            continue  # 县乡村振兴局, 乡村振兴驻村工作队: a body named for it; “乡村振兴”…: the quoted rules
        # 乡村振兴战略: as the text names it (“一带一路”: the name, quoted alone)
        e = m.end() + 2 if not quoted and text.startswith("战略", m.end()) else m.end()
        yield m.start(), e, text[m.start():e]
    for m in _STRATEGY.finditer(text, start, end):
        if not _GENERIC_STRATEGY.search(m["q"]):
            yield m.start("q"), m.end("q"), m["q"]


def find_campaigns(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for s, e, name in (*_quoted_rules(text, start, end), *_unquoted_rules(text, start, end)):
        if _han_count(name) < 2 or name in _FORMULAS or re.search("[。;!?]", name) or _A_BODY.search(name):
            continue  # 注明来源“某市政协”: a body quoted, no campaign
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append(Mention("CAMPAIGN", text[s:e], s, e, name))
    # 主题教育 beside 学习贯彻…思想主题教育: the one named in full, said short
    full = {m.key for m in out if m.key.endswith(_SAID_SHORT) and m.key not in _SAID_SHORT}
    return [m for m in out if not (m.key in _SAID_SHORT and any(f.endswith(m.key) for f in full))]


_SAID_SHORT = ("主题教育", "学习教育")
# a place's body or site, quoted (“某市政协”, “政协某市委员会”, “某市政协网站”), not a drive named after a body (书香政协, 数字政府)
_A_BODY = re.compile(r"[省市县区州旗盟](?:政协|人大|人大常委会|政府|委员会|党委|委)(?:网站)?$|^政协[^“”]{2,8}委员会$")
