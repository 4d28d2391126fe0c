"""Organization mentions: find bodies in text and give them canonical names from context.

`市政协` in an article datelined 武威 is 武威市政协; `省委` in a Gansu paper is 甘肃省委;
`政协定西市委员会` is 定西市政协; sub-bodies (党组, 常委会, …) keep their parent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .gazetteer import Division, gazetteer
from .lexicon import has_function_word
from .model import Mention
from .patterns import national_bodies, place_names, trie_pattern

SUB_BODIES = ("党组理论学习中心组", "党组", "常委会", "机关党组", "机关")
_BODY = ("人大常委会|人民政府|政府|纪委|监委|政法委|政协|委员会|"
         "委党校|委办公厅|委办公室|委统战部|委组织部|委宣传部|委政法委|委|人大|"
         "工商联|残联|妇联|团委|科协|文联|侨联")
# Central bodies named by pattern rather than listed: 中央X委员会, 中央X领导小组, 国家X局, 国务院X办.
_CENTRAL = r"中央[\u4e00-\u9fff]{2,12}?(?:委员会|领导小组)|国家[\u4e00-\u9fff]{1,6}?局|国务院[\u4e00-\u9fff]{1,4}?办"
_DEPT = r"(?P<dept>[\u4e00-\u9fff]{1,6}?(?:局|服务中心|中心|管委会|管委))"
_SHORT_REF = "省|市(?![场民区县])|县|区|州|旗"


@dataclass(frozen=True)
class Context:
    """Where an article is set: its locality and the paper's province."""

    locale: Division | None = None
    province: Division | None = None

    def resolve_ref(self, ref: str) -> Division | None:
        """省/市/县/区/州 → the division of that level around the article's locality."""
        g = gazetteer()
        if ref == "省":
            return self.province or (g.province(self.locale) if self.locale else None)
        if self.locale is None:
            return None
        for d in g.chain(self.locale):
            if d.level == "province":
                continue
            if d.name.endswith(ref) or (ref == "县" and d.name.endswith("旗")):
                return d
        return None


@cache
def _org_re() -> re.Pattern:
    place = f"(?P<place>{place_names()}|(?<![全各本该每])(?:{_SHORT_REF}))"
    def sub(n: int) -> str:
        return f"(?P<sub{n}>{'|'.join(SUB_BODIES)})?"

    return re.compile(
        rf"(?P<cppcc>中国人民政治协商会议|政协)(?P<cplace>{place_names()})委员会{sub(1)}"
        rf"|(?P<cpc>中共|中国共产党)(?P<pplace>{place_names()}|{_SHORT_REF})(?:委员会|委){sub(2)}"
        rf"|(?P<national>{trie_pattern(national_bodies())}|{_CENTRAL}){sub(3)}"
        rf"|(?P<lprefix>{place_names()})?(?P<local>[\u4e00-\u9fff]{{2,4}}?(?:镇|乡|街道|社区|村))"
        rf"(?P<lbody>党委|党工委|党总支|党支部|人民政府|政府|居委会|村委会|办事处|政协委员工作站|委员工作站)"
        rf"|{place}(?P<level>[市县区])?(?:(?P<body>{_BODY})|{_DEPT}){sub(4)}"
    )


_NAMED = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司|大学|学院|研究院|协会|学会|商会|分会)")
_LEFT_STOP = re.compile(
    r"(?:[,。、;:!?()“”《》·\s]|深入|察看|走进|来到|前往|到|赴|在|和|与|及|等|了|对|的|是|为|暨|由|逢)$"
)


def _canonical_place(name: str, ctx: Context) -> Division | None:
    if name in ("省", "市", "县", "区", "州", "旗"):
        return ctx.resolve_ref(name)
    return gazetteer().lookup(name, within=ctx.province)


def find_orgs(text: str, start: int, end: int, ctx: Context) -> list[Mention]:
    """Organization mentions in text[start:end], with canonical names where resolvable."""
    out = []
    for m in _org_re().finditer(text, start, end):
        canon = _canonical(m, ctx)
        if canon:
            out.append(Mention("ORG", m.group(0), m.start(), m.end(), canon))
    for m in _NAMED.finditer(text, start, end):
        left = m.start()
        while left > start and left > m.start() - 20 and not _LEFT_STOP.search(text, max(0, left - 2), left):
            left -= 1
        name = text[left:m.end()]
        if m.group(0) == "公司" and m.start() - left < 4 or m.start() - left < 2:
            continue  # 物业公司: a kind of company, not a name
        if any(o.start <= left < o.end for o in out) or has_function_word(text[left:m.start()]):
            continue
        ref = ctx.resolve_ref(name[0]) if name[0] in "省市县区" else None
        out.append(Mention("ORG", name, left, m.end(), ref.name + name[1:] if ref else name))
    return sorted(out, key=lambda o: (o.start, -o.end))


def _canonical(m: re.Match, ctx: Context) -> str | None:
    sub = m["sub1"] or m["sub2"] or m["sub3"] or m["sub4"] or ""
    if m["national"]:
        return national_bodies().get(m["national"], m["national"]) + sub
    if m["cppcc"]:
        d = _canonical_place(m["cplace"], ctx)
        return f"{d.name}政协{sub}" if d else None
    if m["local"]:
        d = _canonical_place(m["lprefix"], ctx) if m["lprefix"] else None
        if d is None and (has_function_word(m["local"]) or _LEFT_STOP.search(m.string, 0, m.start()) is None
                          and m.start() > 0):
            return None  # "逢周五由社区党委": not a name
        return (d.name if d else "") + m["local"] + m["lbody"]
    if m["cpc"]:
        d = _canonical_place(m["pplace"], ctx)
        return f"{d.name}委{sub}" if d else None
    d = _canonical_place(m["place"], ctx)
    if d is None or m["level"] and m["place"] != d.short:
        return None  # 陇西市政协 (a misprinted level) is 陇西县政协; 武威市市… is not a body
    body = m["body"]
    if body is None:
        dept = m["dept"]
        if re.search(r"[的了和与在是对为及等政协]", dept) or dept in ("中心",):
            return None
        return f"{d.name}{dept}{sub}"
    body = {"委员会": "委", "人民政府": "政府"}.get(body, body)
    return f"{d.name}{body}{sub}"


def parent_org(canon: str) -> str:
    """The committee that a sub-body belongs to (武威市政协党组 → 武威市政协)."""
    for sub in SUB_BODIES:
        if canon.endswith(sub) and len(canon) > len(sub):
            return canon[: -len(sub)]
    return canon
