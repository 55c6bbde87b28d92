package org.studykb.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The class of each query ({@code qid<TAB>class} per line, UTF-8; a first line {@code qid<TAB>class} names
 * the columns and is skipped), so scores can be broken down by kind of query.
 */
final class QueryClasses {
    private final Map<String, String> byQuery;

    private QueryClasses(Map<String, String> byQuery) {
        this.byQuery = byQuery;
    }

    static QueryClasses read(Path file) throws IOException {
        Map<String, String> byQuery = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#") || byQuery.isEmpty() && line.equals("qid\tclass")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行：应为 qid<TAB>类别");
            }
            if (byQuery.put(f[0].strip(), f[1].strip()) != null) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行：" + f[0] + " 重复");
            }
        }
        return new QueryClasses(byQuery);
    }

    /** The class of a query, or {@code null} when the query has none. */
    String of(String qid) {
        return byQuery.get(qid);
    }

    /** Every class, in order of first appearance. */
    List<String> classes() {
        return List.copyOf(new LinkedHashSet<>(byQuery.values()));
    }

    Map<String, String> asMap() {
        return Collections.unmodifiableMap(byQuery);
    }
}
