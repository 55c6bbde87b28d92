package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped rules of indexer/ on titles as such documents are named in the field (2008, 2013, 2019, 2021, 2023). */
class ClassifierTest {

    private static final Path INDEXER = Path.of("indexer");
    private final Classifier classifier = new Classifier(RuleBook.load(INDEXER), CampaignBook.load(INDEXER));

    private Classifier.Result classify(String title, String body, String date) {
        Tagged<DocDate> d = date == null ? Tagged.absent() : Tagged.of(new DocDate(LocalDate.parse(date),
                DocDate.Precision.DAY), Provenance.none());
        return classifier.classify(title, title + "\n" + body, "附件1.docx", d, Optional.empty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "中共某某局党组关于开展深入学习实践科学发展观活动的实施方案               | 实施方案",
            "关于开展“不忘初心、牢记使命”主题教育的实施方案                           | 实施方案",
            "党史学习教育工作安排                                                     | 实施方案",
            "陈立明同志在全局深入学习实践科学发展观活动动员大会上的讲话               | 动员讲话",
            "在学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会议上的讲话   | 动员讲话",
            "学习调研阶段“五个一天”集中学习安排                                       | 学习计划",
            "局党组理论学习中心组2019年学习计划                                       | 学习计划",
            "深入学习实践科学发展观活动学习资料汇编（一）                             | 学习资料",
            "主题教育应知应会知识                                                     | 学习资料",
            "坚持为民务实清廉 做人民满意的工程建设者——专题党课讲稿                   | 党课讲稿",
            "学习实践科学发展观的几点认识                                             | 心得体会",
            "在机关第一党支部“谈一天体会”交流会上的发言                               | 心得体会",
            "主题教育读书班研讨发言                                                   | 心得体会",
            "关于政府投资项目工程款支付情况的调研报告                                 | 调研报告",
            "学习实践活动简报（第12期）                                               | 工作简报",
            "关于开展“五个一次”主题实践活动的通知                                     | 通知",
            "关于召开专题民主生活会的通知                                             | 通知",
            "关于开展学习实践活动群众满意度测评的通知                                 | 通知",
            "关于公布局领导班子整改落实方案的通知                                     | 通知",
            "关于印发《领导班子整改落实方案》的通知                                   | 整改方案",
            "关于在深入学习实践科学发展观活动中广泛征求意见建议的通知                 | 征求意见通知",
            "关于召开征求意见座谈会的通知                                             | 征求意见通知",
            "党的群众路线教育实践活动征求意见建议汇总                                 | 意见建议汇总",
            "主题教育检视问题清单                                                     | 意见建议汇总",
            "施工企业和监理单位代表征求意见座谈会记录                                 | 座谈会记录",
            "中共某某局党组贯彻落实科学发展观分析检查报告                             | 分析检查报告",
            "关于领导班子分析检查报告（征求意见稿）征求意见情况及修改说明             | 分析检查报告",
            "领导班子党的群众路线教育实践活动对照检查材料                             | 对照检查材料",
            "主题教育专题民主生活会领导班子检视剖析材料                               | 对照检查材料",
            "党史学习教育专题民主生活会个人发言提纲                                   | 民主生活会材料",
            "关于召开学习实践活动专题民主生活会情况的报告                             | 民主生活会材料",
            "机关第二党支部学习实践活动专题组织生活会记录                             | 组织生活会材料",
            "关于领导班子分析检查报告群众评议情况的通报                               | 群众评议",
            "中共某某局党组关于党的群众路线教育实践活动整改方案                       | 整改方案",
            "“四风”问题整改台账                                                       | 整改台账",
            "“我为群众办实事”项目清单                                                 | 整改台账",
            "关于党的群众路线教育实践活动整改落实情况的报告                           | 整改报告",
            "关于整改落实“回头看”情况的通报                                           | 整改报告",
            "评标专家管理办法（试行）                                                 | 建章立制",
            "窗口服务首问负责制、服务承诺制和限时办结制                               | 建章立制",
            "关于深入学习实践科学发展观活动群众满意度测评结果的通报                   | 满意度测评",
            "党的群众路线教育实践活动总结报告                                         | 总结报告",
            "市委第二督导组关于对市水务局检视整改环节工作的反馈意见                   | 督导组反馈",
            "区委学习实践活动第三指导检查组对局领导班子分析检查报告的意见反馈         | 督导组反馈",
            "主题教育专题读书班学习安排                                               | 学习计划",
            "关于学习实践活动转入整改落实阶段的请示                                   | 总结报告",
            "关于深入学习实践科学发展观活动学习调研阶段工作情况的报告                 | 总结报告",
    })
    void titlesAsTheFieldNamesThem(String title, String type) {
        Classifier.Result r = classify(title, "", null);
        assertThat(r.type().value()).as(r.type().provenance().describe()).contains(type);
        assertThat(r.type().provenance().source()).isEqualTo("rule");
    }

    @Test
    void aTitleRuleSaysWhyInWords() {
        Classifier.Result r = classify("刘志强同志对照检查材料", "", null);
        assertThat(r.type().provenance().describe()).isEqualTo("rule 对照检查材料 matched 「对照检查材料」 in title");
    }

    @ParameterizedTest(name = "{0} / {2} -> {3} / {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // title                                | body                                  | date       | campaign                                           | phase
            "关于召开征求意见座谈会的通知           | 为深入开展学习实践科学发展观活动      | 2008-11-17 | 深入学习实践科学发展观活动                         | 分析检查",
            "学习实践活动简报（第3期）              | 走访一天群众                          | 2008-10-28 | 深入学习实践科学发展观活动                         | 学习调研",
            "学习实践活动简报（第18期）             | 整改方案公开                          | 2009-01-14 | 深入学习实践科学发展观活动                         | 整改落实",
            "关于学习实践活动转入整改落实阶段的请示 | 分析检查阶段各项任务已经完成          | 2008-12-25 | 深入学习实践科学发展观活动                         | 分析检查",
            "学习实践活动分析检查阶段工作总结       | 总结如下                              | 2008-12-24 | 深入学习实践科学发展观活动                         | 分析检查",
            "领导班子对照检查材料                   | 对照党章，查摆“四风”问题              | 2013-10-25 | 党的群众路线教育实践活动                           | 查摆问题、开展批评",
            "整改方案                               | 针对“四风”方面的突出问题              | 2013-11-25 | 党的群众路线教育实践活动                           | 整改落实、建章立制",
            "关于开展测评的通知                     | 贯彻落实科学发展观                    | 2013-12-10 | 党的群众路线教育实践活动                           | 整改落实、建章立制",
            "专题民主生活会对照检查材料             | 按照主题教育安排                      | 2019-12-20 | “不忘初心、牢记使命”主题教育                       | 检视问题",
            "专题民主生活会对照检查材料             | 按照主题教育安排                      | 2023-12-20 | 学习贯彻习近平新时代中国特色社会主义思想主题教育   | 检视整改",
            "专题组织生活会发言                     | 按照党史学习教育安排                  | 2021-10-10 | 党史学习教育                                       | 专题民主生活会",
            "学习心得                               | 没有提到活动名称                      | 2008-10-20 | 深入学习实践科学发展观活动                         | 学习调研",
            "学习心得                               | 没有提到活动名称                      | 2016-05-01 | -                                                  | -",
            // written in every phase: the date's phase first; a type of one phase keeps it near the boundary
            "以整改实效取信于民——学习心得体会       | 党的群众路线教育实践活动              | 2014-01-08 | 党的群众路线教育实践活动                           | 整改落实、建章立制",
            "以优良作风守护群众健康——专题党课讲稿   | 党的群众路线教育实践活动              | 2013-09-24 | 党的群众路线教育实践活动                           | 查摆问题、开展批评",
            "领导班子整改方案                       | 党的群众路线教育实践活动              | 2013-11-08 | 党的群众路线教育实践活动                           | 整改落实、建章立制",
            "学习心得体会                           | 学习贯彻习近平新时代中国特色社会主义思想主题教育 | 2023-08-02 | 学习贯彻习近平新时代中国特色社会主义思想主题教育 | 理论学习",
    })
    void campaignAndPhase(String title, String body, String date, String campaign, String phase) {
        Classifier.Result r = classify(title, body, date);
        assertThat(r.campaign().value().orElse(null)).as(r.campaign().provenance().describe()).isEqualTo(campaign);
        assertThat(r.phase().value().orElse(null)).as(r.phase().provenance().describe()).isEqualTo(phase);
    }

    @Test
    void aCampaignFromTheDateAloneSaysSo() {
        Classifier.Result r = classify("学习心得", "没有提到活动名称", "2008-10-20");
        assertThat(r.campaign().provenance().describe())
                .isEqualTo("date-range 深入学习实践科学发展观活动 「2008-10-20 in 2008-09-01..2010-02-28」");
        assertThat(r.phase().provenance().source()).as("a 心得体会 takes its date's phase").isEqualTo("date-range");
        Tagged<DocDate> year = Tagged.of(new DocDate(LocalDate.of(2008, 1, 1), DocDate.Precision.YEAR),
                Provenance.none());
        Classifier.Result yearOnly = classifier.classify("深入学习实践科学发展观活动学习心得", "学习心得", "附件1.docx", year,
                Optional.empty());
        assertThat(yearOnly.phase().provenance().source()).as("without a day or month, the type's own phase")
                .isEqualTo("type-phase");
    }

    @Test
    void aBulletinWhoseHeadlineIsPrintedAboveTheMastheadIsABulletinNotAStudyPlan() {
        String body = "局党组举办党史学习教育专题读书班\n\n党史学习教育简报第4期\n\n江州市水务局领导小组办公室　2021年5月6日\n"
                + "5月5日至7日，局党组举办专题读书班。";
        Classifier.Result r = classifier.classify("局党组举办党史学习教育专题读书班", body, "读书班简报（第4期）.docx",
                Tagged.absent(), Optional.empty());
        assertThat(r.type().value()).as(r.type().provenance().describe()).contains("工作简报");
    }

    @Test
    void aPhaseNamedAloneInTheOpeningOutranksTheTypesPhase() {
        String body = "座谈会记录\n时间：2023年5月9日\n主题：围绕主题教育调查研究，听取基层医务人员的意见\n"
                + "一、大家反映的问题\n（一）检视整改中发现的问题还没有销号";
        Classifier.Result r = classify("基层卫生服务座谈会记录", body, "2023-05-09");
        assertThat(r.phase().value()).contains("调查研究");
        assertThat(r.phase().provenance().describe()).contains("「调查研究」 in the opening");
    }

    @Test
    void anOpeningThatNamesTwoPhasesIsBackgroundAndTheTypeDecides() {
        String body = "局党委在理论学习、调查研究的基础上，深入检视了领导班子存在的问题。现报告如下。\n"
                + "一、存在的问题\n（一）理论学习方面";
        Classifier.Result r = classify("领导班子对照检查材料", body, "2023-06-12");
        assertThat(r.phase().value()).contains("检视整改");
        assertThat(r.phase().provenance().source()).isEqualTo("type-phase");
    }

    @Test
    void aPhaseNamedOnlyAfterTheFirstNumberedSectionIsNotTheOpening() {
        String body = "根据局党委专题民主生活会安排，我认真进行了对照检查。现报告如下。\n"
                + "一、对照检查情况\n（一）理论学习方面\n学习的系统性不够。";
        assertThat(Classifier.opening(body)).doesNotContain("理论学习");
        Classifier.Result r = classify("专题民主生活会个人对照检查材料", body, "2023-08-18");
        assertThat(r.phase().value()).contains("检视整改");
    }
}
