package org.studykb.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of one query function over a fixed query mix, from 1 or more clients at once: each client sends every query
 * of every round, and each answer's time is kept; percentiles and throughput come from those times.
 */
final class Latencies {
    /** One backend's way of answering a query (its first 10 documents); the answer itself is not looked at. */
    interface Query {
        void run(String text) throws IOException;
    }

    /** The percentiles (milliseconds) and queries per second of one measured run. */
    record Result(int clients, int queries, double p50, double p95, double p99, double perSecond) {
        String percentiles() {
            return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p50, p95, p99);
        }
    }

    private Latencies() {
    }

    /** Every query once per round, unmeasured: JIT, caches and the searchers warm. */
    static void warmUp(Query query, List<String> texts, int rounds) throws IOException {
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                query.run(t);
            }
        }
    }

    /** {@code clients} threads, each sending every query {@code rounds} times, all at once. */
    static Result measure(Query query, List<String> texts, int rounds, int clients) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                runs.add(pool.submit(() -> client(query, texts, rounds)));
            }
            long[] all = new long[clients * rounds * texts.size()];
            int i = 0;
            for (Future<long[]> run : runs) {
                long[] times = run.get();
                System.arraycopy(times, 0, all, i, times.length);
                i += times.length;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(all);
            return new Result(clients, all.length, ms(all, 50), ms(all, 95), ms(all, 99), all.length / seconds);
        } catch (ExecutionException e) {
            throw new IOException("a query failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] client(Query query, List<String> texts, int rounds) {
        long[] times = new long[rounds * texts.size()];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                long t0 = System.nanoTime();
                try {
                    query.run(t);
                } catch (IOException e) {
                    throw new UncheckedIOException("query " + t, e);
                }
                times[i++] = System.nanoTime() - t0;
            }
        }
        return times;
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double ms(long[] sorted, int percentile) {
        int idx = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
