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
 * Graded judgments, UTF-8, in one of two forms: TREC qrels ({@code qid 0 docid grade} per line, as
 * {@code trec_eval} reads them, the docid escaped like in a run: {@code %20} for a space, {@code %25}
 * for {@code %}), or a table whose first line names its columns ({@code qid<TAB>file<TAB>grade},
 * further columns such as a note ignored, the path as it is). Grades are 0, 1 (partly relevant) or
 * 2 (highly relevant).
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
        Columns columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (columns == null && byQuery.isEmpty() && line.startsWith("qid\t")) {
                columns = Columns.of(line, where(file, i));
                continue;
            }
            String[] f = columns == null ? trec(line, where(file, i)) : columns.row(lines.get(i), where(file, i));
            int grade;
            try {
                grade = Integer.parseInt(f[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where(file, i) + "等级不是整数：" + f[2], e);
            }
            if (grade < 0 || grade > MAX_GRADE) {
                throw new IllegalArgumentException(where(file, i) + "等级应为 0、1 或 2：" + grade);
            }
            Integer before = byQuery.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], grade);
            if (before != null) {
                throw new IllegalArgumentException(where(file, i) + f[0] + " 对 " + f[1] + " 重复评判");
            }
        }
        return new Qrels(byQuery);
    }

    /** {@code qid 0 docid grade} as qid, path, grade. */
    private static String[] trec(String line, String where) {
        String[] f = line.split("\\s+");
        if (f.length != 4) {
            throw new IllegalArgumentException(where + "应为 qid 0 docid grade（4 列），实际 " + f.length + " 列");
        }
        return new String[] {f[0], TrecRun.id(f[2]), f[3]};
    }

    /** Where the table form keeps the query id, the file and the grade. */
    private record Columns(int qid, int file, int grade) {
        static Columns of(String header, String where) {
            List<String> names = List.of(header.split("\t"));
            int file = names.contains("file") ? names.indexOf("file") : names.indexOf("docid");
            if (file < 0 || !names.contains("grade")) {
                throw new IllegalArgumentException(where + "首行应含 qid、file（或 docid）和 grade 列：" + header);
            }
            return new Columns(names.indexOf("qid"), file, names.indexOf("grade"));
        }

        String[] row(String line, String where) {
            String[] f = line.split("\t", -1);
            if (f.length <= Math.max(qid, Math.max(file, grade)) || f[qid].isBlank() || f[file].isBlank()) {
                throw new IllegalArgumentException(where + "应为 qid<TAB>file<TAB>grade（按首行的列名）");
            }
            return new String[] {f[qid].strip(), f[file].strip(), f[grade].strip()};
        }
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
