"""Organization mentions: find bodies in text and give them canonical names from context.

`市政协` in an article datelined 武威 is 武威市政协; `省委` in a Gansu paper is 甘肃省委;
`政协定西市委员会` is 定西市政协; sub-bodies (党组, 常委会, …) keep their parent. A unit
said by its kind (集团, 校党委) is the one the page names and does not visit (`named_unit`);
X区院/该院/我院 in a procuratorate's or court's news are procuratorates or courts;
divisions listed before one body word (闵行、黄浦等六家法院) name one body each.
"""
from __future__ import annotations

from bisect import bisect_left
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .gazetteer import Division, gazetteer, pressed
from .lexicon import has_function_word, inside_common_word, is_common_word, jieba_cut, jieba_tags, jieba_words, trade_words, word_starts_at
from .model import Mention, SpanIndex
from .places import AREA, ZONE, ZONE_OPENS, conjunction_before_level, page_former, town_named
from .people import name_at
from .patterns import CITY_LEADERS_COUNTY, division_names_at, division_spans, former_spans, national_bodies, national_names, title_re, trie_pattern
from .placed import Placed, PlacedPattern, literal_heads, optional
from .titles import DEMOCRATIC_PARTIES, LEVELS, body_kind

# A party committee's own committees (某县委全面深化改革委员会, 某省委网络安全和信息化委员会)
_PARTY_COMMITTEES = "(?:全面深化改革|全面依法治[省市县区州旗盟]|财经|外事工作|审计|国家安全|网络安全和信息化|机构编制|农村工作|军民融合发展|教育工作)委员会"
SUB_BODIES = ("党组理论学习中心组", "机关党组", "党组", "常委会", "机关", "主席团", "书记处")
_BODY = ("人大常委会|人民代表大会常务委员会|人民代表大会|人民政府|政府|纪委监委|纪委|纪检委|监委|监察委员会|政法委|政协|委员会|人民检察院|检察分院|检察院|"
         "中级人民法院|高级人民法院|人民法院|法院|中级院|中院|高级院|高院|"
         f"委{_PARTY_COMMITTEES}|"
         "委党校|委党史(?:研究院|研究室|研究中心|工作办公室|工办|办(?![公理好事法]))|委编委(?:办(?![公理好事法]))?|委政策研究室|委政研室|委研究室|委办公厅|委办公室|委办(?![公理好事法])|委网信办|委(?:外事|外|台|侨|港澳|国安)办(?![理好事法公])|委老干部局|委统战部|委组织部|委宣传部|委社会工作部|委政法委|委编办|委(?:教育|高校|高教|直属机关|机关|[省市县区]直机关|企业|金融|科技|两新|社会)工委|党委组织部|党委宣传部|党委统战部|党委社会工作部|党委办公室|党委|委(?!员|会(?!议))|人大|"
         "社(?=党组|理事会|党委|机关)|工商联|残联|妇联|团委|科协|文联|侨联|总工会|工会(?!小组|积极分子)|知联会|新联会|社科院|社科联|红十字会|台联|青联|作协|律协|友协|地委|行署|"
         "妇女联合会|残疾人联合会|青年联合会|学生联合会|工商业联合会|文学艺术界联合会|归国华侨联合会|科学技术协会")  # as written
# Central bodies named by pattern rather than listed: 中央X委员会, 中央X领导小组, 国家X局, 国务院X办.
# Departments and committees of a central body, written after it: 中共中央办公厅, 全国政协农业和农村委员会.
# A congress's or CPPCC's special committees by their short names (财经委, 教科文卫委, 民宗委, 环资委).
_SPECIAL_SHORT = r"(?:财经|法制|监司|内司|教科文卫|教科文|环资|城建环资|农业农村|民宗|民族宗教|外事|外侨|华侨|社会建设|社会|社建|民侨外|经济|文史|学习|港澳台侨|人口资源环境)委(?![员会])"
_NATIONAL_ORGAN = (_SPECIAL_SHORT + r"|书记处|办公厅|组织部|宣传部|统战部|社会工作部|政法委|政策研究室|(?!、)(?:[\u4e00-\u9fff]|(?<![委长席员])、){2,12}?委员会|关工委|(?:直属)?机关党委|"
                   r"[\u4e00-\u9fff]{2,8}?(?<!公)司(?![长令法机])|"  # 教育部思想政治工作司: a ministry's department
                   r"[\u4e00-\u9fff]{2,4}?流域管理局|海事局|"  # 水利部太湖流域管理局, 交通运输部海事局: a ministry's agency
                   r"[\u4e00-\u9fff]{0,8}?(?:研究中心|研究院|研究所|培训中心|信息中心|服务中心|监测中心|考试中心|交流中心)")  # 教育部教育发展研究中心
_CENTRAL = (r"中央[\u4e00-\u9fff]{2,12}?(?:委员会|领导小组)|中央(?:代表团|慰问团)|中央第[一二三四五六七八九十]{1,3}(?:巡视|督导|督察)组|国家(?![的全])[\u4e00-\u9fff]{1,6}?(?:局|委员会)|"
            r"国务院[\u4e00-\u9fff]{1,4}?办|中国共产党(?![\u4e00-\u9fff]{0,16}委员会|[\u4e00-\u9fff]{2,12}?第[一二三四五六七八九十\d]{1,3}次(?:党员)?代表大会)"
            r"(?!党委|[^,。;]{0,16}?(?:条例|规定|章程|准则|办法|》)|[\u4e00-\u9fff]{2,12}?第[一二三四五六七八九十]+次代表大会)")
# (中国共产党某学院第一次代表大会, 《中国共产党某条例》: a unit's party congress, a regulation; not the party)
# A department after a place: an office ending in 局, 厅 or 中心, a 指挥部 (县防汛抗旱指挥部), or a committee of two to four
# characters (政法委, 发展改革委) that is no place's own committee (大英县委, 南京市委) nor a phrase.
_DEPT = r"(?P<dept>(?:(?!召开|举行|主持)[^\W\d_省市县区乡镇村全各]|(?<=[安健])全|(?:(?<=试验|示范|开发|自贸|高新)|(?<=[新园城]))区){2,16}?领导小?组|(?:[^\W\d_省市县区乡镇村全各]|(?<=[安健])全){2,14}?联席会议(?=(?:召开)?(?:\d{4}年)?第[一二三四五六七八九十\d]+次|全体|在[\u4e00-\u9fff]{1,6}召开|副?召集人|(?:部分)?成员单位)|[\u4e00-\u9fff]{2,10}?(?:运动会|博览会|交易会|洽谈会|论坛|文化节|旅游节)(?:组织委员会|组委会)|安委会|安委办|食安委|食安办|减灾委|军分区|警备区|军区|人武部|人民武装部|(?:消防救援|森林消防|消防|交警|特警)(?:总队|支队|大队)|档案馆|(?:地方志|地方史志|史志)(?:办公室|办)|供销合作社|供销社|(?![常人政])[\u4e00-\u9fff]{0,8}?(?<![的和与及])(?:安全|安全生产|保护|管理|发展|改革)委员会|防指|防总|防办|(?:港澳|外事|外|外侨|台|侨|侨务|编委|信访|金融|扶贫|乡村振兴|编|网信|人防|人民防空|国动|国防科工|文明|综治|双拥|老龄|农|口岸|新闻|督查|应急|援疆|援藏|招商|防汛|防汛抗旱)办(?![理好事法公])|(?:人民防空|国防动员|外事|侨务|台湾事务|港澳事务|信访|扶贫开发|金融工作|机构编制委员会|精神文明建设委员会|爱国卫生运动委员会)办公室|[\u4e00-\u9fff]{0,4}?(?:河湖长|河长|湖长|林长|田长)制?(?:办公室|办(?![理好事法公]))|[\u4e00-\u9fff]{2,8}?(?:工作|行业)党委|(?!成立|设立|组建|建立|新建)[\u4e00-\u9fff]{1,10}?(?:局|服务中心|中心|管委会|管委|指挥部|(?<![大展餐客])(?<!议事|会议|报告|宴会)厅)|(?:科|教|建|经|农|民|计|体|商)委(?![员会])|(?![常党团总镇乡人政纪委第]|大学|学院|医院|学校|公司|集团)(?:[^\W\d_省市县区乡镇村有的全各]|(?<=安)全){2,12}?(?<![省市县区州旗盟织届会业门])委员会|(?![常党团总镇乡]|大学|学院|医院|学校|公司|集团)(?:[\u4e00-\u9fff]{2,3}?|[^\W\d_省市县区乡镇有和的]{4}|[^\W\d_省市县区乡镇有和的]{5}(?<!党))(?<![省市县区州旗盟])委(?![员会]))"
_SHORT_REF = "自治区|省|市(?![场区县]|民(?![政宗委族]))|县|区|州|旗|盟(?![员市])"  # not 盟员 (a 民盟 member), 盟市


@dataclass(frozen=True)
class Context:
    """Where an article is set: its locality and the paper's province."""

    locale: Division | None = None
    province: Division | None = None
    host: str | None = None  # the department whose own site the page is on (kg.locality.host_body)

    def resolve_ref(self, ref: str) -> Division | None:
        """省/市/县/区/州 → the division of that level around the article's locality."""
        g = gazetteer()
        if ref == "省":  # a province by that name: never a municipality (上海市) nor a region (自治区)
            provinces = (self.province, g.province(self.locale) if self.locale else None)
            return next((p for p in provinces if p and p.name.endswith("省")), None)
        if ref == "自治区":  # 自治区政协: the autonomous region's, the article's before the page's
            regions = (g.province(self.locale) if self.locale else None, self.province)
            return next((r for r in regions if r and r.name.endswith("自治区")), None)
        if self.locale is None:
            return None
        for d in g.chain(self.locale):
            if d.level == "province":  # a municipality (重庆市) is the 市 of its districts
                if ref == "市" and d.name.endswith("市"):
                    return d
                continue
            if d.name.endswith(ref) or (ref == "县" and d.name.endswith("旗")):
                return d
            if ref == "县" and d.level == "county" and (county := g.former_county(d)):
                return county  # 县人大常委会 on a page of 宁乡市: the county it was when the page says 县
        return None


# The term of a committee, written inside its name: 省十三届人大, 政协第十三届X委员会.
_TERM = r"(?:第?[〇零一二三四五六七八九十百\d]{1,4}届)"
_TERM_RE = re.compile(_TERM)


def _sub(n: int) -> str:
    return f"(?P<sub{n}>常务委员会|{'|'.join(SUB_BODIES)})?"  # 常务委员会: its 常委会, written in full


# 政协某州第九届委员会: a short form and its level; 政协某区第十一届二十一次常委会议: the term, no 委员会
_CPPCC_TAIL = re.compile(rf"(?P<clevel>[州盟县区旗])?(?:{_TERM}?委员会{_sub(1)}|{_TERM}(?=[〇零一二三四五六七八九十\d]{{1,4}}次|常委))")
_CPC_DEPT = f"(?P<cdept>{_PARTY_COMMITTEES}|统战部|组织部|宣传部|社会工作部|政法委|办公厅|办公室|政策研究室|老干部局|网信办|编办)?"  # 中共某省委统战部: its department
_CPC_TAIL = re.compile(rf"{_TERM}?(?:委员会|委){_sub(2)}{_CPC_DEPT}")  # 中国共产党某省第十二届委员会
_CPC_SHORT = re.compile(rf"(?P<pplace>{_SHORT_REF})(?:委员会|委){_sub(2)}{_CPC_DEPT}")


def _past_parent(text: str, at: int, end: int) -> list[int]:
    """Where a place may start past its parent's name (中共重庆市开州区委员会), as
    `(?:PLACE(?=PLACE))?` would try them (a name, not 市 of 中共定西市委, after the parent)."""
    return [at + len(n) for n in division_names_at(text, at, end) if division_names_at(text, at + len(n), end)] + [at]


def _term_and_parent(text: str, at: int, end: int) -> list[int]:
    """Where a CPPCC's place may start after 政协: past a term (政协第十三届X委员会) and past
    the place's parent (政协重庆市开州区委员会), as `{_TERM}?(?:PLACE(?=PLACE))?` would try them."""
    return [stop for after in optional(_TERM_RE)(text, at, end) for stop in _past_parent(text, after, end)]


@cache
def _named_body_pattern() -> PlacedPattern:
    """Bodies whose name starts with a fixed word: 政协X委员会, 中共X委, central bodies; as
    `(?P<cppcc>中国人民政治协商会议|政协){_TERM}?(?:PLACE(?=PLACE))?(?P<cplace>PLACE)(?P<clevel>[州盟])?{_TERM}?委员会(?P<sub1>…)?
    |(?P<cpc>中共|中国共产党)(?:PLACE(?=PLACE))?(?P<pplace>PLACE|{_SHORT_REF}){_TERM}?(?:委员会|委)(?P<sub2>…)?|(?P<national>…)…`
    would find them, PLACE a gazetteer name (`kg.placed`)."""
    national = re.compile(rf"(?P<national>{trie_pattern(national_bodies())}|{_CENTRAL})(?!门){_sub(3)}"
                          rf"(?P<norgan>{_NATIONAL_ORGAN})?")  # 教育部门: no ministry
    heads = ("中国人民政治协商会议", "中国政治协商会议", "政协", "中共", "中国共产党")
    # (?=[…]): the characters the heads, the national bodies and _CENTRAL (中央…, 国家…) open with,
    # so that the lookahead of them all is tried only where one of them can start
    opens = "".join(sorted({w[0] for w in (*heads, *national_bodies(), "中", "国")}))
    return PlacedPattern(
        re.compile(rf"(?=[{opens}])(?={'|'.join(heads)}|{national.pattern})"),
        (Placed(literal_heads(("中国人民政治协商会议", "中国政治协商会议", "政协"), "cppcc", _term_and_parent), "cplace",
                _CPPCC_TAIL),  # 中国政治协商会议: a page's slip for the same
         Placed(literal_heads(("中共", "中国共产党"), "cpc", _past_parent), "pplace", _CPC_TAIL, bare=_CPC_SHORT),
         national))


# What follows a place to make a body: 政协, 委, 政府, 人大常委会, a department …
# Organs of a CPPCC or congress committee, written after it: 政协提案委员会, 人大常委会办公室.
_ORGAN = (r"(?P<organ>(?:(?<=政协)|(?<=人大常委会)|(?<=人大)|(?<=人民代表大会))(?:提案委员会|提案委|办公室|办公厅|秘书处|研究室|"
          r"[\u4e00-\u9fff]{2,10}?委员会|[\u4e00-\u9fff]{2,4}?工委|"
          + _SPECIAL_SHORT + r"|办(?![理好事法公]))"
          r"|(?<=检察院)[\u4e00-\u9fff]{2,5}?分院"  # 省检察院某地分院: a province's branch procuratorate
          r"|(?<=委)第[〇一二三四五六七八九十]{1,3}(?:巡视|巡察)组"  # 省委第三巡视组: a party committee's inspection team
          r"|(?<=委)(?:理论)?讲师团|(?<=委)(?:[\u4e00-\u9fff]{2,8}?)?宣讲团"  # 省委讲师团, 市委党史学习教育宣讲团: a committee's lecturers
          r"|(?<=政府)(?:办公厅|办公室|办(?![理好事法公])|国资委|发改委|研究室|发展研究中心|参事室|督查室|新闻办公室|新闻办|外事办公室|外事办|外办|侨办|金融办|应急办|(?!党)[\u4e00-\u9fff]{1,3}?工委))")  # 省政府办公厅, 省政府国资委, 省政府妇儿工委
# Words of running text that no organ's name holds (政协召开全体委员会议, 全国政协提供…委员会).
_RUNNING_TEXT = re.compile(r"[的了在着各]|及其|全体|全国|提供|召开|举行|参加|邀请|开展|提出|通过|审议|听取|围绕|就|加快|推进|打造|拜会|会见|走访|看望|慰问|先后")
# A session's presidium: 省十三届人大一次会议主席团 is the 省人大主席团, 省政协十二届一次会议主席团 the 省政协主席团.
_PRESIDIUM = (r"(?:(?<=人大)|(?<=政协))(?P<presidium>(?:(?<=政协)[〇零一二三四五六七八九十\d]{1,3}届)?"
              r"(?:[〇零一二三四五六七八九十\d]{1,3}次会议)?主席团)")
_AFTER_PLACE = re.compile(rf"(?P<level>[县区州旗盟]|市(?!场))?{_TERM}?(?:(?P<body>{_BODY})|{_DEPT}){_sub(4)}(?:{_ORGAN}|{_PRESIDIUM})?")
# (?=…): what it opens with; not after 各, 全… nor a level in brackets (各县(市)区政府: every one)
_SHORT_REF_RE = re.compile(rf"(?=[自省市县区州旗盟])(?<![全各本该每])(?<![县市区]\))(?:{_SHORT_REF})")


# (?=[…]): the characters the unit words open with, so a scan passes over the other positions at
# once instead of trying each word (and the lookbehinds of some) at every character.
_NAMED = re.compile(r"(?=[有股公集大学医研所高初一二三四五六七八九银分支书协商理联促幼中小技职实合报通出杂派检边海总敬养福卫救])"
                    r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|大学|学院|医院|研究院|研究所|派出所|检查站|检查总站|边检站|边检总站|海关|海事局|所(?=党委|党总支|所长|副所长)|(?:高中|初中)(?=党支部|党总支|党委|校长|副校长)|(?<=[\u4e00-\u9fff])[一二三四五六七八九]院(?=党委|党总支|院长|副院长)|银行|分行|支行|书画院|协会(?!长)|学会|(?<!会)商会|分会|理事会|(?<![工会])总会(?![议在是有要能计长])|(?<!妇女|青年|学生)(?<!残疾人|工商业)(?<!归国华侨)(?<!文学艺术界)联合会|联谊会|促进会|研究会|"
                    r"幼儿园|中学|小学|中专(?![业学])|技工学校|职业学校|实验学校|合作社|报社|分社(?!区)|通讯社|出版社|杂志社|"
                    r"敬老院|养老院|福利院|卫生院|救助站)")  # (水口敬老院, 某镇卫生院: welfare and health institutions)
_FACULTY_OF_ONE = re.compile(r"[理文法商医工农艺]学院$")
_REGIONAL_BRANCH = re.compile(r"[\u4e00-\u9fff]{2}分")  # 山东分公司: a company's branch named by its region
_GROUP_MARK = re.compile(r"[((]集团[))]")
_BRACKETED_IN_NAME = re.compile(r"[((][\u4e00-\u9fff]{2,4}[))]")
_DELEGATION = re.compile(r"(?:党政)?代表团(?!团?员)")  # 某市代表团, 某县党政代表团: a place's delegation


def _delegation(place: str, word: str) -> str:
    """A place's party and government delegation by the place's full name (黔西南州党政代表团 →
    黔西南布依族苗族自治州…); a congress's delegation, or a name no one division's, as written."""
    d = gazetteer().lookup(place)
    if word.startswith("党政") and d is not None and (place in (d.name, d.short) or pressed(place, d)):
        return d.name + word
    return place + word  # 安徽代表团: a congress's delegation, by the name it bears at the session
_HOSPITAL = re.compile(r"人民医院|中医|中西医结合|大学(?!生)|附属|第[一二三四五六七八九十\d]+|妇幼|专科|中心医院|总医院")
_LEFT_STOP = re.compile(
    r"(?:[,。、;:!?()“”《》·\s>»›|/]|\d年|年度|学年|深入|察看|了解|走进|来到|前往|到|赴|在|和|与|及|(?<![高中初同平])等|了|对|于|的|是|为|暨|由|逢|任命|兼|"
    r"研究|部署|动员|号召|引导|鼓励|激励|团结|凝聚|推动|推进|加强|健全|完善|落实|贯彻|围绕|助力|服务|支持|引领|带动|面向|学习|谋划|聚焦|同意|审议|通过|发挥|依托|携手|(?<!中西医)结合|"  # 研究部署公司…工作: verbs before their object
    r"会见|会晤|拜会|接见|看望|慰问|走访|考察|调研|视察|参观|单位|肯定|表扬|赞扬|感谢|祝贺|"  # 某某会见某商会会长: the one called on; 组长单位某大学: its role; 某某充分肯定某公司…: praised
    r"同志|担任|兼任|曾任|(?<=同志)任|中心组|率领|带领|率|据|新一届|本届|上届|"  # 甲乙同志任某医学院院长: an appointment before the unit; 党委中心组集团…: a new phrase; 某某率某协会…: who leads them
    r"(?<=委员|会员|民营|重点|骨干|龙头|规上|示范)企业)$"  # 走访委员企业某某公司: the kind of firm, then its name
)


_PARTY_BEFORE = re.compile(r"(?:中国共产党|中共)(?!中央)")
_REFS = ("自治区", "省", "市", "县", "区", "州", "旗", "盟")
# Kinds of unit, not names: 二级学院, 各二级学院, 17位二级学院, 全校各学院.
_GENERIC_UNIT = re.compile(r"^(?:[全各本该每此这那诸最\d]|[一二三四五六七八九十两]级|分|子|下属|所属|相关|有关|兄弟|部分|基层|属地|辖区|当地|[^\u4e00-\u9fff]"
                           r"|(?:应用|研究|教学|创新|开放|综合)型|高水平|双?一流|国际化|现代化|新型"  # 建设应用型城市大学, 双一流大学
                           r"|(?:大)?中小学|中西?医(?:结合)?医院$"  # 中小学幼儿园, 中西医结合医院: kinds of school, of hospital
                           r"|(?:农村|乡镇|城乡|城市|公办|民办|社区)[\u4e00-\u9fff]{0,2}(?:敬老院|养老院|福利院|卫生院)$)")  # 乡镇敬老院, 公办养老院: kinds


_CUT_TAGS = {"p", "c", "u", "d", "r"}  # prepositions, conjunctions, particles, adverbs, pronouns
# Verbs of the genre before a unit's name that jieba tags otherwise (关心 n, 关怀 nr): 关心关怀指导某大学
_CUT_VERBS = {"列席", "出席", "参加", "陪同", "代表", "关心", "关怀", "指导", "支持", "助力", "考察", "调研", "视察",
              "走进", "来到", "前往", "深入", "访问", "慰问", "看望", "帮扶", "特邀", "邀请", "特聘"}
# Verbs of speech before what is said, also at the end of a longer word (特别强调): 听取总经理某某汇报公司…
_SAY_VERBS = ("汇报", "强调", "听取", "指出")


# 科学与技术(研究院), 城市与环境科学(学院): two fields, one faculty (青石县与青林学院: a place and a school)
_FIELDS_JOINED = re.compile(r"(?:城市|[\u4e00-\u9fff]{2}(?<![省市县区州旗盟镇乡村委府局院校会]))与[\u4e00-\u9fff]{1,4}$")
_UNIT_GOES_ON = set("场议员生习化")  # 大学生, 中学习 (在实践中学习), 集团化: the word goes on
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+")  # 某市第一医院: an ordinal, no function word  # 分会场, 学会议, 社员, 中学生


def _after_function_words(text: str, left: int, right: int, school: bool = False) -> int:
    """Move `left` past the last verb or function word before a unit's suffix
    (标志着中电光电公司 → 中电光电公司), using jieba's words and tags; a school's field joined
    by 与 stays whole (生命科学与技术学院, 科学与技术研究院)."""
    pos, cut = left, left
    for word in jieba_cut(text[left:right]):
        pos += len(word)
        if school and word == "与" and pos - len(word) - cut >= 2 and 1 <= right - pos <= 4:
            continue  # 经济与管理学院: two fields, one faculty
        if pos - len(word) > left and jieba_tags().get(word) == "d" and _opens_on_place(text[left:right]):
            continue  # 辽宁某某高新材料股份有限公司: 高新 (an adverb to jieba) inside the name after its place
        if len(word) > 1 and jieba_tags().get(word) in _CUT_TAGS and not gazetteer().lookup(word) \
                or word in "着了的在和与及对由被把让为是将从就并向以给经来去受" \
                or word in _CUT_VERBS or word.endswith(_SAY_VERBS):
            cut = pos
    return cut


def ref_stands_alone(text: str, at: int) -> bool:
    """Whether the short reference at `at` starts a word (市政协), not ends one (社区, 城区)."""
    if at >= 2 and text[at - 1] == "、" and text[at - 2] in _REFS:
        return False  # 市、县政协委员: levels listed, no one body
    if _ZONE_END.search(text, max(0, at - 7), at + 1):
        return False  # 开发区检察院: the zone's, no district's
    # 社区, 城区, 省市 are words that end in a level; 和州 (a place name) is no such word
    return at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff" or jieba_tags().get(text[at - 1:at + 1], "ns") == "ns"


def _level_of_word_before(text: str, at: int, anchors) -> bool:
    """Whether the name at `at` opens with the level of the place name just before it, inside
    one word (沙河镇原党委: 沙河镇 and 原, not 镇原县's 党委; 江苏镇江 is two words)."""
    return text[at] in "镇乡村" and any(b == at for _, b, _ in anchors) and not word_starts_at(text, at)


def _borne_twice(name: str) -> bool:
    """Whether two or more divisions bear `name` in full today (永定区, 通州区)."""
    return sum(name in (d.name, d.bare) for d in gazetteer().by_name.get(name, ())) >= 2


def _canonical_place(name: str, ctx: Context) -> Division | None:
    if name in _REFS:
        return ctx.resolve_ref(name)
    g = gazetteer()
    return g.lookup(name, within=ctx.province) or (g.resolve(name, ctx.province) if _former_name(name) else None)


def _former_name(name: str) -> bool:
    """Whether `name` is a former division's full name (下城区, 杭州's from 1983 to 2021)."""
    return former_spans(name) == [(0, len(name), name)]


def _outside_former_names(text: str, anchors: list, start: int, end: int) -> list:
    """Names of today's divisions, with one inside a former division's full name given up for
    it (下城区民政局: 下城区 of 杭州 until 2021, not 城区 of a city in Shanxi)."""
    former = [f for f in page_former(text) if start <= f[0] and f[1] <= end
              and any(f[0] <= a and b <= f[1] and (a, b) != (f[0], f[1]) for a, b, _ in anchors)]
    if not former:
        return anchors
    kept = [x for x in anchors if not any(f[0] <= x[0] and x[1] <= f[1] for f in former)]
    return sorted(kept + former)


_OWN_BODY = "党委|纪委|党总支|团委|工会"  # a named unit's own bodies (某集团党委)
_UNIT_PARTY_DEPT = "党委(?:组织部|宣传部|统战部|办公室|学生工作部|教师工作部)"  # 某大学党委组织部: the committee's department
_UNITS_OWN = re.compile(rf"(?:{_UNIT_PARTY_DEPT}|{_OWN_BODY})(?!书记|副书记|委员|常委|主席|副主席)"  # not 某集团党委书记: a title follows
                        r"|(?:工会|科协|侨联|社科联|关工委)(?=主席|副主席|常务副主席|主任|副主任)")  # 某学院社科联副主席: the unit's society, its officer


def _opens_on_place(name: str) -> bool:
    """Whether a division's name opens `name` (辽宁某某高新材料…): what follows it is the unit's own
    name, where an adverb to jieba (高新) is a word of the name."""
    spans = division_spans(name)
    return bool(spans) and spans[0][0] == 0


_SOCIETIES = ("学会", "协会", "研究会", "促进会", "联合会", "联谊会", "总会")  # named by a field (教育, 研究)
_AGE_GROUPS = ("青年", "少年", "老年", "中年")  # a society's field though jieba tags them times: 某省青年研究会


# A time opening the words before a unit's suffix: 汇报了前三季度集团安全生产形势 (no 前三季度集团).
_TIME_OPENS = re.compile(r"(?:[前后上下本今去全近][一二三四两\d]*|[一二三四两\d]+)个?(?:季度|年度|半年|月份|年|月)")


def _not_a_name(prefix: str, society: bool = False) -> bool:
    """Whether the words before a unit's suffix hold a verb or other function word: its trade
    (某控股集团, 某城市建设投资集团, 建工学院) and places aside, unless it opens others (建设好某学院: a verb);
    a society's field aside too (中国教育学会: 教育, a verb-noun to jieba); or open with a time."""
    if _TIME_OPENS.match(prefix):
        return True
    words, trades = jieba_cut(prefix), trade_words()
    if society:
        trades = trades + tuple(w for w in words[1:] if jieba_tags().get(w) == "vn" or w in _AGE_GROUPS)
    first = "" if all(w in trades for w in words) else next(iter(words), "")
    places = tuple(w for w in words if gazetteer().lookup(w))  # 大连 (an adverb to jieba) in 大连大学
    inside = tuple(w for w in words[1:] if jieba_tags().get(w) == "d")
    inside = inside if inside and _opens_on_place(prefix) else ()
    return has_function_word(prefix, but=tuple(w for w in trades if w != first) + places + inside)  # 辽宁某某高新材料


def _address_before(prefix: str) -> int:
    """Where a unit's own name starts after an address of two or more full division names that
    runs into it (地址:四川省某州市四川某学院 → 四川某学院: the unit's name opens with a place of
    its own; 某省某市 alone before 第一医院 or 某省某商会 is part of the name)."""
    at, levels = 0, 0
    for a, b, name in division_spans(prefix):
        if a != at:
            break
        if name[-1] not in "省市县区州旗盟":
            return at if levels >= 2 else 0  # the unit's own place word (四川 of 四川某学院)
        at, levels = b, levels + 1
    return 0


def find_orgs(text: str, start: int, end: int, ctx: Context, spans=None) -> list[Mention]:
    """Organization mentions in text[start:end], with canonical names where resolvable.

    `spans` are the page's gazetteer-name spans (places.division_spans), scanned once.
    """
    out = _prefixed_bodies(text, start, end, ctx)  # 民盟某省…: no place body inside the party's
    for m in _named_body_pattern().finditer(text, start, end):
        if m["national"] and m.start() > start and "\u4e00" <= text[m.start() - 1] <= "\u9fff" \
                and not word_starts_at(text, m.start()) and not text.endswith("中国", start, m.start()):
            continue  # 组织建设部: a department whose name ends like a ministry's (建设部), inside a word
        if canon := _canonical_named(m, ctx):
            out.append(Mention("ORG", m.group(0), m.start(), m.end(), canon))
    if spans is None:
        spans = division_spans(text, start, end)
    anchors = _outside_former_names(text, [(a, b, n) for a, b, n in spans if start <= a and b <= end], start, end)
    anchors += [(m.start(), m.end(), m.group(0)) for m in _SHORT_REF_RE.finditer(text, start, end)]
    named = SpanIndex(out)
    covered = start  # anchors inside an accepted body are not bodies of their own
    by_start = sorted(anchors, key=lambda x: (x[0], -x[1]))
    for a, b, name in by_start:
        if a < covered or any(o.end > a for o in named.between(a - 40, a + 1)) \
                or name in _REFS and any(a2 < a < b2 for a2, b2, n2 in anchors if n2 not in _REFS) \
                and not word_starts_at(text, a):
            continue  # 兰州新区: the 州 ends the word 兰州 (召开州人大, 和县委: a word of its own)
        if conjunction_before_level(text, a, name) or _level_of_word_before(text, a, anchors) \
                or a > start and jieba_tags().get(text[a - 1:a + 1]) and not word_starts_at(text, a):
            continue  # 召开州人大常委会: 召开 + 州…, no 开州; 镇党政和人大办公室: 党政 + 和…, no 政和
        if text[b:b + 1] in ("厅", "局") and jieba_tags().get(text[a:b + 1]):
            continue  # 公安厅厅长: the department's word 公安厅, no 公安县's body
        if text.startswith("长", b) and text[b - 1] in "省市县区州旗盟" and name_at(text, b + 1, end):
            continue  # 县长张军到审计局: the level opens a head's title before his name, no body after the place
        m = _AFTER_PLACE.match(text, b, end)
        if m and m["dept"] and re.search("有关|相关", m["dept"]):
            continue  # 省直有关厅局, 市相关局: a kind of unit, no one body's name
        ref_ctx = ctx
        if m and name in _REFS and ctx.locale is not None \
                and ((ref := ctx.resolve_ref(name)) is None or (text[a - 1:a] not in "和与及、" or _PEOPLE_LISTED.match(text, a - 2))
                     and "我" not in text[max(start, a - 80):a]) \
                and (near := _named_before(text, by_start, a, name, ctx, out)) and near != ref:  # 温州市委和市委: two bodies listed
            ref_ctx = Context(near, ctx.province)  # 赴川汇区视察…川汇区人大常委会主任X,区委常委Y; 平舆县委书记X,县委副书记Y: that 区, 县
        if m and name in _REFS and (same := _written_before(out, text[a:m.end()])):
            out.append(Mention("ORG", text[a:m.end()], a, m.end(), same))
        elif m and name not in _REFS and m["dept"] and re.match(ZONE, m["dept"]):
            continue  # 朔州经济开发区管委会, 旌德经开区管委会: a zone's body, named as written (`_local_bodies`)
        elif m and (canon := _canonical_place_body(name, m, ref_ctx)):
            if (m["dept"] in ("军分区", "警备区") or m["dept"] and m["dept"].endswith(("供电局", "电业局"))) and name not in _REFS:
                canon = text[a:m.end()]  # 都匀军分区, 贵阳警备区: a military district bears its city's name as written;
                # 某某供电局, 某某电业局: a grid company's bureau, a company named as it writes itself
            out.append(Mention("ORG", text[a:m.end()], a, m.end(), canon))
            covered = m.end()
    out += [Mention("ORG", text[a:m.end()], a, m.end(), _delegation(name, m.group(0))) for a, b, name in spans if start <= a and b <= end
            if (m := _DELEGATION.match(text, b)) and not named.between(a, m.end())]
    out += _listed_bodies(text, start, end, ctx)
    out += _local_bodies(text, start, end, ctx)
    out += _branches(text, start, end, out)
    out += _procuratorates(text, start, end, ctx) + _zone_courts(text, start, end)
    out += _prefecture_bodies(text, start, end, ctx, out)
    out += outlets(text, start, end)
    out += [Mention("ORG", m.group(0), m.start(), m.end(), "中共中央")
            for m in _CENTRE_LISTED.finditer(text, start, end)]
    found = SpanIndex(out)
    for m in _NAMED.finditer(text, start, end):
        if m.group(0) in ("中学", "小学", "中专") and not word_starts_at(text, m.start()) \
                or text[m.end():m.end() + 1] in _UNIT_GOES_ON:
            continue  # 集中学习: no 中学; 分会场, 中学生: the word goes on
        left, school = m.start(), m.group(0) in ("学院", "研究院")
        while left > start and left > m.start() - 20:
            if _GROUP_MARK.match(text, left - 4):
                left -= 4  # 某某(集团)有限公司: the mark inside the name
            elif m.group(0).endswith("公司") and (inner := _BRACKETED_IN_NAME.search(text, max(start, left - 7), left)) \
                    and inner.end() == left and inner.start() > start and "\u4e00" <= text[inner.start() - 1] <= "\u9fff":
                left = inner.start()  # 某某(高明)调味食品有限公司: a place or brand in brackets inside a company's name
            elif not _LEFT_STOP.search(text, max(0, left - 3), left) or text.startswith("对外", left - 1) \
                    or school and _FIELDS_JOINED.match(text, left - 3, m.start()):
                left -= 1
            else:
                break
        left = max([left] + [t.end() for t in title_re().finditer(text, left, m.start())  # 院长X代表学院
                             if not _division_ending_at(text, t.start() + 1, left)])  # 保定市长城汽车: no 市长
        left = _after_function_words(text, left, m.start(), school)
        if party := _PARTY_BEFORE.search(text, left, m.start()):
            left = party.end()  # (学习)中国共产党某公司第二次代表大会: the company, its party's name aside
        left += _address_before(text[left:m.start()])
        name = text[left:m.end()]
        if m.group(0) == "公司" and m.start() - left < 4 and not _REGIONAL_BRANCH.fullmatch(text, left, m.start()) \
                or m.start() - left < 2 and not _FACULTY_OF_ONE.match(name):
            continue  # 物业公司: a kind of company, not a name (理学院, 法学院: faculties by one character; 山东分公司: a branch)
        if m.group(0) in ("海关", "海事局"):  # 青岛海关, 广东海事局: a vertical agency by its place, as written; not 世界海关, 智慧海关
            if (div := _division_ending_at(text, m.start(), max(start, m.start() - 8))) is not None:
                left = div[0]
            elif m.start() - 2 >= start and ((w := jieba_words().get(text[m.start() - 2:m.start()])) is None
                                              or w[0] == "ns" and w[1] < 1000) \
                    and (m.start() - 2 == start or _LEFT_STOP.search(text, max(0, m.start() - 4), m.start() - 2)):
                left = m.start() - 2
            else:
                continue
            name = text[left:m.end()]
        if m.group(0) == "医院" and not (_HOSPITAL.search(name) or division_spans(name[:6])[:1] and
                                        division_spans(name[:6])[0][0] == 0):
            continue  # 某县人民医院, 某大学第一附属医院; not 高质量医院
        if any(o.end > left for o in found.between(left - 40, left + 1)) \
                or _not_a_name(_ORDINAL.sub("", text[left:m.start()]), m.group(0) in _SOCIETIES) or _GENERIC_UNIT.match(name):
            continue
        ref = ctx.resolve_ref(name[0]) if name[0] in "省市县区州旗盟" else None
        key = ref.name + name[1:] if ref else name
        if m.group(0) in _SOCIETIES:
            key = re.sub(_TERM, "", key)  # 某区第二届体育总会: the society, its council's term aside
        if own := _UNITS_OWN.match(text, m.end()):  # 某集团党委召开…: the unit's committee, a body of its own
            out.append(Mention("ORG", name + own.group(0), left, own.end(), key + own.group(0)))
        else:
            out.append(Mention("ORG", name, left, m.end(), key))
    out += _deputy_groups(text, start, end, out) + _local_offices(out)
    out = _outermost(out)  # 某大学马克思主义学院: a faculty, no 某大学 named for the page's 校党委
    out = _outermost(out + _unit_bodies(text, start, end, out))
    out += _own_departments(text, start, end, out)
    out += _listed_departments(text, end, out)
    out = _outermost(out + _stationed(text, end, out))
    out += _paired_governments(text, end, out)
    out = _short_federations(text, start, end, out)
    out = [replace(o, canonical=_unclipped(o.key)) for o in out]
    return out + _parents(out) + _standing_sittings(text, out)


# A CPPCC's sitting of its standing committee named after it: 市政协七届八次常委会议, 省政协十一届常委会.
_STANDING_SITTING = re.compile(rf"{_TERM}(?:[〇零一二三四五六七八九十百\d]{{1,4}}次)?(?:常委会|常委(?:\(扩大\))?会议)")


def _standing_sittings(text: str, bodies: list[Mention]) -> list[Mention]:
    """A CPPCC whose standing committee's sitting is named after it (市政协七届八次常委会议): that
    standing committee, a body of its own."""
    return [Mention("ORG", text[b.start:m.end()], b.start, m.end(), b.key + "常委会")
            for b in bodies if b.key.endswith("政协") and (m := _STANDING_SITTING.match(text, b.end))]


# A federation's full name and the short one it goes by (某市工商业联合会, 市工商联).
_FEDERATION_SHORT = {"工商业联合会": "工商联", "妇女联合会": "妇联", "残疾人联合会": "残联", "科学技术协会": "科协",
                     "文学艺术界联合会": "文联", "归国华侨联合会": "侨联"}


def _short_federations(text: str, start: int, end: int, bodies: list[Mention]) -> list[Mention]:
    """A federation named in full is named as written, unless the page also calls it by its short
    name (唐山市工商业联合会…市工商联主席): then by the short one, one body under one name."""
    if not any(text.find(f, start, end) >= 0 for f in _FEDERATION_SHORT):
        return bodies
    out = []
    for b in bodies:
        full = next((f for f in _FEDERATION_SHORT if f in b.key), None)
        if full and _FEDERATION_SHORT[full] in text[start:end]:
            b = replace(b, canonical=b.key.replace(full, _FEDERATION_SHORT[full]))
        out.append(b)
    return out


# A congress's deputies grouped by where they live: 市人大代表某区联系组, 市第六届人大代表某县联系组.
_DEPUTY_GROUP = re.compile(rf"(?P<congress>{_TERM}?人大)代表(?P<area>[\u4e00-\u9fff]{{2,5}}?)(?:代表)?(?P<group>联系组|联络组)")


def _deputy_groups(text: str, start: int, end: int, bodies: list[Mention]) -> list[Mention]:
    """A group of a congress's deputies (市人大代表某区联系组): the congress named before
    人大代表 (its term dropped), then the area and the group as written."""
    out = []
    if text.find("联系组", start, end) < 0 and text.find("联络组", start, end) < 0:
        return out
    for m in _DEPUTY_GROUP.finditer(text, start, end):
        congress = next((b for b in bodies if b.end == m.end("congress") and b.key.endswith("人大")), None)
        left, head = (congress.start, congress.key) if congress else (m.start(), "人大")
        out.append(Mention("ORG", text[left:m.end()], left, m.end(), f"{head}代表{m['area']}{m['group']}"))
    return out


# A body's office stationed elsewhere: 共青团某市委驻北京工作委员会, 某市政府驻北京办事处.
_STATIONED = re.compile(r"驻[\u4e00-\u9fff]{1,4}?(?:工作委员会|办事处|联络处|工作站)")


# Divisions listed before the body they each have: 浦东、闵行、黄浦等六家法院, 甲县、乙县政协.
_LIST_BODY = re.compile(r"(?=[\u4e00-\u9fff]{2,5}+、)"  # the first item and its 、, read at once: other positions fail fast
                        r"(?P<items>(?:[\u4e00-\u9fff]{2,5}、)+[\u4e00-\u9fff]{2,5}?)"
                        r"(?P<etc>等(?:[一二三四五六七八九十两\d]+[家个])?)?"
                        r"(?P<body>人民法院|法院|人民检察院|检察院|政协|人大常委会|妇联)")


def _listed_bodies(text: str, start: int, end: int, ctx: Context) -> list[Mention]:
    """Each division of a 、-list that a body word follows (浦东、闵行、黄浦等六家法院): its body of
    that kind, by its full name; items that name no division (一中) are passed over. The last
    item is left to the finder of bodies unless 等 stands between."""
    out = []
    for m in _LIST_BODY.finditer(text, start, end):
        body = _BODY_CANONICAL.get(m["body"], m["body"])
        items = m["items"].split("、")
        pos = m.start("items")
        for i, item in enumerate(items):
            last = i == len(items) - 1
            d = gazetteer().lookup(item, within=ctx.province) or gazetteer().resolve(item, within=ctx.province)
            if d is not None and (not last or m["etc"]):
                out.append(Mention("ORG", item, pos, pos + len(item), d.name + body))
            pos += len(item) + 1
    return out


# A body's leading group, named after it: 市委巡察工作领导小组, 县委全面深化改革领导小组, 市政协党的建设工作领导小组.
_LEADING_GROUP = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:领导小?组|工作小组|研究小组)")


# A public security bureau's own units named after it: its branch (某市公安局某某分局), its corps
# and brigades by their police (交警大队, 交通警察大队, 刑侦支队, 技侦支队), or both.
_POLICE_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{2,5}?分局(?!长))?(?:(?:交通警察|交警|刑事侦查|刑侦|技术侦察|技侦|治安管理|治安|"
                          r"特警|巡特警|巡警|网安|经侦|禁毒|出入境管理|监所管理)(?:支队|大队))?")


_POLICE_OF = re.compile(r"(?P<branch>(?P<bureau>.+?公安[局厅])(?:[\u4e00-\u9fff]{2,5}?分局)?)" + _POLICE_UNIT.pattern)


PLACE_PARTY = re.compile(r"(?P<place>.*[省市县区州旗盟镇乡])(?:委|党委)$")  # 县委 too: a place as written
_GOVERNMENT_PAIRED = re.compile(r"[、和及与](?:人民)?政府(?![\u4e00-\u9fff]{0,2}(?:办|机关|部门|采购))")


def _paired_governments(text: str, end: int, bodies: list[Mention]) -> list[Mention]:
    """A place's government named after its party committee by the one word (某市委、政府, 某自治区
    党委和政府, 某镇党委、政府): that place's government (a place named: not 镇党委 alone)."""
    out = []
    for b in bodies:
        if (place := PLACE_PARTY.fullmatch(b.key)) and len(place["place"]) > 1 \
                and (m := _GOVERNMENT_PAIRED.match(text, b.end, end)):
            out.append(Mention("ORG", text[m.start() + 1:m.end()], m.start() + 1, m.end(), place["place"] + "政府"))
    return out


# What a leading group's name never holds: function words, or 和 other than between two fields of
# work (网络安全和信息化领导小组; not 县委和县政府…, 和扶贫…: bodies listed).
_NOT_GROUP_NAME = re.compile(r"[的了与在是对为及等]|^和|[委府局办会]和|和[省市县区]")


def _stationed(text: str, end: int, bodies: list[Mention]) -> list[Mention]:
    """Bodies named after another: its office stationed elsewhere, a party committee's leading group,
    a public security bureau's units."""
    out = []
    for b in bodies:
        if (m := _STATIONED.match(text, b.end, end)) or b.key.endswith(("委", "委会", "政协", "人大常委会", "政府")) and \
                (m := _LEADING_GROUP.match(text, b.end, end)) and not _NOT_GROUP_NAME.search(m.group(0).replace("党的建设", "")) \
                or b.key.endswith(("公安局", "公安厅")) and (m := _POLICE_UNIT.match(text, b.end, end)) and m.end() > b.end:
            out.append(Mention("ORG", text[b.start:m.end()], b.start, m.end(), b.key + m.group(0)))
    return out


# A unit's own bodies named by the kind of unit alone: 校党委, 集团纪委, 公司团支部 (also after a
# year or a session's ordinal: 2021年第二次校纪委全委会).
_UNIT_BODY = re.compile(r"(?=[学校医附院集公])"  # what the unit opens with: other positions fail at once
                        r"(?:(?<![\u4e00-\u9fff])|(?<=[,。;、:\s])|(?<=[年次度在由和与及对的是我])|(?<=召开|举行|举办|主持|参加|出席))"
                        r"(?P<unit>学校|校|学院|医院|附院|院|集团公司|集团|公司)"
                        rf"(?:{_OWN_BODY}|党支部|团支部)")
_UNIT_NAMES = {"校": ("大学", "学院", "学校"), "学校": ("大学", "学院", "学校"), "集团": ("集团",),
               "集团公司": ("集团", "集团公司", "集团有限公司"), "公司": ("公司",), "学院": ("学院",), "医院": ("医院",), "附院": ("附属医院",),
               "院": ("医院", "学院", "研究院")}  # 院党委: the hospital's, school's or institute's


def visited_units(text: str, bodies: list[Mention]) -> set[str]:
    """The units a page names as places gone to or partners met (赴A大学、B大学调研, 与C大学座谈;
    赴D大学附属中学: D大学's too), as guests (E大学一行来校; E大学副校长甲到F大学讲座: E, and F the
    page's own) or as sources (据G大学分析报告): not the unit its 校, 集团 or bare 校长 means."""
    visited = set()
    for b in bodies:
        if _GUEST.match(text, b.end) or text[max(0, b.start - 1):b.start] == "据":
            visited.add(b.key)  # 据某大学分析报告: a source cited
        elif _visited(text, b.start):
            guest = next((g for g in bodies if g.key != b.key and b.start - 40 <= g.start and g.end <= b.start
                          and _GUEST_GOES.fullmatch(text, g.end, b.start)), None)  # 某大学副校长甲教授到
            visited.add(guest.key if guest else b.key)
    return visited | {b.key for b in bodies if any(v != b.key and v.startswith(b.key) for v in visited)}


def named_unit(text: str, bodies: list[Mention], kind: str) -> str | None:
    """The unit a page names for the word of its kind (学校, 校, 集团, 集团公司, 公司): the fullest
    name of that kind among the `bodies` it names other than as a place visited or a partner
    (赴A大学、B大学调研, 与C大学座谈) or a guest (D大学一行来校), 中共 dropped (中共某大学 is the university's party name);
    else None, and the page says it by its kind alone."""
    visited = visited_units(text, bodies)
    keys = {b.key: (m["unit"] if (m := _UNIT_OF_OWN.match(b.key)) else b.key).removeprefix("中共") for b in bodies}
    if kind == "院":  # 附院党委…院党委副书记: the 院 the page says most, however short (五院, 附院)
        said = Counter(keys[b.key] for b in bodies if b.key not in visited and (
            keys[b.key].endswith(_UNIT_NAMES[kind]) or re.fullmatch(r"[^法本该我全各]院", keys[b.key])))
        return max(said, key=lambda k: (said[k], len(k))) if said else None
    named = {keys[b.key] for b in bodies  # 某集团党委: 某集团's
             if keys[b.key].endswith(_UNIT_NAMES[kind]) and len(keys[b.key]) > len(kind) + 1 and b.key not in visited
             and not (kind in ("校", "学校") and faculty(keys[b.key])) and not _AIMED_AT.search(keys[b.key])}
    if not named or kind in ("校", "学校") and len(named) > 1 and "我校" in text:
        return None  # 我校 on a page naming several universities (guests' affiliations): none of them is known to be it
    # the full name over a short form (X光电公司); of two names as long, the one named more often, then first
    said = {k: [b.start for b in bodies if keys[b.key] == k] for k in named}
    return max(named, key=lambda k: (len(k), len(said[k]), -min(said[k])))


# A kind of unit a page aims to be (推进地方应用型高水平大学建设, 建设世界一流企业), not one named.
_AIMED_AT = re.compile(r"(?:应用|研究|教学|创新|开放|服务)型|高水平|一流|示范性")


def faculty(name: str) -> bool:
    """Whether a 学院 is a university's faculty (外国语学院, 工程学院, 某大学马克思主义学院), not a
    school of its own (某市职业技术学院, 某师范学院): no place opens its name and it names no kind
    of school, or a university's name opens it."""
    name = name.removeprefix("中共")
    if re.search(r"大学.{2,}学院$", name):
        return True  # 某大学马克思主义学院: a faculty of that university
    placed = any(s == 0 for s, _, _ in division_spans(name))
    return name.endswith("学院") and not placed and not re.search("职业|技术|师范|专科|警察|医学|大学", name)


_VISIT = re.compile(r"(?=[赴到前走访考与])(?:赴|(?<![达得受])到|前往|走进|走访|访问|考察|(?<![参给])与)[^,。;:!?]*$")


# A unit that comes to the page's own (某学院党委常委甲一行来校交流): a guest, not the unit 校 means.
_GUEST = re.compile(r"[^,。;:!?]{0,24}?(?:一行)?(?:来校|来我校|到我校|莅临我校|莅临学校|来公司|莅临公司|来集团|莅临集团)")


# What stands between a guest's unit and the unit gone to: the guest's post and name, then the verb.
_GUEST_GOES = re.compile(r"[^,。;:!?、与和]{0,12}?(?:副?校长|副?院长|书记|副书记|主任|副主任|董事长|总经理)"
                         r"[^,。;:!?、与和]{2,8}?(?:一行)?(?:到|赴|前往|走进|来到)")


def _visited(text: str, at: int) -> bool:
    """Whether a body named at `at` is where its clause goes, or whom it meets."""
    return bool(_VISIT.search(text, max(0, at - 40), at))


# The end of a list of sites a party goes round: …、某集团等地, 某公司等企业.
_SITES_LISTED = re.compile(r"(?:、[^,。;:、]{2,24}?)*等(?:地|处|企业|单位|园区|项目)")


def listed_site(text: str, body: Mention) -> bool:
    """Whether a body is one of a list of sites a party goes round (…、某集团等地)."""
    return bool(_SITES_LISTED.match(text, body.end))


def _unit_bodies(text: str, start: int, end: int, bodies: list[Mention]) -> list[Mention]:
    """校党委 is the party committee of the university the article names, else as written."""
    out = []
    for m in _UNIT_BODY.finditer(text, start, end):
        unit_name = named_unit(text, bodies + out, m["unit"])  # 附院党委…院党委: the one said before
        body = m.group(0)[len(m["unit"]):]
        out.append(Mention("ORG", m.group(0), m.start(), m.end(), unit_name + body if unit_name else m.group(0)))
    return out


# A department's own news names it by its last character before its titles: 局党组书记、局长甲,
# 委党组书记、主任乙, 厅党组书记、厅长丙, 中心党组书记、主任丁.
_OWN_DEPT = re.compile(r"(?=[局厅委办中支大总])(?:(?<![\u4e00-\u9fff])|(?<=[由我本该]))(?:(?P<unit>局|厅|委|办|中心)"
                       r"(?=党组|党委|党工委|机关党委|纪委|副?(?:局长|厅长|主任))"  # 会议由局党组书记、局长甲主持
                       r"|(?P<team>支队|大队|总队)(?=党委|召开|组织|开展|举办|举行|联合))")  # 支队组织召开…: a fire or police unit's own news


def _own_departments(text: str, start: int, end: int, bodies: list[Mention]) -> list[Mention]:
    """局, 委, 厅, 办 or 中心 said alone before a title: the page's own department of that kind, the
    one it names (before the title), else the first it named before (the report's subject, named
    in full before its short name: 某区卫生健康和体育局…区卫体局…局党委书记)."""
    out = []
    for m in _OWN_DEPT.finditer(text, start, end):
        unit = m["unit"] or m["team"]
        before = [d for b in bodies if b.end <= m.start() and not _visited(text, b.start)
                  and (d := _department_in(b.key, unit))]
        own = own_department(text, bodies, unit)
        if own := own if own in before else before[0] if before else None:
            out.append(Mention("ORG", unit, m.start(), m.end(), own))
    return out


# A department listed after another of a division, its place not said again: 县教育局、卫健局、科工局
_DEPT_WORD = r"[\u4e00-\u9fff]{1,6}?(?:局|(?<![省市县区州旗盟])委(?![员会])|办(?![理好事法公])|中心)"  # 教育局, 卫健委, 政府办
_NEXT_DEPT = re.compile(rf"、(?P<dept>(?![省市县区州旗盟乡镇村党纪团工]){_DEPT_WORD})"
                        r"(?=[、,。;和及与等]|负责|主要|有关|相关|$)")
# A division's department by the rest of its name (教育局 of 某县教育局), not a congress's or CPPCC's organ
_DEPT_KEY = re.compile(rf"(?![委党纪团工])(?![\u4e00-\u9fff]*(?:人大|政协)){_DEPT_WORD}")


def _listed_departments(text: str, end: int, bodies: list[Mention]) -> list[Mention]:
    """Departments listed after a division's department, its place said once (县教育局、卫健局):
    each the same division's; a party committee's (县委组织部、宣传部), a congress's or CPPCC's organs
    (省人大财经委、环资委) and a place's own bodies (市委、县委) aside."""
    out, at = [], {b.start for b in bodies}
    for b in bodies:
        spans = division_spans(b.key)
        if not spans or spans[0][0] != 0 or not _DEPT_KEY.fullmatch(b.key, spans[0][1]):
            continue  # not a division's department named in full (某县委组织部, 某大学)
        pos = b.end
        while (m := _NEXT_DEPT.match(text, pos, end)) and m.start("dept") not in at \
                and not division_spans(m["dept"]) and not _NOT_A_DEPARTMENT.search(m["dept"]):
            out.append(Mention("ORG", m["dept"], m.start("dept"), m.end("dept"), spans[0][2] + m["dept"]))
            pos = m.end()
    return out



def _department_in(key: str, kind: str) -> str | None:
    """The department of a kind a body's name is or opens with: 某省林业局党组理论学习中心组 → 某省林业局."""
    i = key.find(kind, 2)
    return key[:i + len(kind)] if i > 0 and _is_department(key[:i + len(kind)], kind) else None


def own_department(text: str, bodies: list[Mention], kind: str) -> str | None:
    """The one department of a kind (局, 委, 厅, 办, 中心) the article names, other than one it visits
    or names for each place (各设区市发改委): 市交通运输局, 市卫生健康委, not a place's 县委 nor its 纪委;
    None where it names none or several."""
    named = {b.key for b in bodies if _is_department(b.key, kind) and not _visited(text, b.start)
             and not _EACH_BEFORE.search(text, max(0, b.start - 4), b.start)}
    return named.pop() if len(named) == 1 else None


_EACH_BEFORE = re.compile(r"各[^,。;、]{0,3}$")


def _is_department(key: str, kind: str) -> bool:
    """Whether a body is a department of that last character: 某局, 某中心 (not a 办公厅, headed by
    no 厅长); a committee that is no place's own nor a party organ (某市卫生健康委, not 某县委, 某市纪委, 某工委)."""
    if kind != "委":
        return key.endswith(kind) and len(key) > len(kind) + 1 and not key.endswith("办公厅")  # 厅长's 厅 is no general office
    return key.endswith("委") and not _NOT_A_DEPARTMENT.search(key)


_NOT_A_DEPARTMENT = re.compile(r"(?:[省市县区州盟旗镇乡]|党|纪|工|团|政法|中央|常)委$")


# In a procuratorate's or court's news, X县院 is that county's procuratorate (court): by the
# prosecutor's (judge's) title after it, else by what the article is about; 该院 is the last one.
_COUNTY_COURT = re.compile(r"(?=[该本我院])(?:(?<=[省县区市])|(?P<that>[该本我]))院(?![长士校办落子内里区系所])"
                           r"(?=(?P<titled>[^,。;:]{0,8}?(?P<kind>检察长|检察官|院长|庭长))?)")


def _court_kind(text: str, start: int, end: int, m: re.Match) -> str | None:
    """检察院 or 法院 by the title after the word (a 院长 a court's only on a page that speaks of
    courts: 我院某副院长 of a college's page is the college's), else by the article."""
    prosecutor, judge = "检察" in text[start:end], "法院" in text[start:end] or "法官" in text[start:end]
    if m["kind"] == "院长" and not judge and re.search("[学医]院|研究院", text[start:end]):
        return None
    if m["kind"]:
        return "检察院" if m["kind"].startswith("检察") else "法院"
    return "检察院" if prosecutor and not judge else "法院" if judge and not prosecutor else None


# A prefecture's (地区's) party committee or administration said alone (地委书记, 行署专员).
_PREFECTURE_BODY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[、和与及]))(?P<body>地委|行署)(?![员会])")


def _prefecture_bodies(text: str, start: int, end: int, ctx: Context, found: list[Mention]) -> list[Mention]:
    """地委, 行署 alone on a page set in a 地区 (塔城地区), or naming one 地委 in full (和田地委…,
    地委书记): that prefecture's, else none."""
    prefecture = next((d for d in gazetteer().chain(ctx.locale) if d.name.endswith("地区")), None) if ctx.locale else None
    named = {o.key.removesuffix("地委") for o in found if o.key.endswith("地委") and len(o.key) > 2}
    core = prefecture.name.removesuffix("地区") if prefecture else named.pop() if len(named) == 1 else None
    if core is None:
        return []
    taken = SpanIndex(found)
    return [Mention("ORG", m["body"], m.start(), m.end(), core + ("地委" if m["body"] == "地委" else "地区行署"))
            for m in _PREFECTURE_BODY.finditer(text, start, end) if not taken.between(m.start(), m.end())]


# A development or pilot zone's own court or procuratorate (平潭综合实验区法院, 横琴粤澳深度合作区检察院,
# 开发区检察院): the zone's, by its name as written (no 区法院 of a district).
_ZONE_KIND = rf"(?:{ZONE}|{AREA.pattern})"  # the kinds of zones and areas a place names (`kg.places`)
_ZONE_END = re.compile(_ZONE_KIND + "$")
_ZONE_COURT = re.compile(rf"{_ZONE_KIND}(?P<people>人民)?(?P<body>法院|检察院)")
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,10}$")


def _zone_courts(text: str, start: int, end: int) -> list[Mention]:
    """Courts and procuratorates of a zone named before them (`_ZONE_COURT`), from the zone's
    first word after any verb or function word before it."""
    out = []
    for m in _ZONE_COURT.finditer(text, start, end):
        zone_end = m.start("people") if m["people"] else m.start("body")
        run = _CJK_BEFORE.search(text, max(start, m.start() - 10), m.start())  # the zone's name before its kind
        left = _after_function_words(text, run.start() if run else m.start(), zone_end)
        if zone_end - left >= 3:  # 区法院: a district's, said short
            out.append(Mention("ORG", text[left:m.end()], left, m.end(), text[left:zone_end] + m["body"]))
    return out


def _procuratorates(text: str, start: int, end: int, ctx: Context) -> list[Mention]:
    """渭源县院检察长, 新北区院党组书记、检察长, 市院检察长, (a procuratorate's news) 到大祥区院调研,
    省院召开…, 该院检察长: the county's, the locality's, the last named procuratorate (court: 院长)."""
    out = []
    for m in _COUNTY_COURT.finditer(text, start, end):
        if (body := _court_kind(text, start, end, m)) is None:
            continue
        if m["that"]:  # 该院: the last one named; 我院: the page's own, else the locality's
            last = next((o.key for o in reversed(out) if o.key.endswith(body)), None)
            if last is None and m["that"] == "我" and ctx.locale is not None:
                last = ctx.locale.name + body
            if last:
                out.append(Mention("ORG", m.group(0), m.start(), m.end(), last))
            continue
        spans = division_spans(text, max(start, m.start() - 12), m.start())
        for s, e, name in spans:
            if e == m.start() and (d := gazetteer().lookup(name, within=ctx.province)) is not None:
                out.append(Mention("ORG", text[s:m.end()], s, m.end(), d.name + body))
        level = text[m.start() - 1:m.start()]
        if (m["titled"] or level == "省") and not any(e == m.start() for _, e, _ in spans) \
                and ref_stands_alone(text, m.start() - 1):  # 市院检察长, 省院召开…: the locality's, else as written
            d = ctx.resolve_ref(level)
            out.append(Mention("ORG", text[m.start() - 1:m.end()], m.start() - 1, m.end(), (d.name if d else level) + body))
    return out


_COMMITTEES = {"委", "政府", "人民政府", "人大", "人大常委会", "政协", "纪委", "监委", "纪委监委", "法院", "人民法院",
               "检察院", "人民检察院"}


def _unclipped(name: str) -> str:
    """A body's name with a clipped ending written out (市律协 → 市律师协会), as the genre names it in full."""
    return name[:-2] + "律师协会" if name.endswith("律协") else name


def _written_before(found: list[Mention], short: str) -> str | None:
    """The body an article named in full before its short form (在杭州市委党校…, 市委党校教授X: the
    same school), for units below a committee (a school, a department), not the committee itself."""
    short = _unclipped(short)  # 辽宁省律师协会…省律协: the same association
    if short[1:] in _COMMITTEES or len(short) < 4:
        return None
    return next((o.key for o in reversed(found) if len(o.text) > len(short) and _unclipped(o.text).endswith(short)), None)


def _parents(bodies: list[Mention]) -> list[Mention]:
    """A sub-body names its committee too: 市政协党组 is a mention of 市政协 as well, and
    外交部某司 one of 外交部; but an office or commission of 中共中央 or 国务院 names no top body
    (中共中央办公厅, 国务院妇女儿童工作委员会: pages name those apart), nor a congress's standing or
    special committee its congress (某市人大常委会, 某市人大财经委: not 某市人大)."""
    out = []
    for b in bodies:
        key = b.key
        while (parent := _parent(key)) != key and not parent.endswith("人大") \
                and not (parent in national_bodies() and not b.text.startswith(parent)) \
                and parent not in ("中共中央", "国务院"):  # 中共中央办公厅, 国务院某委员会: no top body
            out.append(Mention("ORG", b.text, b.start, b.end, parent))
            key = parent  # 某分局交警大队: its branch, then its bureau
    return out


@lru_cache(maxsize=4096)
def _parent(key: str) -> str:
    """The body a key names too (its committee, its unit, its national body); pure, so kept."""
    heads = [body for body in national_bodies().values()
             if key.startswith(body) and re.fullmatch(_NATIONAL_ORGAN, key[len(body):])]
    if heads:  # 国务院扶贫办某司: the office's department, not the State Council's
        return max(heads, key=len) if key.endswith("司") else heads[0]
    if (police := _POLICE_OF.fullmatch(key)) and police.end("bureau") < len(key):
        return police["branch"] if police.end("branch") < len(key) else police["bureau"]  # 某市公安局某某分局交警大队: its branch, the branch its bureau
    if (dept := re.search(_UNIT_PARTY_DEPT + "$", key)) and body_kind(key[:dept.start()]) in ("company", "school"):
        return key[:dept.start() + 2]  # 某大学党委组织部 names 某大学党委, and that 某大学
    if (unit := _UNIT_OF_OWN.match(key)) and body_kind(unit["unit"]) in ("company", "school") \
            and unit["unit"] not in _UNIT_NAMES and not _GENERIC_UNIT.match(unit["unit"]):
        return unit["unit"]  # 某集团党委 names 某集团 too (集团党委: no unit named)
    return parent_org(key)


_UNIT_OF_OWN = re.compile(rf"(?P<unit>.+?)(?:{_UNIT_PARTY_DEPT}|{_OWN_BODY})$")


def own_bureau(word: str, bodies: list[Mention]) -> str:
    """区局, 市局: a bureau's page calls it by its level and 局 (or 厅); the one bureau of that level
    the page names (青州市税务局 for 市局), else the word as written."""
    own = {b.key for b in bodies if b.key.endswith(word[1]) and b.key != word
           and (placed := [n for _, _, n in division_spans(b.key) if n[-1] in LEVELS]) and placed[-1][-1] == word[0]}  # (公安局: no 公安县)
    return own.pop() if len(own) == 1 else word


def _local_offices(bodies: list[Mention]) -> list[Mention]:
    """A national bureau's office in a place, named with the bureau's name before the place's
    (国家税务总局某县税务局, 国家税务总局某市某区税务分局): one body, as written."""
    at = {b.start: b for b in bodies}
    return [Mention("ORG", b.text + local.text, b.start, local.end, b.key + local.key) for b in bodies
            if b.key in national_bodies() and b.key.endswith("局") and (local := at.get(b.end))
            and local.key.endswith(("局", "分局", "调查队")) and local.key not in national_bodies()]


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Bodies in reading order, without those inside a longer one (民盟德州市委 holds 德州市委)."""
    out = []
    for m in sorted(mentions, key=lambda o: (o.start, -o.end)):
        if out and out[-1].start <= m.start and m.end <= out[-1].end and (m.start, m.end) != (out[-1].start, out[-1].end):
            continue
        out.append(m)
    return out


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CONVENES = ("召开", "举行", "主持")  # 主持召开某新区管委会调度会议: the verb before a named body
_GROUP_WORD = re.compile(r"全体|部分|全部|所有|广大|[新本上历每]一?届")  # 全体镇人大代表, 新一届镇人大: whom, no town's name
_GENERIC_BEFORE = set("该各本全每乡城")  # 城镇党委: a kind (东城街道党工委 is one street's)
_CJK_NAME_CHAR = re.compile(r"(?![县区市旗的各全])[\u4e00-\u9fff]")  # 某街镇 is a town; 县街镇, 各街镇: streets and towns
# 街 before 党工委 or 办事处 is a street as some cities name them (某街党工委).
_LOCAL_LEVEL = rf"{ZONE}|镇|乡|街道|社区|村|街(?=党工委|办事处)|新区(?=党工委|党委|管委会)|区(?=党工委|管委会)"  # 某新区党工委: a new area's; 区党工委: a zone's (a district's is 区委)
_ZONE_LEVEL = re.compile(rf"{ZONE}|新区")
_LOCAL_BODY = re.compile(
    rf"(?=[{ZONE_OPENS}镇乡街社村新区])(?:{_LOCAL_LEVEL})(?P<body>联合党委|联合党工委|党委|机关党支部|机关党总支|机关党委|党工委|(?<=街道)工委(?![员会])|纪工委|管委会|人大工委|党总支|党支部|人民政府|政府|居委会|村委会|办事处|人大代表联络工作站|"
    r"(?<=镇)委(?![员会])|"  # 某镇委: what some cities (东莞) call a town's party committee; 某街道工委: Beijing's streets
    r"人大代表联络站|代表联络站|人大主席团|人大办|人大|政协委员工作站|委员工作站|总工会|工会|妇联|团委)"
)


# A party or league branch opening its clause as who acts (图书馆党支部开展主题党日活动, 某中心党支部前往…), as written.
_BRANCH = re.compile(r"(?:^|(?<=[,。;:\n]))\s*(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?(?:[上下]午|晚上?)?,?"
                     r"(?:这是|此次?是)?(?:中共|中国共产党)?(?P<name>(?![我本该各全这此是])[\u4e00-\u9fff、]{2,24}?(?:党支部|党总支|团支部))"  # the party's name aside; 这是某支部组织的…
                     r"(?=在|召开|举行|开展|组织|前往|赴|到|于|深入|走进|来到)")


_NO_BRANCH_NAME = re.compile(r"同志|参加|所在|身份")  # 某某同志以普通党员身份参加所在党支部组织生活会: no branch's name


def _branches(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """Branches that act at a clause's opening, where no body found already ends there."""
    if text.find("支部", start, end) < 0 and text.find("党总支", start, end) < 0:
        return []
    ends = {o.end for o in found}
    return [Mention("ORG", m["name"], m.start("name"), m.end("name"), m["name"])
            for m in _BRANCH.finditer(text, start, end) if m.end("name") not in ends
            and not _NO_BRANCH_NAME.search(m["name"])]


def _division_ending_at(text: str, at: int, floor: int) -> tuple[int, Division] | None:
    g = gazetteer()
    for n in range(8, 1, -1):
        if at - n >= floor and (d := g.lookup(text[at - n:at])):
            return at - n, d
    return None


def _new_area_named(text: str, start: int, end: int) -> str | None:
    """The one new area a page names after its city (兰州新区召开…): what 新区党工委 refers to."""
    areas = {text[d[0]:m.end()] for m in _NEW_AREA.finditer(text, start, end) if (d := _division_ending_at(text, m.start(), start))}
    return areas.pop() if len(areas) == 1 else None


_NEW_AREA = re.compile("新区")


def _local_bodies(text: str, start: int, end: int, ctx: Context) -> list[Mention]:
    """Town, village and community bodies (大康镇党委, 江油市东街社区党委), as written."""
    out, unnamed = [], []
    for m in _LOCAL_BODY.finditer(text, start, end):
        suffix_at = m.start()
        if text[suffix_at - 1:suffix_at] == "该" and m[0][0] in "镇乡" and title_re().match(text, m.end()) \
                and (town := town_named(text, start, end, m[0][0], before=suffix_at - 1)):
            out.append(Mention("ORG", m.group(0), suffix_at, m.end(), town + m.group(0)[1:]))
            continue  # 某市某镇…,该镇党委书记甲: the town last named, its officer's
        if text[suffix_at - 1:suffix_at] in _GENERIC_BEFORE and suffix_at > start and not re.match(ZONE, m[0]) \
                and not (text[suffix_at - 1] == "城" and m[0].startswith(("街道", "社区"))) \
                or text[suffix_at - 1:suffix_at] == "街" and m[0][0] == "镇" and not _CJK_NAME_CHAR.match(text, suffix_at - 2):
            continue  # 该镇人大, 各乡镇党委, 某县街镇人大: no one body (新乡经开区 is one)
        if re.match(ZONE, m[0]) and text[suffix_at - 1:suffix_at] in ("市", "县", "区", "旗") and ref_stands_alone(text, suffix_at - 1):
            d = ctx.resolve_ref(text[suffix_at - 1])  # 县经济技术开发区党工委: the county's zone (as written if none)
            out.append(Mention("ORG", text[suffix_at - 1:m.end()], suffix_at - 1, m.end(),
                               (d.name if d else text[suffix_at - 1]) + m.group(0)))
            continue
        if suffix_at == start or _LEFT_STOP.search(text, max(0, suffix_at - 2), suffix_at):
            unnamed.append(Mention("ORG", m.group(0), suffix_at, m.end(), m.group(0)))  # 会议由镇党委
            continue
        for k in (2, 3, 4):  # the shortest name core preceded by a division or a boundary
            left = suffix_at - k
            if left < start:
                break
            if not _CJK_RUN.fullmatch(text, left, suffix_at):
                break
            if left > start and inside_common_word(text, left):
                continue  # 2025年度市镇人大代表: 度 ends 年度, no town 度市镇 opens there
            core = text[left:m.end()]
            if prefix := _division_ending_at(text, left, start):
                pos = prefix[0]  # as written: 赣州蓉江新区, 江油市东街社区党委, 天桥东街街道 (no 天桥区东街);
                key = core if m[0][0] in "镇乡" and not m["body"].endswith("站") else text[pos:m.end()]  # a town's by its
                # own name: 某市某镇党委 → 某镇党委 (某市某镇政协委员工作站: the city's CPPCC's, as written)
                out.append(Mention("ORG", text[pos:m.end()], pos, m.end(), key))
                break
            if (left == start or _LEFT_STOP.search(text, max(0, left - 2), left)
                or text[max(0, left - 2):left] in _CONVENES) \
                    and not has_function_word(text[left:suffix_at]) and text[left:suffix_at] not in _CUT_VERBS \
                    and not _GROUP_WORD.fullmatch(text, left, suffix_at):
                out.append(Mention("ORG", core, left, m.end(), core))
                break
    for u in unnamed:  # a body left unnamed refers to the one of its kind the article names
        named = {o.key for o in out if o.key.endswith(u.text)}
        level = re.match(_LOCAL_LEVEL, u.text)[0]
        town = (town_named(text, start, end, level) or _new_area_named(text, start, end) if level == "新区"
                else town_named(text, start, end, "ZONE") if level == "区"
                else town_named(text, start, end, level)) if not named else None
        key = named.pop() if len(named) == 1 else town + u.text[len(level):] if town else u.text
        out.append(Mention("ORG", u.text, u.start, u.end, key))
    return sorted((replace(o, canonical=_ONE_LEVEL.sub(r"\1", o.key.replace("人民政府", "政府"))) for o in out),
                  key=lambda o: o.start)


# 某镇镇党委: the town's 镇党委, its level written twice; not a town of one character and its level
# (许镇镇党委: the town 许镇's), after the key's start or a division's level
_ONE_LEVEL = re.compile(r"(?<!^[\u4e00-\u9fff])(?<![省市县区州旗盟][\u4e00-\u9fff])([镇乡])\1")


# Bodies named by an organisation before their place: the eight democratic parties and the
# Youth League (民进X市委, 民盟市委, 致公党X市委会, 共青团X市委, 民革中央).
_PREFIXED = "|".join(DEMOCRATIC_PARTIES + ("共青团",))
# The parties' full names and the short forms bodies are named with.
_PARTY_SHORT = {"中国国民党革命委员会": "民革", "中国民主同盟": "民盟", "中国民主建国会": "民建", "中国民主促进会": "民进",
                "中国农工民主党": "农工党", "中国致公党": "致公党", "台湾民主自治同盟": "台盟", "中国共产主义青年团": "共青团"}


_PREFIXED_TAIL = re.compile(rf"(?P<level>[省市县区州盟旗])?(?:{_TERM}[一二三四五六七八九十]+次(?=全委)|{_TERM}(?=委员会))?"
                            rf"(?P<unit>基层委员会|基层委|委员会|委会|总支部|支部|总支|全委|委"  # 民建某区基层委: a base committee
                            rf"|(?={_TERM}[一二三四五六七八九十]+次常委|第[一二三四五六七八九十]+次代表大会))")  # 民盟某省十届六次常委会议: its committee's
_LEAGUE_OPENS = r"(?:(?<![\u4e00-\u9fff])|(?<=[由和与及在的是为向对了经]))"  # 团 opening a word: no 集团, 代表团
_LEAGUE = re.compile(rf"{_LEAGUE_OPENS}团(?P<league_level>[省市县区州旗])委")  # 由团县委副书记…, 团州委
_LEAGUE_OF_PLACE = re.compile(rf"(?=团){_LEAGUE_OPENS}团(?=[\u4e00-\u9fff]{{2,12}}?委)")  # 团某县委, 团某自治区委
_LEAGUE_OF_PLACE_TAIL = re.compile(r"(?P<level>[省市县区州旗])?委")


@cache
def _prefixed_pattern() -> PlacedPattern:
    """A party's or the League's committees: as `(?P<prefix>…)(?:(?P<central>中央)|(?P<place>PLACE)?`
    `{_PREFIXED_TAIL})|{_LEAGUE}` would find them, PLACE a gazetteer name (`kg.placed`)."""
    prefixes = (*_PARTY_SHORT, *_PREFIXED.split("|"))
    return PlacedPattern(
        re.compile(rf"(?=[{''.join(sorted({p[0] for p in prefixes} | {'团'}))}])(?={'|'.join(prefixes)}|团)"),  # [first characters] first
        (Placed(literal_heads(prefixes, "prefix"), "place", _PREFIXED_TAIL, first=re.compile("(?P<central>中央)"),
                bare=_PREFIXED_TAIL),
         _LEAGUE))


_LEAGUE_WORK = re.compile("团工委")
# The departments of a Youth League committee, named after it and listed (团省委组织部、学校部).
_LEAGUE_DEPT = re.compile(r"(?:组织部|宣传部|学校部|少年部|统战部|青年发展部|社会联络部|基层建设部|权益部|青工部|青农部|"
                          r"城市青年工作部|农村青年工作部|办公室)(?![署长门分])")


def _league_departments(text: str, committee: Mention, end: int) -> list[Mention]:
    """The departments named right after a League committee (团省委组织部), and those listed after
    the first (、学校部): each the committee's."""
    out, at = [], committee.end
    while (m := _LEAGUE_DEPT.match(text, at, end)) is not None:
        out.append(Mention("ORG", m.group(0) if out else text[committee.start:m.end()], m.start() if out else committee.start,
                           m.end(), committee.key + m.group(0)))
        at = m.end() + 1 if text[m.end():m.end() + 1] == "、" else end
    return out
_PLACED_LEAGUE = re.compile(r"(?=团)(?<=[\u4e00-\u9fff])团(?P<level>[省市县区])委")
_PLACE_START = re.compile(r"[省市县区]")


def _division_named(place: str, level: str | None, ctx: Context) -> Division | None:
    """The division a party's or the League's committee is named by: its place and level as written,
    else the division that name became (湟中县, now 湟中区), else the place alone (红河州: the prefecture)."""
    full = place + (level or "")
    g = gazetteer()
    return g.lookup(full, within=ctx.province) or g.resolve(full, within=ctx.province) or g.lookup(place, within=ctx.province)


def _prefixed_bodies(text: str, start: int, end: int, ctx: Context) -> list[Mention]:
    """A party's or the League's committees, resolved to the article's place when it names none;
    X团工委 as written when X opens with a place (市非公和社会组织团工委)."""
    out = []
    for m in _LEAGUE_WORK.finditer(text, start, end):  # X团工委, X opening a clause with a place
        left = m.start()
        while left > max(start, m.start() - 10) and _CJK_RUN.match(text[left - 1]):
            left -= 1
        if _PLACE_START.match(text, left) or any(a == left for a, _, _ in division_spans(text, left, m.start())):
            out.append(Mention("ORG", text[left:m.end()], left, m.end(), text[left:m.end()]))
    for m in _PLACED_LEAGUE.finditer(text, start, end):  # 太湖团县委: the League's committee of the place before it
        place = next((sp for sp in division_spans(text, max(start, m.start() - 8), m.start()) if sp[1] == m.start()), None)
        d = gazetteer().lookup(place[2], within=ctx.province) if place else None
        if d is not None and d.name.endswith(m["level"]):
            out.append(Mention("ORG", text[place[0]:m.end()], place[0], m.end(), f"共青团{d.name}委"))
    for m in _LEAGUE_OF_PLACE.finditer(text, start, end):  # 团某县委: the League's committee of the place after it
        place = next((sp for sp in division_spans(text, m.end(), min(end, m.end() + 12)) if sp[0] == m.end()), None)
        tail = _LEAGUE_OF_PLACE_TAIL.match(text, place[1], end) if place else None
        if tail:
            full = place[2] + (tail["level"] or "")
            d = _division_named(place[2], tail["level"], ctx)
            out.append(Mention("ORG", text[m.start():tail.end()], m.start(), tail.end(), f"共青团{d.name if d else full}委"))
            out += _league_departments(text, out[-1], end)
    for m in _prefixed_pattern().finditer(text, start, end):
        if m["league_level"]:  # 团市委: the Youth League committee of the article's city
            d = ctx.resolve_ref(m["league_level"])
            out.append(Mention("ORG", m.group(0), m.start(), m.end(),
                               f"共青团{d.name}委" if d else m.group(0)))  # nothing tells the city: as written
            out += _league_departments(text, out[-1], end)
            continue
        if m["central"]:
            out.append(Mention("ORG", m.group(0), m.start(), m.end(), m.group(0)))
            if m["prefix"] == "共青团":
                out += _league_departments(text, out[-1], end)
            continue
        if m["place"]:  # 红河州: the prefecture, not 红河县
            d = _division_named(m["place"], m["level"], ctx)
            where = d.name if d else m["place"] + (m["level"] or "")
            if d and m["level"] == "区" and d.name.endswith("自治区"):
                where = m["place"] + "区"  # 民进内蒙古区委会: a region's committee as the parties name it
        elif m["level"]:
            d = ctx.resolve_ref(m["level"])
            where = d.name if d else m["level"]
        else:
            continue  # 民盟委员: a member, not a body
        unit = {"全委": "委", "": "委", "委员会": "委"}.get(m["unit"], m["unit"])  # 全委: its committee's plenary
        prefix = _PARTY_SHORT.get(m["prefix"], m["prefix"])
        out.append(Mention("ORG", m.group(0), m.start(), m.end(), prefix + where + unit))
    out += _abbreviated_party_committees(text, start, end, ctx)
    return out + _unprefixed_party_committees(text, start, end, ctx, out)


# A democratic party's committee by the last character of its party's name, on that party's own
# pages: 社省委 (九三学社's), 盟省委 (民盟's or 台盟's), not 社区委员 or 内蒙古's 盟市.
_PARTY_ABBREVIATED = re.compile(r"(?<![学民台报华])(?P<party>社|盟)(?P<place>[\u4e00-\u9fff]{1,8}?)??(?P<level>[省市县区])委(?P<hui>会)?(?![员议])")


def _abbreviated_party_committees(text: str, start: int, end: int, ctx: Context) -> list[Mention]:
    """社省委, 社市委会 on a page with its party's title 主委: 九三学社's committee of the article's
    place; 盟省委 the league's the page names (台盟 or 民盟, 民盟 if it names neither)."""
    if "主委" not in text[start:end]:
        return []
    out = []
    for m in _PARTY_ABBREVIATED.finditer(text, start, end):
        if m["party"] == "盟" and ("民盟" not in text[start:end] and "台盟" not in text[start:end]
                                   or m["level"] != "省" and text[m.start() - 1:m.start()] in "各全"):
            continue  # 各盟市委: 内蒙古's leagues and cities, unless the page is the party's (盟市委秘书长)
        party = "九三学社" if m["party"] == "社" else "台盟" if "台盟" in text[start:end] and "民盟" not in text[start:end] else "民盟"
        d = gazetteer().lookup(m["place"] + m["level"], ctx.province) if m["place"] else ctx.resolve_ref(m["level"])
        if m["place"] and d is None:
            continue  # 社宁波市委: the party's committee of a place it names; no place, no committee
        out.append(Mention("ORG", m.group(0), m.start(), m.end(), party + (d.name if d else m["level"]) + "委" + (m["hui"] or "")))
    return out


# A democratic party's committee said without its party (河东区委会召开…, 区委会主委): 委会, not 委会议.
_PARTY_COMMITTEE = re.compile(r"(?P<level>[省市县区])委会(?!议)")
_PARTIES = re.compile("|".join((*_PARTY_SHORT, *_PREFIXED.split("|")[:-1])))


def _unprefixed_party_committees(text: str, start: int, end: int, ctx: Context, found: list[Mention]) -> list[Mention]:
    """X区委会 on a page naming one democratic party (民建…): that party's; else as written."""
    parties = {_PARTY_SHORT.get(p, p) for p in _PARTIES.findall(text, start, end)}
    party = parties.pop() if len(parties) == 1 else ""
    taken, out = SpanIndex(found), []
    for m in _PARTY_COMMITTEE.finditer(text, start, end):
        if taken.between(m.start(), m.end()):
            continue
        spans = [sp for sp in division_spans(text, max(start, m.start() - 12), m.start() + 1) if sp[1] in (m.start(), m.start() + 1)]
        if spans:
            s0, e0, name = spans[-1]
            d = gazetteer().lookup(name + ("" if e0 == m.start() + 1 else m["level"]), within=ctx.province) \
                or gazetteer().lookup(name, within=ctx.province)
            where, left = (d.name if d else text[s0:m.start() + 1]), s0
        else:  # 区委会主委: the locality's, else the one named in full before
            d = ctx.resolve_ref(m["level"]) if ref_stands_alone(text, m.start()) else None
            named = [o.key for o in out if o.key.endswith(m["level"] + "委会")]
            where, left = (d.name if d else named[-1].removesuffix("委会").removeprefix(party) if named else m["level"]), m.start()
        if d is not None and m["level"] == "区" and d.name.endswith("自治区"):
            where = d.short + "区"  # (民建)新疆区委会, 区委会副秘书长: a region's committee as the parties name it
        same = [o.key for o in found if o.key in (party + where + "委", party + where + "委会")]  # 致公党云南省委 named too
        out.append(Mention("ORG", text[left:m.end()], left, m.end(), same[0] if same else party + where + "委会"))
    return out


# 中央 listed with local party committees (贯彻中央、省委、市委的部署) is the Central Committee.
_CENTRE_LISTED = re.compile(r"(?=[中党十二三四五六七八九])"  # what a match opens with: other positions fail at once
                            r"(?:中央(?=[、和及与](?:省|市|县|区|州)[、和及与委市县])"
                            r"|(?:党的|中共)?[十二三四五六七八九]{1,3}届(?:[一二三四五六七八九]中全会|中央))")  # its plenaries


# Outlets a page names as its source: 来源:X日报, 据《X报》报道, 作者/人民政协报.
_OUTLET = re.compile(
    r"(?:来源|来源于|稿源)\s*[::]?\s*(?P<src>[\u4e00-\u9fffA-Za-z]{2,16}?(?:网|报|日报|晚报|中心|电视台|广播电视台|"
    r"发布|新闻|客户端|号|在线|频道|社|杂志)|(?!本站|本网|本报|本台|原创|网络)[\u4e00-\u9fff]{2,8}(?=\s*[|\n]))"
    r"(?:(?![\u4e00-\u9fff])|(?=浏览|点击|阅读|作者|编辑))"  # 来源:某日报浏览次数: the page's next field, run on
    r"|《(?P<paper>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|杂志|时报|周刊))》"
    r"|据《(?P<cited>[\u4e00-\u9fff]{2,8})》"
    r"|/(?P<byline>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网))(?![\u4e00-\u9fff])"
    r"|(?:^|(?<=[\s(【、·-])|(?<=[\s(]据))(?P<wire>(?!据)[\u4e00-\u9fff]{2,8}?(?:日报|晚报|(?<![汇通举上申填呈预回])报(?!道)|网|新闻网|社|杂志|客户端|在线))"  # not 听取汇报、
    r"(?=(?:(?![网报社台])[\u4e00-\u9fff]){0,4}(?<!通)讯|[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(?:[电讯]|报道|消息)|[、】·-]|\s?(?:全媒体|融媒体|首席)?记者|\s?\d{4}-)"
)


def outlets(text: str, start: int, end: int) -> list[Mention]:
    """News outlets a page names: its source line, a paper cited in 《》, a byline's paper."""
    return list(_outlets(text, start, end))


@lru_cache(maxsize=4)
def _outlets(text: str, start: int, end: int) -> tuple[Mention, ...]:
    """`outlets`, read once per article (the orgs, the events and the article's body ask)."""
    out = []
    for m in _OUTLET.finditer(text, start, end):
        group = next(g for g in ("src", "paper", "cited", "byline", "wire") if m[g])
        out.append(Mention("ORG", m[group], m.start(group), m.end(group), m[group]))
    return tuple(out)


_STANDING = {"常务委员会": "常委会"}  # 政协某市委员会常务委员会 is the 某市政协常委会 (a central one keeps its name)


def _canonical_named(m: re.Match, ctx: Context) -> str | None:
    sub = m["sub1"] or m["sub2"] or ""
    sub = _STANDING.get(sub, sub) or m["sub3"] or ""
    if m["national"]:
        organ = m["norgan"] or ""
        if organ.startswith("专门") or _RUNNING_TEXT.search(organ):
            organ = ""  # 全国政协各专门委员会, 全国政协提供…委员会: no one organ
        return national_names().get(m["national"], m["national"]) + sub + organ
    # nothing tells the locality: a short reference stays as written (中共市委 → 市委)
    if m["cppcc"]:
        d = _canonical_place(m["cplace"], ctx)
        if m["clevel"] and _former_name(m["cplace"] + m["clevel"]):
            return f"{m['cplace']}{m['clevel']}政协{sub}"  # 政协祁阳县委员会 (祁阳市 since 2021): the county as written
        if d is not None and m["clevel"] and not d.name.endswith(m["clevel"]):
            return None  # 政协某州…: the short form of a 州, not of a city of that name
        return f"{d.name}政协{sub}" if d else f"{m['cplace']}政协{sub}" if m["cplace"] in _REFS else None
    if m["cpc"]:
        d = _canonical_place(m["pplace"], ctx)
        sub += m["cdept"] or ""
        if d is not None:  # 中共某自治区委员会: the region's 党委, as it calls itself
            return f"{d.name}{'党委' if d.name.endswith('自治区') else '委'}{sub}"
        return f"{m['pplace']}委{sub}" if m["pplace"] in _REFS else None
    return None


_SENTENCE_BREAK = re.compile(r"[。;]")
_DATED_ITEM = re.compile(r"\s*(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚上?)?,")  # 7月24日,某县政协组织…: one place's news item
# 、 after a name, not a body (某市委书记甲、市长乙、市政协主席丙: one city's officers listed; 省委、市委: two bodies)
_PEOPLE_LISTED = re.compile(r"(?![委府协大会局院部办厅室团党])[\u4e00-\u9fff]、")


def _named_before(text: str, anchors, at: int, level: str, ctx: Context, bodies: list[Mention]) -> Division | None:
    """What a short reference refers to where the same sentence named a body of a division of
    its level just before it (赴川汇区视察…川汇区人大常委会主任X,区委常委Y; 7月24日,某县政协组织…
    视察。县政协主席X参加: a news item's dated lead, on a page of several places' news), or named it holding a
    meeting (某区召开…,区委书记X): that division; a body found (`bodies`) names it, not a word
    that holds its name (…和县妇联: 和 is a conjunction)."""
    for a, b, name in reversed(anchors[:bisect_left(anchors, (at,))]):  # `anchors` in order of where they start
        if a < at - 80 or "\n" in text[a:at]:
            break
        if _SENTENCE_BREAK.search(text[a:at]) and not _DATED_ITEM.fullmatch(text, text.rfind("\n", 0, a) + 1, a):
            continue  # the sentence's, or the news item's whose dated lead names it
        if a < at and name not in _REFS and (_AFTER_PLACE.match(text, b) and any(o.start == a for o in bodies)
                                             or _HOLDS.match(text, b) and text[a - 1:a] not in ("在", "于")
                                             or _GONE_TO.search(text, max(0, a - 3), a) and _GONE_FOR.match(text, b)) \
                and (d := gazetteer().lookup(name, within=ctx.province)) and d.name.endswith(level) \
                and not CITY_LEADERS_COUNTY.search(text, max(0, a - 6), a) and not _DIRECTED_BY.search(text, max(0, a - 4), a):
            return d
    return None


_DIRECTED_BY = re.compile("(?:根据|按照|遵照|受)$")  # 根据常州市人大的统一部署,市人大常委会…: the body that directs, not the one that acts


_GONE_TO = re.compile("(?:前往|来到|深入|[赴到])$")  # 前往某县调研指导,…县委书记X: the county gone to
_GONE_FOR = re.compile("(?:调研|考察|视察|检查|督导|指导|督查|走访)")
_HOLDS = re.compile("(?:召开|举行|举办|组织召开)")  # 杭州市西湖区召开…大会,区委书记X: the district that holds it (在福州召开: a venue)


def _canonical_place_body(place: str, m: re.Match, ctx: Context) -> str | None:
    """The canonical name of a place followed by a body word (市政协 → 武威市政协)."""
    organ = m["organ"] or ("主席团" if m["presidium"] else "")
    organ = _TERM_RE.sub("", organ)  # 政协十二届提案委员会: the organ without the term
    if _RUNNING_TEXT.search(organ) or organ == "委员会":
        organ = ""  # 政协召开全体委员会议: no organ
    sub = (m["sub4"] or "") + organ
    at = m.start() - len(place)
    d = _canonical_place(place, ctx)  # 自治区政协: the region (a short reference of its own)
    if place == "区" and (m["body"] or "").startswith("党委") and not m["level"] and (region := ctx.resolve_ref("自治区")):
        d = region  # 区党委副书记, 区党委组织部 on a page set in an autonomous region: the region's (a district's is 区委)
    if d is None and place in _REFS and not m["level"] and ref_stands_alone(m.string, at):
        name = place  # nothing tells the locality: the short reference stays as written (市政协)
    elif d is None and not m["level"] and _borne_twice(place):
        name = place  # 永定区委: two divisions bear the name and nothing tells which, as written
    elif d is not None and m["level"] and m["body"] and place == d.name and place.endswith(m["level"]):
        name = d.name  # 金华市市委, 某县县政府: the level said twice
    elif d is None or m["level"] and place != d.short:
        return None  # a level after a full name (岳阳市县) is no body; after a short form, a misprint
    elif place != d.name and place not in _REFS and is_common_word(place) and not m["level"] \
            and ctx.province is not None and d.code[:2] != ctx.province.code[:2]:
        return None  # 友好政协交流活动: a common word, not the short form of a far district (友好区)
    elif m["level"] and not d.name.endswith(m["level"]) and gazetteer().resolve(place + m["level"]) is not None:
        name = place + m["level"]  # 旬阳县政协 where 旬阳县 became 旬阳市: the name the text uses
    else:
        name = d.name
    body = m["body"]
    if body is None:
        dept = re.sub(rf"^{_TERM}", "", m["dept"])  # 某县十届县委: the committee, its term dropped
        if d is not None and len(dept) == 2 and dept[1] == "委" and d.name.endswith(dept[0]):
            return f"{name}委{sub}"
        if d is not None and d.level == "province" and _division_within(dept, d):
            return f"{dept}{sub}"  # 四川省绵阳市公安局: the city's, named by it (a city before its county stays: 某市某区税务局)
        if dept.endswith("中心") and re.match("组(?!织)", m.string[m.end():m.end() + 2]):
            return None  # 开发区党工委理论学习中心组: the committee's study group, no centre of the place
        if re.search(r"[的了在是对为及等]|政协|政府", dept) or re.search("[和与]", dept) and not _JOINT_DEPT.fullmatch(dept) \
                or dept.endswith(("领导小组", "领导组")) and (place in _REFS and not word_starts_at(m.string, at) or dept in ("工作领导小组", "工作领导组")) or _NOT_DEPT.search(dept) \
                or _RUNNING_TEXT.search(dept) or dept in ("中心",) or dept[0] in "局委办级":
            return None  # (撤县设市工作领导小组: a leading group is named after a place's full name)
        if d is not None and place not in _REFS and place != d.name and place == d.short \
                and (ctx.province is None or d.code[:2] != ctx.province.code[:2]):
            return None  # a short form outside the page's province before a department: 公安局 is no 公安县 (甘孜州公安局: its level written)
        if d is not None and place not in _REFS and place != d.name and (unit := _NAMED.match(dept)) \
                and re.fullmatch(rf"(?:{_OWN_BODY})?", dept[unit.end():]):
            return None  # 中原银行(党委): a unit named by a place's short form, no department of the place
        if dept.endswith(("组织委员会", "组委会")):
            dept = m["dept"]  # 省第二十届运动会组织委员会: the term is the games', kept
        return f"{name}{dept}{sub}"
    if d is not None or body not in _COURT_SHORT:
        body = _BODY_CANONICAL.get(body, body)  # (市中院, 市中级院 with no city known: as written)
    if body == "政法委" and d is not None:
        body = "委政法委"  # 市政法委 of a known city: its party committee's, 某市委政法委 (unplaced, as written)
    if body == "法院" and d is not None and d.level == "province":
        body = "高级人民法院"  # 省法院: a province's one court is its high court, named so
    if body == "中级人民法院" and d is not None and d.level == "province" and place != d.name \
            and len(cities := [c for c in gazetteer().by_name.get(place, ()) if c.level == "prefecture"]) == 1:
        name = cities[0].name  # 吉林中院: a province has no intermediate court, the city of that name has
    if body == "党委" and d is not None and d.level in ("prefecture", "county") and place not in _REFS:
        body = "委"  # 昌吉州党委: the prefecture's 委, as a party committee of a division is named
    prefecture = d is not None and d.name.endswith("地区")
    administered = prefecture or d is not None and d.name.endswith("盟")  # governed by an administrative office
    if body == "地委" and not prefecture or body == "行署" and not administered:
        return None  # a prefecture's (地区's) party committee, a prefecture's or league's administration, alone
    if body == "地委":
        return f"{name.removesuffix('地区')}地委{sub}"  # 阿克苏地委
    if body in ("行署", "政府") and administered:
        return f"{name}行署{sub}"  # 兴安盟行署, 塔城地区行署: its administration, by the division's full name
    if name.endswith("自治区") and body.startswith("委"):
        body = "党" + body  # 宁夏区委统战部: the region's 党委, as it calls itself
    if body == "团委" and d is not None:
        return f"共青团{name}委{sub}"  # 市团委, 自治区团委: the League's committee, named as 团市委's is
    return f"{name}{body}{sub}"


# Words ending in 局 or 中心 that name no office: 开好局, 大局, 政治中心, 会议中心 (a venue), 副中心.
_NOT_DEPT = re.compile(r"(?:大|全|格|布|开|好|新|结|当|定|变)局$|(?:政治|经济|文化|会议|副|域|活动|金融|物流|商贸|科技)中心$")
# A department named for two fields (文化和旅游局, 住房和城乡建设局, 工业和信息化局).
_JOINT_DEPT = re.compile(r"[\u4e00-\u9fff]{2,4}[和与][\u4e00-\u9fff]{2,4}(?:局|委|厅|委员会)")


# Written forms of a body word and the form canonical names use.
_BODY_CANONICAL = {"委员会": "委", "人民政府": "政府", "人民代表大会": "人大", "人民代表大会常务委员会": "人大常委会", "人民检察院": "检察院",
                   "人民法院": "法院", "工会": "总工会", "纪检委": "纪委", "中院": "中级人民法院", "中级院": "中级人民法院", "高院": "高级人民法院", "高级院": "高级人民法院",
                   "社": "供销社"}  # 省社党组书记: the province's supply and marketing cooperative, as its own pages write it


_COURT_SHORT = ("中院", "中级院", "高院", "高级院")


def _division_within(dept: str, d: Division) -> Division | None:
    """The division inside `d` a department's words open with by its full name (四川省 + 绵阳市公安局:
    绵阳市), whose department it is."""
    g = gazetteer()
    return next((x for n in division_names_at(dept, 0) for x in g.by_name.get(n, ())
                 if n == x.name and d in g.chain(x)[1:]), None)


def parent_org(canon: str) -> str:
    """The committee that a sub-body or organ belongs to (武威市政协党组 → 武威市政协,
    厦门市政协提案委 → 厦门市政协, 某县人大常委会办公室 → 某县人大常委会)."""
    for sub in SUB_BODIES:
        if canon.endswith(sub) and len(canon) > len(sub):
            return canon[: -len(sub)]
    if m := _ORGAN_OF.match(canon) or _TEAM_OF.match(canon):
        return m["committee"]
    return canon


# 某县委第一巡察组, 某省委讲师团, 某市委党史学习教育宣讲团: a committee's team, its lecturers
_TEAM_OF = re.compile(r"^(?P<committee>.*?[省市县区州旗]委)(?:第[〇一二三四五六七八九十]{1,3}(?:巡视|巡察)组"
                      r"|(?:理论)?讲师团|(?:[\u4e00-\u9fff]{2,8}?)?宣讲团)$")


_ORGAN_OF = re.compile(r"^(?P<committee>.+?(?:政协|人大常委会|人大(?!常委会)))(?:提案委员会|提案委|[\u4e00-\u9fff]{2,10}?委员会|"
                       r"[\u4e00-\u9fff]{2,4}?工委|办公室|办公厅|秘书处|研究室|办)$")
