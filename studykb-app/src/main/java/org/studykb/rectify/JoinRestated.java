package org.studykb.rectify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a problem that no measure answers to the problem it restates. Opinion lists and meeting records
 * raise the same problem in other words (「会议太多」 beside 「会议文件多，会议时间长」), and a restatement
 * left on its own shows as a second, 未整改 line of an answered problem. Each unanswered problem joins the
 * problem of its campaign it is most like, when that likeness reaches {@code join-restated}. The likeness is the overlap of their words, synonyms included and weighted by rarity (weighted Dice), plus how well the
 * measure that answers both answers the one it answers less. Each is compared as extracted, so a joined
 * problem does not grow into a net that catches everything.
 */
final class JoinRestated {
    private final ClusterProblems clustering;
    private final TermVectors vectors;
    private final double min;

    JoinRestated(ClusterProblems clustering, TermVectors vectors, double min) {
        this.clustering = clustering;
        this.vectors = vectors;
        this.min = min;
    }

    /**
     * @param profiles for each merged cluster, the best score of each group of measures for it
     *                 ({@link SuggestLinks#profiles})
     */
    List<Cluster> join(MergeByMeasure.Merged merged, List<Map<String, Double>> profiles) {
        List<Cluster> cs = merged.clusters();
        List<List<String>> words = new ArrayList<>();
        cs.forEach(c -> words.add(words(c.members())));
        int[] parent = new int[cs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < cs.size(); i++) {
            int j = merged.answered().get(i) ? -1 : nearest(i, cs, words, profiles);
            if (j >= 0) {
                parent[find(parent, i)] = find(parent, j);
            }
        }
        Map<Integer, List<Raised>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).addAll(cs.get(i).members());
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Raised> g : groups.values()) {
            out.add(new Cluster(clustering.withLeadFirst(g)));
        }
        return out;
    }

    /** The problem of the same campaign most like problem {@code i}, at least {@code join-restated}; -1 when none is. */
    private int nearest(int i, List<Cluster> cs, List<List<String>> words, List<Map<String, Double>> profiles) {
        int best = -1;
        double bestScore = min;
        for (int j = 0; j < cs.size(); j++) {
            if (j == i || !cs.get(i).campaign().equals(cs.get(j).campaign())) {
                continue;
            }
            double s = likeness(words.get(i), words.get(j), profiles.get(i), profiles.get(j));
            if (s >= bestScore) {
                bestScore = s;
                best = j;
            }
        }
        return best;
    }

    /**
     * The words' overlap, confirmed by the measure both share: the measure can at most double what the
     * words say, never stand in for them (in a small set of documents any measure scores well for a short
     * problem, and two problems with nothing in common are not one).
     */
    double likeness(List<String> wordsA, List<String> wordsB, Map<String, Double> a, Map<String, Double> b) {
        double words = vectors.dice(wordsA, wordsB);
        return words + Math.min(words, shared(a, b));
    }

    /** How well the measure that answers both best answers the one it answers less. */
    static double shared(Map<String, Double> a, Map<String, Double> b) {
        double best = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                best = Math.max(best, Math.min(e.getValue(), other));
            }
        }
        return best;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** The words of the listed wordings: what the problem is, without sentences that joined it. */
    private List<String> words(List<Raised> members) {
        List<String> out = new ArrayList<>();
        for (Raised r : members) {
            if (r.listed()) {
                out.addAll(vectors.words(r.text()));
            }
        }
        return out;
    }
}
