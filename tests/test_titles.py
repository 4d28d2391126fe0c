"""kg.titles: which body a title belongs to (the table in kg/data/title_bodies.tsv)."""
import pytest

from kg.titles import body_kind, department, fits, implied_body, sibling, unit_body


@pytest.mark.parametrize("body, kind", [
    ("平利县委", "party"), ("湖南省人大常委会", "congress"), ("安吉县政协", "cppcc"), ("县政府", "government"),
    ("民进安庆市委", "democratic"), ("平利县检察院", "procuratorate"), ("黄石市中级人民法院", "court"),
    ("市委统战部", "department"), ("县公安局", "bureau"), ("市纪委", "discipline"), ("某某科技有限公司", "company"),
    ("某某大学", "school"), ("市妇联", "federation"), ("某某研究会", "unit"), ("某某集团党委", "party"),
    ("共青团某某市委", "youth"), ("团市委", "youth"), ("某县作家协会", "federation"), ("省书协", "federation"),
    ("某县人武部", "military"),
])
def test_body_kind(body, kind):
    assert body_kind(body) == kind


@pytest.mark.parametrize("title, body, ok", [
    ("县长", "平利县委", False), ("县长", "平利县政府", True), ("主任", "县人大常委会", True),
    ("主席", "县委", False), ("副主席", "县政协", True), ("检察长", "县法院", False), ("书记", "县纪委", True),
    ("党组书记", "县政协", True), ("站长", "某某服务站", True), ("主席", "某县作家协会", True), ("部长", "某县人武部", True),
])
def test_fits(title, body, ok):
    assert fits(title, body) is ok


@pytest.mark.parametrize("body, title, expected", [
    ("平利县委", "县长", "平利县政府"), ("西王镇党委", "镇长", "西王镇政府"), ("县委", "副县长", "县政府"),
    ("市委", "县长", None), ("郑州市政协", "书记", "郑州市委"), ("某某大学", "县长", None),
])
def test_sibling(body, title, expected):
    assert sibling(body, title) == expected


@pytest.mark.parametrize("body, dept, expected", [
    ("市委", "统战部", "市委统战部"), ("平利县政府", "公安局", "平利县公安局"),
    ("县人大常委会", "办公室", "县人大常委会办公室"), ("市妇联", "宣传部", "市妇联宣传部"),
    ("某某研究会", "秘书处", "某某研究会秘书处"), ("县法院", "办公室", None),
    ("广西壮族自治区政协", "办公厅", "广西壮族自治区政协办公厅"),  # an office is its body's, not its place's
    ("四川省政府", "办公厅", "四川省政府办公厅"), ("平利县政府", "办公室", "平利县政府办公室"),
    ("城关街道妇联", "妇联", "城关街道妇联"),  # 某街道妇联…,妇联主席甲: the same federation
    ("漳州市委统战部", "市民宗局", "漳州市民宗局"), ("漳州市政府", "市民宗局", "漳州市民宗局"),  # 市 said once
    ("漳州市委统战部", "市场监管局", "漳州市市场监管局"),  # 市场 opens the department's own name
    ("河南省防汛抗旱指挥部", "水利厅", "河南省水利厅"),  # 省防指副指挥长、水利厅厅长: the province's department
    ("漳州市防汛抗旱指挥部", "水利局", "漳州市水利局"), ("漳州市防汛抗旱指挥部", "水利厅", None),  # a city has no 厅
    ("虹口区教育工作党委", "教育局", "虹口区教育局"),  # a field's party committee: the place's bureau
])
def test_department(body, dept, expected):
    assert department(body, dept) == expected


def test_implied_body():
    assert implied_body("副县长") == "县政府" and implied_body("检察长") == "检察院" and implied_body("主任") == ""


@pytest.mark.parametrize("body, word, expected", [
    ("平利县委", "纪委", "平利县纪委"), ("江城光电集团党委", "纪委", "江城光电集团纪委"), ("柏树镇党委", "纪委", "柏树镇纪委"),
    ("中央和国家机关工委", "纪工委", "中央和国家机关纪工委"),  # a working committee's: 工委 whole, not 工 + 委
])
def test_unit_body(body, word, expected):
    assert unit_body(body, word) == expected


def test_a_party_department_after_a_cppcc_or_government_post_is_the_party_committees():
    """市政协主席、政法委书记: the city's 市委政法委, not a 政协's; 县政府副县长、统战部部长: 县委统战部."""
    from kg.titles import department
    assert department("市政协", "政法委") == "市委政法委"
    assert department("青石县政府", "统战部") == "青石县委统战部"
    assert department("青石县委", "统战部") == "青石县委统战部"
