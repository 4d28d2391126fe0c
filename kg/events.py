"""Events: meetings, inspections, research trips, trainings and activities, per sentence.

Frames over typed spans. An article is read sentence by sentence; a *frame* (its words in
`kg/data/frames.tsv`, event nouns in `event_nouns.tsv`) finds an event:

- `held`: a body or person holds a named event: `X召开/举行/举办/开展 …会议`, `召开常委(扩大)会`;
- `passive`: `…会议(于D)(在P)召开/举行/开幕`, `…书记会于3月30日在X召开`;
- `led`: a person (or body) leads a group on a trip: `X率(领)调研组/检查组…调研`, `X带领…视察`;
- `went`: a person goes on one: `X深入/到/赴…调研`, `X一行到…检查`, `X对…进行调研`,
  `X走访看望…`, `X会见…`;
- `toured`: a leader's tour, cited (`X总书记在Y考察时的讲话精神`, `来Y视察的讲话精神`, `自…视察Y以来`:
  undated) or told, and a report heard that is cited (`在听取Y工作汇报时的重要讲话`: a meeting);
- `cited`: a meeting whose spirit is studied, with its date (`传达学习7月30日中央政治局会议精神`);
- `spoke`: a meeting someone spoke at, where no other frame names it (`X在县政府全体会议上强调`,
  `在9月11日召开的座谈会上`).

Then the spans around it give the event its parts. The **holder** is the body the event's
name opens with (`市政协党组(扩大)会议`, `九届州委常委会第N次会议`, `省十三届人大…`; a place's
congress is the body it elects, `某县妇女第N次代表大会` → `某县妇联`), else the first organizer
(`由A、B联合举办`, `A、B召开`), else the county or city that names it (`某县2015年…培训班`), else the
subject nearest the verb in its clause (a body; a person, for the body of their chief post;
`X镇召开…` → the town's 党委; `学校召开…` the unit the page names, else as written; whom a
person leads is no subject), else the body of the leader's chief post (`县委副书记、县长X…调研`
→ the government), else the article's body, never its outlet. A sub-body's meeting is held
by its committee (a unit's `党委…` meeting by its 党委); a congress's standing committee and
every central body hold their own.
**Leaders** are named before 主持/带队/带领/率 or made heads of its delegation (`以X为团长`),
on until the next event (`会议由X主持`, `X主持会议` paragraphs later); a party on a trip
(`A,B等一行`) is led by its first name; **attendees** before 出席/参加 in the event's paragraph.
The **date** is the first date of the sentence (or the one right after a passive name:
`…会议2月18日在长沙举行`), or a day told against the page's date (`4日上午`, `今天`), else one
carried from a sentence that opens with a date, else the article lead's (unless a span of
time, `3月中旬至今`, came between). A meeting announced (`会议决定,…举行`) takes no later
chair; an event restated (a list recalling a trip, a group without its leader) is one event; an article
naming no event of its own gets its lead's from who went along, attended or chaired (`X一同督导`,
`X出席启动会议`, `X主持会议`: a 会议 of the chair's body). Documents reviewed (`审议了《…》`) are kept with the event; a meeting
named in a document's title, tasks set (`会议要求,要…开展…`) and 组织部/党组织 are no events.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from .gazetteer import gazetteer, pressed
from .lexicon import has_function_word, table
from .model import Event, Mention, Position, SpanIndex
from .orgs import PLACE_PARTY, named_unit, outlets, parent_org, ref_stands_alone
from .places import CREDITED, ZONE, find_local_places, town_named
from .patterns import division_spans, event_nouns, finditer_needing, national_bodies, title_re, trie_pattern
from .people import HONORIFICS
from .dates import AddressDate, real_day
from .segment import DATE
from .titles import body_kind, place_of

_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")
_LEAD = re.compile(r"(?:[二两三四五六七八九十]?同志|院士|教授)?于?(?:\d{1,2}月\d{1,2}日)?(?:(?:[上下]午|晚上?)、?)*(?:受[^,。;]{2,30}?委托,?|代表(?!大会|团)[^,。;向对在]{2,16}?(?=主持|召集|召开))?"  # 某某1月11日上午主持, 某某受…委托主持, 某某代表某委主持
                   r"(?:还|也|亲自|先后|专门|同时|分别|共同|随即|即|又)?(?:[一二三四五六七八九十两\d]次)?(?:主持|带队|带领(?!与会|参会|大家|全体)|率队|率领|率|的带领下|的主持下|领衔|召集|(?:组织)?召开"
                   r"|组织(?![部处科委])(?=[^,。;:!?]{2,60}?(?:召开|举行)[^,。;:!?]{0,30}?会))"  # X组织某某、某某召开某会
                   r"|(?:同志)?(?:出席|参加)(?:会议|活动)?并主持"  # 在X的带领下; X出席会议并主持
                   r"|(?:为|担?任)[^,。;]{0,10}?(?<!副)(?:团长|组长)")  # 以X为团长, 以A、B为第二分团团长, X任组长
# The days a report names against its own date: 今天, 今早 (this morning), 昨晚 (last night), 前天.
_NAMED_DAYS = "今天|今日|今早|今晨|今晚|昨天|昨日|昨晚|前天"
_DAY_BEFORE_LEAD = re.compile(rf"(?:{_NAMED_DAYS}|当天|当日)(?:[上下]午|晚上?)?")
_WHERE_BEFORE_LEAD = re.compile(r"(?:在|赴|到|来到|前往)(?:(?!主持|的|向|对)[\u4e00-\u9fff\d]){1,16}?(?=主持|带队|带领|率领|组织召开|召开)")  # 在区会议中心3号会议室主持, 赴某区主持; not 在贺词中向大会的成功召开
# 甲,乙等市领导,分别带队…: a list closed by who they are, each of them leading
_SEVERAL_END = re.compile(r"(?:同志)?等(?:[省市县区镇乡]|有关|相关)?(?:领导同志|领导|负责同志|同志)?,?(?=分别|共同)")
# 出席会议的有甲、乙,丙: those the clause lists after saying who attended
_ATTENDING_ARE = re.compile(r"(?:出席|参加|列席)(?:会议|大会|活动|会见|座谈会?)?的(?:领导|人员|同志|嘉宾|还)*有[::]?[^。;!?]*$")
# 甲、乙等(县领导)出席; 甲及相关部门负责人陪同: who else came, after the names
_ETC = re.compile(r"(?:同志)?(?:等(?:[省市县区镇乡旗]|有关|相关|其他)?(?:领导同志|领导|负责同志|同志|人)?"
                  r"|及(?:相关|有关)?[^,。;:!?、]{0,12}?(?:负责人|负责同志|工作人员|人员|干部))")
_ATTEND = re.compile(r"(?:同志)?(?:先后|亲自|还|也|应邀|一同|全程)?(?:出席|参加|列席|陪同)")
_DIRECTIVE = re.compile(r"(?:^|[,:]|[一二三四五六七八九十]是)要|要求|强调|指出|提出|表示|希望|建议|常态化|积极|坚持|(?<!即)将(?!至)"  # 即将来临之际, 春节将至: a time
                        r"|(?<![\u4e00-\u9fff])(?:通过|利用|依托)|(?<=要)(?:通过|利用|依托)")  # not 煤炭清洁高效利用: a noun
_BODY = re.compile(r"政协|委|政府|人大|党组|支部|总支|集团|公司|大学|学院|理事会|协会|学会|商会|联合会|工商联|妇联|残联|科协|文联|侨联|台联|工会|红十字会|局|厅|办|指挥部|领导小组|联席会议|部|检察院|法院|代表团")
_EVENT_NAME_START = re.compile(r"^.*(?:开展了?|进行了?|(?<!党)组织(?=开展|召开|举办)|——|宣布|(?:会议|大会)?决定|[收观]看了?)(?=.)"  # 收看某大会: that meeting
                               r"|^在[^,。;在]{2,16}?(?:声|氛围)中"  # 在嘹亮的国歌声中…: how, not the name
                               r"|^[^,。;]{2,40}?(?:氛围|气氛)的"  # 洋溢着团结民主氛围的某会议: how it went
                               r"|^[^(]*\)\s*"  # (文/图某部 甲/乙)某会议: the end of a credit
                               r"|^[^()]*?\d{1,2}日[电讯]\s*(?:\([^()]*\))?\s*"  # …成都1月10日电 (甲 乙)某会议: a wire's dateline
                               r"|^【[^】]{1,12}】|^[^|]{2,8}\|"  # 【聚焦两会】, 聚焦两会|: a headline's column
                               r"|^(?:[^\s\d,。;()()]{4,16}(?<![网报讯台电])[ \u3000]+)+(?=[\u4e00-\u9fff])"  # 续写山水情 某县…会议: a kicker
                               r"|^.*\([^)]{0,16}?(?:记者|通讯员|实习记者|实习生)[^)]*\)\s*")  # 某融媒体中心(记者 某某): a credit
_DOCS = re.compile(r"审议(?:通过)?了?((?:《[^》]{2,80}》[和、及]?)+)")
_NUM = r"[十百零〇一二三四五六七八九\d]+"
_TERM_ONLY = re.compile(rf"第?{_NUM}届")
# A body named by its level alone, as the genre writes it inside event names and subjects:
# 市政协, 县委, 区纪委监委, with a term between (省十三届人大, 九届州委, 十一届省政协).
_SHORT_BODY = re.compile(  # (?=[…]): the characters a match opens with (a term's, a level's)
    rf"(?=[第十百零〇一二三四五六七八九\d省市县区州旗盟])(?<![全各本该每我省市县区乡镇])(?:第?{_NUM}届)?(?P<level>省|市|县|区|州|旗|盟)(?:第?{_NUM}届)?"
    rf"(?P<body>人大常委会|人民政府|政府|纪委监委|纪委|监委|政协|人大|委(?!员))"
)
# 政协第十三届广东省委员会: a CPPCC committee named with its term.
_TERM_CPPCC = re.compile(rf"政协(?:第?{_NUM}届(?P<place>[\u4e00-\u9fff]{{2,10}}?)|(?P<place2>[\u4e00-\u9fff]{{2,10}}?)第?{_NUM}届)委员会")
# 江油市第十八届人民代表大会: a people's congress named with its term.
_TERM_CONGRESS = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{1,10}}?[省市县区州旗镇乡])第?{_NUM}届(?:人民代表大会|人大)(?!常)")


@cache
def _place_congress() -> tuple[re.Pattern, dict[tuple[str, str], str]]:
    """Congresses of a place's party, Youth League, unions, women's federation … (data file
    `congress_bodies.tsv`), and the body each is held by; a unit's party congress is the unit's."""
    rows = table("congress_bodies.tsv")
    bodies = {(form, word): body for form, word, body in rows}
    before = "|".join(sorted((w for f, w, _ in rows if f == "before"), key=len, reverse=True))
    after = "|".join(sorted((w for f, w, _ in rows if f == "after"), key=len, reverse=True))
    # a mass organisation's congress named without its place is the locality's (兴山区召开第六次妇女代表大会);
    # not a party's or a union's, which may be a unit's
    of_place = "|".join(sorted((w for f, w, _ in rows if f == "after" and w not in ("党", "工会")), key=len, reverse=True))
    place = r"[\u4e00-\u9fff]{0,10}?[省市县区州旗盟]"
    return re.compile(
        rf"(?P<before>{before})(?P<place>{place})第?{_NUM}次(?:代表大会|代会)"
        rf"|(?:中国共产党|中共)(?P<unit>(?:(?!中共|委员会|出席)[\u4e00-\u9fff]){{2,20}}?(?:大学|学院|学校|医院|公司|集团))第?{_NUM}次(?:代表大会|代会)"
        rf"|(?P<place2>{place})(?:第?{_NUM}次)?(?P<after>{after})(?:第?{_NUM}次)?(?:代表大会|代会)"
        rf"|第{_NUM}次(?P<local>{of_place})代表大会"
        rf"|(?<=[镇乡])(?P<town_of>{of_place})第?{_NUM}次代表大会"), bodies  # 某镇妇女第一次代表大会: the town's


# A town's or a school's own party congress, named by the word the page uses for itself.
_OWN_CONGRESS = re.compile(rf"(?:[我本全](?P<level>镇|乡)|(?<![\u4e00-\u9fff])我?校)第{_NUM}次(?:党代会|党员代表大会)")
# A town or street office as the subject of a meeting is its party committee.
_MANNER = "(?:隆重|胜利|顺利|正式|专门|再次|紧急|集中|迅速|及时|立即|随即|第一时间|相继|先后|同步|分别)"  # 某镇隆重召开…: how, between the holder and its verb
_TOWN_SUBJECT = re.compile(r"(?:^|(?<=[,:。!?;\n]))(?:[上下]午|晚上?)?(?:[\u4e00-\u9fff]{1,6}?[县市区旗](?=[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)))?"  # 某县文港镇召开
                           r"(?:这是|此次?是)?(?P<town>(?![全各本该我在到赴于这此是])(?:(?![到赴])[\u4e00-\u9fff]){1,4}?(?:[\u4e00-\u9fff]{1,4}?族)?(?P<kind>镇|乡|街道))"  # 某土家族乡
                           r"(?:党政)?(?:领导)?(?:班子)?(?:成员)?"  # 某街道党政领导班子组织…: its leaders for it
                           rf"(?=(?:[在于从][^,。;]{{1,20}}?)?(?:就[^,。;:!?]{{1,60}}?)?{_MANNER}?(?:召开|举行|举办|组织|开展))")  # 某镇于10月15、16日召开, 某街道就…召开, 某镇从9月27日起开展…
# A town's leaders, by no name, leading its trip (某镇主要领导带队开展督查, 某镇由党委书记带队,…巡查).
_TOWN_LEADS = re.compile(r"(?:^|(?<=[,:。!?;\n]))(?:[上下]午|晚上?)?(?P<town>(?![全各本该我在到赴于这此是])[\u4e00-\u9fff]{1,4}?(?P<kind>镇|乡|街道))"
                         r"由?(?:党委|党工委)?(?:主要领导|主要负责人|书记)(?:亲自)?(?=带队|带领|率队|率领)")


def _town_leads(text: str, lo: int, hi: int) -> str | None:
    """某镇主要领导带队开展督查, 某镇由党委书记带队,组织…巡查: a trip a town's leaders lead by no
    name is the town's party committee's."""
    lead = _TOWN_LEADS.search(text, lo, hi)
    return lead["town"] + ("党工委" if lead["kind"] == "街道" else "党委") if lead else None


# A development zone's own meeting (某经济开发区召开…), held by its 党工委 as a street's is.
_ZONE_SUBJECT = re.compile(r"(?:^|(?<=[,:。!?;\n]))(?:[上下]午|晚上?)?(?:[\u4e00-\u9fff]{2,3}省)?(?:国家级|省级)?"
                           rf"(?P<zone>(?![全各本该我在到赴于])[\u4e00-\u9fff]{{0,6}}?(?:{ZONE}))"
                           rf"(?=(?:在[^,。;]{{1,20}}?)?{_MANNER}?(?:召开|举行|举办|组织))")
# A unit named by its kind alone (学校召开…, 我校在…召开…, 集团召开…) holds its meeting, as written.
_UNIT_WORDS = "学校|我校|全校|集团公司|集团|公司|学院|我院|医院"
_UNIT_OPENS = re.compile(rf"(?P<unit>{_UNIT_WORDS})(?![\u4e00-\u9fff]{{0,2}}(?:学院|公司))")  # 集团某培训班在…开班
_UNIT_SUBJECT = re.compile(rf"(?:^|(?<=[,:。!?;\n]))(?:[上下]午|晚上?)?(?P<unit>{_UNIT_WORDS})"
                           rf"(?=(?:在[^,。;]{{1,20}}?)?{_MANNER}?(?:召开|举行|举办|组织))")
# A name ending in 会 is a meeting (书记会, 部署会) unless 会 ends a body's name (常委会, 协会).
_BARE_HUI = "会" + "".join(f"(?<!{w})" for w in ("常委会", "委员会", "协会", "学会", "商会", "联合会", "总会", "分会",
                                                 "理事会", "管委会", "居委会", "村委会", "工委会", "社会", "机会", "参会", "与会", "开会",
                                                 "省委会", "市委会", "县委会", "区委会", "安委会", "工会", "红十字会", "促进会",
                                                 "研究会", "基金会", "学生会"))
_MUST = re.compile(r"(?<![主重需纪摘提])要(?![求点闻务])")  # 机关要组织明察暗访: a task
_TASK = re.compile(r"(?:开展|召开|举办|举行|组织|搞)好")  # 开展好“某某”活动, 就开展好执法检查作部署: a task set
_NUMBERED_TASK = re.compile(r"\s*[一二三四五六七八九十]是(?:要|扎实|认真|深入|切实|持续|积极|广泛|大力|全面)")  # 二是扎实开展专题宣讲: a point of a speech
_ALONG = re.compile(r"(?:(?:陪同|一同|一起)(?:参加)?|参加)(?P<noun>调研|督导|督查|视察|检查|考察)")
_DATELINE = re.compile(r"^(?:本[报站网][\u4e00-\u9fff]{0,8}?讯|[\u4e00-\u9fff·]{1,16}?(?:[社报台网]|在线|客户端)\s?[\u4e00-\u9fff\d]{0,12}?(?:[电讯]|消息[::]?|报道))?\s*"
                       r"(?:\([^)]*\))?\s*")  # 本站讯(通讯员 X) before a passive meeting's name
_OPENS_CLAUSE = re.compile(r"(?:[至—-](?:\d{1,2}月)?\d{1,2}日)?(?:\((?:星期|周)[一二三四五六日天]\))?(?:[上下]午|晚上?)?(?:开始|起)?,")
# 在Y考察时的重要讲话(精神): a tour cited for what was said there (not 在Y调研时强调: the tour told)
_ASIDE = re.compile(r"\([^)]{1,8}\)")
_RELAYED = re.compile(r"传达|学习|贯彻|落实|观看|收看")  # 传达了某书记到我区调研时的指示精神: a trip cited
_ATTEND_WORD = re.compile(r"出席|参加|列席|陪同|观摩|旁听")
_CITED = re.compile(r"[^,。;、]{0,48}?(?:讲话|指示|批示|精神|的新闻|的视频|的报道)")  # 观看了书记到某校慰问教师的新闻视频: a trip watched
_ANNOUNCED = re.compile(r"决定|定于|将于|拟于|将在")
_TO_COME = re.compile(r"(?:明年|来年|下一?年|年内|近期|即将|将要?)(?:召开|举行|举办)的?[^,。;:!?]{0,8}$")
_ANNOUNCED_ON = re.compile(rf"(?:(?:决定|定|将|拟)于|决定,?){DATE.pattern}")  # 会议决定(于)1月26日召开…: a day to come
_CALLS = ("会见", "会晤", "拜会", "接见")
_RECEIVES = ("会见", "会晤", "接见")  # a host's calls: who receives a visitor
_SEVERAL_HOSTS = re.compile(r"分别(?:亲自|亲切)?$")  # 甲、乙分别会见: each receives, no one call
_LEAD_DATE = re.compile(rf"^[\s\u3000■□●◆▲★]*(?:据[^,。;\n]{{2,30}}?(?:报道|消息),)?"
                        rf"(?:【?[\u4e00-\u9fff]{{1,12}}?讯】?\s*(?:\([^)\n]{{0,30}}\)\s*)?)?"  # 本报讯(记者 某某)12月2日, 【本报讯】12月7日,
                        rf"{DATE.pattern}(?=[^,。;\n]{{0,10}},)")
# A span of time, not a day: `3月中旬至今`, `今年以来`, `近年来`.
_SPAN_OF_TIME = re.compile(r"(?=[\d至以])(?:\d{1,2}月(?:上旬|中旬|下旬|初|底)|至今|以来)")
# A day without its month (`4日上午,`) or a day named (`今天下午`), before what happened then.
_SAME_DAY = re.compile(r"\s*(?:当天|当日|同日|同一天|是日)")
_DAY_NEXT = r"(?:[上下]午|晚上?|早上)?(?:,|在|召开|举行|举办|上午|下午|赴|到|前往|来到|主持)"  # 21日赴某地考察, 今天主持召开
_RELATIVE_DAY = re.compile(rf"(?:(?<![\d月号日年])(?P<d>[1-3]?\d)日(?:[至—-][1-3]?\d日)?(?={_DAY_NEXT})"  # 15日至17日, a range: its first day
                           rf"|(?P<rel>{_NAMED_DAYS})(?={_DAY_NEXT}|(?:[上下]午|晚上?)?(?:开幕|闭幕)))")  # 某会议今早开幕


@cache
def _frames() -> dict[str, list[str]]:
    """Frame name → its words (verbs before the name, verbs after it, nouns of trips)."""
    out: dict[str, list[str]] = {}
    for slot, words in table("frames.tsv"):
        out[slot] = sorted(words.split(), key=len, reverse=True)
    return out


def _alt(slot: str) -> str:
    return "|".join(_frames()[slot])


_STUDY_HELD = "进行(?=(?:集中|专题|集体)学习)"  # 中心组进行集中学习: a study session held
_ORGANISATION_NOUN = "(?<=组织)(?:系统|建设|工作|关系|振兴|人事)"  # 组织系统推进会, 妇联组织建设推进会: 组织 a noun, no verb




_NAME_MAX = 40  # how far a passive frame's name (某座谈会, 某县第十届人大第二次会议) runs before its noun


@cache
def _passive_parts() -> tuple[str, str]:
    """The passive frame (某会议在某地召开) after its name's opening characters: the noun that
    ends the name (with a closing quote or a bracketed part), then what follows it up to the verb."""
    noun = trie_pattern(event_nouns(), guard=True)
    hui = _BARE_HUI
    return (
        rf"(?P<noun>{noun}|{hui}|(?<=[届次])常委(?:\(扩大\))?会)”?"  # 九届十五次常委会召开, “某培训班”于…开学
        r"(?:\((?!星期|周|记者|通讯员)[^()。,;]{1,12}\))?",  # 某座谈会(陕南片区)在某地召开: a part of the meeting's name
        rf"(?:的?各项准备工作(?:[已经全部基本]|进展顺利){{0,4}}(?:就绪|完成|到位),)?"  # 某会议各项准备工作已经就绪,将于1月26日开幕
        rf"(?:在?(?:圆满)?完成(?:了)?各项议程后?,)?"  # 某会议(在)圆满完成各项议程(后),1月7日下午在某地闭幕
        rf"(?:,(?=(?:将|拟|定)于))?"  # 会议决定某会议,定于1月25日召开
        rf"(?:(?:将|拟|定)?于?(?:(?P<pdate>{DATE.pattern})|(?<!\d)(?P<pday>[1-3]?\d)日)(?:[至—-](?:\d{{1,2}}月)?\d{{1,2}}日)?"  # 1月8日至11日
        rf"(?:\((?:星期|周)[一二三四五六日天]\))?(?:[上下]午|晚上?)?(?:\d{{1,2}}(?:时|点)(?:\d{{1,2}}分|半)?)?)?"  # (星期三), 下午3时
        rf"(?:(?:{_NAMED_DAYS})(?:[上下]午|晚上?)?)?"  # 昨日下午在某地闭幕, 今早开幕
        rf"(?:(?:圆满|顺利)?完成(?:了)?(?:大会|会议)?的?(?:预定)?(?:各项|全部)(?:预定)?议程(?:和[\u4e00-\u9fff]{{2,8}}?)?(?:后)?,?(?:顺畅(?=落幕))?)?"  # 某会议圆满完成各项议程后,在某地胜利闭幕; 完成了各项议程和推举使命,顺畅落幕
        rf"(?:,?在[^,。;:!?]{{1,24}}?)?"  # 某会议,在某大剧院开幕: a comma before the venue
        rf"(?:以[^,。;:!?]{{1,12}}?(?:形式|方式))?"  # 某会议以视频会形式召开: how
        rf"(?:(?:先后|相继|分别)?(?:{_alt('held_after')})|(?:(?<=次全体会议)|(?<=次会议))(?=选举[^,。;:、]{{2,8}}?为))(?!形式|方式|情况|模式|经验|工作|式|(?<=幕)会|(?:\d{{4}}年)?第[一二三四五六七八九十\d]+次|的(?:基本)?情况|的(?:重要)?意义|之?前|前夕|之际)"  # 座谈会举办形式, 开幕式, 开幕会, 党代会召开的基本情况: a noun phrase
    )


@cache
def _passive_tail() -> re.Pattern:
    """The passive frame from its noun on (`_finditer`)."""
    return re.compile("".join(_passive_parts()))


@cache
def _triggers() -> tuple[re.Pattern, ...]:
    """The frames' patterns, tried in this order; a later frame yields to an earlier one."""
    noun = trie_pattern(event_nouns(), guard=True)  # tried at each step of a lazy name
    meeting = trie_pattern([w for w, kind in event_nouns().items() if kind == "meeting"])
    trip = _alt("trip_noun")
    hui = _BARE_HUI
    where = r"(?:《[^》\n]{1,40}》|“[^”\n]{1,40}”|[^,。;:!?“”《》])"  # 对《某条例》贯彻实施情况进行执法检查
    held = re.compile(
        rf"(?<!选)(?:{_alt('held_verb')}|{_STUDY_HELD})了?(?!并|情况|{_ORGANISATION_NOUN})(?P<name>(?:“[^”]{{0,40}}”|[^,。;:!?“]|“(?=[^”\n]{{2,40}}?会议?”)){{0,40}}?(?P<noun>{noun}|(?:{hui}|常委(?:\(扩大\))?会)(?=[,。;、暨]|$))(?!员|(?<=考察)新?(?:社员|会员|党员)|(?<=会)代表(?!团)|{meeting}|的[^,。;:!?“]{{0,20}}?(?:{meeting})|(?<=活动)[^,。;:!?“并和与及]{{1,16}}?(?:{meeting}))"  # 组织和广大会员, 开展人民代表大会代表选举: members; 调研座谈会: the meeting; 选举办法: no 举办; 召开并…: the one told; 召开大会的筹备会议: the meeting
        rf"(?:(?:\d{{4}}年)?第[一二三四五六七八九十\d]{{1,3}}次(?:全体|月度|季度)?(?:工作)?(?:\(扩大\))?会议)?)"  # 召开某县第十六届人民代表大会第四次会议, 某联席会议2025年第一次会议
        rf"(?!(?!并)[\u4e00-\u9fff]{{0,6}}(?:精神|时|上|中|讲话|指示)|的?(?:开展)?情况|(?:第[一二三四五六七八九十\d]{{1,3}}次(?:全体)?(?:\(扩大\))?会议)?{meeting})")  # 召开总书记考察某省重要讲话精神培训会; 开展…活动情况: a report; 某大会第五次会议新闻发布会: the briefing
    passive_noun, passive_rest = _passive_parts()
    passive = re.compile(rf"(?P<name>[^,。;:!?]{{2,{_NAME_MAX}}}?{passive_noun}){passive_rest}")
    led = re.compile(
        rf"(?P<lverb>{_alt('led_verb')}|率(?=(?:“[^”]{{0,40}}”|[^,。;]){{0,60}}?(?:[组团队]|委员|代表|干部|人员|负责))"
        rf"|(?<=[\u4e00-\u9fff])带(?=[^,。;:!?带]{{0,6}}?(?:[组团](?!织|成)|队(?!伍))))"  # 甲带调研组考察…: 带 for 带领, before the group
        rf"[^。;]{{0,80}}?(?<!对照)(?P<noun>{trip})(?!委员会|组)")  # 纪律检查委员会: a body; 检查组: the group, its trip told after; 对照检查: a self-examination
    went = re.compile(
        rf"(?P<gverb>{_alt('went_verb')}){where}{{1,40}}?(?:,(?:就|围绕|对){where}{{1,40}}?|,并?(?=(?:看望)?(?:进行|开展)?(?:专题|实地)?(?:{trip}))|,(?=(?:实地)?(?:查看|察看|参观)))?"  # 来到某乡,调研…; 到某区开展巡河工作,并调研…; 前往某园区,(实地)查看…
        rf"(?:看望(?={trip}))?(?:进行|开展)?(?:专题|实地)?(?:“[^”]{{0,6}}?)?(?<!对照)(?<!到会)(?P<noun>{trip}|(?:(?<=,实地)|(?<=,))(?:查看|察看|参观))(?!情况|材料|结果|报告|意见|反馈|问题|作出|做出|组(?!织)|办(?![理法好])|局)"  # 对检查情况进行通报: a report; 对市招商办的工作: a body
        rf"|(?<!团)(?P<wverb>{_alt('call_verb')})"  # 团拜会: a gathering, no call
        rf"|(?<=[\u4e00-\u9fff])(?P<talk>与[^,。;:!?与]{{2,40}}?(?:一行(?:(?:举行|进行)了?)?|(?P<tnamed>(?:举行|进行)了?))(?:工作|交流)?(?:座谈|会谈)(?:交流)?)(?!会)"  # 甲与某集团董事长乙一行(举行工作)座谈, 甲与某公司总经理乙举行座谈: 甲 hosts the talks
        rf"|(?<=[\u4e00-\u9fff])(?<!对照)(?P<bverb>调研|视察|考察|督导|督查|检查|访问)(?=[\u4e00-\u9fff“])(?![组团员委站])"  # 县委书记某某调研某企业: right after the name (调研组: a group)
        rf"|(?<=[\u4e00-\u9fff])在(?P<vplace>{where}{{2,30}}?)(?<!陪同|一同|参加)(?P<anoun>调研|考察|视察|督导|督查|检查)"  # 省长某某在某市调研
        rf"(?![\u4e00-\u9fff]{{0,2}}(?:时|期间|中|的|工作|组|报告)|委)")  # not 在某市考察时的讲话: a tour cited; 纪律检查委员会
    toured = re.compile(
        rf"在(?P<vwhere>(?:(?!在)[\u4e00-\u9fff、]){{1,12}}?)(?P<noun>调研|考察|视察)"  # 在闽调研, 在柳调研: a province or city by its one character
        rf"(?=时|期间|[\u4e00-\u9fff]{{0,24}}?(?:时|的|重要)讲话)"
        rf"|(?P<noun2>考察|视察)(?P<vwhere2>[\u4e00-\u9fff]{{2,8}}?)(?=(?:时|期间)?的?(?:“[^”]{{1,12}}”)?(?:系列)?重要(?:讲话|指示)|(?:时|期间)的?(?:讲话|指示)|以来|提出的"  # 视察某省重要讲话
        rf"|、[^,。;、]{{2,16}}?时的?重要讲话)"  # 考察某省、参加某代表团审议时的重要讲话
        rf"|(?:来|到|赴)[\u4e00-\u9fff]{{1,8}}?(?P<noun3>考察|视察|调研)(?:考察|视察|调研)?(?=(?:(?:时|期间)的?|的)?(?:一系列)?(?:重要)?(?:讲话|指示))"  # 来陕视察(的)讲话精神, 到某院调研考察时的指示
        rf"|在(?P<heard>听取[\u4e00-\u9fff、]{{2,24}}?汇报)(?=时的?(?:重要)?(?:讲话|指示))")  # 在听取某省委工作汇报时的重要讲话: a meeting
    cited = re.compile(
        rf"(?P<pdate>{DATE.pattern})在?(?:召开的|举行的)?(?P<name>(?![至—-])[^,。;:!?、“”《》就]{{2,30}}?(?P<noun>会议|全会|集体学习|常委会|座谈会))"
        rf"(?:上)?(?:的)?(?:重要)?(?:讲话)?精神")  # 4月29日中央政治局常委会上的重要讲话精神, 4月26日在某座谈会的讲话精神
    chaired = re.compile(
        rf"主持(?:召开)?(?P<name>[^,。;:!?、“”《》]{{2,30}}?(?P<noun>会议|全会|集体学习))(?:(?:时|上)(?:的|所作的)?|的|并发表)(?:重要)?讲话")
    spoke = re.compile(  # 副县长某某在县政府十八届五次全体(扩大)会议上强调: the meeting spoken at
        rf"(?<=[\u4e00-\u9fff])在(?P<name>[^,。;:!?、“”《》在]{{2,40}}?(?P<noun>{noun}))上"
        rf"(?=(?:强调|指出|表示|要求|讲话|作|发表|说)(?!的))"  # not 在…会议上作的报告: a report cited
        rf"|(?:在|(?<![^\n])[ \u3000]*(?P<dash>——|\())(?P<pdate>{DATE.pattern})(?(dash)在|(?:召开|举行)的)"  # 在9月11日召开的座谈会上;
        rf"(?P<dname>[^,。;:!?、“”《》]{{0,30}}?(?P<dnoun>{noun}))上")  # a report's subtitle: ——2024年1月25日在某市第五届人民代表大会第三次会议上
    return chaired, held, passive, led, went, toured, cited, spoke, _ROUND, _MEMBERS_TOUR


_FRAMES = ("chaired", "held", "passive", "led", "went", "toured", "cited", "spoke", "round", "members")
# A party committee's numbered round of inspection by its term (十四届县委第十二轮巡察, 九届省委第二轮巡视):
# the round itself, not a meeting named after it (…巡察动员部署会) nor its groups or office.
_ROUND = re.compile(r"(?P<name>[一二三四五六七八九十]{1,3}届(?:[省市县区州旗盟地]|自治区党|党)委第[一二三四五六七八九十\d]{1,3}轮(?:巡察|巡视))"
                    r"(?!(?:工作)?(?:动员|部署会|反馈|整改|情况|期间|会|组|办|的))")
# A CPPCC's members on a tour of their own, no one said to lead them (出席某会议的政协委员们,分两组
# 视察了…; 第十一届县政协委员…集中视察了…): the CPPCC's inspection; a congress standing committee's
# (某县人大常委会部分组成人员检查…): that committee's.
_MEMBERS_TOUR = re.compile(r"(?P<who>政协委员|(?<![省市县区州])委员们|(?<=人大常委会)(?P<members>(?:部分|全体)?(?:组成人员|委员)))们?(?P<mid>[^,。;:!?、]{0,4}|,[^,。;:!?]{0,8}?)"
                           r"(?:集中|分组|分[两二三四五六七八九十]个?组|先后|一同|共同)?(?P<noun>视察|考察|调研|检查)(?![组团员委站])")
_FROM_DAY = re.compile(rf"(?:从|自|于){DATE.pattern}(?:起|开始|启动)")  # 从3月17日起: the round's first day


@cache
def _needs() -> tuple[re.Pattern, ...]:
    """A word each frame cannot match without (checked first: most sentences have none). Each is
    an alternation of words that open with a character (查看|察看, not [查察]看), so that the regex
    engine skips at once to the positions one of those characters stands at."""
    trip = _alt("trip_noun")
    return tuple(re.compile(p) for p in (
        "讲话", f"{_alt('held_verb')}|{_STUDY_HELD}", f"{_alt('held_after')}|次(?:全体)?会议选举", trip, f"{trip}|{_alt('call_verb')}|查看|察看|参观|座谈|会谈",
        "调研|考察|视察|汇报", "精神",
        "上(?:强调|指出|表示|要求|讲话|作|发表|说)|召开的|举行的|——|\\(\\d", "轮巡", "委员|组成人员"))


def _matches(text: str, s: int, e: int) -> list[tuple[str, re.Match]]:
    """Every frame's matches in a sentence; a match overlapping an earlier frame's, or a speech
    cited, is dropped."""
    out: list[tuple[str, re.Match]] = []
    for kind, pattern, need in zip(_FRAMES, _triggers(), _needs()):
        if not need.search(text, s, e):
            continue
        for m in _finditer(pattern, text, s, e, kind == "held", _passive_tail() if kind == "passive" else None):
            if kind in ("led", "went") and _ABOUT.search(text, max(s, m.start() - 40), m.start()):
                continue  # 听取了某委关于走访代表…情况的报告: the subject of a report, no trip
            if kind in ("held", "went") and _BY_MEANS.search(text, max(s, m.start() - 30), m.start()) \
                    and _MEANS_END.match(text, m.end()):
                continue  # 采取听取汇报、召开座谈会、实地考察等方式进行: the ways a task is done, none held
            if kind in ("led", "went", "held") and any(
                    k in ("held", "passive", "chaired") and k != kind and o.start() < m.end() and m.start() < o.end()
                    for k, o in out) or kind == "spoke" and any(o.start() < m.end() and m.start() < o.end() for _, o in out) \
                    or kind == "went" and m["anoun"] and any(o.start() < m.end() and m.start() < o.end() for _, o in out) \
                    or kind == "members" and any(k in ("led", "held", "passive") and o.start() < m.end() and m.start() < o.end()
                                                 for k, o in out):
                continue  # 率领的代表团在某地考察: the party led, told once
            out.append((kind, m))
    cited = [m for k, m in out if k in ("toured", "cited")]  # 落实总书记视察某省重要讲话: the tour cited,
    out = [(k, m) for k, m in out if k not in ("led", "went", "held")  # not a task of 视察
           or not any(o.start() < m.end() and m.start() < o.end() and not _inside_name(k, m, o) for o in cited)]
    return sorted(out, key=lambda km: km[1].start())


_BY_MEANS = re.compile(r"(?:采取|采用|通过)[^,。;:!?]*$")
_MEANS_END = re.compile(r"[^,。;:!?]{0,30}?等?(?:方式|形式|办法)")
# 关于 opening the title a trigger stands in: no word that ends a title (报告, 意见, 》…) between them
_ABOUT = re.compile(r"关于(?:(?!报告|汇报|意见|决定|通知|议案|办法|方案|规定|建议|》|[,。;:!?])[^\n]){0,40}$")


def _finditer(pattern: re.Pattern, text: str, s: int, e: int, held: bool,
              tail: re.Pattern | None = None) -> Iterator[re.Match]:
    """`pattern.finditer`, but for the held frame a match opening on 组织 that is a noun (党组织,
    组织部: `_organ_word`) is passed over and the search goes on right after that word, so it
    hides neither a trip (率组织部副部长甲一行到某院调研) nor a meeting (某市委组织部召开…).

    `tail` is the passive frame from its noun on (`_passive_tail`). Its name runs at most
    `_NAME_MAX` characters before that noun, and what follows a noun does not depend on where
    the name starts, so no match starts more than `_NAME_MAX` before the first noun the tail
    matches after, nor at all where it matches after none: the search starts there, or stops,
    instead of trying every start against every noun ahead (the same matches, found faster)."""
    at = s
    while True:
        start = at
        if tail is not None:
            if (first := tail.search(text, at, e)) is None:
                return
            start = max(at, first.start() - _NAME_MAX)
        if (m := pattern.search(text, start, e)) is None:
            return
        if held and _organ_word(text, m.start()):
            at = m.start() + 2
            continue
        yield m
        at = max(m.end(), m.start() + 1)


def _inside_name(kind: str, m: re.Match, cited: re.Match) -> bool:
    """召开总书记考察某省重要讲话精神专题培训会: the tour cited is a part of the meeting's name."""
    return kind == "held" and m.start("name") <= cited.start() and cited.end() < m.start("noun")


def _organ_word(text: str, at: int) -> bool:
    """组织 at `at` is part of a noun, not the verb: 党组织, 组织部 (not 组织部分, but 组织部分管),
    组织一处, 组织处, 组织生活会, 某运动会组织委员会."""
    return text.startswith("组织", at) and (
        text[at - 1:at] == "党" or text.startswith(("生活", "委员会"), at + 2) or text.startswith("部", at + 2) and not _PART_OF.match(text, at + 2)
        or bool(_SECTION.match(text, at + 2)))


_PART_OF = re.compile(r"部分(?!管)")  # 组织部分群众 (some of), not 组织部分管副部长 (the department's)
_SECTION = re.compile(r"[一二三四五六七八九十]?处")


def _kind(noun: str) -> str:
    """The type an event word implies: the lexicon's; 会见 and any name ending in 会 meet."""
    return event_nouns().get(noun) or ("meeting" if noun.startswith("会见") or noun.endswith("会") else "activity")


# A day whose 月 a scraper lost (2025年1127日, 1216日): month and day run together, read only
# where one reading exists (four digits MMDD with a month of 10-12, three digits M DD from 2-9).
_NO_MONTH_MARK = re.compile(r"(?:(?P<y>\d{4})年|^\s*)(?P<m>1[0-2]|[2-9])(?P<d>[0-3]\d)日")  # opening the sentence


def event_date(sentence: str, pub_date: str | None) -> str | None:
    """MM-DD (or YYYY-MM-DD when the year is known) of a sentence's date: the first that opens a
    clause (`6月5日上午,`), else the first (`为落实6月1日会议精神,6月5日,…` is dated 6月5日);
    else a day told against the publication date (`4日上午,`, `今天下午`, `昨日`). Only real days."""
    dates = [m for m in DATE.finditer(sentence) if real_day(m["m"], m["d"], m["y"])] or \
        [m for m in _NO_MONTH_MARK.finditer(sentence) if real_day(m["m"], m["d"], m["y"])]
    opening = next((k for k, m in enumerate(dates) if _OPENS_CLAUSE.match(sentence, m.end())), None)
    while opening and _DAY_LIST.fullmatch(sentence, dates[opening - 1].end(), dates[opening].start()):
        opening -= 1  # 7月16日、7月17日,…: the first of the days
    opening = None if opening is None else dates[opening]
    if opening is None and _RECENTLY.match(sentence):
        return None  # 近日,…传达学习4月19日…精神: recently, undated; the day is another meeting's
    if opening is None and _today_first(sentence, dates):
        return _relative_date(sentence, pub_date)  # 某会议今天上午开幕,…计划于2月6日闭幕: today
    return _date(opening or (dates[0] if dates else None), pub_date) or _fused_date(sentence, pub_date) \
        or _relative_date(sentence, pub_date)


_DAY_LIST = re.compile(r"[、和及至到—~-]")
_FUSED = re.compile(r"\s*(?:(?P<y>(?:19|20)\d\d)(?=\d{3,4}日))?(?:(?P<n>\d{3,4})(?:[-—~至]\d{1,2})?(?:日|(?=[上下]午|晚上?|早上))|(?P<n2>3[2-9]|[4-9][1-9])日)")  # 119日, 33日, 120下午, 1121-22日, 2015724日
_FUSED_IN_CLAUSE = re.compile("(?<=,)" + _FUSED.pattern)  # 为及时反馈…,729日,院长约谈…: a clause's opening day


def _fused_date(sentence: str, pub_date: str | None) -> str | None:
    """A sentence or clause opening with a month and day run together by a scraper (119日: 1月19日 or
    11月9日; 33日: 3月3日; 1122下午: 11月22日): the reading nearest before the page's date,
    within two months; with no page date, or with the year written before it (2015724日), the
    one reading there is."""
    m = _FUSED.match(sentence) or next((m for m in _FUSED_IN_CLAUSE.finditer(sentence)
                                        if _OPENS_CLAUSE.match(sentence, m.end())), None)
    if m is None:
        return None
    n = m["n"] or m["n2"]
    readings = [(n[:k], n[k:]) for k in (1, 2) if len(n) - k in (1, 2)]
    readings = [(int(mo), int(d)) for mo, d in readings if real_day(mo, d, m["y"])]
    if m["y"]:  # 2015724日: the year written, the one reading of its month and day
        return f"{m['y']}-{readings[0][0]:02d}-{readings[0][1]:02d}" if len(readings) == 1 else None
    if not pub_date:
        return f"{readings[0][0]:02d}-{readings[0][1]:02d}" if len(readings) == 1 else None
    published = datetime.date.fromisoformat(pub_date)
    best = None
    for month, day in readings:
        for year in (published.year, published.year - 1):
            try:
                d = datetime.date(year, month, day)
            except ValueError:
                continue
            if 0 <= (published - d).days <= 61 and (best is None or d > best):
                best = d
    return best.isoformat() if best else None


_RECENTLY = re.compile(r"\s*(?:近日|日前|近期|近来|前不久)")


def _sentence_date(sentence: str, pub_date: str | None) -> str | None:
    """A sentence's date, a wire's dateline (中新网抚顺10月30日电) only where the news itself
    names no day (…仪式29日在抚顺举行 is of the 29th)."""
    line = sentence.lstrip()
    news = _DATELINE.sub("", line, count=1)
    if _RECENTLY.match(news):
        return event_date(news, pub_date)  # 本报讯(通讯员 某某) 近日,…: recently, whatever the dateline says
    if news != line and (told := DATE.search(line, 0, len(line) - len(news))):
        day = _date(told, pub_date) or ""
        if len(day) == 10:
            pub_date = day  # 吉林日报4月16日讯 …今天晚上: the 16th, whatever day the paper came out
        elif day and (not event_date(news, None) or _today_first(news)) \
                and (against := _relative_date(news, f"2000-{day}")):
            return against[5:]  # 某新闻网10月27日讯 26日上午: the 26th of the dateline's month (2000: any day is real)
    return (news != line and event_date(news, pub_date)) or event_date(sentence, pub_date)


def _today_first(sentence: str, dates: list[re.Match] | None = None) -> bool:
    """Whether 今天, 昨日 … comes before the sentence's first date (…今天上午开幕,计划于2月6日闭幕)."""
    rel = _RELATIVE_DAY.search(sentence)
    if rel is None or not rel["rel"]:
        return False
    dates = list(DATE.finditer(sentence)) if dates is None else dates
    return not dates or rel.start() < dates[0].start()


def _relative_date(sentence: str, pub_date: str | None) -> str | None:
    """A date told against the publication date: `4日上午` (its month, or the month before
    when the day is still to come), `今天`/`今日`, `昨天`/`昨日`, `前天`."""
    if not pub_date or not (m := _RELATIVE_DAY.search(sentence)) or m["rel"] and isinstance(pub_date, AddressDate):
        return None  # 昨日 on a page dated by its address alone: no day
    published = datetime.date.fromisoformat(pub_date)
    if m["rel"]:
        day = published - datetime.timedelta(days={"今": 0, "昨": 1, "前": 2}[m["rel"][0]])
    else:
        month = published.replace(day=1) if int(m["d"]) <= published.day else \
            (published.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
        try:
            day = month.replace(day=int(m["d"]))
        except ValueError:
            return None
    return day.isoformat()


def _date(m: re.Match | None, pub_date: str | None) -> str | None:
    """The date of a match of segment.DATE (its groups y, m, d), the year from the paper's if unstated."""
    if not m or not real_day(m["m"], m["d"], m["y"]):
        return None
    mm, dd = int(m["m"]), int(m["d"])
    year = m["y"]
    if year is None and pub_date:
        pub_year, pub_month = int(pub_date[:4]), int(pub_date[5:7])
        year = str(pub_year - 1 if mm > pub_month else pub_year)
        if not real_day(m["m"], m["d"], year):  # 2月29日 in a year without one
            return None
    return f"{year}-{mm:02d}-{dd:02d}" if year else f"{mm:02d}-{dd:02d}"


def _roles(text: str, persons: SpanIndex, lo: int, hi: int, attend_hi: int) -> tuple[list[str], list[str]]:
    """Leaders (X主持, X带队, X书记主持) and attendees (X出席) a list `A、B、C出席` shares its verb."""
    leaders, attendees, run, executives = [], [], [], []
    for p in persons.between(lo, hi):
        if not run:
            by = bool(_BY.search(text, max(lo, p.start - 24), p.start))  # 会议由主任A,副主任B、C主持
            executive = _EXECUTIVE.search(text, max(lo, p.start - 16), p.start)  # 执行主席由A、B担任
        run.append(p.key)
        if text[p.end:p.end + 1] == "、" and _listed_next(text, persons, p.end + 1) \
                or text[p.end:p.end + 1] in ("和", "与") and _joined(text, persons, p.end + 1) \
                or text[p.end:p.end + 1] == "," and (_severally(text, persons, p.end + 1, hi, by)
                                                     or _titled_next(text, persons, p.end + 1)):
            continue  # A、B主持; A与(副主席)B共同主持; 主任A,副主任B分别主持; 书记A,副书记、县长B率…
        after = p.end
        if aside := _ASIDE.match(text, after, hi):
            after = aside.end()  # 张某(右一)率队: a photo's pointer
        if several := _SEVERAL_END.match(text, after, hi):
            after = several.end()
        if t := title_re().match(text, after, min(hi, after + 6)):
            after = t.end()  # 李某书记主持
        if text.startswith("同志", after):
            after += 2  # 局长甲同志在某公司召开干部大会
        if day := _DAY_BEFORE_LEAD.match(text, after, hi):
            after = day.end()  # 甲乙今天在长沙主持召开…
        if where := _WHERE_BEFORE_LEAD.match(text, after, hi):
            after = where.end()  # 甲乙在南宁主持召开座谈会
        lead = _LEAD.match(text, after, hi)
        if lead and _chairs_one_cited(text, lo, p, lead):
            lead = None
        if lead and re.search("率|带领|带队", lead.group(0)) and _LED_TO_ATTEND.match(text, lead.end()):
            attendees.extend(name for name in run if name not in attendees)  # 甲率某部门负责同志到会听取: attending
            run = []
            continue
        if executive and not lead and (executive["is"] or text.startswith(("担任", "宣布"), after)):
            executives.extend(name for name in run if name not in executives)  # leaders where no one chairs
        elif (lead or _CHAIR_BEFORE.search(text, max(lo, p.start - 24), p.start)) \
                and not _ELECTED.search(text, max(lo, p.start - 30), p.start):
            leaders.extend(name for name in run if name not in leaders)
        elif p.start < attend_hi and (_ATTEND.match(text, etc.end() if (etc := _ETC.match(text, after, hi)) else after, hi)
                                      or _ATTENDING_ARE.search(text, max(lo, p.start - 80), p.start)):
            attendees.extend(name for name in run if name not in attendees)
        run = []
    return leaders or executives, attendees


def _chairs_one_cited(text: str, lo: int, p: Mention, lead: re.Match) -> bool:
    """Whether the meeting a person chairs is one cited, not the one told: 按照市长某某在某地召开的
    座谈会的讲话精神, 学习了…省长某某主持召开的座谈会精神, 总书记主持某会议的重要讲话, 《…某某主持会议…》 (a title), 会议指出,总书记主持召开…,
    学习了总书记主持某会议审议…(what was studied)"""
    clause = max(text.rfind("。", lo, p.start), text.rfind("\n", lo, p.start)) + 1
    return text.startswith("召开的", lead.end() - 2) or text.startswith("召开的", lead.end()) or bool(_SPEECH_AT.match(text, lead.end())) \
        or bool((st := _STUDIED_BEFORE.search(text, max(clause, p.start - 14), p.start))
                and (st["done"] or not st["gap"] or title_re().fullmatch(st["gap"]))) \
        or text.count("《", lo, p.start) > text.count("》", lo, p.start) or bool(_REPORTED.match(text, clause)) \
        or bool(_CENTRAL_CHAIRED.match(text, lead.end())) and not _CENTRAL_CHAIRED.match(text, lo)


_STUDIED_BEFORE = re.compile(r"(?:学习|传达|领学|观看|收看)(?![会班])(?P<done>了)?(?P<gap>[^,。;:!?\s会]{0,8})$")  # 重点学习了(省委书记)甲主持某会议…: the meeting studied (not 党史学习教育领导小组组长甲主持)
_REPORTED = re.compile(r"\s*(?:会议|会上|会议上)(?:指出|强调|认为|要求|提出|号召)")  # what the meeting said
# 总书记主持中央政治局第一次集体学习, told on a page whose meeting is another's: the central body's, cited
_CENTRAL_CHAIRED = re.compile(r"\s*(?:召开)?了?(?:中共中央|中央|国务院|全国人大|全国政协)")
_SPEECH_AT = re.compile(r"[^,。;:!?]{0,30}?(?:上|时)?的(?:重要)?讲话")  # 主持某会议(时)的重要讲话: words cited
_LED_TO_ATTEND = re.compile(r"[^,。;:!?]{0,20}?(?:到会|出席|参加|列席)(?!并主持)|[^,。;:!?]{0,50}?陪同")  # 率某部门负责同志到会听取, 带领某部负责同志陪同调研
_ELECTED = re.compile(r"(?:推选|选举|推举|选出)(?!工作|大会|会议|动员|筹备|领导小组|委员会|办法)[^。;]*$")  # 推选甲为团长,乙、丙为副团长: elected, not leading; 换届选举工作动员会: a meeting's subject
# A session's executive chairs, who preside: 执行主席由A、B担任, 执行主席A宣布大会开幕, 执行主席是A和B
# (not 执行主席A、B在主席台就座: where they sat)
_EXECUTIVE = re.compile(r"执行主席(?:由|(?P<is>是))?[^,。;:!?、]{0,10}$")
# 主持会议的市政协副主席某某宣布大会开幕: the chair named after the words that say so
_CHAIR_BEFORE = re.compile(r"主持(?:会议|大会|开幕式|开幕会)?的[^,。;:!?的]{0,20}$")


def _listed_next(text: str, persons: SpanIndex, at: int) -> bool:
    """Whether the list goes on to a name at `at`, or after its title chain (、市妇联副主席B);
    not to one further on (、某部领导乙(no name found)专程出席。…C主持)."""
    nxt = persons.between(at, at + 20)[:1]
    if not nxt:
        return False
    between = text[at:nxt[0].start]
    return not between or not re.search(r"[,。;:!?]", between) and _titled(between)


def _titled_next(text: str, persons: SpanIndex, at: int) -> bool:
    """Whether a comma after a name goes on to a name after its title chain (省委书记A,省委副书记、
    省长B率…; 市长B,市人大常委会主任C): a list whose items carry posts of their own."""
    nxt = persons.between(at, at + 24)[:1]
    between = text[at:nxt[0].start] if nxt else ""
    return bool(between) and not re.search(r"[,。;:!?]", between) and _titled(between)


_BY = re.compile(r"由[^,。;:!?]{0,24}$")


def _severally(text: str, persons: SpanIndex, at: int, hi: int, by: bool = False) -> bool:
    """Whether names with their titles alone stand from `at` to a 分别 (,副主任B分别主持), or
    after 由 to the 主持 (由主任A,副主任B、C主持): the list before it goes on over a comma."""
    word = text.find("分别", at, min(hi, at + 80))
    if word < 0 and by:
        word = text.find("主持", at, min(hi, at + 80))
    pos = at
    for p in persons.between(at, word) if word > at else ():
        gap = text[pos:p.start].lstrip(",、")
        if gap and not _titled(gap):
            return False
        pos = p.end
    closed = _SEVERAL_END.match(text, pos)  # 主任A,副主任B等市领导,分别…
    return pos > at and (text[pos:word] in ("", "同志") or bool(closed and closed.end() == word))


def _joined(text: str, persons: SpanIndex, at: int) -> bool:
    """A name at `at`, or after a title there (与副主席B)."""
    nxt = persons.between(at, at + 8)[:1]
    if not nxt:
        return False
    t = title_re().match(text, at, nxt[0].start)
    return nxt[0].start == at or bool(t and t.end() == nxt[0].start)


def _place_tail(place: str):
    """The longest tail of `place` that names a division, today's or a former one (在江油市… →
    江油市, 湟中县 of a page before it became 湟中区): where it starts, and the division."""
    g = gazetteer()
    for i in range(len(place) - 1):
        outer = g.resolve(place[:i]) if i else None  # 西宁市城中区: 城中区 within 西宁 (one of two 城中区)
        if (d := g.resolve(place[i:], within=outer)) and not (place[-1] in "镇乡" and d.name != place[i:]):
            return i, d  # not 店前镇 → 前镇区: a town's name holds no division's short form
        if place[i:] in g.by_name:
            return None  # 城中区 of no province told: not the 中区 inside it
    return None


class _Bodies:
    """The bodies of an article: mentions found by orgs, and bodies named by level alone."""

    def __init__(self, text: str, start: int, end: int, orgs: list[Mention], ctx):
        press = {(o.start, o.end) for o in outlets(text, start, end)}
        self.locale = ctx.locale if ctx is not None else None
        self.items = [o for o in orgs if (o.start, o.end) not in press]  # 某人大网讯: the outlet reports, holds nothing
        taken = SpanIndex(orgs)
        for m in _SHORT_BODY.finditer(text, start, end):
            if not ref_stands_alone(text, m.start("level")):
                continue  # 城区政府, 社区委: a word that ends in a level
            level, body = m["level"], m["body"]
            body = {"人民政府": "政府"}.get(body, body)
            over = [o for o in taken.between(m.start() - 30, m.end()) if o.start <= m.start("level") < o.end]
            if over and m.start("body") < over[0].end < m.end() and over[0] in self.items:
                o = over[0]  # 市纪委 + 监委: the longer name
                self.items[self.items.index(o)] = Mention("ORG", text[o.start:m.end()], o.start, m.end(),
                                                          o.key + text[o.end:m.end()])
                continue
            if over:
                continue
            d = ctx.resolve_ref(level) if ctx is not None else None
            key = f"{d.name}{body}" if d else f"{level}{body}"
            self.items.append(Mention("ORG", m.group(0), m.start(), m.end(), key))
        for m in _TERM_CPPCC.finditer(text, start, end):
            self.items.append(Mention("ORG", m.group(0), m.start(), m.end(), (m["place"] or m["place2"]) + "政协"))
        for m in finditer_needing(_TERM_CONGRESS, ("届",), text, start, end):
            if tail := _place_tail(m["place"]):
                at, d = tail
                self.items.append(Mention("ORG", m.group(0)[at:], m.start() + at, m.end(), d.name + "人大"))
            elif m["place"][-1] in "镇乡" and (town := next((t for t in find_local_places(text, m.start(), m.end())
                                                             if t.end == m.start("place") + len(m["place"])), None)):
                self.items.append(Mention("ORG", text[town.start:m.end()], town.start, m.end(), town.key + "人大"))
        self._congresses(text, start, end, ctx)
        self.index = SpanIndex(self.items)

    def _congresses(self, text: str, start: int, end: int, ctx) -> None:
        """某县妇女第N次代表大会, 共青团某县第N次代表大会, 县第N次党代会: the body named by
        the place (in full, or by its level where the locality is known) and the congress's kind."""
        for m in finditer_needing(_OWN_CONGRESS, ("党代会", "党员代表大会"), text, start, end):
            if m["level"]:  # 我镇第一次党代会: the town the article names, its party committee
                town = town_named(text, start, end, m["level"])
                where = town if town and not re.search("[我本全]", town) else m["level"]
                self.items.append(Mention("ORG", m.group(0), m.start(), m.end(), where + "党委"))
            else:  # 校第三次党代会: the page's school, as written if it names none
                self.items.append(Mention("ORG", m.group(0), m.start(), m.end(),
                                          named_unit(text, self.items, "校") or "校"))
        pattern, bodies = _place_congress()
        for m in finditer_needing(pattern, ("代表大会", "代会"), text, start, end):  # what every match ends with
            if m["unit"]:  # 中国共产党某学院第一次代表大会: the unit's own congress
                self.items = [o for o in self.items if not (m.start() <= o.start < m.end())]
                self.items.append(Mention("ORG", m.group(0), m.start(), m.end(), m["unit"]))
                continue
            if m["town_of"]:  # 某镇妇女第一次代表大会: the town named right before
                town = next((t for t in find_local_places(text, max(start, m.start() - 16), m.start()) if t.end == m.start()), None)
                if town:
                    self.items.append(Mention("ORG", text[town.start:m.end()], town.start, m.end(),
                                              bodies["after", m["town_of"]].format(place=town.key)))
                continue
            if m["local"]:  # the town that holds it (某镇隆重召开第十四次妇女代表大会), else the locality
                town = next((t.key for t in find_local_places(text, max(start, m.start() - 16), m.start())
                             if re.fullmatch(rf"{_MANNER}?(?:召开|举行)了?", text[t.end:m.start()])), None)
                where = town or (ctx.locale.name if ctx is not None and ctx.locale is not None else None)
                if where:
                    self.items.append(Mention("ORG", m.group(0), m.start(), m.end(),
                                              bodies["after", m["local"]].format(place=where)))
                continue
            form = "before" if m["before"] else "after"
            place = m["place"] if m["before"] else m["place2"]
            if tail := _place_tail(place):
                at, name = tail[0], tail[1].name
            elif len(place) == 1 and ctx is not None and (d := ctx.resolve_ref(place)) is not None:
                name, at = d.name, 0
            else:
                continue
            lo = m.start() if m["before"] else m.start("place2") + at
            body = bodies[form, m[form]].format(place=name)
            self.items = [o for o in self.items if not (lo <= o.start < m.end())]
            self.items.append(Mention("ORG", text[lo:m.end()], lo, m.end(), body))

    def between(self, lo: int, hi: int) -> list[Mention]:
        return self.index.between(lo, hi)


@dataclass
class _Said:
    """The events one sentence states."""

    n: int  # the sentence's number
    events: list[Event]
    referred: set[int]  # events cited (a tour, a meeting whose spirit is studied): own date and roles only
    announced: bool  # 会议决定,…会议2月18日在X举行: a meeting yet to be held
    date: str | None  # the sentence's date, or one carried from an earlier sentence

    @property
    def opens_window(self) -> bool:
        """Whether later sentences' chairs and attendees stop being this sentence's predecessor's."""
        return not self.announced and len(self.referred) < len(self.events)


# A comma inside a quoted phrase (就“营造…环境,激发…活力”开展调研) parts no clause: the rules read
# it as a full-width comma, which normalized text never holds, and names get theirs back.
_QUOTED = re.compile(r"“[^“”。;\n]{1,80}”")
_MASKED_COMMA = "\uff0c"


def _quoted_commas_masked(text: str) -> str:
    return _QUOTED.sub(lambda m: m[0].replace(",", _MASKED_COMMA), text)


def find_events(text: str, start: int, end: int, orgs: list[Mention], persons: list[Mention],
                positions: list[Position], main_org: str | None, pub_date: str | None,
                ctx=None, chaired: bool = True) -> list[Event]:
    """Events stated in the article text[start:end] (its body: the headline restates them).
    `chaired`: a meeting told only by its chair (X主持会议) is the article's when nothing else
    names one (not while the headline, read after, may)."""
    masked = _quoted_commas_masked(text)
    events = _find_events(masked, start, end, orgs, persons, positions, main_org, pub_date, ctx, chaired)
    if _MASKED_COMMA not in masked:
        return events
    return [replace(ev, name=ev.name.replace(_MASKED_COMMA, ","),
                    documents=tuple(d.replace(_MASKED_COMMA, ",") for d in ev.documents)) for ev in events]


def _find_events(text: str, start: int, end: int, orgs: list[Mention], persons: list[Mention],
                 positions: list[Position], main_org: str | None, pub_date: str | None,
                 ctx, chaired: bool) -> list[Event]:
    reported = None if pub_date else _yearless_report_day(text, start, end)
    pub_date = _report_day(text, start, end, pub_date)
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text, start, end)]
    bodies, person_index = _Bodies(text, start, end, orgs, ctx), SpanIndex(persons)
    lead_n, lead = _article_lead_date(text, sentences, pub_date)
    said: list[_Said] = []
    history: list[int] = []  # sentences telling history
    carried = None  # a sentence opening with a date dates what follows
    new_days: list[tuple[int, str]] = []  # sentences opening with a day: a day told, its chairs its own
    for n, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        events, referred = [], set()
        if heading := _MONTH_HEADING.fullmatch(sentence):
            carried = f"{heading['y']}-{int(heading['m']):02d}-01"  # (2024年5月): a chronicle's month, its days' month
            continue
        if _of_history(sentence, pub_date):
            history.append(n)
            continue  # 1936年,某某率领红军…: history told, no event of the page's, nobody leading one
        for kind, m in _matches(text, s, e):
            if kind == "held" and _part_of_told(text, m, s, sentence, bool(events), any(x.events for x in said)):
                continue
            if ev := _event(text, kind, m, s, e, bodies, person_index, positions, pub_date):
                if kind == "passive" and ev.date is None and m["pday"]:
                    ev = replace(ev, date=_day_of_month(int(m["pday"]), lead, pub_date))
                if kind in ("cited", "chaired", "round") or kind == "toured" and (_CITED.match(text, m.end() + text.startswith("、", m.end()), e)
                                                                          or text.startswith(("以来", "提出的"), m.end())) \
                        or kind in ("went", "led", "held") and _CITED.match(text, m.end(), e) and _RELAYED.search(text, s, m.start()) \
                        or kind == "passive" and text.startswith(("在即", "之际"), m.end()):
                    referred.add(len(events))  # 某会议召开在即: to be held, not held that day
                events.append(ev)
        if not events and "报到" in sentence:
            events = _checked_in(text, s, e, bodies, sentences[n - 1][0] if n else s)
        if not events and "牌" in sentence:
            events = _plaque_hung(text, s, e, bodies)
        if not events and n and (not said or said[-1].n < n - 1) and (along := _ALONG.search(text, s, e)) \
                and (trip := _went_along(text, sentences[n - 1], along["noun"], person_index, positions)):
            said.append(_Said(n - 1, [trip], set(), False, _sentence_date(text[slice(*sentences[n - 1])], pub_date)))
        # the sentence's date, read only where it is used (most sentences neither open dated nor state events)
        news = _DATELINE.sub("", sentence.lstrip(), count=1)  # 某新闻网10月27日讯(记者 某某)26日上午,
        opens_dated = _LEAD_DATE.match(news) or _RELATIVE_DAY.match(news) or _DATE_HEADING.fullmatch(news)
        other_time = not opens_dated and _SPAN_OF_TIME.search(sentence)
        date = _sentence_date(sentence, pub_date) if opens_dated or other_time or events else None
        if (bare := _RELATIVE_DAY.match(news)) and bare["d"] and int(bare["d"]) <= 31 \
                and (month := carried if carried is not None else _told_before(text, sentences, n, pub_date)) \
                and (date is None or int(bare["d"]) >= int(month[-2:])):
            date = f"{month[:-2]}{int(bare['d']):02d}"  # 9月9日至17日,…。15日至17日,…: a day of the month told
            # before (会议1月27日开幕。其中:27日上午…;30日上午…: January's, not the month before the page's day)
        if date is None and _SAME_DAY.match(news) and n:  # 当天,…: the day the sentence before told, else the lead's
            date = carried or _told_before(text, sentences, n, pub_date) or (lead if n > lead_n else None)
            opens_dated = opens_dated or bool(date)
        if opens_dated:
            carried = date
            if date:
                new_days.append((n, date[-5:]))
        elif date is None and other_time:
            carried = ""  # `3月中旬至今,…`: what follows is of another time than the lead's
        if events:
            announced = bool(_ANNOUNCED.search(sentence)) and (all(ev.date for ev in events)
                                                                or bool(_ANNOUNCED_ON.search(sentence)) or "召开日期" in sentence)
            said.append(_Said(n, events, referred, announced, date or carried))
    if all(len(x.referred) == len(x.events) for x in said):  # none of its own: only events cited
        said = sorted(said + _implied(text, sentences, bodies, person_index, positions, pub_date, chaired), key=lambda x: x.n)
    out: list[Event] = []
    for k, x in enumerate(said):
        s = sentences[x.n][0]
        nxt = min(next((y.n for y in said[k + 1:] if y.opens_window), len(sentences)),
                  next((n for n, day in new_days if n > x.n and x.date and day != x.date[-5:]), len(sentences)),
                  next((h for h in history if h > x.n), len(sentences)))
        # leaders: on until the next event's sentence (a meeting announced has no chair yet, but one
        # held that announced it does: 举行主任会议,决定某会议1月20日召开。甲主持会议)
        told_before = _ANNOUNCED.search(text, s, sentences[x.n][1])
        lead_hi = sentences[x.n][1] if x.announced and not any(
            i not in x.referred and -1 < text.find(ev.name, s, told_before.start()) for i, ev in enumerate(x.events)) \
            else sentences[nxt - 1][1]
        attend_hi = sentences[nxt - 1][1]  # attendees: on to the next event's sentence
        leaders, attendees = _roles(text, person_index, s, lead_hi, attend_hi)
        docs = tuple(d for m in _DOCS.finditer(text, s, attend_hi) for d in re.findall(r"《([^》]+)》", m[1]))
        events = []
        told_by = _this_one_by(text, bodies, sentences[x.n + 1:nxt][:3])  # …本次培训由A与B联合举办: the organizer told after
        first_own = next((i for i in range(len(x.events)) if i not in x.referred), None)
        for i, ev in enumerate(x.events):
            if i in x.referred:
                events.append(ev)
                continue
            # undated: carried from an earlier sentence, else the lead's (unless a span of time intervened);
            # before the lead (a headline), only one naming who led (a headline's meeting without
            # leaders stays undated, to be matched with the body's)
            date = ev.date or (lead if x.date is None and (x.n >= lead_n or ev.leaders) else x.date or None)
            if x.announced and not ev.date and not DATE.search(text, s, sentences[x.n][1]):
                date = None  # 会议决定了某会议召开日期: a day to come, told nowhere, not the lead's
            if not ev.date and (at := text.find(ev.name, s, sentences[x.n][1])) > s and _TO_COME.search(text, max(s, at - 20), at):
                date = None  # 为明年召开的某会议调研: a meeting to come, not held the lead's day
            if ev.name.startswith("在"):  # a tour: its visitor only
                events.append(_with(ev, date=date))
                continue
            lead_names = ev.leaders if ev.name.startswith(_CALLS) and (ev.leaders or ev.name.startswith(_RECEIVES)) \
                else tuple(dict.fromkeys(ev.leaders + tuple(leaders)))  # 会见以某为团长的代表团: the guest leads no call; only its host does
            if not ev.leaders and _announced_here(text, s, sentences[x.n][1], ev.name):
                lead_names = ()  # 主任会议…决定某会议1月24日召开。甲主持会议: the sitting announced has no chair yet
            if not lead_names and _GROUP_GOES.search(text, s, sentences[x.n][1]):
                lead_names = tuple(p.person for p in positions if p.title == "组长" and s <= p.start < lead_hi)[:1]
            if not lead_names and _THEN_CHAIRS.match(text, s) and (trip := next(
                    (y for y in reversed(out + events) if y.leaders and y.type in ("research", "inspection", "activity")), None)):
                lead_names, date = trip.leaders, date or trip.date  # …调研。随后来到某镇主持召开座谈会: the trip's leader, that day
            back = next((y.org for y in reversed(out) if y.org), None) if _BACK_SUBJECT.match(text, s) else None
            if not lead_names and _GROUP_GOES_ON.search(text, s, ev.end) and (trip := next(
                    (y for y in reversed(out) if (y.leaders or y.org) and y.type in ("research", "inspection", "activity")), None)):
                back, lead_names = trip.org, trip.leaders  # 3月21日,调研组到某地调研: the group told before (led or not), another day
            session = next((y.org for y in reversed(out + events) if y.org and _session_key(y.name)), None) \
                if _PLENARY.fullmatch(ev.name) else None  # 某人大常委会第N次会议…举行的第二次全体会议: the session's
            org = session or ev.org or back or _unit_party(_leaders_body(lead_names, positions, ev.name) or _place_subject(text, s, ev.end, ev.name, ctx)
                or _first_person_body(text, person_index, positions, s, ev) or _committee_named(ev.name, main_org)
                or _venue_body(text, bodies, s, ev.end)
                or _main(main_org, bodies, ev.name), ev.name)
            if lead_names and not ev.org and org and org.endswith(("镇政府", "乡政府")) and not back and not session \
                    and not _holder_written(text, bodies, org, s, ev) \
                    and text.find(org[:-2], s, ev.end) >= 0:
                org = org[:-2] + "党委"  # 某镇组织…召开…学习会。该镇党委副书记、镇长甲主持: the town's, its 党委's whoever chairs
            if lead_names and org == ev.org and (place := PLACE_PARTY.fullmatch(org or "")) and ev.name.startswith(place["place"]) \
                    and (dept := next((p.org for p in positions if p.person in lead_names and p.org and p.org != org
                                       and p.org.startswith(org) and p.org.endswith("部")), None)) \
                    and not any(p.person in lead_names and p.org == org for p in positions):
                org = dept  # 某县台胞座谈会 (a place's, by its name), 县委统战部常务副部长甲主持: the department's
            if lead_names and (place := PLACE_PARTY.fullmatch(org or "")) and place["place"][-1] not in "镇乡" \
                    and not _holder_written(text, bodies, org, s, ev) \
                    and ((chair := _leaders_body(lead_names[:1], positions, ev.name)) == place["place"] + "政府"
                         or chair and chair.startswith(place["place"]) and body_kind(chair) == "bureau"):
                org = chair  # 某州农业援青工作座谈会召开。会议由副州长甲主持: the place's meeting its government's officer chairs (a town's: its 党委's, whoever chairs);
                # 某区冬训动员大会…由区教体局副局长甲主持: the bureau's
            if lead_names and (secretary := _secretary_attending(org, ev.name, attendees, positions)) \
                    and not _holder_written(text, bodies, org, s, ev):
                org = secretary  # 全省某推进会…省委书记甲出席并讲话,省长乙主持: the committee's, its head chairing for it
            if _GOVERNMENT_WORK.search(ev.name) and not _holder_written(text, bodies, org, s, ev) \
                    and not (lead_names and (org or "").endswith(("镇党委", "乡党委"))) \
                    and not _chaired_by_secretary(org, lead_names, positions):
                org = _government_of(org)  # 某镇举办安全生产月动员大会, 某市召开全市防汛会商会: the government's business,
                # whoever chairs but the committee's secretary (县委常委、政法委书记甲主持某县保障农民工工资支付工作会议;
                # a town's chaired: its 党委's, as above)
            elif not lead_names and attendees and (place := PLACE_PARTY.fullmatch(org or "")) \
                    and not _holder_written(text, bodies, org, s, ev) \
                    and _leaders_body(tuple(attendees[:1]), positions, ev.name) == place["place"] + "政府":
                org = place["place"] + "政府"  # 我市召开…工作电视电话会议,副市长甲出席并讲话: no chair, the government's officer speaks for it
            elif not lead_names and (work := _FIELD_WORK.match(ev.name)) and not _holder_written(text, bodies, org, s, ev):
                org = _field_holder(org, work, bodies, ctx)  # 全市交通运输工作会议召开: the city's bureau of it, else its government
            if org is None and ev.type == "meeting" and (first := (lead_names or tuple(attendees))[:1]) \
                    and (chair := _leaders_body(first, positions, ev.name)) and chair.endswith("政府"):
                org = chair  # 全省某会议召开。副省长甲出席并讲话: no holder named, the government's officer speaks for it
            if (heads := _HEADS_MEETING.search(ev.name)) and not _holder_written(text, bodies, org, s, ev):
                if org is None and ctx is not None and (d := ctx.resolve_ref(heads["level"])) is not None:
                    org = d.name + "政府"  # 全省林业局长会议于某日在某市召开: the province the page is in
                org = _field_department(org, heads["field"])  # 全市公安局长会议: the city's public security bureau's
            if told_by and i == first_own:
                org = told_by  # …培训班在某学院开班。本次培训由县委统战部与县委组织部联合举办: the sentence's own first event's
            if org is None and not lead_names and (trip := _trip_it_is_held_on(text, s, ev, out + events)):
                org = trip.org  # 调研组…并召开了座谈会; 其后,在某会议室召开了调研座谈会: the group on its trip holds it
            else:
                org = _between_sessions(_committee_holder(org, ev.name), ev.type, ev.name)
            if org == "全国人大" and ev.type != "meeting" and ctx is not None and ctx.locale is not None \
                    and "全国人大代表" in text[s:sentences[x.n][1]]:  # (not 全国人大调研组: the congress's own group)
                org = gazetteer().province(ctx.locale).name + "人大常委会"  # 我省选举的全国人大代表赴某市调研: its trips
                # between sessions are organised where they were elected, by the province's standing committee
            org = _session_delegation(text, bodies, org, start, end)
            if lead_names and (party := _party_page(lead_names[0], positions, bodies, org)):
                org = party  # 省政协副主席、民建某省委主委甲主持座谈会 on a page of the party's: the party's
            if org and org.endswith("党政代表团") and lead_names and (led_by := _leaders_body(lead_names[:1], positions, ev.name)):
                org = led_by  # 某区党政代表团来某市考察。区委书记甲、区长乙率队: the first leader's chief body
            events.append(_with(ev, org=org, date=date, leaders=lead_names, attendees=tuple(attendees),
                                documents=docs))
            events += [_with(events[-1], org=body, name=sitting)
                       for body, sitting in _sittings_held_with(text, ev, s, sentences[x.n][1], org)]
        out += _one_per_name(events)
    if against := pub_date or (f"2000-{reported}" if reported else None):  # (2000: any day is real; the year dropped after)
        out = [_with(ev, date=day[5:] if reported else day) if ev.date is None and (rel := _RELATIVE_DAY.search(
            sentence := _DATELINE.sub("", text[ev.start:ev.end].lstrip(), count=1))) and rel["rel"]
            and (day := _relative_date(sentence, against)) else ev for ev in out]  # 据某报报道 昨天,…主持: the day before
    return _hosts_talks(text, _each_their_own(text, _sessions_once(_plenaries_in_sessions(_trips_continued(text, _trips_led_after(restated(out, out))))), positions), positions, bodies)


# 座谈会由甲主持, 本次座谈由我会会长甲主持: a talk named before the host who chairs it
_TALK_CHAIRED_BY = re.compile(r"(?:本次|此次)?(?P<name>座谈会?|交流会|汇报会)由[^,。;:!?]{0,24}$")
# 甲主持座谈会, 甲主持召开汇报会: a talk the host of a visit chairs (its name: a talk's noun)
_CHAIRS_TALK = re.compile(r"(?:同志)?(?:(?:参加|陪同)(?:调研|考察|视察)?并)?主持(?:召开)?了?(?P<name>[^,。;:!?、]{0,12}?(?:座谈会|汇报会|交流会))")


def _hosts_talks(text: str, events: list[Event], positions: list[Position], bodies: _Bodies) -> list[Event]:
    """A visit whose host chairs a talk with the visitors (某省政协主席甲率考察团来粤考察。广东省政协主席乙
    主持座谈会): the talk is the host's meeting, led by the host, not the visit with a second leader."""
    out = []
    for ev in events:
        if ev.type not in ("research", "inspection") or len(ev.leaders) + len(ev.attendees) < 2 or not ev.org:
            out.append(ev)
            continue
        talks = []
        for name in ev.leaders[1:] + ev.attendees:  # (the host 参加调研并主持座谈会: an attendee of the visit)
            at = text.find(name, ev.start)
            m = _CHAIRS_TALK.match(text, at + len(name)) if 0 <= at < ev.end + 400 else None
            while m is None and 0 <= at < ev.end + 400:  # 本次座谈由我会会长乙主持: the talk named before its chair
                if text.startswith("主持", at + len(name)) and (m := _TALK_CHAIRED_BY.search(text, max(ev.start, at - 30), at)):
                    break
                at = text.find(name, at + len(name))
            body = _leaders_body((name,), positions, m["name"]) if m else None
            body = body and (_party_page(name, positions, bodies, body) or body)
            if body and (peer := next((p.org for p in positions if p.person == name and p.org and p.org != ev.org
                                       and p.org[-3:] == ev.org[-3:] and body_kind(p.org) == body_kind(ev.org)), None)):
                body = peer  # 省人大常委会副主任、省总工会主席乙 hosting another province's 总工会: his 总工会
            if body and body != ev.org and (_opening_place(body) != _opening_place(ev.org) or body_kind(body) != body_kind(ev.org)):
                talks.append(Event(body, m["name"], "meeting", ev.date, (name,), (), (), at, m.end()))
        gone = {t.leaders[0] for t in talks}
        out.append(_with(ev, leaders=tuple(n for n in ev.leaders if n not in gone),
                         attendees=tuple(n for n in ev.attendees if n not in gone)) if talks else ev)
        out += talks
    return out


def _opening_place(body: str) -> str | None:
    """The division a body's name opens with (湖南省总工会: 湖南省), if any."""
    spans = division_spans(body)
    return spans[0][2] if spans and spans[0][0] == 0 else place_of(body)


# A line that is a month alone, heading a chronicle's days: (2024年5月), 2024年5月
_MONTH_HEADING = re.compile(r"\s*[((]?(?P<y>\d{4})年(?P<m>1[0-2]|0?[1-9])月[))]?\s*")
# A line that is a day alone, heading a chronicle's entries (《某市大事记》: 9月1日:, 9月2日—3日:).
_DATE_HEADING = re.compile(rf"{DATE.pattern}(?:[—\-至](?:\d{{1,2}}月)?\d{{1,2}}日)?[::]\s*")
_SEPARATELY = re.compile(r"分别(?:带领|率领|率队|带队|率)")


def _each_their_own(text: str, events: list[Event], positions: list[Position]) -> list[Event]:
    """A trip whose leaders 分别带领 their own people (甲县检察长A、乙县检察长B分别带领…来我县观摩):
    one trip per leader, each their own body's, where each has a body and none holds a post in
    another's (市委书记A,市委副书记、市长B分别带队: one committee's work, not split)."""
    out = []
    for ev in events:
        if len(ev.leaders) < 2 or ev.type not in ("research", "inspection", "activity") \
                or not _SEPARATELY.search(text, ev.start, ev.end):
            out.append(ev)
            continue
        bodies = [_leaders_body((name,), positions, ev.name) for name in ev.leaders]
        if all(bodies) and len(set(bodies)) == len(bodies) and not any(
                p.org in bodies and p.org != body for name, body in zip(ev.leaders, bodies) for p in positions if p.person == name):
            out += [_with(ev, org=body, leaders=(name,)) for name, body in zip(ev.leaders, bodies)]
        else:
            out.append(ev)
    return out


# A government's business (safety, floods, investment, projects): a place's meeting on it that
# no one chairs is its government's, not its party committee's as a place's meeting is by default.
_GOVERNMENT_WORK = re.compile(r"安全生产|安全月|安全事故|防汛|抗旱|防火|消防|应急|招商|项目|水库|营商环境|防灾|减灾|耕地|田长|欠薪|农民工工资|食品安全|就业"
                              r"|普查|农业生产|春耕|生态[县市区]创建")
# A place's work meeting on one field of its government (全市交通运输工作会议, 某省人力资源和社会保障工作会议).
_FIELDS = (r"民政|住房和城乡建设|住建|交通运输|农业农村|农业|水利|林业|自然资源|生态环境|环境保护|人力资源和社会保障|人社|"
           r"就业|医疗保障|医保|卫生健康|市场监管|统计|财政|商务|文化和旅游|文旅|城市管理|城管|药品监督管理|药品监管|药监")
# a field's short form, as its bureau's name may write it (江苏省药品监督管理工作会议 of 江苏省药监局)
_FIELD_SHORT = {"住房和城乡建设": "住建", "人力资源和社会保障": "人社", "医疗保障": "医保", "卫生健康": "卫健",
                "文化和旅游": "文旅", "城市管理": "城管", "药品监督管理": "药监", "药品监管": "药监"}
_FIELD_WORK = re.compile(rf"^(?:\d{{4}}年)?(?P<place>全[省市县区州]|[\u4e00-\u9fff]{{2,8}}?[省市县区州])?(?:\d{{4}}年)?"
                         rf"(?P<field>{_FIELDS})(?P<joint>(?:暨|和|、)(?:{_FIELDS}))?工作(?:电视电话|视频)?(?:会议|推进会|会)")  # 卫生健康暨医疗保障工作会议: two bureaus' fields
# A meeting of the heads of one field's bureaus across a place: 全市公安局长会议, 全省文化和旅游局长(主任)会议.
_HEADS_MEETING = re.compile(r"^(?:\d{4}年)?(?:全(?P<level>[省市州]))(?P<field>[\u4e00-\u9fff]{2,8}?)(?:厅局长|局长)(?:\(主任\))?(?:工作)?会议?(?![商谈见])")


def _day_of_month(day: int, lead: str | None, pub_date: str | None) -> str | None:
    """某会议27日开幕 (a day without its month): the day in the month of the article's lead where
    the lead's day is not after it (a headline's opening, the lead's eve told first), else in the
    month of the page's date where that day is not before it."""
    known = lead if lead and int(lead[-2:]) <= day else pub_date if pub_date and int(pub_date[-2:]) >= day else None
    if known is None or not real_day(known[-5:-3], str(day), known[:4] if len(known) > 5 else None):
        return None
    return f"{known[:-2]}{day:02d}"


def _told_before(text: str, sentences: list[tuple[int, int]], n: int, pub_date: str | None) -> str | None:
    """The date the nearest of the three sentences before sentence `n` tells (为…,5月25日,某某一行到…。
    25日下午,…: the month of 25日)."""
    return next(filter(None, (_sentence_date(text[a:b], pub_date) for a, b in reversed(sentences[max(0, n - 3):n]))), None)


_VENUE_ROOM = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:会议室|会议中心|报告厅|多功能厅|礼堂)")


def _venue_body(text: str, bodies: "_Bodies", s: int, end: int) -> str | None:
    """在某乡党委会议室召开…, with no one named holding it: the party committee whose room it is
    (not a government's: its rooms host the congress's sittings too)."""
    return next((_holder(o.key) for o in bodies.between(s, end) if text[o.start - 1:o.start] == "在"
                 and o.key.endswith(("党委", "党工委")) and _VENUE_ROOM.match(text, o.end)), None)


def _holder_written(text: str, bodies: "_Bodies", org: str | None, s: int, ev: Event) -> bool:
    """Whether the sentence from `s` up to the event's name names body `org` itself (县委召开…), not
    only its place (某县召开…) or its rooms (某县在县委会议室召开…)."""
    at = text.find(ev.name, s, ev.end)
    end = at + len(ev.name) if at >= 0 else ev.end
    return any(b.key == org for b in bodies.items if s <= b.start < end and not _VENUE_ROOM.match(text, b.end))


def _body_place(org: str | None) -> str | None:
    """The place whose party committee or government `org` is (某县委, 某县政府 → 某县), else None."""
    m = (PLACE_PARTY.fullmatch(org) or _PLACE_GOVERNMENT.fullmatch(org)) if org else None
    return m["place"] if m else None


def _field_holder(org: str | None, work: re.Match, bodies: "_Bodies", ctx) -> str | None:
    """Who holds a place's work meeting on one field of its government that no one chairs and no
    body is written holding: the place's government where the place is its subject (我县召开民政
    工作会议); with no subject or the place in the meeting's name (江苏省药品监督管理工作会议), the
    place's department of that field where the page names it (in full or short: 省药监局), else the
    government."""
    named_place = work["place"] and not work["place"].startswith("全")  # 江苏省药品监督管理工作会议: the place in its name
    if (place := _body_place(org)) and not named_place:
        return place + "政府"
    where = None
    if (org is None or named_place) and work["place"] and ctx is not None:
        named = work["place"]
        d = ctx.resolve_ref(named[1]) if named.startswith("全") else gazetteer().lookup(named)
        where = d.name if d else None
    if where is None or work["joint"]:
        return where + "政府" if where else org  # two bureaus' fields: the government over both
    field = work["field"]
    own = sorted({b.key for b in bodies.items if b.key.startswith(where) and (field in b.key or _FIELD_SHORT.get(field, field) in b.key)
                  and body_kind(b.key) in ("bureau", "department", "committee")})
    return own[0] if len(own) == 1 else where + "政府"


def _field_department(org: str | None, field: str) -> str | None:
    """The department of `field` of the place whose committee or government `org` is (某市委, 公安 →
    某市公安局; 某省政府, 文化和旅游 → 某省文化和旅游厅), else `org`."""
    if not (place := _body_place(org)):
        return org
    return place + field + ("厅" if place.endswith(("省", "自治区")) and field not in _VERTICAL_SYSTEMS else "局")


# Systems run from the centre down, a 局 at every level (云南省地震局, not 地震厅).
_VERTICAL_SYSTEMS = ("地震", "气象", "统计", "税务", "邮政管理", "通信管理", "烟草专卖", "海事", "测绘")


_WHOLE_PLACE = re.compile(r"全[省市县区州]")  # 全省某会议, 全县…: the whole place's meeting


def _secretary_attending(org: str | None, name: str, attendees: list[str], positions: list[Position]) -> str | None:
    """The party committee of the place whose government `org` is, where the meeting is the whole
    place's (全省…, 全县…) and that committee's secretary attends: the government's head chairs
    the committee's meeting (全县组织宣传工作会议…县委书记甲出席并讲话,县长乙主持)."""
    if not (org and org.endswith("政府") and _WHOLE_PLACE.match(name)) or _GOVERNMENT_WORK.search(name):
        return None
    place = org.removesuffix("人民政府").removesuffix("政府")
    committees = {place + "委", place + "党委"}
    return next((p.org for p in positions if p.person in attendees and p.title == "书记" and p.org in committees), None)


def _chaired_by_secretary(org: str | None, leaders: tuple[str, ...], positions: list[Position]) -> bool:
    """Whether a leader is the secretary of the party committee `org` (县委书记甲主持)."""
    return any(p.person in leaders and p.org == org and p.title == "书记" for p in positions)


def _government_of(org: str | None) -> str | None:
    """The government of the place whose party committee `org` is (某县委 → 某县政府), else `org`."""
    m = PLACE_PARTY.fullmatch(org) if org else None
    return m["place"] + "政府" if m else org


_REPORT_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")


def _report_day(text: str, start: int, end: int, pub_date: str | None) -> str | None:
    """The day a dateline reports from (湖南日报10月16日讯), in the year of the page's stamp: what
    its 今天 and 昨日 count from, not the day the page was stamped; else the page's date."""
    m = _REPORT_DAY.search(text, start, min(end, start + 60))
    if not (m and pub_date and len(pub_date) == 10 and real_day(m["m"], m["d"], pub_date[:4])):
        return pub_date
    year = int(pub_date[:4]) - ((int(m["m"]), int(m["d"])) > (int(pub_date[5:7]), int(pub_date[8:10])))
    return f"{year}-{int(m['m']):02d}-{int(m['d']):02d}"


def _yearless_report_day(text: str, start: int, end: int) -> str | None:
    """The month and day of a dateline (某网01月10日讯) on a page of no date: what its 昨天 counts from."""
    m = _REPORT_DAY.search(text, start, min(end, start + 60))
    return f"{int(m['m']):02d}-{int(m['d']):02d}" if m and real_day(m["m"], m["d"], "2000") else None


# Deputies and members arriving for a session: 代表陆续抵达驻地,向大会报到; 委员们抵达拉萨报到
_CHECK_IN = re.compile(r"(?P<who>代表团|代表|委员)[^。;]{0,60}?(?P<verb>向大会报到|报到)(?![处证单])")


def _checked_in(text: str, s: int, e: int, bodies: "_Bodies", before: int) -> list[Event]:
    """The check-in of a congress's deputies (代表, 代表团) or a CPPCC's members (委员) for the
    session the sentence, or the one before it, names: an activity of that congress or CPPCC."""
    if (m := _CHECK_IN.search(text, s, e)) is None:
        return []
    for lo in dict.fromkeys((s, before)):  # the sentence's own sessions first, else the one before's
        bodies_named = dict.fromkeys(o.key.removesuffix("常委会") for o in bodies.between(lo, m.start("verb")))
        out = [Event(body, m["verb"], "activity", None, (), (), (), s, e) for body in bodies_named
               if (body.endswith("人大") and "代表" in text[s:m.end()]) or (body.endswith("政协") and "委员" in text[s:m.end()])]
        if out:
            return out
    return []


# A body's plaque hung, no ceremony named: 某局正式挂牌, “某中心”正式在拉萨揭牌, 某厅正式更名挂牌.
_PLAQUE = re.compile(r"”?正式(?:更名)?(?:在[\u4e00-\u9fff]{1,8}?)?(?P<noun>更名挂牌|挂牌|揭牌)(?:成立)?(?!仪式|单位)")


def _plaque_hung(text: str, s: int, e: int, bodies: "_Bodies") -> list[Event]:
    """The plaque of the body named right before 正式挂牌 (揭牌) hung: an activity of that body."""
    for m in _PLAQUE.finditer(text, s, e):
        if body := next((o for o in bodies.between(s, m.start()) if o.end == m.start()), None):
            return [Event(body.key, m["noun"], "activity", None, (), (), (), s, e)]
    return []


def _announced_here(text: str, s: int, e: int, name: str) -> bool:
    """Whether the sentence announces the event of `name` (决定某会议于1月24日召开)."""
    return bool(_ANNOUNCED.search(text, s, e)) \
        and bool(re.search(rf"(?:{_ANNOUNCED.pattern})[^,。;]{{0,16}}?{re.escape(name)}", text[s:e]))


# 3月21日,调研组到某地…调研: the group whose trip was told before goes on, on another day
_GROUP_GOES_ON = re.compile(rf"{DATE.pattern}(?:[上下]午)?,?(?:调研|考察|视察|检查|执法检查|督导|督查)组(?:一行)?"
                            r"(?:还|又|先后|随后|接着)?(?:到|赴|来到|前往|深入|走进)")
_THEN_CHAIRS = re.compile(r"\s*(?:随后|其后|之后|接着|最后)[,,]?[^,。;:!?]{0,16}?主持")  # no one named: the one told before
# 会议首先召开预备会议: the meeting told before holds a sitting within it
_BACK_SUBJECT = re.compile(r"\s*(?:会议|大会)(?:首先|先|还|随后|期间|同时)?(?:召开|举行)")
_PLENARY = re.compile(r"(?:第[一二三四五六七八九十]{1,3}次)?全体(?:\(扩大\))?会议")


# who holds a meeting on a trip told before: the group (调研组, 某某一行), or no one named (其后,在…召开)
_ON_THE_TRIP = re.compile(rf"\s*(?:{DATE.pattern})?(?:[上下]午)?(?:在[^,。;]{{1,10}}期间)?,?"
                          r"(?:[^,。;]{0,12}?(?:调研|考察|视察|检查|督导|督查|专家)组(?:成员)?|[^,。;]{1,12}?一行"
                          r"|(?:其后|随后|之后|此后|最后|当天|会后)[,,]?(?=在|召开|举行))")


def _trip_it_is_held_on(text: str, s: int, ev: Event, before: list[Event]) -> Event | None:
    """The trip told before (its group on the way) whose group holds the meeting `ev`, which
    names no holder of its own: 调研组…并召开了座谈会, 其后,在某医院会议室召开了调研座谈会."""
    trip = next((y for y in reversed(before) if y.org and y.type in ("research", "inspection")), None)
    return trip if trip and ev.type == "meeting" and _ON_THE_TRIP.match(text, s) else None


_PER_PLAN = re.compile(r"(?:按照|根据|依据)[^,。;]*$")
_PLAN_AFTER = re.compile(r"[^,。;]{0,12}?(?:安排|部署|要求|计划|方案|通知)[,,]")
_NUMBERED_OFFICE = re.compile(r"组织[一二三四五六七八九十]{1,2}[处科室股]")
# 县委第一巡察组进驻某局, 调研组到某县: a group on its task, led by its 组长 wherever the text names them
_GROUP_GOES = re.compile(r"(?:巡察|巡视|调研|检查|督导|督查|视察|考察)组(?:一行)?(?:进驻|到|赴|深入|来到|莅临|对)")
_YEAR_OPENS = re.compile(r"\s*(?P<y>1[89]\d\d|20\d\d)年(?:[,,]|\d{1,2}月[,,])")


def _of_history(sentence: str, pub_date: str | None) -> bool:
    """A sentence opening with a year long before the page's (1936年,…; without a page date,
    one before 1990): what it tells is history."""
    if not (m := _YEAR_OPENS.match(sentence)):
        return False
    return int(m["y"]) < (int(pub_date[:4]) - 2 if pub_date else 1990)


def _session_key(name: str) -> str | None:
    """A numbered sitting's name without its body and term (政协第十三届某省委员会常务委员会第十次会议,
    省政协十三届常委会第十次会议 → 常委会第十次会议), or None for a name that numbers no sitting."""
    m = _SITTING.search(name.replace("常务委员会", "常委会"))
    return m[0] if m else None


_SITTING = re.compile(r"(?:常委会|主任会议|主席会议|全体会议)?第[一二三四五六七八九十百\d]+次(?:全体)?(?:会议|常委会|主任会议|主席会议)$")


def _folded(events: list[Event], into) -> list[Event]:
    """The events, each that `into(ev, kept)` finds an earlier kept event for folded into that one:
    its leaders and attendees joined to the earlier's."""
    out: list[Event] = []
    for ev in events:
        if (kept := into(ev, out)) is None:
            out.append(ev)
            continue
        out[out.index(kept)] = _with(kept, leaders=tuple(dict.fromkeys(kept.leaders + ev.leaders)),
                                     attendees=tuple(dict.fromkeys(kept.attendees + ev.attendees)))
    return out


def _sessions_once(events: list[Event]) -> list[Event]:
    """A body's numbered sitting told twice, as it opened and as it closed (…11月6日举行, …11月7日
    闭幕): one event, on the day it opened, its leaders and attendees joined."""
    def opened(ev: Event, out: list[Event]) -> Event | None:
        key = _session_key(ev.name) if ev.org and ev.date else None
        return next((x for x in out if key and x.org == ev.org and x.date and x.date != ev.date
                     and _session_key(x.name) == key), None)
    return _folded(events, opened)


def _trips_led_after(events: list[Event]) -> list[Event]:
    """A trip told dated with no one leading it (某县政协…开展专项视察), then an undated one of the
    same body right after, told by who led it (此次视察由甲、乙带队; 副主任甲、乙分别带队,围绕…调研):
    one trip, dated, with its leaders."""
    def told(ev: Event, out: list[Event]) -> Event | None:
        x = out[-1] if out else None
        return x if x and not ev.date and ev.leaders and ev.org and x.org == ev.org and x.date and not x.leaders \
            and {x.type, ev.type} <= {"research", "inspection"} else None
    return _folded(events, told)


def _trips_continued(text: str, events: list[Event]) -> list[Event]:
    """A trip that goes on in a later sentence (…带队到某县调研。…甲一行深入某镇,实地察看…; 随后,
    甲一行来到…; 在某社区,甲看望了…): the same party's next stop, told with no day of its own, is the
    trip told before."""
    def goes_on(ev: Event, out: list[Event]) -> Event | None:
        x = out[-1] if out else None
        if not (x and ev.leaders and ev.leaders == x.leaders and ev.date in (None, x.date)
                and "meeting" not in (x.type, ev.type)):  # (its body read from another post of the leader's: the trip's still)
            return None
        at = _THEN.match(text, ev.start).end()
        stop = _NEXT_STOP.match(text, at)
        return x if at > ev.start or text.startswith(ev.leaders[0] + "一行", at) \
            or stop and text.startswith(ev.leaders[0], stop.end()) else None
    return _folded(events, goes_on)


_THEN = re.compile(r"\s*(?:(?:随后|之后|然后|接着|紧接着|此后|其后)[,,]?)?")
_NEXT_STOP = re.compile(r"(?:来到|在|到|走进|深入)[^,。;:!?]{2,30}?,")  # 在某社区工会驿站,甲看望了…: the tour's next stop


def _plenaries_in_sessions(events: list[Event]) -> list[Event]:
    """An undated plenary (主任某某主持召开全体会议) after a dated session of the same body is
    a sitting of that session: its chair and attendees are the session's."""
    def session(ev: Event, out: list[Event]) -> Event | None:
        return next((x for x in reversed(out) if x.org == ev.org and x.date), None) \
            if not ev.date and ev.org and _PLENARY.fullmatch(ev.name) else None
    return _folded(events, session)


def _went_along(text: str, before: tuple[int, int], noun: str, persons: SpanIndex, positions) -> Event | None:
    """某某一行来到某公司,详细了解…。甲、乙陪同调研。: the sentence before one naming who went
    along on a trip tells who went where; that person's trip."""
    s, e = before
    who = next((p for p in persons.between(s, e) if _GOES.match(text, p.end, e)), None)
    if who is None or CREDITED.search(text, max(0, who.start - 6), who.start):
        return None
    return Event(_unit_of(_person_body(who, positions)), noun, _kind(noun), None, (who.key,), (), (), s, e)


def _implied(text: str, sentences, bodies: _Bodies, persons: SpanIndex, positions, pub_date,
             chaired: bool = True) -> list[_Said]:
    """An article naming no event of its own, but who went along (`X一同督导`), who attended
    (`X出席启动会议`) or who chaired (`X主持会议`): the event is its lead's, and a trip is led by
    the lead's subject."""
    lead = next((n for n, (s, e) in enumerate(sentences[:6]) if _LEAD_DATE.match(text[s:e])), None)
    if lead is None:
        return _chaired_unnamed(text, sentences, persons, positions, 0, None) if chaired else []
    ls, le = sentences[lead]
    date = event_date(text[ls:le], pub_date)
    for s, e in sentences[lead:]:
        if m := _ALONG.search(text, s, e):
            who = [p for p in persons.between(ls, le) if not CREDITED.search(text, max(0, p.start - 6), p.start)][:1]  # not 记者甲
            if who:
                ev = Event(_person_body(who[0], positions), m["noun"], _kind(m["noun"]), date, (who[0].key,),
                           (), (), ls, le)
                return [_Said(lead, [ev], set(), False, date)]
        elif m := _attended_re().search(text, s, e):
            org, name = _name_holder(bodies, m.start("name"), m.end(), m["name"])
            if not m[0].startswith("主持"):  # an event chaired: its chair's body (found with its leaders)
                subject = org or _subject_body(bodies, ls, le, text)
                chair = _chaired_unnamed(text, sentences, persons, positions, lead, date) if org is None and subject else []
                chaired_by = chair[0].events[0].org if chair else None
                org = chaired_by if chaired_by and chaired_by != subject and chaired_by.startswith(subject) else subject
                # (某学院社科联组织学习…。会议由该社科联副主席甲主持,…参加了此次会议: the unit's body chairing it)
            return [_Said(lead, [Event(org, name, _kind(m["noun"]), date, (), (), (), ls, le)], set(), False, date)]
    return _chaired_unnamed(text, sentences, persons, positions, lead, date) if chaired else []


_CHAIRS_IT = re.compile(r"(?:同志)?主持(?:会议|大会)|(?:会议|大会)由")


def _chaired_unnamed(text: str, sentences, persons: SpanIndex, positions, lead: int, date: str | None) -> list[_Said]:
    """An article whose meeting is told only by its chair (…出席。县政协副主席甲主持会议。, 会议由甲主持;
    a page cut above its lead, or a lead no event wording names): the meeting (会议), held by the
    chair's body, on the lead's date."""
    for n, (s, e) in enumerate(sentences[lead:], lead):
        if (m := _CHAIRS_IT.search(text, s, e)) is None:
            continue
        who = next((p for p in persons.between(m.end(), e)), None) if m[0].endswith("由") else \
            next((p for p in reversed(persons.between(s, m.start())) if m.start() - p.end <= 2), None)
        if who is not None and (org := _person_body(who, positions)):
            return [_Said(n, [Event(org, "会议", "meeting", date, (who.key,), (), (), s, e)], set(), False, date)]
    return []


@cache
def _attended_re() -> re.Pattern:
    """出席/参加 an event, or 主持 one named there (党委书记某某主持专题学习会; not 主持会议, told before)."""
    return re.compile(rf"(?:出席|参加|(?<![由并])主持(?!会议|大会|本次|此次|这次))了?"
                      rf"(?P<name>[^,。;:!?、]{{0,40}}?(?P<noun>{trie_pattern(event_nouns(), guard=True)}|仪式))(?=[,。;并])")


def held_as_headlined(earlier: list[Event], events: list[Event], positions: list[Position], text: str = "") -> list[Event]:
    """Events whose leader holds several posts, held by the body a headline names for the same
    event (农工党某省委会开展专题调研; then 省政协副秘书长、农工党某省委会副主委甲带队…开展专题调研:
    the party's, not the CPPCC's), where that body is one of the leader's; not an assembly its
    name gives its body (省工会代表会议: the union's). An event the body tells without a chair
    takes the chair its headline names. A headline saying 我县召开… (or 某市召开…) names no body of the chair's:
    the county's committee holds it only by convention."""
    out = []
    for ev in events:
        head = next((x for x in earlier if not x.date and not x.leaders and x.org and x.org != ev.org
                     and x.type == ev.type and (x.name in ev.name or ev.name in x.name) and _writes(text, x)), None) \
            if _assembly_of(ev.org or "", ev.name) is None else None
        if head is not None and ev.leaders and any(
                p.person == ev.leaders[0] and p.org and _holder(p.org) == head.org for p in positions):
            ev = _with(ev, org=head.org)
        if ev.org is None and (named := next((x for x in earlier if not x.date and x.org and x.type == ev.type
                                              and _same_but_place(x.name, ev.name)), None)):
            ev = _with(ev, org=named.org)  # 某省政府召开第八次全省某大会 (a headline); 10月25日,某省第八次某大会召开: its body
        if not ev.leaders and (chaired := next((x for x in earlier if not x.date and x.leaders and x.org == ev.org
                                                 and x.type == ev.type and (x.name in ev.name or ev.name in x.name)), None)):
            ev = _with(ev, leaders=chaired.leaders)  # …举行第一次会议 甲主持 (a headline), the body dating it (第三次某会 there: 某会)
        out.append(ev)
    return out


def _same_but_place(a: str, b: str) -> bool:
    """Whether two names of a meeting differ only by the place (第八次全省某大会, 某省第八次某大会)."""
    a, b = _WHOLE_PLACE.sub("", a), _WHOLE_PLACE.sub("", b)
    return len(min(a, b, key=len)) >= 6 and (a.endswith(b) or b.endswith(a))


def _writes(text: str, ev: Event) -> bool:
    """Whether the sentence of `ev` writes its body, in full or by its end (市政协 for 某市政协),
    rather than its place as 我县, 本市."""
    sentence = text[ev.start:ev.end]
    place = _body_place(ev.org)
    return not text or any(ev.org[i:] in sentence for i in range(len(ev.org) - 1)) \
        or not re.search(r"[我本][县市区旗]", sentence) and not (place and place + "召开" in sentence)


_SIDE_SITTING = re.compile(r"预备会议|主席团(?:第[一二三四五六七八九十]+次)?会议|分党组书记会议")


def restated(earlier: list[Event], events: list[Event]) -> list[Event]:
    """The earlier events less those the new ones restate: undated, with the same leaders (a page's
    headline block, then its article; a list recalling a trip), or without leaders, on the same day,
    of the same kind, by the same body or one named shorter (横山区人大考察团 for its 人大常委会's trip),
    or undated by the same body and name."""
    def same(ev: Event, x: Event) -> bool:
        if x is ev or not x.date:
            return False
        if ev.leaders:  # a headline's trip, told by another verb (走访 for 调研走访) in the body
            return not ev.date and x.leaders == ev.leaders and ev.org in (x.org, None) \
                and (x.type == ev.type or {x.type, ev.type} <= {"research", "inspection", "activity"})
        if x.type != ev.type or _SIDE_SITTING.search(x.name) and not _SIDE_SITTING.search(ev.name):
            return False  # 某区人大某次会议召开。主任甲主持召开预备会议: the session's preparatory sitting is another
        if not ev.date and (x.name == ev.name or ev.name.endswith(x.name)) and ev.org in (x.org, _government_of(x.org)):
            return True  # a headline's meeting or trip (…赴某县开展集中视察), dated in the body that names it again (and who chaired it)
        return ev.date == x.date and bool(x.leaders) and (ev.org is None or (x.org or "").startswith(ev.org)
                                                          or _government_of(x.org) == ev.org)  # 某县召开… (no chair: the government's), 县委书记甲主持
    return [ev for ev in earlier if not any(same(ev, x) for x in events)]


_OF_THE_PARTY = re.compile(r"^中国共产党|全国代表大会|中央委员会")


def _main(main_org: str | None, bodies: _Bodies, name: str) -> str | None:
    """The article's body holds what no clause gives a holder, unless it is a national one, or
    the party itself for what is not its own (its 第二十次全国代表大会, its 中央委员会's plenums)."""
    if main_org is None or main_org in national_bodies().values() \
            or main_org == "中国共产党" and not _OF_THE_PARTY.search(name):
        return None
    if any(o.key.startswith(main_org + "常委会") for o in bodies.items) and main_org.endswith("人大"):
        return main_org + "常委会"
    return _holder(main_org)


# A sentence opening with the places that hold its event: 3月28日,甲县、乙县以“…”为主题,在甲县召开…
# 为贯彻落实某会议精神,: a purpose clause opening a sentence, before what holds (the subject) and what it serves
_PURPOSE_CLAUSE = r"为了?(?:全面|深入|认真|进一步|切实|更好地?)*(?:贯彻|落实|学习|传达|推进|推动|做好|加强|深化|巩固)[^,。;!?]{0,60},"
_PLACES_OPEN = re.compile(rf"\s*(?:{DATE.pattern}|{_NAMED_DAYS})?(?:[上下]午|晚上?)?,?(?:在[^,。;]{{2,30}}?(?:之际|之?后|期间|前夕),|{_PURPOSE_CLAUSE})?"  # 在…之际/后, 为贯彻…,某县召开…
                          rf"(?P<places>[\u4e00-\u9fff]{{2,12}}?(?:、[\u4e00-\u9fff]{{2,12}}?)*)"
                          rf"(?=以|在|于|{_MANNER}?(?:召开|举行|举办|组织(?!部))|联合|共同)")  # 我县组织收听收看…, 某县迅速召开…


def _place_subject(text: str, s: int, e: int, name: str = "", ctx=None) -> str | None:
    """The party committee of the county or city a sentence opens with, where no one leads
    what it holds (by convention, as a town's meeting is its 党委's); the body the event's name
    opens with, where it does (某县召开人民政府党组会议: the county's government). 我县 is the
    page's county, where its locality is known."""
    credit = _DATELINE.match(text[s:e])  # 某县新闻网讯(通讯员 某某)5月29日,某县在…: after the dateline
    m = _PLACES_OPEN.match(text, s + credit.end(), e)
    first = m["places"].split("、")[0] if m else ""
    if ours := re.fullmatch("[我本](?P<level>[县市区旗])", first):
        d = ctx.resolve_ref(ours["level"].replace("旗", "县")) if ctx is not None else None
    elif (d := gazetteer().lookup(first) if m else None) is None and (tail := _place_tail(first)) and tail[0] > 0 \
            and tail[1].name == first[tail[0]:] and gazetteer().lookup(first[:tail[0]]) is not None:
        ours, d = True, tail[1]  # 渭南市华州区举行…: a district after its city
    if ours and d and d.level in ("prefecture", "county"):
        return d.name + "委"
    if ours and d is None and ctx is not None:
        return ours.group(0)[1] + "委"  # 我县, on a page whose county nothing tells: 县委, as written
    if not (d and d.name == m["places"].split("、")[0] and d.level in ("prefecture", "county")):
        return None
    body = _BODY_OPENS.match(name)
    return d.name + (_BODY_WORD[body[0]] if body else "委")


_BODY_OPENS = re.compile(r"人民政府|政府|人大常委会|政协")  # an event named by its body's word
_BODY_WORD = {"人民政府": "政府", "政府": "政府", "人大常委会": "人大常委会", "政协": "政协"}


def _first_person_body(text: str, persons: SpanIndex, positions, s: int, ev: Event) -> str | None:
    """甲乙一行…,并召开座谈会: the sentence's subject, a person, gives the body; not one named
    inside the event's name (某总书记考察某省重要讲话精神培训会)."""
    at = text.find(ev.name, s, ev.end)
    first = [p for p in persons.between(s, ev.end) if (at < 0 or not at <= p.start < at + len(ev.name))
             and not _object_person(text, p, s, ev.end)][:1]
    return _person_body(first[0], positions) if first else None


_WORDS_OF = re.compile(r"[^。;]{0,40}?(?:讲话|指示|批示|精神|思想|论述)")
_INVITED = re.compile(r"(?:邀请|特邀|请来)[^,;]{0,40}$")  # 并邀请某协会原副主席、某研究会原会长某某作讲座


def _object_person(text: str, p: Mention, s: int, e: int) -> bool:
    """A person the sentence speaks of, not its subject: one whose words are relayed or studied
    (传达了某总书记…的重要讲话, 学习贯彻某总书记关于…的重要思想), or a guest invited (邀请某某作讲座)."""
    before = text[max(s, p.start - 16):p.start]
    return bool(_RELAYED.search(before) and _WORDS_OF.match(text, p.end, e) or _INVITED.search(text, s, p.start))


def _with(ev: Event, **kw) -> Event:
    return replace(ev, **kw)


def _article_lead_date(text: str, sentences, pub_date: str | None) -> tuple[int, str | None]:
    """The sentence the article's lead opens with (its first dated sentence, early on) and its date;
    the lead's date may follow what the news is for (双节临近,为防范…,9月28日,某街道开展…)."""
    dated = False  # a sentence before told a date: a clause's date later on is no lead's
    for n, (s, e) in enumerate(sentences[:6]):
        if m := _LEAD_DATE.match(text[s:e]) or not dated and _CLAUSE_DATE.search(text[s:e]):
            return n, _date(m, pub_date)
        if _FUSED.match(text, s, e) and (fused := _fused_date(text[s:e], pub_date)):
            return n, fused  # 522日至25日,…: a lead whose month and day a scraper ran together
        dated = dated or bool(DATE.search(text, s, e))
    return 0, None


_CLAUSE_DATE = re.compile(r"(?<=,)" + DATE.pattern + r"(?:[上下]午|晚上?)?,")  # …,9月28日,…


def _event(text: str, kind: str, m: re.Match, s: int, e: int, bodies: _Bodies, persons: SpanIndex,
           positions: list[Position], pub_date: str | None) -> Event | None:
    if kind == "toured":
        return _visit(m, persons, positions, s, e, pub_date)
    if kind == "spoke" and m["dname"]:  # 在9月11日召开的座谈会上: a meeting held that day
        org, name = _name_holder(bodies, m.start("dname"), m.end("dname") + 1, m["dname"])
        return Event(org, name, _kind(m["dnoun"]), _date(m, pub_date), (), (), (), s, e)
    if kind == "chaired":  # 甲乙总书记…主持召开X会议时的重要讲话: a meeting cited, its chair speaking
        who = _speaker(text, persons, s, m.start())
        org, name = _name_holder(bodies, m.start("name"), m.end("name") + 1, m["name"])
        org = org or (who and _person_body(who, positions))
        return Event(org, name, _kind(m["noun"]), None, (who.key,), (), (), s, e) if who and org else None
    if kind == "members" and m["members"]:  # 某县人大常委会部分组成人员检查…: that committee's
        committee = next((o.key for o in bodies.between(s, m.start("who")) if o.end == m.start("who")), None)
        return Event(committee, m.group(0)[m.start("noun") - m.start():], _kind(m["noun"]), None, (), (), (), s, e) \
            if committee else None
    if kind == "members":  # 政协委员们集中视察了…: their CPPCC's, named before them, else the page's one
        named = [o.key for o in bodies.between(s, m.end("who")) if o.end <= m.end("who") and body_kind(o.key) == "cppcc"]
        own = bodies.locale and bodies.locale.name + "政协"
        org = own if own in named else named[-1] if named else None  # 县政协委员及驻某县的省、市政协委员: the page's own
        if org is None and len(cppcc := {o.key for o in bodies.between(s - 2000, e + 2000) if body_kind(o.key) == "cppcc"}) == 1:
            org = cppcc.pop()
        return Event(org, m.group(0)[m.start("noun") - m.start():], _kind(m["noun"]), None, (), (), (), s, e) if org else None
    if kind == "round":  # a committee's round of inspection: no one leads it, dated only by its start
        org, _ = _name_holder(bodies, m.start("name"), m.end("name") + 1, m["name"])
        day = _date(_FROM_DAY.search(text, m.end(), e), pub_date)
        return Event(org, m["name"], "inspection", day, (), (), (), s, e) if org else None
    if kind == "cited":  # 传达学习7月30日中央政治局会议精神: a meeting cited, with its date
        org, name = _name_holder(bodies, m.start("name"), m.end("name") + 1, m["name"])
        if org is None and (who := _speaker(text, persons, s, m.start())):
            org = _person_body(who, positions)  # 总书记4月26日在某座谈会的讲话精神: the speaker's body's
        return Event(org, m["name"], _kind(m["noun"]), _date(m, pub_date), (), (), (), s, e) if org else None
    if text[s] == "要" or _NUMBERED_TASK.match(text, s, m.start()) or _directive(text, max(s, m.start() - 60), m.start()) \
            or _MUST.search(text[max(s, m.start() - 6):m.start() + 4]) or _TASK.search(text, m.start(), m.end()):
        return None  # "会议要求,要…开展…": a task set, not an event held
    if kind == "held" and _PER_PLAN.search(text, max(s, m.start() - 40), m.start()) \
            and _PLAN_AFTER.match(text, m.end()):
        return None  # 按照民建省委…和市政协开展…活动安排,…: the plan followed, not an event held
    if _in_title(text, s, m.end()) or kind == "held" and text.endswith("关于", s, m.start()):
        return None  # 《…会议…》, 关于召开…会议的决定: a document's title
    if kind == "held" and _in_quote(text, s, m.start(), e):
        return None  # 定位为“…反映社情民意,开展民主监督”: words quoted, nothing held
    if kind == "held" and text.startswith("组织委员", m.start()) and persons.between(m.start() + 4, m.start() + 5):
        return None  # 组织委员某某: a post, not the verb
    if kind == "held" and text.startswith("主持了", m.start()) and m["name"] in ("会议", "会"):
        return None  # 某某主持了会议: the chair of the meeting told before, none held anew
    if kind == "held" and _NUMBERED_OFFICE.match(text, m.start()):
        return None  # 州委组织部组织一科科长甲…陪同调研: an office's name, not the verb
    date = _date(m, pub_date) if kind == "passive" and m["pdate"] else None
    clause = _clause_start(text, s, m.start())
    if kind == "went" and m["bverb"]:
        return _trip_of_named(text, m, persons, positions, s, e, date)
    if kind in ("went", "held") and _THANKED.match(text, m.end(), e) and "对" in text[clause:m.end()]:
        return None  # 甲对乙一行来校调研表示热烈欢迎, 对市领导的慰问表示感谢: the guests' visit, welcomed
    if kind == "went" and m["wverb"] and (text.startswith("时", m.end())
                                          or re.search(r"(?:陪同|一同|一起|参加)了?(?:调研|考察|视察)?$", text[s:m.start()])):
        return None  # 市领导甲、乙会见时在座, 甲乙陪同走访, 甲参加调研慰问: who sat in on a call, or went along on one told before
    if kind == "led" and re.search(r"陪同了?$", text[m.start():m.start("noun")]):
        return None  # 我院某副检察长带领某部负责同志陪同了调研: the hosts along on the guests' trip
    if kind == "went" and m["tnamed"] and not any(p.end == m.start("tnamed") for p in persons.between(m.start(), m.start("tnamed"))):
        return None  # 与有关部门负责人进行座谈: talks on a trip, no guest named
    if kind == "went" and m["noun"] in _LOOKED and m["gverb"] in ("来", "对", "就"):
        return None  # 近年来…的汇报,察看了…: no going told, a look taken on a trip told before
    if kind in ("led", "went"):
        who = _subject_person(text, persons, clause, m.start()) or next(
            (p for p in persons.between(s, m.start()) if text.startswith("的带领下", p.end)), None)  # 在X的带领下,…
        town_led = _town_leads(text, s, m.start()) if who is None else None
        if who is None and not _body_subject(text, bodies, clause, m.start()) and not _GROUP_GOES_ON.search(text, s, m.end()) \
                and not town_led:
            return None  # a trip needs its traveller: a person, a body (市政协调研组赴X调研), the group told before
        noun = m["noun"] or m["wverb"] or m["anoun"] or m["talk"] and "座谈会"
        name = noun if kind == "led" else _quoted(text, m.start(), m.end()) if m["noun"] else \
            m.group(0) if m["anoun"] or m["talk"] else _clause(text, m.start(), e)
        org = _subject_body(bodies, clause, m.start()) if who is None else \
            _led_group(text, bodies, who, m.start("noun") if kind == "led" else m.start(), positions,
                       text[m.start():m.end()] + re.match(r"[^,。;:]*", text[m.end():e])[0])  # 到某旗检查 + 安全生产工作: what the trip is on
        org = org or town_led
        leaders = (who.key, *_co_leaders(text, persons, who, m.start())) if who and kind == "led" else (who.key,) if who else ()
        if kind == "went" and m["wverb"] and m["wverb"].startswith(_RECEIVES):  # 市委书记甲,市长乙会见调研组一行: the hosts lead
            leaders = () if _SEVERAL_HOSTS.search(text, clause, m.start()) else \
                (who.key, *_co_leaders(text, persons, who, m.start())) if who else ()  # 甲、乙分别会见: no one call
        return Event(org, name, _kind(noun), date, leaders, (), (), s, e)
    if kind == "held" and (_DESCRIBED.match(m["name"]) or _TALLY.match(m["name"]) or m["name"] in ("活动", "了活动")) \
            or kind == "passive" and (_RESTATED.search(m["name"]) or _GREETED.match(text, m.end())
                                      or _BARE_SITTING.fullmatch(m["name"]) and text.endswith("闭幕", s, m.end())):
        return None  # 是…召开的一次重要会议: what a meeting was, not one held; 祝贺大会召开, 确保会议顺利举行, 大会闭幕: the one told; 开展活动: none named
    name = _DATELINE.sub("", _EVENT_NAME_START.sub("", m["name"])).removeprefix("的")  # 组织的X培训班
    if name.startswith("“") and "”" not in name:
        name = name[1:]  # 召开“某某会议”: the name inside its quotes
    name_start = m.end("name") - len(name)
    if (cut := name.rfind("的") + 1) and any(o.start == name_start + cut for o in bodies.between(name_start + cut, m.end())):
        name, name_start = name[cut:], name_start + cut  # 全省人民期盼的中国共产党某省第十次代表大会: the body's
    org, name = _name_holder(bodies, name_start, m.end(), name)
    if kind == "held" and org and _MEMBERS_OF.match(text, name_start, m.end()):
        org, name = None, text[name_start:m.end("name")]  # 某人大常委会召开在宁全国人大代表…座谈会: a meeting of deputies, held by its subject
    town = _TOWN_CONGRESS.search(text[name_start:m.end("name")])  # 某区某镇第十六次党员代表大会, 某镇第六届人民代表大会第三次会议
    if org == "中国共产党":  # 中国共产党某大学第十三次党员代表大会: the party of the body named after
        org, name = _name_holder(bodies, name_start + 5, m.end(), name.removeprefix("中国共产党"))
    if town:
        org = town["town"] + ("人大" if town["congress"] == "人民代表大会" else "党委")
    if kind == "passive" and (by := _organized_by(text, bodies, s, m.end("name"))):
        org, name = by  # 由A、B联合举办的X运动会在Y举行: A's
    elif kind == "held" and org is None and (by := _organized_by(text, bodies, clause, m.start())):
        org = by[0]  # 由A主办的X培训班在Y举行开班典礼: A's
    placed = org is None and (org := _place_named(text, name_start, m.end("name"))) is not None
    if org is None and kind == "passive" and (unit := _UNIT_OPENS.match(name)):
        org = _unit_holder(text, bodies, unit["unit"], name[unit.end():])  # 集团某培训班在某大学开班: the unit's
    subject = _nearest_subject(text, bodies, persons, s, m.start()) if kind == "held" else None
    if subject is None and kind == "held" and _kind(m["noun"]) in ("research", "inspection") \
            and (went := _WENT_BEFORE.search(text, clause, m.start())):  # 甲,乙…莅临某地,开展…调研: the party's first leads it
        subject = _subject_person(text, persons, clause, went.start())
    if org and subject and subject.label == "ORG" and (_ON_WORK.match(text, name_start, m.end()) or m["noun"].endswith(_BRIEFINGS)):
        org, name = _holder(subject.key), text[name_start:m.end("name")]  # 中共某市委召开市人大工作会议: the committee's;
        # 某市政府新闻办召开某市人民代表大会第五次会议新闻发布会: the office's briefing on the session
    elif placed and subject and subject.label == "ORG":
        org = _holder(subject.key)  # 省某局调研组到某县开展某市…调研: the place studied, the bureau's trip; 某市政府新闻办召开某市…发布会: the office's
    if subject and subject.label == "PERSON":  # A、B到…开展调研: the list's first leads
        subject = _subject_person(text, persons, clause, m.start()) or subject
    if org is None:
        org = (subject and (_holder(subject.key) if subject.label == "ORG" else _person_body(subject, positions, name))) \
            or _town(text, clause, m.start(), name, bodies) \
            or _subject_body(bodies, clause, name_start if kind == "passive" else m.start(), text) \
            or (_named_subject(text, clause, m.start(), persons) if kind == "held" else None) \
            or (_town_leads(text, s, m.start()) if subject is None else None)
    org = _unit_party(org, name)
    leaders = (subject.key,) if subject and subject.label == "PERSON" and not _ATTEND_WORD.search(text, subject.end, m.start()) \
        and (_kind(m["noun"]) in ("research", "inspection") or "一行" in text[subject.end:m.start()]
             or text.startswith(("主持", "讲授"), m.start()) or _WENT_TO.match(text, subject.end)) else ()  # 某某来某市调研并主持召开座谈会: its chair
    if not leaders and kind == "held" and (goer := _goer(text, persons, s, m.start())):
        leaders = (goer.key,)  # 某某先后来到甲村、乙公司,开展走访代表活动: who went holds it
        org = org or _person_body(goer, positions, name)
    # X到青莲镇开展调研: X leads the trip; X等一行到某镇开展座谈会: the party's head leads what it holds
    return Event(org, name.strip(), _kind(m["noun"]), date, leaders, (), (), s, e)


_GROUP_OF = re.compile(r"[^,。;:!?、]{0,16}?(?:组|团|委员|代表)(?!长)")  # 省政协四级政协委员第二十八组, 市人大调研组


def _led_group(text: str, bodies: _Bodies, who: Mention, verb: int, positions: list[Position], topic: str = "") -> str | None:
    """The body of a person's trip: the leader's own (for the trip's `topic` where their posts
    differ), unless they lead another body's group (甲, a deputy of a city congress, 带领省政协委员
    第二十八组到某县调研: the CPPCC's). A group named by level (率市政协…调研组) is the leader's own
    body of that level where they have one."""
    own = _unit_of(_person_body(who, positions, topic, text=text))  # 市政协副主席、市工商联主席甲调研民营企业: the federation's
    if own and _known_topic(topic) and not _on_its_work(own, topic) and (seat := next(
            (p.org for p in positions if p.person == who.key and p.org and p.org != own and own.startswith(p.org)
             and _PARTY_SEAT.match(p.title)), None)):
        own = seat  # 市委常委、统战部部长甲到某旗检查安全生产: the committee's work, not the department's
    if delegation := next((p.org for p in positions if p.person == who.key and p.end == who.end and p.org
                           and body_kind(p.org) == "delegation"), None):
        return delegation  # 某部部长、中央代表团副团长甲带领二分团来到…: the delegation's trip
    lead = _LEADS_GROUP.search(text, who.end, verb)  # 甲、乙(委员、某市人大副主任)带领…: after the last leader
    opens = lead.end() + text.startswith("的", lead.end()) if lead else 0  # 由甲带领的某委检查组
    group = bodies.between(opens, verb) if lead else []
    if not (group and group[0].start == opens and _GROUP_OF.match(text, group[0].end, verb)):
        return own
    body = _holder(group[0].key)
    written = group[0].text[:len(group[0].text) - (len(group[0].key) - len(body))]  # 市政协(农业和农村委员会)
    return own if own and (own.endswith(written) or own.startswith(body)) else body  # 全国人大环资委副主任委员甲率全国人大调研组: his committee's


def _goer(text: str, persons: SpanIndex, s: int, at: int) -> Mention | None:
    """The person a clause before names going (某某先后来到…), where the event's clause names no
    one before its verb."""
    clause = max([s] + [i + 1 for i in range(s, at) if text[i] in ",;"])
    if clause == s or persons.between(clause, at):
        return None
    goer = next((p for p in reversed(persons.between(s, clause))
                 if _WENT_TO.match(text, p.end) or _LEADS_GROUP.match(text, p.end)), None)  # 甲率队赴某集团,围绕…开展调研
    return goer and (_subject_person(text, persons, s, goer.end) or goer)  # 甲,乙率…: the list's first


# 视察湖北时的殷殷嘱托, 考察社区的新闻报道: a tour recalled, not one made
_TRIP_CITED = re.compile(r"[^,。;:!?]{0,12}?(?:(?:时|期间)(?:的|所作|作出|提出)|的(?:新闻|报道|足迹|重要))")
_TRIP_AS_MODIFIER = re.compile(r"(?:时的?|期间的?)?(?:系列)?(?:重要)?(?:讲话|指示|批示|精神)")  # 某某调研系列讲话精神: words cited


def _trip_of_named(text: str, m: re.Match, persons: SpanIndex, positions, s: int, e: int, date) -> Event | None:
    """`县委书记某某调研某企业…`: a trip verb right after a person's name (or 同志, 一行, and how:
    实地, 专题) is that person's trip, named from the verb to its clause's end; elsewhere 调研 is a noun."""
    who = next((p for p in persons.between(max(s, m.start() - 14), m.start())
                if re.fullmatch(r"(?:同志)?(?:等?一行)?(?:还|再次|专程|先后)?(?:实地|专题)?", _after_title(text, p.end, m.start()))), None)  # 某某副市长调研…
    if who is None or _TRIP_AS_MODIFIER.match(text, m.end()) or _TRIP_CITED.match(text, m.end(), e):
        return None
    return Event(_unit_of(_person_body(who, positions)), _clause(text, m.start(), e), _kind(m["bverb"]), date,
                 (who.key,), (), (), s, e)


_BRIEFINGS = ("发布会", "通气会")  # a briefing held on a body's business, by whoever holds it
_ON_WORK = re.compile(r"(?:全国|省|市|县|区)?(?:人大|政协|统战|民族宗教|群团|工会|共青团|妇联)工作(?:会议|座谈会)")
# 某人大常委会召开在宁全国人大代表座谈会, 市委召开区委书记点评会: of members or secretaries, held by its subject
_MEMBERS_OF = re.compile(r"(?:在[\u4e00-\u9fff]{1,2})?(?:全国|省|市|县|区)?(?:人大|政协)(?:代表|委员)|(?:[市县区]|乡镇)(?:委|党委)书记")
# A town's party or people's congress: the town's 党委 or 人大 (the town as it is named before the term).
_TOWN_CONGRESS = re.compile(r"(?:^|(?<=[县区市旗])|(?P<party>(?:中国共产党|中共))(?:[\u4e00-\u9fff]{1,6}?[县区市旗])?)(?P<town>(?![我本全该各]|中共|中国共产党)[\u4e00-\u9fff]{1,4}?[镇乡])"
                            r"第[一二三四五六七八九十\d]{1,3}[次届](?P<congress>党员代表大会|党代会|人民代表大会|(?(party)代表大会|(?!)))")
_TALLY = re.compile(r"[一二三四五六七八九十两\d]+(?:次|场)")  # 主席团召开了四次会议: a count of meetings, none told
_DESCRIBED = re.compile(r"的(?:一次|又一次|一场|一个|首次)")
# 祝贺大会召开, 某某宣布大会开幕: the meeting the article tells, named again by its bare noun
_THANKED = re.compile(r"[^,。;]{0,12}?(?:表示|致以)(?:热烈的?|衷心的?|诚挚的?|最诚挚的?)?(?:欢迎|感谢|谢意)")
_GREETED = re.compile(r"(?:表示|致以)(?:热烈的?|衷心的?|诚挚的?)?祝贺")  # 对某会议在某地召开表示祝贺: the one told
_BARE_SITTING = re.compile(r"(?:[^,。;]{0,14}?[日时](?:[上下]午|晚上?)?)?(?:大会|会议)")  # 1月20日下午大会闭幕: the session told closes
_RESTATED = re.compile(r"(?:祝贺|预祝|庆祝|宣布|标志着|保证|确保|保障)(?:本次|这次|此次)?(?:大会|会议|全会)$")
_ORGANIZERS = re.compile(r"由(?P<orgs>[^,。;:!?“”]{2,60}?)(?:联合|共同)?(?:主办|举办|承办|组织)"
                         r"(?:、[^,。;:!?“”的]{2,40}?(?:承办|协办))?(?:为期[^,。;的]{1,6})?的")  # 由A主办、B承办的: A's


_THIS_ONE_BY = re.compile(r"\s*(?:据(?:介绍|了解),)?(?:本次|此次|这次)[\u4e00-\u9fff]{0,6}?是?由(?P<orgs>[^,。;:!?“”]{2,60}?)(?:联合|共同)?(?:主办|举办|承办|组织)")


def _this_one_by(text: str, bodies: _Bodies, after: list[tuple[int, int]]) -> str | None:
    """The organizer a sentence after an event's names for it (本次培训由A与B联合举办, 此次活动是由A主办): the first."""
    for a, _ in after:
        if (m := _THIS_ONE_BY.match(text, a)) and (first := bodies.between(m.start("orgs"), m.end("orgs"))) \
                and first[0].start == m.start("orgs"):
            return _holder(first[0].key)
    return None


def _organized_by(text: str, bodies: _Bodies, s: int, name_end: int) -> tuple[str, str] | None:
    """`由A、B联合举办的X…`: the first organizer holds the event, named from after 的."""
    for m in _ORGANIZERS.finditer(text, s, name_end):
        first = bodies.between(m.start("orgs"), m.end("orgs"))
        if first and first[0].start <= m.start("orgs") + 1:
            return _holder(first[0].key), text[m.end():name_end]
    return None


def _quoted(text: str, start: int, end: int) -> str:
    """text[start:end], with the closing quote of a quoted word it ends in (开展“深调研”)."""
    if text.count("“", start, end) > text.count("”", start, end) and text.startswith("”", end):
        end += 1
    return text[start:end]


def _clause(text: str, at: int, e: int) -> str:
    """From `at` to the clause's end (会见张某一行 → the visit's name), or the line's."""
    return re.match(r"[^,。;:!?\n]{1,30}", text[at:e])[0]


_MEANS = re.compile(r"(?:通过|利用|采取|以)[^,。;]{1,30}?(?:的)?(?:形式|方式)")


_BARE_DAY = re.compile(r"(?<![\d月年号])[1-3]?\d日(?:[上下]午|晚上?)?,")  # 为…听取意见建议,23日,…: the day


def _directive(text: str, lo: int, hi: int) -> bool:
    """A task set before the trigger (会议要求,要…); not a preamble (根据…要求,…)."""
    for d in _DIRECTIVE.finditer(text, lo, hi):
        if _MEANS.match(text, d.start()):
            continue  # 通过座谈的形式,就…进行调研: how it was done
        preamble = re.search(r"(?:根据|按照|依据|落实|贯彻)[^,。;]*$", text[max(0, d.start() - 120):d.start()])
        if preamble and text.startswith("要求", d.start()):  # 按照…要求和…要点,4月25日,…视察; 为落实…的部署要求,县委召开
            continue
        if not DATE.search(text, d.end(), hi) and not _BARE_DAY.search(text, d.end(), hi):  # 为…,积极响应…,4月19日下午,某社区召开…: a day it was held
            return True
    return False


def _in_title(text: str, s: int, at: int) -> bool:
    return text.count("《", s, at) > text.count("》", s, at)


def _in_quote(text: str, s: int, at: int, e: int) -> bool:
    """Whether `at` lies inside a quotation of the sentence text[s:e] long enough to hold a
    clause (a comma within it): “…,开展民主监督”, not a campaign's quoted name (开展“某某”活动)."""
    opened = text.rfind("“", s, at)
    return opened > text.rfind("”", s, at) and (close := text.find("”", at, e)) != -1 \
        and re.search(f"[,{_MASKED_COMMA}]", text[opened:close]) is not None


def _clause_start(text: str, s: int, at: int) -> int:
    """The subject of a trigger stands in its sentence, up to 120 characters before it, after a
    purpose clause that opens it (为贯彻落实县委全会精神,6月27日,某开发区召开…: not the 县委)."""
    lo = max(s, at - 120)
    if (m := _PURPOSE.match(text, lo, at)) and m.end() < at:
        lo = m.end()
    return lo


# 为全面贯彻落实某会议精神, (dated or not): a purpose clause opening a sentence names what is served
_PURPOSE = re.compile(rf"\s*(?:\d{{1,2}}月\d{{1,2}}日(?:[上下]午|晚上?)?,)?{_PURPOSE_CLAUSE}")


_UNIT_COMMITTEE = re.compile(r"第[一二三四五六七八九十\d]+届委员会")
# 中共某医院委员会第九次代表大会, 中共某学院第三次代表大会, 中共某医院第五次党员大会: the unit's party congress, its 党委's
_UNIT_CONGRESS = re.compile(r"(?:中共|中国共产党)[^,。;]{2,30}?(?:委员会)?第[一二三四五六七八九十\d]+次(?:党员代表大会|代表大会|党员大会)")
_STUDIED = ("学习", "贯彻", "传达", "宣讲", "落实", "领会")  # 学习某全会精神专题会: the plenum studied holds nothing


def _name_holder(bodies: _Bodies, start: int, end: int, name: str) -> tuple[str | None, str]:
    """A body the name opens with holds the event: 市政协党组(扩大)会议 → (市政协, 党组(扩大)会议);
    of two that overlap the one reaching further (二十届中央政治局: 中央政治局, not 二十届中央)."""
    found, written = bodies.between(start, end), name
    for o in found:
        if any(o.start < x.start < o.end < x.end for x in found):
            continue
        before = name[:o.start - start]
        if o.start - start > 2 and not _TERM_ONLY.fullmatch(before) and not _YEAR_ONLY.fullmatch(before) and gazetteer().lookup(before) is None \
                or before.endswith(_STUDIED + ("列席", "出席", "参加")) or o.end > end or o.end == end and not name.endswith(("代表大会", "代会")):
            continue  # 十四届县委常委会…: a term before the body (重庆市某区…: its city); a congress is its body's
        rest = name[o.end - start:] if o.end - start <= len(name) else ""
        if _SPIRIT_OF.match(rest):
            continue  # 县委十五次党代会报告精神贯彻落实专题会议: the body whose congress is studied, not the holder
        if rest.startswith(("委托", "交办")):
            return None, name  # 自治区党委委托重点调研课题…会商会: who asked for the work, not who meets on it
        sub = o.key[len(_holder(o.key)):]
        if len(rest) >= 2:
            name = sub + rest if sub and not rest.startswith(sub) else rest
        if o.key.endswith("人大") and _STANDING_SESSION.match(rest):
            return o.key + "常委会", name  # 县人大第十八届常委会第二十七次会议: its standing committee's
        if (_UNIT_COMMITTEE.match(rest) or _UNIT_CONGRESS.fullmatch(written) and not written.startswith(o.key)) \
                and body_kind(o.key) in ("school", "company", "unit"):
            return o.key + "党委", name  # 中共某大学第二届委员会第八次全体会议: the university's party committee
        return _holder(o.key), name
    return None, name


_SPIRIT_OF = re.compile(r"[第一二三四五六七八九十\d届次]{0,8}(?:党代会|全会|全委会|代表大会)(?:报告)?精神")
_YEAR_ONLY = re.compile(r"\d{4}年度?")  # 2018年度教育部党组民主生活会: the year the meeting is of, before its body
_STANDING_SESSION = re.compile(rf"(?:{_TERM_ONLY.pattern})?常委会")


def _unit_of(org: str | None) -> str | None:
    """A unit's trip, not its party committee's or board's: 某学院党委书记甲一行到某镇调研 (某学院)."""
    unit = org.removesuffix("党委").removesuffix("监事会") if org else org
    return unit if unit != org and len(unit) > 1 and body_kind(unit) in ("company", "school", "unit") \
        and not unit.endswith(("镇", "乡", "街道", "村", "社区", "自治区", "工作")) else org  # 某镇党委, 自治区党委: the place's own; 校党委 as written; 市某某工作党委: a committee of its own


def _unit_party(org: str | None, name: str) -> str | None:
    """某集团召开党委理论学习中心组学习会: a unit's meeting named for its 党委 is the 党委's; so is a
    company's or school's 理论学习中心组 (its 党委's study group). Then a department's meeting
    (`_department_meeting`)."""
    kind = body_kind(org) if org else None
    if kind in ("company", "school", "unit") and (_PARTY_MEETING.match(name) or _PARTY_CONGRESS.search(name)
                                                  or _PARTY_PLENUM.match(name)) \
            or kind in ("company", "school") and _STUDY_GROUP.match(name):
        return org + "党委"
    return _department_meeting(org, name)


# A committee, leading group or headquarters a government sets up for one field of work
# (安全生产委员会, 食品药品安全委员会, 妇女儿童工作委员会, 防汛抗旱指挥部), named at the head of its own
# sitting: 第二次全体会议, (扩大)会议, 主任办公会议, 2025年第三次会议. Not a congress's or a CPPCC's
# standing committee, a party committee of a term, a discipline commission.
_COMMITTEE_SITTING = re.compile(
    r"(?:\d{4}年)?(?P<body>(?:(?![召开举行暨])[\u4e00-\u9fff()()“”]){2,30}?"
    r"(?<!常务)(?<!常)(?<!届)(?<!纪律检查)(?<!中央)(?:委员会|领导小组|指挥部|联席会议))"
    rf"(?=(?:\d{{4}}年)?(?:第{_NUM}次)?(?:全体(?:成员|委员)?)?(?:\(扩大\))?(?:月度|季度)?(?:主任办公|成员单位|工作)?(?:会议|会$))")
_PLACE_GOVERNMENT = re.compile(r"(?P<place>.*?(?:自治区|[省市县区旗盟州镇乡]))(?:人民政府|政府)$")
_LEVEL_OPENS_NAME = re.compile(r"(?:全|本)?(?:自治区|[省市县区旗州])(?:政府)?(?!委员会)")


def _committee_holder(org: str | None, name: str) -> str | None:
    """某县召开安全生产委员会第二次全体会议, 区食品药品安全委员会2025年第三次全体会议: the sitting of a
    committee a government set up for one field of work is that committee's, named with the
    government's place (the devset's convention). A party committee's own commissions and
    groups (某县委全面深化改革委员会) stay the committee's; a body the sitting names itself stays."""
    if not (m := _COMMITTEE_SITTING.match(name)) or not (gov := _PLACE_GOVERNMENT.fullmatch(org or "")):
        return org
    body = m["body"]
    if _named_with_place(body):
        return body  # 某县安全生产委员会第四次会议: named with its place already
    if level := _LEVEL_OPENS_NAME.match(body):
        body = body[level.end():]  # 区安全生产委员会, 市政府妇女儿童工作委员会 of 某市: the place once
    return gov["place"] + body


def _named_with_place(body: str) -> bool:
    """Whether a body's name opens with a division's (某县安全生产委员会)."""
    return any(not start for start, _, _ in division_spans(body))


def _sittings_held_with(text: str, ev: Event, s: int, e: int, org: str | None) -> list[tuple[str, str]]:
    """The committees' sittings a meeting is held as too, named with it (某工作会暨某县安全生产
    委员会第四次会议; 某区政府全体会议(区安全生产委员会2025年第四次会议、区食品药品安全委员会第三次
    全体会议)): (committee, sitting) for each, the committee named with its government's place."""
    at = text.find(ev.name, s, e)
    if at < 0:
        return []
    end = at + len(ev.name)
    joined = ev.name.split("暨", 1)[1] if "暨" in ev.name else None
    if (opens := _ASIDE_AFTER.match(text, end, e)) and (inside := _bracketed(text, opens.end() - 1, e)):
        joined = inside
    elif after := _JOINED_AFTER.match(text, end, e):
        joined = after["items"]
    out = []
    for item in (joined.split("、") if joined else ()):
        if not (m := _COMMITTEE_SITTING.match(item)):
            return []  # a list of sittings: every item one, or none is
        body = _committee_holder(org, item)
        if body == org:  # no government's place to name it by: only a committee named with its own
            body = m["body"] if _named_with_place(m["body"]) else None
        if body is None:
            return []
        out.append((body, item))
    return out


_ASIDE_AFTER = re.compile(r"(?:暨[^,。;(]{2,40})?\(")
_JOINED_AFTER = re.compile(r"暨(?P<items>[^,。;(]{4,80})(?=[,。;]|$)")


def _bracketed(text: str, opens: int, end: int) -> str | None:
    """What the bracket at `opens` holds, brackets inside it kept (…委员会(林长制及绿化)…)."""
    depth = 0
    for i in range(opens, end):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return text[opens + 1:i]
    return None


def _department_meeting(org: str | None, name: str) -> str | None:
    """A meeting of a party department's heads across a place is the department's: 某市召开全市
    统战部长会议 (the committee's 统战部 convenes its peers); 全国统战部长会议 (the central one's)."""
    if (heads := _BUREAU_HEADS.match(name)) and org and (place := place_of(org)):
        return place + heads["field"] + ("厅" if place.endswith(("省", "自治区")) else "局")  # 全省公安局处长会议: 某省公安厅's
    if (dept := _DEPT_HEADS.search(name)) is None:
        return org
    if org and body_kind(org) == "party" and org.endswith("委"):
        return org + dept["dept"] + "部"
    return "中央" + dept["dept"] + "部" if org is None and "全国" in name[:dept.start()] else org


# A meeting of a government department's heads across a place (全省公安局处长会议, 全市民政局长会议,
# 全省公安厅局长会议): the place's department of that field convenes its peers.
_BUREAU_HEADS = re.compile(r"全[省市县区](?P<field>[\u4e00-\u9fff]{2,4}?)(?:厅局长|局处长|局长)(?:工作)?(?:会议|座谈会)")
# A meeting of a party department's heads across a place (全市统战部长会议, 全省组织部长座谈会); not
# one of several departments' (组织、宣传、统战部长会议: the committee's).
_DEPT_HEADS = re.compile(r"(?<![、和])(?P<dept>组织|宣传|统战|社会工作)部长(?:工作会议|会议|座谈会)")


def _committee_named(name: str, main_org: str | None) -> str | None:
    """十一届党委常委会第N次会议 on a page that names no unit: the 党委 as written (not the
    省委 whose plenary it studied); a unit's page gives its own (`_unit_party`)."""
    if main_org and body_kind(main_org) in ("company", "school", "unit"):
        return None
    m = _BARE_PARTY_MEETING.match(name)
    return m["word"] if m else None


_BARE_PARTY_MEETING = re.compile(rf"(?:{_TERM_ONLY.pattern})?(?P<word>党委|党工委|党总支)(?:常委会|会议|全体|理论学习中心组|中心组)")
_PARTY_CONGRESS = re.compile(r"第[一二三四五六七八九十\d]{1,3}次(?:党员代表大会|党代会)$")  # a unit's party congress: its 党委's


_PARTY_PLENUM = re.compile(rf"(?:中国共产党|中共)[^,。;]{{2,20}}?第?{_NUM}届委员会")  # 中国共产党某大学第七届委员会第十一次全体会议
_PARTY_MEETING = re.compile(r"(?:\d{4}年(?:度)?)?(?:\d{1,2}月份?)?(?:第[一二三四五六七八九十\d]{1,3}次)?党委")  # 2020年第九次党委理论学习中心组学习会
_STUDY_GROUP = re.compile(_PARTY_MEETING.pattern.replace("党委", "(?:理论学习)?中心组"))  # 2024年第三次理论学习中心组…


def _holder(key: str) -> str:
    """The committee holding a sub-body's event; a congress's standing committee is a body of its
    own, and so is every central body (中共中央政治局常委会), every leading group (某市脱贫攻坚领导小组)
    and every inspection team (某县委第一巡察组)."""
    if key in national_bodies().values() or key.endswith(("巡视组", "巡察组")):
        return key  # 县委第一巡察组巡察某镇党委工作动员大会: the team's own (as the gold has a team's 进驻 and 动员会)
    if m := _DIVISION_OF_DEPT.match(key):  # 市委统战部联络处处长甲主持…联席会议: the department's
        return m["dept"] or m["commission"]
    if m := _TEAM_SENT.match(key):  # 某安委会第6督查组组长甲带队检查: the body that sent the team (or has the group)
        return _holder(m["body"])
    parent = parent_org(key)
    return parent + "常委会" if parent.endswith("人大") and key.startswith(parent + "常委会") else parent


_DIVISION_OF_DEPT = re.compile(r"^(?P<dept>.+?(?:部|局|厅|办(?![事公])))[\u4e00-\u9fff]{1,6}?(?:处|科|股|(?<!公)办)$"  # a department's 处, 科, 股, 办 (安置办)
                               r"|^(?P<commission>.+?委)[^部局厅办委会]{1,6}?(?:处|科)$")  # a commission's (某省卫生健康委妇幼处)
# A team a body sends on a task, or a working group of its own, named after it (某安委会第八巡查组,
# 某区安委会某领域暗访暗查组, 某省委会党史研究小组); a party committee's inspection teams (巡视组,
# 巡察组) and leading groups are bodies of their own.
_TEAM_SENT = re.compile(r"^(?P<body>.+?(?:委员会|委会|委|局|厅|政府|部|办))(?:[\u4e00-\u9fff\d]{0,16}?)"
                        r"(?:(?:巡查|督导|督查|督办|暗查|检查|指导|调研|考察|视察)组(?:第[一二三四五六七八九十\d]{1,3}组)?"
                        r"|研究小组|工作小组)$")
_LED_BY = re.compile(r"由[^,。;]{2,40}?(?:带队|率队|带领|率领)")
_LEADS_GROUP = re.compile(r"(?:同志)?(?:带领|带队|率领|率(?!先))")  # not 率先: first to
_PLACE_WORDS = ("在", "于", "到", "赴", "来")  # 在县委党校举办, 来市政协调研: a body after them is where, not who


_ON_TOPIC = re.compile(r"(?<=[\u4e00-\u9fff])就(?!是|要|能|会)|围绕")  # 某街道就区委…精神召开研讨会, 围绕落实省委…开展调研: what it is about


def _nearest_subject(text: str, bodies: _Bodies, persons: SpanIndex, s: int, at: int) -> Mention | None:
    """The subject nearest the verb in its clause: a body, or a person (for the body of their post);
    the one who leads the party, where a clause before says so (由某社社长甲带队,乙、丙组成的采访团到…)."""
    for m in _LED_BY.finditer(text, s, at):
        if lead := next((p for p in persons.between(m.start(), m.end()) if _LEADS_GROUP.match(text, p.end)), None):
            return lead
    lo = max([s] + [i + 1 for i in range(s, at) if text[i] in ",:;"])
    cands = [o for o in bodies.between(lo, at) if o.end <= at and _BODY.search(o.key)
             and text[o.start - 1:o.start] not in (*_PLACE_WORDS, "与", "和", "同", "对")  # 对某院工作开展调研: what is studied
             and not _ON_TOPIC.search(text, lo, o.start)  # 某街道就区委…精神召开…: the topic
             and text[max(0, o.start - 2):o.start] not in _VISITED
             and not (text[o.start - 1:o.start] in ("分", "及") and _ITS_MEMBERS.match(text, o.end))]  # 甲和部分区政协委员等一行: whom he took
    cands += [p for p in persons.between(lo, at) if p.end <= at]
    if not cands:
        return None
    leader = next((p for p in persons.between(lo, at) if _LEADS_GROUP.match(text, p.end)), None)
    if leader is not None:
        return leader  # 甲乙带领驻X代表赴Y开展视察: whom a person leads is no subject
    last = max(cands, key=lambda c: c.end)
    if last.label == "ORG" and _with_no_body(text, bodies, last, at):
        return None
    return _first_of_joint(text, bodies, last)


_ITS_MEMBERS = re.compile("委员|代表|干部|职工|成员|党员")


def _with_no_body(text: str, bodies: _Bodies, body: Mention, at: int) -> bool:
    """某部与某市在某地召开…: a body joined by what is no body (a place) holds nothing alone;
    the chair's body holds it."""
    return text[body.end:body.end + 1] in ("与", "和", "同") \
        and not any(o.start == body.end + 1 for o in bodies.between(body.end, at))


def _first_of_joint(text: str, bodies: _Bodies, last: Mention) -> Mention:
    """某市委、市政府召开…, 甲部与乙省委省政府举行…: bodies that hold an event jointly hold it
    under the first one's name."""
    first = last
    while last.label == "ORG" and (prev := [o for o in bodies.between(first.start - 16, first.start)
                                           if o.end == first.start - 1 and text[o.end] in "、与和"
                                           or o.end == first.start - 2 and text.startswith(("联合", "会同", "携手"), o.end)
                                           or o.end == first.start]):  # 甲部与乙省委省政府举行…, 甲联合乙召开…
        first = prev[-1]
    return first


def _body_subject(text: str, bodies: _Bodies, lo: int, at: int) -> bool:
    """Whether a body (not a place: 在X) stands in the clause before the verb, or organizes its
    people in the clause before that (某政协组织部分委员,对…进行视察)."""
    first, lo = lo, max([lo] + [i + 1 for i in range(lo, at) if text[i] in ",:;"])
    if any(o.end <= at and _BODY.search(o.key) and text[o.start - 1:o.start] not in _PLACE_WORDS
           for o in bodies.between(lo, at)):
        return True
    before = max([first] + [i + 1 for i in range(first, lo - 1) if text[i] in ",:;"])
    return any(o.end <= lo and _BODY.search(o.key) and text.startswith("组织", o.end) for o in bodies.between(before, lo))


def _part_of_told(text: str, m: re.Match, s: int, sentence: str, earlier_here: bool, earlier: bool) -> bool:
    """Whether a held frame tells a part of an event told before, not one of its own:
    召开某培训会,传达…,并开展学习研讨; 会议传达…,开展了交流研讨; 报告会后,…开展了研讨交流
    (talk, after an event told); 双方举行了工作会谈 (the visit's)."""
    if earlier_here and text.startswith(("并开展", "并进行"), m.start() - 1):
        return True
    if text.startswith(("开展", "组织开展"), m.start()) and (_OF_THE_MEETING.match(sentence) or earlier and _TALK.fullmatch(m["name"])):
        return True
    if earlier and _OF_THE_MEETING.match(sentence) and m["noun"] == "仪式":
        return True  # 会上还举行了新当选镇长向宪法宣誓仪式: a part of the session told before
    if earlier and _GROUP_OPENS.match(sentence):
        return True  # 调研组还召开专题座谈会: the trip told before, at one of its stops
    if earlier and text.endswith(("这次", "此次", "本次"), s, m.start()):
        return True  # 这次召开某座谈会,就是要…: the meeting told before, what it is for
    return text.endswith(("双方", "双方还"), s, m.start())


_GROUP_OPENS = re.compile(r"\s*(?:调研|考察|视察|检查|执法检查|督导|督查)组(?:一行)?(?:还|并|随后|先后)?(?:召开|举行|组织)")
_TALK = re.compile(r"了?(?:研讨|交流|讨论|学习|座谈)+")  # 开展了研讨交流: talk at a meeting, no event of its own
_OF_THE_MEETING = re.compile(r"\s*(?:会议|会上|会议期间)")  # a sentence on the meeting told before
_LOOKED = ("查看", "察看", "参观")  # 来到某镇,察看…: the look a visit takes, its event
_GOING = ("来到", "深入", "前往", "走进")  # verbs of going somewhere, before the place gone to
_VISITED = ("进驻", "根据", *_GOING)  # 视察组先后深入某公司…并召开座谈会: a body visited; 根据某党委的安排: whose plan
_VISIT_LIST = re.compile(rf"(?:{'|'.join(_GOING)}|到|赴)[^,。;:!?]*、$")  # 先后到某馆、某公司: the list of places gone to
# 某某一行首先来到…: who goes somewhere (`_went_along`)
_GOES = re.compile(rf"(?:同志)?(?:等?一行)?(?:[一二三四五六七八九十\d]+人)?,?(?:首先|先后|专程|一同)?(?:{'|'.join(_GOING)}|莅临|赴)")


def _subject_body(bodies: _Bodies, lo: int, hi: int, text: str = "") -> str | None:
    before = [o for o in bodies.between(lo, hi) if _BODY.search(o.key) and o.end <= hi
              and text[o.start - 1:o.start] not in _PLACE_WORDS and text[max(0, o.start - 2):o.start] not in _VISITED
              and not _VISIT_LIST.search(text, max(lo, o.start - 40), o.start)
              and not _ON_TOPIC.search(text, lo, o.start)
              and not _PER_PLAN.search(text, max(lo, o.start - 30), o.start)  # 按照省委、省政府部署,…: whose plan is followed
              and not (text[o.start - 1:o.start] == "受" and text.startswith("委托", o.end))  # 受省人大常委会委托,市人大常委会组织…: who asked
              and not (text.startswith(("代表", "委员"), o.end) and o.text.endswith(("人大", "政协")))]  # 省人大代表: its members, no body acting
    if text and (of := text.rfind("的", lo, hi)) >= 0 and (head := [o for o in before if o.start == of + 1]):
        before = head  # 出席全国人大会议的某省代表团召开…: the phrase's head after 的, not a body in its clause
    if not before or text and (title_re().match(text, before[0].end) or _with_no_body(text, bodies, before[0], hi)):
        return None  # 市委常委、副市长某某…: a post's body, no subject (the person's chief post tells)
    return _holder(before[0].key)


_FIELD_SYSTEM = re.compile(r"[\u4e00-\u9fff]{2,4}?系统")


def _place_named(text: str, start: int, end: int) -> str | None:
    """某县2015年领导干部培训班, 某市第三届运动会: an event named by a county or city (not a
    body of it) is its party committee's."""
    named = division_spans(text, start, end)
    spans = [sp for sp in named if sp[0] == start]
    if not spans:
        return None
    _, at, name = spans[0]
    d = gazetteer().lookup(name)
    twins = [x for x in gazetteer().by_name.get(name, ()) if x.name == name]
    if d is None and len(twins) >= 2 and len({x.level for x in twins}) == 1:
        d = twins[0]  # 宝山区统筹…会议: two districts bear the name; the page's, as written
    if d and name == d.short != d.name and text[at:at + 1] in "州盟" and d.name.endswith(text[at]):
        at += 1  # 甘孜州“两会”…培训会: a prefecture by its short form and level
    elif not d or d.name != name and not pressed(name, d):  # 甘孜州, 景宁县: as the press writes them
        return None
    while (inner := next((sp for sp in named if sp[0] == at), None)) \
            and (d2 := gazetteer().lookup(inner[2], within=d)) and d2 != d and d in gazetteer().chain(d2):
        d, at = d2, inner[1]  # 南阳市卧龙区村干部培训班: the district's, the innermost
    if text[at:at + 1] in ("委", "政", "人", "纪", "镇", "乡", "区", "县", "市") or _FIELD_SYSTEM.match(text, at):
        return None  # 某县教体系统…大会: a field's system meets under its bureau (whose officer chairs), not the committee
    return d.name + "委" if d.level in ("prefecture", "county") else None


def _town(text: str, lo: int, hi: int, name: str, bodies: _Bodies) -> str | None:
    """板浦镇召开…: a town's meeting is held by its party committee (its congress's, by its 人大);
    集团召开…: the unit's, by the name the page gives it (`named_unit`), else by its kind."""
    for m in _TOWN_SUBJECT.finditer(text, lo, hi + 30):
        if _right_before(text, m.end(), hi):
            if re.search("人大|人代会|人民代表大会", name):
                return m["town"] + "人大"
            if m["kind"] == "镇" and re.search(re.escape(m["town"]) + r"委(?![员会党])|(?<![\u4e00-\u9fff])镇委(?![员会党])", text):
                return m["town"] + "委"  # a town whose page calls its party committee 镇委 (东莞's towns)
            return m["town"] + ("党工委" if m["kind"] == "街道" else "党委")
    for m in _ZONE_SUBJECT.finditer(text, lo, hi + 30):
        if _right_before(text, m.end(), hi):
            return m["zone"] + "党工委"
    for m in _UNIT_SUBJECT.finditer(text, lo, hi + 30):
        if _right_before(text, m.end(), hi):
            return _unit_holder(text, bodies, m["unit"], name)
    return None


_SUBJECT_RUN = re.compile(r"(?:[上下]午|晚上?)?(?P<name>[\u4e00-\u9fff]{4,12}?)(?:组织|专门|隆重)?$")


def _named_subject(text: str, clause: int, verb: int, persons: SpanIndex) -> str | None:
    """`2月12日,某某煤电召开…讨论会`: a name the lexicons do not know, alone between the date's
    comma and the verb, is the holder as written: no person, place, title, pronoun or verb in it."""
    comma = text.rfind(",", clause, verb)
    if comma < 0 or not DATE.search(text, max(clause, comma - 14), comma):
        return None
    m = _SUBJECT_RUN.fullmatch(text, comma + 1, verb)
    if m is None or persons.between(comma + 1, verb):
        return None
    name = m["name"]
    if title_re().search(name) or has_function_word(name) or _NOT_A_HOLDER.search(name) \
            or len(name) - _places_from_start(name) <= 2:
        return None  # a place (重庆市沙坪坝区), or a place's kind (某区两新), and no name of its own
    return name


def _places_from_start(name: str) -> int:
    """How far division names run, one after another, from the start of `name` (重庆市沙坪坝区: all)."""
    covered = 0
    for b, e, _ in sorted(division_spans(name)):
        if b == covered:
            covered = e
    return covered


# A pronoun or a verb, a body's name the finders read (or misread) elsewhere, a short reference (市社科联)
_NOT_A_HOLDER = re.compile(r"[我本该全各在于对将要]|会议|工作|[院委组室局会府部办处厅所队站校团联]$|^[省市县区州旗]")


def _right_before(text: str, end: int, verb: int) -> bool:
    """A subject ending at `end` is the verb's: next to it, or but for how (`隆重`) or where (`在…`)."""
    return end == verb or text.startswith(("在", "于", "从"), end) or bool(re.fullmatch(_MANNER, text[end:verb])) \
        or bool(_ON_TOPIC.match(text, end)) and not re.search(r"[,。;:!?]", text[end:verb])  # 某街道就…精神召开…


def _unit_holder(text: str, bodies: _Bodies, word: str, name: str) -> str:
    """The unit a page says by its kind (集团, 我校): by the name the page gives it, else by its kind;
    its 党委 for a meeting named for the 党委."""
    kinds = {"我校": ("学校",), "全校": ("学校",), "我院": ("医院", "学院")}.get(word, (word,))
    unit = next(filter(None, (named_unit(text, bodies.items, k) for k in kinds)), None)  # 我院: the page's hospital
    kind = kinds[-1] if word != "我院" or text.count("医院") <= text.count("学院") else "医院"  # 我院 on a hospital's page
    if unit:
        return unit + "党委" if name.startswith("党委") else unit
    if kind == "学校" and name.startswith("党委"):
        return _school_committee(text)
    return kind + "党委" if name.startswith("党委") else kind


def _school_committee(text: str) -> str:
    """A school's 党委 named as the page names it: 学校党委 or 校党委, whichever it writes more
    (校党委 on a tie); where it writes neither (学校召开…, 我校召开…), 学校党委."""
    full, short = text.count("学校党委"), len(_SHORT_SCHOOL_COMMITTEE.findall(text))
    return "学校党委" if full > short or full == short == 0 else "校党委"


_SHORT_SCHOOL_COMMITTEE = re.compile(r"(?<!学)校党委")


_HOSTED = re.compile(r"在[^。;]{2,150}?陪同下[,]?")
_WENT_TO = re.compile(rf"(?:先后|分别|专程)?(?:{'|'.join(_GOING)}|莅临|赴|到(?![会场])|来(?![自])(?=[\u4e00-\u9fff]))")  # 某某先后来到…,开展…活动, 某某来我县开展…活动: who went holds it
_WENT_BEFORE = re.compile(r"(?:莅临|来到|深入|走进|前往|赴|一行到)[^,。;]{1,24},(?:并?就[^,。;]{2,40}?)?$")  # the clause before a trip's (就…工作)开展…调研
_ARRIVED = re.compile(r"(?:等?一行|先后|分别)(?:来到|到|赴|深入|走进)[^,。;]{1,20},"
                      r"|等?一行组成[^,。;]{1,16}?[组团],"  # 甲一行组成执法检查组,对…进行检查: the party formed goes
                      r"|一行(?=来到|到|赴|深入|走进)")  # 甲,乙和部分委员等一行到某局围绕…开展调研: the party, led by its first
_ARRIVED_BARE = re.compile(r"(?:(?:率领?|带领)[^,。;]{1,40}?)?(?:来到|深入|走进|前往|赴)[^,。;]{1,20},")  # 某某深入某州,先后来到…调研: right after the name
# (某某率干部职工带着物资来到某部,慰问…: the party he led)


def _co_leaders(text: str, persons: SpanIndex, who: Mention, verb: int) -> tuple[str, ...]:
    """Those listed with the first before a lead verb (甲、乙带队; 书记甲,副书记、县长乙在某地会见…): they
    lead together; not a party led by its first (甲、乙等一行)."""
    rest = [p for p in persons.between(who.end, verb) if p.end <= verb]
    if not rest or not re.fullmatch(r"(?:同志)?,?(?:在[\u4e00-\u9fff]{1,12}?)?", text[rest[-1].end:verb]) or re.search("[。;]|一行|陪同|率|带", text[who.end:verb]):
        return ()
    return tuple(dict.fromkeys(p.key for p in rest if p.key != who.key))


def _in_credit(text: str, p: Mention) -> bool:
    """Whether a name stands in a byline's brackets (记者甲 摄/乙): a credit, no one's trip."""
    opens = text.rfind("(", max(0, p.start - 12), p.start)
    close = text.find(")", p.end, p.end + 16)
    return opens >= 0 and close >= 0 and ")" not in text[opens:p.start] and bool(_CREDIT_WORDS.search(text, opens, close))


_CREDIT_WORDS = re.compile(r"记者|通讯员|摄|编辑|作者|实习生")


def _subject_person(text: str, persons: SpanIndex, lo: int, hi: int) -> Mention | None:
    """The person a trip frame opens with: named just before the verb (a list: its first),
    before those who hosted them (`X一行在Y陪同下,赴…`), or before the party arrived earlier in
    the sentence (`X等一行来到Y,就…进行调研`)."""
    if (host := _HOSTED.search(text, lo, hi)) and (host.end() >= hi - 1 or _WENT_TO.match(text, host.end())
                                                   and not re.search("[,。;]", text[host.end():hi])):
        hi = host.start() - (text[host.start() - 1:host.start()] == ",")  # 甲(,)在乙的陪同下(,到某村)慰问…: the one hosted goes
    near = [p for p in persons.between(lo, hi) if p.end <= hi and not _in_credit(text, p)]
    gap = _PARTY_SIZE.sub(r"\1", _TOPIC.sub("", _ASIDE.sub("", text[near[-1].end:hi]))) if near else ""
    if near and re.search("欢迎|邀请|感谢", gap):
        return None  # 院长甲乙代表学院欢迎校领导莅临调研: the visitors are others
    if not near or len(gap) > 24 or re.search(r"[,。;]", gap) \
            and not ((re.fullmatch(r"(?:等人?)?,", gap) or (m := _SEVERAL_END.match(gap)) and gap[m.end():] in ("分别", "共同"))
                     and _LEADS_GROUP.match(text, hi)):  # 甲、乙,带领…: the list leads; 甲等市领导,分别带队
        arrived = [m.start() + 2 for m in _ARRIVED.finditer(text, lo, hi)] \
            or [m.start() for m in _ARRIVED_BARE.finditer(text, lo, hi)
                if any(p.end == m.start() for p in near) and not re.search("[,;]", text[m.end():hi])]
        return _subject_person(text, persons, lo, arrived[-1]) if arrived and near else None
    for p in near[:-1]:  # X率A、B等一行到…: the party is X's
        if _LEADS_GROUP.match(text, p.end) and not re.search(r"[。;]", text[p.end:near[-1].start]):
            return _subject_person(text, persons, lo, p.end)
    i = len(near) - 1
    party = re.match(rf"(?:{_HONORIFIC.pattern})?等?一行", gap)  # A,副主任B(老师)等一行到…: a party, led by its first
    while i > 0 and (re.fullmatch(r"[、与和][\u4e00-\u9fff、]{0,%d}" % (16 if party else 10),
                                  between := _after_title(text, near[i - 1].end, near[i].start, _HONORIFIC))
                     or re.fullmatch(_LISTED, between) and (party or _titled(between))):
        i -= 1  # A、B率…, A与B副董事长先后深入…, A、副主席B走访…; 省委书记A,省委副书记、省长B会见…; A副处长、B法官等一行
    return near[i]


# 甲就春节期间疫情防控、安全生产等工作在某县进行实地调研: the matters a trip is on, between its leader and it
_TOPIC = re.compile(r"^(?:一行)?就[^,。;:!?]{2,60}?(?:工作|问题|情况|事宜|事项)(?=在|到|赴|进行|开展|深入|来到|前往|$)")
_PARTY_SIZE = re.compile(r"^(等?一行)(?:[一二三四五六七八九十两\d]{1,3}人)?(?:组成[\u4e00-\u9fff]{0,4}组)?,?(?:先后|分别)?$")  # 某调研员孙某一行(四人),到我县调研;
# 甲,乙一行四人组成工作组,先后到…: the party, as a working group


_HONORIFIC = re.compile(HONORIFICS)


def _after_title(text: str, start: int, end: int, honorific: re.Pattern | None = None) -> str:
    """text[start:end] less a title (or an honorific) that opens it (A副处长、民一庭B: 、民一庭)."""
    t = title_re().match(text, start, end) or honorific and honorific.match(text, start, end)
    return text[t.end() if t else start:end]


_LISTED = r"[,、和](?:(?!在|陪同|和|与)[\u4e00-\u9fff、()]){0,40}"  # between two of a list of persons


def _titled(between: str) -> bool:
    """Whether the words between two names are the second's title chain (,省委副书记、省长)."""
    return any(m.end() == len(between) for m in title_re().finditer(between))


def _person_body(who: Mention, positions: list[Position], event: str = "", text: str = "") -> str | None:
    """The body of the post stated with this mention of a person, or of the title written after
    the name (某某主委带领…: the party's), else of any of theirs."""
    posts = [p for p in positions if p.person == who.key and p.org and p.end == who.end]
    if not posts and text and (title := title_re().match(text, who.end)):
        posts = [p for p in positions if p.person == who.key and p.org and p.title == title.group(0)]
    return _chief_body(posts or [p for p in positions if p.person == who.key and p.org], event)


def _party_page(leader: str, positions: list[Position], bodies: _Bodies, org: str | None) -> str | None:
    """A democratic party's body a leader heads beside a post in `org`, where the article names that
    party's body more often than `org` (a page of the party's own news, not the CPPCC's)."""
    posts = {p.org for p in positions if p.person == leader and p.org}
    parties = [o for o in posts if body_kind(o) == "democratic"]
    if org not in posts or len(parties) != 1 or parties[0] == org:
        return None
    said = Counter(parent_org(o.key) for o in bodies.items)
    return parties[0] if said[parties[0]] > said[org] else None


def _leaders_body(leaders: tuple[str, ...], positions: list[Position], event: str = "") -> str | None:
    for name in leaders:
        if org := _chief_body([p for p in positions if p.person == name and p.org], event):
            if org.endswith("政府") and (_MOBILISATION.search(event) or _PARTY_WORK.search(event) and "政府" not in event):
                return org.removesuffix("政府") + ("党委" if org.endswith(("镇政府", "乡政府", "自治区政府")) else "委")
            if org.endswith(_OFFICES) and _PLACE_WIDE.match(event) and body_kind(parent := org.removesuffix("办公室").removesuffix("办公厅")):
                return parent  # 中院办公室主任甲主持全市法院…推进会: the court's meeting of its system, its office chairing
            return org
    return None


_OFFICES = ("办公室", "办公厅")
_NTH = re.compile(r"第[一二三四五六七八九十\d]+次")
_PLACE_WIDE = re.compile(r"(?:\d{4}年)?全[省市县区州]")  # 全市法院…推进会: a body's meeting of its field across its place
# 全县…动员部署会, 全市干部大会: a place's mobilisation of its cadres, its party committee's whoever chairs
_MOBILISATION = re.compile(r"^全[省市县区州旗盟].*(?:动员|干部大会|干部会议)")
# 政法综治工作会议, 组织、宣传、统战工作部署会: the party's work, its committee's meeting though the
# 县长 (a 县委副书记 too) chairs it
_PARTY_WORK = re.compile(r"党建|党的建设|组织工作|宣传思想|统战工作|统一战线|政法|综治|纪检|巡察|换届|两委|意识形态|(?:组织|宣传|统战)、")


_PARTY_SEAT = re.compile(r"^(?:副书记|常委|委员)$")
_DEPUTY = ("副", "常务副")
_HEAD = re.compile(r"^(?:党组书记|党委书记|书记|主席|主任|局长|部长|会长|院长|校长|董事长|总经理|主委)$")
_MEMBER_SEAT = re.compile(r"^(?:委员|常委|常务委员|党组成员)$")  # a seat on any body (a CPPCC's, a congress's, a government's party group), no office
_OFFICE_MEETING = r"(?:会议|办公会|专题会)"  # 主委会议, 主任会议, 书记专题会: the office's own meeting


# A mass organisation's own assemblies, named by its word: 工会代表会议, 妇女代表大会, 团代会, 科协全委会.
_ASSEMBLIES = (("总工会", "工会"), ("妇联", "妇女|妇联"), ("团委", "共青团|团"), ("科协", "科协|科学技术协会"),
               ("残联", "残疾人|残联"), ("侨联", "侨联|归侨"), ("文联", "文联|文学艺术界"))
_ASSEMBLY = r"(?:第[一二三四五六七八九十\d]+次|[一二三四五六七八九十]+届[一二三四五六七八九十]+次)?(?:代表会议|代表大会|代会|全委会|全委(?:\(扩大\))?会议|执委会|执委(?:\(扩大\))?会议)"


def _assembly_of(org: str, event: str) -> str | None:
    """`org` where `event` is an assembly of its kind (省工会代表会议 of 某省总工会)."""
    return org if any(org.endswith(body) and re.search(word + _ASSEMBLY, event) for body, word in _ASSEMBLIES) else None


# A commission or command named for one field of work, after its place (河南省禁毒委, 县防汛抗旱指挥部), or its office (国家禁毒办).
_WORK_BODY = re.compile(r"(?:.*?[省市县区州旗])?(?P<work>(?![省市县区州旗])[\u4e00-\u9fff]{2,6}?)(?<![省市县区州旗党纪委府])(?:委员会|委|指挥部|办)")


def _post_word(title: str) -> str:
    """The office a title names, its rank aside (常务副主席 → 主席)."""
    return re.sub(r"^(?:常务|专职|驻会|执行)?副?", "", title)


def _chief_body(posts: list[Position], event: str = "") -> str | None:
    """The body a person acts for: the post a meeting is named by (市政协副主席、民盟市委主委
    甲乙主持召开主委会议: the party's), else their chain's first post, unless that is a seat on a
    party committee (县委副书记、县长, 镇党委副书记、镇长: the government; 市委常委、常务副市长: the
    government)."""
    if not posts:
        return None
    if (whole := _WHOLE_PLACE.match(event)) and (at_level := [p for p in posts if _of_level(p.org, whole[0][1:])]):
        posts = at_level  # 省委副书记、省长、某市委书记甲主持全省某推进会: the province's posts
    named = [p for p in posts if (word := _post_word(p.title)) and event.startswith(word)
             and re.match(_OFFICE_MEETING, event[len(word):])]
    if named:
        return _holder(named[0].org)
    if len(core := _NTH.sub("", event)) > 4 and (own := next((p for p in posts if p.org.endswith(core)), None)):
        return own.org  # 某局局长、市某工作联席会议召集人甲主持某工作联席(第四次)会议: the body the meeting is
    if own := next((p for p in posts if _assembly_of(p.org, event)), None):
        return own.org  # 省人大常委会副主任、省总工会主席甲主持省工会代表会议: the union's
    if len(named_for := {p.org for p in posts if (work := _WORK_BODY.fullmatch(p.org)) and work["work"] in event}) == 1:
        return named_for.pop()  # 省禁毒委副主任、省公安厅副厅长甲调研禁毒工作: the commission named for that work
    if not _PARTY_WORK.search(event) and len({_own_body(p.org) for p in posts}) > 1 \
            and len(topical := {_own_body(p.org) for p in posts if _on_its_work(p.org, event)}) == 1:
        return topical.pop()  # 副县长、县公安局局长甲主持打击犯罪推进会: the bureau's
    if event.startswith("党委") and (heads := [p for p in posts if p.title == "书记" and p.org.endswith("党委")]):
        if body_kind(bureau := heads[0].org.removesuffix("党委")) in ("bureau", "department"):
            return bureau  # 市公安局党委书记、局长甲主持党委会: the bureau's sitting, as a 党组会议 is
        return heads[0].org  # 集团党委委员、副总经理,公司党委书记甲主持党委中心组学习: the committee he heads
    posts = sorted(posts, key=lambda p: p.start)
    first = posts[0]
    if first.title == "副秘书长" and (led := next((p for p in posts[1:] if p.org != first.org and _HEAD.match(_post_word(p.title))
                                                 and not p.org.endswith(("办公厅", "办公室"))), None)):
        return _holder(led.org)  # 省政协副秘书长、民盟某省委专职副主委甲: a staff post, then the party he helps lead
    if first.title.startswith(_DEPUTY) and (head := next(
            (p for p in posts[1:] if p.org != first.org and not p.title.startswith(_DEPUTY) and _HEAD.match(p.title)), None)) \
            and (body_kind(first.org) == "department" or 0 <= _rank(first.org) < _rank(head.org)
                 or first.title == "副秘书长" and not head.org.endswith(("办公厅", "办公室"))  # 国务院副秘书长、某局局长; not 办公厅主任
                 or body_kind(first.org) == "congress" and body_kind(head.org) == "federation"
                 and _opening_place(first.org) == _opening_place(head.org)):  # 某县人大常委会副主任、县工商联主席甲: the federation he heads
        return _holder(head.org)  # 市委统战部副部长、市工商联党组书记甲, 市人大常委会副主任、县委书记甲: the body he heads
    if _PARTY_SEAT.match(first.title) and first.org.endswith("委") \
            or _MEMBER_SEAT.match(first.title):
        first = next((p for p in posts[1:] if p.org != first.org and not (  # 市政协委员、某县政协主席: the county's
            first.title == "党组成员" and p.org.startswith(first.org))), first)  # (高院党组成员、政治部主任: the court's)
    if first.org.endswith("党委"):  # 某集团党委书记、董事长: the company's
        first = next((p for p in posts[1:] if p.org == first.org.removesuffix("党委")), first)
    elif (unit := posts[0].org.removesuffix("党委")) != posts[0].org and len(unit) > 2 and first.org.startswith(unit) \
            and body_kind(first.org) == "federation":
        return unit  # 某医院党委副书记、工会主席甲主持 (a visit received): the hospital's, not its union's
    return _holder(first.org)


@cache
def _department_topics() -> tuple[tuple[str, re.Pattern], ...]:
    """(body name ending, the words of its work) from `department_topics.tsv`."""
    return tuple((end, re.compile("|".join(row[1].split()))) for row in table("department_topics.tsv")
                 for end in row[0].split(","))


_BODYS_PARTY = re.compile(r"(?<=[局厅部院会联])(?:党委|党组)$")


def _own_body(org: str) -> str:
    """A body, not its party committee or group (县公安局党委 → 县公安局)."""
    return _BODYS_PARTY.sub("", _holder(org))


def _known_topic(event: str) -> bool:
    """Whether an event's name is on the work of some kind of body the topics table knows."""
    return any(words.search(event) for _, words in _department_topics())


def _on_its_work(org: str, event: str) -> bool:
    """Whether an event's name is on the work of body `org` (县公安局: 打击整治枪爆违法犯罪…)."""
    return any(_own_body(org).endswith(end) and words.search(event) for end, words in _department_topics())


# A delegation to a congress's session, named by the place it is elected in (江西代表团, 某县代表团),
# not a party's or a trade mission (党政代表团, 经贸代表团).
_SESSION_DELEGATION = re.compile(r"[\u4e00-\u9fff]{1,8}?(?<!党政)(?<!经贸)(?<!商务)(?<!友好)代表团")
_NTH_SITTING = re.compile(r"[一二三四五六七八九十]{1,3}次会议")  # 十四届全国人大|一次会议: the congress, then its session


def _session_delegation(text: str, bodies: "_Bodies", org: str | None, start: int, end: int) -> str | None:
    """A delegation's meeting at a congress's session (出席十三届全国人大四次会议的某省代表团举行全体会议,
    市十七届人大六次会议某县代表团分组审议) is the congress's: the one the article names with its session."""
    if not (org and _SESSION_DELEGATION.fullmatch(org)):
        return org
    congress = [o.key for o in bodies.between(start, end) if o.key.endswith("人大") and _NTH_SITTING.match(text, o.end)]
    return congress[0] if len(set(congress)) == 1 else org


def _between_sessions(org: str | None, kind: str, name: str = "") -> str | None:
    """A congress meets only in session; its deputies' trainings, inspections and trips between
    sessions are its standing committee's (a town's congress has none, nor a street's 人大 office;
    checking in for a session is the congress's). A league or a 地区 has no congress: its 人大工委 acts."""
    if org and org.endswith(("盟人大", "地区人大")):
        return org + "工委"
    if org and kind != "meeting" and org.endswith("人大") and not org.endswith(("镇人大", "乡人大", "街道人大", "全国人大")) \
            and not name.endswith("报到"):
        return org + "常委会"
    return org


_RANKS = {"province": 0, "prefecture": 1, "county": 2}


def _rank(org: str) -> int:
    """How far down the hierarchy a place's body stands (a province's 0, a county's 2; a short
    reference by its level word: 市政协 1; -1 unplaced)."""
    place = place_of(org)
    d = gazetteer().lookup(place) if place else None
    return _RANKS.get(d.level, 3) if d else _SHORT_RANKS.get(org[:1], -1)


_SHORT_RANKS = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2}


def _of_level(org: str, level: str) -> bool:
    """Whether a place's body stands at the level a word names (省, 市, 县; 区 a district or an
    autonomous region), a county-level city's at 市 too."""
    rank = _rank(org)
    return rank == _SHORT_RANKS.get(level, 0) or level == "区" and rank == 0 and "自治区" in org \
        or level == "市" and rank == 2 and (place_of(org) or "").endswith("市")


def _one_per_name(events: list[Event]) -> list[Event]:
    """Two triggers in a sentence naming one event ("带队…开展专项民主监督"): keep the fuller name."""
    return [ev for ev in events
            if not any(o is not ev and o.org in (ev.org, None) and o.date == ev.date and ev.name in o.name
                       and len(o.name) > len(ev.name) for o in events)]


def _speaker(text: str, persons: SpanIndex, s: int, at: int) -> Mention | None:
    """Whose words are cited: the name before `at` in its clause, after a title or before 在/关于/主持
    (甲乙总书记在…时、在…上、主持召开…时的重要讲话)."""
    before = [p for p in persons.between(s, at) if p.end <= at]
    if not before:
        return None
    who = before[-1]
    gap = _after_title(text, who.end, at)  # 周某院长到某院调研时的指示: the name and its title
    if len(gap) > 80 or re.search(r"[,;]", gap) or not re.match(
            r"(?:总书记|同志|[\u4e00-\u9fff]{0,6}(?:书记|主席|省长|市长|县长))?"
            r"(?:[^,;。]{0,24}?(?:讲话|指示|批示|要求)(?:精神)?(?:(?:和|及|、|以及)(?:特别是|尤其是)?|特别是|尤其是))?"  # 总书记系列重要讲话及(特别是)考察某省重要讲话; 对某省…重要要求、视察某省…
            r"(?:出席[^,;。]{2,30}?(?:和|并))?"  # 副总理甲出席某峰会和在闽调研时
            rf"(?:{DATE.pattern}(?:[上下]午)?)?(?:历次|多次|先后|再次|亲自|专程)?(?:$|关于|在)", gap):  # 总书记6月28日在武汉考察时, 总书记历次来某省考察
        return None
    return who


_DAY_QUOTED = re.compile(r"(?:时|期间)?的?“(?P<m>1[0-2]|[1-9])[··.](?P<d>[1-3]?\d)”")
_DATE_BEFORE = re.compile(DATE.pattern + r"(?:[上下]午)?$")


def _visit(m: re.Match, persons: SpanIndex, positions: list[Position], s: int, e: int,
           pub_date: str | None = None) -> Event | None:
    """"X在Y考察时的讲话", "X关于…的指示、在Y考察…重要讲话": a tour led by X for the body of X's first post."""
    who = _speaker(m.string, persons, s, m.start())
    if who is None:
        return None
    org = _chief_body([p for p in positions if p.person == who.key and p.org])  # 政治局委员、副总理: the State Council
    if org is None:
        return None
    dated = _DATE_BEFORE.search(m.string, max(s, m.start() - 12), m.start())  # 总书记6月28日在武汉考察时
    date = _date(dated, pub_date) if dated and real_day(dated["m"], dated["d"], dated["y"]) else None
    if date is None and (day := _DAY_QUOTED.match(m.string, m.end())) and real_day(day["m"], day["d"], None):
        date = f"{int(day['m']):02d}-{int(day['d']):02d}"  # 视察某省“4·27”重要讲话: the day its quote names
    name = f"在{m['vwhere']}{m['noun']}" if m["noun"] else m["heard"] or m[0]
    noun = m["noun"] or m["noun2"] or m["noun3"]
    return Event(_holder(org), name, _kind(noun) if noun else "meeting", date, (who.key,), (), (), s, e)
