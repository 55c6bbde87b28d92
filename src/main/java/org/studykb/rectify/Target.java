package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that can answer a problem: a measure, an outcome, an article of a rule.
 *
 * @param key        stable id of the measure or outcome
 * @param searchText what search matches against: for a measure, the problem as the plan states it and the measure
 */
record Target(String key, LinkKind kind, String path, String title, int passage, String text, String searchText,
              String campaign, Optional<LocalDate> date, Optional<Measure> measure, Optional<Outcome> outcome) {

    static Target of(Measure m) {
        String search = m.problemText().isEmpty() ? m.text() : m.problemText() + "。" + m.text();
        return new Target(m.id(), LinkKind.MEASURE, m.path(), m.title(), m.passage(), m.text(), search, m.campaign(),
                m.date(), Optional.of(m), Optional.empty());
    }

    static Target of(Outcome o) {
        return new Target(o.id(), o.rule() ? LinkKind.RULE : LinkKind.OUTCOME, o.path(), o.title(), o.passage(),
                o.text(), o.text(), o.campaign(), o.date(), Optional.empty(), Optional.of(o));
    }
}
