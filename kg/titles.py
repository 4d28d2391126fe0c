"""Which body a title belongs to: 县长 → the county government, 检察长 → the procuratorate.

The table `kg/data/title_bodies.tsv` gives, per title, the kinds of body it is held in
and the body a title alone implies (副县长 with no body named: `县政府`). A body's kind
is read from the end of its canonical name (`…人大常委会` congress, `…政协` CPPCC).
"""
from __future__ import annotations

import re
from functools import cache

from .lexicon import table
from .patterns import division_names_at

DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
_KINDS = (  # (kind, how a canonical body name ends), first match wins
    ("congress", r"人大常委会|人大|人大主席团|人民代表大会"),
    ("cppcc", r"政协"),
    ("discipline", r"纪委监委|纪委|纪工委"),  # 纪委监委: both commissions, one office
    ("supervision", r"监委|监察委员会"),
    ("procuratorate", r"检察院"),
    ("court", r"法院"),
    ("democratic", rf"(?:{'|'.join(DEMOCRATIC_PARTIES)})\S*(?<![^支]部)"),  # 农工党中央组织部: a department (总支部: a branch)
    ("youth", r"共青团\S*委|团[省市县区]?委|团工委|团支部|团总支|(?:共青)?团中央(?:书记处)?"),
    ("federation", r"妇联|工商联|科协|社科联|文联|侨联|残联|青联|学联|总工会|工会|联合会|科学技术协会|(?<!商)协会|律协|友协|总会|书协|作协|美协|音协|剧协|舞协|影协|摄协|曲协|杂协|民协"),  # 某县作家协会, 省书协: the arts associations a 文联 federates
    ("party_group", r"党组"),
    ("military", r"^中央军委\S+[部厅]$|^武警部队$|^战略支援部队$"),  # the Military Commission's departments, the forces under it
    ("party", r"中共中央|政治局|政治局常委会|中央委员会|书记处"),
    ("party", r"委|党委|党工委|党总支|党支部|机关工作委员会"),  # 市直机关工作委员会: the 机关工委 in full
    ("government", r"政府|行署"),
    ("military", r"军区|战区|军分区|警备区|人武部|人民武装部|武警\S*(?:总队|支队)"),
    ("department", r"部"),
    ("bureau", r"局|厅"),
    ("office", r"办公室|办公厅|办"),
    ("board", r"监事会|董事会"),  # 某集团监事会主席
    ("company", r"公司|集团"),
    ("school", r"大学|(?<!科)学院|学校|中学|小学|中专|党校"),  # 中国科学院: an academy, no school
    ("committee", r"委员会"),
    ("delegation", r"代表团|考察团|调研团|访问团|参访团|慰问团|宣讲团"),
)
LEVELS = "省市县区州盟旗镇乡"  # the level a short body names: 县政府, 市委
_KIND_RES = [(kind, re.compile(f"(?:{pattern})$")) for kind, pattern in _KINDS]
# The part of a place body's name after its place: 平利县委 → 平利县 + 委.
_PLACE_BODY = re.compile(r"^(?P<place>.*?[省市县区州盟旗镇乡])(?:人民政府|政府|委|党委|党工委|人大常委会|政协)$")


@cache
def _table() -> dict[str, tuple[frozenset[str], str]]:
    out = {}
    for row in table("title_bodies.tsv"):
        out[row[0]] = (frozenset(row[1].split(",")), row[2] if len(row) > 2 else "")
    return out


def title_kinds(title: str) -> frozenset[str]:
    """The kinds of body a title is held in (`title_bodies.tsv`); empty for a title it lacks."""
    entry = _table().get(title)
    return entry[0] if entry else frozenset()


@cache
def body_kind(body: str) -> str:
    """The kind of a body from its canonical name (`unit` when nothing says more)."""
    for kind, pattern in _KIND_RES:
        if pattern.search(body):
            return kind
    return "unit"


def fits(title: str, body: str, *, strict: bool = False) -> bool:
    """Whether `title` is held in `body` (a title the table does not know fits any body).

    `strict`: only the kinds the table names, not `any` (for a body not named with the title).
    """
    entry = _table().get(title)
    if entry is None:
        return not strict
    return not strict and "any" in entry[0] or body_kind(body) in entry[0]


_PLACE_PREFIX = re.compile(r"^.+?[省市县区州盟旗镇乡](?=纪委|党委|委|人民政府|政府|人大|政协)")
SOCIAL = ("工商联", "妇联", "总工会", "科协", "社科联", "侨联", "文联", "残联")
ARMED = ("人武部", "人民武装部")  # a place's armed forces department: the place's, with a committee of its own


def place_of(body: str) -> str | None:
    """The place a committee or government is named by (某县政府 → 某县), if any."""
    m = _PLACE_PREFIX.match(body)
    return m.group(0) if m else None


PARTY_DEPTS = ("组织部", "宣传部", "统战部", "政法委", "社会工作部", "老干部局")  # 老干部局: the committee's, run by its 组织部


_LEVEL_WORDS = ("市场", "市政", "市容")  # words a department's name opens on, no level: 市场监管局


def _unleveled(place: str, dept: str) -> str:
    """A department's name after its place's, the level said once: 某市 + 市民宗局 → 民宗局
    (市场监管局 keeps its 市)."""
    return dept[1:] if dept[0] in LEVELS and place.endswith(dept[0]) and not dept.startswith(_LEVEL_WORDS) else dept


def department(body: str, dept: str) -> str | None:
    """A department named after its committee in a chain: 市委 + 统战部 → 市委统战部,
    县政府 + 公安局 → 县公安局, 县人大常委会 + 办公室 → 县人大常委会办公室, X街道党工委 +
    办事处 → X街道办事处, X镇党委 + 人大 → X镇人大."""
    if dept.endswith(("党委", "党组")) and (stem := dept[:-2]).endswith(("局", "厅") + ARMED) \
            and (own := department(body, stem)):
        return own + dept[-2:]  # 县委书记、人武部党委第一书记: the county's 人武部's committee
    if body.endswith(dept) and (dept.endswith("委") or dept in SOCIAL):
        return body  # 阿克苏地委 + 地委 (阿克苏地委…,地委书记甲), 某街道妇联 + 妇联: the body itself
    if dept in ("办事处", "人大工委", "人大") and body.endswith("街道党工委"):
        return body[:-3] + dept  # 某街道党工委书记、人大工委主任: the street's working committee
    if body.endswith(("法院", "检察院")) and dept not in PARTY_DEPTS and re.fullmatch(r"[\u4e00-\u9fff]{1,6}?(?:部|局|庭|处|科)", dept):
        return body + dept  # 市中院党组成员、政治部主任: the court's own department (宣传部: the party committee's)
    if body.startswith("中共中央") and dept.startswith("中央"):
        return "中共" + dept  # 中共中央政治局委员、中央书记处书记: the Party's secretariat
    if body.endswith("人大常委会") and dept.endswith("委员会") and not dept.startswith("代表资格"):
        return body[:-3] + dept  # 市人大常委会委员、财政经济委员会主任委员: the congress's special committee
    if dept == "管委会" and body.endswith(("党工委", "区党委")):
        return body[:-len("党工委" if body.endswith("党工委") else "党委")] + dept  # 某开发区党工委书记、管委会主任, 某管理区党委副书记、管委会主任: the zone's board
    if dept in ("人大", "人大主席团", "政府") and body.endswith(("镇党委", "乡党委")):
        return body[:-2] + dept
    if dept in PARTY_DEPTS and (sister := next((d for d in PARTY_DEPTS if body.endswith(d) and len(body) > len(d)), None)):
        return body[:-len(sister)] + dept  # 市委组织部部长、统战部部长: the committee's other department
    if dept == "党校" and (place := place_of(body) or (body[0] if body[0] in LEVELS and len(body) <= 6 else None)):
        return place + "委党校"  # 市委常委、组织部部长、党校校长: the place's party school
    if dept in PARTY_DEPTS and body_kind(body) in ("cppcc", "congress", "government") \
            and (place := place_of(body) or (body[0] if body[0] in LEVELS and len(body) <= 6 else None)):
        return place + "委" + dept  # 市政协主席、政法委书记: the place's party committee's department
    if dept in PARTY_DEPTS and body_kind(body) in ("school", "company"):
        return body + "党委" + dept  # 某大学统战部部长: the university's party committee's department
    if dept in ("办公厅", "办公室") and body_kind(body) in ("party", "congress", "cppcc", "government"):
        return body + dept  # 自治区政协秘书长,办公厅主任: the CPPCC's office; 县政府办公室
    if (dept.endswith(SOCIAL + ("局", "厅") + ARMED) or re.fullmatch(r"(?![省市县区州旗])[\u4e00-\u9fff]{1,4}办", dept)) \
            and (place := _PLACE_PREFIX.match(body)):
        return place.group(0) + _unleveled(place.group(0), dept)  # 区委统战部副部长、工商联党组书记, 纪委副书记、监察局长, 宣传部副部长、文明办主任, 县委常委、人武部部长: the place's
    m = _PLACE_BODY.match(body)
    if m and body.endswith("政府"):  # 平利县政府 + 县农委 → 平利县农委
        return m["place"] + _unleveled(m["place"], dept)
    if body_kind(body) not in ("school", "company") \
            and (place := next((n for n in division_names_at(body, 0) if n[-1] in LEVELS), None)) \
            and (dept.endswith("局") or dept.endswith("厅") and place.endswith(("省", "自治区"))):
        return place + _unleveled(place, dept)  # 某省防汛抗旱指挥部副指挥长、水利厅厅长, 某区教育工作党委副书记、教育局局长: the place's
    if body_kind(body) in ("party", "congress", "cppcc", "government", "discipline", "federation", "unit", "school",
                           "company", "democratic"):
        return body + (dept[2:] if body.endswith("党委") and dept.startswith("党委") else dept)  # 学校党委 + 党委宣传部
    return None


def implied_body(title: str) -> str:
    """The short body a title alone implies (`副县长` → `县政府`), or ''."""
    entry = _table().get(title)
    return entry[1] if entry else ""


def sibling(body: str, title: str) -> str | None:
    """The body of the same place that `title` belongs to (平利县委 + 县长 → 平利县政府)."""
    implied = implied_body(title)
    m = _PLACE_BODY.match(body)
    if not implied or not m or body_kind(body) in ("democratic", "youth"):
        return None  # 副市长、九三学社市委主委: the party has no government
    if implied[0] in LEVELS:
        if not m["place"].endswith(implied[0]):
            return None  # 市委 + 县长: not the same place
        implied = implied[1:]
    return m["place"] + implied


def unit_body(body: str, word: str) -> str:
    """The body `word` (党委, 纪委) of the unit that `body` belongs to: 某县委 + 纪委 → 某县纪委,
    某集团党委 + 纪委 → 某集团纪委."""
    m = re.match(r"^(?P<unit>.+?)(?:党工委|工委|党委|纪委|委)?$", body)
    return m["unit"] + word
