package org.studykb.rectify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written answers of {@code scripts/eval/rectify-gold.tsv}: each problem with the passages
 * that raise it, its measures, outcomes, rules and expected status, and the other items that are
 * problems too. Rows: {@code kind id path snippet value}.
 */
record Gold(Map<String, String> problems, List<Row> rows, Map<String, String> statuses, Map<String, String> relapses) {

    record Row(String kind, String id, String path, String snippet, String value) {

        /** True when an extracted text of {@code path} is this row's passage. */
        boolean matches(String path, String text) {
            if (!this.path.equals(path)) {
                return false;
            }
            if (snippet.equals("-")) {
                return true;
            }
            String t = StableId.normalise(text);
            String s = StableId.normalise(snippet);
            return t.contains(s) || (t.length() >= 4 && s.contains(t));
        }
    }

    static Gold read(Path file) throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        Map<String, String> relapses = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 5) {
                throw new IOException(file + " 第 " + n + " 行应有 5 列（kind id path snippet value）");
            }
            switch (c[0]) {
                case "problem" -> problems.put(c[1], c[3]);
                case "status" -> statuses.put(c[1], c[4]);
                case "relapse" -> relapses.put(c[1], c[4]);
                case "source", "other", "measure", "outcome", "rule" -> rows.add(new Row(c[0], c[1], c[2], c[3], c[4]));
                default -> throw new IOException(file + " 第 " + n + " 行：未知的 kind「" + c[0] + "」");
            }
        }
        return new Gold(problems, rows, statuses, relapses);
    }

    List<Row> of(String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    List<Row> of(String kind, String id) {
        return rows.stream().filter(r -> r.kind().equals(kind) && r.id().equals(id)).toList();
    }
}
