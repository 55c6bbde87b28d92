package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleFinderTest {

    private final TitleFinder finder = new TitleFinder(IngestSettings.load(Path.of("indexer")));

    private Tagged<String> title(String text, String metaTitle, String fileName) {
        return finder.find(TextLine.split(text.replace("\\n", "\n")), Optional.ofNullable(metaTitle), fileName).title();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // junk metadata titles are never used
            "新建 Microsoft Word 文档                | 学习实践科学发展观心得体会",
            "Microsoft Word - 简报第2期.doc          | 学习实践科学发展观心得体会",
            "文档1                                   | 学习实践科学发展观心得体会",
            "附件2                                   | 学习实践科学发展观心得体会",
            "Document1                               | 学习实践科学发展观心得体会",
            "心得.docx                               | 学习实践科学发展观心得体会",
            "中共滨河区建设工务局党组文件            | 学习实践科学发展观心得体会",
            "通知                                    | 学习实践科学发展观心得体会",
            "Administrator                           | 学习实践科学发展观心得体会",
            // a metadata title the text agrees with is used
            "学习实践科学发展观心得体会              | 学习实践科学发展观心得体会",
            // a stale draft name the document does not print loses to the printed heading
            "心得体会（第三稿）                      | 学习实践科学发展观心得体会",
    })
    void metadataTitleOnlyWhenItIsNotJunk(String meta, String expected) {
        assertThat(title("学习实践科学发展观心得体会\\n通过学习，我深刻认识到……。", meta, "附件2.docx").value())
                .contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "中共滨河区建设工务局党组文件\\n区建工党〔2008〕21号\\n关于开展学习实践活动的实施方案\\n各科室：\\n正文。 | 关于开展学习实践活动的实施方案",
            "机密★1年\\n特急\\n关于召开座谈会的通知\\n各科室：                                       | 关于召开座谈会的通知",
            "附件2\\n学习资料汇编（一）\\n目录                                                     | 学习资料汇编（一）",
            "首页 > 工作动态 > 正文\\n关于开展测评的通知\\n发布时间：2009-02-18\\n各科室：           | 关于开展测评的通知",
            "通  知\\n关于召开民主生活会的安排\\n各科室：                                             | 关于召开民主生活会的安排",
            "在全局动员大会上的讲话\\n陈立明\\n（2008年9月22日）\\n同志们：                           | 陈立明同志在全局动员大会上的讲话",
            "对照检查材料\\n党组成员、副局长　刘志强\\n正文。                                         | 对照检查材料（刘志强）",
            "心得体会\\n计划财务科 张敏\\n正文。                                                     | 心得体会（张敏）",
            "学习实践科学发展观的几点认识\\n工程管理科 黄振华\\n正文。                               | 学习实践科学发展观的几点认识",
            "学习实践科学发展观心得体会\\n质量安全监督站 韩磊\\n正文。                             | 学习实践科学发展观心得体会（韩磊）",
            "在机关第一党支部“谈一天体会”交流会上的发言\\n前期工作科 郑伟\\n各位同志：             | 在机关第一党支部“谈一天体会”交流会上的发言（郑伟）",
            "算好三笔账 当好政府投资“管家”\\n——学习体会\\n计划财务科 吴晓东\\n正文。                | 算好三笔账 当好政府投资“管家”——学习体会",
            "滨河区建设工务局深入学习实践科学发展观活动总结\\n报告\\n区建工党〔2009〕12号\\n区委：   | 滨河区建设工务局深入学习实践科学发展观活动总结报告",
            "关于深入学习实践科学发展观活动整改落实情况的\\n报告\\n区委：                            | 关于深入学习实践科学发展观活动整改落实情况的报告",
    })
    void findsTheHeadingNearTheTop(String text, String expected) {
        Tagged<String> title = title(text, null, "附件1.docx");
        assertThat(title.value()).contains(expected);
        assertThat(title.provenance().source()).isIn("heading", "first-line");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // the issuing organ on its own line above the title (发文机关 / 标题) is not part of the title
            "中共江州市交通运输局委员会\\n关于召开党史学习教育专题民主生活会情况的报告\\n市委党史学习教育领导小组：\\n正文。 | 关于召开党史学习教育专题民主生活会情况的报告",
            "江州市北湖区人民政府办公室\\n关于进一步加强安全生产工作\\n的意见\\n各街道办事处：                         | 关于进一步加强安全生产工作的意见",
            "中共江州市水务局党组\\n关于建立联系服务群众长效机制的若干规定\\n江水党〔2021〕7号\\n正文。              | 关于建立联系服务群众长效机制的若干规定",
            "中共江州市水务局党组\\n党史学习教育专题民主生活会\\n检视问题整改方案\\n（2021年12月28日）                   | 党史学习教育专题民主生活会检视问题整改方案",
            // red header (发文机关标志) and 文号 (发文字号) above the organ and title: below the 文号 the organ is
            // part of the 公文's 标题 (GB/T 9704: 发文机关 + 事由 + 文种)
            "中共江州市水务局党组文件\\n江水党〔2021〕9号\\n中共江州市水务局党组\\n关于开展作风建设专项整治的通知\\n局机关各处室： | 中共江州市水务局党组关于开展作风建设专项整治的通知",
            "江州市水务局文件\\n江水发〔2021〕3号\\n关于印发《机关会议管理办法》的通知\\n局机关各处室：              | 关于印发《机关会议管理办法》的通知",
            // the organ on the title's own line, or a line saying whose material it is, stays
            "中共江州市水务局党组关于开展党史学习教育的实施方案\\n局机关各处室：                                 | 中共江州市水务局党组关于开展党史学习教育的实施方案",
            "江州市水务局领导班子\\n党史学习教育专题民主生活会对照检查材料\\n（2021年12月20日）                   | 江州市水务局领导班子党史学习教育专题民主生活会对照检查材料",
            "江州市水务局领导班子\\n党史学习教育\\n专题民主生活会检视剖析材料\\n（2021年12月20日）                 | 江州市水务局领导班子党史学习教育专题民主生活会检视剖析材料",
            // a title wrapped before a bracketed note (PDF)
            "党史学习教育学习资料\\n汇编（水利篇）\\n江州市水务局党史学习教育领导小组办公室\\n2021年4月            | 党史学习教育学习资料汇编（水利篇）",
            // a personal text: title, then position and name; the name completes a title many share
            "个人对照检查材料\\n市水务局党组成员、副局长　王建国\\n（2021年12月20日）\\n正文。                      | 个人对照检查材料（王建国）",
            // a subtitle is kept as the subtitle, and the author line under it is not part of the title
            "守初心 担使命\\n——党史学习教育专题党课讲稿\\n市水务局党组书记、局长 李明\\n同志们：                    | 守初心 担使命——党史学习教育专题党课讲稿",
    })
    void theHeadingIsJoinedAcrossItsLinesWithoutTheIssuingOrgan(String text, String expected) {
        assertThat(title(text, null, "附件1.docx").value()).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // one article: its headline below masthead (报头), issue (期号) and editor line (编发单位)
            "党史学习教育简报\\n第4期\\n江州市水务局党史学习教育领导小组办公室　　2021年5月6日\\n局党组举办党史学习教育读书班\\n5月5日，局党组举办读书班。\\n全体党员参加。 | 局党组举办党史学习教育读书班",
            "工作动态\\n（第9期）\\n市水务局办公室编\\n关于防汛值班安排落实情况的通报\\n各处室：\\n一、总体情况\\n值班安排到位。\\n（送：局领导；发：各处室）  | 关于防汛值班安排落实情况的通报",
            // several items: the masthead and issue
            "党史学习教育简报\\n第5期\\n江州市水务局党史学习教育领导小组办公室　　2021年6月2日\\n局党组举办读书班\\n正文。\\n各支部开展主题党日活动\\n正文。 | 党史学习教育简报（第5期）",
            "党史学习教育简报\\n第6期\\n江州市水务局党史学习教育领导小组办公室　　2021年6月9日\\n我为群众办实事见成效\\n本期要目：办实事清单公布　窗口服务提速\\n正文。 | 党史学习教育简报（第6期）",
    })
    void aBulletinOfOneArticleIsCitedByItsHeadlineElseByMastheadAndIssue(String text, String expected) {
        assertThat(title(text, null, "简报.docx").value()).contains(expected);
    }

    @Test
    void theIssuingOrganLeftOutOfTheTitleIsKept() {
        TitleFinder.Choice choice = finder.find(TextLine.split("中共江州市水务局党组\n关于开展作风建设专项整治的通知\n各处室："),
                Optional.empty(), "a.docx");
        assertThat(choice.title().value()).contains("关于开展作风建设专项整治的通知");
        assertThat(choice.issuer()).contains("中共江州市水务局党组");
        assertThat(choice.title().provenance().evidence()).contains("中共江州市水务局党组 / ");
    }

    @Test
    void belowTheDocumentNumberTheIssuerIsPartOfTheTitleAndStillTheUnit() {
        TitleFinder.Choice choice = finder.find(TextLine.split(
                "中共江州市水务局党组文件\n\n江水党发〔2022〕7号\n\n中共江州市水务局党组\n关于开展作风建设专项整治的通知\n各处室："),
                Optional.empty(), "a.docx");
        assertThat(choice.title().value()).contains("中共江州市水务局党组关于开展作风建设专项整治的通知");
        assertThat(choice.issuer()).contains("中共江州市水务局党组");
    }

    @Test
    void aLetterheadAboveTheTitleWithTheNumberBelowItStaysOut() {
        TitleFinder.Choice choice = finder.find(TextLine.split(
                "中共江州市水务局党组\n关于建立基层减负长效机制的若干措施\n\n江水党发〔2022〕9号\n\n为巩固整改成果，制定如下措施。"),
                Optional.empty(), "a.docx");
        assertThat(choice.title().value()).contains("关于建立基层减负长效机制的若干措施");
        assertThat(choice.issuer()).contains("中共江州市水务局党组");
    }

    @Test
    void usesAMeaningfulFileNameWhenTheTextHasNoHeading() {
        Tagged<String> title = title("一、存在的问题\\n正文。", null, "陈立明同志在动员大会上的讲话.doc");
        assertThat(title.value()).contains("陈立明同志在动员大会上的讲话");
        assertThat(title.provenance().source()).isEqualTo("filename");
    }

    @Test
    void neverUsesAJunkFileName() {
        Tagged<String> title = title("一、存在的问题\\n正文第一段。", null, "新建 Microsoft Word 文档.docx");
        assertThat(title.value()).contains("一、存在的问题");
        assertThat(title.provenance().source()).isEqualTo("first-line");
    }

    @Test
    void aSpreadsheetRowIsNotATitle() {
        assertThat(title("序号\t问题\t措施\n1\t会多\t精简", null, "ledger.xlsx").isPresent()).isFalse();
    }

    @Test
    void aHeadingTheFormatMarksWinsOverABannerAbove() {
        Tagged<String> title = finder.find(TextLine.split("江州市滨河区建设工务局\n关于开展测评的通知\n局机关各科室："),
                Optional.empty(), java.util.List.of("关于开展测评的通知"), "a.html").title();
        assertThat(title.value()).contains("关于开展测评的通知");
        Tagged<String> section = finder.find(TextLine.split("关于开展测评的通知\n一、测评范围\n正文。"),
                Optional.empty(), java.util.List.of("一、测评范围"), "a.docx").title();
        assertThat(section.value()).contains("关于开展测评的通知");
    }

    @Test
    void webPageTitleLosesTheSiteName() {
        Tagged<String> title = title("关于开展测评的通知\\n各科室：", "关于开展测评的通知 - 江州市滨河区建设工务局",
                "a.html");
        assertThat(title.value()).contains("关于开展测评的通知");
    }
}
