"""Named campaigns, initiatives and brands (`“三抓三促”行动`, 党纪学习教育, `“书香政协”`)."""
from __future__ import annotations

import re

from .model import Mention

_QUOTE_CLEAN = re.compile(r"[“”‘’\"'『』「」]")
_CAMPAIGN_NOUN = "行动|活动|教育|工程|计划|突破年|年"
PATTERNS = (
    # “X”(…)行动: the quoted core plus a short tail up to the campaign noun.
    re.compile(rf"“(?P<q>[^“”]{{2,24}})”(?P<tail>(?![等和及])[\u4e00-\u9fff]{{0,12}}?(?:{_CAMPAIGN_NOUN}))(?![\u4e00-\u9fff]{{0,3}}(?:会|班|精神))"),
    # “X” after a brand verb, or before 品牌: a named brand or initiative.
    re.compile(r"(?:打造|推进|建强|创树|擦亮|叫响|深化)“(?P<q>[^“”]{2,24})”(?P<tail>)(?:品牌)?"),
    re.compile(r"“(?P<q>[^“”]{2,24})”(?P<tail>)品牌"),
    # Unquoted study campaigns: 党纪学习教育, 主题教育, 实施X突破行动.
    re.compile(r"(?<![\u4e00-\u9fff])(?P<q>[\u4e00-\u9fff]{2}学习教育|主题教育)(?P<tail>)"),
    re.compile(r"(?:实施|开展|推进|启动)(?P<q>[\u4e00-\u9fff]{2,10}(?:突破行动|专项行动|攻坚行动|提升行动))(?P<tail>)"),
)


def find_campaigns(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text, start, end):
            name = _QUOTE_CLEAN.sub("", m["q"] + m["tail"])
            if re.search(r"[,。;!?]", name) and not m["tail"]:
                continue
            s = m.start("q") - (1 if text[m.start("q") - 1] == "“" else 0)
            out.append(Mention("CAMPAIGN", text[s:m.end("tail") if m["tail"] else m.end("q")],
                               s, m.end("tail") if m["tail"] else m.end("q"), name))
    return out
