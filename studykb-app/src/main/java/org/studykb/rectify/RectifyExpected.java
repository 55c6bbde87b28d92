package org.studykb.rectify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rectification figures a change must not lower, kept in {@code scripts/eval/rectify-expected.yaml}
 * (written by {@code scripts/rectify-eval.sh --write-expected}, checked by {@code --verify}). Most figures
 * are better higher; problems per gold problem and closed problems (已整改 or 已销号 in the gold) shown 未闭环 are better lower.
 */
final class RectifyExpected {
    static final double TOLERANCE = 0.001;
    /** Figures that must not rise. */
    static final List<String> LOWER_IS_BETTER = List.of("problems_per_gold", "false_open");

    private RectifyExpected() {
    }

    /** The figures by name, as the file and the check name them. */
    static Map<String, Double> figures(EvaluateRectify.Scores s) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("extraction_precision", s.extractionPrecision());
        f.put("extraction_recall", s.problemRecall());
        f.put("sources_found", s.sourceRecall());
        f.put("sources_placed_right", s.sourceGrouped());
        f.put("problems_per_gold", s.clustersPerProblem());
        f.put("sentences_placed_right", s.sentencePrecision());
        f.put("link_recall@1", s.linkRecall().get("all")[0]);
        f.put("link_recall@3", s.linkRecall().get("all")[1]);
        f.put("link_recall_search@3", s.linkRecall().get("measure, search")[1]);
        f.put("open_precision", s.openPrecision());
        f.put("open_recall", s.openRecall());
        f.put("false_open", (double) s.falseOpen());
        f.put("status_accuracy", s.statusAccuracy());
        f.put("relapse_found", s.relapseFound() ? 1.0 : 0.0);
        return f;
    }

    /** The expected figures of the file. */
    static Map<String, Double> read(Path file) throws IOException {
        Object root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        if (!(root instanceof Map<?, ?> m) || !(m.get("figures") instanceof Map<?, ?> figures)) {
            throw new IllegalArgumentException(file + "：缺少 figures");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : figures.entrySet()) {
            if (!(e.getValue() instanceof Number n)) {
                throw new IllegalArgumentException(file + "：figures." + e.getKey() + " 不是数字");
            }
            out.put(String.valueOf(e.getKey()), n.doubleValue());
        }
        return out;
    }

    /** What fell short: one line per figure worse than expected by more than the tolerance; empty when none. */
    static List<String> check(Map<String, Double> expected, Map<String, Double> got) {
        List<String> out = new ArrayList<>();
        expected.forEach((name, want) -> {
            Double have = got.get(name);
            if (have == null) {
                out.add(name + ": expected " + fmt(want) + ", not measured");
            } else if (LOWER_IS_BETTER.contains(name) ? have > want + TOLERANCE : have < want - TOLERANCE) {
                out.add(name + ": expected " + (LOWER_IS_BETTER.contains(name) ? "at most " : "at least ")
                        + fmt(want) + ", got " + fmt(have));
            }
        });
        return out;
    }

    static String render(Map<String, Double> figures, String commit) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Expected figures of scripts/rectify-eval.sh on one collection, written by\n")
                .append("# `scripts/rectify-eval.sh --write-expected` at commit ").append(commit).append(".\n")
                .append("# `--verify` fails when a figure is worse by more than ").append(fmt(TOLERANCE))
                .append(" (problems_per_gold and false_open\n")
                .append("# must not rise, the others must not fall). A change that moves a figure rewrites this file\n")
                .append("# in the same commit and says why.\n")
                .append("figures:\n");
        figures.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(fmt(v)).append('\n'));
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
