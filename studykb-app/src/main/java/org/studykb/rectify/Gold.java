package org.studykb.rectify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written answers: each problem with the passages that raise it, its measures, outcomes, rules and
 * expected status (alternatives separated by |), and the other items that are problems too. Two forms:
 * {@code scripts/eval/rectify-gold.tsv} (rows {@code kind id path snippet value}; a text matches a row when one
 * contains the other), or a folder of tables as another unit's collection keeps them ({@link #readTables}:
 * problems.tsv, rectifications.tsv, status.tsv), matched by character bigrams as that collection's README says.
 */
record Gold(Map<String, String> problems, List<Row> rows, Map<String, String> statuses, Map<String, String> relapses) {

    /**
     * One passage of the gold. {@code cover} 0: texts match when one contains the other; otherwise the text must
     * cover that share of the snippet's character bigrams, or the snippet {@code reverse} of the text's (0: never).
     */
    record Row(String kind, String id, String path, String snippet, String value, double cover, double reverse) {

        Row(String kind, String id, String path, String snippet, String value) {
            this(kind, id, path, snippet, value, 0, 0);
        }

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
            if (cover > 0) {
                return covered(t, s) >= cover || reverse > 0 && covered(s, t) >= reverse;
            }
            return t.contains(s) || (t.length() >= 4 && s.contains(t));
        }

        /** Share of {@code of}'s distinct character bigrams that occur in {@code by}. */
        static double covered(String by, String of) {
            Set<String> want = bigrams(of);
            if (want.isEmpty()) {
                return 0;
            }
            Set<String> have = bigrams(by);
            return want.stream().filter(have::contains).count() / (double) want.size();
        }

        private static Set<String> bigrams(String s) {
            Set<String> out = new HashSet<>();
            int[] cps = s.codePoints().toArray();
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
            return out;
        }
    }

    /** A problem's place is found at ≥ 60 % of the excerpt's bigrams (or the excerpt ≥ 80 % of the problem's). */
    static final double SOURCE_COVER = 0.6;
    static final double SOURCE_REVERSE = 0.8;
    /** A link is right when it covers ≥ 50 % of the gold excerpt's bigrams. */
    static final double LINK_COVER = 0.5;

    /**
     * A collection's tables (found by their header): {@code problems.tsv} (pid, problem_summary, source_file,
     * verbatim_excerpt: one row a place), {@code rectifications.tsv} (pid, file, verbatim_excerpt, kind:
     * measure, outcome, rule or review, read as an outcome) and {@code status.tsv} (pid, final_status: 已整改
     * is ours 已整改 or 已销号, 部分整改 is 整改中 or 超期, 未整改 is 未整改).
     */
    static Gold readTables(Path dir) throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> r : table(dir.resolve("problems.tsv"), "pid", "problem_summary", "source_file",
                "verbatim_excerpt")) {
            problems.putIfAbsent(r.get("pid"), r.get("problem_summary"));
            rows.add(new Row("source", r.get("pid"), r.get("source_file"), r.get("verbatim_excerpt"), "",
                    SOURCE_COVER, SOURCE_REVERSE));
        }
        for (Map<String, String> r : table(dir.resolve("rectifications.tsv"), "pid", "file", "verbatim_excerpt",
                "kind")) {
            String kind = switch (r.get("kind")) {
                case "measure", "outcome", "rule" -> r.get("kind");
                case "review" -> "outcome";
                default -> throw new IOException(dir.resolve("rectifications.tsv") + "：未知的 kind「" + r.get("kind")
                        + "」");
            };
            rows.add(new Row(kind, r.get("pid"), r.get("file"), r.get("verbatim_excerpt"), r.getOrDefault("status", ""),
                    LINK_COVER, 0));
        }
        for (Map<String, String> r : table(dir.resolve("status.tsv"), "pid", "final_status")) {
            String ours = switch (r.get("final_status")) {
                case "已整改" -> "已整改|已销号";
                case "部分整改" -> "整改中|超期";
                case "未整改" -> "未整改";
                default -> throw new IOException(dir.resolve("status.tsv") + "：未知的状态「" + r.get("final_status") + "」");
            };
            statuses.put(r.get("pid"), ours);
        }
        return new Gold(problems, rows, statuses, Map.of());
    }

    private static List<Map<String, String>> table(Path file, String... need) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(file + "：是空文件");
        }
        List<String> names = List.of(lines.get(0).replace("\uFEFF", "").split("\t"));
        for (String n : need) {
            if (!names.contains(n)) {
                throw new IOException(file + " 第 1 行：缺少 " + n + " 列");
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                row.put(names.get(c), c < f.length ? f[c].strip() : "");
            }
            for (String n : need) {
                if (row.get(n).isEmpty()) {
                    throw new IOException(file + " 第 " + (i + 1) + " 行：" + n + " 为空");
                }
            }
            out.add(row);
        }
        return out;
    }

    /** True when {@code status} is one the gold allows for problem {@code id}. */
    boolean statusAllowed(String id, String status) {
        String want = statuses.get(id);
        return want != null && List.of(want.split("\\|")).contains(status);
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
