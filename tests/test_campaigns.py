"""kg.campaigns: named campaigns, initiatives and brands, without quotation marks."""
import pytest

from kg.campaigns import find_campaigns


def names(text: str) -> list[str]:
    return [m.key for m in find_campaigns(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("全面落实“三抓三促”行动部署。", "三抓三促行动"),
    ("推进“四个着力”、深化“五比五晒”,加快发展。", "五比五晒"),
    ("听取我市脱贫攻坚工作汇报。", "脱贫攻坚"),  # a national programme, wherever it stands
    ("会议强调,要积极融入一带一路,深化供给侧结构性改革。", "一带一路"),  # standing national programmes
    ("会议强调,要积极融入一带一路,深化供给侧结构性改革。", "供给侧结构性改革"),
    ("推进长江大保护,落实河长制。", "长江大保护"),
    ("调研项目建设、乡村振兴、春耕备耕等工作。", "乡村振兴"),
    ("全面实施乡村振兴战略,以绿色有机为方向。", "乡村振兴战略"),  # as the text names it
    ("加快项目立项审批,精准实施“招商之冬”,努力实现招商引资新突破。", "招商之冬"),
    ("全面完成“六保”任务,推动县域经济发展。", "六保"),  # a numbered programme by what it is
    ("为推进省委“2468”战略发展目标注入动力。", "2468战略发展目标"),  # coded by digits: kept with what it is
    ("践行省政协“1357”履职总要求和州委部署。", "1357履职总要求"),
    ("深入实施“三强”战略,奋力建设新青林。", "三强"),
    ("按照市委“产业发展项目建设争先年”部署要求,完善工作机制。", "产业发展项目建设争先年"),
    ("我们深入贯彻落实省委“十大战略”,紧紧围绕市委部署。", "十大战略"),
    ("扎实推进“委员进万家”行动,畅通委员联系界别群众渠道。", "委员进万家行动"),
    ("深入开展党纪学习教育,推动党纪学习教育走深走实。", "党纪学习教育"),
    ("扎实开展主题教育。", "主题教育"),
    ("深入实施绿色工业突破行动。", "绿色工业突破行动"),
    ("持续擦亮“洞庭议事厅”协商品牌。", "洞庭议事厅"),
    ("持续擦亮“请你来协商”品牌。", "请你来协商"),
    ("围绕深化“千村示范、万村整治”工程开展专项民主监督。", "千村示范、万村整治工程"),
    pytest.param("要持续深化“书香政协”建设,引导委员在读书中提升履职本领。", "书香政协",
                 id="书香政协-建设"),
    # Invented names in the genre's shapes, one per rule.
    pytest.param("全力推进“五星争创”行动落地见效。", "五星争创行动", id="quoted-行动"),
    pytest.param("扎实开展“清风护苗”专项行动。", "清风护苗专项行动", id="quoted-专项行动"),
    pytest.param("深入开展“百企帮千户”主题活动,助力企业纾困。", "百企帮千户主题活动", id="quoted-主题活动"),
    pytest.param("开展“学思践悟、勇毅前行”主题实践活动。", "学思践悟、勇毅前行主题实践活动", id="quoted-主题实践活动"),
    pytest.param("开展“同心·助企行动”主题活动。", "同心·助企行动", id="quoted-campaign-主题活动"),  # the quote names it
    pytest.param("全面推进“项目落地攻坚年”各项工作。", "项目落地攻坚年", id="quoted-年"),
    pytest.param("用好“码上议”协商平台,拓宽群众参与渠道。", "码上议", id="quoted-平台"),
    pytest.param("学校将为“双特色”建设作出更大贡献。", "双特色建设", id="quoted-numbered-建设"),  # numbered: kept with it
    pytest.param("为“三区一城”建设贡献力量。", "三区一城建设", id="quoted-numbered-建设-2"),
    pytest.param("学校将为“特色名校”建设作出更大贡献。", "特色名校", id="quoted-建设"),  # a name of its own
    pytest.param("全力推进“双一流”建设。", "双一流建设", id="quoted-national-建设"),  # named so nationwide
    pytest.param("启动“雏鹰领航”计划,培养青年人才。", "雏鹰领航计划", id="quoted-计划"),
    pytest.param("全面落实“八保”举措,稳住经济大盘。", "八保", id="quoted-举措"),
    pytest.param("听取关于农村“三清理”工作情况的报告。", "三清理", id="quoted-工作"),
    pytest.param("全力推进“五心调解”等重点工作。", "五心调解", id="quoted-等重点工作"),
    pytest.param("持续推进“码上议”、委员履职“暖心行”、基层微协商等工作。", "暖心行",
                 id="quoted-list-等工作"),
    pytest.param("积极落实“两大任务、一个枢纽”,推动经济平稳运行。", "两大任务、一个枢纽",
                 id="numbered-object"),
    pytest.param("要扎实做好深入贯彻全会精神学习教育“回头看”。", "深入贯彻全会精神学习教育",
                 id="study-贯彻"),
    pytest.param("县委理论学习中心组结合党史学习教育开展研讨。", "党史学习教育", id="study-field"),
    pytest.param("全镇深入开展党史、新中国史、改革开放史、社会主义发展史学习教育。",
                 "党史、新中国史、改革开放史、社会主义发展史学习教育", id="study-fields-listed"),
    pytest.param("会上解读中央一号文件、党史学习教育的要点。", "党史学习教育", id="study-after-a-topic"),
    pytest.param("扎实开展好河湖清淤攻坚行动、沟渠整治攻坚行动,确保汛期安全。", "沟渠整治攻坚行动",
                 id="action-list"),
    pytest.param("深入开展领导干部大走访,确保活动取得实效。", "领导干部大走访", id="drive"),
    pytest.param("率先开展四星级委员工作室创建工作。", "四星级委员工作室创建", id="创建"),
    pytest.param("确保“十六五”规划圆满收官。", "十六五规划", id="plan"),
    pytest.param("明年是‘十六五’规划的起步之年。", "十六五规划", id="plan-single-quotes"),
    pytest.param("全力做好“十六五”发展规划编制。", "十六五发展规划", id="plan-发展规划"),
    pytest.param("统筹推进“五位一体”总体布局。", "五位一体总体布局", id="formula-layout"),
    pytest.param("着力打好蓝天保卫攻坚战。", "蓝天保卫攻坚战", id="攻坚战"),
    pytest.param("确保打赢水土治理攻坚收官战。", "水土治理攻坚", id="攻坚-收官战"),
    pytest.param("调研我县沙漠绿洲振兴战略实施情况。", "沙漠绿洲振兴战略", id="strategy"),
    pytest.param("扎实推进海岛振兴,持续深化产城融合。", "海岛振兴", id="振兴"),
    pytest.param("奋力建设更高水平的平安青田、法治青田。", "法治青田", id="place-drive"),
    pytest.param("全力推进健康开化建设,守护群众健康。", "健康开化", id="place-drive-建设"),
])
def test_campaign_found_without_quotes(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "引导委员深刻领悟“两个确立”的决定性意义。",
    "让更多群众在家门口吃上“旅游饭”。",
    "推动提案办理从“办得完”向“办得好”转变。",
    "会议要求,机关各部门要压实责任。",
    # Invented negatives in real shapes: formulas, meeting topics, held events, titles, slogans.
    "坚持一手抓“四风”整治,一手抓“两会”期间纪律。",
    "对“两委”换届工作进行部署。",
    "召开“金融助力强县行动”双月协商座谈会。",
    "举办“书香溢满城”读书分享活动。",
    "到“打好数字经济攻坚战”专题协商议政会。",
    "依托“委员茶座”“委员书屋”等系列平台载体开展活动。",
    "制定《民情信息“快递箱”工作管理办法》。",
    "坚决打赢防汛抢险攻坚战。",
    "要深化学习教育,提升组织活力。",
    "把思想和行动统一到中央决策部署上来,以实际行动践行承诺。",
    "做到“两个维护”的实际行动。",
    "为打造“六大名城”、挺进百强县贡献力量。",
    "紧盯国家重大战略,围绕新理念、新思想、新战略学习。",
    "确保“十二五”期间改革任务落实。",
    "坚持“两个确立”目标不动摇。",  # a formula, before a programme's noun too
    "围绕“一个目标、三大举措”战略布局推进工作。",  # a place's own slogan as a layout
    "持续加强法治建设,确保社会和谐平安。",  # the drive's word with no place after it
    "在保持经济水平安康的同时推进健康发展。",  # no word opens at 平安 (水平 + 安康)
    "谋划制定了“2468”工作计划。",  # a body's plan of its year's work, coded: no programme
])
def test_quoted_phrases_are_not_campaigns(text):
    assert names(text) == []


@pytest.mark.parametrize("text", ["县委党校、县乡村振兴局参加。", "乡村振兴驻村工作队队长出席。"])
def test_a_body_named_for_a_programme_is_no_campaign(text):
    assert names(text) == []


def test_a_study_campaign_named_in_full_is_not_named_again_short():
    text = "深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。要把主题教育成果转化为工作成效。"
    assert names(text) == ["学习贯彻习近平新时代中国特色社会主义思想主题教育"]
    assert names("要把主题教育成果转化为工作成效。") == ["主题教育"]


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


@pytest.mark.parametrize("text, expected", [
    ("要谋好局,编制实施好促进南部地区发展行动计划。", ["促进南部地区发展行动计划"]),
    ("会议要求,开展好省文明城市创建工作。", ["省文明城市创建"]),
    ("会议传达了习近平总书记关于学习教育重要指示精神。", []),
])
def test_a_verbs_complement_and_a_preposition_are_no_part_of_a_campaign(text, expected):
    assert names(text) == expected


def test_the_plan_named_alone_and_national_study_campaigns(record_of):
    """“十四五”规划: the plan; “十五五”开局之年, “十四五”时期, “十二五”期间: the plan's period named
    alone, a time, no campaign."""
    assert record_of("2026年是“十五五”开局之年。\n")["campaigns"] == []
    assert record_of("编制“十四五”规划,“十四五”时期要发展。\n")["campaigns"] == ["十四五规划"]
    assert record_of("委员们就“十二五”期间深化改革等问题进行交流。\n")["campaigns"] == []
    assert record_of("召开全镇党的群众路线教育实践活动动员大会。\n")["campaigns"] == ["党的群众路线教育实践活动"]


def test_a_plans_field_a_second_verb_and_what_is_no_field(record_of):
    """《“十四五”国民健康规划》: the plan of its field; 推进落实某三年行动: the name after both verbs;
    开展警示教育和某专项整治: the drive named last; 正在开展的学习教育, 既是学习教育: no field named."""
    text = ("分析解读《“十四五”国民健康规划》。推进落实国企改革三年行动。开展警示教育和违规吃喝专项整治,"
            "既是学习教育的重要组成,要结合正在开展的学习教育主动查摆。\n")
    assert sorted(record_of(text)["campaigns"]) == sorted(["十四五国民健康规划", "国企改革三年行动", "违规吃喝专项整治"])


def test_standing_national_programmes_named_bare_or_quoted_alone(record_of):
    """四下基层, 林长制, 双一流建设 (the programme with its 建设 as named), and a national programme
    quoted alone (“一带一路”) are campaigns wherever they stand; a body named for one is none."""
    text = ("3月1日,某县召开会议,部署“一带一路”相关工作,推进双一流建设和成渝地区双城经济圈建设,"
            "践行“四下基层”制度,全面推行林长制。县乡村振兴局负责人参加。\n")
    campaigns = set(record_of(text)["campaigns"])
    assert {"一带一路", "双一流建设", "成渝地区双城经济圈建设", "四下基层", "林长制"} <= campaigns
    assert "双一流" not in campaigns and "乡村振兴" not in campaigns


def test_national_drives_named_in_full(record_of):
    """Drives of the whole country named in full (安全生产治本攻坚三年行动, 迎峰度夏, 青年大学习)."""
    text = ("5月6日,某县召开会议,部署安全生产治本攻坚三年行动和迎峰度夏工作,"
            "组织团员参加青年大学习。\n")
    assert {"安全生产治本攻坚三年行动", "迎峰度夏", "青年大学习"} <= set(record_of(text)["campaigns"])


def test_a_quoted_programme_reformed_created_or_run_as_a_project(record_of):
    """“放管服”改革 → 放管服改革, “X之家”创建 → X之家创建, “三个一批”项目 → 三个一批."""
    campaigns = set(record_of("全县深化“放管服”改革,推进“青林之家”创建,抓好“三个一批”项目建设。\n")["campaigns"])
    assert {"放管服改革", "青林之家创建", "三个一批"} <= campaigns


@pytest.mark.parametrize("text, campaigns", [
    ("凡本网注明来源“政协六安市委员会”“六安市政协”及所属内设机构的各类形式稿件,版权均属六安市政协机关所有,"
     "请注明摘自“六安市政协网站”字样。", []),  # bodies quoted
    ("打造“书香政协”“智慧政协”品牌。", ["书香政协", "智慧政协"]),  # drives named after a body
])
def test_a_body_quoted_is_no_campaign(record_of, text, campaigns):
    assert record_of(text)["campaigns"] == campaigns
