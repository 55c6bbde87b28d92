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
            项目管理课程尚未开课，培训计划未完成。                                | 未完成
            """)
    void theLastSentenceSaysWhatWasDone(String item, Result result) {
        SourceDoc doc = Docs.of("群众路线/报告.pdf", "整改报告", "2014-01-20", "整改报告", "## 一、整改任务完成情况",
                "（一）" + item);
        assertThat(EXTRACT.report(doc)).singleElement().extracting(Outcome::result).isEqualTo(result);
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
