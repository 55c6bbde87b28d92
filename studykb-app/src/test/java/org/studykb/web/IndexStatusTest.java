package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.studykb.access.Role;
import org.studykb.index.IndexReport;
import org.studykb.store.AuditLog;
import org.studykb.web.security.Roles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 索引状态: the administrator sees the runs, every file that failed with its reason and OCR's state, and retries one
 * file (page and API, CSRF, audited); nobody else sees any of it.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class IndexStatusTest {
    static final String BROKEN = "分析检查/损坏的对照检查材料.docx";
    static final String STILL_BROKEN = "分析检查/仍然损坏.pdf";
    static final WebFixture FIXTURE = WebFixture.create();
    static final IndexReport RUN;
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            FIXTURE.addAndIndex(STILL_BROKEN, "%PDF-1.4 这不是 PDF".getBytes(StandardCharsets.UTF_8));
            RUN = FIXTURE.addAndIndex(BROKEN, brokenDocx());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a zip (a .docx is one) and then nothing a zip reader can use. */
    static byte[] brokenDocx() {
        byte[] bytes = new byte[600];
        new java.util.Random(15).nextBytes(bytes);
        System.arraycopy(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, 0, bytes, 0, 8);
        return bytes;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    private MvcResult as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(role.name().toLowerCase())
                .authorities(Roles.authorities(EnumSet.of(role))))).andReturn();
    }

    private static String text(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFixtureRunFailedOnBothFiles() {
        assertThat(RUN.failures()).extracting(IndexReport.Problem::path).containsExactly(STILL_BROKEN, BROKEN);
    }

    @Test
    void theAdministratorSeesRunsFailuresWithReasonsAndOcr() throws Exception {
        MvcResult r = as(Role.ADMIN, get("/admin/index-status"));
        String html = text(r);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("<h1>索引状态</h1>").contains("id=\"ocr\"").contains("id=\"runs\"")
                .contains("无法读取的文件（2 个）")
                .contains("<td class=\"path\">" + BROKEN + "</td>")
                .contains(RUN.failures().get(1).reason())
                .contains("name=\"_csrf\"").contains(">重试</button>")
                .doesNotContain("Exception");
        assertThat(html).as("times as local dates, never ISO instants (a CSRF token may hold any letters)")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        assertThat(RUN.failures().get(1).reason()).as("a reason in Chinese").containsPattern("\\p{IsHan}");
        assertThat(html).as("the nav links the page").contains("href=\"/admin/index-status\"");
    }

    @Test
    void nobodyElseSeesItNorRetriesAndTheRefusalKeepsTheFrame() throws Exception {
        for (Role role : EnumSet.of(Role.MEMBER, Role.WRITER, Role.LEADER)) {
            MvcResult page = as(role, get("/admin/index-status"));
            assertThat(page.getResponse().getStatus()).as(role.name()).isEqualTo(403);
            assertThat(text(page)).contains("<header class=\"site\"").doesNotContain(BROKEN)
                    .doesNotContain("href=\"/admin/index-status\"");
            assertThat(as(role, get("/api/admin/index-status")).getResponse().getStatus()).isEqualTo(403);
            assertThat(as(role, post("/api/admin/index-status/retry").param("id", BROKEN).with(csrf()))
                    .getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(as(Role.ADMIN, post("/admin/index-status/retry").param("id", BROKEN)).getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);
    }

    @Test
    void theApiGivesTheSameStatus() throws Exception {
        JsonNode status = JSON.readTree(text(as(Role.ADMIN, get("/api/admin/index-status"))));
        assertThat(status.get("ocr").isBoolean()).isTrue();
        assertThat(status.get("runs").size()).isEqualTo(2);
        assertThat(status.get("runs").get(0).get("failed").asInt()).isEqualTo(2);
        assertThat(status.get("runs").get(0).get("startedAt").asString()).isEqualTo(RUN.startedAt());
        assertThat(status.get("failed").findValuesAsString("id")).contains(BROKEN, STILL_BROKEN);
    }

    @Test
    void aRetryOfAFileThatStillFailsSaysWhyAndKeepsItListed() throws Exception {
        MvcResult r = as(Role.ADMIN, post("/api/admin/index-status/retry").param("id", STILL_BROKEN).with(csrf()));
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        JsonNode body = JSON.readTree(text(r));
        assertThat(body.get("indexed").asBoolean()).isFalse();
        assertThat(body.get("message").asString()).startsWith("仍无法读取：");
        assertThat(text(as(Role.ADMIN, get("/admin/index-status")))).contains(STILL_BROKEN);
        AuditLog.Event e = audit.of(STILL_BROKEN, 1).get(0);
        assertThat(e.action()).isEqualTo("RETRY_INDEX");
        assertThat(e.actor()).isEqualTo("admin");
        assertThat(e.after()).startsWith("仍无法读取：");
    }

    @Test
    void aRetryOfAPathThatDidNotFailIsNotFound() throws Exception {
        assertThat(as(Role.ADMIN, post("/api/admin/index-status/retry").param("id", WebFixture.PLAN).with(csrf()))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(as(Role.ADMIN, post("/api/admin/index-status/retry").param("id", "../../etc/passwd").with(csrf()))
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRetryAfterTheFileWasReplacedIndexesItAndItLeavesTheList() throws Exception {
        String id = "整改落实/换过的文件.txt";
        FIXTURE.addAndIndex(id, new byte[0]);
        assertThat(text(as(Role.ADMIN, get("/admin/index-status")))).contains(id).contains("文件是空的");
        Files.writeString(FIXTURE.corpus.resolve(id), "换过的文件\n\n建立健全联系群众长效机制。\n", StandardCharsets.UTF_8);
        MvcResult r = as(Role.ADMIN, post("/admin/index-status/retry").param("id", id).with(csrf()));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/index-status");
        assertThat(r.getFlashMap().get("retry")).asString().contains("已重新读取并索引");
        assertThat(text(as(Role.ADMIN, get("/admin/index-status")))).doesNotContain(id);
        JsonNode hits = JSON.readTree(text(as(Role.MEMBER, get("/api/search").param("q", "长效机制"))));
        assertThat(hits.findValuesAsString("id")).contains(id);
        assertThat(audit.of(id, 1).get(0).action()).isEqualTo("RETRY_INDEX");
    }
}
