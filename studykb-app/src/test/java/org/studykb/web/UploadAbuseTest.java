package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.studykb.library.Uploads;
import org.studykb.store.AuditLog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads that arrive twice, as a zip bomb, under hostile names, or that a crash left half done. */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "studykb.upload.max-file-size=64KB")
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(MockMvcSupport.SignedIn.class)
class UploadAbuseTest {
    static final WebFixture FIXTURE = WebFixture.create();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    Uploads uploads;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    private MvcResult upload(MockMultipartFile... files) throws Exception {
        var request = multipart("/api/upload");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request).andReturn();
    }

    private static JsonNode body(MvcResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile text(String name, String text) {
        return new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private long total(String q) throws Exception {
        return body(mvc.perform(get("/api/search").param("q", q)).andReturn()).get("total").asLong();
    }

    @Test
    void theSameContentTwiceAnswersWithTheDocumentAlreadyThere() throws Exception {
        String content = "关于开展廉政警示教育的通知\n\n各支部组织观看警示教育片，每人撰写观后感。\n";
        JsonNode first = body(upload(text("警示教育.txt", content))).get(0);
        assertThat(first.get("ok").asBoolean()).as(first.toString()).isTrue();
        assertThat(first.get("duplicate").asBoolean()).isFalse();
        String id = first.get("id").asString();
        List<String> stored = FIXTURE.uploadedFiles();

        MvcResult again = upload(text("另一个名字.txt", content), text("再一次.txt", content));
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        for (JsonNode r : body(again)) {
            assertThat(r.get("ok").asBoolean()).isTrue();
            assertThat(r.get("duplicate").asBoolean()).isTrue();
            assertThat(r.get("id").asString()).isEqualTo(id);
            assertThat(r.get("title").asString()).isEqualTo("关于开展廉政警示教育的通知");
        }
        assertThat(FIXTURE.uploadedFiles()).as("nothing stored twice").isEqualTo(stored);
        assertThat(total("警示教育片")).isEqualTo(1);
        assertThat(audit.of(id, 10)).hasSize(1);
    }

    @Test
    void aCorpusFileUploadedAgainAnswersWithTheCorpusDocument() throws Exception {
        byte[] corpusFile = Files.readAllBytes(FIXTURE.corpus.resolve(WebFixture.PLAN));
        List<String> before = FIXTURE.uploadedFiles();
        JsonNode r = body(upload(new MockMultipartFile("files", "方案副本.txt", "text/plain", corpusFile))).get(0);
        assertThat(r.get("ok").asBoolean()).isTrue();
        assertThat(r.get("duplicate").asBoolean()).isTrue();
        assertThat(r.get("id").asString()).isEqualTo(WebFixture.PLAN);
        assertThat(FIXTURE.uploadedFiles()).isEqualTo(before);
        String page = mvc.perform(multipart("/upload").file(new MockMultipartFile("files", "方案副本.txt",
                "text/plain", corpusFile))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已有相同内容的文档，未重复保存");
    }

    @Test
    void aZipBombIsRefusedAndLeavesNothingBehind() throws Exception {
        List<String> before = FIXTURE.uploadedFiles();
        MockMultipartFile bomb = new MockMultipartFile("files", "炸弹.docx", "application/octet-stream", bombDocx());
        assertThat(bomb.getSize()).isLessThan(64 * 1024);
        MvcResult r = upload(bomb);
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        JsonNode result = body(r).get(0);
        assertThat(result.get("ok").asBoolean()).isFalse();
        assertThat(result.get("file").asString()).isEqualTo("炸弹.docx");
        assertThat(result.get("reason").asString()).startsWith("无法读取");
        assertThat(FIXTURE.uploadedFiles()).isEqualTo(before);
    }

    @Test
    void hostileNamesNeverBecomePathsAndAreShownCleaned() throws Exception {
        String[] names = {"../../../../tmp/逃逸.txt", "..\\..\\windows\\system32\\x.txt", "CON", ".htaccess",
                "a\u0000b.txt", "报告\u202Etxt.exe", "名".repeat(400) + ".txt", "<script>alert(1)</script>.txt", ""};
        for (int i = 0; i < names.length; i++) {
            JsonNode r = body(upload(text(names[i], "第" + i + "份怪名字的材料\n\n内容编号" + i + "号，用于检查文件名。\n"))).get(0);
            assertThat(r.get("ok").asBoolean()).as(names[i] + " → " + r).isTrue();
            assertThat(r.get("id").asString()).matches("uploads/\\d{8}-\\d{6}-[0-9a-f]{8}\\.txt");
            assertThat(r.get("file").asString()).doesNotContain("/").doesNotContain("\\").doesNotContain("\u0000")
                    .doesNotContain("\u202E").hasSizeLessThanOrEqualTo(201);
        }
        assertThat(Files.exists(Path.of("/tmp/逃逸.txt"))).isFalse();
        assertThat(FIXTURE.uploadedFiles()).allMatch(n -> n.matches("\\d{8}-\\d{6}-[0-9a-f]{8}\\.\\w+"));
    }

    @Test
    void startUpSetsAsideUnfinishedUploadsAndRemovesHalfCopiedOnes() throws Exception {
        Path dir = FIXTURE.data.resolve("uploads");
        Files.createDirectories(dir);
        Path orphan = Files.writeString(dir.resolve("20250101-000000-deadbeef.txt"),
                "没有记录的上传\n\n孤儿文件中的独特词语甲乙丙丁。\n", StandardCharsets.UTF_8);
        Path half = Files.writeString(dir.resolve(".incoming-123"), "半截", StandardCharsets.UTF_8);
        Uploads.Recovery r = uploads.recover();
        assertThat(r.setAside()).containsExactly("uploads/20250101-000000-deadbeef.txt");
        assertThat(r.missing()).isEmpty();
        assertThat(orphan).doesNotExist();
        assertThat(half).doesNotExist();
        assertThat(dir.resolve(Uploads.UNFINISHED).resolve(orphan.getFileName())).exists();
        assertThat(uploads.recover().nothing()).as("a second start finds nothing to do").isTrue();
    }

    /** A .docx whose document part inflates 1000:1 to 40 MB, small enough to pass the upload size limit. */
    private static byte[] bombDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                    + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = "整改".repeat(1 << 15).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 40 << 20; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
