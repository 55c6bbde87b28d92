package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 整改措施: a measure of a plan or a ledger row, with who answers for it and by when.
 *
 * @param id          stable id: hash of the measure text and the document path
 * @param problemText the problem as the plan or ledger states it (empty when it does not)
 * @param progress    the ledger's 完成情况 / 进展情况 cell, empty when none
 * @param row         true for a ledger (table) row
 * @param closed      the ledger's 是否销号 / 销号情况 cell, empty when none
 */
record Measure(String id, String path, String title, String campaign, Optional<LocalDate> date,
               Optional<LocalDate> dateEnd, int passage, String problemText, String text, String leader,
               String unit, Deadline deadline, String progress, boolean row, String closed) {

    Measure(String id, String path, String title, String campaign, Optional<LocalDate> date,
            Optional<LocalDate> dateEnd, int passage, String problemText, String text, String leader,
            String unit, Deadline deadline, String progress, boolean row) {
        this(id, path, title, campaign, date, dateEnd, passage, problemText, text, leader, unit, deadline, progress,
                row, "");
    }
}
