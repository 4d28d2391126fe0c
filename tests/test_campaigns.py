"""kg.campaigns: named campaigns, initiatives and brands, without quotation marks."""
import pytest

from kg.campaigns import find_campaigns


def names(text: str) -> list[str]:
    return [m.key for m in find_campaigns(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("全面落实“三抓三促”行动部署。", "三抓三促行动"),
    ("扎实推进“委员进万家”行动,畅通委员联系界别群众渠道。", "委员进万家行动"),
    ("深入开展党纪学习教育,推动党纪学习教育走深走实。", "党纪学习教育"),
    ("扎实开展主题教育。", "主题教育"),
    ("深入实施绿色工业突破行动。", "绿色工业突破行动"),
    ("持续擦亮“洞庭议事厅”协商品牌。", "洞庭议事厅"),
    ("持续擦亮“请你来协商”品牌。", "请你来协商"),
    ("围绕深化“千村示范、万村整治”工程开展专项民主监督。", "千村示范、万村整治工程"),
    pytest.param("要持续深化“书香政协”建设,引导委员在读书中提升履职本领。", "书香政协",
                 id="书香政协-建设"),
])
def test_campaign_found_without_quotes(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "引导委员深刻领悟“两个确立”的决定性意义。",
    "让更多群众在家门口吃上“旅游饭”。",
    "推动提案办理从“办得完”向“办得好”转变。",
    "会议要求,机关各部门要压实责任。",
])
def test_quoted_phrases_are_not_campaigns(text):
    assert names(text) == []


def test_campaign_spans_point_at_the_text():
    text = "会议强调,要全面落实“三抓三促”行动部署,深入开展党纪学习教育。"
    found = find_campaigns(text, 0, len(text))
    assert {m.key for m in found} == {"三抓三促行动", "党纪学习教育"}
    for m in found:
        assert m.label == "CAMPAIGN"
        assert text[m.start:m.end] == m.text
        assert m.key == m.text.replace("“", "").replace("”", "")


def test_campaigns_in_records_have_no_quotes(record_of):
    campaigns = record_of("本报绵阳讯(通讯员王晓梅)6月12日,会议强调,要扎实推进“委员进万家”行动。")["campaigns"]
    assert campaigns == ["委员进万家行动"]
