"""Named campaigns, initiatives and brands (`“三抓三促”行动`, 党纪学习教育, `“书香政协”`)."""
from __future__ import annotations

import re

from .model import Mention

_QUOTE_CLEAN = re.compile(r"[“”‘’\"'『』「」]")
_CAMPAIGN_NOUN = "行动|活动|教育|工程|突破年"
# Words that make "“X”…活动" an event rather than a campaign.
_EVENTISH = "等|竞赛|比赛|交流|协商|议政|主题|读书|展|视察|调研|会"
PATTERNS = (
    # “X”(…)行动: the quoted core plus a short tail up to the campaign noun.
    re.compile(rf"“(?P<q>[^“”]{{2,24}})”(?P<tail>(?![等和及])(?:(?!{_EVENTISH})[\u4e00-\u9fff]){{0,12}}?(?:{_CAMPAIGN_NOUN}))(?![\u4e00-\u9fff]{{0,3}}(?:会|班|精神))"),
    # A quoted name that is itself a campaign: “项目建设攻坚年”.
    re.compile(rf"“(?P<q>[^“”]{{2,20}}(?:{_CAMPAIGN_NOUN}|大讲堂))”(?P<tail>)"),
    # “X” after a brand verb, or before 品牌: a named brand or initiative.
    re.compile(r"(?:打造|建强|创树|擦亮|叫响)“(?P<q>[^“”]{2,24})”(?P<tail>)(?:品牌)?"),
    re.compile(r"“(?P<q>[^“”]{2,24})”(?P<tail>)(?:“[^“”]{1,12}”)?[\u4e00-\u9fff]{0,4}(?:品牌|平台)"),
    re.compile(r"“(?P<q>[^“”]{2,24})”(?P<tail>)引领"),
    # A brand named "X政协" (书香政协, 数字政协): the genre's name for a committee-wide programme.
    re.compile(r"“(?P<q>[\u4e00-\u9fff·]{2,10}政协)”(?P<tail>)"),
    # Unquoted study campaigns: 党纪学习教育, 主题教育, 实施X突破行动.
    re.compile(r"(?P<q>[\u4e00-\u9fff]{2}学习教育|主题教育)(?P<tail>)"),
    re.compile(r"(?:实施|开展了?|推进|启动|落实|和)(?P<q>[\u4e00-\u9fff]{3,12}?行动)(?P<tail>)"),
)


def find_campaigns(text: str, start: int, end: int) -> list[Mention]:
    out, taken = [], set()
    for pattern in PATTERNS:
        for m in pattern.finditer(text, start, end):
            name = _QUOTE_CLEAN.sub("", m["q"] + m["tail"])
            if m.start("q") in taken or len(re.findall(r"[\u4e00-\u9fff]", name)) < 3:
                continue
            if re.search(r"[,。;!?]", name) and not m["tail"]:
                continue
            taken.add(m.start("q"))
            s = m.start("q") - (1 if text[m.start("q") - 1] == "“" else 0)
            out.append(Mention("CAMPAIGN", text[s:m.end("tail") if m["tail"] else m.end("q")],
                               s, m.end("tail") if m["tail"] else m.end("q"), name))
    return out
