package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read side of the JSON API, and errors as JSON {status, error, message} with the right status. */
class ApiTest extends MockMvcSupport {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("application/json");
        return JSON.readTree(body);
    }

    private void isError(JsonNode error, int status, String messagePart) {
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asString()).isNotBlank();
        assertThat(error.get("message").asString()).contains(messagePart);
        assertThat(error.toString()).doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void searchReturnsHitsWithPassagesAndFacets() throws Exception {
        JsonNode r = json(get("/api/search").param("q", "科学发展观"), 200);
        assertThat(r.get("total").asInt()).isEqualTo(2);
        assertThat(r.get("hits").get(0).get("passages").get(0).get("snippet").asString()).contains("<mark>");
        assertThat(r.get("facets").get("type").toString()).contains("党课讲稿").contains("心得体会");
        assertThat(r.get("facets").has("tag")).isTrue();
    }

    @Test
    void filtersAsParametersAndInQuerySyntaxAgree() throws Exception {
        JsonNode byParam = json(get("/api/search").param("q", "科学发展观").param("type", "党课讲稿"), 200);
        JsonNode bySyntax = json(get("/api/search").param("q", "科学发展观 type:党课讲稿"), 200);
        assertThat(byParam.get("total").asInt()).isEqualTo(1).isEqualTo(bySyntax.get("total").asInt());
        assertThat(byParam.get("hits").get(0).get("id").asString()).isEqualTo(WebFixture.LECTURE);
        JsonNode two = json(get("/api/search").param("type", "党课讲稿").param("type", "心得体会"), 200);
        assertThat(two.get("total").asInt()).as("values of one field are alternatives").isEqualTo(2);
    }

    @Test
    void suggestionsOfferWordsAndTitles() throws Exception {
        JsonNode s = json(get("/api/suggest").param("q", "党课"), 200);
        assertThat(s.toString()).contains("讲一天党课");
        assertThat(s.findValuesAsString("kind")).contains("title");
        assertThat(json(get("/api/suggest").param("q", ""), 200).size()).isZero();
    }

    @Test
    void suggestionsFollowPinyinPrefixes() throws Exception {
        JsonNode s = json(get("/api/suggest").param("q", "kexuefa"), 200);
        assertThat(s.findValuesAsString("text")).contains("科学发展观");
    }

    @Test
    void documentPassagesAndRelated() throws Exception {
        JsonNode d = json(get("/api/document").param("id", WebFixture.PLAN), 200);
        assertThat(d.get("title").asString()).isEqualTo("领导班子整改落实方案");
        assertThat(d.get("tags").toString()).contains("台账");
        assertThat(d.get("values").toString()).contains("\"manual\":true");
        assertThat(d.get("keywords").toString()).contains("基层联系点");
        assertThat(d.get("summary").asString()).isNotBlank();
        JsonNode p = json(get("/api/document/passages").param("id", WebFixture.PLAN).param("q", "联系点"), 200);
        assertThat(p.get(0).get("ordinal").asInt()).isZero();
        assertThat(p.toString()).contains("<mark>联系点</mark>");
        assertThat(json(get("/api/document/related").param("id", WebFixture.ESSAY), 200).toString())
                .contains(WebFixture.LECTURE);
        assertThat(json(get("/api/tags").param("id", WebFixture.PLAN), 200).get("tags").get(0).asString())
                .isEqualTo("台账");
    }

    @Test
    void campaignsAndTimeline() throws Exception {
        JsonNode c = json(get("/api/campaigns"), 200);
        assertThat(c.get("campaigns").get(0).get("name").asString()).isEqualTo(WebFixture.CAMPAIGN);
        assertThat(c.get("campaigns").get(0).get("documents").asInt()).isEqualTo(5);
        JsonNode t = json(get("/api/campaigns/timeline").param("name", WebFixture.CAMPAIGN), 200);
        assertThat(t.get("phases").findValuesAsString("name")).contains("学习调研", "分析检查", "整改落实");
        assertThat(t.toString()).contains(WebFixture.REPORT);
    }

    @Test
    void fileDownloadSendsTheOriginalAsAnAttachment() throws Exception {
        MvcResult r = mvc.perform(get("/api/file").param("id", WebFixture.SCRIPT)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("filename*=UTF-8''");
        assertThat(r.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getResponse().getContentAsByteArray())
                .isEqualTo(Files.readAllBytes(WebFixture.shared().corpus.resolve(WebFixture.SCRIPT)));
    }

    @Test
    void noIdLeadsOutsideTheCorpus() throws Exception {
        for (String id : new String[] {"../data/store/studykb.mv.db", "/etc/passwd", "学习调研/../../data/corpus.txt",
                "uploads/../corpus.txt", "..", "", "学习调研"}) {
            isError(json(get("/api/file").param("id", id), 404), 404, "");
        }
    }

    @Test
    void citationsExportIsAPlainTextDownload() throws Exception {
        MvcResult r = mvc.perform(get("/api/citations").param("q", "联系点")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("text/plain");
        assertThat(r.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("检索：联系点").contains("「").contains("（《领导班子整改落实方案》）");
    }

    @Test
    void unknownDocumentIs404Json() throws Exception {
        isError(json(get("/api/document").param("id", "没有/这个.txt"), 404), 404, "没有/这个.txt");
        isError(json(get("/api/tags").param("id", "没有"), 404), 404, "没有找到文档");
        isError(json(get("/api/cite").param("id", WebFixture.PLAN).param("p", "999"), 404), 404, "999");
    }

    @Test
    void badParametersAre400Json() throws Exception {
        isError(json(get("/api/search").param("size", "abc"), 400), 400, "size");
        isError(json(get("/api/search").param("size", "100000"), 400), 400, "size");
        isError(json(get("/api/search").param("sort", "sideways"), 400), 400, "sort");
        isError(json(get("/api/document"), 400), 400, "缺少参数：id");
        isError(json(get("/api/suggest").param("size", "0"), 400), 400, "size");
    }

    @Test
    void unknownEndpointIs404AndWrongMethodIs405Json() throws Exception {
        isError(json(get("/api/nothing/here"), 404), 404, "/api/nothing/here");
        isError(json(post("/api/search"), 405), 405, "POST");
    }

    @Test
    void openApiDocumentsTheEndpoints() throws Exception {
        JsonNode docs = json(get("/v3/api-docs"), 200);
        assertThat(docs.get("paths").propertyNames()).contains("/api/search", "/api/suggest", "/api/document",
                "/api/document/passages", "/api/file", "/api/tags", "/api/upload", "/api/citations");
        assertThat(mvc.perform(get("/swagger-ui")).andReturn().getResponse().getStatus()).isBetween(200, 399);
    }
}
