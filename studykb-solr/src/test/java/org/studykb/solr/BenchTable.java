package org.studykb.solr;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The rows of a two-column benchmark table, in the order they were first named, as Markdown. */
final class BenchTable {
    private final String left;
    private final String right;
    private final Map<String, String[]> rows = new LinkedHashMap<>();

    BenchTable(String left, String right) {
        this.left = left;
        this.right = right;
    }

    /** A value both columns share (the corpus, the load). */
    void shared(String key, String value) {
        rows.put(key, new String[] {value, value});
    }

    /** One column's value (0 left, 1 right); the other reads — until it is set. */
    void put(String key, int column, String value) {
        rows.computeIfAbsent(key, k -> new String[] {"—", "—"})[column] = value;
    }

    String markdown() {
        StringBuilder t = new StringBuilder("| measure | " + left + " | " + right + " |\n|---|---:|---:|\n");
        rows.forEach((k, v) -> t.append("| ").append(k).append(" | ").append(v[0]).append(" | ").append(v[1])
                .append(" |\n"));
        return t.toString();
    }

    static String num(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
