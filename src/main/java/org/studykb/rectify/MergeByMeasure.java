package org.studykb.rectify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one problem of the problems that the same measure answers best: the plan is the list of
 * problems to rectify, and 「下基层调研少」 and 「到工地看一看、讲几句就走」 are both answered by the
 * 基层联系点 item. Measures of the plan, the ledger and the progress table that answer the same problem
 * count as one ({@link AlignMeasures}). Problems that no measure answers well enough are left as they are
 * for {@link JoinRestated}.
 */
final class MergeByMeasure {
    private final ClusterProblems clustering;

    MergeByMeasure(ClusterProblems clustering) {
        this.clustering = clustering;
    }

    /** The problems after merging, and for each whether a measure answers it. */
    record Merged(List<Cluster> clusters, List<Boolean> answered) {
    }

    /**
     * @param answers for each cluster (by index), the measure group that answers it best, if any does well enough
     */
    Merged merge(List<Cluster> clusters, List<Optional<String>> answers) {
        Map<String, List<Raised>> byAnswer = new LinkedHashMap<>();
        List<List<Raised>> groups = new ArrayList<>();
        List<Boolean> answered = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Optional<String> a = answers.get(i);
            String key = clusters.get(i).campaign() + "\u0000" + a.orElse("");
            if (a.isPresent() && byAnswer.containsKey(key)) {
                byAnswer.get(key).addAll(clusters.get(i).members());
                continue;
            }
            List<Raised> g = new ArrayList<>(clusters.get(i).members());
            groups.add(g);
            answered.add(a.isPresent());
            if (a.isPresent()) {
                byAnswer.put(key, g);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Raised> g : groups) {
            out.add(new Cluster(clustering.withLeadFirst(g)));
        }
        return new Merged(out, answered);
    }
}
