"""Place mentions: divisions from the gazetteer, towns, villages and named sites by pattern."""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Division, gazetteer, pressed
from .lexicon import has_function_word, inside_common_word, is_common_word, jieba_cut, jieba_tags, jieba_words, word_starts_at
from .model import Mention
from .patterns import division_spans, former_spans, title_re

FORMER_NAMES = True  # also find former divisions by full name (闸北区); a switch to measure it

ZONE = r"(?:经济技术|高新技术产业|经济)?开发区|高新区|经开区|(?:工业|产业)园区|管理区(?!域)"  # development zones, named as towns are
ZONE_OPENS = "经高开工产管"  # the characters ZONE opens with (for a lookahead that spares a scan the other positions)
AREA = re.compile(r"新区|片区|示范区|试验区|实验区|保税区|综保区|保护区|合作区")  # areas a place names (某某新区)
# (?=[…]): the characters a match opens with, so a scan passes over the other positions at once
_LOCAL = re.compile(rf"(?=[{ZONE_OPENS}新片示试实保综合镇乡村苏嘎社街湿公纪景小家])(?:{ZONE}|{AREA.pattern}|镇(?![村街级貌])|乡(?![镇村土亲级音业情风愁贤])|村(?![民级镇容貌规里集庄落长志])|苏木(?![镇乡])|嘎查村?|社区|街道|街(?=党工委|办事处)|湿地公园|公园|纪念馆|景区|小区|家园)")
_LEFT_STOP = re.compile(
    r"(?:[^\u4e00-\u9fff]|的有|还有|深入|察看|走进|来到|前往|走访|召开|举行|举办|开展|覆盖|下辖|了解|到|赴|驻|在|和|与|及|等|了|对|的|是|为|由|把|将|据|联系|代表|"
    r"慰问|看望|调研|视察|考察|镇|乡|县|区|市|省|(?<![红国彩锦党团军升大令])旗|苏木|嘎查|街道|全|各|个|部分|基层|城乡|农村|\d[年月日号名个位]|[上下]午|年度|就|指导|参观|助力|利用好?|当好|落户|挂任|共谋|使|要|被|重温)$"  # 信息>>某街道, 某街道某社区: two places; 2021年度某镇; 就某镇…: a verb's object
)
_NOT_PLACE = re.compile(
    r"^(?:[\u4e00-\u9fff]?(?:本|该|各|全|每|我|所在|乡|农|新(?![\u4e00-\u9fff](?:街道|镇|乡)$)|老|小)|[小大]?城(?:[镇乡]|中村)$|"  # 小城镇, 城镇 (明城镇, 新塘街道 are names)
    r".*(?:委员|工作|政协|人大|政府|党委|群众|服务|干部|居民|提高|发挥|推进|加强|开展|建设|打造|着力|实施|深化|美丽|和美)"
    r"|.*[大强名重]镇$"  # 经济大镇, 工业强镇: a kind of town
    r"|.*(?:家乡|故乡|侨乡|水乡|之乡|城乡|农村|行政村|大学生村|[入进驻到回百千万包]村|涣散村)$"  # words for the countryside (大学生村官, 部门包村, 软弱涣散村), no place's name
    r"|.{2,}进社区$"  # 在职党员进社区: a drive's words (前进社区 is a name)
    r"|(?:特色|生态|文明|文化|典型|重点|示范|试点|红色|民族|边境|小康|移民|先行|中心|建制|商贸|所有|当地|有关|所辖|苏木|传统)小?[村镇乡]$)"  # 特色小镇, 示范村, 苏木镇: a kind
)


def conjunction_before_level(text: str, at: int, name: str) -> bool:
    """`和县` in `…》和县妇联` or `乡镇和县直单位` is 和 + 县…, not the county 和县: a division
    name opening with a conjunction right after a word or a closing mark."""
    return name[0] in "和与及同" and at > 0 and (text[at - 1] in "》”)" or "\u4e00" <= text[at - 1] <= "\u9fff")


# a division's name going on, with no break, into a school's, company's, paper's or firm's name
_NAME_GOES_ON = re.compile(
    r"(?:(?!调研|考察|召开|举行|参观|视察|走访|开展|座谈|会见|慰问|检查)[^\s\d,。;:!?、“”《》()()的和与及在到赴等]){0,8}?"
    r"(?:股份有限公司|有限责任公司|有限公司|大学(?!生)|学院|交大|中学|小学|日报|晚报|都市报|商报|工人报|证券报|报社|"
    r"电视台|新闻网|在线|青年报|卫视|律师事务所|银行|集团|学校)")


def opens_a_name(text: str, place: Mention) -> bool:
    """Whether a division's short name goes on into a unit's (西安交通大学, 安徽某某股份有限公司,
    山西日报): the place names the unit, it is no place of the story (its vote for the page's
    locality stands). A full name does not (陆丰市某中学: the school's town is told). Nor is a
    place whose name a spirit bears (延安精神, 井冈山精神)."""
    return place.text != place.key and (bool(_NAME_GOES_ON.match(text, place.end)) or text.startswith("精神", place.end))


_BEFORE_PLACE = frozenset("以在到赴至和与及向从于对")  # 以东区: a preposition, then the place
_SMALLER = frozenset("镇乡村街路")
_TOWN_AFTER = re.compile(r"(?![村镇民亲土情])")  # 河北乡黄河村 (a town), not 河北乡村, 江苏乡镇, 湖南乡亲  # after a division's short name: a town's, village's or street's name (海口镇)
_LIST_MARKS = frozenset("、,,;;()()《》“”")


def find_divisions(text: str, start: int, end: int, province: Division | None,
                   spans: list[tuple[int, int, str]] | None = None, year: int | None = None) -> list[Mention]:
    """Divisions named in full, or by short form inside the paper's province (or a province);
    former divisions by full name (闸北区). With `year` (the page's), a name is the division
    that bore it that year (昌平 in 1995 → 昌平县); undated, today's, else the latest former."""
    g = gazetteer()
    out = []
    if spans is None:
        spans = division_spans(text, start, end)
    spans = [sp for sp in spans if start <= sp[0] and sp[1] <= end]
    former = _former(text, start, end, spans) if FORMER_NAMES else []
    if former:
        spans = sorted([sp for sp in spans if not any(f[0] <= sp[0] and sp[1] <= f[1] for f in former)]
                       + former)
    for s, e, name in spans:
        d = g.lookup(name, within=province, year=year) if year is not None else None
        if d is None:  # undated, or no one division of that name that year
            d = g.resolve(name, within=province) if (s, e, name) in former else g.lookup(name, within=province)
        if d is None or text[e:e + 1] == "协" or conjunction_before_level(text, s, name) \
                or len(name) == 2 and inside_title(text, s, e) or in_menu(text, s):
            continue  # 和政|协: not 和政县; 《…》和县妇联: 和 + 县妇联; 代县长, 代理县长: no 代县, 理县
        full = name in (d.name, d.bare)  # (郊区: a generic name, whole as the text writes it)
        if full and d.level != "province" and s > 0 and text[s - 1] not in _BEFORE_PLACE \
                and is_common_word(text[s - 1:s + 1]) and not word_starts_at(text, s):
            continue  # 示范县, 明代县衙: the name's first character ends a word before it (以东区 stays)
        if full and level_glued(text, e, name):
            continue  # 赣湘合作市级平台: 合作 + 市级
        if not full and (d.level != "province" and text[e:e + 1] in _SMALLER
                         or text[e:e + 1] in ("镇", "乡") and _TOWN_AFTER.match(text, e + 1)):
            continue  # 海口镇, 南阳路: a smaller place's name; 河北乡黄河村, 河北、某某两乡: a town a province's name bears
        if not full and len(name) == 2 and runs_on(text, s, e):
            continue  # 惠民生: 惠民 + 民生, a phrase (a short name no place to jieba, its last character a word's first)
        local = province is not None and d.code[:2] == province.code[:2] and not is_common_word(name) \
            and (full or _stands_alone(text, s, e))
        famous = d.level == "prefecture" and (jieba_tags().get(name) == "ns" or d.code.endswith("0100"))  # GB/T 2260 numbers a capital first: 银川, 合肥
        leveled = name == d.short != d.name and e < len(text) and d.name.endswith(text[e]) and text[e] in "州盟市县区旗"
        listed = not full and _in_a_list_of_places(text, s, e, spans) and _stands_alone(text, s, e)
        if full or d.level == "province" or local or famous or leveled or listed or pressed(name, d):  # leveled: 楚雄州, 恩施州; 景宁县
            out.append(Mention("PLACE", name + text[e] if leveled else name, s, e + leveled, d.name))
    return out


SUFFIX_WORD = set("直级域城区乡里场民属内外")  # 县直, 市级, 区域: the level is a word's first half


def level_glued(text: str, e: int, name: str) -> bool:
    """Whether a full name ending at `e` is a common verb, noun or adjective and a level word's
    first half (赣湘合作市级平台: 合作 + 市级; 合作市场: 合作 + 市场), no division (合作市); a
    numeral's or a name's (三台县域: 三台's) stays."""
    return text[e:e + 1] in SUFFIX_WORD and jieba_tags().get(name[:-1]) in _WORD_TAGS


_WORD_TAGS = {"v", "vn", "n", "a", "an", "ad", "d"}


def runs_on(text: str, s: int, e: int) -> bool:
    """Whether a two-character short name that jieba knows as no place name (惠民: nr) ends inside
    a commoner word that runs on past it (惠民生: 民生)."""
    if e >= len(text) or text[e] in _SHORT_NAME_ENDS:
        return False  # 大同等地, 舒城东站: a list's end, a site named after the place
    words = jieba_words()
    own, on = words.get(text[s:e]), words.get(text[e - 1:e + 1])
    return own is not None and own[0] != "ns" and on is not None and on[1] > own[1]


_SHORT_NAME_ENDS = frozenset("等、东西南北中")


_LIST_OF_PLACES_ENDS = re.compile(r"等(?:地|市|县|区|[一二两三四五六七八九十\d]+个?(?:地|市|县|区|县区|区县|市县))")
_LIST_OF_SMALLER = re.compile(r"[^,。;:!?]{0,24}?[一二两三四五六七八九十\d]+个(?:社区|村|街道|镇|乡)")  # 甲、乙三个社区


def _in_a_list_of_places(text: str, s: int, e: int, spans) -> bool:
    """Whether a short name stands in a list of places (赴甲、乙、丙等地; 甲、乙两地): beside another
    division's name across 、 (not in a list of communities), or before 等地 that closes such a list."""
    if _LIST_OF_PLACES_ENDS.match(text, e):
        return True
    if text[e:e + 1] != "、" and text[s - 1:s] != "、":
        return False  # no 、 beside it: no neighbour across one (the test below, spared)
    if _LIST_OF_SMALLER.match(text, e):
        return False  # 振兴、光明、中心三个社区: communities named like counties
    return any((sp_s == e + 1 and text[e] == "、" or sp_e == s - 1 and text[s - 1] == "、") and other != text[s:e]
               and _stands_alone(text, sp_s, sp_e) and text[sp_e:sp_e + 1] not in _SMALLER
               for sp_s, sp_e, other in spans)  # 同心同德、同心同向: words; 大江口、长沙村: a village's name


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Whether a short name is a word of its own, not part of one (自然资源厅, 公安部, 煤矿:
    no 资源县, 公安县, 矿区); a list's marks and 等 bound it whatever jieba makes of them (渝中等)."""
    return (text[s - 1:s] in _LIST_MARKS or word_starts_at(text, s)) \
        and (text[e:e + 1] in _LIST_MARKS or text.startswith("等", e) or word_starts_at(text, e))


def in_menu(text: str, at: int) -> bool:
    """Whether `at` stands in a page's menu line (首页|安徽|北京|上海|…): four bars or more, not
    counting the empty cells a table's markup leaves at a line's end (某段落。 | ||||||||)."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo:hi if hi >= 0 else len(text)].rstrip(" |")
    return line.count("|") >= 4


def inside_title(text: str, s: int, e: int) -> bool:
    """Whether a title crosses [s, e) (政府代县长 holds 代县; 代理县长, 理县)."""
    return any(t.start() < e and s < t.end() and not (s <= t.start() and t.end() <= e)
               for t in title_re().finditer(text, max(0, s - 3), e + 3))


_FORMER_NOT = {"区": "域", "市": "场"}  # 城南区|域, 大丰市|场: a word goes on


@lru_cache(maxsize=4)
def page_former(text: str) -> tuple[tuple[int, int, str], ...]:
    """Former names in a whole page, scanned once (find_divisions runs on its parts)."""
    return tuple(former_spans(text))


def _former(text: str, start: int, end: int, spans) -> list[tuple[int, int, str]]:
    """Former full names not overlapping a longer or crossing name of today (闸北区; 昌平县
    over 昌平)."""
    out = []
    for f in page_former(text):
        if f[0] < start or f[1] > end:
            continue
        if text[f[1]:f[1] + 1] == _FORMER_NOT.get(f[2][-1]):
            continue
        if any(sp[0] < f[1] and f[0] < sp[1] and not (f[0] <= sp[0] and sp[1] <= f[1]) for sp in spans):
            continue
        out.append(f)
    return out


_ZONE_END = re.compile(rf"(?:{ZONE}|新区)$")  # 某新区党工委: a new area's, as a zone's
_ZONE_RANK = re.compile("国家级|省级")
_PARTY_OPENS = re.compile("中国共产党|中共")


# A person's full name, or one and 副, before 镇长 or 乡长 (the title's 镇 is no town's).
_NAMED_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2,3}副)")


def _named_without_level(text: str, head: str, level: str) -> bool:
    """周某镇长通报: two characters before 镇长 are a person's name where the page writes them
    elsewhere with no 镇 after (镇长周某主持), not a town's (某汪镇在…召开)."""
    return any(not text.startswith(level, m.end()) for m in re.finditer(re.escape(head), text))


_LEVEL_INSIDE = ("市镇", "县镇", "区镇", "镇镇", "镇乡")


def _level_inside(text: str, start: int, at: int, kind: str) -> int | None:
    """Where a town's name starts whose own name ends in a level's character (新市镇, 旧县镇,
    撮镇镇, 白牙市镇), stopped at by `_left_edge`: one character before it (two before 市),
    at a word's start, no division by its full name (not 乡镇, 要求区镇, 宁波市镇, 某某镇镇村)."""
    if text[at - 1:at] + kind not in _LEVEL_INSIDE:
        return None
    left = _left_edge(text, start, at - 1)
    if not 1 <= at - 1 - left <= (2 if text[at - 1] == "市" else 1) or not word_starts_at(text, left) \
            or ((d := gazetteer().lookup(text[left:at])) is not None and d.name == text[left:at]):
        return None  # 宁波市镇: a city's towns
    return left


def _left_edge(text: str, start: int, at: int) -> int:
    """Where a name ending at `at` starts: up to 8 characters back, to the first stop before it."""
    left = at
    while left > start and at - left < 8 and not _LEFT_STOP.search(text, max(0, left - 2), left):
        left -= 1
    return left


_HE_NAMED = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[上下]午))[^\W\d_镇乡村县区市省州旗和与及的在到赴]和$")


def find_local_places(text: str, start: int, end: int) -> list[Mention]:
    """Towns, villages, communities and sites written as in the text (大康镇, 官渡村)."""
    out = []
    for m in _LOCAL.finditer(text, start, end):
        if m.group(0) == "村" and text[m.start() - 1:m.start()] == "村":
            continue  # 某某村村委会: the village is found at its own 村
        if m.group(0) in "镇乡" and any(a == m.start() and name[-1] in "省市县区州旗盟"
                                        for a, _, name in division_spans(text, m.start(), m.start() + 8)):
            continue  # 会见镇江市人大…: the 镇 opens a division's full name (某镇江村: a town, a village)
        if m.group(0) == "乡" and (word := jieba_words().get(text[m.start() - 1:m.end()])) and word[0] in ("v", "n") and word[1] >= 40:
            continue  # 送戏下乡, 返乡, 家乡: a word ending in 乡, no township
        left = _left_edge(text, start, m.start())
        if left == m.start() and left - 2 >= start and _HE_NAMED.match(text, left - 2, left):
            left -= 2  # ,三和镇: a name of one character and 和 (永和, 太和), no 和 joining two places
        if left == m.start() and (inner := _level_inside(text, start, left, m.group(0))) is not None:
            left = inner
        if left == m.start() and m.group(0) in "镇乡" and text[left - 1:left] == "旗" \
                and (edge := _left_edge(text, start, left - 1)) < left - 1 and gazetteer().lookup(text[edge:left]) is None:
            left = edge  # 肖旗乡: 旗 inside the township's name, no banner's (某某旗某镇: the banner's town)
        bounded = left == start or _LEFT_STOP.search(text, max(0, left - 2), left)
        if not _core_fits(text, left, m.start(), m.group(0)):  # 县人大代表某镇镇长: the town after the title
            left = max([left] + [t.end() for t in title_re().finditer(text, left, m.start())])
        if (rank := _ZONE_RANK.match(text, left, m.start())) and _ZONE_END.search(m.group(0)):
            left = rank.end()  # 国家级某经济开发区: the zone, its rank aside
        if party := _PARTY_OPENS.match(text, left, m.start()):
            left = party.end()  # 中共某开发区工委: the zone, the party's name aside
        if m.group(0) in "镇乡" and text[m.start() - 1] in _COUNTS and m.start() - 1 - left >= 2:
            out.extend(_sharing_a_level(text, start, left, m.start() - 1, m.group(0)))
            continue  # 甲山、乙平两镇: two towns, one level word
        while m.start() - left > 2 and (lead := _function_lead(text[left:m.start()])):
            left += lead  # 位于九江镇, 而九江镇: the word before the name aside
        name = text[left:m.end()]
        if left > start and inside_common_word(text, left):
            continue  # 区域内社区: 域 ends 区域, no name opens there
        if CREDITED.search(text, max(0, left - 6), left):
            continue  # 作者:某延镇: a person credited, whose name ends as a town's would
        if m.group(0) in "镇乡" and text.startswith("长", m.end()) \
                and (_NAMED_HEAD.fullmatch(text, left, m.start()) or text[m.start() - 1:m.start()] == "副"
                     or text.endswith(("人民", "代理"), left, m.start())
                     or m.start() - left == 2 and _named_without_level(text, text[left:m.start()], m.group(0))):
            continue  # 周某某副镇长, 周某某镇长: a person and their title, no town; 新一届的人民镇长: the people's; 代理乡长: acting
        if bounded and m.start() - left >= 2 and not _NOT_PLACE.match(name) \
                and (_chained(text, left, m.start(), m.group(0)) or not has_function_word(text[left:m.start()])
                     or gazetteer().lookup(text[left:m.start()]) is not None) \
                and _core_fits(text, left, m.start(), m.group(0)) \
                and not (AREA.fullmatch(m.group(0)) and _a_kind(text, left, m.start())):
            out.append(Mention("PLACE", name, left, m.end(), name))
    return out


_COUNTS = "两二三四五六七八九十"


def _function_lead(stem: str) -> int:
    """The length of a conjunction, preposition or adverb (而, 以) or a verb of the commonest (位于)
    that opens a place's stem as jieba cuts it, before a place's name (九江), else 0."""
    first = jieba_cut(stem)[0]
    tag, freq = jieba_words().get(first, ("", 0))
    rest = stem[len(first):]
    return len(first) if rest and (tag in ("c", "p", "d") and freq >= 1000 or tag == "v" and freq >= 10000) \
        and (gazetteer().lookup(rest) is not None or jieba_tags().get(rest) == "ns") else 0


def _sharing_a_level(text: str, start: int, left: int, at: int, level: str) -> list[Mention]:
    """The towns of a list that share one level word after a count (甲山、乙平两镇; 甲、乙两乡):
    each item is a town of that level, named with it."""
    items = [(left, at)]
    while (first := items[0][0]) - 3 >= start and text[first - 1] == "、":
        item_left = _left_edge(text, start, first - 1)
        if not 2 <= first - 1 - item_left <= 4 or has_function_word(text[item_left:first - 1]):
            break
        items.insert(0, (item_left, first - 1))
    if len(items) < 2 or has_function_word(text[left:at]):
        return []
    return [Mention("PLACE", text[s:e], s, e, text[s:e] + level) for s, e in items]


_KIND_TAGS = frozenset("n b l v vn p m d u f a".split())


def _a_kind(text: str, left: int, at: int) -> bool:
    """Whether an area's name opens on an ordinary word (产业新区, 生态文明先行示范区, 南部新区):
    a kind of area, not one a place names (兰州新区, 毕节试验区, 六盘山片区)."""
    spans = division_spans(text, left, at + 2)
    if any(e > at for _, e, _ in spans):
        return True  # 上海浦东新区: a division, found as such
    if any(s == left for s, _, _ in spans):
        return False
    if not word_starts_at(text, left) or has_function_word(text[left:at]) or text[left] in "一二三四五六七八九十两" \
            or text.startswith(("自贸", "综保", "保税"), left):
        return True  # 三大片区; 自贸片区: a kind of zone's area, no name
    first = jieba_cut(text[left:at])[0]
    return len(first) > 1 and jieba_tags().get(first) in _KIND_TAGS


def _chained(text: str, left: int, at: int, kind: str) -> bool:
    """Whether a town or village stands right after the division it lies in (某镇下营村, 某县四亩地镇)
    or after another of its kind in a list (某村、团结村): its name then, though a word
    (下营, 团结)."""
    if kind not in ("镇", "乡", "村", "街道"):
        return False
    before = text[max(0, left - 3):left]
    if kind in text[left:at]:
        return False  # 某镇下营村农村危房: the village ends at its own 村
    if before.endswith("、"):
        return before[:-1].endswith(kind)  # 联建村、团结村
    if kind != "村" and before[-1:] in ("镇", "乡"):
        return False  # 某镇召集镇干部: no town lies in a town (a village does: 某镇下营村)
    return before[-1:] in ("镇", "乡", "县", "区") and not before.endswith(("城乡", "全县", "全区", "各县", "各区", "本乡", "本镇"))


CREDITED = re.compile(r"(?:作者|撰稿|编辑|责编|记者|通讯员|核稿|审核|摄影|供稿)\s*[::]?\s*$")


def _core_fits(text: str, left: int, at: int, kind: str) -> bool:
    """A town's, village's or community's own name is up to four characters after the
    divisions it lies in (某县某镇), a sumu's or gacha's up to six (their Mongolian names, 某某某苏木),
    an ethnic township's up to eight (某某苗族乡): a longer run
    before 镇, 村 is a phrase (村书记就本村, 充分认识城乡). Sites (纪念馆, 公园) are not held to it."""
    if kind not in ("镇", "乡", "村", "社区", "街道", "苏木", "嘎查", "嘎查村"):
        return True
    for s, e, _ in division_spans(text, left, at):
        if s == left:
            left = e
    return at - left <= (8 if text.endswith("族", left, at) else 6 if kind.startswith(("苏木", "嘎查")) else 4)


# Sites of the genre: a meeting's venue (在人民大会堂举行) and the stops of a tour
# (先后到甲园、乙路、丙医院等地), written as in the text.
_VENUE = re.compile(r"在(?P<v>[\u4e00-\u9fff()]{2,14}?)(?:[大小中一二三四五六七八九十\d]{0,3}号?(?:多功能厅|会议室|报告厅|礼堂|会场)|大厅)?(?:隆重)?"
                    r"(?:举行|召开|开幕|闭幕|举办)")
_TOUR_VERB = (r"(?=[到抵赴深来走前视参察查考])"  # the verbs' first characters: other positions fail at once
              r"(?:(?:到达|抵达|到|赴|深入|来到|走进|前往|视察|参观|察看|查看|考察)了?)+(?![组团队])")  # 参观考察了; not 考察组
_TOUR = re.compile(_TOUR_VERB + r"(?P<list>[^,。;:!?“”《》\n]{2,80}?)"
                   r"等(?:[\d一二三四五六七八九十两几多]+个)?(?:地|处|项目|重点项目|点位|现场)")
# a tour's stops listed to the clause's end, no 等 closing them: only those a site's word ends
_TOUR_TO_END = re.compile(_TOUR_VERB + r"(?P<list>[^,。;:!?“”《》\n]{3,80}?)(?=[,。;:])")
# a stop opening its clause: 在某某纪念馆,党员们…
_AT_SITE = re.compile(r"(?=[在来走])(?:^|(?<=[。;,:\n]))(?:在|来到|走进)(?P<list>[^,。;:!?“”《》\n、]{3,16}?)(?=[,,])")
_SITE_WORD = re.compile(r"(?:(?<![幼儿花])园|(?<![使事])馆|博物院|书院|基地|遗址|故居|景区|湿地|水库|大桥|广场|机场|电站|"
                        r"农贸市场|(?:会议|会展|展示|展览|体育)中心)")
_NOT_SITE = re.compile(r"委|政府|政协|人大|部分|有关|相关|其他|^会议中心$|会议(?!中心)|大会$|党组|本|该|各|全|我|此|这|[\d]|^(?:市|县|区|省|镇|乡)$")
_NATIONAL_VENUE = re.compile(r"人民大会堂|全国|国家|中央")  # named by themselves: 北京人民大会堂 is 人民大会堂
_SITE_TAIL = re.compile(r"(?:建设|提升|改造|迁建|施工|现场|项目|工地|情况)+$")
_STOP_AFTER_SITE = re.compile(r"——|实地|调研|考察|察看|查看|参观|了解|听取|走访|观看|感受|学习")


def _site_in(item: str) -> str:
    """The site a tour's stop names: up to its last site's word (某某产业园区 → 某某产业园,
    某某会展中心实地走访 → 某某会展中心, 某某故居陈列馆), or nothing. A kind of site (图书馆,
    校史馆: a word of jieba's dictionary) names none."""
    item = _STOP_AFTER_SITE.split(item)[0]
    ends = list(_SITE_WORD.finditer(item))
    if not ends or "等" in item:
        return ""
    name = item[:ends[-1].end()]
    return "" if jieba_tags().get(name) else name


def find_sites(text: str, start: int, end: int) -> list[Mention]:
    """Venues of meetings and the stops of a tour, as written (人民大会堂, 某某物流园)."""
    out = []
    spans = [(m.start("v"), m.end("v")) for m in _VENUE.finditer(text, start, end)]
    for m in _TOUR.finditer(text, start, end):
        pos = m.start("list")
        for item in m["list"].split("、"):
            spans.append((pos, pos + len(_SITE_TAIL.sub("", item))))
            pos += len(item) + 1
    for m in list(_TOUR_TO_END.finditer(text, start, end)) + list(_AT_SITE.finditer(text, start, end)):
        pos = m.start("list")
        for item in re.split("[、和及]", m["list"]):
            if site := _site_in(item):
                spans.append((pos, pos + len(site)))
            pos += len(item) + 1
    for start_at, stop in sorted(set(spans)):
        at = start_at
        for s, e, _ in division_spans(text, at, stop):  # 在北京人民大会堂: the site after its city
            if s == at:
                at = e
        name = text[at:stop]
        if _is_site(name):
            if not _NATIONAL_VENUE.match(name):
                at = start_at  # 广西人民会堂, 荆州某某会议中心: the division is part of the site's name
            out.append(Mention("PLACE", text[at:stop], at, stop, text[at:stop]))
    return out


# A school's campus, named by its quarter or street (城关校区, 卫津路校区, 新校区) after the school,
# 我校, or a verb of going: a site, whatever division its name shares (城关区).
_CAMPUS = re.compile(r"(?:(?<=大学|学院|我校)|(?<=[在到赴的,、\n]))(?![在到赴的])(?P<c>新|[\u4e00-\u9fff]{2,3}?)校区(?!建设|规划|管理)")


def find_campuses(text: str, start: int, end: int) -> list[Mention]:
    """Campuses a page names (兰州大学城关校区 → 城关校区)."""
    return [Mention("PLACE", m.group(0), m.start(), m.end(), m.group(0)) for m in _CAMPUS.finditer(text, start, end)
            if not has_function_word(m["c"])]


def _is_site(name: str) -> bool:
    """A named site: not a division (those are found as such), body, unit or phrase."""
    return 3 <= len(name) <= 16 and not _NOT_SITE.search(name) and not has_function_word(name) \
        and not name.endswith(("公司", "集团", "企业", "单位", "部门", "楼", "室")) \
        and gazetteer().resolve(name) is None and not any(c in name for c in "在到赴") \
        and not _LOCAL.search(name)  # 某镇某村: towns and villages are found as such




def town_named(text: str, start: int, end: int, level: str, before: int | None = None) -> str | None:
    """The one town (镇), township (乡), street (街道) or development zone (level `ZONE`) an
    article names, if it names one only: what 镇党委, 镇长 or 党工委 with no name refers to.
    Given `before` (where 该镇党委 stands), the last one named before it, however many."""
    ends = _ZONE_END.search if level == "ZONE" else lambda key: key.endswith(level)
    named = [m for m in find_local_places(text, start, end) if ends(m.key) and len(m.key) > len(level) + 1]
    if before is not None:
        return next((m.key for m in reversed(named) if m.end <= before), None)
    towns = {m.key for m in named}
    return towns.pop() if len(towns) == 1 else None
