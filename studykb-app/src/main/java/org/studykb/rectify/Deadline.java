package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 完成时限 as a plan or ledger states it, and what it means.
 *
 * @param kind a date (2009年1月底), immediately (立即整改: the document date plus a few days),
 *             long-term (长期坚持: never overdue) or not stated
 * @param date the last day allowed, for {@code DATE} and {@code IMMEDIATE}
 * @param text the words as written
 */
public record Deadline(Kind kind, Optional<LocalDate> date, String text) {

    public enum Kind { DATE, IMMEDIATE, LONG_TERM, NONE }

    static Deadline none(String text) {
        return new Deadline(Kind.NONE, Optional.empty(), text);
    }

    /** True when the deadline is a day before {@code today}. */
    boolean passed(LocalDate today) {
        return date.isPresent() && date.get().isBefore(today);
    }

    /** For tables: 2009-01-31, 立即整改（2009-02-04）, 长期坚持, or the words. */
    public String describe() {
        return switch (kind) {
            case DATE -> date.map(LocalDate::toString).orElse(text);
            case IMMEDIATE -> "立即整改" + date.map(d -> "（" + d + "前）").orElse("");
            case LONG_TERM -> "长期坚持";
            case NONE -> text;
        };
    }
}
