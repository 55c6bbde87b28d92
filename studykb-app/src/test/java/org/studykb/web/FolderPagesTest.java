package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.studykb.access.Role;
import org.studykb.web.security.Roles;

/**
 * The 备课夹 pages through the whole application: the links on the results and document pages, a folder per user,
 * refusals in the site's frame with the reason, and the Word download.
 */
class FolderPagesTest extends MockMvcSupport {

    private MvcResult as(String name, Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(name).authorities(Roles.authorities(EnumSet.of(role))))).andReturn();
    }

    private static String text(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Collects a passage into a new folder of that name; returns the folder's id. */
    private long collect(String name, String folder, String doc, int passage) throws Exception {
        MvcResult r = as(name, Role.MEMBER, post("/folder/add").param("doc", doc).param("p", String.valueOf(passage))
                .param("name", folder).param("back", "/search?q=x"));
        assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(302);
        Matcher m = Pattern.compile("/folder\\?id=(\\d+)").matcher(r.getResponse().getRedirectedUrl());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void resultsAndDocumentPagesLinkToTheCollectPageWhichNamesThePassage() throws Exception {
        String results = text(as("m1", Role.MEMBER, get("/search").param("q", "联系点")));
        assertThat(results).contains("class=\"collect\"").contains("/folder/collect?doc=").contains("&amp;back=/search");
        String doc = text(as("m1", Role.MEMBER, get("/document").param("id", WebFixture.PLAN)));
        assertThat(doc).contains("id=\"collect-document\"").contains("class=\"collect\"");
        MvcResult collect = as("m1", Role.MEMBER, get("/folder/collect").param("doc", WebFixture.PLAN).param("p", "1")
                .param("back", "https://evil.example/"));
        assertThat(text(collect)).contains("《领导班子整改落实方案》").contains("第 2 段").contains("基层联系点制度")
                .contains("value=\"我的备课夹\"").doesNotContain("evil.example");
    }

    @Test
    void aFolderIsItsOwnersAloneAndBadInputIsRefusedInTheFrame() throws Exception {
        long id = collect("m2", "党课素材", WebFixture.PLAN, 1);
        String page = text(as("m2", Role.MEMBER, get("/folder").param("id", String.valueOf(id))));
        assertThat(page).contains("id=\"folder-name\">党课素材<").contains("基层联系点制度").contains("共 1 条")
                .contains("href=\"/folder/export?id=" + id + "\"").contains("<header class=\"site\"");

        MvcResult other = as("m3", Role.MEMBER, get("/folder").param("id", String.valueOf(id)));
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
        assertThat(text(other)).contains("没有找到这个备课夹").contains("<header class=\"site\"")
                .doesNotContain("基层联系点制度");
        assertThat(as("m3", Role.MEMBER, get("/folder/export").param("id", String.valueOf(id))).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(as("m3", Role.MEMBER, post("/folder/heading").param("id", String.valueOf(id)).param("text", "夺取"))
                .getResponse().getStatus()).isEqualTo(404);

        MvcResult tooLong = as("m2", Role.MEMBER, post("/folder/heading").param("id", String.valueOf(id))
                .param("text", "题".repeat(101)));
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(tooLong)).contains("标题最长 100 字，现在是 101 字").contains("id=\"folder-name\">党课素材<")
                .contains("题".repeat(101));
        MvcResult hidden = as("m2", Role.MEMBER, post("/folder/add").param("doc", "督导组/没有这份文件.txt")
                .param("p", "0").param("folder", String.valueOf(id)));
        assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
        assertThat(text(hidden)).contains("没有找到这份材料");
        MvcResult empty = as("m2", Role.MEMBER, post("/folders").param("name", " "));
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(empty)).contains("备课夹名称不能为空");
        MvcResult noFolder = as("m2", Role.MEMBER, post("/folder/add").param("doc", WebFixture.PLAN).param("p", "2"));
        assertThat(noFolder.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(noFolder)).contains("请选择一个备课夹").contains("id=\"collect-form\"");

        String after = text(as("m2", Role.MEMBER, get("/folder").param("id", String.valueOf(id))));
        assertThat(after).contains("共 1 条").doesNotContain("folder-heading");
        assertThat(text(as("m3", Role.MEMBER, get("/folders")))).contains("id=\"none\"").doesNotContain("党课素材");
    }

    @Test
    void theWordDownloadIsADocxNamedAfterTheFolder() throws Exception {
        long id = collect("m4", "整改材料", WebFixture.OPINIONS, 1);
        MvcResult r = as("m4", Role.MEMBER, get("/folder/export").param("id", String.valueOf(id)));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument");
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("UTF-8''" + enc("整改材料.docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("整改材料");
            assertThat(doc.getParagraphs().get(1).getText()).contains("下基层调研少");
            assertThat(doc.getFootnotes()).hasSize(1);
        }
    }

    @Test
    void aSavedSearchIsListedOnTheHomePageAndOpensTheResults() throws Exception {
        String results = text(as("s1", Role.MEMBER, get("/search").param("q", "联系点").param("type", "整改方案")));
        assertThat(results).contains("id=\"save-search\"").contains("name=\"q\" value=\"联系点 type:&quot;整改方案&quot;\"");
        MvcResult saved = as("s1", Role.MEMBER, post("/saved").param("q", "联系点 type:\"整改方案\""));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/#saved");
        String home = text(as("s1", Role.MEMBER, get("/")));
        assertThat(home).contains("我保存的检索").contains(">联系点 type:&quot;整改方案&quot;<").contains("共 1 篇")
                .contains("没有新结果");
        assertThat(text(as("s2", Role.MEMBER, get("/")))).doesNotContain("我保存的检索");
        Matcher id = Pattern.compile("/saved/open\\?id=(\\d+)").matcher(home);
        assertThat(id.find()).isTrue();
        MvcResult open = as("s1", Role.MEMBER, get("/saved/open").param("id", id.group(1)));
        assertThat(open.getResponse().getRedirectedUrl())
                .isEqualTo("/search?q=" + enc("联系点 type:\"整改方案\""));
        assertThat(as("s2", Role.MEMBER, get("/saved/open").param("id", id.group(1))).getResponse().getStatus())
                .isEqualTo(404);
        MvcResult again = as("s1", Role.MEMBER, post("/saved").param("q", "联系点  type:\"整改方案\" "));
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(again)).contains("这个检索已经保存过了").contains("<header class=\"site\"");
    }

    @Test
    void theHomePageBrowsesCampaignPhaseAndType() throws Exception {
        String home = text(as("b1", Role.MEMBER, get("/")));
        assertThat(home).contains("<ul class=\"types\">")
                .contains("/search?campaign=" + enc(WebFixture.CAMPAIGN) + "&amp;phase=" + enc("整改落实")
                        + "&amp;type=" + enc("整改方案"));
        Matcher phase = Pattern.compile("整改落实</a>\\s*<span class=\"count\">(\\d+) 篇</span>\\s*<ul class=\"types\">"
                + "\\s*<li>\\s*<a[^>]*>([^<]+)</a>\\s*<span class=\"count\">(\\d+) 篇</span>").matcher(home);
        assertThat(phase.find()).as(home).isTrue();
        assertThat(phase.group(1)).isEqualTo("2");
        assertThat(phase.group(3)).isEqualTo("1");
    }
}
