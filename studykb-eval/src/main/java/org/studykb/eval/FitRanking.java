package org.studykb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.RankingWeights;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchService;

/**
 * {@code scripts/fit-ranking.sh}: fits the ranking model's weights (docs/ranking.md) by coordinate ascent on one
 * collection's mean nDCG@10 and reports them on every collection of {@code collections.tsv}. Each weight in turn
 * takes every value of its grid with the others held; the best value stays (a tie keeps the current one); rounds
 * repeat until one changes nothing. With {@code --write FILE} the fitted weights are written there as properties,
 * saying where they came from. {@code --set NAME=V,…} starts from the shipped weights with those changed;
 * {@code --scan NAME[,NAME]} fits nothing and prints every collection's nDCG@10 (all, and the classes) for each
 * value of one weight's grid, or each pair of two, the others held: how the figures move, for docs/ranking.md.
 * Exit codes: 0 done, 2 bad usage or unreadable input.
 */
final class FitRanking {
    /** The values each weight may take. */
    static final Map<String, float[]> GRID = grid();
    static final int MAX_ROUNDS = 4;

    private FitRanking() {
    }

    private static Map<String, float[]> grid() {
        Map<String, float[]> g = new LinkedHashMap<>();
        g.put("title", new float[] {0.5f, 1f, 1.5f, 2f, 3f, 4f});
        g.put("near", new float[] {0f, 0.25f, 0.5f, 1f, 2f, 4f});
        g.put("slop", new float[] {1f, 2f, 4f, 8f, 16f, 32f});
        g.put("exact", new float[] {0f, 0.1f, 0.25f, 0.5f, 1f, 2f});
        g.put("allWords", new float[] {0f, 0.5f, 1f, 2f, 3f, 5f});
        g.put("net", new float[] {0f, 0.1f, 0.3f, 0.5f, 1f});
        g.put("type", new float[] {0f, 0.5f, 1f, 2f, 4f});
        g.put("passage", new float[] {0f, 0.1f, 0.25f, 0.5f, 1f});
        g.put("spread", new float[] {0f, 0.25f, 0.5f, 0.75f, 0.9f});
        g.put("k1", new float[] {0.6f, 0.9f, 1.2f, 1.6f, 2.0f, 2.5f, 3.0f});
        g.put("b", new float[] {0.1f, 0.2f, 0.3f, 0.5f, 0.75f, 0.9f});
        if (!g.keySet().equals(new java.util.LinkedHashSet<>(RankingWeights.FITTED))) {
            throw new IllegalStateException("grid and RankingWeights.FITTED differ");
        }
        return g;
    }

    /** A collection indexed once, with its queries and judgments. */
    private record Indexed(String name, Path data, List<Topics.Topic> topics, Qrels qrels, QueryClasses classes) {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            System.exit(run(out, args));
        } catch (IllegalArgumentException | IOException e) {
            out.println("错误：" + e.getMessage());
            System.exit(2);
        }
    }

    static int run(PrintStream out, String... args) throws IOException {
        Path collectionsFile = Path.of("scripts/eval/collections.tsv");
        Path config = Path.of("indexer");
        String fitOn = "demo";
        Path write = null;
        String set = "";
        List<String> scan = List.of();
        if (args.length > 0 && args[0].equals("--report")) {
            fitOn = null;
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " 后面缺少值");
            }
            switch (args[i]) {
                case "--collections" -> collectionsFile = Path.of(args[i + 1]);
                case "--config" -> config = Path.of(args[i + 1]);
                case "--fit" -> fitOn = args[i + 1];
                case "--write" -> write = Path.of(args[i + 1]);
                case "--set" -> set = args[i + 1];
                case "--scan" -> scan = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("未知参数：" + args[i]
                        + "（可用：--report | --fit NAME | --scan NAME[,NAME]，--set NAME=V,… --collections FILE --config DIR --write FILE）");
            }
        }
        Path tmp = Files.createTempDirectory("studykb-fit");
        try {
            return fit(out, collectionsFile, config, scan.isEmpty() ? fitOn : null, write, tmp, start(set), scan);
        } finally {
            try (var paths = Files.walk(tmp)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The shipped weights with {@code set}'s changes ({@code NAME=V,…}, empty for none). */
    private static RankingWeights start(String set) {
        RankingWeights w = RankingWeights.shipped();
        for (String part : set.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("--set 需要 NAME=V：" + part);
            }
            try {
                w = w.with(kv[0].strip(), Float.parseFloat(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--set " + kv[0] + " 不是数：" + kv[1], e);
            }
        }
        return set.isBlank() ? w : w.from(w.source() + "; changed by --set " + set);
    }

    private static int fit(PrintStream out, Path collectionsFile, Path config, String fitOn, Path write, Path tmp,
                           RankingWeights start, List<String> scan) throws IOException {
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        IngestPipeline pipeline = IngestPipeline.load(config);
        List<Indexed> all = new ArrayList<>();
        for (EvalCollection c : EvalCollection.read(collectionsFile, Path.of(""))) {
            Path data = tmp.resolve(c.name());
            out.println("索引 " + c.name() + "（" + c.corpus() + "）…");
            new IndexCorpus(pipeline, 1).run(c.corpus(), data, analyzers, IndexProgress.NONE);
            all.add(new Indexed(c.name(), data, Topics.read(c.topics()), Qrels.read(c.qrels()),
                    QueryClasses.read(c.classes())));
        }
        report(out, "起点（" + start.source() + "）", start, all, analyzers);
        if (!scan.isEmpty()) {
            scan(out, start, scan, all, analyzers);
            return 0;
        }
        if (fitOn == null) {
            return 0;
        }
        String fitName = fitOn;
        Indexed fit = all.stream().filter(c -> c.name().equals(fitName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有这个集合：" + fitName));
        RankingWeights best = ascend(out, start, fit, analyzers);
        String figures = figures(best, all, analyzers);
        RankingWeights fitted = best.from("coordinate ascent on " + fit.name() + " (scripts/fit-ranking.sh --fit "
                + fit.name() + "); nDCG@10 " + figures);
        report(out, "拟合结果（" + fit.name() + "）", fitted, all, analyzers);
        if (write != null) {
            Files.writeString(write, "# The ranking model's weights (docs/ranking.md), written by scripts/fit-ranking.sh:"
                    + " coordinate ascent over FitRanking.GRID\n# on the mean nDCG@10 of the " + fit.name()
                    + " collection. Do not edit by hand; fit again.\nsource = " + fitted.source() + "\n"
                    + fitted.properties(), StandardCharsets.UTF_8);
            out.println("已写入 " + write);
        }
        return 0;
    }

    /** Coordinate ascent from {@code start} over the grid, on the mean nDCG@10 of {@code fit}. */
    private static RankingWeights ascend(PrintStream out, RankingWeights start, Indexed fit, IndexAnalyzers analyzers)
            throws IOException {
        RankingWeights current = start;
        double score = ndcg(current, fit, analyzers).get(Scoreboard.ALL);
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            boolean changed = false;
            for (Map.Entry<String, float[]> axis : GRID.entrySet()) {
                for (float v : axis.getValue()) {
                    if (v == current.get(axis.getKey())) {
                        continue;
                    }
                    RankingWeights trial = current.with(axis.getKey(), v);
                    double s = ndcg(trial, fit, analyzers).get(Scoreboard.ALL);
                    if (s > score + 1e-4) {
                        out.printf(Locale.ROOT, "第 %d 轮：%s %s → %s，%s nDCG@10 %.4f → %.4f%n", round, axis.getKey(),
                                fmt(current.get(axis.getKey())), fmt(v), fit.name(), score, s);
                        current = trial;
                        score = s;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return current;
    }

    /** Every collection's figures for each value (or pair of values) of the scanned weights' grids. */
    private static void scan(PrintStream out, RankingWeights start, List<String> names, List<Indexed> all,
                             IndexAnalyzers analyzers) throws IOException {
        if (names.size() > 2 || !names.stream().allMatch(GRID::containsKey)) {
            throw new IllegalArgumentException("--scan 需要一到两个权重名（" + String.join(", ", GRID.keySet()) + "）："
                    + names);
        }
        float[] second = names.size() == 2 ? GRID.get(names.get(1)) : new float[] {start.get(names.get(0))};
        for (float a : GRID.get(names.get(0))) {
            for (float b : second) {
                RankingWeights w = start.with(names.get(0), a);
                String label = names.get(0) + "=" + fmt(a);
                if (names.size() == 2) {
                    w = w.with(names.get(1), b);
                    label += " " + names.get(1) + "=" + fmt(b);
                }
                for (Indexed c : all) {
                    StringBuilder sb = new StringBuilder(label).append("  ").append(c.name());
                    ndcg(w, c, analyzers).forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s %.4f", k, v)));
                    out.println(sb);
                }
            }
        }
    }

    private static String fmt(float v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String figures(RankingWeights w, List<Indexed> all, IndexAnalyzers analyzers) throws IOException {
        List<String> parts = new ArrayList<>();
        for (Indexed c : all) {
            parts.add(String.format(Locale.ROOT, "%s %.4f", c.name(), ndcg(w, c, analyzers).get(Scoreboard.ALL)));
        }
        return String.join(", ", parts);
    }

    private static void report(PrintStream out, String label, RankingWeights w, List<Indexed> all,
                               IndexAnalyzers analyzers) throws IOException {
        out.println("== " + label + " ==");
        out.println(w.properties().strip());
        for (Indexed c : all) {
            StringBuilder sb = new StringBuilder(c.name());
            ndcg(w, c, analyzers).forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s %.4f", k, v)));
            out.println(sb);
        }
    }

    /** Mean nDCG@10 of the collection's queries ranked with these weights: over all ({@link Scoreboard#ALL}) and per class. */
    private static Map<String, Double> ndcg(RankingWeights w, Indexed c, IndexAnalyzers analyzers) throws IOException {
        Scoreboard board = new Scoreboard(c.topics().stream().map(Topics.Topic::id).toList(), c.qrels(), c.classes());
        Map<String, List<String>> run = new LinkedHashMap<>();
        try (SearchService service = SearchService.open(c.data(), analyzers, w)) {
            for (Topics.Topic t : c.topics()) {
                run.put(t.id(), service.rankScored(t.query(), Scoreboard.CUTOFF).stream()
                        .map(SearchBackend.ScoredId::id).toList());
            }
        }
        board.add("fit", run);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(Scoreboard.ALL, board.summary("fit", Scoreboard.ALL).ndcg());
        for (String cls : board.classes()) {
            out.put(cls, board.summary("fit", cls).ndcg());
        }
        return out;
    }
}
