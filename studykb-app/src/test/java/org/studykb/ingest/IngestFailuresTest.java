package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file is a Failed result with a reason a secretary understands; nothing throws. */
class IngestFailuresTest {

    @TempDir
    static Path root;
    private static IngestPipeline pipeline;

    @BeforeAll
    static void setUp() throws IOException {
        pipeline = IngestPipeline.load(Path.of("indexer"));
        TestFiles.copyFixtures(root);
    }

    static IngestFailure failed(IngestPipeline p, Path file) {
        IngestResult r = p.ingest(root, file);
        assertThat(r).as("%s", r).isInstanceOf(IngestResult.Failed.class);
        IngestFailure f = ((IngestResult.Failed) r).failure();
        assertThat(f.id()).isEqualTo(IngestPipeline.id(root, file));
        assertThat(f.detail()).isNotBlank();
        return f;
    }

    static IngestFailure failed(Path file) {
        return failed(pipeline, file);
    }

    @Test
    void anEmptyFile() throws IOException {
        assertThat(failed(Files.createFile(root.resolve("空文件.docx"))).reason()).isEqualTo("文件是空的（0 字节）");
    }

    @Test
    void aCorruptDocx() throws IOException {
        byte[] docx = Files.readAllBytes(root.resolve("notice.docx"));
        Path cut = Files.write(root.resolve("损坏.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        assertThat(failed(cut).reason()).isEqualTo("文件已损坏或格式无法识别");
    }

    @Test
    void anEncryptedPdf() throws IOException {
        IngestFailure f = failed(TestFiles.encryptedPdf(root.resolve("加密.pdf")));
        assertThat(f.reason()).isEqualTo("文件已加密（设有打开密码），无法读取");
        assertThat(f.detail()).containsIgnoringCase("encrypt");
    }

    @Test
    void aZipBombDocx() throws IOException {
        IngestFailure f = failed(TestFiles.zipBombDocx(root.resolve("炸弹.docx")));
        assertThat(f.reason()).isEqualTo("文件异常：解压后体积过大（疑似压缩炸弹），未读取");
    }

    @Test
    void binaryJunkNamedTxt() throws IOException {
        IngestFailure f = failed(TestFiles.binaryJunk(root.resolve("说明.txt")));
        assertThat(f.reason()).isEqualTo("不是文本文件：内容是二进制数据，扩展名可能有误");
    }

    @Test
    void aWpsFileTikaCannotRead() throws IOException {
        IngestFailure f = failed(TestFiles.unknownOle2(root.resolve("老文件.wps")));
        assertThat(f.reason()).contains("WPS").contains("另存为");
    }

    @Test
    void aFolderNamedLikeAFile() throws IOException {
        assertThat(failed(Files.createDirectory(root.resolve("目录.docx"))).reason())
                .isEqualTo("无法读取文件（可能是文件夹、循环的快捷方式或磁盘错误）");
    }

    @Test
    void aMissingFileAndADanglingLink() throws IOException {
        assertThat(failed(root.resolve("不存在.docx")).reason()).isEqualTo("文件不存在或已被移走（也可能是失效的快捷方式）");
        Path link = Files.createSymbolicLink(root.resolve("失效链接.docx"), root.resolve("nowhere.docx"));
        assertThat(failed(link).reason()).isEqualTo("文件不存在或已被移走（也可能是失效的快捷方式）");
    }

    @Test
    void aSymlinkLoop() throws IOException {
        Path a = root.resolve("loop-a.docx");
        Path b = root.resolve("loop-b.docx");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(failed(a).reason()).isEqualTo("无法读取文件（可能是文件夹、循环的快捷方式或磁盘错误）");
    }

    @Test
    void aFileWithoutReadPermission() throws IOException {
        Path f = Files.copy(root.resolve("notice.docx"), root.resolve("无权限.docx"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "running as root: permissions do not stop us");
            assertThat(failed(f).reason()).isEqualTo("没有读取权限，无法打开文件");
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aScanWithoutOcrSaysWhatToInstall() throws IOException {
        IngestPipeline noOcr = IngestPipeline.load(Path.of("indexer"), false);
        Path scan = TestFiles.scannedPdf(root.resolve("扫描-无OCR.pdf"), List.of("关于开展群众满意度测评的通知"));
        assertThat(failed(noOcr, scan).reason())
                .isEqualTo("未提取到文字：可能是扫描件，未安装OCR（tesseract-ocr、tesseract-ocr-chi-sim）");
        Path png = TestFiles.png(root.resolve("照片-无OCR.png"), List.of("学习实践活动简报"));
        assertThat(failed(noOcr, png).reason()).startsWith("未提取到文字：可能是扫描件，未安装OCR");
    }

    @Test
    void aBlankPdfIsNeverAnEmptyDocument() throws IOException {
        Path blank = TestFiles.scannedPdf(root.resolve("空白页.pdf"), List.of());
        String reason = failed(blank).reason();
        assertThat(reason).startsWith("未提取到文字");
    }

    @Test
    void aFileOverTheSizeLimit(@TempDir Path config) throws IOException {
        IngestPipeline small = withLimits(config, "max-file-size: 100MB", "max-file-size: 10KB");
        IngestFailure f = failed(small, root.resolve("notice.pdf"));
        assertThat(f.reason()).startsWith("文件太大（").endsWith("超过上限 10.0 KB");
    }

    @Test
    void aFileThatTakesTooLong(@TempDir Path config) throws IOException {
        IngestPipeline hasty = withLimits(config, "max-time-per-file: 180s", "max-time-per-file: 1ms");
        assertThat(hasty.limits().maxTime().toMillis()).isEqualTo(1);
        assertThat(failed(hasty, root.resolve("notice.pdf")).reason()).startsWith("读取超时");
    }

    @Test
    void tooMuchTextIsTruncatedWithAWarning(@TempDir Path config) throws IOException {
        IngestPipeline brief = withLimits(config, "max-text-chars: 2000000", "max-text-chars: 60");
        for (String name : List.of("notice.docx", "notice.html")) {
            IngestResult r = brief.ingest(root, root.resolve(name));
            assertThat(r).as(name).isInstanceOf(IngestResult.Ingested.class);
            IngestedDocument d = ((IngestResult.Ingested) r).document();
            assertThat(d.text().length()).isLessThanOrEqualTo(60);
            assertThat(d.warnings()).contains("文字太长，只收录了前 60 字");
        }
        Path txt = Files.writeString(root.resolve("长文.txt"), "学习".repeat(100), StandardCharsets.UTF_8);
        IngestedDocument d = ((IngestResult.Ingested) brief.ingest(root, txt)).document();
        assertThat(d.text()).hasSize(60);
        assertThat(d.warnings()).contains("文字太长，只收录了前 60 字");
    }

    private static IngestPipeline withLimits(Path config, String from, String to) throws IOException {
        IndexerConfigTest.copyIndexer(config);
        Path ingest = config.resolve("ingest.yml");
        String yml = Files.readString(ingest);
        assertThat(yml).contains(from);
        Files.writeString(ingest, yml.replace(from, to));
        return IngestPipeline.load(config);
    }
}
