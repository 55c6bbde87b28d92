package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitFinderTest {

    private final TitleFinder titles = new TitleFinder(IngestSettings.load(Path.of("indexer")));

    private final IngestSettings settings = IngestSettings.load(Path.of("indexer"));

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "关于召开座谈会的通知\\n各科室：\\n正文。\\n特此通知。\\n中共滨河区建设工务局党组\\n二〇〇八年十一月十七日  | 中共滨河区建设工务局党组 | -      | signature",
            "关于召开座谈会的通知\\n各科室：\\n正文。\\n正文。\\n滨河区建设工务局办公室　2008年11月17日印发     | 滨河区建设工务局办公室   | -      | signature",
            "对照检查材料\\n正文。\\n正文。\\n以上检查，请批评指正。\\n检查人：赵红梅\\n2008.12.14                   | -                        | 赵红梅 | signature",
            "在全局动员大会上的讲话\\n陈立明\\n（2008年9月22日）\\n同志们：\\n谢谢大家！                         | -                        | 陈立明 | heading",
            "个人对照检查材料\\n局党组书记、局长　陈立明\\n（2008年9月22日）\\n正文。                          | -                        | 陈立明 | heading",
            "心得体会\\n县中医院院长 郑国平\\n（2014年1月8日）\\n正文。                                         | -                        | 县中医院院长 郑国平 | heading",
            "学习实践科学发展观的几点认识\\n工程管理科 黄振华\\n正文。\\n正文。                               | 工程管理科               | 黄振华 | heading",
            "中共滨河区建设工务局党组关于开展学习实践活动的实施方案\\n各科室：\\n正文。                     | 中共滨河区建设工务局党组 | -      | heading",
            "中共江州市水务局党组\\n关于开展作风建设专项整治的通知\\n各处室：\\n正文。                            | 中共江州市水务局党组     | -      | heading",
            "附件3\\n滨河区建设工务局评标专家管理办法\\n第一章 总则\\n第一条 为规范评标。                  | 滨河区建设工务局         | -      | heading",
            "学习资料汇编（一）\\n滨河区建设工务局学习实践活动领导小组办公室编\\n二〇〇八年九月\\n目录      | 滨河区建设工务局学习实践活动领导小组办公室 | - | heading",
            "学习实践活动简报\\n第2期\\n局领导小组办公室　2008年10月13日\\n正文。\\n报：区委                 | 局领导小组办公室         | -      | heading",
            // one unit, one name: 「××局党组」 and 「中国共产党××委员会」 are written as 中共…
            "关于召开座谈会的通知\\n各科室：\\n正文。\\n特此通知。\\n江州市水务局党组\\n二〇二一年十一月十七日       | 中共江州市水务局党组     | -      | signature",
            "关于召开座谈会的通知\\n各科室：\\n正文。\\n特此通知。\\n中国共产党江州市水务局委员会\\n二〇二一年十一月十七日 | 中共江州市水务局委员会 | - | signature",
    })
    void findsWhoIssuedOrWroteIt(String text, String unit, String author, String source) {
        List<TextLine> lines = TextLine.split(text.replace("\\n", "\n"));
        UnitFinder.Who found = UnitFinder.find(lines, titles.find(lines, Optional.empty(), "a.docx"), settings);
        assertThat(found.unit().value()).isEqualTo(Optional.ofNullable(unit));
        assertThat(found.author().value()).isEqualTo(Optional.ofNullable(author));
        assertThat((unit != null ? found.unit() : found.author()).provenance().source()).isEqualTo(source);
    }

    @org.junit.jupiter.api.Test
    void anAliasInIndexerBecomesItsUnitsName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        IndexerConfigTest.copyIndexer(dir);
        Path ingest = dir.resolve(IngestSettings.FILE);
        String yml = java.nio.file.Files.readString(ingest);
        assertThat(yml).contains("  aliases: {}");
        java.nio.file.Files.writeString(ingest, yml.replace("  aliases: {}",
                "  aliases:\n    中共江州市水务局党组: [市水务局党组, 局党组]"));
        IngestSettings withAliases = IngestSettings.load(dir);
        List<TextLine> lines = TextLine.split("关于召开座谈会的通知\n各科室：\n正文。\n局党组\n2021年11月17日");
        assertThat(UnitFinder.find(lines, titles.find(lines, Optional.empty(), "a.docx"), withAliases).unit().value())
                .contains("中共江州市水务局党组");
    }
}
