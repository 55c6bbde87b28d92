package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that can answer a problem: a measure, an outcome, an article of a rule.
 *
 * @param key        stable id of the measure or outcome
 * @param searchText what search matches against: for a measure, the problem as the plan states it and the measure
 * @param commitment a measure written in the 整改措施 section of a document that raises problems (a 对照检查材料):
 *                   linked, but no evidence for the status (only a plan, ledger or rule puts a problem 整改中)
 */
record Target(String key, LinkKind kind, String path, String title, int passage, String text, String searchText,
              String campaign, Optional<LocalDate> date, Optional<Measure> measure, Optional<Outcome> outcome,
              boolean commitment) {

    static Target of(Measure m) {
        return measure(m, false);
    }

    static Target commitment(Measure m) {
        return measure(m, true);
    }

    private static Target measure(Measure m, boolean commitment) {
        String search = m.problemText().isEmpty() ? m.text() : m.problemText() + "。" + m.text();
        return new Target(m.id(), LinkKind.MEASURE, m.path(), m.title(), m.passage(), m.text(), search, m.campaign(),
                m.date(), Optional.of(m), Optional.empty(), commitment);
    }

    static Target of(Outcome o) {
        return new Target(o.id(), o.rule() ? LinkKind.RULE : LinkKind.OUTCOME, o.path(), o.title(), o.passage(),
                o.text(), o.text(), o.campaign(), o.date(), Optional.empty(), Optional.of(o), false);
    }
}
