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
    private final java.util.function.Predicate<String> distinctItems;

    JoinRestated(ClusterProblems clustering, TermVectors vectors, double min) {
        this(clustering, vectors, min, type -> false);
    }

    /** @param distinctItems whether each listed item of a document of this type is a problem of its own */
    JoinRestated(ClusterProblems clustering, TermVectors vectors, double min,
                 java.util.function.Predicate<String> distinctItems) {
        this.clustering = clustering;
        this.vectors = vectors;
        this.min = min;
        this.distinctItems = distinctItems;
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
            int j = merged.answered().get(i) ? -1 : nearest(i, cs, words, profiles, x -> true);
            if (j >= 0) {
                parent[find(parent, i)] = find(parent, j);
            }
        }
        joinUnansweredGroups(merged, words, profiles, parent);
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

    /**
     * Restatements that found only each other (the opinion list's 「局领导很少到乡镇卫生院来」 and a person's 「下基层少」,
     * both nearest to one another) still restate an answered problem (the 对照检查材料's 「深入基层调查研究不够」): a
     * group without an answered problem joins the answered problem most like one of its members, at least
     * {@code join-restated}, unless that would put two listed items of one self-examination document (distinct
     * items) into one problem.
     */
    private void joinUnansweredGroups(MergeByMeasure.Merged merged, List<List<String>> words,
                                      List<Map<String, Double>> profiles, int[] parent) {
        List<Cluster> cs = merged.clusters();
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2 || g.stream().anyMatch(merged.answered()::get)) {
                continue;
            }
            List<Raised> members = g.stream().flatMap(i -> cs.get(i).members().stream()).toList();
            int into = -1;
            double best = min;
            for (int i : g) {
                int j = nearest(i, cs, words, profiles,
                        x -> merged.answered().get(x) && !Raised.apart(members, cs.get(x).members(), distinctItems));
                double s = j < 0 ? 0 : likeness(words.get(i), words.get(j), profiles.get(i), profiles.get(j));
                if (j >= 0 && s >= best) {
                    best = s;
                    into = j;
                }
            }
            if (into >= 0) {
                parent[find(parent, g.get(0))] = find(parent, into);
            }
        }
    }


    /**
     * The problem of the same campaign most like problem {@code i} among those {@code allowed}, at least
     * {@code join-restated}; -1 when none is.
     */
    private int nearest(int i, List<Cluster> cs, List<List<String>> words, List<Map<String, Double>> profiles,
                        java.util.function.IntPredicate allowed) {
        int best = -1;
        double bestScore = min;
        for (int j = 0; j < cs.size(); j++) {
            if (j == i || !cs.get(i).campaign().equals(cs.get(j).campaign()) || !allowed.test(j)) {
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
