package org.studykb.ingest;

import java.time.LocalDate;

/**
 * A document date as precise as the document states it: 2008年11月 is a month, not the 1st.
 *
 * @param value     the first day of the stated period
 * @param precision how much of the date was stated
 */
public record DocDate(LocalDate value, Precision precision) {

    public enum Precision { YEAR, MONTH, DAY }

    /** ISO form at the stated precision: {@code 2008}, {@code 2008-11}, {@code 2008-11-20}. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", value.getYear());
            case MONTH -> String.format("%04d-%02d", value.getYear(), value.getMonthValue());
            case DAY -> value.toString();
        };
    }
}
