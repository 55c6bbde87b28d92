package org.studykb.rectify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much decisions teach, measured by leave-one-out over the gold links: for each gold problem, the people are
 * taken to have confirmed every gold link of the other problems (the targets that hold a gold excerpt) and rejected
 * the other problems' wrong links in their top 3; the problem's own links are ranked with what that teaches, and
 * scored by capped recall @1 and @3 as the link figures are. Without decisions the same figures are the plain ones.
 */
final class LeaveOneOut {
    private final BuildLedger builder;
    private final BuildLedger.Prepared prepared;
    private final Gold gold;
    private final Map<String, Integer> primary;

    /** @param primary the cluster each gold problem is found as (by index into the prepared clusters) */
    LeaveOneOut(BuildLedger builder, BuildLedger.Prepared prepared, Gold gold, Map<String, Integer> primary) {
        this.builder = builder;
        this.prepared = prepared;
        this.gold = gold;
        this.primary = primary;
    }

    /** {recall @1, @3} without decisions, then {recall @1, @3} with the other problems' decisions. */
    double[] score() {
        List<Problem> plain = builder.apply(prepared, Decisions.NONE).ledger().problems();
        List<Decisions.LinkDecision> all = new ArrayList<>();
        for (Map.Entry<String, Integer> e : primary.entrySet()) {
            all.addAll(decisionsFor(e.getKey(), plain.get(e.getValue())));
        }
        double[] sum = new double[4];
        int n = 0;
        for (String id : gold.problems().keySet()) {
            List<Gold.Row> relevant = relevant(id);
            if (relevant.isEmpty()) {
                continue;
            }
            n++;
            Integer i = primary.get(id);
            if (i == null) {
                continue;
            }
            Cluster own = prepared.clusters().get(i);
            List<Decisions.LinkDecision> others = all.stream().filter(d -> !own.contains(d.problemId())).toList();
            Problem taught = builder.apply(prepared, new Decisions(others, List.of())).ledger().problems().get(i);
            double[] before = recall(plain.get(i).links(), relevant);
            double[] after = recall(taught.links(), relevant);
            sum[0] += before[0];
            sum[1] += before[1];
            sum[2] += after[0];
            sum[3] += after[1];
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= Math.max(1, n);
        }
        return sum;
    }

    /** The gold links confirmed, the wrong ones of the top 3 rejected, as a leader going through the problem would. */
    private List<Decisions.LinkDecision> decisionsFor(String id, Problem p) {
        List<Gold.Row> relevant = relevant(id);
        List<Decisions.LinkDecision> out = new ArrayList<>();
        Instant at = Instant.EPOCH;
        for (Target t : prepared.targets().values()) {
            if (relevant.stream().anyMatch(r -> r.matches(t.path(), t.text()))) {
                out.add(new Decisions.LinkDecision(p.id(), t.key(), Link.CONFIRMED, "gold", at, "gold"));
            }
        }
        ranked(p.links()).stream().limit(3)
                .filter(l -> relevant.stream().noneMatch(r -> r.matches(l.path(), l.text())))
                .forEach(l -> out.add(new Decisions.LinkDecision(p.id(), l.key(), Link.REJECTED, "gold", at, "gold")));
        return out;
    }

    private List<Gold.Row> relevant(String id) {
        List<Gold.Row> relevant = new ArrayList<>();
        List.of("measure", "outcome", "rule").forEach(k -> relevant.addAll(gold.of(k, id)));
        return relevant;
    }

    private static List<Link> ranked(List<Link> links) {
        return links.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
    }

    /** Capped recall @1 and @3, as EvaluateRectify scores links. */
    private static double[] recall(List<Link> links, List<Gold.Row> relevant) {
        List<Link> ranked = ranked(links);
        double[] out = new double[2];
        int[] ks = {1, 3};
        for (int j = 0; j < ks.length; j++) {
            Set<Gold.Row> hit = new LinkedHashSet<>();
            for (Link l : ranked.subList(0, Math.min(ks[j], ranked.size()))) {
                relevant.stream().filter(r -> r.matches(l.path(), l.text())).forEach(hit::add);
            }
            out[j] = Math.min(1.0, hit.size() / (double) Math.min(ks[j], relevant.size()));
        }
        return out;
    }
}
