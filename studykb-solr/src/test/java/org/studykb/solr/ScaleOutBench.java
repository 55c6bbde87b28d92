package org.studykb.solr;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.studykb.access.Viewer;
import org.studykb.bench.ScaledCorpus;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexBackend;
import org.studykb.index.LuceneIndex;
import org.studykb.index.ManualValues;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.IngestedDocument;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchService;

/**
 * The same workload on the embedded backend and on an in-process SolrCloud (2 nodes, a collection of 2 shards × 2
 * replicas from the generated configset), in one run: N generated files ({@link ScaledCorpus}) are extracted once by
 * the product's pipeline, then each backend's writer (one thread, {@link IndexBackend.Writer}) indexes the same
 * records and commits; then size on disk, the heap the open index holds, and latency of the eval queries from 1 and
 * 8 clients. Prints a Markdown table and writes it to {@code WORK/table-N.md}.
 *
 * <pre>ScaleOutBench N [WORK=target/bench-solr] [ROUNDS=5] [REPORTS=../shared/data/reports]</pre>
 */
public final class ScaleOutBench {
    static final Path INDEXER = Path.of("indexer");
    static final Path TOPICS = Path.of("scripts/eval/topics.tsv");
    static final String COLLECTION = "studykb";
    static final int CLIENTS = 8;
    static final int WARMUP_ROUNDS = 2;
    static final int WARMUP_RECORDS = 100;
    static final String START = "start: nodes up";
    static final String TLOG = "transaction logs on disk (every replica)";
    static final String INDEXING = "indexing, 1 writer, extracted records to commit: docs/s";
    static final String INDEXING_CPU = "indexing: CPU time of this JVM per document (Solr: client and every replica)";
    static final String CLIENT_CPU = "of which the client maps records to Solr blocks (nothing sent): CPU per document";
    static final String SECONDS = "indexing: seconds";
    static final String SIZE = "index size on disk (every replica)";
    static final String COPIES = "copies of the data";
    static final String PER_RECORD = "one copy: bytes per document / per passage";

    /** One extracted file, as the index run hands it to a writer. */
    record Extracted(IngestedDocument doc, long size, long mtime) {
    }

    private final BenchTable table = new BenchTable("embedded Lucene", "SolrCloud, 2 nodes, 2 shards × 2 replicas");

    private ScaleOutBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ScaleOutBench N [WORK=target/bench-solr] [ROUNDS=5] [REPORTS]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-solr");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String reports = args.length > 3 ? args[3] : "../shared/data/reports";
        Path corpus = work.resolve("corpus-" + n);
        if (!Files.isDirectory(corpus)) {
            ScaledCorpus.main(new String[] {corpus.toString(), Integer.toString(n), "scripts/corpus/src", reports});
        }
        ScaleOutBench bench = new ScaleOutBench();
        String markdown = bench.run(corpus, work.resolve("data-" + n), work.resolve("cluster-" + n), rounds);
        Files.writeString(work.resolve("table-" + n + ".md"), markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
        System.exit(0); // the cluster's client and ZooKeeper leave non-daemon threads behind
    }

    private String run(Path corpus, Path data, Path clusterDir, int rounds) throws Exception {
        table.shared("load average at the start", loadAverage());
        IndexAnalyzers analyzers = IndexAnalyzers.load(INDEXER);
        List<String> queries = queries(TOPICS);
        List<Extracted> records = extract(corpus);
        long passages = records.stream().mapToLong(r -> r.doc().passages().size()).sum();
        table.shared("documents / passages", String.format(Locale.ROOT, "%,d / %,d", records.size(), passages));
        table.shared("queries (scripts/eval/topics.tsv) × rounds per client", queries.size() + " × " + rounds);
        for (String row : List.of(START, INDEXING, SECONDS, INDEXING_CPU, CLIENT_CPU, SIZE, COPIES, PER_RECORD, TLOG)) {
            table.put(row, 0, "—"); // the table's order, whichever backend fills a row first
        }
        embedded(analyzers, records, passages, data, queries, rounds);
        solr(analyzers, records, passages, clusterDir, queries, rounds);
        table.shared("load average at the end", loadAverage());
        return table.markdown();
    }

    /** Every file through the product's ingest pipeline, one thread; failures are left out (and counted). */
    private List<Extracted> extract(Path corpus) throws IOException {
        IngestPipeline pipeline = IngestPipeline.load(INDEXER);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Extracted> out = new ArrayList<>(files.size());
        long t0 = System.nanoTime();
        for (Path f : files) {
            if (pipeline.ingest(corpus, f) instanceof IngestResult.Ingested i) {
                out.add(new Extracted(i.document(), Files.size(f), Files.getLastModifiedTime(f).toMillis()));
            }
        }
        double s = seconds(t0);
        table.shared("extraction (ingest pipeline, 1 thread, shared by both): docs/s",
                BenchTable.num(files.size() / s));
        table.shared("files the pipeline could not read", Integer.toString(files.size() - out.size()));
        return out;
    }

    private void embedded(IndexAnalyzers analyzers, List<Extracted> records, long passages, Path data,
                          List<String> queries, int rounds) throws Exception {
        Path scratch = Files.createTempDirectory("bench-warmup");
        LuceneIndex.createIfAbsent(scratch, analyzers);
        try (LuceneIndex warm = LuceneIndex.open(scratch)) {
            write(warm, analyzers, records.subList(0, Math.min(WARMUP_RECORDS, records.size())));
        }
        deleteTree(scratch);
        deleteTree(data);
        LuceneIndex.createIfAbsent(data, analyzers);
        try (LuceneIndex index = LuceneIndex.open(data)) {
            long cpu = cpuNanos();
            double s = write(index, analyzers, records);
            indexing(0, records.size(), s, cpuNanos() - cpu);
            sizes(0, sizeOnDisk(LuceneIndex.dir(data), p -> true), 1, records.size(), passages);
        }
        long before = liveHeap();
        try (SearchService service = SearchService.open(data, analyzers);
             LuceneIndex index = LuceneIndex.open(data)) {
            Latencies.Query product = t -> service.rankScored(t, 10);
            Latencies.Query plain = t -> plainLucene(index, analyzers, t);
            Latencies.warmUp(product, queries, WARMUP_ROUNDS);
            Latencies.warmUp(plain, queries, WARMUP_ROUNDS);
            table.put("heap held by the open index (live, after GC)", 0, BenchTable.mib(liveHeap() - before));
            latencies(0, "product ranking (SearchBackend.rankScored(q, 10))", product, queries, rounds);
            latencies(0, "plain query (title^2 body, 10 documents)", plain, queries, rounds);
        }
    }

    private void solr(IndexAnalyzers analyzers, List<Extracted> records, long passages, Path clusterDir,
                      List<String> queries, int rounds) throws Exception {
        deleteTree(clusterDir);
        Files.createDirectories(clusterDir);
        Path conf = Configset.write(INDEXER, clusterDir.resolve("configset"));
        long t0 = System.nanoTime();
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, clusterDir.resolve("nodes"))
                .addConfig(COLLECTION, conf).build();
        table.put(START, 1, BenchTable.num(seconds(t0)) + " s");
        try {
            List<String> urls = cluster.getJettySolrRunners().stream().map(JettySolrRunner::getBaseUrl)
                    .map(Object::toString).toList();
            try (SolrClient client = new CloudHttp2SolrClient.Builder(urls).build()) {
                createCollection(cluster, "warmup");
                try (SolrCloudIndex warm = new SolrCloudIndex(client, "warmup", analyzers)) {
                    write(warm, analyzers, records.subList(0, Math.min(WARMUP_RECORDS, records.size())));
                }
                CollectionAdminRequest.deleteCollection("warmup").process(cluster.getSolrClient());
                createCollection(cluster, COLLECTION);
                clientSide(analyzers, records);
                long before = liveHeap();
                try (SolrCloudIndex index = new SolrCloudIndex(client, COLLECTION, analyzers)) {
                    long cpu = cpuNanos();
                    double s = write(index, analyzers, records);
                    indexing(1, records.size(), s, cpuNanos() - cpu);
                    if (index.documentCount() != records.size()) {
                        throw new IOException("the collection holds " + index.documentCount() + " documents, not "
                                + records.size());
                    }
                }
                Path nodes = clusterDir.resolve("nodes");
                sizes(1, sizeOnDisk(nodes, p -> isIndexFile(p)), 2, records.size(), passages);
                table.put(TLOG, 1, BenchTable.mib(sizeOnDisk(nodes, p -> isTlogFile(p))));
                PlainRanker ranker = new PlainRanker(client, COLLECTION);
                Latencies.Query plain = t -> ranker.rank(t, Viewer.OPERATOR, SearchRequest.Sort.RELEVANCE, 10);
                try (SolrCloudIndex search = new SolrCloudIndex(client, COLLECTION, analyzers)) {
                    Latencies.Query product = t -> search.rankScored(t, 10);
                    Latencies.warmUp(product, queries, WARMUP_ROUNDS);
                    Latencies.warmUp(plain, queries, WARMUP_ROUNDS);
                    table.put("heap held by the open index (live, after GC)", 1, BenchTable.mib(liveHeap() - before)
                            + " (both nodes, after indexing)");
                    latencies(1, "product ranking (SearchBackend.rankScored(q, 10))", product, queries, rounds);
                    latencies(1, "plain query (title^2 body, 10 documents)", plain, queries, rounds);
                }
            }
        } finally {
            cluster.shutdown();
        }
    }

    /**
     * The part of the Solr writer's CPU time spent in the client: mapping each record to its Solr block (keywords and
     * summary included), nothing sent. A real deployment spends it on the studykb host, the rest on the nodes.
     */
    private void clientSide(IndexAnalyzers analyzers, List<Extracted> records) {
        long cpu = cpuNanos();
        long fields = 0;
        for (Extracted r : records) {
            fields += SolrRecords.block(r.doc(), r.size(), r.mtime(), ManualValues.NONE, analyzers).size();
        }
        table.put(CLIENT_CPU, 1,
                String.format(Locale.ROOT, "%.1f ms", (cpuNanos() - cpu) / 1e6 / records.size()));
        if (fields == 0) {
            throw new IllegalStateException("no Solr fields mapped");
        }
    }

    private static void createCollection(MiniSolrCloudCluster cluster, String name) throws Exception {
        CollectionAdminRequest.createCollection(name, COLLECTION, 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 2, 4);
    }

    /** All records through one writer session, committed: seconds. */
    private static double write(IndexBackend index, IndexAnalyzers analyzers, List<Extracted> records)
            throws IOException {
        long t0 = System.nanoTime();
        try (IndexBackend.Writer writer = index.writer(analyzers)) {
            for (Extracted r : records) {
                writer.put(r.doc(), r.size(), r.mtime(), ManualValues.NONE);
            }
            writer.commit();
        }
        return seconds(t0);
    }

    /**
     * The query SolrCloudClusterTest compares on both backends (title^2 and body words, documents only, the text
     * escaped), not named from there: loading a class of Solr's test framework outside its runner starts its checks.
     */
    static String plainQuery(String text) {
        String words = QueryParser.escape(text);
        return "+" + Fields.KIND + ":" + Fields.KIND_DOC + " +(" + Fields.TITLE + ":(" + words + ")^2 "
                + Fields.BODY + ":(" + words + "))";
    }

    /** The query texts of a topics file ({@code qid<TAB>query}), in order. */
    static List<String> queries(Path topics) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(topics, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", 2);
            if (cols.length == 2 && !cols[1].isBlank()) {
                out.add(cols[1].strip());
            }
        }
        return out;
    }

    /** That query by Lucene's classic parser over the embedded index: its first 10 documents' ids read. */
    private static void plainLucene(LuceneIndex index, IndexAnalyzers analyzers, String text) throws IOException {
        QueryParser parser = new QueryParser(Fields.BODY, analyzers.words());
        parser.setSplitOnWhitespace(false);
        IndexSearcher searcher = index.acquire();
        try {
            IndexSearcher plain = new IndexSearcher(searcher.getIndexReader());
            for (ScoreDoc sd : plain.search(parser.parse(plainQuery(text)), 10).scoreDocs) {
                plain.storedFields().document(sd.doc, Set.of(Fields.ID));
            }
        } catch (ParseException e) {
            throw new IOException("query " + text + ": " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    private void indexing(int column, int docs, double seconds, long cpuNanos) {
        table.put(INDEXING, column, BenchTable.num(docs / seconds));
        table.put(SECONDS, column, BenchTable.num(seconds));
        table.put(INDEXING_CPU, column,
                String.format(Locale.ROOT, "%.1f ms", cpuNanos / 1e6 / docs));
    }

    /** CPU time of every thread of this JVM so far: a measure the other processes on the machine move less. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void sizes(int column, long bytes, int copies, int docs, long passages) {
        table.put(SIZE, column, BenchTable.mib(bytes));
        table.put(COPIES, column, Integer.toString(copies));
        long one = bytes / copies;
        table.put(PER_RECORD, column,
                String.format(Locale.ROOT, "%,d / %,d", one / docs, one / Math.max(1, passages)));
    }

    private void latencies(int column, String name, Latencies.Query query, List<String> queries, int rounds)
            throws IOException {
        for (int clients : new int[] {1, CLIENTS}) {
            Latencies.Result r = Latencies.measure(query, queries, rounds, clients);
            String who = name + " " + clients + (clients == 1 ? " client" : " clients");
            table.put(who + ": p50 / p95 / p99 ms", column, r.percentiles());
            table.put(who + ": queries/s", column, BenchTable.num(r.perSecond()));
        }
    }

    private static boolean isIndexFile(Path p) {
        Path parent = p.getParent();
        return p.toString().contains(COLLECTION + "_shard") && parent != null
                && parent.getFileName().toString().startsWith("index");
    }

    private static boolean isTlogFile(Path p) {
        Path parent = p.getParent();
        return p.toString().contains(COLLECTION + "_shard") && parent != null
                && parent.getFileName().toString().equals("tlog");
    }

    /** Heap in use after a full collection: what the objects still referenced hold. */
    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long sizeOnDisk(Path dir, java.util.function.Predicate<Path> which) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(which).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
