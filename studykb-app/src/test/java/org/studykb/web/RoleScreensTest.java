package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.studykb.access.Role;
import org.studykb.web.security.Roles;

/** What each role sees: the controls it may use and no others, refusals inside the site's frame, in its words. */
class RoleScreensTest extends MockMvcSupport {

    private MvcResult as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(role.name().toLowerCase())
                .authorities(Roles.authorities(EnumSet.of(role))))).andReturn();
    }

    private String pageAs(Role role, String url) throws Exception {
        MvcResult r = as(role, get(java.net.URI.create(url)));
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(role + " " + url + "\n" + body).isEqualTo(200);
        return body;
    }

    private static String document() {
        return "/document?id=" + enc(WebFixture.PLAN);
    }

    @Test
    void aMemberSeesNeitherTheEditorNorTheUploadLinkAWriterSeesBoth() throws Exception {
        String member = pageAs(Role.MEMBER, document());
        assertThat(member).contains("id=\"doc-title\"").contains("下载原文件")
                .doesNotContain("id=\"edit\"").doesNotContain("name=\"accessShown\"").doesNotContain("id=\"save\"")
                .doesNotContain("href=\"/upload\"");
        String writer = pageAs(Role.WRITER, document());
        assertThat(writer).contains("id=\"edit\"").contains("name=\"accessShown\"").contains("href=\"/upload\"");
        assertThat(pageAs(Role.MEMBER, "/")).doesNotContain("href=\"/upload\"").doesNotContain("上传文件")
                .doesNotContain("href=\"/admin/users\"");
        assertThat(pageAs(Role.WRITER, "/")).contains("href=\"/upload\"").contains("上传文件");
    }

    @Test
    void theDocumentPageSpeaksTheUsersWords() throws Exception {
        String html = pageAs(Role.MEMBER, document());
        assertThat(html).contains("id=\"file-kind\">纯文本 · ").contains("依据：")
                .doesNotContain("来源：").doesNotContain("first-line").doesNotContain(" matched ")
                .doesNotContain("belongs to").doesNotContain(">text/plain<");
    }

    @Test
    void aWriterHasNoLedgerDecisionsALeaderHas() throws Exception {
        String json = as(Role.LEADER, get("/api/problems")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{16})\"").matcher(json);
        assertThat(id.find()).isTrue();
        String url = "/problems/" + id.group(1);
        String leader = pageAs(Role.LEADER, url);
        String writer = pageAs(Role.WRITER, url);
        assertThat(leader).contains("/status\"");
        assertThat(writer).doesNotContain("/status\"").doesNotContain("/confirm\"").doesNotContain("/reject\"")
                .doesNotContain("<th>确认</th>");
        if (leader.contains("/confirm\"") || leader.contains("/reject\"")) {
            assertThat(leader).contains("<th>确认</th>");
        }
    }

    @Test
    void aRefusedActionIsAPageInTheSiteFrameWithAMessageAndALinkBack() throws Exception {
        MvcResult r = as(Role.MEMBER, post("/document/edit").param("id", WebFixture.PLAN).param("type", "党课讲稿")
                .header("Referer", "http://localhost" + document()));
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(body).contains("<header class=\"site\"").contains("href=\"/ledger\"").contains(">member<")
                .contains("没有权限").contains("撰写及以上角色").contains("id=\"back\"")
                .contains("href=\"" + document() + "\"").contains("<footer class=\"site\"");
        MvcResult elsewhere = as(Role.MEMBER, post("/document/edit").param("id", WebFixture.PLAN)
                .header("Referer", "https://evil.example/document?id=x"));
        assertThat(elsewhere.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("evil.example").doesNotContain("id=\"back\"");
    }
}
