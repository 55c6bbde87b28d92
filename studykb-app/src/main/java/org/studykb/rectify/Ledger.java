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

    /** One responsible leader's or unit's share of the ledger. */
    public record Group(String name, int total, int open, int overdue, int dueSoon) {
    }

    /**
     * The ledger by responsible leader ({@code byLeader}) or by unit: each name with how many problems it holds,
     * how many are 未闭环, 超期 and due within {@code dueDays}; most open first, then by name. A cell naming
     * several (张三、李四) counts for each.
     */
    public static List<Group> groups(List<Problem> problems, boolean byLeader, int dueDays) {
        Map<String, int[]> by = new java.util.TreeMap<>();
        for (Problem p : problems) {
            for (String name : people(byLeader ? p.leader() : p.unit())) {
                int[] n = by.computeIfAbsent(name, k -> new int[4]);
                n[0]++;
                n[1] += p.open() ? 1 : 0;
                n[2] += p.overdue() ? 1 : 0;
                n[3] += p.dueWithin(dueDays) ? 1 : 0;
            }
        }
        return by.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .sorted(java.util.Comparator.comparingInt(Group::open).reversed()).toList();
    }

    /** The names in a 责任领导 or 责任单位 cell: 张三、李四 → [张三, 李四]. */
    static List<String> people(String cell) {
        return java.util.Arrays.stream(cell.split("[、，,；;/\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public List<Problem> filter(LedgerFilter f) {
        return problems.stream().filter(f::matches).toList();
    }
}
