package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real scanned PDFs made in the test, read by the real tesseract. */
class ScannedPagesTest {

    static final List<List<String>> FOUR_PAGES = List.of(
            List.of("关于开展群众满意度测评的通知", "局机关各科室："),
            List.of("为检验学习实践活动成效", "决定开展满意度测评。"),
            List.of("测评对象为局领导班子", "和班子成员。"),
            List.of("请各科室于本月底前", "报送测评结果。"));

    @TempDir
    Path dir;

    @Test
    void everyPageIsReadInPageOrderSeveralAtOnceNeverMoreThanTheThreads() throws Exception {
        assumeTrue(OcrSupport.available(), "tesseract with chi_sim is not installed");
        Path pdf = TestFiles.scannedPages(dir.resolve("扫描件.pdf"), FOUR_PAGES);
        OcrSettings settings = new OcrSettings(2, 150, 3, "chi_sim");
        ScannedPages scans = new ScannedPages(settings);

        List<ScannedPages.Page> pages = scans.read(pdf, List.of(1, 2, 3, 4), Duration.ofMinutes(2));

        assertThat(pages).extracting(ScannedPages.Page::number).containsExactly(1, 2, 3, 4);
        assertThat(pages).allSatisfy(p -> assertThat(p).isInstanceOf(ScannedPages.Page.Read.class));
        List<String> texts = pages.stream().map(p -> ((ScannedPages.Page.Read) p).text().replaceAll("\\s", ""))
                .toList();
        assertThat(texts.get(0)).contains("满意度测评的通知");
        assertThat(texts.get(1)).contains("学习实践活动成效");
        assertThat(texts.get(2)).contains("局领导班子");
        assertThat(texts.get(3)).contains("报送测评结果");
        assertThat(scans.peakParallelPages()).isEqualTo(settings.threads()); // 2 on two cores, 1 on one
    }

    @Test
    void aPageTooLargeToRenderFailsAndTheOthersAreRead() throws Exception {
        assumeTrue(OcrSupport.available(), "tesseract with chi_sim is not installed");
        Path pdf = TestFiles.withHugePage(TestFiles.scannedPages(dir.resolve("大页.pdf"), FOUR_PAGES.subList(0, 2)),
                1, 200);

        List<ScannedPages.Page> pages = new ScannedPages(new OcrSettings(2, 150, 3, "chi_sim"))
                .read(pdf, List.of(1, 2, 3), Duration.ofMinutes(2));

        assertThat(pages).extracting(ScannedPages.Page::number).containsExactly(1, 2, 3);
        assertThat(pages.get(1)).isEqualTo(new ScannedPages.Page.Failed(2,
                "页面太大（30000×30000 像素，上限 60000000），未识别"));
        assertThat(((ScannedPages.Page.Read) pages.get(0)).text().replaceAll("\\s", "")).contains("满意度测评");
        assertThat(((ScannedPages.Page.Read) pages.get(2)).text().replaceAll("\\s", "")).contains("学习实践活动");
    }

    @Test
    void anInterruptedReadStopsItsTesseractRuns() throws Exception {
        assumeTrue(OcrSupport.available(), "tesseract with chi_sim is not installed");
        Path pdf = TestFiles.scannedPages(dir.resolve("超时.pdf"), FOUR_PAGES);
        ScannedPages scans = new ScannedPages(new OcrSettings(2, 150, 3, "chi_sim"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                scans.read(pdf, List.of(1, 2, 3, 4), Duration.ofMinutes(2));
            } catch (Exception e) {
                thrown.set(e);
            }
        });
        reader.start();
        while (scans.peakParallelPages() == 0 && reader.isAlive()) {
            Thread.sleep(10); // until a tesseract run has started
        }
        reader.interrupt(); // what IngestPipeline's per-file time limit does
        reader.join();

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("tesseract"))
                .forEach(p -> assertThat(p.onExit()).succeedsWithin(Duration.ofSeconds(30)));
    }

    @Test
    void pagesTikasAutoStrategyWouldOcrAreChosen() {
        Metadata m = new Metadata();
        // page 1: text; 2: blank; 3: exactly 10 characters; 4: text in a font without a Unicode map
        int[][] pages = {{1200, 0}, {0, 0}, {10, 0}, {800, 790}};
        for (int[] p : pages) {
            m.add(PDF.CHARACTERS_PER_PAGE, p[0]);
            m.add(PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE, p[1]);
        }
        assertThat(ScannedPages.needOcr(m)).containsExactly(2, 3, 4);
        assertThat(ScannedPages.needOcr(new Metadata())).isEmpty();
    }
}
