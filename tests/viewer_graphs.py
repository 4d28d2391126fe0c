"""Small kg graphs for the viewer tests, built the way `kg.graph.GraphBuilder` builds them.

Invented people; real divisions (Gansu: 定西市 with 安定区, and 兰州市).
"""
import networkx as nx

HOSTILE = {  # text an extraction could carry into a view: markup, quotes, a closing script tag
    "person": '<script>alert("p")</script>',
    "org": "<img src=x onerror=alert('o')>政协",
    "event": '"></div><svg onload=alert(1)>会议',
    "evidence": "他说：</script><script>alert('e')</script>&amp;\u2028完毕。",
    "heading": "<b>标题</b>\"'&",
}


def _add(g, node, cls, label, **attrs):
    g.add_node(node, cls=cls, label=label, **attrs)
    return node


def tiny_graph(names: dict | None = None) -> nx.MultiDiGraph:
    """Three people, four bodies, three events, one campaign, two articles. `names` may
    replace the labels of 张明 (person), 定西市政协 (org), the first event and its evidence."""
    names = names or {}
    g = nx.MultiDiGraph()
    for code, name, level, parent in (("620000", "甘肃省", "province", None), ("621100", "定西市", "prefecture", "620000"),
                                      ("621102", "安定区", "county", "621100"), ("620100", "兰州市", "prefecture", "620000")):
        _add(g, f"place/{code}", "AdministrativeDivision", name, level=level, code=code, lat=None, lon=None)
        if parent:
            g.add_edge(f"place/{code}", f"place/{parent}", key="containedIn")
    dx = _add(g, "org/定西市政协", "CPPCCCommittee", names.get("org", "定西市政协"))
    group = _add(g, "org/定西市政协党组", "PartyGroup", "定西市政协党组")
    lz = _add(g, "org/兰州市政协", "CPPCCCommittee", "兰州市政协")
    ad = _add(g, "org/安定区政协", "CPPCCCommittee", "安定区政协")
    g.add_edge(group, dx, key="subOrganizationOf")
    for org, code in ((dx, "621100"), (group, "621100"), (lz, "620100"), (ad, "621102")):
        g.add_edge(org, f"place/{code}", key="basedIn")
    a1 = _add(g, "article/a1", "NewsArticle", "定西市政协召开党组会议", source="p1.txt", headline="定西市政协召开党组会议",
              issued="2024-06-04")
    a2 = _add(g, "article/a2", "NewsArticle", "兰州市政协调研", source="p2.txt", headline="兰州市政协调研")
    zhang = _add(g, "person/张明@62", "Person", names.get("person", "张明"))
    li = _add(g, "person/李华@62", "Person", "李华")
    wang = _add(g, "person/王强@62", "Person", "王强")
    first = "6月3日，定西市政协党组书记、主席张明主持召开党组会议，王强出席。"
    for post, person, org, title, article, sentence, span in (
            ("post/1", zhang, dx, "党组书记、主席", a1, first, (10, 43)),
            ("post/2", li, lz, "主席", a2, "兰州市政协主席李华带队调研。", (0, 14)),
            ("post/3", wang, ad, "主席", a1, "安定区政协主席王强主持会议。", (60, 74))):
        _add(g, post, "Post", g.nodes[org]["label"] + title, title=title, evidence=sentence,
             ev_start=span[0], ev_end=span[1])
        g.add_edge(person, post, key="holds")
        g.add_edge(post, org, key="postIn")
        g.add_edge(post, article, key="derivedFrom")
    campaign = _add(g, "campaign/三抓三促行动", "Campaign", "三抓三促行动")
    for event, cls, label, date, org, leader, article, sentence, span in (
            ("event/1", "Meeting", names.get("event", "党组会议"), "2024-06-03", group, zhang, a1,
             names.get("evidence", first), (10, 43)),
            ("event/2", "Research", "专题调研", "06-20", lz, li, a2, "兰州市政协主席李华带队调研。", (0, 14)),
            ("event/3", "Meeting", "常委会会议", "2024-07-02", ad, wang, a1, "安定区政协主席王强主持会议。", (60, 74))):
        _add(g, event, cls, label, date=date, evidence=sentence, ev_start=span[0], ev_end=span[1])
        g.add_edge(event, org, key="heldBy")
        g.add_edge(event, leader, key="ledBy")
        g.add_edge(event, article, key="derivedFrom")
    g.add_edge("event/1", wang, key="attendee")
    g.add_edge("event/1", "place/621100", key="location")
    g.add_edge("event/3", campaign, key="concerns")
    for node in (zhang, wang, dx, group, ad, campaign):
        g.add_edge(node, a1, key="mentionedIn")
    for node in (li, lz):
        g.add_edge(node, a2, key="mentionedIn")
    return g
