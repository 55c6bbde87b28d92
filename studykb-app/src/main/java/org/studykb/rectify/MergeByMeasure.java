package org.studykb.rectify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Makes one problem of the problems that the same measure answers best: the plan is the list of
 * problems to rectify, and 「下基层调研少」 and 「到工地看一看、讲几句就走」 are both answered by the
 * 基层联系点 item. Measures of the plan, the ledger and the progress table that answer the same problem
 * count as one ({@link AlignMeasures}). Problems that no measure answers well enough are left as they are
 * for {@link JoinRestated}. Two items of one document that lists each problem once (an 对照检查材料, a
 * 检视问题分析检查报告) stay two problems even when one measure answers both: both link to it.
 */
final class MergeByMeasure {
    private final ClusterProblems clustering;
    private final Predicate<String> distinctItems;

    /** @param distinctItems whether each listed item of a document of this type is a problem of its own */
    MergeByMeasure(ClusterProblems clustering, Predicate<String> distinctItems) {
        this.clustering = clustering;
        this.distinctItems = distinctItems;
    }

    /** The problems after merging, and for each whether a measure answers it. */
    record Merged(List<Cluster> clusters, List<Boolean> answered) {
    }

    /**
     * @param answers for each cluster (by index), the measure group that answers it best, if any does well enough
     */
    Merged merge(List<Cluster> clusters, List<Optional<String>> answers) {
        Map<String, List<Integer>> byAnswer = new LinkedHashMap<>();
        List<List<Raised>> groups = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        List<Boolean> answered = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < clusters.size(); i++) {
                if (selfExamined(clusters.get(i)) == (pass == 0)) {
                    order.add(i);
                }
            }
        }
        for (int i : order) {
            Optional<String> a = answers.get(i);
            List<Raised> members = clusters.get(i).members();
            String key = clusters.get(i).campaign() + "\u0000" + a.orElse("");
            int into = -1;
            double best = -1;
            for (int g : a.isEmpty() ? List.<Integer>of() : byAnswer.getOrDefault(key, List.of())) {
                double sim = likeness(groups.get(g), members);
                if (!Raised.apart(groups.get(g), members, distinctItems) && sim > best) {
                    best = sim;
                    into = g;
                }
            }
            if (into >= 0) {
                groups.get(into).addAll(members);
                firsts.set(into, Math.min(firsts.get(into), i));
                continue;
            }
            groups.add(new ArrayList<>(members));
            firsts.add(i);
            answered.add(a.isPresent());
            if (a.isPresent()) {
                byAnswer.computeIfAbsent(key, k -> new ArrayList<>()).add(groups.size() - 1);
            }
        }
        List<Integer> byFirst = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            byFirst.add(g);
        }
        byFirst.sort(java.util.Comparator.comparing(firsts::get));
        List<Cluster> out = new ArrayList<>();
        List<Boolean> outAnswered = new ArrayList<>();
        for (int g : byFirst) {
            out.add(new Cluster(clustering.withLeadFirst(groups.get(g))));
            outAnswered.add(answered.get(g));
        }
        return new Merged(out, outAnswered);
    }

    /** True when the problem is listed in a document that lists each problem once: it places the others. */
    private boolean selfExamined(Cluster c) {
        return c.members().stream().anyMatch(r -> r.listed() && distinctItems.test(r.type()));
    }

    /** How like the group the cluster's listed wordings are. */
    private double likeness(List<Raised> group, List<Raised> members) {
        double best = 0;
        for (Raised r : members) {
            if (r.listed()) {
                best = Math.max(best, clustering.similarity(group, r));
            }
        }
        return best;
    }
}
