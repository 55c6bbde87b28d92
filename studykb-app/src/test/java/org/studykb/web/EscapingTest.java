package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A document whose text, title and file name hold {@code <script>} and HTML shows them as text everywhere:
 * snippets, passages, titles, file names, tags, summaries, citations, suggestions and error messages.
 */
class EscapingTest extends MockMvcSupport {

    private static void noMarkup(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>加粗").doesNotContain("<img src=x")
                .doesNotContain("<i>斜体").doesNotContain("<iframe");
    }

    @Test
    void snippetsTitlesAndFileNamesInResultsAreText() throws Exception {
        String html = page("/search?q=" + enc("标记"));
        assertThat(html).contains("&lt;script&gt;alert(")
                .contains("&lt;img src=x onerror=alert(1)&gt;脚本.txt");
        noMarkup(html);
        String bold = page("/search?q=" + enc("加粗"));
        assertThat(bold).contains("&lt;b&gt;<mark>加粗</mark>&lt;/b&gt;");
        noMarkup(bold);
        String page = page("/search?q=" + enc("群众路线"));
        assertThat(page).contains("含脚本的网页 &lt;script&gt;alert(2)&lt;/script&gt;").contains("&lt;iframe src=x&gt;");
        noMarkup(page);
    }

    @Test
    void fullTextTitleFileNameTagsAndCitationsOnTheDocumentPageAreText() throws Exception {
        String html = page("/document?id=" + enc(WebFixture.SCRIPT) + "&q=" + enc("整改"));
        assertThat(html).contains("<h1 id=\"doc-title\">含有标记的文档 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h1>")
                .contains("<span class=\"path\">&lt;img src=x onerror=alert(1)&gt;脚本.txt</span>")
                .contains("&lt;b&gt;加粗&lt;/b&gt; <mark>整改</mark> &amp; 落实")
                .containsPattern("<a class=\"tag\" href=\"[^\"]*\"[^>]*>&lt;i&gt;斜体&lt;/i&gt;</a>")
                .contains("data-cite=\"「含有标记的文档 &lt;script&gt;");
        noMarkup(html);
        assertThat(html).containsPattern("<td id=\"summary\">含有标记的文档 &lt;script&gt;alert\\(&#39;x&#39;\\)&lt;/script&gt; "
                + "&lt;b&gt;加粗&lt;/b&gt; 整改 &amp; 落实");
        String page = page("/document?id=" + enc(WebFixture.PAGE));
        assertThat(page).contains("含脚本的网页 &lt;script&gt;alert(2)&lt;/script&gt;").doesNotContain("pwned");
        noMarkup(page);
    }

    @Test
    void aQueryWithMarkupIsEchoedAsText() throws Exception {
        String html = page("/search?q=" + enc("<script>alert(9)</script> 整改"));
        assertThat(html).doesNotContain("<script>alert(9)").contains("&lt;script&gt;alert(9)&lt;/script&gt;");
        String doc = page("/document?id=" + enc(WebFixture.PLAN) + "&q=" + enc("\"><script>alert(8)</script>"));
        assertThat(doc).doesNotContain("<script>alert(8)");
    }

    @Test
    void errorMessagesNamingAnIdAreText() throws Exception {
        String html = body("/document?id=" + enc("<script>alert(7)</script>"), 404);
        assertThat(html).doesNotContain("<script>alert(7)").contains("&lt;script&gt;alert(7)&lt;/script&gt;");
    }

    @Test
    void citationsAsPlainTextKeepTheCharactersAndAreNotHtml() throws Exception {
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/cite").param("id", WebFixture.SCRIPT).param("p", "0")).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/plain");
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("「含有标记的文档 <script>alert('x')</script>");
    }
}
