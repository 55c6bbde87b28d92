package org.studykb.rectify;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.studykb.index.IndexAnalyzers;

/**
 * Builds the ledger from the documents and the people's decisions: extraction, one problem per
 * problem raised in several places, suggested and direct links, decisions applied, statuses, 反弹回潮.
 */
final class BuildLedger {
    static final Map<LinkKind, Integer> SHOWN = Map.of(LinkKind.MEASURE, 5, LinkKind.OUTCOME, 6, LinkKind.RULE, 3);

    private final RectifyRules rules;
    private final IndexAnalyzers analyzers;
    private final Optional<LocalDate> today;
    private final boolean direct;

    /** @param today the day statuses are judged at; empty: each campaign's last document date */
    BuildLedger(RectifyRules rules, IndexAnalyzers analyzers, Optional<LocalDate> today) {
        this(rules, analyzers, today, true);
    }

    private BuildLedger(RectifyRules rules, IndexAnalyzers analyzers, Optional<LocalDate> today, boolean direct) {
        this.rules = rules;
        this.analyzers = analyzers;
        this.today = today;
        this.direct = direct;
    }

    /** The same without the direct links of plans and ledgers that state the problem: search alone, for evaluation. */
    BuildLedger searchOnly() {
        return new BuildLedger(rules, analyzers, today, false);
    }

    /** The intermediate results, for evaluation and tests. */
    record Built(Ledger ledger, List<Cluster> clusters, Extraction extraction) {
    }

    Built build(List<SourceDoc> docs, Decisions decisions) throws IOException {
        Extraction ex = Extraction.of(docs, rules);
        TermVectors vectors = new TermVectors(analyzers.words()).fit(ex.texts());
        ClusterProblems clustering = new ClusterProblems(vectors, rules.thresholds());
        List<Cluster> lexical = clustering.cluster(ex.raised());
        List<Target> targets = new ArrayList<>();
        ex.measures().forEach(m -> targets.add(Target.of(m)));
        ex.outcomes().forEach(o -> targets.add(Target.of(o)));
        Map<String, Target> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(t.key(), t));
        Map<String, String> groups = new AlignMeasures(vectors, rules.thresholds().alignMeasures())
                .groups(ex.measures());
        SuggestLinks suggest = new SuggestLinks(analyzers, rules.thresholds(), direct);
        List<Cluster> clusters = new MergeByMeasure(clustering).merge(lexical,
                suggest.answers(lexical, targets, groups, rules.thresholds().sameMeasure()));
        List<List<SuggestLinks.Scored>> suggested = suggest.suggest(clusters, targets, groups);
        Map<String, LocalDate> todays = todays(docs);
        DecideStatus statuses = new DecideStatus(rules.thresholds().suggest());
        List<String> warnings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            List<Link> links = links(c, suggested.get(i), decisions, byKey, warnings);
            LocalDate day = todays.getOrDefault(c.campaign(), LocalDate.now(ZoneOffset.UTC));
            problems.add(problem(c, links, statuses.decide(links, byKey, day), decisions, day));
        }
        problems = new MarkRelapses(rules, vectors).mark(clusters, problems);
        return new Built(new Ledger(List.copyOf(problems), List.copyOf(warnings)), clusters, ex);
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

    private List<Link> links(Cluster c, List<SuggestLinks.Scored> scored, Decisions decisions,
                             Map<String, Target> byKey, List<String> warnings) {
        Map<String, Decisions.LinkDecision> decided = new LinkedHashMap<>();
        for (Decisions.LinkDecision d : decisions.linksOf(c)) {
            decided.merge(d.targetKey(), d, (a, b) -> b.at().isAfter(a.at()) ? b : a);
        }
        double threshold = rules.thresholds().suggest();
        Map<String, SuggestLinks.Scored> perDocument = new LinkedHashMap<>();
        for (SuggestLinks.Scored s : scored) {
            String doc = s.target().kind() + " " + s.target().path();
            if (s.score() >= threshold && !perDocument.containsKey(doc)) {
                perDocument.put(doc, s);
            } else if (s.direct() && perDocument.containsKey(doc) && !perDocument.get(doc).direct()) {
                perDocument.put(doc, s);
            }
        }
        List<Link> out = new ArrayList<>();
        Map<LinkKind, Integer> shown = new HashMap<>();
        for (SuggestLinks.Scored s : perDocument.values()) {
            LinkKind kind = s.target().kind();
            if (decided.containsKey(s.target().key()) || shown.merge(kind, 1, Integer::sum) <= SHOWN.get(kind)) {
                out.add(link(s.target(), s.score(), s.direct(), decided.remove(s.target().key())));
            }
        }
        for (Decisions.LinkDecision d : decided.values()) {
            Target t = byKey.get(d.targetKey());
            if (t == null) {
                warnings.add("问题 " + c.lead().id() + " 的一条" + (Link.CONFIRMED.equals(d.state()) ? "确认" : "否定")
                        + "记录指向的措施或成效已不在索引中（" + d.targetKey() + "，" + d.who() + "）");
            } else {
                out.add(link(t, scoreOf(scored, t), false, d));
            }
        }
        out.sort(Comparator.comparing((Link l) -> LinkKind.valueOf(l.kind().toUpperCase()).ordinal())
                .thenComparing(l -> l.rejected())
                .thenComparing(l -> !l.confirmed())
                .thenComparing(Comparator.comparingDouble(Link::score).reversed()));
        return out;
    }

    private static double scoreOf(List<SuggestLinks.Scored> scored, Target t) {
        return scored.stream().filter(s -> s.target().key().equals(t.key())).mapToDouble(SuggestLinks.Scored::score)
                .findFirst().orElse(0);
    }

    private static Link link(Target t, double score, boolean direct, Decisions.LinkDecision d) {
        String state = d == null ? Link.SUGGESTED : d.state();
        Optional<Measure> m = t.measure();
        return new Link(t.path(), t.text(), t.kind().word(), Math.round(score * 1000) / 1000.0, state, t.passage(),
                t.key(), t.title(), t.date().map(LocalDate::toString).orElse(""), direct,
                t.outcome().map(o -> o.result().name()).orElse(""), m.map(Measure::leader).orElse(""),
                m.map(Measure::unit).orElse(""), m.map(x -> x.deadline().describe()).orElse(""),
                d == null ? "" : d.who(), d == null ? "" : d.at().toString(), d == null ? "" : d.reason());
    }

    private Problem problem(Cluster c, List<Link> links, DecideStatus.Decided decided, Decisions decisions,
                            LocalDate day) {
        Raised lead = c.lead();
        Optional<Decisions.StatusOverride> override = decisions.statusOf(c);
        Status status = override.map(Decisions.StatusOverride::status).orElse(decided.status());
        List<Raising> sources = c.members().stream().map(r -> new Raising(r.path(), r.passage(), r.title(), r.type(),
                r.date().map(LocalDate::toString).orElse(""), r.text(), r.listed())).toList();
        Optional<Measure> m = decided.measure();
        return new Problem(lead.id(), lead.text(), category(c), c.campaign(), new SourceRef(lead.path(), lead.passage()),
                status.name(), links, sources, c.firstRaised().map(LocalDate::toString).orElse(""), decided.open(),
                decided.overdue(), m.map(Measure::leader).orElse(""), m.map(Measure::unit).orElse(""),
                decided.deadline().map(Deadline::describe).orElse(""),
                decided.result().map(Result::name).orElse(""), decided.status().name(),
                override.map(Decisions.StatusOverride::who).orElse(""),
                override.map(o -> o.at().toString()).orElse(""),
                override.map(Decisions.StatusOverride::reason).orElse(""), "", "", day.toString());
    }

    /** The first category rule that any of the places matches (headings first: 「（一）形式主义方面」). */
    private String category(Cluster c) {
        for (RectifyRules.CategoryRule rule : rules.categories()) {
            for (Raised r : c.members()) {
                String where = rule.heading() ? r.heading() : r.text();
                if (rule.any().stream().anyMatch(where::contains)) {
                    return rule.name();
                }
            }
        }
        return "其他";
    }
}
