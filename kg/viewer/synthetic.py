"""A kg-shaped random graph of any size, for measuring views at scale (benchmarks, tests).

Real divisions from the gazetteer, invented people (surname + two given characters from a
fixed list), bodies named after their division, meetings with leaders and attendees,
posts and articles with evidence sentences: the same node classes, attributes and edge keys
`kg.graph.GraphBuilder` makes. Seeded, so the same arguments give the same graph.
"""
from __future__ import annotations

import random

import networkx as nx

from ..gazetteer import gazetteer
from ..lexicon import words

GIVEN = "明华文建国志海军平东林永春晓红玉德宏立新光忠秀英芳丽静伟刚勇强"
BODIES = (("政协", "CPPCCCommittee", "主席"), ("政协党组", "PartyGroup", "党组书记"),
          ("委", "PartyCommittee", "书记"), ("人民政府", "Government", "市长"))
EVENTS = (("党组（扩大）会议", "Meeting"), ("常委会会议", "Meeting"), ("专题调研", "Research"),
          ("视察", "Inspection"), ("委员培训班", "Training"))


def synthetic_graph(n_nodes: int = 5000, seed: int = 1) -> nx.MultiDiGraph:
    """About `n_nodes` viewable nodes (people, events, bodies, places, campaigns); posts and
    articles come on top, as in a built graph."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    gz = gazetteer()
    surnames = words("surnames.txt")
    counties = sorted((d for d in gz.by_code.values() if d.level == "county"), key=lambda d: d.code)
    n_people, n_events = int(n_nodes * 0.4), int(n_nodes * 0.35)
    n_campaigns = max(1, n_nodes // 50)

    def division(d):
        node = f"place/{d.code}"
        if node not in g:
            g.add_node(node, cls="AdministrativeDivision", label=d.name, level=d.level, code=d.code,
                       lat=d.lat, lon=d.lon)
            if (parent := gz.parent(d)) is not None:
                g.add_edge(node, division(parent), key="containedIn")
        return node

    orgs = []
    while len(g) < n_nodes - n_people - n_events - n_campaigns:  # bodies and their places so far
        d = rng.choice(counties)
        for suffix, cls, title in BODIES[: rng.randint(1, len(BODIES))]:
            name = d.name + suffix
            if f"org/{name}" not in g:
                g.add_node(f"org/{name}", cls=cls, label=name)
                g.add_edge(f"org/{name}", division(d), key="basedIn")
                orgs.append((f"org/{name}", d, title))
    people = []
    for i in range(n_people):
        name = rng.choice(surnames) + rng.choice(GIVEN) + rng.choice(GIVEN)
        org, d, title = rng.choice(orgs)
        node = f"person/{name}@{d.code[:2]}"
        if node in g:
            continue
        g.add_node(node, cls="Person", label=name)
        people.append((node, org))
        article = _article(g, i // 8)
        post = f"post/p{i}"
        sentence = f"{g.nodes[org]['label']}{title}{name}出席会议并讲话。"
        g.add_node(post, cls="Post", label=g.nodes[org]["label"] + title, title=title,
                   evidence=sentence, ev_start=40 * i, ev_end=40 * i + len(sentence))
        g.add_edge(node, post, key="holds")
        g.add_edge(post, org, key="postIn")
        g.add_edge(post, article, key="derivedFrom")
    campaigns = [f"campaign/专项行动{i}" for i in range(n_campaigns)]
    for c in campaigns:
        g.add_node(c, cls="Campaign", label=c.split("/")[1])
    for i in range(n_events):
        leader, org = rng.choice(people)
        event_name, cls = rng.choice(EVENTS)
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentence = f"{date[5:7]}月{date[8:]}日，{g.nodes[org]['label']}召开{event_name}，{g.nodes[leader]['label']}主持。"
        node = f"event/e{i}"
        g.add_node(node, cls=cls, label=event_name, date=date, evidence=sentence,
                   ev_start=50 * i, ev_end=50 * i + len(sentence))
        g.add_edge(node, org, key="heldBy")
        g.add_edge(node, leader, key="ledBy")
        for other, _ in rng.sample(people, rng.randint(0, 3)):
            g.add_edge(node, other, key="attendee")
        if rng.random() < 0.2:
            g.add_edge(node, rng.choice(campaigns), key="concerns")
        g.add_edge(node, _article(g, 10_000 + i // 4), key="derivedFrom")
    return g


def _article(g: nx.MultiDiGraph, n: int) -> str:
    node = f"article/synthetic-{n}"
    if node not in g:
        g.add_node(node, cls="NewsArticle", label=f"合成稿件{n}", source=f"synthetic_{n // 10:04d}.txt",
                   headline=f"合成稿件{n}", issued="2024-12-31")
    return node
