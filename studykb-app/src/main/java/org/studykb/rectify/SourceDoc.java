package org.studykb.rectify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.studykb.ingest.Passage;

/**
 * A document as rectification tracing reads it from the index: what it is, when, and its text
 * with its passages (for the anchors {@code /documents/{id}#p-N}).
 *
 * @param date    the first day of the stated date, when the document has one
 * @param dateEnd the last day of the stated period (2009-02 ends on 2009-02-28)
 */
record SourceDoc(String id, String title, String type, String campaign, String phase, Optional<LocalDate> date,
                 Optional<LocalDate> dateEnd, String text, List<Passage> passages) {

    /** The ordinal of the passage holding the character at {@code offset}; 0 when none does. */
    int passageAt(int offset) {
        int best = 0;
        for (Passage p : passages) {
            if (p.start() <= offset && offset < p.end()) {
                return p.ordinal();
            }
            if (p.start() <= offset) {
                best = p.ordinal();
            }
        }
        return best;
    }

    /** Parses an ISO date at its precision (2008, 2008-11, 2008-11-20) into its first and last day. */
    static Optional<LocalDate[]> period(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String s = iso.strip();
        try {
            if (s.length() == 4) {
                LocalDate d = LocalDate.of(Integer.parseInt(s), 1, 1);
                return Optional.of(new LocalDate[] {d, d.withDayOfYear(d.lengthOfYear())});
            }
            if (s.length() == 7) {
                LocalDate d = LocalDate.parse(s + "-01");
                return Optional.of(new LocalDate[] {d, d.withDayOfMonth(d.lengthOfMonth())});
            }
            LocalDate d = LocalDate.parse(s);
            return Optional.of(new LocalDate[] {d, d});
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static SourceDoc of(String id, String title, String type, String campaign, String phase, String iso, String text,
                        List<Passage> passages) {
        Optional<LocalDate[]> p = period(iso);
        return new SourceDoc(id, title == null ? id : title, type == null ? "" : type,
                campaign == null ? "" : campaign, phase == null ? "" : phase, p.map(a -> a[0]), p.map(a -> a[1]),
                text, passages);
    }
}
