package org.studykb.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded judgments in TREC qrels form: {@code qid 0 docid grade} per line, UTF-8, as
 * {@code trec_eval} reads them. The docid is escaped like in a run ({@code %20} for a space,
 * {@code %25} for {@code %}); grades are 0, 1 (partly relevant) or 2 (highly relevant).
 */
final class Qrels {
    static final int MAX_GRADE = 2;

    private final Map<String, Map<String, Integer>> byQuery;

    private Qrels(Map<String, Map<String, Integer>> byQuery) {
        this.byQuery = byQuery;
    }

    static Qrels read(Path file) throws IOException {
        Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 4) {
                throw new IllegalArgumentException(where(file, i) + "应为 qid 0 docid grade（4 列），实际 " + f.length + " 列");
            }
            int grade;
            try {
                grade = Integer.parseInt(f[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where(file, i) + "等级不是整数：" + f[3], e);
            }
            if (grade < 0 || grade > MAX_GRADE) {
                throw new IllegalArgumentException(where(file, i) + "等级应为 0、1 或 2：" + grade);
            }
            String id = TrecRun.id(f[2]);
            Integer before = byQuery.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(id, grade);
            if (before != null) {
                throw new IllegalArgumentException(where(file, i) + f[0] + " 对 " + id + " 重复评判");
            }
        }
        return new Qrels(byQuery);
    }

    private static String where(Path file, int index) {
        return file + " 第 " + (index + 1) + " 行：";
    }

    /** Judged documents of a query (path relative to the corpus) and their grades; empty when none. */
    Map<String, Integer> of(String qid) {
        return Collections.unmodifiableMap(byQuery.getOrDefault(qid, Map.of()));
    }

    /** Every judged query, in file order. */
    List<String> queries() {
        return List.copyOf(byQuery.keySet());
    }
}
