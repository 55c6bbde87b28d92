package org.studykb.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets type, campaign and phase from the rules, each with its reason. Type: the value whose matching rules score
 * highest. Campaign: names, aliases and keywords, plus the document date falling in the campaign's range. Phase
 * (within the campaign): a phase named in the title, else the one phase named in the opening (the lines before
 * the first numbered section: 「主题：围绕…调查研究」, 「活动进入查摆问题、开展批评环节」), else the phase the type
 * belongs to, else the phase whose dates hold the document date, else a phase named in the body. An opening that
 * names two phases or more (「在理论学习、调查研究的基础上」) tells the background, not the phase. A type written in
 * every phase (党课讲稿, 心得体会: {@code throughout-types}) takes the date's phase first and its own only without one.
 */
final class Classifier {

    /** The three tags. */
    record Result(Tagged<String> type, Tagged<String> campaign, Tagged<String> phase) {
    }

    private final RuleBook rules;
    private final CampaignBook campaigns;

    Classifier(RuleBook rules, CampaignBook campaigns) {
        this.rules = rules;
        this.campaigns = campaigns;
    }

    /**
     * @param date      the document's date
     * @param mentioned a date the text mentions, used as campaign evidence when the document has no date
     */
    Result classify(String title, String text, String fileName, Tagged<DocDate> date, Optional<DocDate> mentioned) {
        RuleSubject subject = new RuleSubject(title, text, fileName, rules.settings().bodyChars());
        Tagged<String> type = best(hits(rules.rules(), Rule.Target.TYPE, subject), Map.of());
        Tagged<String> campaign = campaign(subject, date.isPresent() ? date.value() : mentioned,
                date.isPresent() ? "" : " (mentioned in text)");
        Tagged<String> phase = campaign.value().flatMap(campaigns::campaign)
                .map(c -> phase(c, subject, type, date)).orElseGet(Tagged::absent);
        return new Result(type, campaign, phase);
    }

    private Tagged<String> campaign(RuleSubject subject, Optional<DocDate> date, String note) {
        List<Rule.Hit> hits = new java.util.ArrayList<>(hits(campaigns.campaignRules(), Rule.Target.CAMPAIGN, subject));
        hits.addAll(hits(rules.rules(), Rule.Target.CAMPAIGN, subject));
        Map<String, Double> dateBonus = new LinkedHashMap<>();
        Map<String, Provenance> dateReason = new LinkedHashMap<>();
        date.ifPresent(d -> campaigns.campaigns().stream().filter(c -> overlaps(c, d)).forEach(c -> {
            dateBonus.put(c.name(), campaigns.dateWeight());
            dateReason.put(c.name(), new Provenance("date-range", c.name(), d.iso() + note + " in " + c.range()));
        }));
        Tagged<String> byRules = best(hits, dateBonus);
        if (byRules.isPresent()) {
            return byRules;
        }
        return dateReason.entrySet().stream().findFirst().map(e -> Tagged.of(e.getKey(), e.getValue()))
                .orElseGet(Tagged::absent);
    }

    private Tagged<String> phase(Campaign c, RuleSubject subject, Tagged<String> type, Tagged<DocDate> date) {
        List<Rule.Hit> phaseHits = new java.util.ArrayList<>(hits(campaigns.phaseRules().getOrDefault(c.name(),
                List.of()), Rule.Target.PHASE, subject));
        phaseHits.addAll(hits(rules.rules(), Rule.Target.PHASE, subject).stream()
                .filter(h -> c.phase(h.rule().value()).isPresent()).toList());
        Optional<Rule.Hit> inTitle = phaseHits.stream().filter(h -> h.place() == Rule.Place.TITLE)
                .max(Comparator.comparingDouble(Rule.Hit::score));
        if (inTitle.isPresent()) {
            Rule.Hit h = inTitle.get();
            if (!movesOn(subject.folded(Rule.Place.TITLE), h)) {
                return Tagged.of(h.rule().value(), h.provenance());
            }
            int next = c.phases().indexOf(c.phase(h.rule().value()).orElseThrow());
            if (next > 0) {
                String closing = c.phases().get(next - 1).name();
                return Tagged.of(closing, new Provenance("rule", h.rule().name(),
                        "转入" + h.evidence() + " → the phase before: " + closing + " @title"));
            }
        }
        Optional<Tagged<String>> inOpening = openingPhase(c, subject.raw(Rule.Place.BODY));
        if (inOpening.isPresent()) {
            return inOpening.get();
        }
        boolean throughout = type.value().filter(campaigns.throughoutTypes()::contains).isPresent();
        Optional<Tagged<String>> byType = typePhase(c, type);
        if (byType.isPresent() && !throughout) {
            return byType.get();
        }
        Optional<Tagged<String>> byDate = datePhase(c, date);
        if (byDate.isPresent()) {
            return byDate.get();
        }
        if (byType.isPresent()) {
            return byType.get();
        }
        return phaseHits.stream().max(Comparator.comparingDouble(Rule.Hit::score))
                .map(h -> Tagged.of(h.rule().value(), h.provenance())).orElseGet(Tagged::absent);
    }

    /** The one phase of {@code c} named (name or alias) in the opening of the body, if exactly one is. */
    static Optional<Tagged<String>> openingPhase(Campaign c, String body) {
        String opening = RuleSubject.fold(opening(body));
        Map<String, String> named = new LinkedHashMap<>();
        for (Campaign.Phase p : c.phases()) {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.aliases().stream())
                    .map(RuleSubject::fold).filter(word -> namedAsNow(opening, word)).findFirst()
                    .ifPresent(word -> named.put(p.name(), word));
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        var only = named.entrySet().iterator().next();
        return Optional.of(Tagged.of(only.getKey(), new Provenance("text", c.name() + "/" + only.getKey(),
                "「" + only.getValue() + "」 in the opening")));
    }

    /** The phase is named, and not as one still to come (「将在分析检查阶段进行梳理」「下一步」). */
    private static boolean namedAsNow(String opening, String word) {
        for (int at = opening.indexOf(word); at >= 0; at = opening.indexOf(word, at + 1)) {
            String before = opening.substring(Math.max(0, at - 4), at);
            if (!FUTURE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile("将|下一步|下阶段|下一阶段");

    /** The lines before the first numbered section (一、 （一） 1.), at most {@link #OPENING_CHARS} characters. */
    static String opening(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n")) {
            String s = line.strip();
            if (NUMBERED.matcher(s).lookingAt() || out.length() + s.length() > OPENING_CHARS) {
                break;
            }
            out.append(s).append('\n');
        }
        return out.toString();
    }

    static final int OPENING_CHARS = 400;
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．]|第[一二三四五六七八九十]+[章条部分])");

    private static Optional<Tagged<String>> typePhase(Campaign c, Tagged<String> type) {
        if (type.isPresent()) {
            List<Campaign.Phase> mapped = c.phasesOf(type.value().get());
            if (mapped.size() == 1) {
                return Optional.of(Tagged.of(mapped.get(0).name(), new Provenance("type-phase", c.name(),
                        "type " + type.value().get() + " belongs to " + mapped.get(0).name())));
            }
        }
        return Optional.empty();
    }

    private static Optional<Tagged<String>> datePhase(Campaign c, Tagged<DocDate> date) {
        Optional<LocalDate> day = date.value().filter(d -> d.precision() != DocDate.Precision.YEAR)
                .map(d -> d.precision() == DocDate.Precision.MONTH ? d.value().withDayOfMonth(15) : d.value());
        if (day.isPresent()) {
            for (Campaign.Phase p : c.phases()) {
                if (p.contains(day.get())) {
                    return Optional.of(Tagged.of(p.name(), new Provenance("date-range", c.name() + "/" + p.name(),
                            date.value().get().iso() + " in " + p.range())));
                }
            }
        }
        return Optional.empty();
    }

    /** 「转入整改落实阶段」 names the next phase: the document closes the one before. */
    private static boolean movesOn(String title, Rule.Hit hit) {
        int start = hit.end() - hit.evidence().length();
        String before = title.substring(Math.max(0, start - 4), Math.max(0, start));
        return before.contains("转入") || before.contains("进入") || before.contains("转到");
    }

    private List<Rule.Hit> hits(List<Rule> candidates, Rule.Target target, RuleSubject subject) {
        return candidates.stream().filter(r -> r.target() == target)
                .map(r -> r.match(subject, rules.settings())).flatMap(Optional::stream).toList();
    }

    /**
     * The value with the highest total score; on a tie the one matched later in the title (a Chinese title ends with
     * its head: 「分析检查报告群众评议情况」 is about the 评议), then the earlier rule. Its reason is its best hit.
     */
    private static Tagged<String> best(List<Rule.Hit> hits, Map<String, Double> bonus) {
        Map<String, Double> totals = new LinkedHashMap<>();
        Map<String, Rule.Hit> strongest = new LinkedHashMap<>();
        Map<String, Integer> titleEnd = new LinkedHashMap<>();
        for (Rule.Hit h : hits) {
            totals.merge(h.rule().value(), h.score(), Double::sum);
            strongest.merge(h.rule().value(), h, (a, b) -> b.score() > a.score() ? b : a);
            titleEnd.merge(h.rule().value(), h.place() == Rule.Place.TITLE ? h.end() : -1, Math::max);
        }
        bonus.keySet().forEach(k -> totals.putIfAbsent(k, 0.0));
        String winner = null;
        double winnerTotal = 0;
        for (Map.Entry<String, Double> e : totals.entrySet()) {
            double total = e.getValue() + bonus.getOrDefault(e.getKey(), 0.0);
            boolean better = winner == null || total > winnerTotal + 1e-9 || (Math.abs(total - winnerTotal) <= 1e-9
                    && titleEnd.getOrDefault(e.getKey(), -1) > titleEnd.getOrDefault(winner, -1));
            if (better) {
                winner = e.getKey();
                winnerTotal = total;
            }
        }
        if (winner == null || !strongest.containsKey(winner)) {
            return Tagged.absent();
        }
        return Tagged.of(winner, strongest.get(winner).provenance());
    }

    private static boolean overlaps(Campaign c, DocDate d) {
        LocalDate start = d.value();
        LocalDate end = switch (d.precision()) {
            case YEAR -> start.plusYears(1).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case DAY -> start;
        };
        return !end.isBefore(c.from()) && !start.isAfter(c.to());
    }
}
