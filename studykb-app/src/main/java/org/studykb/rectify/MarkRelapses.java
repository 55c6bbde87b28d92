package org.studykb.rectify;

import java.util.ArrayList;
import java.util.List;

/**
 * 反弹回潮: a problem of a later campaign that repeats a problem of an earlier one which had been
 * answered (整改中, 已整改 or 已销号), when its wording says so (有所反弹, 又抬头 …) and the two are
 * similar (at least {@code relapse}).
 */
final class MarkRelapses {
    private final RectifyRules rules;
    private final TermVectors vectors;

    MarkRelapses(RectifyRules rules, TermVectors vectors) {
        this.rules = rules;
        this.vectors = vectors;
    }

    List<Problem> mark(List<Cluster> clusters, List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        for (int i = 0; i < clusters.size(); i++) {
            Cluster later = clusters.get(i);
            if (later.members().stream().noneMatch(r -> rules.hasRelapseCue(r.text()))) {
                continue;
            }
            int best = -1;
            double bestSim = rules.thresholds().relapse();
            for (int j = 0; j < clusters.size(); j++) {
                Cluster earlier = clusters.get(j);
                if (!answered(problems.get(j)) || earlier.campaign().equals(later.campaign())
                        || !before(earlier, later)) {
                    continue;
                }
                double s = similarity(earlier, later);
                if (s >= bestSim) {
                    bestSim = s;
                    best = j;
                }
            }
            if (best >= 0) {
                Problem e = problems.get(best);
                out.set(i, out.get(i).withRelapse(e.id(), e.text()));
            }
        }
        return out;
    }

    private static boolean answered(Problem p) {
        return !p.ruleStatus().equals(Status.未整改.name());
    }

    private static boolean before(Cluster a, Cluster b) {
        return a.firstRaised().isPresent() && b.firstRaised().isPresent()
                && a.firstRaised().get().isBefore(b.firstRaised().get());
    }

    private double similarity(Cluster a, Cluster b) {
        double best = 0;
        for (String x : a.wordings(SuggestLinks.WORDINGS)) {
            for (String y : b.wordings(SuggestLinks.WORDINGS)) {
                best = Math.max(best, vectors.similarity(x, y));
            }
        }
        return best;
    }
}
