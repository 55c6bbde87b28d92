package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 整改成效: what a report, a ledger's progress cell or a new rule says was done.
 *
 * @param id     stable id: hash of the text and the document path
 * @param rule   true for an article of a rule made to answer problems (建章立制)
 * @param result what it says: done, closed (销号), ongoing, not done
 * @param date   the last day of the document's date, when it has one
 * @param of     for a ledger row's 完成情况, the id of the row's measure; else empty
 * @param undone a 回头看's finding that what was declared rectified was not really done (its result 未完成): it
 *               re-opens a problem closed by an earlier outcome
 */
record Outcome(String id, String path, String title, String campaign, Optional<LocalDate> date, int passage,
               String text, boolean rule, Result result, String of, boolean undone) {

    Outcome(String id, String path, String title, String campaign, Optional<LocalDate> date, int passage,
            String text, boolean rule, Result result, String of) {
        this(id, path, title, campaign, date, passage, text, rule, result, of, false);
    }
}
