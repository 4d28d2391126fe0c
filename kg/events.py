"""Events: meetings, inspections, research trips, trainings and activities, per sentence.

A trigger (召开, 举办, 开展 …, or a passive `X会议召开`, or `带队 … 调研`) names the event;
the body is the one the name or the sentence's subject names (a sub-body's meeting is
held by its committee); leaders are followed by 主持/带队/带领, attendees by 出席/参加.
"""
from __future__ import annotations

import re
from functools import cache

from .model import Event, Mention, Position, SpanIndex
from .orgs import parent_org
from .patterns import event_nouns, national_bodies, trie_pattern
from .segment import DATE

_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")
_LEAD = re.compile(r"(?:先后|亲自|专门)?(?:主持|带队|带领|率队|率领|率)")
_ATTEND = re.compile(r"(?:先后|亲自)?(?:出席|参加|列席)")
_DIRECTIVE = re.compile(r"(?:^|[,:])要|要求|强调|指出|提出|希望|建议|通过|利用|依托|常态化|积极|坚持")
_BODY = re.compile(r"政协|委|政府|人大")
_EVENT_NAME_START = re.compile(r"^.*(?:开展了?|进行了?|组织)(?=.)")
_DOCS = re.compile(r"审议(?:通过)?了?((?:《[^》]{2,80}》[和、及]?)+)")


@cache
def _trigger_re() -> re.Pattern:
    noun = trie_pattern(event_nouns())
    return re.compile(
        rf"(?:主持召开|召开|举办|举行|组织开展|开展了?|组织|开设|开办)(?P<name>(?:“[^”]{{0,40}}”|[^,。;:!?]){{0,40}}?(?P<noun>{noun}))"
        rf"(?![\u4e00-\u9fff]{{0,6}}(?:精神|时|上))"
        rf"|(?P<pname>[^,。;:!?]{{2,30}}?(?P<pnoun>{noun}))(?:召开|举行|开班|开幕)"
        rf"|(?:带队|带领[^,。;]{{0,8}}?)[^。;]{{0,80}}?(?P<tnoun>调研|视察|考察|督查|督导|监督)"
        rf"|(?P<visitor>[\u4e00-\u9fff]{{2,3}})(?:总书记|同志)?在(?P<where>[\u4e00-\u9fff、]{{2,12}}?)"
        rf"(?P<vnoun>调研|考察|视察)(?:时|期间)"
    )


def _kind(noun: str) -> str:
    return event_nouns().get(noun, "activity")


def event_date(sentence: str, pub_date: str | None) -> str | None:
    """MM-DD (or YYYY-MM-DD when the year is known) of the first date in a sentence."""
    m = DATE.search(sentence)
    if not m:
        return None
    mm, dd = int(m["m"]), int(m["d"])
    year = m["y"]
    if year is None and pub_date:
        pub_year, pub_month = int(pub_date[:4]), int(pub_date[5:7])
        year = str(pub_year - 1 if mm > pub_month else pub_year)
    return f"{year}-{mm:02d}-{dd:02d}" if year else f"{mm:02d}-{dd:02d}"


def _roles(text: str, persons: SpanIndex, lo: int, hi: int) -> tuple[list[str], list[str]]:
    """Leaders (X主持, X带队) and attendees (X出席); a list `A、B、C出席` shares its verb."""
    leaders, attendees, run = [], [], []
    for p in persons.between(lo, hi):
        run.append(p.text)
        if text[p.end:p.end + 1] == "、":
            continue
        role = leaders if _LEAD.match(text, p.end, hi) else attendees if _ATTEND.match(text, p.end, hi) else None
        if role is not None:
            role.extend(name for name in run if name not in role)
        run = []
    return leaders, attendees


def find_events(text: str, start: int, end: int, orgs: list[Mention], persons: list[Mention],
                positions: list[Position], main_org: str | None, pub_date: str | None) -> list[Event]:
    """Events stated in the article text[start:end] (its body: the headline restates them)."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text, start, end)]
    org_index, person_index = SpanIndex(orgs), SpanIndex(persons)
    events: list[Event] = []
    carried = None  # a date stated in its own sentence ("4月7日,星期五。") dates what follows
    for n, (s, e) in enumerate(sentences):
        if text[s - 1:s] == "\n":
            carried = None
        found = list(_trigger_re().finditer(text, s, e))
        sentence = text[s:e]
        date = event_date(sentence, pub_date)
        if not found:
            carried = date or carried
            continue
        date = date or carried
        # Leaders named in the next sentence ("X会议召开。县政协主席赵德明主持并讲话。")
        hi = e  # roles may follow in the next sentence, and on in its paragraph, up to another event
        for k, (s2, e2) in enumerate(sentences[n + 1:n + 4]):
            if k and text[s2 - 1:s2] == "\n" or _trigger_re().search(text, s2, e2):
                break
            hi = e2
        leaders, attendees = _roles(text, person_index, s, hi)
        docs = tuple(d for m in _DOCS.finditer(text, s, hi) for d in re.findall(r"《([^》]+)》", m[1]))
        first = len(events)
        for m in found:
            if m["visitor"]:
                events.extend(_visit(m, persons, positions, s, e))
                continue
            if text[s] == "要" or _DIRECTIVE.search(text, max(s, m.start() - 60), m.start()):
                continue  # "会议要求,要…开展…": a task set, not an event held
            name = _EVENT_NAME_START.sub("", m["name"] or m["pname"] or m["tnoun"])
            noun = m["noun"] or m["pnoun"] or m["tnoun"]
            lo = max(s, m.start() - 120)  # the subject stands in the same clause
            nearby = org_index.between(lo, m.end())
            org = _holder(m, nearby, lo, main_org)
            name = _without_holder(name, nearby)
            events.append(Event(org, name.strip(), _kind(noun), date, tuple(leaders),
                                tuple(attendees), docs, s, e))
        events[first:] = _one_per_name(events[first:])
    return events


def _one_per_name(events: list[Event]) -> list[Event]:
    """Two triggers in a sentence naming one event ("带队…开展专项民主监督"): keep the fuller name."""
    return [ev for ev in events
            if not any(o is not ev and (o.org, o.date) == (ev.org, ev.date) and ev.name in o.name
                       and len(o.name) > len(ev.name) for o in events)]


def _visit(m: re.Match, persons: list[Mention], positions: list[Position], s: int, e: int):
    """"X在Y调研时的讲话": an undated visit led by X for the body of X's first post."""
    name = m["visitor"]
    if not any(p.text == name and p.start == m.start("visitor") for p in persons):
        return []
    org = next((p.org for p in positions if p.person == name and p.org), None)
    if org is None or org in national_bodies().values():
        return []  # a national leader's tour is cited as study material, not a page event
    kind = _kind(m["vnoun"])
    return [Event(org, f"在{m['where']}{m['vnoun']}", kind, None, (name,), (), (), s, e)]


def _without_holder(name: str, orgs: list[Mention]) -> str:
    """市政协党组(扩大)会议 → 党组(扩大)会议: the name without the body that holds it."""
    for o in orgs:
        if name.startswith(o.text) and len(name) - len(o.text) >= 2:
            rest = name[len(o.text):]
            sub = o.key[len(parent_org(o.key)):]
            return sub + rest if sub and not rest.startswith(sub) else rest
    return name


def _holder(m: re.Match, orgs: list[Mention], s: int, main_org: str | None) -> str | None:
    """The body holding the event: named in the event's name, else the sentence subject."""
    name_start = m.start("name") if m["name"] else m.start("pname") if m["pname"] else m.start()
    inside = [o for o in orgs if o.start >= name_start and o.end <= m.end()]
    if inside and inside[0].start - name_start <= 2:
        return parent_org(inside[0].key)
    before = [o for o in orgs if s <= o.start < m.start() and _BODY.search(o.key)]
    if before:
        return parent_org(before[0].key)
    return main_org
