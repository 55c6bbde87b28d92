package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexFiles;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.SearchService;
import org.studykb.search.Suggestions;
import org.studykb.access.Viewer;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.access.Role;
import org.studykb.store.StoreDatabase;
import org.studykb.web.security.Roles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6: a document marked 内部 for 领导 never shows to a 党员, through any door of the application. The web
 * fixture gets an eighth document, a supervision team's internal notice that raises a problem no other document
 * raises (三公经费, a word nothing else holds) and repeats two problems of the public opinion list. Each test
 * tries one door as a 党员 and compares with what a 领导 (or an administrator) sees.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class InternalDocumentsTest {
    static final String INTERNAL = "督导组/内部通报.txt";
    static final String TITLE = "督导组反馈的突出问题";
    static final String MISSING = "督导组/没有这份文件.txt";
    static final WebFixture FIXTURE = withInternalDocument();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    IndexFiles index;
    @Autowired
    SearchService search;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    /** The shared fixture's seven documents and the internal notice, marked for 领导 in the store and indexed. */
    static WebFixture withInternalDocument() {
        WebFixture f = WebFixture.create();
        try {
            Path file = f.corpus.resolve(INTERNAL);
            Files.createDirectories(file.getParent());
            Files.writeString(file, TITLE + "\n\n1. 三公经费支出把关不严，公务接待超标准。\n\n"
                    + "2. 领导干部下基层调研少，有时走马观花。\n\n3. 会议多、文件多，会议时间长。\n", StandardCharsets.UTF_8);
            DataSource ds = StoreDatabase.openH2(f.data);
            ManualValuesStore store = new ManualValuesStore(ds, new AuditLog(ds));
            store.set(INTERNAL, new ManualEdit("意见建议汇总", "分析检查", WebFixture.CAMPAIGN, List.of(),
                    EnumSet.of(Role.LEADER)), "测试数据");
            IndexAnalyzers analyzers = IndexAnalyzers.load(WebFixture.CONFIG);
            var report = new IndexCorpus(IngestPipeline.load(WebFixture.CONFIG), 2, store)
                    .run(f.corpus, f.data, analyzers, IndexProgress.NONE);
            if (report.documents() != 8) {
                throw new IllegalStateException("fixture: expected 8 documents, got " + report);
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MvcResult as(Role role, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(role.name().toLowerCase()).authorities(Roles.authorities(EnumSet.of(role))))
                .with(csrf())).andReturn();
    }

    private String body(Role role, String url, Object... params) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param((String) params[i], (String) params[i + 1]);
        }
        MvcResult r = as(role, request);
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(role + " GET " + url + "\n" + body).isEqualTo(200);
        return body;
    }

    private int status(Role role, String url, String id) throws Exception {
        return as(role, get(url).param("id", id).param("p", "1")).getResponse().getStatus();
    }

    private JsonNode json(Role role, String url, Object... params) throws Exception {
        return JSON.readTree(body(role, url, params));
    }

    private static long facet(JsonNode response, String dim, String value) {
        for (JsonNode f : response.get("facets").get(dim)) {
            if (f.get("value").asString().equals(value)) {
                return f.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void searchTotalsAndFacetCountsAreExactlyOneLess() throws Exception {
        JsonNode member = json(Role.MEMBER, "/api/search", "q", "走马观花");
        JsonNode leader = json(Role.LEADER, "/api/search", "q", "走马观花");
        assertThat(leader.toString()).contains(INTERNAL);
        assertThat(member.toString()).doesNotContain(INTERNAL).doesNotContain(TITLE);
        assertThat(member.get("total").asLong()).isEqualTo(leader.get("total").asLong() - 1);
        assertThat(facet(member, "type", "意见建议汇总")).isEqualTo(facet(leader, "type", "意见建议汇总") - 1)
                .isEqualTo(1);
        assertThat(facet(member, "campaign", WebFixture.CAMPAIGN))
                .isEqualTo(facet(leader, "campaign", WebFixture.CAMPAIGN) - 1);
        assertThat(json(Role.MEMBER, "/api/search").get("total").asLong()).isEqualTo(7);
        assertThat(json(Role.ADMIN, "/api/search").get("total").asLong()).isEqualTo(8);
    }

    @Test
    void itsOwnWordFindsNothingOnTheApiOrThePage() throws Exception {
        assertThat(json(Role.MEMBER, "/api/search", "q", "三公经费").get("total").asLong()).isZero();
        assertThat(json(Role.LEADER, "/api/search", "q", "三公经费").get("total").asLong()).isEqualTo(1);
        String page = body(Role.MEMBER, "/search", "q", "三公经费");
        assertThat(page).doesNotContain(TITLE).doesNotContain("公务接待").doesNotContain(enc(INTERNAL));
        assertThat(body(Role.LEADER, "/search", "q", "三公经费")).contains(TITLE).contains("公务接待");
    }

    @Test
    void snippetsAndPassagesOfTheVisibleHitsHoldNothingOfIt() throws Exception {
        String member = body(Role.MEMBER, "/api/search", "q", "会议时间长");
        assertThat(member).doesNotContain("公务接待").doesNotContain("三公").doesNotContain(INTERNAL);
        assertThat(body(Role.LEADER, "/api/search", "q", "会议时间长")).contains(INTERNAL);
    }

    @Test
    void suggestionsOfferNeitherItsWordNorItsTitle() throws Exception {
        assertThat(body(Role.LEADER, "/api/suggest", "q", "三公")).contains("三公经费");
        assertThat(body(Role.MEMBER, "/api/suggest", "q", "三公")).isEqualTo("[]");
        assertThat(body(Role.MEMBER, "/api/suggest", "q", "sangong")).isEqualTo("[]");
        assertThat(body(Role.LEADER, "/api/suggest", "q", "督导组")).contains(TITLE);
        assertThat(body(Role.MEMBER, "/api/suggest", "q", "督导组")).doesNotContain(TITLE);
    }

    @Test
    void didYouMeanOffersOnlyWordsTheMemberCanFind() throws Exception {
        assertThat(json(Role.LEADER, "/api/search", "q", "三工经费").get("didYouMean").asString()).isEqualTo("三公经费");
        assertThat(json(Role.MEMBER, "/api/search", "q", "三工经费").get("didYouMean").asString()).isEmpty();
        assertThat(body(Role.MEMBER, "/search", "q", "三工经费")).doesNotContain("三公经费");
    }

    @Test
    void relatedDocumentsOfAPublicSiblingLeaveItOut() throws Exception {
        assertThat(body(Role.LEADER, "/api/document/related", "id", WebFixture.OPINIONS)).contains(INTERNAL);
        assertThat(body(Role.MEMBER, "/api/document/related", "id", WebFixture.OPINIONS)).doesNotContain(INTERNAL);
        assertThat(body(Role.MEMBER, "/document", "id", WebFixture.OPINIONS)).doesNotContain(TITLE);
    }

    @Test
    void everyDocumentAddressAnswersNotFoundAsForAMissingDocument() throws Exception {
        for (String url : List.of("/api/document", "/api/document/passages", "/api/document/related", "/api/cite",
                "/api/tags", "/api/file")) {
            MvcResult hidden = as(Role.MEMBER, get(url).param("id", INTERNAL).param("p", "1"));
            MvcResult missing = as(Role.MEMBER, get(url).param("id", MISSING).param("p", "1"));
            assertThat(hidden.getResponse().getStatus()).as(url).isEqualTo(404);
            assertThat(hidden.getResponse().getContentAsString(StandardCharsets.UTF_8).replace(INTERNAL, MISSING))
                    .as(url).isEqualTo(missing.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(status(Role.LEADER, url, INTERNAL)).as(url).isEqualTo(200);
            assertThat(status(Role.ADMIN, url, INTERNAL)).as(url).isEqualTo(200);
        }
        assertThat(status(Role.MEMBER, "/document", INTERNAL)).isEqualTo(404);
        assertThat(status(Role.WRITER, "/document", INTERNAL)).isEqualTo(404);
        assertThat(body(Role.LEADER, "/document", "id", INTERNAL)).contains(TITLE).contains("内部");
    }

    /** A page without its form's CSRF token, which differs from one answer to the next. */
    private static String withoutToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    /** Issue 15: the print view and the preview of the original are doors too, answered as for no document. */
    @Test
    void thePrintViewAndThePreviewAnswerNotFoundAsForAMissingDocument() throws Exception {
        for (String url : List.of("/document/print", "/document/preview")) {
            for (Role role : List.of(Role.MEMBER, Role.WRITER)) {
                MvcResult hidden = as(role, get(url).param("id", INTERNAL).param("q", "三公经费"));
                MvcResult missing = as(role, get(url).param("id", MISSING).param("q", "三公经费"));
                assertThat(hidden.getResponse().getStatus()).as(url).isEqualTo(404);
                String page = hidden.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(page).as(url).doesNotContain(TITLE).doesNotContain("三公经费支出");
                assertThat(withoutToken(page.replace(INTERNAL, MISSING))).as(url)
                        .isEqualTo(withoutToken(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)));
            }
            assertThat(body(Role.LEADER, url, "id", INTERNAL)).as(url).contains(TITLE).contains("三公经费支出");
            assertThat(body(Role.ADMIN, url, "id", INTERNAL)).as(url).contains(TITLE);
        }
    }

    /** Issue 15: a page image of the preview is a door too (PreviewAndHitsTest shows a 领导 gets an internal PDF's). */
    @Test
    void thePreviewsPageImageAnswersNotFoundAsForAMissingDocument() throws Exception {
        for (Role role : List.of(Role.MEMBER, Role.WRITER)) {
            MvcResult hidden = as(role, get("/document/preview/page").param("id", INTERNAL).param("n", "1"));
            MvcResult missing = as(role, get("/document/preview/page").param("id", MISSING).param("n", "1"));
            assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
            String page = hidden.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).doesNotContain(TITLE);
            assertThat(withoutToken(page.replace(INTERNAL, MISSING)))
                    .isEqualTo(withoutToken(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        }
        MvcResult leader = as(Role.LEADER, get("/document/preview/page").param("id", INTERNAL).param("n", "1"));
        assertThat(leader.getResponse().getStatus()).as("a text file has no page images").isEqualTo(404);
        assertThat(leader.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("不是 PDF");
    }

    @Test
    void theOriginalFileDownloadsOnlyForThoseAllowed() throws Exception {
        assertThat(status(Role.MEMBER, "/api/file", INTERNAL)).isEqualTo(404);
        MvcResult leader = as(Role.LEADER, get("/api/file").param("id", INTERNAL));
        assertThat(leader.getResponse().getStatus()).isEqualTo(200);
        assertThat(leader.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("三公经费");
    }

    @Test
    void theCitationsExportLeavesItOut() throws Exception {
        String member = body(Role.MEMBER, "/api/citations", "q", "走马观花");
        String leader = body(Role.LEADER, "/api/citations", "q", "走马观花");
        assertThat(leader).contains(TITLE);
        assertThat(member).doesNotContain(TITLE).contains("意见建议汇总");
        assertThat(body(Role.MEMBER, "/api/citations", "q", "三公经费")).doesNotContain(TITLE).contains("共 0 篇");
    }

    @Test
    void theHomePageAndTheTimelineCountOneDocumentLess() throws Exception {
        JsonNode member = json(Role.MEMBER, "/api/campaigns");
        JsonNode leader = json(Role.LEADER, "/api/campaigns");
        assertThat(member.get("documents").asLong()).isEqualTo(leader.get("documents").asLong() - 1);
        assertThat(member.get("campaigns").get(0).get("documents").asLong())
                .isEqualTo(leader.get("campaigns").get(0).get("documents").asLong() - 1);
        assertThat(body(Role.MEMBER, "/api/campaigns/timeline", "name", WebFixture.CAMPAIGN))
                .doesNotContain(INTERNAL).doesNotContain(TITLE);
        assertThat(body(Role.LEADER, "/api/campaigns/timeline", "name", WebFixture.CAMPAIGN)).contains(INTERNAL);
        assertThat(body(Role.MEMBER, "/campaign", "name", WebFixture.CAMPAIGN)).doesNotContain(TITLE);
        assertThat(body(Role.MEMBER, "/")).doesNotContain(TITLE);
    }

    @Test
    void theLedgerLeavesOutItsProblemAndItsPlacesInTheOthers() throws Exception {
        JsonNode member = json(Role.MEMBER, "/api/problems");
        JsonNode leader = json(Role.LEADER, "/api/problems");
        assertThat(leader.toString()).contains("三公经费").contains(INTERNAL);
        assertThat(member.toString()).doesNotContain("三公经费").doesNotContain(INTERNAL);
        assertThat(member.size()).isEqualTo(leader.size() - 1);
        assertThat(json(Role.ADMIN, "/api/problems").size()).isEqualTo(leader.size());
        assertThat(member.toString()).contains("领导干部下基层调研少");
        String page = body(Role.MEMBER, "/ledger");
        assertThat(page).doesNotContain("三公经费").doesNotContain(enc(INTERNAL))
                .contains("共 <span>" + member.size() + "</span> 个问题");
        assertThat(body(Role.LEADER, "/ledger")).contains("三公经费").contains("共 <span>" + leader.size() + "</span>");
        assertThat(body(Role.MEMBER, "/ledger/open")).doesNotContain("三公经费");
    }

    @Test
    void itsProblemHasNoPageForAMember() throws Exception {
        String id = problemId(json(Role.LEADER, "/api/problems"), "三公经费");
        assertThat(as(Role.MEMBER, get("/problems/" + id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(Role.LEADER, "/problems/" + id)).contains("三公经费");
        String shared = problemId(json(Role.MEMBER, "/api/problems"), "领导干部下基层调研少");
        assertThat(body(Role.MEMBER, "/problems/" + shared)).doesNotContain(TITLE).doesNotContain(enc(INTERNAL));
        assertThat(body(Role.LEADER, "/problems/" + shared)).contains(TITLE);
    }

    @Test
    void theXlsxExportHasOneRowLessAndNothingOfIt() throws Exception {
        List<String> member = rows(as(Role.MEMBER, get("/ledger.xlsx")).getResponse().getContentAsByteArray());
        List<String> leader = rows(as(Role.LEADER, get("/ledger.xlsx")).getResponse().getContentAsByteArray());
        assertThat(member).hasSize(leader.size() - 1);
        assertThat(String.join("\n", leader)).contains("三公经费").contains(TITLE);
        assertThat(String.join("\n", member)).doesNotContain("三公经费").doesNotContain(TITLE);
    }

    @Test
    void aWriterMarksADocumentForTheirOwnRoleAndCannotLockThemselvesOut() throws Exception {
        String id = WebFixture.PAGE;
        MvcResult saved = as(Role.WRITER, put("/api/document").param("id", id)
                .contentType(MediaType.APPLICATION_JSON).content("{\"access\":[\"撰写\"]}"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        try {
            JsonNode doc = JSON.readTree(saved.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("document");
            assertThat(doc.get("access").toString()).isEqualTo("[\"WRITER\",\"ADMIN\"]");
            AuditLog.Event event = audit.of(id, 1).get(0);
            assertThat(event.action()).isEqualTo("EDIT_ACCESS");
            assertThat(event.actor()).isEqualTo("writer");
            assertThat(event.after()).isEqualTo("access=WRITER,ADMIN");
            assertThat(status(Role.MEMBER, "/api/document", id)).isEqualTo(404);
            assertThat(status(Role.LEADER, "/api/document", id)).isEqualTo(200);
            MvcResult lockedOut = as(Role.WRITER, put("/api/document").param("id", id)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"access\":[\"LEADER\"]}"));
            assertThat(lockedOut.getResponse().getStatus()).isEqualTo(400);
            assertThat(lockedOut.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("您自己的角色");
            assertThat(as(Role.MEMBER, put("/api/document").param("id", id).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"access\":[]}")).getResponse().getStatus())
                    .as("refused for the role before the document is looked up, as for any id").isEqualTo(403);
        } finally {
            as(Role.WRITER, put("/api/document").param("id", id).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"access\":[]}"));
        }
        assertThat(status(Role.MEMBER, "/api/document", id)).isEqualTo(200);
        assertThat(audit.of(id, 1).get(0).before()).isEqualTo("access=WRITER,ADMIN");
    }

    @Test
    void theDocumentFormSetsTheRolesTicked() throws Exception {
        String id = WebFixture.SCRIPT;
        assertThat(body(Role.LEADER, "/document", "id", id)).contains("name=\"accessShown\"").contains("公开");
        MvcResult r = as(Role.LEADER, post("/document/edit").param("id", id).param("accessShown", "1")
                .param("access", "LEADER"));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        try {
            assertThat(status(Role.MEMBER, "/document", id)).isEqualTo(404);
            assertThat(body(Role.LEADER, "/document", "id", id)).contains("badge internal");
        } finally {
            as(Role.LEADER, post("/document/edit").param("id", id).param("accessShown", "1"));
        }
        assertThat(status(Role.MEMBER, "/document", id)).isEqualTo(200);
    }

    private MvcResult putAccess(Role role, String id, String roles) throws Exception {
        return as(role, put("/api/document").param("id", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"access\":[" + roles + "]}"));
    }

    @Test
    void aMarkAnAdministratorSetIsLoweredOnlyByAnAdministratorAndEveryRefusalIsAudited() throws Exception {
        String id = WebFixture.ESSAY;
        assertThat(putAccess(Role.ADMIN, id, "\"LEADER\"").getResponse().getStatus()).isEqualTo(200);
        try {
            for (String lower : List.of("", "\"WRITER\"", "\"MEMBER\",\"LEADER\"")) {
                MvcResult refused = putAccess(Role.LEADER, id, lower);
                assertThat(refused.getResponse().getStatus()).as(lower).isEqualTo(403);
                assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(lower)
                        .contains("admin").contains("角色更高");
                AuditLog.Event event = audit.of(id, 1).get(0);
                assertThat(event.action()).isEqualTo("ACCESS_REFUSED");
                assertThat(event.actor()).isEqualTo("leader");
                assertThat(event.before()).isEqualTo("access=LEADER,ADMIN");
            }
            assertThat(as(Role.LEADER, post("/document/edit").param("id", id).param("accessShown", "1"))
                    .getResponse().getStatus()).as("the form as well").isEqualTo(403);
            MvcResult kept = as(Role.LEADER, post("/document/edit").param("id", id).param("type", "我打的<b>类型")
                    .param("tags", "我的输入").param("accessShown", "1").param("access", "WRITER"));
            String form = kept.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(kept.getResponse().getStatus()).as("refused, in the page").isEqualTo(403);
            assertThat(form).contains("<header class=\"site\"").contains("id=\"refused\"").contains("角色更高")
                    .contains("value=\"我打的&lt;b&gt;类型\"").contains("value=\"我的输入\"")
                    .containsPattern("value=\"WRITER\"\\s+checked")
                    .doesNotContainPattern("value=\"LEADER\"\\s+checked").doesNotContain("<b>类型");
            assertThat(status(Role.MEMBER, "/api/document", id)).as("still hidden").isEqualTo(404);
            assertThat(status(Role.WRITER, "/api/document", id)).isEqualTo(404);
            assertThat(as(Role.LEADER, put("/api/tags").param("id", id).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"tags\":[\"学习\"]}")).getResponse().getStatus())
                    .as("other edits are not lowering").isEqualTo(200);
            assertThat(body(Role.LEADER, "/document", "id", id)).contains("未获准");
        } finally {
            assertThat(putAccess(Role.ADMIN, id, "").getResponse().getStatus()).isEqualTo(200);
            as(Role.ADMIN, put("/api/tags").param("id", id).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"tags\":[]}"));
        }
        assertThat(status(Role.MEMBER, "/api/document", id)).isEqualTo(200);
    }

    @Test
    void whoSetAMarkOrAHigherRoleMayLowerItAndAMarkOfNoKnownUserOnlyAnAdministrator() throws Exception {
        String id = WebFixture.PLAN;
        try {
            assertThat(putAccess(Role.WRITER, id, "\"WRITER\"").getResponse().getStatus()).isEqualTo(200);
            assertThat(putAccess(Role.WRITER, id, "").getResponse().getStatus()).as("its setter").isEqualTo(200);
            assertThat(putAccess(Role.WRITER, id, "\"WRITER\"").getResponse().getStatus()).isEqualTo(200);
            assertThat(putAccess(Role.LEADER, id, "").getResponse().getStatus()).as("a higher role").isEqualTo(200);
            assertThat(putAccess(Role.LEADER, id, "\"LEADER\"").getResponse().getStatus()).isEqualTo(200);
            assertThat(putAccess(Role.LEADER, id, "\"WRITER\",\"LEADER\"").getResponse().getStatus())
                    .as("raising or keeping the level needs no rank").isEqualTo(200);
        } finally {
            putAccess(Role.ADMIN, id, "");
        }
        MvcResult fixtureMark = putAccess(Role.LEADER, INTERNAL, "");
        assertThat(fixtureMark.getResponse().getStatus()).as("set by 测试数据, no user").isEqualTo(403);
        assertThat(fixtureMark.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("管理员");
        assertThat(status(Role.MEMBER, "/api/document", INTERNAL)).isEqualTo(404);
        assertThat(audit.of(INTERNAL, 1).get(0).action()).isEqualTo("ACCESS_REFUSED");
    }

    /**
     * Two indexes whose visible documents are the same, the second with 领导-only documents that repeat one of
     * their words and hold sixty words of their own beginning alike: a 党员 gets the same suggestions, in the
     * same order, from both.
     */
    @Test
    void suggestionsForAMemberAreTheSameWhateverTheHiddenDocumentsHold(@TempDir Path plain, @TempDir Path hiding)
            throws Exception {
        Viewer member = Viewer.of(EnumSet.of(Role.MEMBER));
        List<String> prefixes = List.of("alpha", "alphat", "材料", "cailiao", "三公", "alphaq");
        try (SearchService a = suggestionIndex(plain, false); SearchService b = suggestionIndex(hiding, true)) {
            Suggestions fromA = a.suggestions();
            Suggestions fromB = b.suggestions();
            for (String prefix : prefixes) {
                assertThat(fromB.suggest(prefix, 10, member)).as(prefix).isEqualTo(fromA.suggest(prefix, 10, member));
            }
            assertThat(fromA.suggest("alpha", 10, member)).extracting(Suggestions.Suggestion::text)
                    .containsExactly("alphaone", "alphatwo", "alphathree");
            assertThat(fromB.suggest("alphaq", 10, Viewer.of(EnumSet.of(Role.LEADER)))).as("a 领导 sees them")
                    .isNotEmpty();
        }
    }

    /** Three public documents; with {@code hidden}, two more only 领导 may see. */
    private static SearchService suggestionIndex(Path root, boolean hidden) throws IOException {
        Path corpus = root.resolve("corpus");
        Path data = root.resolve("data");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("一.txt"), "材料一\n\nalphaone alphatwo alphathree 讲话。\n\nalphaone 学习。\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("二.txt"), "材料二\n\nalphaone alphatwo 发言。\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("三.txt"), "材料三\n\nalphaone 心得。\n", StandardCharsets.UTF_8);
        DataSource ds = StoreDatabase.openH2(data);
        ManualValuesStore store = new ManualValuesStore(ds, new AuditLog(ds));
        if (hidden) {
            StringBuilder own = new StringBuilder();
            for (char x = 'a'; x < 'a' + 20; x++) {
                for (char y = 'a'; y < 'a' + 3; y++) {
                    own.append("alphaq").append(x).append(y).append(' ');
                }
            }
            Files.writeString(corpus.resolve("内部材料甲.txt"), "内部材料甲\n\n" + "alphathree 三公经费。\n\n".repeat(30)
                    + own + "\n\n" + own + "\n", StandardCharsets.UTF_8);
            Files.writeString(corpus.resolve("内部材料乙.txt"), "内部材料乙\n\n" + own + "\n", StandardCharsets.UTF_8);
            for (String id : List.of("内部材料甲.txt", "内部材料乙.txt")) {
                store.set(id, ManualEdit.access(EnumSet.of(Role.LEADER)), "测试数据");
            }
        }
        IndexAnalyzers analyzers = IndexAnalyzers.load(WebFixture.CONFIG);
        new IndexCorpus(IngestPipeline.load(WebFixture.CONFIG), 2, store).run(corpus, data, analyzers,
                IndexProgress.NONE);
        return SearchService.open(data, analyzers);
    }

    @Test
    void uploadingItsExactBytesIsAnsweredAsANewFileAndStoredAsTheUploadersOwn() throws Exception {
        byte[] same = Files.readAllBytes(FIXTURE.corpus.resolve(INTERNAL));
        byte[] fresh = (TITLE + "（抄件）\n\n1. 三公经费支出把关不严。\n").getBytes(StandardCharsets.UTF_8);
        List<String> added = new ArrayList<>();
        try {
            JsonNode copy = upload(Role.WRITER, "通报.txt", same, added);
            JsonNode other = upload(Role.WRITER, "通报.txt", fresh, added);
            assertThat(copy.get("id").asString()).isNotEqualTo(INTERNAL).startsWith("uploads/");
            assertThat(withoutIdAndTitle(copy)).as("the same answer as for content never seen")
                    .isEqualTo(withoutIdAndTitle(other));
            assertThat(copy.toString()).doesNotContain("相同").doesNotContain(INTERNAL);
            assertThat(status(Role.WRITER, "/api/document", copy.get("id").asString())).isEqualTo(200);
            assertThat(status(Role.WRITER, "/api/document", INTERNAL)).as("the original stays hidden").isEqualTo(404);
            assertThat(audit.of(copy.get("id").asString(), 5)).extracting(AuditLog.Event::action).contains("UPLOAD");
            JsonNode again = upload(Role.LEADER, "再传.txt", same, added);
            assertThat(again.get("duplicate").asBoolean()).as("one who sees a document with it is told").isTrue();
        } finally {
            for (String id : added) {
                index.remove(id);
            }
            search.refreshNow();
        }
    }

    /** One file uploaded as 撰写-only by someone with that role; the result, its new document id noted. */
    private JsonNode upload(Role role, String name, byte[] bytes, List<String> added) throws Exception {
        MvcResult r = as(role, multipart("/api/upload")
                .file(new MockMultipartFile("files", name, "text/plain", bytes)).param("access", "WRITER"));
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(200);
        JsonNode result = JSON.readTree(body).get(0);
        if (!result.get("duplicate").asBoolean() && result.get("id").isString()) {
            added.add(result.get("id").asString());
        }
        return result;
    }

    private static String withoutIdAndTitle(JsonNode result) {
        var copy = ((tools.jackson.databind.node.ObjectNode) result.deepCopy());
        copy.remove("id");
        copy.remove("title");
        return copy.toString();
    }

    private static String problemId(JsonNode problems, String words) {
        for (JsonNode p : problems) {
            if (p.get("text").asString().contains(words)) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError("no problem with 「" + words + "」 in " + problems);
    }

    /** Every row after the header, its cells joined by tabs. */
    private static List<String> rows(byte[] xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Cell c : row) {
                    cells.add(c.toString());
                }
                out.add(String.join("\t", cells));
            }
        }
        return out;
    }

    static String enc(String s) {
        return MockMvcSupport.enc(s);
    }
}
