package org.studykb.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.apache.solr.SolrIgnoredThreadsFilter;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.index.CorpusFiles;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.search.DocumentView;
import org.studykb.search.SearchHit;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchService;
import org.studykb.search.Suggestions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code serve} on SolrCloud as a user runs it: the product jar through PropertiesLauncher with the Solr backend on
 * the loader path ({@link ProductJar}, as scripts/solr.sh), {@code serve --backend solr --solr URL} in a child JVM
 * against two nodes in this JVM, over a copy of the demo corpus with a 内部 notice for 领导 ({@code access.yml}) and a
 * text full of markup. The collection (2 shards × 2 replicas) is made by the real {@code index --backend solr}; the
 * embedded index of the same copy, by {@code index}, is what the answers are compared with. The users are made by
 * {@code users token … --create ROLE} and sign in with their tokens. Each check is one method that asks the server
 * over HTTP ({@link #get}, {@link #json}); the document page, related documents and {@code /api/suggest} are to be
 * added so once the Solr backend gives them.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "none: plain HTTP keeps the cluster start short")
@ThreadLeakFilters(defaultFilters = true, filters = {SolrIgnoredThreadsFilter.class, SolrServeTest.ClientThreads.class})
public class SolrServeTest extends SolrCloudTestCase {
    static final String COLLECTION = "served";
    static final String INTERNAL = "督导组/内部通报.txt";
    /** A word only the 内部 notice has. */
    static final String SECRET = "zqxjkw";
    static final String MARKUP = "标记/页面代码.txt";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Viewer MEMBER = Viewer.of(Set.of(Role.MEMBER));

    private static Path corpus;
    private static Path config;
    private static Path embeddedData;
    private static Path solrData;
    private static String solrUrl;
    private static Process server;
    private static Path serverLog;
    private static String base;
    private static HttpClient http;
    private static final Map<Role, String> TOKENS = new HashMap<>();

    @BeforeClass
    public static void serveTheCollection() throws Exception {
        corpus = createTempDir("corpus");
        SolrCommandLineTest.copy(SolrCommandLineTest.CORPUS, corpus);
        write(corpus.resolve(INTERNAL), "督导组反馈的突出问题\n\n1. 三公经费支出把关不严，公务接待超标准，" + SECRET
                + "。\n\n2. 领导干部下基层调研少，有时走马观花。\n");
        write(corpus.resolve(MARKUP), "页面代码的标记测试\n\n一、<script>alert('标记测试')</script> 标记测试 & <b>粗体</b>"
                + "不得进入页面。\n");
        config = createTempDir("indexer");
        SolrCommandLineTest.copy(SolrCommandLineTest.INDEXER, config);
        Files.writeString(config.resolve("access.yml"), "rules:\n  - path: \"督导组/**\"\n    roles: [LEADER]\n",
                StandardCharsets.UTF_8);
        embeddedData = createTempDir("embedded");
        solrData = createTempDir("solr-data");

        Process lucene = ProductJar.start(embeddedData.resolve("index.log"), "index", "--corpus", corpus.toString(),
                "--data", embeddedData.toString(), "--config", config.toString());
        configureCluster(2).configure();
        solrUrl = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        Process solr = ProductJar.start(solrData.resolve("index.log"), "index", "--corpus", corpus.toString(),
                "--data", solrData.toString(), "--config", config.toString(), "--backend", "solr", "--solr", solrUrl,
                "--collection", COLLECTION, "--shards", "2", "--replicas", "2");
        int luceneExit = finish(lucene, embeddedData.resolve("index.log"), 900);
        int solrExit = finish(solr, solrData.resolve("index.log"), 900);
        assertTrue(ProductJar.logs(embeddedData.resolve("index.log")), luceneExit == 0 || luceneExit == 3);
        assertEquals(ProductJar.logs(solrData.resolve("index.log")), luceneExit, solrExit);
        cluster.waitForActiveCollection(COLLECTION, 2, 4);

        for (Role role : List.of(Role.MEMBER, Role.WRITER, Role.LEADER, Role.ADMIN)) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            Path log = solrData.resolve("token-" + name + ".log");
            Process token = ProductJar.start(log, "users", "token", name, "--create", role.name(), "--data",
                    solrData.toString(), "--config", config.toString());
            assertEquals(ProductJar.logs(log), 0, finish(token, log, 300));
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            TOKENS.put(role, lines.get(lines.size() - 1).strip()); // the token is the last line printed
        }

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        serverLog = solrData.resolve("serve.log");
        server = ProductJar.start(serverLog, "serve", "--data", solrData.toString(), "--config", config.toString(),
                "--port", Integer.toString(port), "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        awaitReady(600);
    }

    @AfterClass
    public static void stopServing() throws Exception {
        if (server != null) {
            server.destroy(); // SIGTERM: the graceful shutdown
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        server = null;
        http = null;
        TOKENS.clear();
    }

    @Test
    public void onlyTheLoginPageAndHealthAreOpen() throws Exception {
        assertEquals(200, get("/login", null).statusCode());
        assertEquals(401, get("/api/search?q=" + enc("民主生活会"), null).statusCode());
        HttpResponse<String> page = get("/search?q=" + enc("民主生活会"), null);
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse(""), page.headers().firstValue("Location")
                .orElse("").endsWith("/login"));
    }

    /** The top 10 of a few queries, for a 党员, as the embedded backend ranks the same corpus. */
    @Test
    public void searchApiGivesTheEmbeddedTopTen() throws Exception {
        List<String> queries = List.of("民主生活会", "整改方案", "征求意见 座谈会", "科学发展观 党课", "批评与自我批评");
        Map<String, List<String>> served = new TreeMap<>();
        Map<String, List<String>> expected = new TreeMap<>();
        try (SearchService embedded = SearchService.open(embeddedData, IndexAnalyzers.load(config))) {
            for (String q : queries) {
                expected.put(q, embedded.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 10), MEMBER)
                        .hits().stream().map(SearchHit::id).toList());
                JsonNode r = json("/api/search?q=" + enc(q) + "&size=10", Role.MEMBER);
                List<String> ids = new ArrayList<>();
                r.get("hits").forEach(h -> ids.add(h.get("id").asString()));
                served.put(q, ids);
            }
        }
        for (String q : queries) {
            assertEquals(q + ": ten hits", 10, served.get(q).size());
            assertEquals(q + ": the embedded backend's top 10 " + expected.get(q) + ", served " + served.get(q),
                    new HashSet<>(expected.get(q)), new HashSet<>(served.get(q)));
        }
    }

    /** The results page: hits with their words marked, the document's own markup escaped, the facets. */
    @Test
    public void searchPageRendersMarkedEscapedHitsAndFacets() throws Exception {
        HttpResponse<String> page = get("/search?q=" + enc("标记测试"), Role.MEMBER);
        assertEquals(failure(page), 200, page.statusCode());
        String html = page.body();
        assertTrue(html, html.contains("class=\"hit\""));
        assertTrue(html, html.contains("<mark>"));
        assertTrue("the file's markup shown as text: " + html, html.contains("&lt;script&gt;"));
        assertFalse("the file's markup never part of the page", html.contains("<script>alert"));
        assertFalse(html.contains("<b>粗体</b>"));

        html = get("/search?q=" + enc("民主生活会"), Role.MEMBER).body();
        assertTrue(html, html.contains("class=\"facets\""));
        for (String facet : List.of("type", "phase", "campaign", "year")) {
            assertTrue("facet " + facet + ": " + html, html.contains("data-facet=\"" + facet + "\""));
        }
        assertTrue(html, html.contains("class=\"facet-value\""));
    }

    /** The 内部 notice is not there for a 党员, in hits nor in counts, and is for a 领导. */
    @Test
    public void internalDocumentIsSeenByLeadersOnly() throws Exception {
        JsonNode member = json("/api/search?q=" + SECRET, Role.MEMBER);
        assertEquals(member.toString(), 0, member.get("total").asLong());
        JsonNode leader = json("/api/search?q=" + SECRET, Role.LEADER);
        assertEquals(leader.toString(), 1, leader.get("total").asLong());
        assertEquals(INTERNAL, leader.get("hits").get(0).get("id").asString());
        long seenByMember = json("/api/search?q=", Role.MEMBER).get("total").asLong();
        long seenByLeader = json("/api/search?q=", Role.LEADER).get("total").asLong();
        assertTrue("the whole collection: " + seenByLeader, seenByLeader > 50);
        assertEquals(seenByLeader - 1, seenByMember);
        String page = get("/search?q=" + SECRET, Role.MEMBER).body();
        assertFalse(page, page.contains("督导组反馈的突出问题"));
    }

    /** The ledger over HTTP, for 管理员 (who sees every document), is what {@code problems --json} prints. */
    @Test
    public void ledgerAnswersAsTheProblemsCommand() throws Exception {
        Path out = solrData.resolve("problems.json");
        Process problems = ProductJar.start(out, "problems", "--json", "--data", solrData.toString(), "--config",
                config.toString(), "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION);
        assertEquals(ProductJar.logs(out), 0, finish(problems, out, 300));
        Map<String, String> printed = problems(JSON.readTree(out.toFile()));
        Map<String, String> served = problems(json("/api/problems", Role.ADMIN));
        assertTrue("the demo has problems: " + printed.size(), printed.size() > 10);
        assertEquals(printed, served);
        // a 党员's ledger holds the same problems but those raised in the 内部 notice, and no link to it
        Map<String, String> forMember = new TreeMap<>(served);
        forMember.values().removeIf(v -> v.startsWith(INTERNAL + " "));
        Map<String, String> member = problems(json("/api/problems", Role.MEMBER));
        assertEquals(forMember.keySet(), member.keySet());
        member.values().forEach(v -> assertFalse(v, v.contains(INTERNAL)));
    }

    /** 索引状态 (管理员): the last index run with the collection's document count, on the page and in the API. */
    @Test
    public void indexStatusShowsTheDocumentCount() throws Exception {
        // what the index run wrote: not a file another test uploads meanwhile
        SolrQuery docs = new SolrQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        docs.addFilterQuery("-" + Fields.ID + ":" + CorpusFiles.UPLOADS + "/*");
        docs.setRows(0);
        long count = cluster.getSolrClient().query(COLLECTION, docs).getResults().getNumFound();
        assertTrue("the demo corpus and the two files: " + count, count > 50);
        JsonNode status = json("/api/admin/index-status", Role.ADMIN);
        assertEquals(status.toString(), count, status.get("runs").get(0).get("documents").asLong());
        HttpResponse<String> page = get("/admin/index-status", Role.ADMIN);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("<td>" + count + "</td>"));
        assertEquals(403, get("/api/admin/index-status", Role.LEADER).statusCode());
    }

    /** A file uploaded through the API is written into the collection and found by searching at once. */
    @Test
    public void anUploadedFileIsFoundBySearching() throws Exception {
        String word = "wqpzkv";
        HttpResponse<String> answer = upload("上传的学习体会.txt",
                ("上传的学习体会\n\n一、通过学习，" + word + "，进一步提高了认识。\n").getBytes(StandardCharsets.UTF_8),
                Role.WRITER);
        assertEquals(failure(answer), 200, answer.statusCode());
        JsonNode result = JSON.readTree(answer.body()).get(0);
        assertTrue(result.toString(), result.get("ok").asBoolean());
        JsonNode found = json("/api/search?q=" + word, Role.MEMBER);
        assertEquals(found.toString(), 1, found.get("total").asLong());
        assertEquals(result.get("id").asString(), found.get("hits").get(0).get("id").asString());
    }

    /**
     * A person's tag on a corpus file is in the search results at once: on Solr the writer keeps no stored copy of
     * the records, so the edit reads the file again.
     */
    @Test
    public void anEditShowsInTheSearchResults() throws Exception {
        String id = json("/api/search?q=" + enc("整改方案") + "&size=1", Role.WRITER).get("hits").get(0).get("id")
                .asString();
        String tag = "服务测试标签";
        HttpResponse<String> saved = send(HttpRequest.newBuilder(uri("/api/document?id=" + enc(id)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"tags\":[\"" + tag + "\"]}")), Role.WRITER);
        assertEquals(failure(saved), 200, saved.statusCode());
        assertTrue(saved.body(), JSON.readTree(saved.body()).get("indexed").asBoolean());
        JsonNode found = json("/api/search?q=" + enc("tag:" + tag), Role.MEMBER);
        assertEquals(found.toString(), 1, found.get("total").asLong());
        assertEquals(id, found.get("hits").get(0).get("id").asString());
    }

    /**
     * A document's page and its API read from the collection: its values and passages (the query's words marked) as
     * the embedded index gives them, and the 内部 notice answered to a 党员 as a document that does not exist.
     */
    @Test
    public void documentPagesAreTheEmbeddedOnes() throws Exception {
        String id = json("/api/search?q=" + enc("整改方案") + "&size=1", Role.MEMBER).get("hits").get(0).get("id")
                .asString();
        try (SearchService embedded = SearchService.open(embeddedData, IndexAnalyzers.load(config))) {
            DocumentView expected = embedded.byId().get(id, MEMBER).orElseThrow();
            JsonNode served = json("/api/document?id=" + enc(id), Role.MEMBER);
            assertEquals(expected.title(), served.get("title").asString());
            assertEquals(expected.passages(), served.get("passages").asInt());
            assertEquals(expected.values().size(), served.get("values").size());
            for (int i = 0; i < expected.values().size(); i++) {
                JsonNode value = served.get("values").get(i).get("value");
                assertEquals(expected.values().get(i).field(), expected.values().get(i).value(),
                        value == null || value.isNull() ? null : value.asString());
            }
            List<DocumentView.PassageText> passages = embedded.byId().passages(id, 0, 50, "整改", MEMBER);
            JsonNode page = json("/api/document/passages?id=" + enc(id) + "&q=" + enc("整改"), Role.MEMBER);
            assertEquals(passages.size(), page.size());
            int marked = 0;
            for (int i = 0; i < passages.size(); i++) {
                assertEquals(passages.get(i).text(), page.get(i).get("text").asString());
                assertEquals(passages.get(i).start(), page.get(i).get("start").asInt());
                marked += page.get(i).get("html").asString().contains("<mark>") ? 1 : 0;
            }
            assertTrue("passages with 整改 marked: " + marked, marked > 0);
        }
        HttpResponse<String> html = get("/document?id=" + enc(id) + "&q=" + enc("整改"), Role.MEMBER);
        assertEquals(failure(html), 200, html.statusCode());
        assertTrue(html.body().contains("<mark>"));

        assertEquals(404, get("/api/document?id=" + enc(INTERNAL), Role.MEMBER).statusCode());
        assertEquals(404, get("/document?id=" + enc(INTERNAL), Role.MEMBER).statusCode());
        assertEquals(404, get("/api/document/passages?id=" + enc(INTERNAL), Role.MEMBER).statusCode());
        assertEquals(INTERNAL, json("/api/document?id=" + enc(INTERNAL), Role.LEADER).get("id").asString());
    }

    /** Related documents come from the collection (Solr's MoreLikeThis), never the 内部 notice for a 党员. */
    @Test
    public void relatedDocumentsLeaveOutWhatTheViewerMayNotSee() throws Exception {
        String id = json("/api/search?q=" + enc("走马观花") + "&size=1", Role.MEMBER).get("hits").get(0).get("id")
                .asString();
        JsonNode related = json("/api/document/related?id=" + enc(id), Role.MEMBER);
        assertTrue("related documents of " + id + ": " + related, related.size() > 0);
        related.forEach(r -> assertNotEquals(INTERNAL, r.get("id").asString()));
        related.forEach(r -> assertNotEquals(id, r.get("id").asString()));
        assertEquals(404, get("/api/document/related?id=" + enc(INTERNAL), Role.MEMBER).statusCode());
        assertEquals(200, get("/api/document/related?id=" + enc(INTERNAL), Role.LEADER).statusCode());
    }

    /** Suggestions while typing: words of the collection and titles, none of the 内部 notice's for a 党员. */
    @Test
    public void suggestionsComeFromTheCollection() throws Exception {
        List<String> words = new ArrayList<>();
        json("/api/suggest?q=" + enc("民主"), Role.MEMBER).forEach(s -> words.add(s.get("text").asString()));
        assertTrue(words.toString(), words.stream().anyMatch(w -> w.startsWith("民主") && w.length() > 2));
        try (SearchService embedded = SearchService.open(embeddedData, IndexAnalyzers.load(config))) {
            assertEquals(embedded.suggestions().suggest("民主", 8, MEMBER).stream()
                    .map(Suggestions.Suggestion::text).toList().get(0), words.get(0));
        }
        String typed = SECRET.substring(0, 3);
        assertFalse(json("/api/suggest?q=" + typed, Role.MEMBER).toString().contains(SECRET));
        assertTrue(json("/api/suggest?q=" + typed, Role.LEADER).toString().contains(SECRET));
    }

    /**
     * The doors of InternalDocumentsTest over SolrCloud: every address of a document answers a 党员 for the 内部
     * notice exactly as for a document that does not exist, while a 领导 gets it; the citations export, the campaigns'
     * counts, did-you-mean and the ledger's pages leave it out for a 党员.
     */
    @Test
    public void everyDoorOfTheInternalNoticeIsClosedToAMember() throws Exception {
        String missing = "督导组/没有这个文件.txt";
        for (String url : List.of("/api/document", "/api/document/passages", "/api/document/related", "/api/cite",
                "/api/tags", "/api/file", "/document", "/document/print", "/document/preview")) {
            HttpResponse<String> none = get(url + "?p=1&id=" + enc(missing), Role.MEMBER);
            HttpResponse<String> hidden = get(url + "?p=1&id=" + enc(INTERNAL), Role.MEMBER);
            assertEquals(url, 404, none.statusCode());
            assertEquals(url, 404, hidden.statusCode());
            if (url.startsWith("/api/")) {
                assertEquals(url, none.body().replace(missing, INTERNAL), hidden.body());
            }
        }
        for (String url : List.of("/api/document", "/api/cite", "/api/file", "/api/tags", "/document")) {
            assertEquals(url, 200, get(url + "?p=1&id=" + enc(INTERNAL), Role.LEADER).statusCode());
        }
        String title = "督导组反馈的突出问题";
        assertFalse(get("/api/citations?q=" + enc("走马观花"), Role.MEMBER).body().contains(title));
        assertTrue(get("/api/citations?q=" + enc("走马观花"), Role.LEADER).body().contains(title));
        assertEquals(json("/api/campaigns", Role.LEADER).get("documents").asLong() - 1,
                json("/api/campaigns", Role.MEMBER).get("documents").asLong());
        assertEquals("", json("/api/search?q=" + enc("三工经费"), Role.MEMBER).get("didYouMean").asString());
        assertFalse(get("/ledger", Role.MEMBER).body().contains(SECRET));
        assertTrue(get("/ledger", Role.LEADER).body().contains(SECRET));
    }

    /** Each problem as id → source path, text and status, with its links' paths and states. */
    private static Map<String, String> problems(JsonNode array) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode p : array) {
            List<String> links = new ArrayList<>();
            p.get("links").forEach(l -> links.add(l.get("path").asString() + "=" + l.get("state").asString()));
            out.put(p.get("id").asString(), p.get("source").get("path").asString() + " " + p.get("text").asString()
                    + " " + p.get("status").asString() + " " + links);
        }
        return out;
    }

    static HttpResponse<String> get(String path, Role as) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), as);
    }

    /** A 200 answer's JSON. */
    static JsonNode json(String path, Role as) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, as);
        assertEquals(path + ": " + failure(r), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> upload(String name, byte[] content, Role as) throws IOException, InterruptedException {
        String boundary = "studykb" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), as);
    }

    /** Sent as the user with that role (signed in by their token), or as nobody. */
    static HttpResponse<String> send(HttpRequest.Builder request, Role as) throws IOException, InterruptedException {
        if (as != null) {
            request.header("Authorization", "Bearer " + TOKENS.get(as));
        }
        return http.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An unexpected answer, with the end of the server's log (where a 500's error number leads). */
    static String failure(HttpResponse<String> r) throws IOException {
        String log = ProductJar.logs(serverLog);
        return r.statusCode() + " " + r.body() + "\n--- serve's log, end:\n"
                + log.substring(Math.max(0, log.length() - 6000));
    }

    static URI uri(String path) {
        return URI.create(base + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Until readiness says UP; the server's log when it ends or does not get there. */
    private static void awaitReady(int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("serve ended with " + server.exitValue() + ": " + ProductJar.logs(serverLog));
            }
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("serve not ready within " + seconds + " s: " + ProductJar.logs(serverLog));
    }

    private static int finish(Process p, Path log, int seconds) throws Exception {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            fail("the command did not end within " + seconds + " s: " + ProductJar.logs(log));
        }
        return p.exitValue();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The JDK HTTP client's selector thread, which ends when the client is collected, not with the test. */
    public static final class ClientThreads implements ThreadFilter {
        @Override
        public boolean reject(Thread t) {
            return t.getName().startsWith("HttpClient-");
        }
    }
}
