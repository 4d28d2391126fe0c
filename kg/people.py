"""Person names as the genre writes them: a surname from the lexicon plus one or two given
characters that end before a word that may follow a name (`name_at`), checked against
jieba's dictionary and the gazetteer (`plausible`); names the lexicon cannot read when they
stand whole in a list after a title (扎西某某, 艾力某·某某) or before the verb after a title.

Where names stand is read elsewhere: title chains and posts in `posts`, credits, lists and
clause-opening names in `names`.
"""
from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

from .gazetteer import gazetteer
from .lexicon import has_function_word, jieba_cut, jieba_tags, jieba_words, titles, word_starts_at, words
from .patterns import surname_re, surname_starts, title_re

# Words that may follow a name in this genre; a candidate name must end right before one.
FOLLOWERS = (
    "主持 出席 参加 列席 带队 带领 率队 率 讲话 指出 强调 表示 先后 一行 等 同志 在 对 到 来到 来 赴 深入 为 作 今天 今日 昨天 昨日 日前 近日 反馈 "
    "就 介绍 陪同 随同 参观 调研 视察 考察 会见 前往 赶赴 奔赴 走进 说 认为 要求 主讲 致辞 宣读 通报 汇报 发言 和 与 及 以及 "
    "分别 当选 也 还 是 向 从 围绕 代表 看望 走访 莅临 听取 指导 总结 部署 组织 担任 带头 亲自 "
    "专程 任 摄 主任 书记 总书记 委员 传达 进行 讲 宣布 解读 领学 提出 希望 回顾 热情 详细 认真 一同 有关 关于 "
    "接受 结合 将 依次 图为 受 所作 做 教授 副教授 院士 博士 两位 三位 四位 五位 六位 七位 八位 九位 十位 几位 "
    "的 召开 召集 领衔 委托 荣获 被 以 首先 再 又 带 应邀 发表 作出 当场 现场 实地 先 详细 同 共同 联系 会同 作为 "
    "督导 督查 督办 检查 慰问 察看 查看 巡查 暗访 亲切 专门 特意 特地 随后 随即 简要 深情 主动 正在 成功当选 "
    "逐一 逐个 一一 全程 发来 致信 致电 签署 通过 辞去 出任 转任 调任 升任 改任 观摩"
).split()
_FOLLOW_RE = re.compile(r"(?:[,。、;:!?()“”《》\s\n]|$|于(?:\d{4}年)?\d{1,2}月\d{1,2}日|于?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午)?(?:主持|出席|率|带|在|赴|到|来|走访|慰问|看望|调研|考察|视察|检查|督导|会见|深入|前往|参加|召开)|(?!联系组|代表团)(?:"  # 某某代表丰都联系组: a group, not a verb
                        + "|".join(sorted(FOLLOWERS, key=len, reverse=True)) + "))")


def follows_name(text: str, at: int) -> bool:
    """Whether what stands at `at` may follow a name in this genre (主持, 同志, 一行, a comma)."""
    return bool(_FOLLOW_RE.match(text, at))


_SPEECH = re.compile(r"(?:重要)?(?:讲话|报告|发言|总结|部署|动员)")  # 作讲话: a speech made, 作 no given name
_PRONOUN_WORDS = frozenset({"大家", "大伙", "我们", "你们", "他们", "她们", "自己", "各位"})  # never a given name
_TOUR_AFTER = re.compile(r"考察|视察|调研")
_CREDIT_MARK = re.compile(r"摄(?![影像])|图(?:为|片|/)")
# Words after which a three-character reading wins (马某先主持, 孙某先等): a verb of the genre or 等.
_STRONG_FOLLOW = re.compile(r"[、,。;]|主持|出席|参加|列席|陪同|讲话|带队|率队|率领|(?<!的)带领|等|一行|同志|也")
# What cannot follow 和/与/及 as conjunctions (甲乙和来到…): a verb of the genre, so a name ends in 和 there.
NO_CONJUNCT = re.compile(r"来到|前往|深入|主持|出席|参加|带队|率队|率领|一行|走访|看望|慰问|调研|视察|考察|检查|督导|讲话|指出|强调|表示|要求")
_ROLE_VERB = re.compile(r"主持|出席|讲话|致辞|带队|率队|率领|带领")  # the verbs of who leads or attends, right after a name
_NOT_GIVEN = set("的了和与在是对为及等由副、,。;:!?()“”《》 ·\n0123456789市县区省委协党组主席位")  # 三位同志: a count


def _body_word_at(text: str, s: int, e: int) -> bool:
    """Whether a given name would take the first character of a body word (李政协, 王政府)."""
    return any(text[j] == "政" and text[j + 1:j + 2] and text[j + 1] in "协府治法务策" for j in range(s, e))


def name_at(text: str, i: int, end: int | None = None) -> str | None:
    """The person name starting at text[i], if one ends before a follower word."""
    end = len(text) if end is None else min(end, len(text))  # a caller's window may run past the text
    if i >= 0 and text[i:i + 1] not in surname_starts():
        return None  # no surname opens here: a set lookup, before the regex tries its branches
    m = surname_re().match(text, i)
    if not m:
        return None
    s = m.end()
    if s == i + 1 and _opens_preposition(text, i, ("p", "c")):
        return None  # 总书记关于高等教育的论述: 关于 (about), a preposition, no surname and its name
    for glen in (2, 1):
        e = s + glen
        if e > end or not _NOT_GIVEN.isdisjoint(text[s:e]) and not _given_wei(text, i, s, e) or _body_word_at(text, s, e):
            continue
        if glen == 2 and title_re().fullmatch(text, s, e):
            continue  # 周书记到我镇调研: a surname and a title, how the page calls him, no given name
        if glen == 2 and text[i] in _PREPOSITIONS and (w := jieba_words().get(text[s:e])) and w[0] not in _NAME_TAGS and w[1] >= 1000:
            continue  # 委员向全体…: a preposition and a word (全体), no surname's name
        if glen == 2 and text[s:e] in _PRONOUN_WORDS:
            continue  # 祝大家新年快乐: a wish to everyone, no given name 大家
        if glen == 1 and text[i] in _PREPOSITIONS and (w := jieba_words().get(text[s:s + 2])) and w[0] not in _NAME_TAGS and w[1] >= 1000:
            continue  # 向正在述职的书记提问: a preposition before a word (正在), no name 向正
        if glen == 1 and text[s] == "其":
            continue  # 向其汇报: 其 is a pronoun, no given name alone (段其某 is a name)
        if glen == 1 and _common_word(text[i:e]):
            continue  # 书记任命的决定: a common word, no name
        if glen == 2 and _common_word(text[i:s + 1]) and (jieba_words().get(text[i:e], ("nr",))[0] != "nr"
                                                        or _frequent_verb(text[i:s + 1])) \
                and not _STRONG_FOLLOW.match(text, e):
            continue  # 委员满意度: a word (满意) and its tail, jieba's word no name (not 董事王国某主持);
            # 董事长强调要做好: a verb said often (强调), no surname and name
        if glen == 2 and text[e - 1] in "团组队" and _common_word(text[i:s + 1]):
            continue  # 党代表宣讲团、青年宣讲团: a verb's team (宣讲 + 团), no given name
        if glen == 2 and (w := jieba_words().get(text[i:e])) and w[0] not in _NAME_TAGS and w[1] >= 20:
            continue  # 总书记党中央的核心: jieba's word (党中央, 党组织), no name
        if text.startswith("在线", e):
            continue  # 华声在线: an outlet's name, no person's before 在
        if _TOUR_AFTER.match(text, e) and (d := gazetteer().lookup(text[i:e])) and d.level != "county":
            continue  # 总书记海南考察时的重要讲话: the place toured, no name
        if glen == 2 and text[e - 1] == "于" and text[e:e + 1].isdigit():
            continue  # 教育长某某于8日出席: 于 (on) before the day, no given name's
        if glen == 2 and text[e - 1] == "会" and text[s:e] in jieba_words():
            continue  # 县长周例会: a meeting after the title, no given name
        if glen == 2 and _CREDIT_MARK.match(text, s + 1):
            continue  # 记者王某摄, 记者宋某图为…: the photo's credit, not a given name
        if glen == 2 and (_FOLLOW_RE.match(text, s + 1) or title_re().match(text, s + 1)) \
                and name_at(text, i, s + 1) and text[s + 1] not in "、,。;:" \
                and not (e < end and _STRONG_FOLLOW.match(text, e) and not (text[s + 1] in "作做" and _SPEECH.match(text, e))) \
                and not (text[s + 1] == "和" and NO_CONJUNCT.match(text, e)):
            continue  # 周某率…, 孟某副主任, 李某作讲话: the second character starts the next word (not 马某先主持)
        if glen == 2 and text[s + 1] == "说" and text[e:e + 1] in (",", ":", "“", "") and name_at(text, i, s + 1):
            continue  # 部长甲乙说,…: what the person said, no given name ending in 说
        if glen == 2 and e < end and _ends_mid_word(text, e) and not _STRONG_FOLLOW.match(text, e):
            continue  # 谢谢合作: 合 opens 合作, no given name ends there (刘某为主持会议: 主持 follows)
        if _FOLLOW_RE.match(text, e) or e == end or glen == 2 and _word_follows(text, i, e) \
                or glen == 1 and _opens_preposition(text, e):
            return text[i:e]
    return None


def _ends_mid_word(text: str, e: int) -> bool:
    """Whether the character before `e` opens a very common word that runs on past it (合作), or a
    preposition (针对: 总经理某某针对…, the name ends before it)."""
    w = jieba_words().get(text[e - 1:e + 1])
    return w is not None and w[0] not in _NAME_TAGS and w[0] != "t" and w[1] >= 10000 or _opens_preposition(text, e - 1)


def _opens_preposition(text: str, at: int, tags: tuple[str, ...] = ("p",)) -> bool:
    """Whether a common preposition (or another word of `tags`: 由于, a conjunction) of two
    characters starts at `at` (针对, 按照, 关于)."""
    w = jieba_words().get(text[at:at + 2])
    return w is not None and w[0] in tags and w[1] >= 1000


def name_before_title(text: str, pos: int, end: int) -> str | None:
    """A name between its title and a second one that honours it (县防办主任某某某局长,
    总指挥某某某副县长), where the title after it is what ends the name."""
    m = surname_re().match(text, pos, end)
    if m and text[pos] in _PREPOSITIONS and surname_re().match(text, pos + 1, end):
        return None  # 庭长向周院长介绍: 向 (to) before a surname and a title, no name 向周
    for glen in (2, 1) if m else ():
        e = m.end() + glen
        name = text[pos:e]
        if e < end and title_re().match(text, e) and plausible(name) \
                and _NOT_GIVEN.isdisjoint(text[m.end():e]) and not _body_word_at(text, m.end(), e):
            return name
    return None


def name_after_title(text: str, pos: int, end: int) -> str | None:
    """The name right after its title whatever word follows it (副主任某某专题推介, 纪工委书记某某
    充分肯定, 省人大代表某某非常关注), where `name_at` knows no follower: a surname of the lexicon
    (not one that is a preposition too: 向, 于) and two given characters, neither a common word
    of its own nor ending in a function word or one that joins what follows; else one, before a
    function word that opens no word (庭长某某却利用; not 齐聚常德). jieba must end a word where
    the name ends (not 代表齐聚一堂), and no transliterated name's dot may follow (阿某·某某:
    `dotted_name`'s)."""
    m = surname_re().match(text, pos, end)
    if m is None or text[pos] in _PREPOSITIONS or title_re().match(text, m.end()) or _DOT_AHEAD.match(text, m.end()):
        return None  # 周书记: a surname and a title, how the page calls him
    s, words = m.end(), jieba_words()
    cuts = set(accumulate(len(w) for w in jieba_cut(text[pos:min(end, pos + 8)])))
    name = text[pos:s + 2]
    if s + 2 <= end and _given_chars(text, s, s + 2) and plausible(name) and not _function_char(text[s + 1]) \
            and text[s + 1:s + 3] not in words and words.get(text[s:s + 2], ("nr", 0))[1] < 2000 and len(name) in cuts \
            and not (text[s + 1] == "会" and text[s:s + 2] in words):  # 县长周例会: a meeting, no name
        return name
    name = text[pos:s + 1]
    if s + 2 <= end and _given_chars(text, s, s + 1) and plausible(name) and _function_char(text[s + 1]) \
            and (text[s + 1:s + 3] not in words or words[text[s + 1:s + 3]][0] == "d") and len(name) in cuts:  # 某某依然: an adverb
        return name
    return None


_DOTS = "·•・‧"  # the dot between a transliterated name's parts, as pages write it
_DOT_AHEAD = re.compile(rf"[\u4e00-\u9fff]{{0,4}}[{_DOTS}-]")


def _given_chars(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] can be given names: Chinese characters, none that never is one, no body's word."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+", text[s:e])) and _NOT_GIVEN.isdisjoint(text[s:e]) \
        and not _body_word_at(text, s, e)


def _function_char(c: str) -> bool:
    """An adverb, preposition, conjunction … that jieba sees often as a word of its own (却, 则, 都)."""
    tag, freq = jieba_words().get(c, ("", 0))
    return tag in _PHRASE_TAGS and freq >= 1000


def _given_wei(text: str, i: int, s: int, e: int) -> bool:
    """为 or 和 ending a given name of two, or 和 opening one, before 等, a verb of the genre or a
    separator (某大为等出席, 副主任某国和、…, 副主任某和平主持, 副主席某良和来到), or 为 opening one right after a
    title or as a list's item (主任某为民主持, 、某为民陪同, 副部长某在田带队); not a word after a name of one (以某某为组长,
    某某和某某)."""
    given = text[s:e]
    if given == "和":  # 省委副书记某和主持会议: a given name of one, 和, right after a title, before its verb
        return _title_ends(text, i) and bool(_ROLE_VERB.match(text, e))
    if e - s == 2 and given[0] == "和" and given[1] not in _NOT_GIVEN and given[1] not in surname_starts() \
            and _title_ends(text, i) and follows_name(text, e):
        return True  # 局长某和明围绕…汇报: 和 opening a given name right after a title, no one joined after it
    if e - s == 2 and given[0] in "为在" and given[1] not in _NOT_GIVEN and text[e:e + 1] in ("到", "赴") \
            and _title_ends(text, i):
        return True  # 副秘书长某为人到某局调研: 为 opening a given name right after a title, before the trip's 到
    return e - s == 2 and bool(_STRONG_FOLLOW.match(text, e) or NO_CONJUNCT.match(text, e)) and (
        given[0] not in _NOT_GIVEN and given[1] in "为和" or given[0] == "和" and given[1] not in _NOT_GIVEN
        or given[0] in "为在" and given[1] not in _NOT_GIVEN and (_title_ends(text, i) or text[i - 1:i] == "、"))


def _title_ends(text: str, at: int) -> bool:
    """Whether a title of the lexicon ends right before `at` (主任|某某)."""
    return any(text.endswith(t, 0, at) for t in _title_words())


def _common_word(name: str) -> bool:
    """A two-character word jieba knows often and not as a name (任命, 高度; not a name jieba tags nr),
    or a verb, adverb or adjective it knows at all often (委员应邀列席: 应邀; 主委简要介绍: 简要)."""
    known = jieba_words().get(name)
    return known is not None and known[0] not in _NAME_TAGS and (known[1] >= 1000 or known[0] in _PREDICATE_TAGS and known[1] >= 100)


def _frequent_verb(word: str) -> bool:
    """A verb jieba knows often (强调, 强化, 安排): no surname and the first of a given name."""
    known = jieba_words().get(word)
    return known is not None and known[0] == "v" and known[1] >= 1000


def _word_follows(text: str, i: int, e: int) -> bool:
    """Whether the three characters text[i:e] read as a name of no common words and a common
    word of two or more characters starts at `e` (某景福严重违纪: 严重), one the given name's
    last character does not join (福严 is no word)."""
    words = jieba_words()
    name = text[i:e]
    if text[e - 1:e + 1] in words or name in words or not plausible(name) or phrase_like(name):
        return False
    return any((w := words.get(text[e:e + n])) and w[0] not in _NAME_TAGS and w[1] >= 500 for n in (2, 3, 4))


_NAME_TAGS = {"nr", "nrfg", "nrt", "ns"}
_PREPOSITIONS = set("向对为于和与把被从将")  # surnames that are prepositions too
_VERB_TAGS = {"v", "d", "c", "p"}
_PREDICATE_TAGS = _VERB_TAGS | {"a", "ad"}


@cache
def _title_words() -> frozenset[str]:
    return frozenset(titles())


_PERSON_TAGS = ("nr", "nrfg")  # jieba's tags of people's names (秦娟: nrfg; not 杨家, a family, nrfg too)


def plausible(name: str) -> bool:
    """Whether `name` can be a person's name and not an ordinary word or a place.

    Two-character names are rarely in jieba's dictionary, so one that is (党校, 智慧, 文昌)
    is a word; a three-character name does not open with a common non-name word (纪律…,
    安排…), though it may open with a place-like one (王国庆). Division names are places.
    """
    words = jieba_words()
    if name.removeprefix("副") in _title_words():
        return False  # 书记王某、副书记、纪委书记李某: a title in a list of posts, no name
    if len(name) == 2 and name in words and not (words[name][0] in _PERSON_TAGS and words[name][1] < 500 and name[1] not in "家姓氏"):
        return False
    if name in words and words[name][0] not in _NAME_TAGS:
        return False
    head = words.get(name[:2])
    if len(name) == 3 and head and head[0] not in _NAME_TAGS and head[1] >= 20 \
            and not (name in words and words[name][0] in _PERSON_TAGS and head[1] < 200):  # 温家宝: jieba knows the name (温家, rare, aside; not 纪律性)
        return False
    if len(name) == 4 and all((w := words.get(half)) and w[0] not in _NAME_TAGS and w[1] >= 200 for half in (name[:2], name[2:])):
        return False  # 资源环境, 经济委员: two common words, no four-character name
    if len(name) == 3 and (d := gazetteer().lookup(name[:2])) and d.level == "province":
        return False  # (云南段), 江西籍: a province's name and a word after it, no given name
    if len(name) == 3 and name[-1] in "路街巷":
        return False  # 南昌路、常熟路: streets, read as a list of names
    if len(name) == 3 and name[0] in _PREPOSITIONS and (w := words.get(name[1:])) and w[0] in _VERB_TAGS and w[1] >= 100:
        return False  # 向奋战在一线的…: a preposition before a verb, no 向 surname and given name
    if len(name) == 3 and name[1:] in _GROUP_NOUNS or len(name) >= 4 and _GROUP_WORDS.search(name):
        return False  # 相关领导 read from 关, 在宁全国人大代表 from 宁: a group of people or a scope, no given name
        # (主席团各成员, 常委会负责同志: a title's tail and a group, no long name)
    # a name ending in a level or a department's word is none: 某庙镇召开, 某犁州人大代表, 党工部副部长;
    # but a transliterated name may end in 村 (洛桑江村: jieba knows 洛桑 as a transliteration)
    if len(name) >= 4 and name[-1] == "村" and head and head[0] == "nrt":
        return gazetteer().lookup(name) is None
    return gazetteer().lookup(name) is None and name[-1] not in "省市县区州盟旗镇乡村部局处厅室办"


_GROUP_NOUNS = {"领导", "干部", "同志", "群众", "职工", "代表", "委员", "人员", "党员", "成员", "事项",
                "全国", "全省", "全市", "全县", "全区", "会议"}  # 在宁全国人大代表: 宁 + 全国, no name; 有关事项: 关 + 事项
# (联席会议成员: 席 + 会议, no name)


_GROUP_WORDS = re.compile(r"负责|同志|成员|各|有关|相关")
# A long name after a title, before the verb it governs (部长孟和某某到…): Mongolian, Tibetan,
# Uyghur names the surname lexicon cannot read.
# 代表 and the body a name speaks for, before the role (部长某某代表省委主持召开…)
_ON_BEHALF = r"代表[^,。;!?]{1,12}?(?:主持|讲话|致辞|出席|宣读|通报|汇报|向|对)"
_LONG_NAME = re.compile(rf"[\u4e00-\u9fff]{{4,5}}(?=到|赴|主持|出席|率|带队|带领|深入|一行|参加|讲话|强调|指出|先后|来到|前往|莅临|{_ON_BEHALF})")


HONORIFICS = "老师|同志|先生|女士|教授"  # after a name (某某老师一行), no part of it
_NOT_LONG_NAME = re.compile(rf"^[在赴和向与及对为把被将从到们的了率带]|[了着]|政|委|党|人大|干部|群众|代表|人员|[组团队等]$|(?:先后|分别|一同|专程|{HONORIFICS})$")


def long_name(text: str, pos: int, end: int) -> str | None:
    m = _LONG_NAME.match(text, pos, end)
    if m is None or has_function_word(m.group(0)) or title_re().search(m.group(0)) or _NOT_LONG_NAME.search(m.group(0)) \
            or jieba_words().get(m.group(0)[:2], ("nr",))[0] not in _NAME_TAGS or not plausible(m.group(0)) \
            or _tail_joins_next(text, pos, m.end()):
        return None
    return m.group(0)


def _tail_joins_next(text: str, pos: int, e: int) -> bool:
    """Whether a long run read as a name (four characters or more) opens with a surname of the
    lexicon and its last character makes a word with the one after it (主席某燕文胜率驻…:
    胜率), so that a three-character name and a stray character are the likelier reading."""
    return e - pos >= 4 and surname_re().match(text, pos) is not None \
        and jieba_words().get(text[e - 1:e + 1], ("nr",))[0] not in _NAME_TAGS


_BEFORE_NEXT_POST = re.compile(r"[\u4e00-\u9fff]{2,5}?(?=[,、][^,。;:!?]{0,12}?(?:同志)?(?=[\u4e00-\u9fff]))")


_ITEM_SEP = re.compile(r"[,、]")
_CLAUSE_MARK = re.compile(r"[,。;:!?]")


def name_before_next_post(text: str, pos: int, end: int) -> str | None:
    """A name the lexicon cannot read (希某, 宝音某某) between its title and the next post of a
    list of officials (旗长希某,旗人大常委会主任宝音某某,旗政协主席郝某出席): it runs to the
    separator, and a title follows within the next item."""
    for m in _ITEM_SEP.finditer(text[pos:min(end, pos + 6)]):
        cut = pos + m.start()
        item = text[pos:cut]
        nxt = title_re().search(text, cut + 1, min(end, cut + 14))
        if not 2 <= len(item) <= 5 or nxt is None or _CLAUSE_MARK.search(text[cut + 1:nxt.start()]):
            return None
        return item if _bare_name(item) else None
    return None


def _bare_name(item: str, singles: bool = True) -> bool:
    """Whether a run the surname lexicon cannot read may be a name: Chinese characters alone,
    no word, title, function character or phrase (`name_before_next_post`, `name_before_role`)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+", item)) and plausible(item) and not title_re().search(item) \
        and not has_function_word(item) and not _NOT_LONG_NAME.search(item) and not phrase_like(item, singles)


_COUNTS = "二两三四五六七八九十"


def name_before_role(text: str, pos: int, end: int) -> str | None:
    """A two- or three-character name the surname lexicon cannot read (a rare surname: 訚某,
    禤某; a Mongolian one: 巴根某) between its title and the verb of the role it plays
    (省委副书记訚某主持会议, …出席会议并讲话): nothing else stands between a title and 主持."""
    if _ROLE_AFTER.match(text, pos) or text.startswith(("率", "带领"), pos):
        return None  # 副主委率队到…: the role itself, no name between
    for n in (2, 3, 4, 5):  # 宝音满都呼主持: a Mongolian name of five
        item = text[pos:pos + n]
        if n > 3 and (head := jieba_words().get(item[:2])) and head[0] not in _NAME_TAGS and head[1] >= 20:
            break  # 调研组还到…: a common word opens it, no long name (宝音, a rare one, may)
        if n == 2 and jieba_words().get(text[pos + 1:pos + 3], ("", 0))[1] >= 1000:
            continue  # 教师要做到: 做到 a word, 要做 no name
        if item and item[-1] in _COUNTS and text.startswith("同志", pos + n):
            continue  # 县委书记甲、县长乙丙二同志率…: the count of the names, no name's last character
        if pos + n <= end and _ROLE_AFTER.match(text, pos + n) and (_bare_name(item, singles=False) or _rare_pair(item)) \
                and jieba_words().get(item[0], ("",))[0] not in _LEAD_TAGS and not _tail_joins_next(text, pos, pos + n):
            return item
        if n >= 4 and pos + n <= end and item[0] in _PREPOSITIONS and _ROLE_VERB.match(text, pos + n) \
                and _bare_name(item[1:], singles=False):
            return item  # 主任向巴某某主持: a preposition's character opening a long name, right before 主持
    return None


def _rare_pair(item: str) -> bool:
    """Two characters jieba knows only as a rare word (强华: 2 uses), which a name between a
    title and its role may well be."""
    known = jieba_words().get(item)
    return len(item) == 2 and known is not None and known[1] < 5 and not title_re().search(item)


# A name's first character is no adverb (也, 又, 均) nor preposition; later ones may be any
# character (巴根那: 根 counts things, 那 points), as transliterated names are.
_LEAD_TAGS = {"d", "zg", "p", "c", "u", "m"}
_ROLE_AFTER = re.compile(r"(?:同志)?等?(?:分别|共同|一同|先后)?(?:主持|出席|致辞|讲话|带队|率队|参加|陪同|来到|深入|前往|莅临|到|赴|带领|率领|(?<!表)率(?!先)|"
                         rf"{_ON_BEHALF})")
_PHRASE_TAGS = {"d", "zg", "p", "c", "u", "r", "m", "q"}  # adverbs (很: zg), prepositions, … measure words


def phrase_like(item: str, singles: bool = True) -> bool:
    """Whether an item holds a common word or a function character (会会议, 向全体, 的提问, 智慧):
    a phrase, not a name of rare words (宝音某某, 希某). `singles`: adverbs, measure words …
    standing alone count too (很亲), as they may not in a credit (次仁某某)."""
    for word in jieba_cut(item):
        known = jieba_words().get(word)
        if len(word) == 1 and (word in _FUNCTION_CHARS or singles and known is not None and known[0] in _PHRASE_TAGS) \
                or len(word) > 1 and known is not None and known[0] not in _NAME_TAGS and known[1] >= 50:
            return True
    return False


@cache
def _spelling_chars() -> frozenset[str]:
    return frozenset("".join(words("transliteration_chars.txt")))


def spelled(part: str) -> bool:
    """Whether a name's part is made only of the characters that spell transliterated names
    (阿不力米提, 买买提): jieba's words in it (不力, 买买提) are no phrase."""
    return all(c in _spelling_chars() for c in part)


_DOTTED = re.compile(rf"[\u4e00-\u9fff]{{1,6}}[{_DOTS}]")


def dotted_name(text: str, pos: int, end: int) -> str | None:
    """A transliterated name after its title (主任沙某·某某、, 主席古某·某某以及…): to the first
    word that may follow a name, unless the last character starts that word and a verb of the
    genre follows it (…马木提出席: 提, not 提出)."""
    m = _DOTTED.match(text, pos, end)
    if m is None or phrase_like(m.group(0)[:-1], singles=False) and not spelled(m.group(0)[:-1]):
        return None  # 委员提议题·月月谈: a programme's name, not a person's (阿不力米提·某某 is one)
    for e in range(m.end() + 1, min(end, m.end() + 20) + 1):
        if text[e - 1] in _DOTS:
            continue  # 嘉木样·洛桑某某·某某: a name of three parts
        if e - max(text.rfind(d, pos, e) for d in _DOTS) > 9:
            return None
        if e == end or _FOLLOW_RE.match(text, e) or text.startswith(("以及", "率", "带"), e):
            if e < end and "\u4e00" <= text[e] <= "\u9fff" and _STRONG_FOLLOW.match(text, e + 1) \
                    and not _STRONG_FOLLOW.match(text, e):
                e += 1
            return text[pos:e]
    return None


_ITEM = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:[{_DOTS}][\u4e00-\u9fff]{{1,8}}){{1,3}}|[\u4e00-\u9fff]{{2,4}}")
_FUNCTION_CHARS = set("在赴和向与及对为把被将从到们的了")
_ITEM_END = re.compile(r"[、,。;]|及|和|等|$|出席|参加|列席|陪同|主持|一同|同志")  # 甲、乙、索朗某某出席


_LEVEL_BODY = re.compile(r"[省市县州旗镇乡][\u4e00-\u9fff]{1,10}?(?:局|委|办|厅|院|部|中心|政府|人大|政协)")


def list_item(text: str, pos: int, end: int, first: bool) -> str | None:
    """A name the lexicon cannot read (花某某, 白玛某某, 艾力某·某某) standing whole in a list
    after a title: bounded by 、 before (or the title) and by a separator after."""
    m = _ITEM.match(text, pos, end)
    if m is None or _LEVEL_BODY.match(text, pos, end):
        return None  # 主任甲、县工业和商务局党委书记乙: the next item a level's body, no name
    if any(d in m.group(0) for d in _DOTS):  # 买买提·某某出席: the name up to the verb, not past it
        dot = max(text.rfind(d, pos, m.end()) for d in _DOTS)
        stop = next((e for e in range(dot + 2, m.end()) if _ITEM_END.match(text, e)), m.end())
        m = _ITEM.match(text, pos, stop)
    for cut in range(m.end(), pos + 1, -1):  # the longest item that ends at a separator
        item = text[pos:cut]
        if not _ITEM_END.match(text, cut) or first and not (
                text[cut:cut + 1] == "、" and (name_at(text, cut + 1, end) or dotted_name(text, cut + 1, end))):
            continue  # the first such item needs a name by the lexicon (or a dotted one) after it
        if any(d in item for d in _DOTS) and not title_re().match(item) \
                or (plausible(item) and not title_re().search(item) and item[0] not in _FUNCTION_CHARS
                           and not (len(item) > 2 and has_function_word(item))):
            return item
        if first and len(item) == 2 and jieba_tags().get(item) in ("ns", "nrt") and gazetteer().lookup(item) is None:
            return item  # 副市长加多、李某: a name jieba reads as a place or a foreign name, a list of names after it
        if not first and len(item) == 2 and text[pos - 1:pos] == "、" and jieba_tags().get(item) in _PERSON_TAGS:
            return item  # 副主任甲乙、巴某、宝玉、丙丁: a name jieba knows as a famous one's, inside a list of names
    return None


@cache
def post_aside() -> re.Pattern:
    """A post in brackets after a name (甲乙(时任省委副书记)、丙丁(满族,时任省军区司令员)): the bracket."""
    return re.compile(rf"\((?:[^()]{{0,8}}[,,])?(?:时任|现任|曾任|原)?[^()]{{0,16}}?(?:{title_re().pattern})[^()]{{0,8}}\)")


# Words a name follows as their object (根据甲乙省长批示, 按照甲乙主任要求, 受甲乙书记委托).
NAME_OPENERS = ("根据", "按照", "遵照", "依照", "依据", "受", "传达", "传达了", "学习", "学习了", "贯彻", "落实")  # 传达了甲乙总理的批示


def names_before(text: str, at: int, floor: int, by_end: dict, strict: bool = True) -> list[tuple[str, int]]:
    """Names ending at `at`, with those listed before them (甲乙、丙丁委员), in reading order.

    `strict`: the list must open a clause or follow a body (省咨询委甲乙主任)."""
    found = []
    while (name := _name_before(text, at, floor) or (_item_before(text, at, floor) if found or not strict else None)) is not None \
            and plausible(name[0]):
        found.insert(0, name)
        if name[1] - 1 < floor or text[name[1] - 1] != "、":
            break
        at = name[1] - 1
    if found and strict:
        i = found[0][1]
        if len(found) == 1 and len(found[0][0]) == 3 and i + 1 in by_end and name_at(text, i + 1, at) == text[i + 1:at]:
            found, i = [(text[i + 1:at], i + 1)], i + 1  # 某部某司周欣司长: 司 ends the body, no surname of a name 司周欣
        if not (i == floor or text[i - 1] in ",。;:!?、“”()\n 以和与及由在向请" or i in by_end
                or text.endswith(NAME_OPENERS, floor, i)):
            return []
    return found


_PRONOUNS = set("他她它我你其该此本")  # 2021年9月,他出任…: a pronoun opens no name


def _item_before(text: str, at: int, floor: int) -> tuple[str, int] | None:
    """A name the lexicon cannot read standing whole between list separators before `at`
    (…、额尔某某、霍某某当选为…): two to four characters, no title, no phrase."""
    i = at
    while i > floor and i > at - 5 and "\u4e00" <= text[i - 1] <= "\u9fff":
        i -= 1
    item = text[i:at]
    if 2 <= len(item) <= 4 and (i == floor or text[i - 1] in "、,:") and item[0] not in _PRONOUNS and not title_re().search(item) \
            and not phrase_like(item, singles=False) and not has_function_word(item):
        return item, i
    return None


def _name_before(text: str, at: int, floor: int) -> tuple[str, int] | None:
    """A name ending at `at`."""
    for n in (3, 2):
        i = at - n
        if n == 3 and any(t.end() == i + 1 for t in title_re().finditer(text, max(floor, i - 4), i + 1)):
            continue  # 省监委主任张某转任…: 任 closes the title, no surname
        if i >= floor and name_at(text[i:at], 0) == text[i:at] and not _opens_mid_word(text, i):
            return text[i:at], i
    return None


def _opens_mid_word(text: str, i: int) -> bool:
    """Whether the character at `i` ends a common word begun before it, as jieba reads the text
    (集团公司新任董事长: 公司; not 落实习某某, where jieba cuts 落实/习某某; not a title's end: 主任何某)."""
    w = jieba_words().get(text[i - 1:i + 1]) if i > 0 else None
    return w is not None and w[0] not in _NAME_TAGS and w[1] >= 1000 and not word_starts_at(text, i) \
        and not any(t.end() == i for t in title_re().finditer(text, max(0, i - 6), i))


