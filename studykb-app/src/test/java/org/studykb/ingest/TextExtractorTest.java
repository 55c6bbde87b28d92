package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a PDF's text layer and its scanned pages come together; real files, real tesseract. */
class TextExtractorTest {

    private static final IngestSettings SETTINGS = IngestSettings.load(Path.of("indexer"));
    private static TextExtractor withOcr;
    private static TextExtractor withoutOcr;
    @TempDir
    static Path root;

    @BeforeAll
    static void setUp() {
        withOcr = new TextExtractor(SETTINGS, true);
        withoutOcr = new TextExtractor(SETTINGS, false);
    }

    private static Extraction extract(TextExtractor extractor, Path file) throws Exception {
        return extractor.extract(file, Files.size(file));
    }

    private static String compact(String s) {
        return s.replaceAll("\\s", "");
    }

    @Test
    void aMultiPageScanIsReadWholeInPageOrder() throws Exception {
        assumeTrue(OcrSupport.available(), "tesseract with chi_sim is not installed");
        Path scan = TestFiles.scannedPages(root.resolve("扫描件-四页.pdf"), ScannedPagesTest.FOUR_PAGES);

        Extraction ex = extract(withOcr, scan);

        assertThat(ex.ocr()).isTrue();
        assertThat(ex.warnings()).containsExactly(TextExtractor.OCR_WARNING);
        String text = compact(ex.text());
        int p1 = text.indexOf("满意度测评的通知");
        int p2 = text.indexOf("学习实践活动成效");
        int p3 = text.indexOf("局领导班子");
        int p4 = text.indexOf("报送测评结果");
        assertThat(p1).isNotNegative();
        assertThat(p2).isGreaterThan(p1);
        assertThat(p3).isGreaterThan(p2);
        assertThat(p4).isGreaterThan(p3);
    }

    @Test
    void aFailingPageIsReportedByFileAndPageAndTheOthersKept() throws Exception {
        assumeTrue(OcrSupport.available(), "tesseract with chi_sim is not installed");
        Path dir = Files.createDirectories(root.resolve("扫描"));
        Path scan = TestFiles.withHugePage(TestFiles.scannedPages(dir.resolve("坏页.pdf"),
                ScannedPagesTest.FOUR_PAGES.subList(0, 2)), 1, 200);

        IngestResult r = IngestPipeline.load(Path.of("indexer"), true).ingest(root, scan);

        assertThat(r).isInstanceOf(IngestResult.Ingested.class);
        IngestedDocument d = ((IngestResult.Ingested) r).document();
        assertThat(d.id()).isEqualTo("扫描/坏页.pdf");
        assertThat(d.warnings()).containsExactly(TextExtractor.OCR_WARNING,
                "第 2 页未能识别（OCR）：页面太大（30000×30000 像素，上限 60000000），未识别");
        String text = compact(d.text());
        assertThat(text.indexOf("学习实践活动成效")).isGreaterThan(text.indexOf("满意度测评的通知")).isPositive();
    }

    @Test
    void aTextLayerIsReadAsWithoutOcrAndScannedPagesFollowIt() throws Exception {
        assumeTrue(OcrSupport.available(), "tesseract with chi_sim is not installed");
        Path notice = Files.copy(TestFiles.RESOURCES.resolve("notice.pdf"), root.resolve("notice.pdf"));
        Path mixed = TestFiles.textThenScannedPages(root.resolve("正文加扫描页.pdf"),
                ScannedPagesTest.FOUR_PAGES.subList(2, 4));
        String textLayer = extract(withoutOcr, notice).text();

        Extraction plain = extract(withOcr, notice);
        Extraction both = extract(withOcr, mixed);

        assertThat(plain.text()).isEqualTo(textLayer);
        assertThat(plain.ocr()).isFalse();
        assertThat(plain.warnings()).isEmpty();
        assertThat(both.ocr()).isTrue();
        assertThat(both.text()).startsWith(textLayer.strip());
        String scanned = compact(both.text().substring(textLayer.strip().length()));
        assertThat(scanned.indexOf("报送测评结果")).isGreaterThan(scanned.indexOf("局领导班子")).isNotNegative();
    }
}
