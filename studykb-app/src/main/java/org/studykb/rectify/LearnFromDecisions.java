package org.studykb.rectify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decisions teach: a link confirmed or rejected for one problem moves the suggestions of the same measure or outcome
 * (the same passage, by its key) for the other problems, by how alike the two problems' wordings are. A suggestion
 * loses {@code weight × similarity} for each similar problem that rejected it, and gains
 * {@code weight × (similarity − alike)} for each problem at least {@code alike} like it that confirmed it; a target
 * confirmed for such a problem of the same campaign is suggested even when search missed it. Links stated directly
 * by a plan or ledger (score 1) and the problem's own decisions are left as they are.
 */
final class LearnFromDecisions {
    /** Below this similarity two problems are not alike enough to teach each other. */
    static final double MIN_SIMILARITY = 0.10;
    /** A learned score stays under a directly stated link's 1. */
    static final double MAX_LEARNED = 0.99;

    private final Map<String, List<Lesson>> byTarget = new HashMap<>();
    private final TermVectors vectors;
    private final double weight;
    private final double alike;
    private final Map<String, Target> targets;

    /** One decision, with the problem it was made about. */
    private record Lesson(Cluster problem, String problemId, boolean confirmed) {
    }

    /**
     * @param weight how far one decision moves a suggestion, times the problems' similarity
     * @param alike  the similarity from which a confirmation for another problem raises a suggestion (by how much
     *               the two are more alike than that): a measure usually answers one problem, so only a problem
     *               much like the confirmed one is taken to share it
     */
    LearnFromDecisions(Decisions decisions, List<Cluster> clusters, TermVectors vectors, double weight, double alike,
                       Map<String, Target> targets) {
        this.vectors = vectors;
        this.weight = weight;
        this.alike = alike;
        this.targets = targets;
        Map<String, Decisions.LinkDecision> latest = new LinkedHashMap<>();
        for (Decisions.LinkDecision d : decisions.links()) {
            latest.merge(d.problemId() + " " + d.targetKey(), d, (a, b) -> b.at().isAfter(a.at()) ? b : a);
        }
        for (Decisions.LinkDecision d : latest.values()) {
            boolean confirmed = Link.CONFIRMED.equals(d.state());
            if (!confirmed && !Link.REJECTED.equals(d.state())) {
                continue;
            }
            clusters.stream().filter(c -> c.contains(d.problemId())).findFirst().ifPresent(c -> byTarget
                    .computeIfAbsent(d.targetKey(), k -> new ArrayList<>()).add(new Lesson(c, d.problemId(), confirmed)));
        }
    }

    /** The cluster's candidates with what the other problems' decisions teach, best first. */
    List<SuggestLinks.Scored> adjust(Cluster c, List<SuggestLinks.Scored> scored) {
        if (weight <= 0 || byTarget.isEmpty()) {
            return scored;
        }
        Map<Cluster, Double> similarity = new HashMap<>();
        Map<String, SuggestLinks.Scored> out = new LinkedHashMap<>();
        for (SuggestLinks.Scored s : scored) {
            out.put(s.target().key(), s.direct() ? s : learned(c, s.target(), s.score(), similarity).orElse(s));
        }
        for (Map.Entry<String, List<Lesson>> e : byTarget.entrySet()) {
            Target t = targets.get(e.getKey());
            if (out.containsKey(e.getKey()) || t == null || !t.campaign().equals(c.campaign())) {
                continue;
            }
            learned(c, t, 0, similarity).filter(s -> s.score() > 0).ifPresent(s -> out.put(t.key(), s));
        }
        List<SuggestLinks.Scored> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingDouble(SuggestLinks.Scored::score).reversed());
        return list;
    }

    /** The score moved by the lessons about this target from other problems alike; empty when none applies. */
    private Optional<SuggestLinks.Scored> learned(Cluster c, Target t, double score, Map<Cluster, Double> similarity) {
        List<Lesson> lessons = byTarget.getOrDefault(t.key(), List.of());
        double delta = 0;
        boolean applied = false;
        for (Lesson l : lessons) {
            if (l.problem() == c || c.contains(l.problemId())) {
                continue;
            }
            double sim = similarity.computeIfAbsent(l.problem(), q -> similarity(c, q));
            if (l.confirmed() ? sim >= alike : sim >= MIN_SIMILARITY) {
                delta += l.confirmed() ? weight * (sim - alike) : -weight * sim;
                applied = true;
            }
        }
        if (!applied) {
            return Optional.empty();
        }
        double s = Math.max(0, Math.min(MAX_LEARNED, score + delta));
        return Optional.of(new SuggestLinks.Scored(t, s, false));
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
