package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.search.Citations;
import org.studykb.search.SearchHit;
import org.studykb.search.SearchResponse;

/**
 * Issue 15, item 5: reading and citing. Results carry marked titles and a ready citation per hit (a button for
 * script, the text itself without); tags link to the search they filter; a document has 上一处/下一处, a print
 * view without the site's frame and a preview of the original's paragraphs.
 */
class ReadingPagesTest extends MockMvcSupport {

    private static String between(String html, String from, String to) {
        int i = html.indexOf(from);
        assertThat(i).as("%s in the page", from).isGreaterThanOrEqualTo(0);
        int j = html.indexOf(to, i + from.length());
        return html.substring(i, j < 0 ? html.length() : j);
    }

    @Test
    void eachHitHasACitationOfItsBestPassageAndTheTextWithoutScript() throws Exception {
        String html = page("/search?q=" + enc("联系点"));
        String hit = between(html, "<article class=\"hit\">", "</article>");
        assertThat(hit).contains("<button type=\"button\" class=\"cite\" hidden")
                .contains("data-cite=\"「一、建立班子成员基层联系点制度，每季度蹲点不少于3天。」（《领导班子整改落实方案》")
                .contains("aria-label=\"引用《领导班子整改落实方案》\"")
                .contains("<noscript><p class=\"cite-text\">引文：「一、建立班子成员基层联系点制度");
        assertThat(html).contains("/js/cite.js");
    }

    @Autowired
    Citations citations;

    private static SearchHit hit(String id, String title, List<SearchHit.PassageHit> passages) {
        return new SearchHit(id, 1f, title, null, null, null, "2009-03", "区建工局", null, List.of(), passages,
                List.of());
    }

    @Test
    void aHitCitesItsBestScoredPassageWholeOrItsSourceWithoutOne() throws Exception {
        List<SearchHit.PassageHit> two = List.of(new SearchHit.PassageHit(1, null, 0, 0, 0.5f, "一、<mark>…"),
                new SearchHit.PassageHit(2, null, 0, 0, 2f, "二、…"));
        SearchResponse response = new SearchResponse("会议", "会议", List.of(), 2, 1, 0, 10,
                List.of(hit(WebFixture.PLAN, "方案", two), hit(WebFixture.REPORT, "总结", List.of())), Map.of(), "",
                List.of(), "");
        Map<String, String> cited = citations.ofHits(response, Viewer.of(List.of(Role.MEMBER)));
        assertThat(cited).containsExactly(
                Map.entry(WebFixture.PLAN, "「二、精简会议文件，每周局务会控制在1次。」（《方案》，区建工局，2009年3月）"),
                Map.entry(WebFixture.REPORT, "（《总结》，区建工局，2009年3月）"));
    }

    @Test
    void titlesMarkTheQueryWordsAndStayText() throws Exception {
        String html = page("/search?q=" + enc("整改 落实"));
        assertThat(html).containsPattern("class=\"hit-title\"[^>]*>领导班子<mark>整改落实</mark>方案</a>");
        String script = page("/search?q=" + enc("含有标记"));
        Matcher title = Pattern.compile("class=\"hit-title\"[^>]*>([^\\n]*?)</a>").matcher(script);
        assertThat(title.find()).isTrue();
        assertThat(title.group(1)).contains("<mark>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script").doesNotContain("<mark><script");
        assertThat(script).doesNotContain("<script>alert");
    }

    @Test
    void wordsThatMustBeInTheTitleAreMarkedThere() throws Exception {
        assertThat(page("/search?q=" + enc("title:领导班子")))
                .containsPattern("class=\"hit-title\"[^>]*><mark>领导班子</mark>整改落实方案</a>");
    }

    @Test
    void aTitleTheQueryDoesNotHoldIsShownUnmarked() throws Exception {
        String html = page("/search?q=" + enc("走马观花"));
        assertThat(html).contains("class=\"hit-title\"").containsPattern(">意见建议汇总</a>");
    }

    @Test
    void tagsLinkToTheSearchFilteredByThem() throws Exception {
        String html = page("/document?id=" + enc(WebFixture.PLAN));
        assertThat(html).contains("<a class=\"tag\" href=\"/search?tag=%E5%8F%B0%E8%B4%A6\"");
        String filtered = page("/search?tag=" + enc("台账"));
        assertThat(filtered).contains("共 1 篇").contains("领导班子整改落实方案");
        String script = page("/document?id=" + enc(WebFixture.SCRIPT));
        assertThat(script).contains(">&lt;i&gt;斜体&lt;/i&gt;</a>").doesNotContain("<i>斜体");
    }

    @Test
    void theDocumentPageMovesBetweenHitsOnlyWhenAQueryMarksThem() throws Exception {
        String marked = page("/document?id=" + enc(WebFixture.LECTURE) + "&q=" + enc("科学发展观"));
        assertThat(marked).contains("id=\"prev-hit\"").contains("id=\"next-hit\"").contains("/js/hits.js");
        assertThat(page("/document?id=" + enc(WebFixture.LECTURE))).doesNotContain("id=\"next-hit\"");
    }

    @Test
    void thePrintViewHasTheCitationSourceTheWholeTextAndNoSiteFrame() throws Exception {
        String html = page("/document/print?id=" + enc(WebFixture.LECTURE) + "&q=" + enc("以人为本"));
        assertThat(html).contains("<h1 id=\"doc-title\">讲一天党课：深入学习实践科学发展观</h1>")
                .contains("引用出处：（《讲一天党课：深入学习实践科学发展观》）")
                .contains("核心是<mark>以人为本</mark>").contains("坚持下基层调研")
                .doesNotContain("class=\"site\"").doesNotContain("class=\"searchbar\"")
                .contains("/js/print.js");
        assertThat(page("/document?id=" + enc(WebFixture.LECTURE))).contains("href=\"/document/print?id=");
    }

    @Test
    void thePreviewLaysOutTheParagraphsAsExtractedAndStaysText() throws Exception {
        String html = page("/document/preview?id=" + enc(WebFixture.PLAN));
        String paper = between(html, "<article class=\"paper\"", "</article>");
        assertThat(paper.split("<p ", -1)).hasSize(4);
        assertThat(paper).contains("一、建立班子成员基层联系点制度").contains("二、精简会议文件");
        String script = page("/document/preview?id=" + enc(WebFixture.SCRIPT));
        assertThat(script).contains("&lt;b&gt;加粗&lt;/b&gt;").doesNotContain("<b>加粗").doesNotContain("<script>alert");
        assertThat(page("/document?id=" + enc(WebFixture.PLAN))).contains("href=\"/document/preview?id=");
    }

    @Test
    void printAndPreviewOfAMissingDocumentAreNotFound() throws Exception {
        assertThat(body("/document/print?id=" + enc("没有.txt"), 404)).contains("没有找到文档");
        assertThat(body("/document/preview?id=" + enc("<script>alert(6)</script>"), 404))
                .doesNotContain("<script>alert(6)");
    }
}
