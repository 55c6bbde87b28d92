package org.studykb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.studykb.analysis.Pinyins;
import org.studykb.index.IndexAnalyzers;
import org.studykb.search.SearchService;
import org.studykb.search.Suggestions;
import org.studykb.access.Viewer;
import org.studykb.access.Role;

/**
 * Suggestion latency as a person types: every prefix of each eval query (1 to 8 characters) and of its first
 * word's pinyin (2 to 12 letters), eight suggestions each, as a 党员 (whose suggestions leave 内部 documents out)
 * and as an administrator. Reports the first request after opening the index (which builds what suggestions need
 * from the index), then p50/p95/p99 over the measured rounds, of the wall clock and of the thread's CPU time (the
 * other programs of a shared machine stretch the first, hardly the second), and writes every answer to a file so two
 * implementations can be compared answer for answer. It uses only the public API that has not changed since the
 * scan of every title per keystroke, so scripts/bench-suggest.sh runs this same class against the old jar.
 *
 * <pre>SuggestBench DATA_DIR TOPICS CONFIG ROUNDS ANSWERS_OUT</pre>
 */
public final class SuggestBench {
    static final int WARMUP_ROUNDS = 2;
    static final int SIZE = 8;

    private SuggestBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: SuggestBench DATA_DIR TOPICS CONFIG ROUNDS ANSWERS_OUT");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        List<String> prefixes = prefixes(SearchBench.queries(Path.of(args[1])));
        Path config = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Path answers = Path.of(args[4]);
        Viewer member = Viewer.of(EnumSet.of(Role.MEMBER));
        Viewer admin = Viewer.of(EnumSet.of(Role.ADMIN));
        try (SearchService service = SearchService.open(data, IndexAnalyzers.load(config))) {
            Suggestions suggestions = service.suggestions();
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            suggestions.suggest(prefixes.get(0), SIZE, member);
            Measure.report("suggest: first request after opening (builds from the index): wall / CPU ms",
                    String.format(java.util.Locale.ROOT, "%.0f / %.0f", (System.nanoTime() - t0) / 1e6,
                            (THREADS.getCurrentThreadCpuTime() - c0) / 1e6));
            List<String> lines = new ArrayList<>();
            for (Viewer viewer : List.of(member, admin)) {
                for (String p : prefixes) {
                    lines.add(viewer + "\t" + p + "\t" + suggestions.suggest(p, SIZE, viewer).stream()
                            .map(s -> s.text() + "/" + s.kind() + "/" + s.count()).toList());
                }
            }
            Files.write(answers, lines, StandardCharsets.UTF_8);
            for (int r = 1; r < WARMUP_ROUNDS; r++) {
                for (String p : prefixes) {
                    run(suggestions, p, member);
                    run(suggestions, p, admin);
                }
            }
            Measure.report("suggest: prefixes × rounds", prefixes.size() + " × " + rounds);
            for (Viewer viewer : List.of(member, admin)) {
                long[] nanos = new long[prefixes.size() * rounds];
                long[] cpu = new long[nanos.length];
                int i = 0;
                long start = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    for (String p : prefixes) {
                        long c = THREADS.getCurrentThreadCpuTime();
                        nanos[i] = run(suggestions, p, viewer);
                        cpu[i++] = THREADS.getCurrentThreadCpuTime() - c;
                    }
                }
                String who = viewer == member ? "党员" : "管理员";
                SearchBench.latencies("suggest as " + who, nanos, (System.nanoTime() - start) / 1e9);
                long[] sorted = cpu.clone();
                java.util.Arrays.sort(sorted);
                Measure.report("suggest as " + who + ": CPU time p50 / p95 / p99 ms", ms(sorted, 50) + " / "
                        + ms(sorted, 95) + " / " + ms(sorted, 99));
            }
        }
    }

    /** The thread's CPU time, which the other programs on a shared machine do not stretch as they do the clock. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static String ms(long[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return String.format(java.util.Locale.ROOT, "%.2f",
                sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6);
    }

    private static long run(Suggestions suggestions, String prefix, Viewer viewer) {
        long t0 = System.nanoTime();
        try {
            suggestions.suggest(prefix, SIZE, viewer);
        } catch (IOException e) {
            throw new UncheckedIOException("prefix " + prefix, e);
        }
        return System.nanoTime() - t0;
    }

    /** What a person types on the way to each query: its first 1–8 characters, and its first word's pinyin. */
    static List<String> prefixes(List<String> queries) {
        Set<String> out = new LinkedHashSet<>();
        for (String q : queries) {
            String typed = q.strip();
            int[] cps = typed.codePoints().toArray();
            for (int n = 1; n <= Math.min(8, cps.length); n++) {
                if (!Character.isWhitespace(cps[n - 1])) {
                    out.add(new String(cps, 0, n));
                }
            }
            String first = typed.split("\\s+", 2)[0];
            if (!first.isEmpty() && first.codePoints().allMatch(Character::isIdeographic)) {
                String full = Pinyins.of(first).full();
                for (int n = 2; n <= Math.min(12, full.length()); n += 2) {
                    out.add(full.substring(0, n));
                }
            }
        }
        return List.copyOf(out);
    }
}
