package org.studykb.rectify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds outcomes: the items of 整改报告 / 总结报告 / 回头看 (outside their 做法, 体会 and 不足 sections),
 * with the result their heading or their last sentence states; a 回头看's findings that something declared done
 * was not (销号不实, 整改不到位 …), 未完成 and marked undone, also under its 存在的问题; the articles of
 * 建章立制 rules; and the 完成情况 of ledger rows (已销号 when the row's 销号 column says so).
 */
final class ExtractOutcomes {
    static final int MIN_LENGTH = 15;

    private final RectifyRules rules;
    private final StableId ids;

    ExtractOutcomes(RectifyRules rules, StableId ids) {
        this.rules = rules;
        this.ids = ids;
    }

    List<Outcome> report(SourceDoc doc) {
        List<Outcome> out = new ArrayList<>();
        List<Line> lines = Line.split(doc.text());
        String[] headings = new String[3];
        boolean sectioned = false;
        boolean review = rules.isReview(doc.title());
        for (int i = ExtractProblems.skipTitleBlock(lines); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (ExtractProblems.isHeading(line) || line.level() == 1 && line.body().length() <= ExtractProblems.HEADING_MAX) {
                int level = line.level() == 2 ? 2 : 1;
                headings[level] = line.text();
                if (level == 1) {
                    headings[2] = null;
                }
                sectioned = true;
                continue;
            }
            if (!sectioned || line.text().endsWith("：") || line.isTableRow()) {
                continue;
            }
            String text = Clauses.trimEnd(line.body());
            boolean undone = (review || reviewHeading(headings)) && undone(headings, text);
            if (text.length() < MIN_LENGTH || excluded(headings) && !(undone && namesProblems(headings))) {
                continue;
            }
            Result result = undone ? Result.未完成 : resultOf(headings, text).orElse(Result.持续推进);
            out.add(new Outcome(ids.of(doc.id(), text), doc.id(), doc.title(), doc.campaign(), doc.dateEnd(),
                    doc.passageAt(line.start()), text, false, result, "", undone));
        }
        return out;
    }

    /** A 回头看's finding: the item, or a heading it stands under, says the rectification was not really done. */
    private boolean undone(String[] headings, String text) {
        return rules.saysUndone(text) || Arrays.stream(headings).anyMatch(h -> h != null && rules.saysUndone(h));
    }

    private boolean reviewHeading(String[] headings) {
        return Arrays.stream(headings).anyMatch(h -> h != null && rules.isReview(h));
    }

    /** An excluded heading that names problems (存在的问题): in a 回头看 its findings stand there. */
    private boolean namesProblems(String[] headings) {
        return Arrays.stream(headings).anyMatch(h -> h != null && rules.isOutcomeExcluded(h)
                && rules.problemSections().stream().anyMatch(h::contains));
    }

    /** Each article of a rule, with the rule's title: a rule made is a measure carried out. */
    List<Outcome> rule(SourceDoc doc) {
        List<Outcome> out = new ArrayList<>();
        List<Line> lines = Line.split(doc.text());
        for (int i = ExtractProblems.skipTitleBlock(lines); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.level() == 0 || ExtractProblems.isHeading(line) || line.body().length() < 8) {
                continue;
            }
            String text = "《" + doc.title() + "》" + Clauses.trimEnd(line.body());
            out.add(new Outcome(ids.of(doc.id(), text), doc.id(), doc.title(), doc.campaign(), doc.dateEnd(),
                    doc.passageAt(line.start()), text, true, Result.已完成, ""));
        }
        if (out.isEmpty()) {
            String text = "《" + doc.title() + "》";
            out.add(new Outcome(ids.of(doc.id(), text), doc.id(), doc.title(), doc.campaign(), doc.dateEnd(), 0,
                    text, true, Result.已完成, ""));
        }
        return out;
    }

    /**
     * The 完成情况 of a ledger row, dated by the ledger: 已销号 when the row's 是否销号 / 销号情况 cell says it was closed,
     * else what the progress says. Empty when neither cell says anything.
     */
    Optional<Outcome> progress(Measure m) {
        boolean closed = rules.closed(m.closed()).orElse(false);
        if (m.progress().isBlank() && !closed) {
            return Optional.empty();
        }
        String text = m.progress().isBlank() ? "销号：" + m.closed() : m.progress();
        Result result = closed ? Result.已销号 : rules.resultOf(firstSentence(m.progress()))
                .or(() -> rules.resultOf(m.progress())).orElse(Result.持续推进);
        String key = m.progress().isBlank() ? "销号" + m.text() : "完成情况" + m.progress();
        return Optional.of(new Outcome(ids.of(m.path(), key), m.path(), m.title(),
                m.campaign(), m.dateEnd(), m.passage(), text, false, result, m.id()));
    }

    /** The result the innermost heading states; else the last sentence of the item; else any of its words. */
    private Optional<Result> resultOf(String[] headings, String text) {
        for (int k = headings.length - 1; k >= 1; k--) {
            if (headings[k] != null) {
                Optional<Result> r = rules.resultOf(headings[k]);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return rules.resultOf(lastSentence(text)).or(() -> rules.resultOf(text));
    }

    static String lastSentence(String text) {
        String t = Clauses.trimEnd(text);
        int cut = Math.max(t.lastIndexOf('。'), t.lastIndexOf('；'));
        return cut < 0 ? t : t.substring(cut + 1);
    }

    static String firstSentence(String text) {
        int cut = text.indexOf('。');
        return cut < 0 ? text : text.substring(0, cut);
    }

    private boolean excluded(String[] headings) {
        for (String h : headings) {
            if (h != null && rules.isOutcomeExcluded(h)) {
                return true;
            }
        }
        return false;
    }
}
