package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final IngestSettings settings = IngestSettings.load(Path.of("indexer"));

    @Test
    void linesAreTrimmedAndBlankLinesDropped() {
        String raw = "\uFEFF　　关于召开座谈会的通知  \r\n\r\n\r\n　　局机关各科室：\u000B正文\u0007。";
        assertThat(TextCleaner.clean(raw, TextCleaner.Source.OTHER, false, settings))
                .isEqualTo("关于召开座谈会的通知\n局机关各科室：\n正文。");
    }

    @Test
    void pdfLineWrapsAreJoinedButParagraphsAndDatesKept() {
        String raw = """
                关于召开征求意见座谈会的通知
                局机关各科室：
                为深入开展学习实践科学发展观活动，广泛听取服务对象对我局工作的意见建议，经研究，决定
                召开征求意见座谈会。
                一、会议时间
                2008年 11月 20日上午。
                - 2 -
                中共滨河区建设工务局党组
                二〇〇八年十一月十七日""";
        String text = TextCleaner.clean(raw, TextCleaner.Source.PDF, false, settings);
        assertThat(text).contains("经研究，决定召开征求意见座谈会。\n一、会议时间\n2008年11月20日上午。")
                .doesNotContain("- 2 -").endsWith("中共滨河区建设工务局党组\n二〇〇八年十一月十七日");
    }

    @Test
    void ocrSpacesBetweenChineseCharactersGo() {
        assertThat(TextCleaner.clean("关 于 开展 群众 满意 度 测评 的 通知", TextCleaner.Source.PDF, true, settings))
                .isEqualTo("关于开展群众满意度测评的通知");
    }

    @Test
    void webPageChromeAndBannerAreDropped() {
        String raw = """
                江州市滨河区建设工务局
                当前位置：首页 > 工作动态 > 正文
                关于开展测评的通知
                局机关各科室：
                【打印本页】【关闭窗口】
                版权所有：江州市滨河区建设工务局""";
        assertThat(TextCleaner.clean(raw, TextCleaner.Source.HTML, false, settings))
                .isEqualTo("关于开展测评的通知\n局机关各科室：");
    }

    @Test
    void defaultSheetNamesAreDropped() {
        assertThat(TextCleaner.clean("Sheet1\n序号\t问题\n1\t会多", TextCleaner.Source.SPREADSHEET, false, settings))
                .isEqualTo("序号\t问题\n1\t会多");
    }
}
