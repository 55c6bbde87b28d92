package org.studykb.rectify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 问题台账: every problem with its chain and status.
 *
 * @param warnings decisions that point to measures or outcomes no longer in the index, and the like
 */
public record Ledger(List<Problem> problems, List<String> warnings) {

    public Optional<Problem> problem(String id) {
        return problems.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** How many problems have each status, in the order of {@link Status}. */
    public static Map<String, Integer> counts(List<Problem> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.name(), 0);
        }
        for (Problem p : problems) {
            counts.merge(p.status(), 1, Integer::sum);
        }
        return counts;
    }

    public List<Problem> filter(LedgerFilter f) {
        return problems.stream().filter(f::matches).toList();
    }
}
