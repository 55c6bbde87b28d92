package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractProblemsTest {
    static final RectifyRules RULES = Docs.rules();
    static final ExtractProblems EXTRACT = new ExtractProblems(RULES, StableId.ephemeral());

    /** An inspection report: items under 存在的问题 are problems; headings, 原因分析 and 努力方向 are not. */
    static final SourceDoc REPORT = Docs.of("分析检查/报告.docx", "分析检查报告", "2008-12-12",
            "领导班子分析检查报告",
            "按照区委的统一部署，局党组广泛征求意见，形成本报告。",
            "## 一、基本情况",
            "全局现有党员47名，近三年实施项目140余个。",
            "## 二、存在的突出问题",
            "（一）在体制机制上，一些制度和流程不适应科学发展的要求",
            "1. 项目前期手续环节繁琐。局内审查事项串联办理，审查意见不能一次性告知。",
            "2. 工程款拨付链条过长。进度款支付要经过多个科室和领导签批。",
            "（二）在队伍建设上，干部素质能力与事业发展要求不相适应",
            "工程造价、项目管理等方面的专业人才短缺，干部业务培训缺乏计划性。",
            "## 三、原因分析",
            "一是理论学习不够深入。二是宗旨意识有所淡化。",
            "## 四、今后努力方向",
            "（一）深化机制创新，优化流程、减少环节。");

    static List<String> texts(SourceDoc doc) {
        return EXTRACT.extract(doc).stream().map(Raised::text).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            项目前期手续环节繁琐            | true
            工程款拨付链条过长              | true
            专业人才短缺                    | true
            在体制机制上                    | false
            存在的突出问题                  | false
            理论学习不够深入                | false
            宗旨意识有所淡化                | false
            深化机制创新                    | false
            全局现有党员47名                | false
            按照区委的统一部署              | false
            """)
    void reportItemsUnderProblemHeadingsAreProblemsAndNothingElse(String words, boolean raised) {
        assertThat(texts(REPORT).stream().anyMatch(t -> t.contains(words))).isEqualTo(raised);
    }

    @Test
    void numberedItemsAreListedAndParagraphsOnlyJoinOthers() {
        List<Raised> raised = EXTRACT.extract(REPORT);
        assertThat(raised).filteredOn(Raised::listed).extracting(Raised::label).containsExactly("1.", "2.");
        assertThat(raised).filteredOn(r -> r.text().contains("专业人才短缺")).singleElement()
                .satisfies(r -> assertThat(r.listed()).isFalse());
    }

    @Test
    void anUnlabelledParagraphThatOpensASectionWithATitleIsItsItem() {
        SourceDoc doc = Docs.of("分析检查/检视报告.pdf", "分析检查报告", "2023-06-12", "检视问题分析检查报告",
                "## 一、检视出的主要问题",
                "（一）在以学促干方面",
                "1．基层药品保障不够到位。部分乡镇卫生院集采药品配备不全。",
                "（二）在廉洁自律和行业作风方面",
                "医药领域不正之风仍有发生。个别医务人员与医药代表存在不正当利益往来，行业监管存在薄弱环节。",
                "对节日期间收受礼品的现象制止不力。有的单位仍然存在苗头。");
        List<Raised> raised = EXTRACT.extract(doc);
        assertThat(raised).filteredOn(Raised::listed).extracting(r -> r.text().substring(0, 8))
                .containsExactly("基层药品保障不够", "医药领域不正之风");
        assertThat(raised).filteredOn(r -> r.text().contains("制止不力")).allSatisfy(r -> assertThat(r.listed())
                .as("only the paragraph right after the heading is the section's item").isFalse());
    }

    @Test
    void passagesAndHeadingsAreKept() {
        Raised first = EXTRACT.extract(REPORT).get(0);
        assertThat(first.passage()).isEqualTo(6);
        assertThat(first.heading()).contains("存在的突出问题").contains("体制机制");
        assertThat(first.campaign()).isEqualTo(Docs.C1);
        assertThat(first.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2008-12-12"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            支部存在的主要问题：一是组织生活流于形式；二是对工地隐患整改跟踪不够；三是竣工资料归档拖拉。 | 组织生活流于形式 ; 对工地隐患整改跟踪不够 ; 竣工资料归档拖拉
            其他同志对他提出的批评意见是：一是局务会议题多、时间长；二是对分管工作督促少。           | 局务会议题多、时间长 ; 对分管工作督促少
            主要有：①窗口态度生硬、推来推去；②信访办理不及时、答复不到位。                           | 窗口态度生硬、推来推去 ; 信访办理不及时、答复不到位
            对群众集中反映的领导干部下基层少、工程款拨付不及时、会议和文件偏多等问题，要逐条认领。   | 领导干部下基层少 ; 工程款拨付不及时 ; 会议和文件偏多
            """)
    void inlineListsAreCutIntoTheirItems(String paragraph, String items) {
        SourceDoc doc = Docs.of("分析检查/记录.txt", "组织生活会材料", "2008-12-23", "组织生活会记录",
                "## 一、支部书记通报", paragraph);
        List<String> expected = List.of(items.split(" ; "));
        assertThat(texts(doc)).containsAll(expected);
    }

    @Test
    void speakersInAMeetingRecordRaiseProblemsByTheirFirstSecond() {
        SourceDoc doc = Docs.of("分析检查/座谈会.doc", "座谈会记录", "2008-11-25", "座谈会记录",
                "时间：2008年11月25日下午2:30", "主持人：刘志强", "## 发言摘要",
                "蔡永年：我讲两点。第一，进度款拨付太慢。我们的项目钱还没到账。第二，希望付款流程能公开。",
                "刘志强：感谢各位讲了真话、实话。");
        List<Raised> raised = EXTRACT.extract(doc);
        assertThat(raised).filteredOn(Raised::listed).extracting(Raised::text)
                .containsExactly("进度款拨付太慢", "希望付款流程能公开");
        assertThat(raised).extracting(Raised::text).noneMatch(t -> t.contains("2008年11月25日"))
                .noneMatch(t -> t.contains("感谢各位"));
    }

    @Test
    void theProblemColumnOfASummaryTableIsRead() {
        SourceDoc doc = Docs.of("分析检查/测评表汇总.docx", "群众评议", "2008-12-20", "测评表汇总",
                "## 三、测评表所附文字意见摘录",
                "序号|意见摘要|提出人类别|同类意见（条）",
                "1|会还是太多，希望真改|机关干部职工|6",
                "2|其他意见（另册登记）|各类别|6");
        assertThat(texts(doc)).containsExactly("会还是太多，希望真改");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            意见建议汇总   |                    | SOURCE
            座谈会记录     |                    | SOURCE
            对照检查材料   |                    | SOURCE
            民主生活会材料 |                    | SOURCE
            群众评议       |                    | SOURCE
            征求意见通知   |                    | NONE
            整改方案       |                    | PLAN
            整改台账       |                    | LEDGER
            整改报告       |                    | REPORT
            建章立制       |                    | RULE
                           | 关于广泛征求意见建议的通知 | NONE
                           | 整改落实工作台账         | LEDGER
                           | 机关干部座谈会记录       | SOURCE
                           | 评标专家管理办法         | RULE
            """)
    void rolesComeFromTheTypeOrElseTheTitle(String type, String title, Role role) {
        assertThat(RULES.roleOf(type, title)).isEqualTo(role);
    }
}
