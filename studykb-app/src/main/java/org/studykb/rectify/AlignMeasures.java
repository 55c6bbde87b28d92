package org.studykb.rectify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which measures of different plans and ledgers of a campaign answer the same problem: the
 * plan's item, the ledger's row and the progress table's row. Two measures of different documents
 * are aligned when each is the other's most similar measure in its document, at least {@code min}. A
 * document whose campaign is unknown may align with any campaign's.
 */
final class AlignMeasures {
    private final TermVectors vectors;
    private final double min;

    AlignMeasures(TermVectors vectors, double min) {
        this.vectors = vectors;
        this.min = min;
    }

    /** Measure id → group id (the id of one measure of the group). */
    Map<String, String> groups(List<Measure> measures) {
        Map<String, String> parent = new HashMap<>();
        measures.forEach(m -> parent.put(m.id(), m.id()));
        Map<String, List<Measure>> byDoc = new LinkedHashMap<>();
        for (Measure m : measures) {
            byDoc.computeIfAbsent(m.campaign() + "\u0000" + m.path(), k -> new ArrayList<>()).add(m);
        }
        List<List<Measure>> docs = new ArrayList<>(byDoc.values());
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                String ci = docs.get(i).get(0).campaign();
                String cj = docs.get(j).get(0).campaign();
                if (!ci.equals(cj) && !ci.isEmpty() && !cj.isEmpty()) {
                    continue;
                }
                for (Measure a : docs.get(i)) {
                    Measure b = best(a, docs.get(j));
                    if (b != null && best(b, docs.get(i)) == a && sim(a, b) >= min) {
                        union(parent, a.id(), b.id());
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        measures.forEach(m -> out.put(m.id(), find(parent, m.id())));
        return out;
    }

    private Measure best(Measure a, List<Measure> in) {
        Measure best = null;
        double bestSim = -1;
        for (Measure b : in) {
            double s = sim(a, b);
            if (s > bestSim) {
                bestSim = s;
                best = b;
            }
        }
        return best;
    }

    private double sim(Measure a, Measure b) {
        return vectors.similarity(a.problemText() + " " + a.text(), b.problemText() + " " + b.text());
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.get(x);
        if (!p.equals(x)) {
            p = find(parent, p);
            parent.put(x, p);
        }
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.put(find(parent, a), find(parent, b));
    }
}
