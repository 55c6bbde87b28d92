package org.studykb.rectify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.studykb.index.IndexAnalyzers;

/**
 * Scores rectification tracing against the gold table: problem extraction precision and recall,
 * link recall@1 and @3 (measures, outcomes and rules), 未闭环 detection precision and recall, status
 * accuracy. Reads the demo corpus sources ({@code --sources DIR}, default) or an index ({@code --data DIR});
 * {@code --gold} names the demo's gold file or a folder of another collection's tables ({@link Gold#readTables}).
 *
 * With {@code --verify} it fails (exit 1) when a figure is worse than {@code scripts/eval/rectify-expected.yaml};
 * {@code --write-expected} rewrites that file from this run.
 *
 * <pre>java … org.studykb.rectify.EvaluateRectify [--sources DIR | --data DIR] [--config DIR] [--gold FILE] [--details]
 *     [--verify | --write-expected] [--expected FILE] [--commit ID]</pre>
 */
public final class EvaluateRectify {

    /** The figures, as printed. */
    public record Scores(int clusters, double extractionPrecision, double problemRecall, double sourceRecall,
                         double sourceGrouped, double clustersPerProblem, Map<String, double[]> linkRecall,
                         double openPrecision, double openRecall, double openPrecisionMain, double openRecallMain,
                         double statusAccuracy, boolean relapseFound, int sentencesJoined,
                         double sentencePrecision, int falseOpen) {
    }

    private final Gold gold;
    private final BuildLedger.Built built;
    private final BuildLedger.Built searchOnly;
    private final List<SourceDoc> docs;
    private final List<String> details = new ArrayList<>();

    private final BuildLedger builder;
    private final BuildLedger.Prepared prepared;

    /** @param searchOnly the same ledger built without direct links, to score search alone */
    private EvaluateRectify(Gold gold, BuildLedger builder, BuildLedger.Prepared prepared,
                            BuildLedger.Built searchOnly, List<SourceDoc> docs) {
        this.gold = gold;
        this.builder = builder;
        this.prepared = prepared;
        this.built = builder.apply(prepared, Decisions.NONE);
        this.searchOnly = searchOnly;
        this.docs = List.copyOf(docs);
    }

    /** Builds the ledger of the documents (with and without direct links) and scores it. */
    static EvaluateRectify of(Gold gold, List<SourceDoc> docs, RectifyRules rules, IndexAnalyzers analyzers)
            throws IOException {
        BuildLedger build = new BuildLedger(rules, analyzers, Optional.empty(), StableId.ephemeral());
        return new EvaluateRectify(gold, build, build.prepare(docs), build.searchOnly().build(docs, Decisions.NONE),
                docs);
    }

    /**
     * Decisions teach, by leave-one-out over the gold links: {recall @1, @3} of the links without decisions, then
     * with every other problem's gold links confirmed and wrong top-3 links rejected.
     */
    double[] teaching() {
        List<String> labels = built.clusters().stream().map(this::label).toList();
        return new LeaveOneOut(builder, prepared, gold, primaryClusters(built.clusters(), labels)).score();
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new HashMap<>();
        boolean details = false;
        boolean verify = false;
        boolean write = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--details")) {
                details = true;
            } else if (args[i].equals("--verify")) {
                verify = true;
            } else if (args[i].equals("--write-expected")) {
                write = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i], args[++i]);
            } else {
                System.err.println("用法：EvaluateRectify [--sources DIR | --data DIR] [--config DIR] [--gold FILE] [--details]"
                        + " [--verify | --write-expected] [--expected FILE] [--commit ID]");
                System.exit(2);
            }
        }
        Path config = Path.of(opts.getOrDefault("--config", "indexer"));
        Path goldPath = Path.of(opts.getOrDefault("--gold", "scripts/eval/rectify-gold.tsv"));
        Gold gold = java.nio.file.Files.isDirectory(goldPath) ? Gold.readTables(goldPath) : Gold.read(goldPath);
        List<SourceDoc> docs = opts.containsKey("--data") ? ReadIndexedDocs.read(Path.of(opts.get("--data"))).docs()
                : ReadSourceTexts.read(Path.of(opts.getOrDefault("--sources", "scripts/corpus/src")));
        RectifyRules rules = RectifyRules.load(config);
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        EvaluateRectify eval = of(gold, docs, rules, analyzers);
        Scores s = eval.score();
        System.out.print(format(s, docs.size()));
        double[] taught = eval.teaching();
        System.out.printf(Locale.ROOT, "decisions teach     leave-one-out link recall @1 %.3f → %.3f  @3 %.3f → %.3f"
                + "  (without → with the other problems' gold links confirmed, their wrong top 3 rejected)%n",
                taught[0], taught[2], taught[1], taught[3]);
        if (details) {
            eval.details.forEach(System.out::println);
        }
        Path expected = Path.of(opts.getOrDefault("--expected", "scripts/eval/rectify-expected.yaml"));
        if (write) {
            java.nio.file.Files.writeString(expected, RectifyExpected.render(RectifyExpected.figures(s),
                    opts.getOrDefault("--commit", "(unknown)")), java.nio.charset.StandardCharsets.UTF_8);
            System.out.println("wrote " + expected);
        }
        if (verify) {
            List<String> worse = new ArrayList<>(RectifyExpected.check(RectifyExpected.read(expected),
                    RectifyExpected.figures(s)));
            double[] ours = s.linkRecall().get("all");
            double[] floor = s.linkRecall().get("all, bigram floor");
            for (int k = 0; k < ours.length; k++) {
                if (ours[k] < floor[k]) {
                    worse.add(String.format(Locale.ROOT, "link recall %s %.4f under the bigram floor's %.4f",
                            List.of("@1", "@3", "any right @1", "any right @3").get(k), ours[k], floor[k]));
                }
            }
            if (!worse.isEmpty()) {
                System.out.println("FAILED: figures worse than " + expected + ":");
                worse.forEach(w -> System.out.println("  " + w));
                System.exit(1);
            }
            System.out.println("OK: every figure as good as " + expected);
        }
    }

    static String format(Scores s, int documents) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents %d, problems extracted %d%n", documents, s.clusters()));
        sb.append(String.format(Locale.ROOT, "problem extraction  precision %.3f  recall %.3f  (sources found %.3f, in the right problem %.3f; %.2f problems per gold problem)%n",
                s.extractionPrecision(), s.problemRecall(), s.sourceRecall(), s.sourceGrouped(), s.clustersPerProblem()));
        sb.append(String.format(Locale.ROOT, "sentences joined    %d, to the right problem %.3f%n", s.sentencesJoined(),
                s.sentencePrecision()));
        s.linkRecall().forEach((k, v) -> sb.append(String.format(Locale.ROOT,
                "link recall %-17s @1 %.3f  @3 %.3f   any right one @1 %.3f  @3 %.3f%n", k, v[0], v[1], v[2], v[3])));
        sb.append(String.format(Locale.ROOT, "未闭环 detection     precision %.3f  recall %.3f  (every problem found; "
                + "the main problem of each gold one: precision %.3f  recall %.3f; %d closed problems shown 未闭环)%n",
                s.openPrecision(), s.openRecall(), s.openPrecisionMain(), s.openRecallMain(), s.falseOpen()));
        sb.append(String.format(Locale.ROOT, "status accuracy     %.3f   反弹回潮 as the gold has them: %s%n", s.statusAccuracy(),
                s.relapseFound() ? "found" : "missed"));
        return sb.toString();
    }

    Scores score() {
        List<Cluster> clusters = built.clusters();
        List<Problem> problems = built.ledger().problems();
        List<String> labels = new ArrayList<>();
        for (Cluster c : clusters) {
            labels.add(label(c));
        }
        int correct = 0;
        for (int i = 0; i < clusters.size(); i++) {
            if (!labels.get(i).isEmpty()) {
                correct++;
            } else {
                details.add("not a gold problem: " + clusters.get(i).lead().path() + " · " + clusters.get(i).lead().text());
            }
        }
        Map<String, Integer> primary = primaryClusters(clusters, labels);
        Set<String> ids = gold.problems().keySet();
        for (String id : ids) {
            if (labels.stream().filter(id::equals).count() > 1) {
                for (int i = 0; i < clusters.size(); i++) {
                    if (labels.get(i).equals(id)) {
                        details.add("split " + id + (primary.get(id) == i ? " (main)" : "") + ": "
                                + clusters.get(i).members().size() + " places · " + clusters.get(i).lead().text());
                    }
                }
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            for (String other : goldIds(clusters.get(i))) {
                if (!other.equals(labels.get(i)) && !primary.containsKey(other)) {
                    details.add("merged " + other + " into " + labels.get(i) + ": " + clusters.get(i).members().size()
                            + " places · " + clusters.get(i).lead().text());
                }
            }
        }
        double recall = ids.stream().filter(primary::containsKey).count() / (double) ids.size();
        List<Gold.Row> sources = gold.of("source");
        int found = 0;
        int grouped = 0;
        for (Gold.Row row : sources) {
            boolean f = false;
            boolean g = false;
            for (int i = 0; i < clusters.size(); i++) {
                for (Raised r : clusters.get(i).members()) {
                    if (row.matches(r.path(), r.text())) {
                        f = true;
                        g |= labels.get(i).equals(row.id());
                    }
                }
            }
            found += f ? 1 : 0;
            grouped += g ? 1 : 0;
            if (!f) {
                details.add("source missed: " + row.id() + " " + row.path() + " · " + row.snippet());
            }
        }
        long labelled = labels.stream().filter(ids::contains).count();
        int sentences = 0;
        int sentencesRight = 0;
        for (int i = 0; i < clusters.size(); i++) {
            for (Raised r : clusters.get(i).members()) {
                if (r.listed()) {
                    continue;
                }
                sentences++;
                String label = labels.get(i);
                boolean right = gold.rows().stream().anyMatch(row -> (row.kind().equals("source")
                        && row.id().equals(label) || row.kind().equals("other") && label.equals("-"))
                        && row.matches(r.path(), r.text()));
                sentencesRight += right ? 1 : 0;
                if (!right) {
                    details.add("sentence joined wrongly: " + label + " · " + r.text());
                }
            }
        }
        Map<String, double[]> links = new LinkedHashMap<>();
        links.put("measure", linkRecall(problems, primary, List.of("measure")));
        links.put("outcome", linkRecall(problems, primary, List.of("outcome")));
        links.put("rule", linkRecall(problems, primary, List.of("rule")));
        links.put("all", linkRecall(problems, primary, List.of("measure", "outcome", "rule")));
        List<String> plainLabels = searchOnly.clusters().stream().map(this::label).toList();
        Map<String, Integer> plainPrimary = primaryClusters(searchOnly.clusters(), plainLabels);
        List<Problem> plain = searchOnly.ledger().problems();
        links.put("measure, search", linkRecall(plain, plainPrimary, List.of("measure")));
        links.put("outcome, search", linkRecall(plain, plainPrimary, List.of("outcome")));
        links.put("all, bigram floor", floor(clusters, primary));
        double[] open = openDetection(problems, labels);
        double[] openMain = openDetectionMain(problems, primary);
        int statusRight = 0;
        for (Map.Entry<String, String> e : gold.statuses().entrySet()) {
            Integer i = primary.get(e.getKey());
            String got = i == null ? "(not found)" : problems.get(i).status();
            if (gold.statusAllowed(e.getKey(), got)) {
                statusRight++;
            } else {
                details.add("status " + e.getKey() + ": expected " + e.getValue() + ", got " + got);
                if (i != null) {
                    problems.get(i).links().stream().limit(6).forEach(l -> details.add("   " + l.kind() + " "
                            + l.score() + " " + l.result() + " " + l.path() + " · "
                            + l.text().substring(0, Math.min(40, l.text().length()))));
                }
            }
        }
        boolean relapse = gold.relapses().entrySet().stream().allMatch(e -> {
            Integer later = primary.get(e.getKey());
            return later != null && !problems.get(later).relapseOf().isEmpty()
                    && labelOfProblem(problems, labels, problems.get(later).relapseOf()).equals(e.getValue());
        });
        return new Scores(clusters.size(), correct / (double) Math.max(1, clusters.size()), recall,
                found / (double) sources.size(), grouped / (double) sources.size(),
                labelled / (double) Math.max(1, primary.size()), links, open[0], open[1], openMain[0], openMain[1],
                statusRight / (double) gold.statuses().size(), relapse, sentences,
                sentencesRight / (double) Math.max(1, sentences), (int) open[2]);
    }

    /** The gold problem a cluster is about (most of its places), "-" for another real problem, "" for none. */
    private String label(Cluster c) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Raised r : c.members()) {
            for (Gold.Row row : gold.rows()) {
                if ((row.kind().equals("source") || row.kind().equals("other")) && row.matches(r.path(), r.text())) {
                    votes.merge(row.id(), r.listed() ? 2 : 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().filter(e -> !e.getKey().equals("-"))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(votes.containsKey("-") ? "-" : "");
    }

    /** The gold problems whose places are among the cluster's, most places first. */
    private List<String> goldIds(Cluster c) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Raised r : c.members()) {
            for (Gold.Row row : gold.rows()) {
                if (row.kind().equals("source") && row.matches(r.path(), r.text())) {
                    votes.merge(row.id(), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** For each gold problem, the cluster with most of its places. */
    private Map<String, Integer> primaryClusters(List<Cluster> clusters, List<String> labels) {
        Map<String, Integer> primary = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            String id = labels.get(i);
            if (id.isEmpty() || id.equals("-")) {
                continue;
            }
            int n = clusters.get(i).members().size();
            if (n > size.getOrDefault(id, 0)) {
                size.put(id, n);
                primary.put(id, i);
            }
        }
        return primary;
    }

    /**
     * Mean over gold problems of |relevant ∩ top k| / min(k, |relevant|) (capped recall), k = 1 and 3, then the
     * share of gold problems with at least one right link in the top k. Capped recall can fall from @1 to @3: a
     * problem with three or more gold rows needs all of its first three links right for 1.0 at @3.
     */
    private double[] linkRecall(List<Problem> problems, Map<String, Integer> primary, List<String> kinds) {
        Map<String, List<Link>> ranked = new HashMap<>();
        primary.forEach((id, i) -> ranked.put(id, problems.get(i).links().stream()
                .filter(l -> kinds.contains(l.kind()))
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList()));
        if (kinds.size() == 3 && problems == built.ledger().problems()) {
            ranked.forEach((id, list) -> linkDetails(id, relevant(id, kinds), list));
        }
        return recall(ranked, kinds);
    }

    /** The same figures for plain character-bigram BM25 over every passage, the main problem's text as the query. */
    private double[] floor(List<Cluster> clusters, Map<String, Integer> primary) {
        Map<String, List<Link>> ranked = new HashMap<>();
        try (PassageSearch search = new PassageSearch(docs)) {
            for (Map.Entry<String, Integer> e : primary.entrySet()) {
                Raised lead = clusters.get(e.getValue()).lead();
                List<Link> list = new ArrayList<>();
                for (PassageSearch.Hit h : search.search(lead.text(), 3, lead.path(), lead.passage())) {
                    list.add(new Link(h.doc().id(), h.passage().text(), "passage", h.score(), Link.SUGGESTED,
                            h.passage().ordinal(), "", "", "", false, "", "", "", "", "", "", ""));
                }
                ranked.put(e.getKey(), list);
                for (Link l : list) {
                    details.add("floor " + e.getKey() + " " + l.path() + " #" + l.passage() + " · "
                            + l.text().substring(0, Math.min(50, l.text().length())));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return recall(ranked, List.of("measure", "outcome", "rule"));
    }

    private List<Gold.Row> relevant(String id, List<String> kinds) {
        List<Gold.Row> relevant = new ArrayList<>();
        kinds.forEach(k -> relevant.addAll(gold.of(k, id)));
        return relevant;
    }

    /** {capped recall @1, @3, any right @1, @3} of ranked links by gold problem id (a problem not found scores 0). */
    private double[] recall(Map<String, List<Link>> rankedById, List<String> kinds) {
        return recall(rankedById, id -> relevant(id, kinds));
    }

    private double[] recall(Map<String, List<Link>> rankedById,
                            java.util.function.Function<String, List<Gold.Row>> relevantOf) {
        double[] sum = new double[4];
        int n = 0;
        for (String id : rankedById.size() == 1 ? rankedById.keySet() : gold.problems().keySet()) {
            List<Gold.Row> relevant = relevantOf.apply(id);
            if (relevant.isEmpty()) {
                continue;
            }
            n++;
            List<Link> ranked = rankedById.get(id);
            if (ranked == null) {
                continue;
            }
            int[] ks = {1, 3};
            for (int j = 0; j < ks.length; j++) {
                Set<Gold.Row> hit = new LinkedHashSet<>();
                for (Link l : ranked.subList(0, Math.min(ks[j], ranked.size()))) {
                    relevant.stream().filter(r -> r.matches(l.path(), l.text())).forEach(hit::add);
                }
                sum[j] += Math.min(1.0, hit.size() / (double) Math.min(ks[j], relevant.size()));
                sum[j + 2] += hit.isEmpty() ? 0 : 1;
            }
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= Math.max(1, n);
        }
        return sum;
    }

    /** For each relevant row not in the top 3: where it is ranked, or whether any target holds it at all. */
    private void linkDetails(String id, List<Gold.Row> relevant, List<Link> ranked) {
        double[] r3 = recall(Map.of(id, ranked), x -> relevant);
        details.add(String.format(Locale.ROOT, "links of %s: @1 %.2f  @3 %.2f  (%d gold rows)", id, r3[0], r3[1],
                relevant.size()));
        for (Gold.Row row : relevant) {
            int rank = -1;
            for (int r = 0; r < ranked.size() && rank < 0; r++) {
                if (row.matches(ranked.get(r).path(), ranked.get(r).text())) {
                    rank = r;
                }
            }
            if (rank >= 0 && rank < 3) {
                continue;
            }
            boolean target = built.extraction().measures().stream().anyMatch(m -> row.matches(m.path(), m.text()))
                    || built.extraction().commitments().stream().anyMatch(m -> row.matches(m.path(), m.text()))
                    || built.extraction().outcomes().stream().anyMatch(o -> row.matches(o.path(), o.text()));
            details.add("link missed " + id + " " + row.kind() + " " + row.path() + " · " + row.snippet() + " → "
                    + (rank >= 0 ? "ranked " + (rank + 1) : target ? "a target, not linked" : "no target"));
        }
        for (int r = 0; r < Math.min(3, ranked.size()); r++) {
            Link l = ranked.get(r);
            details.add("   top " + (r + 1) + " " + l.kind() + " " + l.score() + " " + l.path() + " · "
                    + l.text().substring(0, Math.min(60, l.text().length())));
        }
    }

    /**
     * Precision and recall of 未闭环 over every extracted problem that is one of the gold problems. 未闭环 is every
     * status but 已整改 and 已销号, so the gold's 部分整改 (整改中|超期) is 未闭环 as much as its 未整改.
     */
    private double[] openDetection(List<Problem> problems, List<String> labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < problems.size(); i++) {
            String id = labels.get(i);
            if (!gold.statuses().containsKey(id)) {
                continue;
            }
            boolean expected = goldOpen(gold.statuses().get(id));
            boolean got = problems.get(i).open();
            if (got && expected) {
                tp++;
            } else if (got) {
                fp++;
                details.add("未闭环 but closed in gold: " + id + " · " + problems.get(i).text());
            } else if (expected) {
                fn++;
                details.add("closed but 未闭环 in gold: " + id + " · " + problems.get(i).text());
            }
        }
        return new double[] {tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), fp};
    }

    /** The same over the main extracted problem of each gold problem only (the ledger line a leader reads first). */
    private double[] openDetectionMain(List<Problem> problems, Map<String, Integer> primary) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, String> e : gold.statuses().entrySet()) {
            Integer i = primary.get(e.getKey());
            boolean expected = goldOpen(e.getValue());
            boolean got = i != null && problems.get(i).open();
            tp += got && expected ? 1 : 0;
            fp += got && !expected ? 1 : 0;
            fn += !got && expected ? 1 : 0;
        }
        return new double[] {tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn)};
    }

    /** A gold status (one of ours, or alternatives such as 整改中|超期) is 未闭环 when every alternative is. */
    static boolean goldOpen(String status) {
        return java.util.Arrays.stream(status.split("\\|")).map(Status::parse).allMatch(Status::open);
    }

    private static String labelOfProblem(List<Problem> problems, List<String> labels, String problemId) {
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).id().equals(problemId)) {
                return labels.get(i);
            }
        }
        return "";
    }

}
