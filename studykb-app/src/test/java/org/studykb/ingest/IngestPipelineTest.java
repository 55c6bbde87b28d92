package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real files of every format through the whole pipeline. */
class IngestPipelineTest {

    private static final String TITLE = "关于召开征求意见座谈会的通知";
    @TempDir
    static Path root;
    private static IngestPipeline pipeline;

    @BeforeAll
    static void setUp() throws IOException {
        pipeline = IngestPipeline.load(Path.of("indexer"));
        TestFiles.copyFixtures(root);
    }

    static IngestedDocument ingested(Path file) {
        IngestResult r = pipeline.ingest(root, file);
        assertThat(r).as("%s", r).isInstanceOf(IngestResult.Ingested.class);
        return ((IngestResult.Ingested) r).document();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "notice.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "notice.doc,  application/msword",
            "notice.odt,  application/vnd.oasis.opendocument.text",
            "notice.rtf,  application/rtf",
            "notice.pdf,  application/pdf",
            "notice.html, text/html",
    })
    void everyFormatGivesTheSameDocument(String name, String contentType) throws IOException {
        IngestedDocument d = ingested(root.resolve(name));
        assertThat(d.id()).isEqualTo(name);
        assertThat(d.contentType()).startsWith(contentType);
        assertThat(d.size()).isEqualTo(Files.size(root.resolve(name)));
        assertThat(d.contentHash()).hasSize(64);
        assertThat(d.ocr()).isFalse();
        assertThat(d.warnings()).isEmpty();
        assertThat(d.text()).startsWith("中共滨河区建设工务局党组文件\n区建工党〔2008〕15号\n" + TITLE + "\n")
                .contains("1. 施工企业代表5名；").doesNotContain("\r").doesNotContain("\n\n");
        assertThat(d.title().value()).contains(TITLE);
        assertThat(d.date().value().map(DocDate::iso)).contains("2008-11-17");
        assertThat(d.date().provenance().describe()).isEqualTo("signature 「二〇〇八年十一月十七日」");
        assertThat(d.unit().value()).contains("中共滨河区建设工务局党组");
        assertThat(d.docNumber().value()).contains("区建工党〔2008〕15号");
        assertThat(d.type().value()).contains("征求意见通知");
        assertThat(d.type().provenance().describe()).startsWith("rule 征求意见通知 matched 「").endsWith("」 in title");
        assertThat(d.campaign().value()).contains("深入学习实践科学发展观活动");
        assertThat(d.phase().value()).contains("分析检查");
        assertThat(d.phase().provenance().describe())
                .isEqualTo("type-phase 深入学习实践科学发展观活动 「type 征求意见通知 belongs to 分析检查」");
        assertPassagesPointIntoText(d);
        assertThat(d.passages()).extracting(Passage::label).contains("一、", "二、", "三、", "1.", "2.", "3.", "一是",
                "二是", "三是");
    }

    static void assertPassagesPointIntoText(IngestedDocument d) {
        assertThat(d.passages()).isNotEmpty();
        for (int i = 0; i < d.passages().size(); i++) {
            Passage p = d.passages().get(i);
            assertThat(p.ordinal()).isEqualTo(i);
            assertThat(d.text().substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void spreadsheetRowsAreLinesOfTabSeparatedCells() {
        IngestedDocument d = ingested(root.resolve("ledger.xlsx"));
        assertThat(d.text()).isEqualTo("""
                滨河区建设工务局学习实践活动整改落实台账
                序号\t问题\t整改措施\t责任领导\t完成时限
                1\t领导干部下基层调研少，有时走马观花\t建立班子成员基层联系点制度，每季度蹲点不少于3天\t陈立明\t2009年1月底
                2\t政府投资项目前期审批环节多\t推行并联审批和限时办结\t\t2009年2月底前
                3\t工程款拨付慢\t进度款在监理确认后10个工作日内拨付\t赵红梅\t立即整改""");
        assertThat(d.title().value()).contains("滨河区建设工务局学习实践活动整改落实台账");
        assertThat(d.type().value()).contains("整改台账");
        assertThat(d.date().isPresent()).as("deadlines are not the ledger's date").isFalse();
        assertThat(d.passages()).hasSize(5);
    }

    @Test
    void gb18030AndUtf8TextFilesReadAlike() throws IOException {
        String text = "关于召开专题民主生活会的通知\r\n局机关各科室：\r\n定于12月16日召开专题民主生活会。\r\n特此通知。\r\n"
                + "中共滨河区建设工务局党组\r\n2008年11月17日\r\n";
        Path gbk = Files.write(root.resolve("通知（GBK）.txt"), text.getBytes("GB18030"));
        Path utf8 = Files.write(root.resolve("通知-utf8.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        IngestedDocument a = ingested(gbk);
        IngestedDocument b = ingested(utf8);
        assertThat(a.text()).isEqualTo(b.text()).isEqualTo(text.replace("\r\n", "\n").strip());
        assertThat(a.contentType()).isEqualTo("text/plain; charset=GB18030");
        assertThat(b.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(a.type().value()).contains("通知");
        assertThat(a.date().value().map(DocDate::iso)).contains("2008-11-17");
        assertThat(a.phase().value()).contains("分析检查");
    }

    @Test
    void aWebPageInGb18030WithoutDeclarationLosesItsChrome() throws IOException {
        String page = """
                <html><head><title>关于开展群众满意度测评的通知 - 江州市滨河区建设工务局</title></head><body>
                <div class="top">江州市滨河区建设工务局</div>
                <div class="nav">当前位置：<a href="/">首页</a> &gt; <a>工作动态</a> &gt; 正文</div>
                <h1>关于开展群众满意度测评的通知</h1>
                <p>局机关各科室：</p><p>为检验学习实践活动成效，决定开展群众满意度测评。</p>
                <p>中共滨河区建设工务局党组</p><p>2009年2月18日</p>
                <div class="foot">【打印本页】【关闭窗口】<br>版权所有：江州市滨河区建设工务局</div>
                </body></html>""";
        IngestedDocument d = ingested(Files.write(root.resolve("测评通知.html"), page.getBytes("GB18030")));
        assertThat(d.contentType()).isEqualTo("text/html; charset=GB18030");
        assertThat(d.text()).startsWith("关于开展群众满意度测评的通知\n局机关各科室：")
                .doesNotContain("首页").doesNotContain("打印本页").doesNotContain("版权所有");
        assertThat(d.title().value()).contains("关于开展群众满意度测评的通知");
        assertThat(d.type().value()).contains("通知");
        assertThat(d.phase().value()).contains("整改落实");
    }

    @Test
    void aWpsFileWrittenLikeWordIsReadByContent() throws IOException {
        Path wps = Files.copy(root.resolve("notice.doc"), root.resolve("通知.wps"));
        IngestedDocument d = ingested(wps);
        assertThat(d.contentType()).isEqualTo("application/msword");
        assertThat(d.title().value()).contains(TITLE);
    }

    @Test
    void oddNamesKeepTheirIdAndNeverBecomeTheTitle() throws IOException {
        Path dir = Files.createDirectories(root.resolve("分析 检查/第#1批 (草稿)"));
        Path f = Files.copy(root.resolve("notice.docx"), dir.resolve("新建 Microsoft Word 文档 (2)%.docx"));
        IngestedDocument d = ingested(f);
        assertThat(d.id()).isEqualTo("分析 检查/第#1批 (草稿)/新建 Microsoft Word 文档 (2)%.docx");
        assertThat(d.title().value()).contains(TITLE);
    }

    @Test
    void aScannedPdfIsReadWithOcr() throws IOException {
        assumeTrue(pipeline.ocrEnabled(), "tesseract with chi_sim is not installed");
        Path scan = TestFiles.scannedPdf(root.resolve("扫描件.pdf"),
                List.of("关于开展群众满意度测评的通知", "局机关各科室：", "为检验学习实践活动成效，决定开展测评。"));
        IngestedDocument d = ingested(scan);
        assertThat(d.ocr()).isTrue();
        assertThat(d.warnings()).contains("文字由OCR识别，可能有误");
        assertThat(d.text()).contains("满意度测评").contains("学习实践活动成效");
        assertThat(d.type().value()).isPresent();
    }

    @Test
    void anImageIsReadWithOcr() throws IOException {
        assumeTrue(pipeline.ocrEnabled(), "tesseract with chi_sim is not installed");
        IngestedDocument d = ingested(TestFiles.png(root.resolve("照片.png"), List.of("学习实践活动简报", "第3期")));
        assertThat(d.ocr()).isTrue();
        assertThat(d.contentType()).isEqualTo("image/png");
        assertThat(d.text()).contains("简报");
    }

    @Test
    void embeddedThumbnailsAreNotReadAsText() {
        IngestedDocument d = ingested(root.resolve("notice.odt"));
        assertThat(d.ocr()).isFalse();
        assertThat(d.text()).startsWith("中共滨河区建设工务局党组文件");
    }

    @Test
    void manyThreadsShareOnePipeline() throws Exception {
        List<String> names = List.of("notice.docx", "notice.doc", "notice.odt", "notice.rtf", "notice.pdf",
                "notice.html", "ledger.xlsx");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<IngestResult>> futures = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                for (String n : names) {
                    futures.add(pool.submit(() -> pipeline.ingest(root, root.resolve(n))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                IngestResult r = futures.get(i).get();
                IngestedDocument expected = ingested(root.resolve(names.get(i % names.size())));
                assertThat(r).isInstanceOf(IngestResult.Ingested.class);
                assertThat(((IngestResult.Ingested) r).document()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
