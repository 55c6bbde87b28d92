package org.studykb.rectify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes one problem of the problems that the same measure answers best: the plan is the list of
 * problems to rectify, and 「下基层调研少」 and 「到工地看一看、讲几句就走」 are both answered by the
 * 基层联系点 item. Measures of the plan, the ledger and the progress table that answer the same problem
 * count as one ({@link AlignMeasures}). A problem that no measure answers well enough is most often a
 * fragment or a rewording of an answered one: it joins the answered problem whose measure it still scores
 * best with ({@code join-measure}), or else whose listed wording it resembles ({@code join-answered}).
 */
final class MergeByMeasure {
    private final ClusterProblems clustering;
    private final TermVectors vectors;
    private final double joinAnswered;

    MergeByMeasure(ClusterProblems clustering, TermVectors vectors, double joinAnswered) {
        this.clustering = clustering;
        this.vectors = vectors;
        this.joinAnswered = joinAnswered;
    }

    /**
     * @param answers for each cluster (by index), the measure group that answers it best, if any does well enough
     */
    List<Cluster> merge(List<Cluster> clusters, List<Optional<String>> answers) {
        return merge(clusters, answers, answers);
    }

    /**
     * @param weak for each cluster, the measure group that answers it best at any score: a problem no
     *             measure answers well joins the answered problem whose measure it scores best with
     */
    List<Cluster> merge(List<Cluster> clusters, List<Optional<String>> answers, List<Optional<String>> weak) {
        Map<String, List<Raised>> byAnswer = new LinkedHashMap<>();
        List<List<Raised>> groups = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Optional<String> a = answers.get(i);
            String key = clusters.get(i).campaign() + "\u0000" + a.orElse("");
            if (a.isPresent() && byAnswer.containsKey(key)) {
                byAnswer.get(key).addAll(clusters.get(i).members());
                continue;
            }
            List<Raised> g = new ArrayList<>(clusters.get(i).members());
            groups.add(g);
            if (a.isPresent()) {
                byAnswer.put(key, g);
            }
        }
        List<List<Raised>> answered = new ArrayList<>(byAnswer.values());
        Set<List<Raised>> isAnswered = Collections.newSetFromMap(new IdentityHashMap<>());
        isAnswered.addAll(answered);
        Map<List<Raised>, String> weakOf = new IdentityHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            String key = clusters.get(i).campaign() + "\u0000" + weak.get(i).orElse("");
            if (answers.get(i).isEmpty() && weak.get(i).isPresent()) {
                weakOf.put(findGroup(groups, clusters.get(i)), key);
            }
        }
        Set<List<Raised>> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(answered);
        for (List<Raised> g : groups) {
            if (!isAnswered.contains(g)) {
                Optional<List<Raised>> near = Optional.ofNullable(byAnswer.get(weakOf.get(g)));
                if (near.isEmpty()) {
                    near = nearest(g, answered);
                }
                if (near.isPresent()) {
                    near.get().addAll(g);
                } else {
                    kept.add(g);
                }
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Raised> g : groups) {
            if (!kept.contains(g)) {
                continue;
            }
            out.add(new Cluster(clustering.withLeadFirst(g)));
        }
        return out;
    }

    private static List<Raised> findGroup(List<List<Raised>> groups, Cluster c) {
        for (List<Raised> g : groups) {
            if (g.contains(c.lead())) {
                return g;
            }
        }
        throw new IllegalStateException("cluster not grouped: " + c.lead().id());
    }

    /**
     * The answered problem of the same campaign that an unanswered one restates: the most similar pair of
     * listed wordings reaches {@code join-answered}. A problem no measure answers is often a fragment
     * or a rewording of one that is answered (「会议太多」 beside 「会多文多」).
     */
    private Optional<List<Raised>> nearest(List<Raised> g, List<List<Raised>> answered) {
        List<Raised> best = null;
        double bestSim = joinAnswered;
        for (List<Raised> a : answered) {
            if (!a.get(0).campaign().equals(g.get(0).campaign())) {
                continue;
            }
            for (Raised x : g) {
                for (Raised y : a) {
                    if (!x.listed() || !y.listed()) {
                        continue;
                    }
                    double s = vectors.similarity(x.text(), y.text());
                    if (s >= bestSim) {
                        bestSim = s;
                        best = a;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
