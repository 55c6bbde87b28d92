package org.studykb.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexBackend;
import org.studykb.index.LuceneIndex;
import org.studykb.index.ManualValues;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.IngestedDocument;
import org.studykb.search.SearchService;

/**
 * The same documents in both backends, for tests that compare their answers: the demo corpus, a 内部 notice for
 * 领导 and a public text full of markup, put into an embedded index and into a collection of 2 shards × 2 replicas
 * on a cluster of 2 nodes (one per test class).
 */
public abstract class BothBackendsTestCase extends SolrCloudTestCase {
    static final String COLLECTION = "studykb_both";
    static final String INTERNAL = "督导组/内部通报.txt";
    static final String INTERNAL_TITLE = "督导组反馈的突出问题";
    static final String INTERNAL_TYPE = "督导通报";
    /** A word only the 内部 notice has. */
    static final String SECRET = "zqxjkw";
    static final String MARKUP = "标记/页面代码.txt";

    static Path data;
    static IndexAnalyzers analyzers;
    static SearchService embedded;
    static SolrCloudIndex solr;
    static List<Put> documents;

    /** A document ingested once, and the values set by hand that both backends get with it. */
    record Put(IngestedDocument doc, ManualValues manual) {
    }

    @BeforeClass
    public static void setUpBothBackends() throws Exception {
        analyzers = IndexAnalyzers.load(SolrCloudClusterTest.INDEXER);
        data = createTempDir("studykb-data");
        Path extra = createTempDir("extra");
        // the files are read while the cluster starts (which mostly waits)
        ExecutorService reading = Executors.newSingleThreadExecutor();
        Future<List<Put>> read = reading.submit(() -> demoAndExtra(extra));
        reading.shutdown();
        Path conf = Configset.write(SolrCloudClusterTest.INDEXER, createTempDir("configset"));
        configureCluster(2).addConfig(COLLECTION, conf).configure();
        CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(COLLECTION, 2, 4);
        documents = read.get();

        LuceneIndex.createIfAbsent(data, analyzers);
        try (LuceneIndex index = LuceneIndex.open(data)) {
            putAll(index.writer(analyzers), documents);
        }
        solr = new SolrCloudIndex(cluster.getSolrClient(), COLLECTION, analyzers);
        putAll(solr.writer(analyzers), documents);
        cluster.waitForActiveCollection(COLLECTION, 2, 4); // every replica in sync before the checks compare answers
        embedded = SearchService.open(data, analyzers);
    }

    /**
     * The demo corpus, a 内部 notice for 领导 ({@link #INTERNAL}, its type set by hand) and a public text full of
     * markup ({@link #MARKUP}), the last two written into {@code extra} first; ingested.
     */
    static List<Put> demoAndExtra(Path extra) throws Exception {
        write(extra.resolve(INTERNAL), INTERNAL_TITLE + "\n\n1. 三公经费支出把关不严，公务接待超标准，" + SECRET + "。\n\n"
                + "2. 领导干部下基层调研少，有时走马观花。\n\n3. 会议多、文件多，会议时间长。\n");
        write(extra.resolve(MARKUP), "页面代码的标记测试\n\n一、<script>alert('标记测试')</script> 标记测试 & <b>粗体</b>"
                + "不得进入页面。\n\n二、\"引号\"与'单引号'的标记测试。\n");
        IngestPipeline pipeline = IngestPipeline.load(SolrCloudClusterTest.INDEXER);
        List<Put> out = Collections.synchronizedList(new ArrayList<>(ingest(pipeline, SolrCloudClusterTest.CORPUS)));
        ManualValues leaders = new ManualValues(List.of(
                new ManualValues.Manual(Fields.ACCESS, "LEADER", "admin", Instant.EPOCH),
                new ManualValues.Manual(Fields.TYPE, INTERNAL_TYPE, "admin", Instant.EPOCH)));
        for (Put p : ingest(pipeline, extra)) {
            out.add(p.doc().id().equals(INTERNAL) ? new Put(p.doc(), leaders) : p);
        }
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Put> ingest(IngestPipeline pipeline, Path root) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<IngestResult>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> pipeline.ingest(root, f)));
            }
            List<Put> out = new ArrayList<>();
            for (Future<IngestResult> r : results) {
                if (r.get() instanceof IngestResult.Ingested i) {
                    out.add(new Put(i.document(), ManualValues.NONE));
                }
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    static void putAll(IndexBackend.Writer writer, List<Put> documents) throws IOException {
        try (writer) {
            for (Put p : documents) {
                writer.put(p.doc(), 1, 1, p.manual());
            }
            writer.commit();
        }
    }

    @AfterClass
    public static void closeBackends() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        if (solr != null) {
            solr.close();
        }
        embedded = null;
        solr = null;
        documents = null;
        analyzers = null;
    }

}
