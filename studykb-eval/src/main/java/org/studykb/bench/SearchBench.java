package org.studykb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.studykb.index.IndexAnalyzers;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchService;

/**
 * In-process search latency over an index left by {@link IndexBench}: every eval query through
 * {@link SearchService#search} (a page of 10 hits with snippets, and facets), after warm-up rounds,
 * single-threaded and then with 8 threads sharing the service; p50/p95/p99 and throughput.
 *
 * <pre>SearchBench DATA_DIR [TOPICS=scripts/eval/topics.tsv] [CONFIG=indexer] [ROUNDS=10]</pre>
 */
public final class SearchBench {
    static final int THREADS = 8;
    static final int WARMUP_ROUNDS = 3;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchBench DATA_DIR [TOPICS] [CONFIG] [ROUNDS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path topics = Path.of(args.length > 1 ? args[1] : "scripts/eval/topics.tsv");
        Path config = Path.of(args.length > 2 ? args[2] : "indexer");
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        List<String> queries = queries(topics);
        try (SearchService service = SearchService.open(data, IndexAnalyzers.load(config))) {
            for (int r = 0; r < WARMUP_ROUNDS; r++) {
                for (String q : queries) {
                    run(service, q);
                }
            }
            Measure.report("search: queries × rounds", queries.size() + " × " + rounds);
            long[] single = new long[queries.size() * rounds];
            long t0 = System.nanoTime();
            int i = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : queries) {
                    single[i++] = run(service, q);
                }
            }
            double singleSeconds = (System.nanoTime() - t0) / 1e9;
            latencies("search 1 thread", single, singleSeconds);

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Long>> futures = new ArrayList<>();
                t0 = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    for (int k = 0; k < THREADS; k++) {
                        for (String q : queries) {
                            futures.add(pool.submit(() -> run(service, q)));
                        }
                    }
                }
                long[] multi = new long[futures.size()];
                for (int k = 0; k < multi.length; k++) {
                    multi[k] = futures.get(k).get();
                }
                latencies("search " + THREADS + " threads", multi, (System.nanoTime() - t0) / 1e9);
            } catch (ExecutionException e) {
                throw new IOException("a search failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** One search as a user sends it: first page, 10 hits, snippets and facets; returns nanoseconds. */
    private static long run(SearchService service, String query) {
        long t0 = System.nanoTime();
        try {
            service.search(SearchRequest.of(query, 10));
        } catch (IOException e) {
            throw new UncheckedIOException("query " + query, e);
        }
        return System.nanoTime() - t0;
    }

    static void latencies(String name, long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Measure.report(name + ": p50 / p95 / p99 ms", ms(pct(sorted, 50)) + " / " + ms(pct(sorted, 95)) + " / "
                + ms(pct(sorted, 99)));
        Measure.report(name + ": queries/s", Measure.num(nanos.length / seconds));
    }

    private static long pct(long[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static List<String> queries(Path topics) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(topics, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            out.add(tab < 0 ? line.strip() : line.substring(tab + 1).strip());
        }
        if (out.isEmpty()) {
            throw new IOException("no queries in " + topics);
        }
        return out;
    }
}
