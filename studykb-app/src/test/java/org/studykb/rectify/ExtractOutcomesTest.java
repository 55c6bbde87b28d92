package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractOutcomesTest {
    static final RectifyRules RULES = Docs.rules();
    static final ExtractOutcomes EXTRACT = new ExtractOutcomes(RULES, StableId.ephemeral());

    static final SourceDoc REPORT = Docs.of("整改落实/整改报告.pdf", "整改报告", "2009-02-20", "整改落实情况报告",
            "区委学习实践活动领导小组办公室：",
            "我局自转入整改落实阶段以来，制定并公布整改方案。现将有关情况报告如下。",
            "## 一、主要做法",
            "（一）方案公开，接受监督。整改方案于1月7日在局门户网站公布。",
            "## 二、整改任务完成情况",
            "（一）已经完成的事项",
            "1. 工程款支付提速。监理签认工程量后10个工作日内完成拨款，欠付款项全部付清。",
            "（二）需要持续推进的事项",
            "1. 精简会议文件。局务会坚持每周一次，但这项工作容易反复，需要长期坚持。",
            "## 三、存在的不足和下一步打算",
            "一是有的整改措施刚刚建立，效果有待检验。");

    @Test
    void reportItemsTakeTheResultTheirHeadingStates() {
        List<Outcome> os = EXTRACT.report(REPORT);
        assertThat(os).extracting(o -> o.text().substring(0, 8)).containsExactly("工程款支付提速。", "精简会议文件。局");
        assertThat(os).extracting(Outcome::result).containsExactly(Result.已完成, Result.持续推进);
        assertThat(os.get(0).date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2009-02-20"));
        assertThat(os).noneMatch(Outcome::rule);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            会风文风明显好转。局务会平均时长缩短。该项任务已提前完成。           | 已完成
            深入一线逐步常态化。其余7个正在推进。这项工作需要长期坚持，持续推进。 | 持续推进
            审批服务阳光运行。仍有3项正在调试。这项整改正在进行中。              | 持续推进
            进度款支付。抽查38笔，全部按时。经验收予以销号。                      | 已销号
            医药领域集中整治。核查问题线索3条，已完成并销号。                     | 已销号
            项目管理课程尚未开课，培训计划未完成。                                | 未完成
            """)
    void theLastSentenceSaysWhatWasDone(String item, Result result) {
        SourceDoc doc = Docs.of("群众路线/报告.pdf", "整改报告", "2014-01-20", "整改报告", "## 一、整改任务完成情况",
                "（一）" + item);
        assertThat(EXTRACT.report(doc)).singleElement().extracting(Outcome::result).isEqualTo(result);
    }

    static final SourceDoc REVIEW = Docs.of("整改落实/回头看通报.docx", "整改报告", "2009-02-26", "关于整改落实“回头看”情况的通报",
            "局机关各科室：",
            "2月下旬，领导小组对整改任务逐项开展了“回头看”。现将情况通报如下。",
            "## 一、整改成果巩固情况",
            "（一）精简会议文件成效保持。局务会坚持每周一次，会议次数同比下降三成，未出现反弹。",
            "## 二、存在的问题",
            "（一）基层联系点制度落实不到位。该项任务已于1月销号，但5名党组成员中只有2人按季度驻点，重新列入整改台账。",
            "（二）个别科室对回头看重视不够，自查报告内容简单。",
            "## 三、下一步打算",
            "（一）各科室要防止虚假整改，对已销号事项巩固提高。");

    @Test
    void aReviewFindsWhatWasNotDoneEvenUnderItsProblemsSection() {
        List<Outcome> os = EXTRACT.report(REVIEW);
        assertThat(os).extracting(o -> o.text().substring(0, 6)).containsExactly("精简会议文件", "基层联系点制");
        assertThat(os).extracting(Outcome::undone).containsExactly(false, true);
        assertThat(os).extracting(Outcome::result).containsExactly(Result.已完成, Result.未完成);
    }

    @Test
    void aReportThatIsNoReviewFindsNothingUndone() {
        SourceDoc report = Docs.of("整改落实/整改报告.pdf", "整改报告", "2009-02-20", "整改落实情况报告",
                "## 一、整改任务完成情况",
                "（一）基层联系点制度落实不到位，5名党组成员中只有2人按季度驻点，需要继续推进。");
        assertThat(EXTRACT.report(report)).singleElement().satisfies(o -> {
            assertThat(o.undone()).isFalse();
            assertThat(o.result()).isEqualTo(Result.未完成);
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            该项任务已销号，但回头看发现整改不彻底                 | true
            5个卫生院预案仍未整改到位                             | true
            会议文件精简后存在反弹，有的会议一开半天              | true
            会议次数同比下降三成，未出现反弹                      | false
            要求各科室防止虚假整改                                | false
            会议次数同比下降三成，成效保持                        | false
            """)
    void undoneCuesCountUnlessNegated(String text, boolean undone) {
        assertThat(RULES.saysUndone(text)).isEqualTo(undone);
    }

    @Test
    void eachArticleOfARuleIsAnOutcomeWithTheRuleTitle() {
        SourceDoc rule = Docs.of("整改落实/联系点制度.docx", "建章立制", "2009-01-16", "班子成员基层联系点制度",
                "第一条　为推动局领导班子成员经常性深入项目一线，制定本制度。",
                "第二条　班子成员每季度到联系点驻点调研累计不少于3天。");
        List<Outcome> os = EXTRACT.rule(rule);
        assertThat(os).hasSize(2).allMatch(Outcome::rule).allMatch(o -> o.result() == Result.已完成);
        assertThat(os.get(1).text()).isEqualTo("《班子成员基层联系点制度》班子成员每季度到联系点驻点调研累计不少于3天");
        assertThat(os.get(1).passage()).isEqualTo(2);
    }
}
