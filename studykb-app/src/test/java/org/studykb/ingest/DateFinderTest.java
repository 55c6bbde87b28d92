package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private static Tagged<DocDate> find(String text) {
        return DateFinder.find(TextLine.split(text), Optional.empty());
    }

    @Test
    void signatureDateAtTheEndWinsOverDatesInTheBody() {
        Tagged<DocDate> date = find("""
                关于召开征求意见座谈会的通知
                局机关各科室：
                定于2008年11月20日上午召开座谈会，请于2008年11月18日前报名。
                中共滨河区建设工务局党组
                二〇〇八年十一月十七日""");
        assertThat(date.value().orElseThrow().iso()).isEqualTo("2008-11-17");
        assertThat(date.provenance().source()).isEqualTo("signature");
        assertThat(date.provenance().describe()).isEqualTo("signature 「二〇〇八年十一月十七日」");
    }

    @Test
    void signatureBeforeAnAttachedTableIsFound() {
        Tagged<DocDate> date = find("""
                关于广泛征求意见建议的通知
                各科室：现将征求意见表印发给你们。
                中共滨河区建设工务局党组
                2008年11月17日
                附件：征求意见表
                序号\t意见\t说明
                1\t对领导班子的意见\t
                2\t对机关作风的意见\t
                3\t其他\t
                4\t其他\t
                5\t其他\t
                6\t其他\t
                注：请于12月3日前交回。""");
        assertThat(date.value().orElseThrow().iso()).isEqualTo("2008-11-17");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "在动员大会上的讲话\\n陈立明\\n（2008年9月22日）\\n同志们：\\n今天召开大会。             | 2008-09-22 | heading",
            "学习实践活动简报\\n第12期\\n局领导小组办公室　　2008年12月5日\\n正文一段。\\n报：区委   | 2008-12-05 | heading",
            "座谈会记录\\n时间：2008年11月25日上午\\n地点：三楼会议室\\n主持人：刘志强\\n发言摘要。 | 2008-11-25 | heading",
            "心得体会\\n张敏\\n正文。\\n以上体会，请批评指正。\\n2008.10.21                      | 2008-10-21 | signature",
            "对照检查材料\\n刘志强\\n正文。\\n刘志强\\n2008年12月                          | 2008-12    | signature",
            "工作总结\\n今年以来，我局于2009年1月完成整改。\\n下一步继续努力。                     | 2009-01    | text",
    })
    void findsTheDateWhereDocumentsPutIt(String text, String iso, String source) {
        Tagged<DocDate> date = find(text.replace("\\n", "\n"));
        assertThat(date.value().map(DocDate::iso)).contains(iso);
        assertThat(date.provenance().source()).isEqualTo(source);
    }

    @Test
    void deadlinesInTableRowsAreNotTheDocumentDate() {
        assertThat(find("整改台账\n序号\t问题\t时限\n1\t会多\t2009年1月底").isPresent()).isFalse();
    }

    @Test
    void fallsBackToTheMetadataCreationDate() {
        Tagged<DocDate> date = DateFinder.find(TextLine.split("没有日期的文字。"),
                Optional.of(LocalDate.of(2013, 7, 12)));
        assertThat(date.value().orElseThrow()).isEqualTo(new DocDate(LocalDate.of(2013, 7, 12), DocDate.Precision.DAY));
        assertThat(date.provenance().source()).isEqualTo("metadata");
    }

    private static final java.util.List<java.util.regex.Pattern> DEADLINES =
            java.util.List.of(java.util.regex.Pattern.compile(".{0,6}(时限|期限)"));

    @Test
    void aLedgerIsDatedByTheLatestProgressItReportsNotByItsDeadlines() {
        Tagged<DocDate> date = DateFinder.find(TextLine.split("""
                整改落实工作台账
                序号\t问题\t完成时限\t完成情况
                1\t调研少\t2009年1月底\t已完成。联系点制度1月16日印发
                2\t手续多\t2009年6月底前\t已完成。《办法》2月16日经党组会审议通过
                3\t欠款\t立即整改\t已完成。1月20日前全部付清"""), "整改落实工作台账", Optional.empty(),
                Optional.empty(), DEADLINES);
        assertThat(date.value().orElseThrow().iso()).isEqualTo("2009-02-16");
        assertThat(date.provenance().source()).isEqualTo("table");
    }

    @Test
    void yearlessDatesAcrossNewYearTakeTheYearNearestTheAnchor() {
        Tagged<DocDate> date = DateFinder.find(TextLine.split("""
                序号\t问题\t整改时限\t完成情况
                1\t会多\t2014年3月前\t已完成。11月26日起执行，12月、1月油耗情况已公布
                2\t调研少\t长期坚持\t持续推进。11—12月到现场调研27人次"""), "", Optional.empty(),
                Optional.empty(), DEADLINES);
        assertThat(date.value().orElseThrow().iso()).isEqualTo("2014-01");
    }

    @Test
    void aYearlessAsOfDateInTheTitleNeedsTheFolderForItsYear() {
        java.util.List<TextLine> lines = TextLine.split("""
                问题\t时限\t进展情况
                调研少\t1月底前\t制度已于1月16日印发""");
        String title = "整改进展情况表（截至1月23日）";
        assertThat(DateFinder.find(lines, title, Optional.empty(), Optional.empty(), DEADLINES).isPresent()).isFalse();
        Tagged<DocDate> date = DateFinder.find(lines, title, Optional.empty(),
                Optional.of(LocalDate.of(2008, 12, 20)), DEADLINES);
        assertThat(date.value().orElseThrow().iso()).isEqualTo("2009-01-23");
        assertThat(date.provenance().source()).isEqualTo("as-of");
    }

    @Test
    void aDocumentThatStatesItsDateIsNotDatedByItsTable() {
        Tagged<DocDate> date = DateFinder.find(TextLine.split("""
                整改进展情况表
                问题\t进展情况
                调研少\t3月16日印发
                滨河区建设工务局
                2009年1月23日"""), "整改进展情况表", Optional.empty(), Optional.of(LocalDate.of(2009, 6, 1)), DEADLINES);
        assertThat(date.value().orElseThrow().iso()).isEqualTo("2009-01-23");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6月30日前完成 | 2009-06-30 | 2009-03-01",
            "12月底 | 2008-12 | 2009-01-10",
            "1—2月 | 2009-02 | 2008-12-01",
            "2009年1月 | - | 2009-01-01",
            "一两个月 | - | 2009-01-01",
            "25个工作日 | - | 2009-01-01"})
    void yearlessDates(String text, String first, String anchor) {
        var found = DateParser.findYearless(text, LocalDate.parse(anchor));
        if (first.equals("-")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found.get(found.size() - 1).date().iso()).isEqualTo(first);
        }
    }
}
