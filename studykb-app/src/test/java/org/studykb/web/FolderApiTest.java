package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.studykb.access.Role;
import org.studykb.store.UserAccounts;
import org.studykb.web.security.Roles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 备课夹 and saved searches through {@code /api/folders} and {@code /api/saved-searches} with the real application:
 * scripts sign in with a token or Basic, pages with their session and CSRF token; a folder is its owner's alone;
 * a document made 内部 after it was collected or saved is never returned to someone who may no longer see it.
 * The fixture is this class's own, as its documents' marks change.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class FolderApiTest {
    static final WebFixture FIXTURE = WebFixture.create();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ISO = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    /** A request of a signed-in page user (session) with the CSRF token the pages carry. */
    private MvcResult as(String name, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(name).authorities(Roles.authorities(EnumSet.of(Role.MEMBER))))
                .with(csrf())).andReturn();
    }

    private MvcResult as(String name, MockHttpServletRequestBuilder request, Object body) throws Exception {
        return as(name, request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    /** The fixture's administrator (Basic, as a script) marks a document 内部 for 领导, or public again. */
    private void access(String doc, List<String> roles) throws Exception {
        MvcResult r = mvc.perform(put("/api/document").param("id", doc).header("Authorization", WebFixture.basic(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(java.util.Map.of("access", roles)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
    }

    private static String text(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(MvcResult r, int status) throws Exception {
        assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(status);
        return JSON.readTree(text(r));
    }

    private static List<Long> ids(JsonNode folder) {
        List<Long> out = new ArrayList<>();
        folder.get("items").forEach(i -> out.add(i.get("id").asLong()));
        return out;
    }

    @Test
    void aFolderIsCreatedFilledOrderedNotedRenamedExportedAndDeleted() throws Exception {
        JsonNode created = json(as("api1", post("/api/folders"), java.util.Map.of("name", "党课素材")), 201);
        long id = created.get("id").asLong();
        assertThat(created.get("name").asString()).isEqualTo("党课素材");
        assertThat(created.get("createdAt").asString()).matches(ISO);
        assertThat(created.get("items").asInt()).isZero();
        String items = "/api/folders/" + id + "/items";
        json(as("api1", post(items), java.util.Map.of("docId", WebFixture.PLAN, "passage", 1)), 201);
        json(as("api1", post(items), java.util.Map.of("docId", WebFixture.OPINIONS)), 201);
        JsonNode folder = json(as("api1", post(items), java.util.Map.of("heading", "一、作风建设")), 201);
        assertThat(folder.get("items")).extracting(i -> i.get("kind").asString())
                .containsExactly("passage", "document", "heading");
        JsonNode passage = folder.get("items").get(0);
        assertThat(passage.get("visible").asBoolean()).isTrue();
        assertThat(passage.get("docId").asString()).isEqualTo(WebFixture.PLAN);
        assertThat(passage.get("passage").asInt()).isEqualTo(1);
        assertThat(passage.get("text").asString()).contains("基层联系点制度");
        assertThat(passage.get("citation").asString()).startsWith("「").contains("《领导班子整改落实方案》");
        assertThat(passage.get("addedAt").asString()).matches(ISO);

        List<Long> order = ids(folder);
        List<Long> reversed = List.of(order.get(2), order.get(1), order.get(0));
        JsonNode reordered = json(as("api1", put("/api/folders/" + id + "/order"),
                java.util.Map.of("items", reversed)), 200);
        assertThat(ids(reordered)).containsExactlyElementsOf(reversed);
        JsonNode refused = json(as("api1", put("/api/folders/" + id + "/order"),
                java.util.Map.of("items", List.of(order.get(0), order.get(0), order.get(1)))), 400);
        assertThat(refused.get("message").asString()).contains("每一条，各一次（共 3 条）");
        JsonNode again = json(as("api1", post(items), java.util.Map.of("docId", WebFixture.PLAN, "passage", 1)), 400);
        assertThat(again.get("message").asString()).contains("已在备课夹「党课素材」中");

        JsonNode noted = json(as("api1", put("/api/folders/" + id + "/items/" + order.get(0) + "/note"),
                java.util.Map.of("note", "讲课时举这个例子")), 200);
        assertThat(noted.get("items").get(2).get("note").asString()).isEqualTo("讲课时举这个例子");
        JsonNode renamed = json(as("api1", patch("/api/folders/" + id), java.util.Map.of("name", "七一党课")), 200);
        assertThat(renamed.get("name").asString()).isEqualTo("七一党课");
        assertThat(json(as("api1", get("/api/folders")), 200)).extracting(f -> f.get("name").asString())
                .containsExactly("七一党课");

        MvcResult docx = as("api1", get("/api/folders/" + id + "/export"));
        assertThat(docx.getResponse().getStatus()).isEqualTo(200);
        assertThat(docx.getResponse().getHeader("Content-Disposition")).contains("UTF-8''" + MockMvcSupport.enc("七一党课.docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("七一党课");
            assertThat(new XWPFWordExtractor(doc).getText()).contains("一、作风建设").contains("基层联系点制度")
                    .contains("讲课时举这个例子");
        }

        JsonNode removed = json(as("api1", delete("/api/folders/" + id + "/items/" + order.get(1))), 200);
        assertThat(ids(removed)).containsExactly(order.get(2), order.get(0));
        assertThat(as("api1", delete("/api/folders/" + id)).getResponse().getStatus()).isEqualTo(204);
        assertThat(as("api1", get("/api/folders/" + id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(json(as("api1", get("/api/folders")), 200)).isEmpty();
    }

    @Test
    void anotherUsersFolderIsNotFoundAndChangesNeedTheSessionsCsrfTokenButNotAToken() throws Exception {
        long id = json(as("owner1", post("/api/folders"), java.util.Map.of("name", "我的")), 201).get("id").asLong();
        json(as("owner1", post("/api/folders/" + id + "/items"), java.util.Map.of("docId", WebFixture.LECTURE, "passage", 1)),
                201);
        String url = "/api/folders/" + id;
        List<MockHttpServletRequestBuilder> doors = List.of(get(url), get(url + "/export"), delete(url),
                patch(url).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"夺取\"}"),
                post(url + "/items").contentType(MediaType.APPLICATION_JSON).content("{\"heading\":\"夺取\"}"),
                put(url + "/order").contentType(MediaType.APPLICATION_JSON).content("{\"items\":[]}"));
        for (MockHttpServletRequestBuilder door : doors) {
            MvcResult r = as("other1", door);
            assertThat(r.getResponse().getStatus()).as(r.getRequest().getMethod() + " " + r.getRequest().getRequestURI())
                    .isEqualTo(404);
            assertThat(json(r, 404).get("message").asString()).isEqualTo("没有找到这个备课夹");
        }
        JsonNode still = json(as("owner1", get(url)), 200);
        assertThat(still.get("folder").get("name").asString()).isEqualTo("我的");
        assertThat(still.get("items")).hasSize(1);

        MvcResult noCsrf = mvc.perform(post("/api/folders").with(user("owner1").authorities(
                Roles.authorities(EnumSet.of(Role.MEMBER)))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"无令牌\"}")).andReturn();
        assertThat(noCsrf.getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/folders")).andReturn().getResponse().getStatus()).isEqualTo(401);

        String token = accounts.createToken(WebFixture.login(Role.MEMBER), "备课夹脚本", "admin");
        MvcResult scripted = mvc.perform(post("/api/folders").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"脚本建的\"}")).andReturn();
        assertThat(json(scripted, 201).get("name").asString()).isEqualTo("脚本建的");
        JsonNode theirs = json(mvc.perform(get("/api/folders").header("Authorization", WebFixture.basic(Role.MEMBER)))
                .andReturn(), 200);
        assertThat(theirs).extracting(f -> f.get("name").asString()).containsExactly("脚本建的");
    }

    @Test
    void aPassageMadeInternalAfterItWasCollectedIsNeverReturned() throws Exception {
        long id = json(as("hid1", post("/api/folders"), java.util.Map.of("name", "体会")), 201).get("id").asLong();
        JsonNode before = json(as("hid1", post("/api/folders/" + id + "/items"),
                java.util.Map.of("docId", WebFixture.ESSAY, "passage", 1)), 201);
        assertThat(before.get("items").get(0).get("text").asString()).contains("以人为本是科学发展观的核心");
        long item = before.get("items").get(0).get("id").asLong();
        json(as("hid1", put("/api/folders/" + id + "/items/" + item + "/note"), java.util.Map.of("note", "我的批注")), 200);

        access(WebFixture.ESSAY, List.of("LEADER"));
        MvcResult after = as("hid1", get("/api/folders/" + id));
        JsonNode folder = json(after, 200);
        assertThat(folder.get("hidden").asInt()).isEqualTo(1);
        JsonNode hidden = folder.get("items").get(0);
        assertThat(hidden.get("visible").asBoolean()).isFalse();
        assertThat(hidden.get("note").asString()).isEqualTo("我的批注");
        for (String field : List.of("docId", "passage", "title", "text", "citation", "source")) {
            assertThat(hidden.get(field).isNull()).as(field).isTrue();
        }
        assertThat(text(after)).doesNotContain("以人为本").doesNotContain("心得体会").doesNotContain(WebFixture.ESSAY);
        MvcResult docx = as("hid1", get("/api/folders/" + id + "/export"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("以人为本");
        }
        JsonNode refused = json(as("hid1", post("/api/folders/" + id + "/items"),
                java.util.Map.of("docId", WebFixture.ESSAY, "passage", 0)), 404);
        assertThat(refused.get("message").asString()).contains("没有找到这份材料");
    }

    @Test
    void savedSearchesCountWhatBecameVisibleSinceTheLastVisit() throws Exception {
        access(WebFixture.REPORT, List.of("LEADER"));
        JsonNode saved = json(as("ss1", post("/api/saved-searches"), java.util.Map.of("query", "学习 OR 整改", "name", "")), 201);
        long id = saved.get("id").asLong();
        long total = saved.get("total").asLong();
        assertThat(saved.get("name").asString()).isEqualTo("学习 OR 整改");
        assertThat(saved.get("fresh").asInt()).isZero();
        assertThat(saved.get("createdAt").asString()).matches(ISO);
        assertThat(saved.get("visitedAt").asString()).as("saving is the first visit").matches(ISO);
        JsonNode twice = json(as("ss1", post("/api/saved-searches"), java.util.Map.of("query", "学习  OR 整改")), 400);
        assertThat(twice.get("message").asString()).contains("这个检索已经保存过了");

        access(WebFixture.REPORT, List.of());
        JsonNode listed = json(as("ss1", get("/api/saved-searches")), 200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("total").asLong()).isEqualTo(total + 1);
        assertThat(listed.get(0).get("fresh").asInt()).isEqualTo(1);

        JsonNode visited = json(as("ss1", post("/api/saved-searches/" + id + "/visit")), 200);
        assertThat(visited.get("fresh").asInt()).isZero();
        assertThat(visited.get("visitedAt").asString()).matches(ISO);

        assertThat(json(as("ss2", get("/api/saved-searches")), 200)).isEmpty();
        assertThat(as("ss2", post("/api/saved-searches/" + id + "/visit")).getResponse().getStatus()).isEqualTo(404);
        assertThat(as("ss2", delete("/api/saved-searches/" + id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(as("ss1", delete("/api/saved-searches/" + id)).getResponse().getStatus()).isEqualTo(204);
        assertThat(json(as("ss1", get("/api/saved-searches")), 200)).isEmpty();
    }

    @Test
    void theEndpointsAreDocumentedInTheOpenApiDocument() throws Exception {
        String docs = text(mvc.perform(get("/v3/api-docs").header("Authorization", WebFixture.basic(Role.MEMBER)))
                .andReturn());
        assertThat(docs).contains("/api/folders/{id}/items/{item}/note").contains("/api/folders/{id}/order")
                .contains("/api/folders/{id}/export").contains("/api/saved-searches/{id}/visit").contains("备课夹")
                .contains("保存的检索");
    }
}
