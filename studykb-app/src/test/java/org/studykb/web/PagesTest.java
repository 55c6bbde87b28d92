package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Routing and content of the pages over the real index and store. */
class PagesTest extends MockMvcSupport {

    @Test
    void homeShowsTheSearchBoxAndTheCampaignWithItsPhasesAndCounts() throws Exception {
        String html = page("/");
        assertThat(html).contains("data-suggest").contains("/js/suggest.js")
                .contains(WebFixture.CAMPAIGN).contains("学习调研").contains("分析检查").contains("整改落实")
                .contains("href=\"/campaign?name=%E6%B7%B1");
        assertThat(html).containsPattern("学习调研</a>\\s*<span class=\"count\">2 篇");
        assertThat(html).containsPattern("整改落实</a>\\s*<span class=\"count\">2 篇");
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void homeWithAQueryGoesToTheResults() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").param("q", "党课"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/search?q=%E5%85%9A%E8%AF%BE"));
    }

    @Test
    void resultsShowTotalTimeHitsPassagesAndFacets() throws Exception {
        String html = page("/search?q=" + enc("科学发展观"));
        assertThat(html).contains("<span id=\"total\">共 2 篇</span>").contains("毫秒");
        assertThat(html).contains("讲一天党课").contains("学习科学发展观心得体会");
        assertThat(html).contains("<mark>").contains("#p-");
        assertThat(html).contains("data-facet=\"type\"").contains("data-facet=\"phase\"")
                .contains("data-facet=\"campaign\"");
        assertThat(html).contains("href=\"/search?q=" + enc("科学发展观") + "&amp;type=" + enc("党课讲稿") + "\"");
        assertThat(html).contains("导出本页引文");
    }

    @Test
    void facetFilterNarrowsAndItsChipRemovesIt() throws Exception {
        String html = page("/search?q=" + enc("科学发展观") + "&type=" + enc("心得体会"));
        assertThat(html).contains("共 1 篇").contains("学习科学发展观心得体会").doesNotContain("讲一天党课");
        assertThat(html).contains("class=\"chip\"").contains("类型：心得体会")
                .contains("class=\"remove\" href=\"/search?q=" + enc("科学发展观") + "\"");
        assertThat(page("/search?q=&phase=" + enc("整改落实"))).contains("共 2 篇");
    }

    @Test
    void filtersTypedInTheQueryWorkLikeFacetParameters() throws Exception {
        assertThat(page("/search?q=" + enc("phase:分析检查"))).contains("共 1 篇").contains("意见建议汇总");
        assertThat(page("/search?q=" + enc("tag:台账"))).contains("共 1 篇").contains("领导班子整改落实方案");
    }

    @Test
    void sortByDateAndPagingLinksKeepTheQuery() throws Exception {
        String html = page("/search?q=" + enc("campaign:" + WebFixture.CAMPAIGN) + "&sort=date");
        assertThat(html).contains("共 5 篇").contains("sort=date\" class=\"active\"");
        String all = page("/search?q=" + enc("的"));
        assertThat(all).doesNotContain("上一页");
    }

    @Test
    void aMalformedQueryIsReadAsTextWithANotice() throws Exception {
        String html = page("/search?q=" + enc("\"未配对的引号 整改"));
        assertThat(html).contains("class=\"notice\"").contains("引号没有配对");
    }

    @Test
    void documentPageShowsMetadataWithProvenancePassagesAnchorsAndCitations() throws Exception {
        String html = page("/document?id=" + enc(WebFixture.PLAN) + "&q=" + enc("联系点"));
        assertThat(html).contains("<h1 id=\"doc-title\">领导班子整改落实方案</h1>");
        assertThat(html).contains("data-field=\"type\"").contains("整改方案").contains("class=\"badge\">人工")
                .contains("依据：").contains("人工设定").doesNotContain("来源：manual");
        assertThat(html).contains("id=\"p-0\"").contains("<mark>联系点</mark>");
        assertThat(html).contains("data-cite=\"「").contains("（《领导班子整改落实方案》）");
        assertThat(html).contains("href=\"/api/file?id=%E6%95%B4%E6%94%B9%E8%90%BD%E5%AE%9E/");
        assertThat(html).containsPattern("<a class=\"tag\" href=\"/search\\?tag=[^\"]+\"[^>]*>台账</a>");
        assertThat(html).contains("id=\"edit\"").contains("<select name=\"phase\" id=\"edit-phase\">")
                .contains("<optgroup label=\"深入学习实践科学发展观活动\" data-campaign=\"深入学习实践科学发展观活动\">")
                .contains("<option value=\"分析检查\">").contains("/js/phases.js");
        assertThat(html).contains("/js/cite.js");
    }

    @Test
    void documentPageListsRelatedDocuments() throws Exception {
        String html = page("/document?id=" + enc(WebFixture.ESSAY));
        assertThat(html).contains("相关文档").contains("讲一天党课");
    }

    @Test
    void campaignPageHasTheChartAndThePhasesWithTheirDocuments() throws Exception {
        String html = page("/campaign?name=" + enc(WebFixture.CAMPAIGN));
        assertThat(html).contains("id=\"timeline\"").contains("data-campaign=\"" + WebFixture.CAMPAIGN + "\"")
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js").contains("/js/timeline.js")
                .contains("学习调研").contains("讲一天党课").contains("总结报告");
        assertThat(html).doesNotContain("cdn");
    }

    @Test
    void uploadPageHasAMultipartForm() throws Exception {
        assertThat(page("/upload")).contains("enctype=\"multipart/form-data\"").contains("name=\"files\"")
                .contains("50 MB");
    }

    @Test
    void unknownDocumentCampaignAndPageAre404Pages() throws Exception {
        assertThat(body("/document?id=" + enc("没有/这个.txt"), 404)).contains("没有找到").contains("没有/这个.txt");
        assertThat(body("/campaign?name=" + enc("不存在的活动"), 404)).contains("不存在的活动");
        assertThat(body("/no/such/page", 404)).contains("没有找到").doesNotContain("Exception");
    }

    @Test
    void badParametersAre400PagesWithoutStackTraces() throws Exception {
        assertThat(body("/search?q=x&sort=sideways", 400)).contains("请求有误").contains("sort")
                .doesNotContain("at org.");
        assertThat(body("/search?q=x&page=abc", 400)).contains("page");
        assertThat(body("/document", 400)).contains("缺少参数：id");
    }

    @Test
    void staticFilesAndTheChartLibraryAreServedLocally() throws Exception {
        assertThat(page("/css/site.css")).contains("mark");
        assertThat(page("/js/suggest.js")).contains("/api/suggest");
        assertThat(page("/webjars/echarts/5.3.1/dist/echarts.min.js")).contains("echarts");
    }

    @Test
    void aHomophoneTypoOffersTheWordThatSoundsTheSame() throws Exception {
        String html = page("/search?q=" + enc("科学发展关"));
        assertThat(html).as("its correction finds far more: its results, with a way back").contains("id=\"corrected\"")
                .contains("以下是「<strong>科学发展观</strong>」的结果").contains("id=\"as-typed\"")
                .contains("typed=1");
        String typed = page("/search?q=" + enc("科学发展关") + "&typed=1");
        assertThat(typed).contains("您是不是要找").contains(">科学发展观</a>").doesNotContain("id=\"corrected\"");
    }

    @Test
    void wordsFoundNowhereAreNamedAndPartialHitsSayWhatTheyLack() throws Exception {
        String html = page("/search?q=" + enc("走马观花 xyzzy"));
        assertThat(html).contains("id=\"not-found\"").contains("未找到：<s>xyzzy</s>")
                .contains("部分匹配，缺少：<s>xyzzy</s>");
        assertThat(page("/search?q=" + enc("走马观花"))).doesNotContain("id=\"not-found\"").doesNotContain("部分匹配");
    }
}
