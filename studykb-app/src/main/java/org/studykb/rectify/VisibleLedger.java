package org.studykb.rectify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The problem ledger as one reader may see it. The ledger is built from every document; for a reader who may
 * not see some 内部 documents, a problem raised only there is left out, the places, measures, outcomes and rules
 * of those documents are dropped from the other problems' chains, and each status is decided again from what is
 * left. Counts and exports are computed from this ledger, so they agree with it.
 */
final class VisibleLedger {
    private VisibleLedger() {
    }

    /**
     * The ledger without what the hidden documents hold.
     *
     * @param seenWith decides a problem again from the places and links the reader may see
     */
    static List<Problem> without(List<Problem> all, Set<String> hidden, Function<Seen, Problem> seenWith) {
        Map<String, Problem> seen = new HashMap<>();
        List<Problem> kept = new ArrayList<>();
        for (Problem p : all) {
            Optional<Problem> v = seen(p, hidden, seenWith);
            if (v.isPresent()) {
                kept.add(v.get());
                seen.put(p.id(), v.get());
            }
        }
        List<Problem> out = new ArrayList<>(kept.size());
        for (Problem p : kept) {
            out.add(p.relapseOf().isEmpty() ? p : relapse(p, seen.get(p.relapseOf())));
        }
        return List.copyOf(out);
    }

    /** What is left of a problem for the reader: its wording, where it was raised, and its links. */
    record Seen(Problem problem, String text, SourceRef source, List<Raising> sources, String firstRaised,
                List<Link> links) {
    }

    /** The problem without what the hidden documents hold; empty when it was raised only there. */
    private static Optional<Problem> seen(Problem p, Set<String> hidden, Function<Seen, Problem> seenWith) {
        List<Raising> sources = p.sources().stream().filter(s -> !hidden.contains(s.path())).toList();
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        List<Link> links = p.links().stream().filter(l -> !hidden.contains(l.path())).toList();
        if (sources.size() == p.sources().size() && links.size() == p.links().size()) {
            return Optional.of(p);
        }
        String text = p.text();
        SourceRef source = p.source();
        if (hidden.contains(source.path())) {
            Raising first = sources.stream().filter(Raising::listed).findFirst().orElse(sources.get(0));
            text = first.text();
            source = new SourceRef(first.path(), first.passage());
        }
        String firstRaised = sources.stream().map(Raising::date).filter(d -> !d.isBlank()).min(String::compareTo)
                .orElse("");
        return Optional.of(seenWith.apply(new Seen(p, text, source, sources, firstRaised, links)));
    }

    /** The repeated problem's id and wording as the viewer sees it; none when they may not see it at all. */
    private static Problem relapse(Problem p, Problem earlier) {
        String id = earlier == null ? "" : earlier.id();
        String text = earlier == null ? "" : earlier.text();
        return p.withRelapse(id, text);
    }
}
