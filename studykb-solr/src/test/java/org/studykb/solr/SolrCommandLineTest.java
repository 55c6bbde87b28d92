package org.studykb.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.apache.solr.SolrIgnoredThreadsFilter;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.RequestStatusState;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrException;
import org.apache.solr.client.solrj.SolrServerException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexedDocument;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line against SolrCloud, as a user runs it: {@code org.studykb.cli.Main} in a child JVM (the test's
 * class path; with {@code -Dstudykb.cli.jar=true} the product jar with the Solr backend on the loader path, as
 * scripts/solr.sh runs it: {@link ProductJar}) on a copy of the demo corpus, against two nodes in this JVM. A first {@code index
 * --backend solr} run creates the collection (2 shards × 2 replicas) and is killed with SIGKILL once its first commit
 * shows documents; a second run completes it. The collection must then hold what the embedded index of the same
 * corpus holds, and {@code problems} and {@code search} answer through it.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "none: plain HTTP keeps the cluster start short")
@ThreadLeakFilters(defaultFilters = true, filters = {SolrIgnoredThreadsFilter.class})
public class SolrCommandLineTest extends SolrCloudTestCase {
    static final Path INDEXER = Path.of("indexer");
    static final Path CORPUS = Path.of("corpus");
    static final String COLLECTION = "cli";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path corpus;
    private static Path backups;
    private static Path embeddedData;
    private static Path solrData;
    private static String solrUrl;
    private static List<IndexedDocument> embedded;
    private static JsonNode embeddedReport;
    private static int embeddedExit;
    private static long committedAtKill;
    private static JsonNode completingReport;

    @BeforeClass
    public static void indexTwiceThroughTheCommandLine() throws Exception {
        corpus = createTempDir("corpus");
        copy(CORPUS, corpus);
        embeddedData = createTempDir("embedded");
        solrData = createTempDir("solr-data");
        // the embedded index of the same copy, by the same command (not in this JVM, whose Lucene test framework
        // would pick a codec of its own), built while the cluster starts
        Path embeddedJson = embeddedData.resolve("report.json");
        Process lucene = start(embeddedData.resolve("index.log"), "index", "--corpus", corpus.toString(), "--data",
                embeddedData.toString(), "--report", embeddedJson.toString());
        // where the nodes may write the collection's backup (backupTakesTheCollectionsOwnBackup)
        backups = createTempDir("solr-backups");
        System.setProperty("solr.allowPaths", backups.toString());
        configureCluster(2).configure();
        solrUrl = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        embeddedExit = finish(lucene, 600);
        assertTrue(logs(embeddedData.resolve("index.log")), embeddedExit == 0 || embeddedExit == 3);
        embeddedReport = JSON.readTree(embeddedJson.toFile());
        try (SearchBackend index = SearchService.open(embeddedData, IndexAnalyzers.load(INDEXER))) {
            embedded = index.documents().documents();
        }

        // a run killed with SIGKILL after its first commit
        Process killed = start(solrData.resolve("killed.log"), "index", "--corpus", corpus.toString(), "--data",
                solrData.toString(), "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION,
                "--shards", "2", "--replicas", "2", "--threads", "1", "--commit-every", "1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (killed.isAlive() && System.nanoTime() < deadline && committedDocuments() == 0) {
            Thread.sleep(200);
        }
        assertTrue("the first run was still indexing when it was killed: "
                + logs(solrData.resolve("killed.log")), killed.isAlive());
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals("killed by SIGKILL", 128 + 9, killed.exitValue());
        committedAtKill = committedDocuments();

        // the next run completes it
        Path report = solrData.resolve("report.json");
        Process completing = start(solrData.resolve("completing.log"), "index", "--corpus", corpus.toString(),
                "--data", solrData.toString(), "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION,
                "--report", report.toString());
        int exit = finish(completing, 600);
        assertEquals(logs(solrData.resolve("completing.log")), embeddedExit, exit);
        completingReport = JSON.readTree(report.toFile());
    }

    @AfterClass
    public static void forget() {
        System.clearProperty("solr.allowPaths");
        embedded = null;
        embeddedReport = null;
        completingReport = null;
    }

    @Test
    public void aKilledRunRunAgainLeavesTheCollectionComplete() throws Exception {
        assertTrue("the demo corpus indexed: " + embeddedReport, embedded.size() > 50);
        assertTrue("committed before the kill: " + committedAtKill, committedAtKill > 0);
        assertTrue("the kill came before the end: " + committedAtKill, committedAtKill < embedded.size());
        // the second run read only what the first had not committed
        assertNotNull(completingReport.toString(), completingReport.get("unchanged"));
        assertEquals(committedAtKill, completingReport.get("unchanged").asLong());
        int failed = embeddedReport.get("failures").size();
        assertEquals(embedded.size() - committedAtKill + failed,
                completingReport.get("added").asLong() + completingReport.get("failures").size());
        assertEquals(embeddedReport.get("documents").asInt(), completingReport.get("documents").asInt());
        assertEquals(embeddedReport.get("passages").asInt(), completingReport.get("passages").asInt());

        try (SolrCloudIndex solr = new SolrCloudIndex(cluster.getSolrClient(), COLLECTION,
                IndexAnalyzers.load(INDEXER))) {
            assertEquals(embedded.size(), solr.documentCount());
            Map<String, IndexedDocument> byId = new HashMap<>();
            solr.documents().documents().forEach(d -> byId.put(d.id(), d));
            assertEquals(embedded.size(), byId.size());
            for (IndexedDocument e : embedded) {
                IndexedDocument s = byId.get(e.id());
                assertNotNull("in the collection: " + e.id(), s);
                assertEquals("passages of " + e.id(), e.passages(), s.passages());
                assertEquals("title of " + e.id(), e.title(), s.title());
                assertEquals("date of " + e.id(), e.date(), s.date());
                assertEquals("type of " + e.id(), e.type(), s.type());
            }
            // no record twice, no passage left of an old block: every record is a document, a passage of one, or a
            // failure
            int passages = embedded.stream().mapToInt(d -> d.passages().size()).sum();
            assertEquals(embedded.size() + passages + failed, count("*:*"));
            assertEquals(passages, count("{!child of=\"" + Fields.KIND + ":" + Fields.KIND_DOC + "\"}"
                    + Fields.KIND + ":" + Fields.KIND_DOC));
            assertEquals(failed, solr.stats().failures());
        }
        var shards = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
        assertEquals("the collection was created with the shards asked for", 2, shards.getSlices().size());
        assertEquals("and the replicas", 4, shards.getReplicas().size());
    }

    @Test
    public void problemsAreTheSameOnBothBackends() throws Exception {
        // the same data folder for both: it holds the key the problems' ids are made with
        Process lucene = start(embeddedData.resolve("problems-lucene.json"), "problems", "--data",
                embeddedData.toString(), "--json");
        Process solr = start(embeddedData.resolve("problems-solr.json"), "problems", "--data",
                embeddedData.toString(), "--json", "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION);
        int luceneExit = finish(lucene, 300);
        int solrExit = finish(solr, 300);
        assertEquals(logs(embeddedData.resolve("problems-lucene.json")), 0, luceneExit);
        assertEquals(logs(embeddedData.resolve("problems-solr.json")), 0, solrExit);
        JsonNode expected = JSON.readTree(embeddedData.resolve("problems-lucene.json").toFile());
        JsonNode actual = JSON.readTree(embeddedData.resolve("problems-solr.json").toFile());
        assertTrue("the demo has problems", expected.size() > 10);
        assertEquals(expected, actual);
    }

    @Test
    public void searchAnswersThroughTheCollection() throws Exception {
        Path topics = solrData.resolve("topics.tsv");
        Files.writeString(topics, "q1\t民主生活会\nq2\t整改方案\n", StandardCharsets.UTF_8);
        Path runFile = solrData.resolve("run.trec");
        Process plain = start(solrData.resolve("search.json"), "search", "--data", solrData.toString(), "--json",
                "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION, "民主生活会");
        Process runs = start(solrData.resolve("search-run.log"), "search", "--data", solrData.toString(),
                "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION, "--topics", topics.toString(),
                "--run", runFile.toString(), "--size", "5");
        int plainExit = finish(plain, 300);
        int runsExit = finish(runs, 300);
        assertEquals(logs(solrData.resolve("search.json")), 0, plainExit);
        assertEquals(logs(solrData.resolve("search-run.log")), 0, runsExit);
        JsonNode response = JSON.readTree(solrData.resolve("search.json").toFile());
        assertTrue(response.toString(), response.get("total").asLong() > 0);
        for (JsonNode hit : response.get("hits")) {
            assertTrue("a corpus file: " + hit.get("id"), Files.isRegularFile(corpus.resolve(hit.get("id").asString())));
            assertFalse(hit.get("title").asString().isEmpty());
        }
        List<String> lines = Files.readAllLines(runFile, StandardCharsets.UTF_8);
        assertEquals(10, lines.size());
        assertTrue(lines.get(0), lines.get(0).matches("q1 Q0 \\S+ 1 \\S+ studykb"));
    }

    /**
     * {@code backup --backend solr}: the collection is backed up by SolrCloud's own BACKUP into the shared location,
     * and the folder holds the store and files with a manifest that says where the index went; that backup restores
     * into a collection with every record, and {@code restore} of the folder says the index is not in it.
     */
    @Test
    public void backupTakesTheCollectionsOwnBackup() throws Exception {
        Path to = createTempDir("backup").resolve("b");
        Process backup = start(solrData.resolve("backup.log"), "backup", "--to", to.toString(), "--data",
                solrData.toString(), "--backend", "solr", "--solr", solrUrl, "--collection", COLLECTION,
                "--solr-location", backups.toString());
        assertEquals(logs(solrData.resolve("backup.log")), 0, finish(backup, 300));
        assertTrue(logs(solrData.resolve("backup.log")).contains("RESTORE"));
        JsonNode manifest = JSON.readTree(to.resolve("manifest.json").toFile());
        assertTrue(manifest.toString(), manifest.get("indexBackup").asText().contains(COLLECTION));
        assertEquals(embedded.size(), manifest.get("indexDocuments").asInt());
        assertFalse("no index files in the folder", Files.exists(to.resolve("index")));

        List<Path> taken;
        try (Stream<Path> in = Files.list(backups)) {
            taken = in.toList();
        }
        assertEquals(taken.toString(), 1, taken.size());
        String restored = COLLECTION + "_restored";
        assertEquals(RequestStatusState.COMPLETED, CollectionAdminRequest
                .restoreCollection(restored, taken.get(0).getFileName().toString())
                .setLocation(backups.toString()).processAndWait(cluster.getSolrClient(), 300));
        try {
            SolrQuery all = new SolrQuery("*:*");
            all.setRows(0);
            assertEquals(count("*:*"), cluster.getSolrClient().query(restored, all).getResults().getNumFound());
        } finally {
            CollectionAdminRequest.deleteCollection(restored).process(cluster.getSolrClient());
        }

        Path again = createTempDir("restored").resolve("data");
        Process restore = start(solrData.resolve("restore.log"), "restore", "--from", to.toString(), "--data",
                again.toString());
        assertEquals(logs(solrData.resolve("restore.log")), 0, finish(restore, 300));
        assertTrue(logs(solrData.resolve("restore.log")), logs(solrData.resolve("restore.log"))
                .contains("索引不在这份备份中"));
    }

    /** {@code org.studykb.cli.Main} in a child JVM, output and errors into {@code log}. */
    private static Process start(Path log, String... args) throws IOException {
        List<String> cmd;
        if (Boolean.getBoolean("studykb.cli.jar")) {
            cmd = new ArrayList<>(ProductJar.command(args));
        } else {
            cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Dfile.encoding=UTF-8", "-Duser.language=zh", "-Duser.country=CN",
                    "-Duser.timezone=Asia/Shanghai", "-cp", System.getProperty("java.class.path"),
                    "org.studykb.cli.Main"));
            cmd.addAll(List.of(args));
        }
        cmd.addAll(List.of("--config", INDEXER.toString()));
        return new ProcessBuilder(cmd).redirectOutput(log.toFile())
                .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile()).start();
    }

    private static int finish(Process p, int seconds) throws InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            fail("the command did not end within " + seconds + " s");
        }
        return p.exitValue();
    }

    /** Documents visible in the collection; none while it does not exist or is not active yet. */
    private static long committedDocuments() throws Exception {
        if (!CollectionAdminRequest.listCollections(cluster.getSolrClient()).contains(COLLECTION)) {
            return 0;
        }
        try {
            return count(Fields.KIND + ":" + Fields.KIND_DOC);
        } catch (SolrException | SolrServerException e) {
            return 0; // created, its replicas not all up yet: the child is still waiting for them too
        }
    }

    /** What a child wrote, standard output and error, for a failure's message. */
    private static String logs(Path log) throws IOException {
        Path err = log.resolveSibling(log.getFileName() + ".err");
        return Files.readString(log) + (Files.exists(err) ? "\n" + Files.readString(err) : "");
    }

    private static long count(String q) throws Exception {
        SolrQuery query = new SolrQuery(q);
        query.setRows(0);
        return cluster.getSolrClient().query(COLLECTION, query).getResults().getNumFound();
    }

    /** A folder copied whole (SolrServeTest copies the demo corpus the same way). */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
