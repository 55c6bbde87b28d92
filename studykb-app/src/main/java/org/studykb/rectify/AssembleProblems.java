package org.studykb.rectify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a problem and its scored candidates into the ledger's {@link Problem}: the best candidate of
 * each document above the {@code suggest} threshold (a few of each kind), the people's confirmations,
 * rejections and status override applied, and the status the rules give.
 */
final class AssembleProblems {
    static final Map<LinkKind, Integer> SHOWN = Map.of(LinkKind.MEASURE, 5, LinkKind.OUTCOME, 6, LinkKind.RULE, 3);

    private final RectifyRules rules;
    private final Decisions decisions;
    private final Map<String, Target> byKey;
    private final DecideStatus statuses;
    private final List<String> warnings = new ArrayList<>();

    AssembleProblems(RectifyRules rules, Decisions decisions, Map<String, Target> byKey) {
        this.rules = rules;
        this.decisions = decisions;
        this.byKey = byKey;
        this.statuses = new DecideStatus(rules.thresholds().suggest());
    }

    /** The problem of a cluster: its links with the decisions applied, its status and what that rests on. */
    Problem problem(Cluster c, List<SuggestLinks.Scored> scored, LocalDate today) {
        List<Link> links = links(c, scored);
        return problem(c, links, statuses.decide(links, byKey, today), today);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private List<Link> links(Cluster c, List<SuggestLinks.Scored> scored) {
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

    private Problem problem(Cluster c, List<Link> links, DecideStatus.Decided decided, LocalDate day) {
        Raised lead = c.lead();
        Optional<Decisions.StatusOverride> override = decisions.statusOf(c);
        Status status = override.map(Decisions.StatusOverride::status).orElse(decided.status());
        List<Raising> sources = c.members().stream().map(r -> new Raising(r.path(), r.passage(), r.title(), r.type(),
                r.date().map(LocalDate::toString).orElse(""), r.text(), r.listed())).toList();
        Optional<Measure> m = decided.measure();
        return new Problem(lead.id(), lead.text(), category(c), c.campaign(), new SourceRef(lead.path(), lead.passage()),
                status.name(), links, sources, c.firstRaised().map(LocalDate::toString).orElse(""), status.open(),
                status.overdue(), m.map(Measure::leader).orElse(""), m.map(Measure::unit).orElse(""),
                decided.deadline().map(Deadline::describe).orElse(""),
                decided.result().map(Result::name).orElse(""), decided.status().name(),
                override.map(Decisions.StatusOverride::who).orElse(""),
                override.map(o -> o.at().toString()).orElse(""),
                override.map(Decisions.StatusOverride::reason).orElse(""), "", "", day.toString(),
                decided.reopenedBy().stream().map(ReviewFinding::of).toList());
    }

    /**
     * The category most of the places give (a listed item counts twice); each place takes the first
     * rule it matches, by its heading (「（二）官僚主义方面」) or its text.
     */
    private String category(Cluster c) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Raised r : c.members()) {
            votes.merge(rules.categoryOf(r.heading(), r.text()), r.listed() ? 2 : 1, Integer::sum);
        }
        String best = "其他";
        int most = 0;
        for (RectifyRules.CategoryRule rule : rules.categories()) {
            int n = votes.getOrDefault(rule.name(), 0);
            if (n > most) {
                most = n;
                best = rule.name();
            }
        }
        return best;
    }
}
