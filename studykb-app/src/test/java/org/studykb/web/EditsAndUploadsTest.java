package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.studykb.index.Fields;
import org.studykb.index.ManualValues;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.AuditLog;
import org.studykb.access.Role;
import org.studykb.web.security.Roles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Edits and uploads: saved, audited and searchable at once; each refused file says which and why. */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "studykb.upload.max-file-size=64KB")
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(MockMvcSupport.SignedIn.class)
class EditsAndUploadsTest {
    static final WebFixture FIXTURE = WebFixture.create();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    ManualValuesStore manualValues;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    private long total(String q) throws Exception {
        String body = mvc.perform(get("/api/search").param("q", q)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body).get("total").asLong();
    }

    @Test
    void editFormSavesAuditsAndIsSearchableAtOnce() throws Exception {
        assertThat(total("phase:分析检查 以人为本")).isZero();
        MvcResult r = mvc.perform(post("/document/edit").param("id", WebFixture.ESSAY).param("type", "心得体会")
                .param("phase", "分析检查").param("campaign", WebFixture.CAMPAIGN).param("tags", "体会，作风"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/document?id=").doesNotContain("jsessionid");
        assertThat(r.getFlashMap().get("outcome").toString()).contains("已保存");
        assertThat(total("phase:分析检查 以人为本")).isEqualTo(1);
        assertThat(total("tag:作风")).isEqualTo(1);
        List<AuditLog.Event> events = audit.of(WebFixture.ESSAY, 5);
        assertThat(events.get(0).action()).isEqualTo("EDIT_METADATA");
        assertThat(events.get(0).before()).contains("phase=学习调研");
        assertThat(events.get(0).after()).contains("phase=分析检查").contains("tag=体会、作风");
        assertThat(manualValues.snapshot().of(WebFixture.ESSAY).single(Fields.PHASE)).get()
                .extracting(ManualValues.Manual::value).isEqualTo("分析检查");
        String page = mvc.perform(get("/document").param("id", WebFixture.ESSAY)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("修改记录").contains("把阶段从「学习调研」改为「分析检查」")
                .contains("标签加上「体会」、「作风」").doesNotContain("phase=");
    }

    @Test
    void savingTheFormUnchangedMakesNoManualValues() throws Exception {
        mvc.perform(post("/document/edit").param("id", WebFixture.PAGE).param("type", "").param("phase", "")
                .param("campaign", "").param("tags", ""));
        assertThat(audit.of(WebFixture.PAGE, 5)).isEmpty();
    }

    @Test
    void tagsApiReplacesTheTags() throws Exception {
        MvcResult r = mvc.perform(put("/api/tags").param("id", WebFixture.REPORT)
                .contentType(MediaType.APPLICATION_JSON).content("{\"tags\":[\"满意度\",\"测评\"]}")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("tags").toString())
                .isEqualTo("[\"满意度\",\"测评\"]");
        assertThat(total("tag:测评")).isEqualTo(1);
        assertThat(audit.of(WebFixture.REPORT, 1).get(0).action()).isEqualTo("EDIT_TAGS");
        assertThat(mvc.perform(put("/api/tags").param("id", WebFixture.REPORT)
                .contentType(MediaType.APPLICATION_JSON).content("{\"tags\":")).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(put("/api/tags").param("id", WebFixture.REPORT)
                .contentType(MediaType.APPLICATION_JSON).content("{\"tags\":[\"" + "长".repeat(41) + "\"]}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("标签最长");
    }

    @Test
    void correctionApiSetsAndClearsManualValues() throws Exception {
        String body = mvc.perform(put("/api/document").param("id", WebFixture.OPINIONS)
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"座谈会记录\"}")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode saved = JSON.readTree(body);
        assertThat(saved.get("changed").asBoolean()).isTrue();
        assertThat(saved.get("indexed").asBoolean()).isTrue();
        assertThat(total("type:座谈会记录")).isEqualTo(1);
        assertThat(total("type:意见建议汇总")).isZero();
        assertThat(total("phase:分析检查 走马观花")).as("fields left out are kept").isEqualTo(1);
        assertThat(mvc.perform(put("/api/document").param("id", "没有.txt").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anEditNeedsNotReadTheFileAgain() throws Exception {
        assertThat(total("phase:整改落实 第一要义")).isZero();
        Files.delete(FIXTURE.corpus.resolve(WebFixture.LECTURE));
        String body = mvc.perform(put("/api/document").param("id", WebFixture.LECTURE)
                .contentType(MediaType.APPLICATION_JSON).content("{\"phase\":\"整改落实\"}")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode saved = JSON.readTree(body);
        assertThat(saved.get("changed").asBoolean()).as(body).isTrue();
        assertThat(saved.get("indexed").asBoolean()).as(body).isTrue();
        assertThat(total("phase:整改落实 第一要义")).as("found under the new phase at once").isEqualTo(1);
        assertThat(total("phase:学习调研 第一要义")).isZero();
        assertThat(total("type:党课讲稿 第一要义")).as("the other manual values are kept").isEqualTo(1);
    }

    @Test
    void uploadedFileIsSearchableAtOnceAndStoredUnderOurName() throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", "../../上传的<通知>.txt", "text/plain",
                "关于开展读书月活动的通知\n\n全体党员每月精读一本理论著作，撰写读书笔记。\n".getBytes(StandardCharsets.UTF_8));
        MvcResult r = mvc.perform(multipart("/api/upload").file(file)).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(200);
        JsonNode result = JSON.readTree(body).get(0);
        assertThat(result.get("ok").asBoolean()).isTrue();
        assertThat(result.get("file").asString()).isEqualTo("上传的<通知>.txt");
        String id = result.get("id").asString();
        assertThat(id).matches("uploads/\\d{8}-\\d{6}-[0-9a-f]{8}\\.txt");
        assertThat(Files.isRegularFile(FIXTURE.data.resolve(id))).isTrue();
        assertThat(total("读书笔记")).isEqualTo(1);
        assertThat(audit.of(id, 1).get(0).action()).isEqualTo("UPLOAD");
        MvcResult download = mvc.perform(get("/api/file").param("id", id)).andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("%3C%E9%80%9A%E7%9F%A5%3E.txt");
        MvcResult again = mvc.perform(multipart("/api/upload").file(file)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        JsonNode same = JSON.readTree(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).get(0);
        assertThat(same.get("duplicate").asBoolean()).isTrue();
        assertThat(same.get("id").asString()).isEqualTo(id);
        assertThat(same.get("reason").asString()).contains("相同").contains("未重复保存");
    }

    @Test
    void anUploadMarkedInternalIsHiddenFromTheStartFromThoseNotAllowed() throws Exception {
        var writer = user("撰写人").authorities(Roles.authorities(EnumSet.of(Role.WRITER)));
        var member = user("党员").authorities(Roles.authorities(EnumSet.of(Role.MEMBER)));
        MockMultipartFile file = new MockMultipartFile("files", "内部.txt", "text/plain",
                "督导组谈话提纲\n\n请谈谈对班子成员落实廉洁纪律的看法。\n".getBytes(StandardCharsets.UTF_8));
        MvcResult r = mvc.perform(multipart("/api/upload").file(file).param("access", "WRITER").with(writer)
                .with(csrf())).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(200);
        String id = JSON.readTree(body).get(0).get("id").asString();
        String asMember = mvc.perform(get("/api/search").param("q", "谈话提纲").with(member)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(asMember).get("total").asLong()).as("a 党员 does not find it").isZero();
        assertThat(total("谈话提纲")).as("the administrator does").isEqualTo(1);
        assertThat(mvc.perform(get("/api/document").param("id", id).with(member)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/document").param("id", id).with(writer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"access\":[\"WRITER\",\"ADMIN\"]");
        assertThat(audit.of(id, 5)).extracting(AuditLog.Event::action).contains("UPLOAD", "EDIT_ACCESS");
        assertThat(manualValues.snapshot().of(id).single(Fields.ACCESS)).get()
                .extracting(ManualValues.Manual::value).isEqualTo("WRITER,ADMIN");
        MockMultipartFile other = new MockMultipartFile("files", "领导.txt", "text/plain",
                "另一份提纲\n\n只给领导看。\n".getBytes(StandardCharsets.UTF_8));
        MvcResult lockedOut = mvc.perform(multipart("/api/upload").file(other).param("access", "LEADER")
                .with(writer).with(csrf())).andReturn();
        assertThat(lockedOut.getResponse().getStatus()).isEqualTo(400);
        var leader = user("领导人").authorities(Roles.authorities(EnumSet.of(Role.LEADER)));
        MvcResult forLeaders = mvc.perform(multipart("/api/upload").file(other).param("access", "LEADER")
                .with(leader).with(csrf())).andReturn();
        assertThat(forLeaders.getResponse().getStatus()).isEqualTo(200);
        MockMultipartFile same = new MockMultipartFile("files", "再传.txt", "text/plain", other.getBytes());
        MvcResult again = mvc.perform(multipart("/api/upload").file(same).with(writer).with(csrf())).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the writer, who may not see the leaders' copy, gets a document of their own")
                .doesNotContain("相同").doesNotContain("领导.txt").contains("\"duplicate\":false");
    }

    @Test
    void aWordFileIsRecognisedByItsContentWhateverItsName() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            docx.createParagraph().createRun().setText("关于建立班子成员基层联系点制度的通知");
            docx.createParagraph().createRun().setText("每名班子成员联系一个基层单位，每季度蹲点调研不少于三天。");
            docx.write(out);
        }
        MockMultipartFile file = new MockMultipartFile("files", "联系点制度.txt", "text/plain", out.toByteArray());
        JsonNode result = JSON.readTree(mvc.perform(multipart("/api/upload").file(file)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get(0);
        assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("id").asString()).endsWith(".docx");
        assertThat(total("\"蹲点调研不少于三天\"")).isEqualTo(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedByName() throws Exception {
        MockMultipartFile big = new MockMultipartFile("files", "大文件.txt", "text/plain",
                "很长的文字。".repeat(12_000).getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(multipart("/api/upload").file(big)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("大文件.txt").contains("文件太大").contains("上限是 0.1 MB");
    }

    @Test
    void refusedFilesSayWhichAndWhyAndLeaveNothingBehind() throws Exception {
        MockMultipartFile binary = new MockMultipartFile("files", "程序.txt", "text/plain",
                new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0});
        MockMultipartFile empty = new MockMultipartFile("files", "空.txt", "text/plain", new byte[0]);
        MockMultipartFile good = new MockMultipartFile("files", "好.txt", "text/plain",
                "机关节能管理规定\n\n第一条 为建设节约型机关，制定本规定。\n".getBytes(StandardCharsets.UTF_8));
        String html = mvc.perform(multipart("/upload").file(binary).file(empty).file(good)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("程序.txt").contains("不支持的文件类型").contains("空.txt").contains("文件是空的")
                .contains("好.txt").contains("已保存并可检索");
        Path uploads = FIXTURE.data.resolve("uploads");
        try (var files = Files.list(uploads)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".incoming")).noneMatch(n -> n.contains("程序"));
        }
        assertThat(total("节约型机关")).isEqualTo(1);
        assertThat(mvc.perform(multipart("/api/upload")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }
}
