package org.studykb.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics of one query, computed from a ranked list of document ids and graded
 * judgments (2 highly relevant, 1 partly, unjudged 0). A document counts as relevant when its
 * grade is at least 1; a document listed twice counts at its first rank only.
 */
final class Metrics {
    private Metrics() {
    }

    /** nDCG@k: gains 2^grade − 1, discount log2(rank + 1), ideal ranking from the judgments. */
    static double ndcg(List<String> ranking, Map<String, Integer> judged, int k) {
        double dcg = 0;
        List<String> ranked = distinct(ranking);
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(judged.values());
        ideal.sort((a, b) -> Integer.compare(b, a));
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** 1 / rank of the first relevant document, 0 when none is retrieved. */
    static double reciprocalRank(List<String> ranking, Map<String, Integer> judged) {
        List<String> ranked = distinct(ranking);
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant(judged, ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Relevant documents in the first k, over all relevant documents judged. */
    static double recall(List<String> ranking, Map<String, Integer> judged, int k) {
        long total = relevantCount(judged);
        if (total == 0) {
            return 0;
        }
        List<String> ranked = distinct(ranking);
        long found = ranked.subList(0, Math.min(k, ranked.size())).stream()
                .filter(id -> relevant(judged, id)).count();
        return (double) found / total;
    }

    /** Average precision over the whole ranking, relevant documents never retrieved counting 0. */
    static double averagePrecision(List<String> ranking, Map<String, Integer> judged) {
        long total = relevantCount(judged);
        if (total == 0) {
            return 0;
        }
        List<String> ranked = distinct(ranking);
        double sum = 0;
        int found = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant(judged, ranked.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / total;
    }

    /** Share of the first k that has a judgment (any grade, 0 included); 1 when nothing was retrieved. */
    static double judged(List<String> ranking, Map<String, Integer> judged, int k) {
        List<String> ranked = distinct(ranking);
        List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
        return top.isEmpty() ? 1 : (double) top.stream().filter(judged::containsKey).count() / top.size();
    }

    private static boolean relevant(Map<String, Integer> judged, String id) {
        return judged.getOrDefault(id, 0) >= 1;
    }

    private static long relevantCount(Map<String, Integer> judged) {
        return judged.values().stream().filter(g -> g >= 1).count();
    }

    private static double gain(int grade) {
        return grade <= 0 ? 0 : Math.pow(2, grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<String> distinct(List<String> ranking) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(ranking.size());
        for (String id : ranking) {
            if (seen.add(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
