package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import org.studykb.access.Role;
import org.studykb.store.AuditLog;
import org.studykb.web.security.Roles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms that keep data consistent: the phase follows the campaign, bad values are refused with a message that
 * keeps the user's input and changes nothing, and uploads carry campaign, phase, tags and access from the start.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "studykb.upload.max-file-size=64KB")
@AutoConfigureMockMvc
class FormsTest {
    static final WebFixture FIXTURE = WebFixture.create();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PRACTICE = WebFixture.CAMPAIGN;
    static final String MASS_LINE = "党的群众路线教育实践活动";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    private MvcResult as(Role role, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(role.name().toLowerCase())
                .authorities(Roles.authorities(EnumSet.of(role)))).with(csrf())).andReturn();
    }

    private static String text(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode document(String id) throws Exception {
        return JSON.readTree(text(as(Role.ADMIN, get("/api/document").param("id", id))));
    }

    private static String value(JsonNode doc, String field) {
        for (JsonNode v : doc.get("values")) {
            if (v.get("field").asString().equals(field)) {
                return v.get("value").isNull() ? null : v.get("value").asString();
            }
        }
        return null;
    }

    private static MockMultipartFile text(String name, String body) {
        return new MockMultipartFile("files", name, "text/plain", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theEditFormGroupsPhasesByCampaignAndLabelsEachRole() throws Exception {
        String html = text(as(Role.WRITER, get("/document").param("id", WebFixture.OPINIONS)));
        assertThat(html).contains("<select name=\"campaign\" id=\"edit-campaign\" data-phases=\"edit-phase\">")
                .contains("<option value=\"" + PRACTICE + "\" selected=\"selected\">")
                .containsPattern("<optgroup label=\"" + PRACTICE + "\" data-campaign=\"" + PRACTICE + "\">\\s*"
                        + "<option value=\"学习调研\">学习调研</option>\\s*"
                        + "<option value=\"分析检查\" selected=\"selected\">分析检查</option>")
                .contains("<optgroup label=\"" + MASS_LINE + "\"")
                .contains("/js/phases.js");
        for (String role : List.of("MEMBER", "WRITER", "LEADER")) {
            assertThat(html).containsPattern("<input type=\"checkbox\" name=\"access\" id=\"edit-access-" + role
                    + "\" value=\"" + role + "\">\\s*<label for=\"edit-access-" + role + "\">[^<]+</label>");
        }
    }

    @Test
    void aPhaseOfAnotherCampaignIsRefusedTheInputKeptAndNothingChanged() throws Exception {
        int events = audit.of(WebFixture.OPINIONS, 50).size();
        MvcResult r = as(Role.WRITER, post("/document/edit").param("id", WebFixture.OPINIONS)
                .param("type", "意见建议汇总").param("campaign", PRACTICE).param("phase", "查摆问题、开展批评")
                .param("tags", "我填的标签").param("accessShown", "1"));
        String html = text(r);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(html).contains("<header class=\"site\"").contains("id=\"refused\"")
                .contains("阶段「查摆问题、开展批评」不属于活动「" + PRACTICE + "」；该活动的阶段：学习调研、分析检查、整改落实")
                .contains("value=\"我填的标签\"")
                .contains("<option value=\"查摆问题、开展批评\" selected=\"selected\">");
        JsonNode doc = document(WebFixture.OPINIONS);
        assertThat(value(doc, "phase")).isEqualTo("分析检查");
        assertThat(doc.get("tags").size()).isZero();
        assertThat(audit.of(WebFixture.OPINIONS, 50)).hasSize(events);
    }

    @Test
    void anUnknownCampaignAnUnknownTypeAndATooLongTagAreRefused() throws Exception {
        for (String[] bad : List.of(new String[] {"campaign", "没有的活动", "没有「没有的活动」这个活动"},
                new String[] {"type", "随便写的类型", "没有「随便写的类型」这个类型"},
                new String[] {"tags", "长".repeat(41), "标签"})) {
            MvcResult r = as(Role.WRITER, post("/document/edit").param("id", WebFixture.PLAN).param(bad[0], bad[1]));
            assertThat(r.getResponse().getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(text(r)).as(bad[0]).contains("id=\"refused\"").contains(bad[2]).contains("value=\"" + bad[1] + "\"");
        }
        JsonNode doc = document(WebFixture.PLAN);
        assertThat(value(doc, "type")).isEqualTo("整改方案");
        assertThat(value(doc, "campaign")).isEqualTo(PRACTICE);
        assertThat(doc.get("tags").get(0).asString()).isEqualTo("台账");
    }

    @Test
    void aCampaignAndOneOfItsPhasesAreSavedTogether() throws Exception {
        MvcResult r = as(Role.WRITER, post("/document/edit").param("id", WebFixture.REPORT)
                .param("campaign", MASS_LINE).param("phase", "整改落实、建章立制"));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        JsonNode doc = document(WebFixture.REPORT);
        assertThat(value(doc, "campaign")).isEqualTo(MASS_LINE);
        assertThat(value(doc, "phase")).isEqualTo("整改落实、建章立制");
    }

    @Test
    void anUploadCarriesCampaignPhaseTagsAndAccessForEachFileOfABatch() throws Exception {
        MvcResult r = as(Role.WRITER, multipart("/upload")
                .file(text("第一份.txt", "第一份材料\n\n专题学习党章党规，读原著学原文。\n"))
                .file(text("第二份.txt", "第二份材料\n\n为群众办实事清单，逐项销号。\n"))
                .param("campaign", "党史学习教育").param("phase", "我为群众办实事")
                .param("tags", "批量，预设").param("access", "WRITER"));
        String html = text(r);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        List<String> ids = JSON.readTree(text(as(Role.WRITER, get("/api/search").param("q", "材料 办实事 党章"))))
                .findValuesAsString("id").stream().filter(id -> id.startsWith("uploads/")).distinct().toList();
        assertThat(html).contains("第一份.txt").contains("第二份.txt").doesNotContain("未上传");
        assertThat(ids).hasSize(2);
        for (String id : ids) {
            JsonNode doc = document(id);
            assertThat(value(doc, "campaign")).isEqualTo("党史学习教育");
            assertThat(value(doc, "phase")).isEqualTo("我为群众办实事");
            assertThat(doc.get("tags").toString()).contains("批量").contains("预设");
            assertThat(doc.get("access").toString()).contains("WRITER").contains("ADMIN");
            assertThat(text(as(Role.MEMBER, get("/api/document").param("id", id)))).doesNotContain("第");
        }
        String mine = text(as(Role.WRITER, get("/uploads/mine")));
        assertThat(mine).contains("第一份.txt").contains("第二份.txt").contains("已索引")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}").doesNotContain("T0");
        assertThat(text(as(Role.LEADER, get("/uploads/mine")))).doesNotContain("第一份.txt");
    }

    @Test
    void aBadPresetRefusesTheWholeUploadKeepsTheChoicesAndStoresNothing() throws Exception {
        List<String> before = FIXTURE.uploadedFiles();
        for (String[] bad : List.of(new String[] {"没有的活动", "", "没有「没有的活动」这个活动"},
                new String[] {"党史学习教育", "分析检查", "阶段「分析检查」不属于活动「党史学习教育」"})) {
            MvcResult r = as(Role.WRITER, multipart("/upload").file(text("预设有误.txt", "不应保存\n"))
                    .param("campaign", bad[0]).param("phase", bad[1]).param("tags", "保留的标签").param("access", "WRITER"));
            String html = text(r);
            assertThat(r.getResponse().getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(html).contains("<header class=\"site\"").contains("id=\"refused\"").contains(bad[2])
                    .contains("value=\"保留的标签\"").containsPattern("value=\"WRITER\"\\s+checked")
                    .contains("<option value=\"" + bad[0] + "\" selected=\"selected\">");
        }
        assertThat(FIXTURE.uploadedFiles()).isEqualTo(before);
        MvcResult none = as(Role.WRITER, multipart("/upload").param("campaign", PRACTICE));
        assertThat(none.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(none)).contains("没有选择文件");
    }

    @Test
    void anOversizedFileAndAHostileNameGetAClearMessageAndShowUnderMyUploads() throws Exception {
        List<String> before = FIXTURE.uploadedFiles();
        MockMultipartFile big = new MockMultipartFile("files", "太大的文件.txt", "text/plain",
                "大".repeat(30_000).getBytes(StandardCharsets.UTF_8));
        MockMultipartFile hostile = text("..\\..\\etc\\<img src=x onerror=alert(1)>\u202E.txt", "");
        MvcResult r = as(Role.LEADER, multipart("/upload").file(big).file(hostile));
        String html = text(r);
        assertThat(html).contains("太大的文件.txt").contains("文件太大").contains("上限是 0.1 MB")
                .contains("&lt;img src=x onerror=alert(1)&gt;.txt").contains("文件是空的")
                .doesNotContain("<img src=x").doesNotContain("etc\\").doesNotContain("\u202E");
        assertThat(FIXTURE.uploadedFiles()).isEqualTo(before);
        String mine = text(as(Role.LEADER, get("/uploads/mine")));
        assertThat(mine).contains("太大的文件.txt").contains("未索引").contains("文件太大")
                .contains("&lt;img src=x onerror=alert(1)&gt;.txt").doesNotContain("<img src=x");
    }

    @Test
    void theApiTakesTheSamePresetAndRefusesAPhaseOfAnotherCampaign() throws Exception {
        MvcResult bad = as(Role.WRITER, multipart("/api/upload").file(text("接口.txt", "接口上传\n"))
                .param("campaign", PRACTICE).param("phase", "专题学习"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(bad)).contains("不属于活动");
        MvcResult ok = as(Role.WRITER, multipart("/api/upload").file(text("接口.txt", "接口上传的整改清单\n"))
                .param("campaign", PRACTICE).param("phase", "整改落实").param("tags", "接口"));
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        String id = JSON.readTree(text(ok)).get(0).get("id").asString();
        assertThat(value(document(id), "phase")).isEqualTo("整改落实");
        assertThat(document(id).get("tags").get(0).asString()).isEqualTo("接口");
    }
}
