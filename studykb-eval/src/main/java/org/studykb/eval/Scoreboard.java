package org.studykb.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of every system on every query, and their means per query class and overall.
 * A query a system returned nothing for scores 0 on every metric.
 */
final class Scoreboard {
    static final int CUTOFF = 10;
    static final String ALL = "all";

    /** The metrics of one query under one system. */
    record QueryScore(String qid, String queryClass, double ndcg, double rr, double recall, double ap,
                      double judged) {
    }

    /** Means over a set of queries. */
    record Summary(int queries, double ndcg, double mrr, double recall, double map, double judged) {
        double get(Metric m) {
            return switch (m) {
                case NDCG -> ndcg;
                case MRR -> mrr;
                case RECALL -> recall;
                case MAP -> map;
                case JUDGED -> judged;
            };
        }
    }

    /**
     * The metrics we report, with their names in tables and in expected.yaml. judged@10 (the share of the
     * top 10 that has a judgment) says how far the others can be trusted on a pooled collection; it is
     * reported, not guarded.
     */
    enum Metric {
        NDCG("ndcg@10", "nDCG@10", true), MRR("mrr", "MRR", true), RECALL("recall@10", "R@10", true),
        MAP("map", "MAP", true), JUDGED("judged@10", "judged@10", false);

        final String key;
        final String label;
        final boolean guarded;

        Metric(String key, String label, boolean guarded) {
            this.key = key;
            this.label = label;
            this.guarded = guarded;
        }

        static List<Metric> guardedOnes() {
            return java.util.Arrays.stream(values()).filter(m -> m.guarded).toList();
        }

        static Metric of(String key) {
            for (Metric m : values()) {
                if (m.key.equals(key)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("未知的指标：" + key + "（可用：ndcg@10、mrr、recall@10、map、judged@10）");
        }
    }

    private final List<String> queries;
    private final QueryClasses classes;
    private final Qrels qrels;
    private final Map<String, List<QueryScore>> bySystem = new LinkedHashMap<>();

    /** Scores the given queries (in this order) against the judgments. */
    Scoreboard(List<String> queries, Qrels qrels, QueryClasses classes) {
        this.queries = List.copyOf(queries);
        this.qrels = qrels;
        this.classes = classes;
    }

    /** Adds a system's run: its ranked document ids per query. */
    void add(String system, Map<String, List<String>> run) {
        List<QueryScore> scores = new ArrayList<>(queries.size());
        for (String qid : queries) {
            List<String> ranking = run.getOrDefault(qid, List.of());
            Map<String, Integer> judged = qrels.of(qid);
            scores.add(new QueryScore(qid, classes.of(qid), Metrics.ndcg(ranking, judged, CUTOFF),
                    Metrics.reciprocalRank(ranking, judged), Metrics.recall(ranking, judged, CUTOFF),
                    Metrics.averagePrecision(ranking, judged), Metrics.judged(ranking, judged, CUTOFF)));
        }
        bySystem.put(system, scores);
    }

    List<String> systems() {
        return List.copyOf(bySystem.keySet());
    }

    List<String> classes() {
        return classes.classes();
    }

    List<QueryScore> perQuery(String system) {
        return bySystem.get(system);
    }

    /** Means of a system over one class of queries, or over all of them ({@link #ALL}). */
    Summary summary(String system, String queryClass) {
        List<QueryScore> in = bySystem.get(system).stream()
                .filter(s -> ALL.equals(queryClass) || queryClass.equals(s.queryClass())).toList();
        if (in.isEmpty()) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        return new Summary(in.size(), mean(in, QueryScore::ndcg), mean(in, QueryScore::rr),
                mean(in, QueryScore::recall), mean(in, QueryScore::ap), mean(in, QueryScore::judged));
    }

    private static double mean(List<QueryScore> scores, java.util.function.ToDoubleFunction<QueryScore> f) {
        return scores.stream().mapToDouble(f).sum() / scores.size();
    }
}
