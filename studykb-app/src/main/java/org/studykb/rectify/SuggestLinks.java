package org.studykb.rectify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.studykb.index.IndexAnalyzers;

/**
 * Finds, for every problem, the measures, outcomes and rules that may answer it: search with each of
 * its wordings (a target keeps its best score); and direct links where a plan item or ledger row states
 * the problem itself (the row's problem matches this problem better than any other, at least {@code direct}).
 */
final class SuggestLinks {
    static final int WORDINGS = 6;
    static final double DIRECT_SCORE = 1.0;

    static final int HOPS = 3;
    /** A sentence that joined a problem is a weaker query than a listed item: its scores count this much. */
    static final double SENTENCE_WEIGHT = 0.8;
    /** A person's commitment in a 对照检查材料 ranks under a plan's or ledger's measure that fits as well. */
    static final double COMMITMENT_WEIGHT = 0.6;

    private final IndexAnalyzers analyzers;
    private final RectifyRules.Thresholds thresholds;
    private final boolean direct;

    /** @param direct whether plans and ledgers that state a problem link to it directly */
    SuggestLinks(IndexAnalyzers analyzers, RectifyRules.Thresholds thresholds, boolean direct) {
        this.analyzers = analyzers;
        this.thresholds = thresholds;
        this.direct = direct;
    }

    /** A target with its score for one problem; {@code direct} for stated problems. */
    record Scored(Target target, double score, boolean direct) {
    }

    /**
     * For each cluster (by index), the group of measures that answers it best, when one of them scores at
     * least {@code min}. Groups are compared by the sum of their measures' scores, so the plan item, the
     * ledger row and the progress row that all fit beat one short row that shares a single word.
     */
    List<Optional<String>> answers(List<Cluster> clusters, List<Target> targets, Map<String, String> groups,
                                   double min) throws IOException {
        List<Optional<String>> out = new ArrayList<>();
        for (Map<String, double[]> scores : measureScores(clusters, targets, groups)) {
            out.add(scores.entrySet().stream().filter(e -> e.getValue()[1] >= min)
                    .max(Comparator.comparingDouble(e -> e.getValue()[0])).map(Map.Entry::getKey));
        }
        return out;
    }

    /**
     * For each cluster (by index), how well each group of measures answers it: the best score of any of
     * the group's measures for any listed wording. Two problems that the same measure answers, even
     * weakly, are more likely one problem ({@link JoinRestated}).
     */
    List<Map<String, Double>> profiles(List<Cluster> clusters, List<Target> targets, Map<String, String> groups)
            throws IOException {
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, double[]> scores : measureScores(clusters, targets, groups)) {
            Map<String, Double> p = new HashMap<>();
            scores.forEach((g, v) -> p.put(g, v[1]));
            out.add(p);
        }
        return out;
    }

    /** For each cluster, each measure group's summed and best score ({sum, top}). */
    private List<Map<String, double[]>> measureScores(List<Cluster> clusters, List<Target> targets,
                                                      Map<String, String> groups) throws IOException {
        Map<String, Target> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(t.key(), t));
        List<Map<String, double[]>> out = new ArrayList<>();
        try (LinkSearch search = new LinkSearch(analyzers, targets, clusters, List.of())) {
            for (Cluster c : clusters) {
                Map<String, Double> best = new HashMap<>();
                for (String wording : c.listedWordings(WORDINGS)) {
                    for (LinkSearch.Hit h : search.targets(wording, c.campaign(), c.firstRaised())) {
                        if (byKey.get(h.key()).kind() == LinkKind.MEASURE) {
                            best.merge(h.key(), h.score(), Math::max);
                        }
                    }
                }
                Map<String, double[]> scores = new HashMap<>();
                best.forEach((key, score) -> {
                    double[] v = scores.computeIfAbsent(groups.getOrDefault(key, key), k -> new double[2]);
                    v[0] += score;
                    v[1] = Math.max(v[1], score);
                });
                out.add(scores);
            }
        }
        return out;
    }

    /** For each cluster (by index), its candidate targets, best first. */
    List<List<Scored>> suggest(List<Cluster> clusters, List<Target> targets, Map<String, String> groups)
            throws IOException {
        Map<String, Target> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(t.key(), t));
        List<String> statements = targets.stream().filter(SuggestLinks::statesProblem).map(Target::searchText)
                .distinct().toList();
        List<Map<String, Scored>> found = new ArrayList<>();
        try (LinkSearch search = new LinkSearch(analyzers, targets, clusters, statements)) {
            for (Cluster c : clusters) {
                Map<String, Scored> best = new LinkedHashMap<>();
                for (String wording : c.wordings(WORDINGS)) {
                    double weight = c.isSentence(wording) ? SENTENCE_WEIGHT : 1.0;
                    for (LinkSearch.Hit h : search.targets(wording, c.campaign(), c.firstRaised())) {
                        Target t = byKey.get(h.key());
                        double w = weight * (t.commitment() ? COMMITMENT_WEIGHT : 1.0);
                        best.merge(t.key(), new Scored(t, h.score() * w, false),
                                (a, b) -> a.score() >= b.score() ? a : b);
                    }
                }
                found.add(best);
            }
            if (direct) {
                direct(search, targets, groups, found);
            }
            Map<String, Target> progress = progressOfRows(targets);
            for (int i = 0; i < clusters.size(); i++) {
                viaMeasures(search, clusters.get(i), found.get(i), byKey, groups, progress);
            }
        }
        List<List<Scored>> out = new ArrayList<>();
        for (Map<String, Scored> m : found) {
            List<Scored> list = new ArrayList<>(m.values());
            list.sort((a, b) -> Double.compare(b.score(), a.score()));
            out.add(list);
        }
        return out;
    }

    /**
     * Outcomes and rules found through the problem's best measures: a report words what was done like the
     * measure, not like the problem (「下基层调研少」 → 「基层联系点制度」 → 「基层联系点全面建立」). The score
     * is the measure's score times the outcome's score for the measure.
     */
    private void viaMeasures(LinkSearch search, Cluster c, Map<String, Scored> found, Map<String, Target> byKey,
                             Map<String, String> groups, Map<String, Target> progress) throws IOException {
        List<Scored> measures = found.values().stream().filter(s -> s.target().kind() == LinkKind.MEASURE)
                .filter(s -> !s.target().commitment())
                .filter(s -> s.score() >= thresholds.suggest())
                .sorted((a, b) -> Double.compare(b.score(), a.score())).limit(HOPS).toList();
        for (Scored m : measures) {
            rowsProgress(m, found, groups, progress);
            for (LinkSearch.Hit h : search.targets(m.target().searchText(), c.campaign(), c.firstRaised())) {
                Target t = byKey.get(h.key());
                if (t.kind() == LinkKind.MEASURE) {
                    continue;
                }
                double via = m.direct() ? DIRECT_SCORE : m.score();
                found.merge(t.key(), new Scored(t, h.score() * via, false),
                        (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
    }

    /**
     * The 完成情况 of the ledger rows that restate a measure the problem links to (the measure's group, {@link
     * AlignMeasures}) is that measure's outcome, whatever its words: it scores what the measure scores.
     */
    private static void rowsProgress(Scored m, Map<String, Scored> found, Map<String, String> groups,
                                     Map<String, Target> progress) {
        String group = groups.getOrDefault(m.target().key(), m.target().key());
        double via = m.direct() ? DIRECT_SCORE : m.score();
        progress.forEach((measureKey, outcome) -> {
            if (groups.getOrDefault(measureKey, measureKey).equals(group)) {
                found.merge(outcome.key(), new Scored(outcome, via, false), (a, b) -> a.score() >= b.score() ? a : b);
            }
        });
    }

    private static boolean statesProblem(Target t) {
        return t.measure().isPresent() && !t.measure().get().problemText().isBlank();
    }

    /**
     * Each group of aligned measures (plan item, ledger row, progress row) whose stated problem matches a
     * problem better than any other, at least {@code direct}, links to it directly with its progress.
     */
    private void direct(LinkSearch search, List<Target> targets, Map<String, String> groups,
                        List<Map<String, Scored>> found) throws IOException {
        Map<String, List<Target>> byGroup = new LinkedHashMap<>();
        for (Target t : targets) {
            if (statesProblem(t)) {
                byGroup.computeIfAbsent(groups.getOrDefault(t.key(), t.key()), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, Target> progress = progressOfRows(targets);
        for (List<Target> group : byGroup.values()) {
            int cluster = -1;
            double best = thresholds.direct();
            for (Target t : group) {
                Measure m = t.measure().get();
                List<LinkSearch.Hit> hits = search.problems(t.searchText(), m.campaign(), m.dateEnd());
                if (!hits.isEmpty() && hits.get(0).score() >= best) {
                    best = hits.get(0).score();
                    cluster = Integer.parseInt(hits.get(0).key());
                }
            }
            if (cluster < 0) {
                continue;
            }
            // a ledger row restating a plan's item of the group stays linked directly, ranked by what search gives
            // it (at least the suggestion threshold), under the plan's item and the row's progress
            boolean planned = group.stream().anyMatch(t -> !t.measure().get().row());
            for (Target t : group) {
                Scored searched = found.get(cluster).get(t.key());
                double restated = Math.max(thresholds.suggest(), searched == null ? 0 : searched.score());
                boolean restates = planned && t.measure().get().row();
                found.get(cluster).put(t.key(), new Scored(t, restates ? restated : DIRECT_SCORE, true));
                Target p = progress.get(t.key());
                if (p != null) {
                    found.get(cluster).put(p.key(), new Scored(p, DIRECT_SCORE, true));
                }
            }
        }
    }

    /** The 完成情况 outcome of each ledger row, by the row's measure key. */
    private static Map<String, Target> progressOfRows(List<Target> targets) {
        Map<String, Target> out = new HashMap<>();
        for (Target t : targets) {
            t.outcome().filter(o -> !o.of().isEmpty()).ifPresent(o -> out.put(o.of(), t));
        }
        return out;
    }
}
