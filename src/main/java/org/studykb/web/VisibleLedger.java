package org.studykb.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.studykb.rectify.Ledger;
import org.studykb.rectify.Link;
import org.studykb.rectify.Problem;
import org.studykb.rectify.Raising;
import org.studykb.rectify.RectifyService;
import org.studykb.rectify.SourceRef;
import org.studykb.search.Documents;
import org.studykb.search.SearchService;
import org.studykb.search.Viewer;

/**
 * The problem ledger as one reader may see it. The ledger is built from every document; for a reader who may
 * not see some 内部 documents, a problem raised only there is left out, the places, measures, outcomes and rules
 * of those documents are dropped from the other problems' chains, and each status is decided again from what is
 * left. Counts and exports are computed from this ledger, so they agree with it.
 */
final class VisibleLedger {
    private final RectifyService rectify;
    private final Documents documents;
    private final SearchService search;

    VisibleLedger(RectifyService rectify, Documents documents, SearchService search) {
        this.rectify = rectify;
        this.documents = documents;
        this.search = search;
    }

    /** The ledger the viewer may see; warnings (about decisions and targets) only for those who see everything. */
    Ledger ledger(Viewer viewer) throws IOException {
        Ledger all = rectify.ledger();
        Set<String> hidden = hidden(viewer);
        if (hidden.isEmpty()) {
            return viewer.seesAll() ? all : new Ledger(all.problems(), List.of());
        }
        Map<String, Problem> seen = new HashMap<>();
        List<Problem> kept = new ArrayList<>();
        for (Problem p : all.problems()) {
            Optional<Problem> v = seen(p, hidden);
            if (v.isPresent()) {
                kept.add(v.get());
                seen.put(p.id(), v.get());
            }
        }
        List<Problem> out = new ArrayList<>(kept.size());
        for (Problem p : kept) {
            out.add(p.relapseOf().isEmpty() ? p : relapse(p, seen.get(p.relapseOf())));
        }
        return new Ledger(List.copyOf(out), List.of());
    }

    /** A problem the viewer may see, by its id or an id it had before, as they may see it. */
    Optional<Problem> problem(String id, Viewer viewer) throws IOException {
        Optional<Problem> p = rectify.problem(id);
        if (p.isEmpty()) {
            return p;
        }
        return ledger(viewer).problem(p.get().id());
    }

    /** The decisions about a problem, without those that name a measure or outcome the viewer may not see. */
    List<String> history(String id, Viewer viewer) throws IOException {
        Optional<Problem> whole = rectify.problem(id);
        if (whole.isEmpty()) {
            return List.of();
        }
        Set<String> hidden = hidden(viewer);
        List<String> hiddenTexts = whole.get().links().stream().filter(l -> hidden.contains(l.path()))
                .map(l -> "「" + l.text()).toList();
        return rectify.history(whole.get().id()).stream()
                .filter(line -> hiddenTexts.stream().noneMatch(t -> line.contains(cut(t))))
                .toList();
    }

    /**
     * The problem's audit trail as the viewer may see it: without the events whose before or after names a
     * measure or outcome held by a document the viewer may not see.
     */
    List<org.studykb.rectify.HistoryEvent> events(String id, Viewer viewer) throws IOException {
        Optional<Problem> whole = rectify.problem(id);
        if (whole.isEmpty()) {
            return List.of();
        }
        Set<String> hidden = hidden(viewer);
        List<String> hiddenTexts = whole.get().links().stream().filter(l -> hidden.contains(l.path()))
                .map(l -> cut(l.text())).toList();
        return rectify.events(whole.get().id()).stream()
                .filter(e -> hiddenTexts.stream().noneMatch(t -> e.before().contains(t) || e.after().contains(t)))
                .toList();
    }

    private Set<String> hidden(Viewer viewer) throws IOException {
        search.refresh();
        return documents.hidden(viewer);
    }

    /** The problem without what the hidden documents hold; empty when it was raised only there. */
    private Optional<Problem> seen(Problem p, Set<String> hidden) throws IOException {
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
        return Optional.of(rectify.seenWith(p, text, source, sources, firstRaised, links));
    }

    /** The repeated problem's id and wording as the viewer sees it; none when they may not see it at all. */
    private static Problem relapse(Problem p, Problem earlier) {
        String id = earlier == null ? "" : earlier.id();
        String text = earlier == null ? "" : earlier.text();
        return new Problem(p.id(), p.text(), p.category(), p.campaign(), p.source(), p.status(), p.links(),
                p.sources(), p.firstRaised(), p.open(), p.overdue(), p.leader(), p.unit(), p.deadline(), p.result(),
                p.ruleStatus(), p.overrideBy(), p.overrideAt(), p.overrideReason(), id, text, p.today());
    }

    /** The stored decision keeps at most this much of a target's text: compare that much. */
    private static String cut(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60);
    }
}
