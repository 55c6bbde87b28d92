package org.studykb.rectify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one problem of the same problem raised in several places. Listed items join the problem
 * whose wording is most similar (at least {@code same-problem}) or start a new one; sentences of
 * speeches and reports only join a problem (at least {@code attach}), never start one.
 */
final class ClusterProblems {
    private final TermVectors vectors;
    private final double same;
    private final double attach;

    ClusterProblems(TermVectors vectors, RectifyRules.Thresholds thresholds) {
        this.vectors = vectors;
        this.same = thresholds.sameProblem();
        this.attach = thresholds.attach();
    }

    List<Cluster> cluster(List<Raised> raised) {
        Map<String, List<Raised>> byCampaign = new LinkedHashMap<>();
        for (Raised r : raised) {
            byCampaign.computeIfAbsent(r.campaign(), k -> new ArrayList<>()).add(r);
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Raised> items : byCampaign.values()) {
            out.addAll(campaign(items));
        }
        return out;
    }

    private List<Cluster> campaign(List<Raised> items) {
        List<Raised> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Raised r) -> r.date().orElse(LocalDate.MAX)).thenComparing(Raised::path)
                .thenComparingInt(Raised::passage));
        List<List<Raised>> groups = new ArrayList<>();
        for (Raised r : sorted) {
            if (r.listed()) {
                join(groups, r, same, true);
            }
        }
        for (Raised r : sorted) {
            if (!r.listed()) {
                join(groups, r, attach, false);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Raised> g : groups) {
            out.add(new Cluster(withLeadFirst(g)));
        }
        return out;
    }

    private void join(List<List<Raised>> groups, Raised r, double threshold, boolean mayStart) {
        List<Raised> best = null;
        double bestSim = -1;
        for (List<Raised> g : groups) {
            double s = similarity(g, r);
            if (s > bestSim) {
                bestSim = s;
                best = g;
            }
        }
        if (best != null && bestSim >= threshold) {
            best.add(r);
        } else if (mayStart) {
            List<Raised> g = new ArrayList<>();
            g.add(r);
            groups.add(g);
        }
    }

    /**
     * Similarity of an item to a problem, against the listed wordings already in it: for a listed
     * item the cosine; for a sentence, how much of it the wording contains (a short sentence names a
     * problem that a list item describes at length).
     */
    double similarity(List<Raised> group, Raised r) {
        double best = 0;
        for (Raised m : group) {
            if (m.listed()) {
                best = Math.max(best, r.listed() ? vectors.similarity(m.text(), r.text())
                        : vectors.containment(r.text(), m.text()));
            }
        }
        return best;
    }

    /** The representative: the listed wording closest to the others, shorter when tied. */
    List<Raised> withLeadFirst(List<Raised> g) {
        Raised lead = null;
        double bestScore = -1;
        for (Raised a : g) {
            if (!a.listed()) {
                continue;
            }
            double score = 0;
            for (Raised b : g) {
                if (a != b) {
                    score += vectors.similarity(a.text(), b.text());
                }
            }
            score -= a.text().length() / 1000.0;
            if (score > bestScore) {
                bestScore = score;
                lead = a;
            }
        }
        List<Raised> out = new ArrayList<>();
        out.add(lead);
        for (Raised r : g) {
            if (r != lead) {
                out.add(r);
            }
        }
        return out;
    }
}
