package org.studykb.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The scores a run is expected to reach ({@code scripts/eval/expected.yaml}), and the check
 * behind {@code scripts/eval.sh --verify}: a score may rise, but may fall below its expected
 * value by no more than its tolerance; the index must hold the expected number of documents
 * and passages. Tolerances: per metric at the top, optionally overridden per config.
 *
 * <pre>
 * index_stats: { documents: 73, passages: 910 }
 * tolerance: { ndcg@10: 0.001, mrr: 0.001, recall@10: 0.001, map: 0.001 }
 * configs:
 *   - name: studykb
 *     results: { ndcg@10: 0.7412, mrr: 0.8, recall@10: 0.6, map: 0.55 }
 *     classes:
 *       keyword: { ndcg@10: 0.81 }
 *     tolerance: { ndcg@10: 0.002 }
 * </pre>
 */
final class ExpectedScores {
    static final double DEFAULT_TOLERANCE = 0.001;

    /** Expected scores of one system: overall, per query class, and its own tolerances. */
    record Config(String name, Map<Scoreboard.Metric, Double> results,
                  Map<String, Map<Scoreboard.Metric, Double>> classes, Map<Scoreboard.Metric, Double> tolerance) {
    }

    /** What the index held. */
    record IndexStats(int documents, int passages) {
    }

    private final IndexStats stats;
    private final Map<Scoreboard.Metric, Double> tolerance;
    private final List<Config> configs;
    private final Map<String, Double> metadata;

    ExpectedScores(IndexStats stats, Map<Scoreboard.Metric, Double> tolerance, List<Config> configs) {
        this(stats, tolerance, configs, Map.of());
    }

    ExpectedScores(IndexStats stats, Map<Scoreboard.Metric, Double> tolerance, List<Config> configs,
                   Map<String, Double> metadata) {
        this.stats = stats;
        this.tolerance = tolerance;
        this.configs = configs;
        this.metadata = metadata;
    }

    /** Shares are written with four decimals: a share equal to its rounded value is not below it. */
    static final double METADATA_ROUNDING = 0.00005;

    /**
     * Metadata accuracy below its expected share ({@code metadata: { title: 0.76, … }}, no tolerance: one file
     * more read wrong is a real change); empty when there is no expectation or nothing fell.
     */
    List<String> metadataShortfalls(MetadataScore.Result actual) {
        List<String> out = new ArrayList<>();
        metadata.forEach((field, want) -> {
            double got = actual == null ? 0 : actual.accuracy().getOrDefault(field, 0.0);
            if (got < want - METADATA_ROUNDING) {
                out.add(String.format(java.util.Locale.ROOT, "元数据 %s 准确率：%.4f，期望 %.4f", field, got, want));
            }
        });
        return out;
    }

    List<Config> configs() {
        return configs;
    }

    static ExpectedScores read(Path file) throws IOException {
        Object root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + "：不是有效的 YAML：" + e.getMessage(), e);
        }
        Map<String, Object> map = map(root, file + "");
        Map<String, Object> idx = map(map.get("index_stats"), file + " index_stats");
        IndexStats stats = new IndexStats(integer(idx.get("documents"), file + " index_stats.documents"),
                integer(idx.get("passages"), file + " index_stats.passages"));
        Map<Scoreboard.Metric, Double> tolerance = metrics(map.getOrDefault("tolerance", Map.of()), file + " tolerance");
        List<Config> configs = new ArrayList<>();
        Object list = map.get("configs");
        if (!(list instanceof List<?> items)) {
            throw new IllegalArgumentException(file + "：缺少 configs 列表");
        }
        for (Object item : items) {
            Map<String, Object> c = map(item, file + " configs[]");
            String name = String.valueOf(c.get("name"));
            String where = file + " " + name;
            Map<String, Map<Scoreboard.Metric, Double>> classes = new LinkedHashMap<>();
            map(c.getOrDefault("classes", Map.of()), where + ".classes")
                    .forEach((k, v) -> classes.put(k, metrics(v, where + ".classes." + k)));
            configs.add(new Config(name, metrics(c.get("results"), where + ".results"), classes,
                    metrics(c.getOrDefault("tolerance", Map.of()), where + ".tolerance")));
        }
        Map<String, Double> metadata = new LinkedHashMap<>();
        map(map.getOrDefault("metadata", Map.of()), file + " metadata").forEach((k, v) -> {
            if (!(v instanceof Number n) || !MetadataScore.FIELDS.contains(k)) {
                throw new IllegalArgumentException(file + " metadata." + k + "：应为 " + MetadataScore.FIELDS
                        + " 之一，值为数字，实际 " + v);
            }
            metadata.put(k, n.doubleValue());
        });
        return new ExpectedScores(stats, tolerance, configs, metadata);
    }

    /** Every way the scoreboard falls short of the expectations, in words; empty when it passes. */
    List<String> shortfalls(Scoreboard board, IndexStats actual) {
        List<String> out = new ArrayList<>();
        if (!stats.equals(actual)) {
            out.add("索引规模不同：期望 " + stats.documents() + " 篇文档、" + stats.passages() + " 个段落，实际 "
                    + actual.documents() + " 篇、" + actual.passages() + " 个（语料或抽取变了？请重新生成 expected.yaml）");
        }
        for (Config c : configs) {
            if (!board.systems().contains(c.name())) {
                out.add(c.name() + "：本次运行没有这个系统");
                continue;
            }
            compare(board, c, Scoreboard.ALL, c.results(), false, out);
            c.classes().forEach((cls, expected) -> compare(board, c, cls, expected, false, out));
        }
        return out;
    }

    /** Scores above their expected value by more than the tolerance: expected.yaml can be raised. */
    List<String> improvements(Scoreboard board) {
        List<String> out = new ArrayList<>();
        for (Config c : configs) {
            if (!board.systems().contains(c.name())) {
                continue;
            }
            compare(board, c, Scoreboard.ALL, c.results(), true, out);
            c.classes().forEach((cls, expected) -> compare(board, c, cls, expected, true, out));
        }
        return out;
    }

    private void compare(Scoreboard board, Config c, String cls, Map<Scoreboard.Metric, Double> expected,
                         boolean above, List<String> out) {
        Scoreboard.Summary s = board.summary(c.name(), cls);
        expected.forEach((m, want) -> {
            double tol = c.tolerance().getOrDefault(m, tolerance.getOrDefault(m, DEFAULT_TOLERANCE));
            double got = s.get(m);
            boolean flagged = above ? got > want + tol : got < want - tol;
            if (flagged) {
                out.add(String.format(java.util.Locale.ROOT, "%s %s %s：%.4f，期望 %.4f ± %.4f", c.name(), cls, m.key,
                        got, want, tol));
            }
        });
    }

    /**
     * The expectations of this run, as YAML: overall metrics of every system and its nDCG@10 per
     * query class, with the default tolerance.
     */
    static String render(Scoreboard board, List<RunConfig> configs, IndexStats stats, String collection,
                         String commit) {
        return render(board, configs, stats, null, collection, commit);
    }

    static String render(Scoreboard board, List<RunConfig> configs, IndexStats stats, MetadataScore.Result metadata,
                         String collection, String commit) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Expected scores of scripts/eval.sh on the ").append(collection)
                .append(" collection, written by `scripts/eval.sh --write-expected`\n")
                .append("# at commit ").append(commit).append(". `scripts/eval.sh --verify` fails when a score falls below\n")
                .append("# its value by more than the tolerance. A change that moves a number regenerates this file\n")
                .append("# in the same commit and says why.\n");
        sb.append("index_stats: { documents: ").append(stats.documents()).append(", passages: ")
                .append(stats.passages()).append(" }\n");
        if (metadata != null) {
            sb.append("metadata: {");
            String s = " ";
            for (var e : metadata.accuracy().entrySet()) {
                sb.append(s).append(e.getKey()).append(": ").append(ResultsTable.format(e.getValue()));
                s = ", ";
            }
            sb.append(" }\n");
        }
        sb.append("tolerance: {");
        String sep = " ";
        for (Scoreboard.Metric m : Scoreboard.Metric.guardedOnes()) {
            sb.append(sep).append(m.key).append(": ").append(ResultsTable.format(DEFAULT_TOLERANCE));
            sep = ", ";
        }
        sb.append(" }\nconfigs:\n");
        for (RunConfig rc : configs) {
            Scoreboard.Summary all = board.summary(rc.name(), Scoreboard.ALL);
            sb.append("  - name: ").append(rc.name()).append("\n    results: {");
            sep = " ";
            for (Scoreboard.Metric m : Scoreboard.Metric.guardedOnes()) {
                sb.append(sep).append(m.key).append(": ").append(ResultsTable.format(all.get(m)));
                sep = ", ";
            }
            sb.append(" }\n    classes:\n");
            for (String cls : board.classes()) {
                sb.append("      ").append(cls).append(": { ").append(Scoreboard.Metric.NDCG.key).append(": ")
                        .append(ResultsTable.format(board.summary(rc.name(), cls).ndcg())).append(" }\n");
            }
        }
        return sb.toString();
    }

    private static Map<Scoreboard.Metric, Double> metrics(Object o, String where) {
        Map<Scoreboard.Metric, Double> out = new LinkedHashMap<>();
        map(o, where).forEach((k, v) -> {
            if (!(v instanceof Number n)) {
                throw new IllegalArgumentException(where + "." + k + "：应为数字，实际 " + v);
            }
            out.put(Scoreboard.Metric.of(k), n.doubleValue());
        });
        return out;
    }

    private static Map<String, Object> map(Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + "：应为映射（key: value），实际 " + o);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static int integer(Object o, String where) {
        if (!(o instanceof Integer i)) {
            throw new IllegalArgumentException(where + "：应为整数，实际 " + o);
        }
        return i;
    }
}
