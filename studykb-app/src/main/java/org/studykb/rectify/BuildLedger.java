package org.studykb.rectify;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.studykb.index.IndexAnalyzers;

/**
 * Builds the ledger from the documents and the people's decisions: extraction, one problem per
 * problem raised in several places, suggested and direct links, decisions applied (and learnt from: a link
 * decided for one problem moves it for similar ones), statuses, 反弹回潮, 回头看未通过.
 */
final class BuildLedger {
    private final RectifyRules rules;
    private final IndexAnalyzers analyzers;
    private final Optional<LocalDate> today;
    private final StableId ids;
    private final boolean direct;

    /**
     * @param today the day statuses are judged at; empty: each campaign's last document date
     * @param ids   the ids of the data folder
     */
    BuildLedger(RectifyRules rules, IndexAnalyzers analyzers, Optional<LocalDate> today, StableId ids) {
        this(rules, analyzers, today, ids, true);
    }

    private BuildLedger(RectifyRules rules, IndexAnalyzers analyzers, Optional<LocalDate> today, StableId ids,
                        boolean direct) {
        this.rules = rules;
        this.analyzers = analyzers;
        this.today = today;
        this.ids = ids;
        this.direct = direct;
    }

    /** The same without the direct links of plans and ledgers that state the problem: search alone, for evaluation. */
    BuildLedger searchOnly() {
        return new BuildLedger(rules, analyzers, today, ids, false);
    }

    /** The ledger with the intermediate results, for evaluation and tests. */
    record Built(Ledger ledger, List<Cluster> clusters, Extraction extraction) {
    }

    /**
     * Everything that depends only on the documents: problems, targets and suggestions. People's
     * decisions are applied on top ({@link #apply}), so a confirmation does not redo the search.
     *
     * @param formerIds the unkeyed id each id replaces, to move decisions stored under them
     */
    record Prepared(Extraction extraction, TermVectors vectors, List<Cluster> clusters, Map<String, Target> targets,
                    List<List<SuggestLinks.Scored>> suggested, Map<String, LocalDate> todays,
                    Map<String, String> formerIds) {
    }

    Built build(List<SourceDoc> docs, Decisions decisions) throws IOException {
        return apply(prepare(docs), decisions);
    }

    Prepared prepare(List<SourceDoc> docs) throws IOException {
        StableId issued = ids.fresh();
        Extraction ex = Extraction.of(docs, rules, issued);
        TermVectors vectors = new TermVectors(analyzers.words()).fit(ex.texts());
        ClusterProblems clustering = new ClusterProblems(vectors, rules.thresholds());
        List<Cluster> lexical = clustering.cluster(ex.raised());
        List<Target> targets = new ArrayList<>();
        ex.measures().forEach(m -> targets.add(Target.of(m)));
        ex.outcomes().forEach(o -> targets.add(Target.of(o)));
        List<Target> linkable = new ArrayList<>(targets);
        ex.commitments().forEach(m -> linkable.add(Target.commitment(m)));
        Map<String, Target> byKey = new HashMap<>();
        linkable.forEach(t -> byKey.put(t.key(), t));
        Map<String, String> groups = new AlignMeasures(vectors, rules.thresholds().alignMeasures())
                .groups(ex.measures());
        SuggestLinks suggest = new SuggestLinks(analyzers, rules.thresholds(), direct);
        MergeByMeasure.Merged merged = new MergeByMeasure(clustering, rules::distinctItems).merge(lexical,
                suggest.answers(lexical, targets, groups, rules.thresholds().sameMeasure()));
        List<Cluster> clusters = new JoinRestated(clustering, vectors, rules.thresholds().joinRestated(),
                rules::distinctItems).join(merged,
                suggest.profiles(merged.clusters(), targets, groups));
        List<List<SuggestLinks.Scored>> suggested = suggest.suggest(clusters, linkable, groups);
        return new Prepared(ex, vectors, List.copyOf(clusters), Map.copyOf(byKey), suggested, todays(docs),
                issued.former());
    }

    /** The ledger: the prepared problems with the people's decisions applied. */
    Built apply(Prepared p, Decisions decisions) {
        AssembleProblems assemble = new AssembleProblems(rules, decisions, p.targets());
        LearnFromDecisions learn = new LearnFromDecisions(decisions, p.clusters(), p.vectors(),
                rules.thresholds().learn(), rules.thresholds().learnAlike(), p.targets());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < p.clusters().size(); i++) {
            Cluster c = p.clusters().get(i);
            LocalDate day = p.todays().getOrDefault(c.campaign(), LocalDate.now(ZoneOffset.UTC));
            problems.add(assemble.problem(c, learn.adjust(c, p.suggested().get(i)), day));
        }
        problems = new MarkRelapses(rules, p.vectors()).mark(p.clusters(), problems);
        return new Built(new Ledger(List.copyOf(problems), assemble.warnings()), p.clusters(), p.extraction());
    }

    /** Each campaign's "today": the configured day, else the date of its last document. */
    private Map<String, LocalDate> todays(List<SourceDoc> docs) {
        Map<String, LocalDate> out = new HashMap<>();
        for (SourceDoc d : docs) {
            LocalDate end = today.orElse(d.dateEnd().orElse(null));
            if (end != null) {
                out.merge(d.campaign(), end, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return out;
    }
}
