package org.studykb.rectify;

import java.time.LocalDate;

/**
 * 回头看未通过: a 回头看's finding that a problem declared rectified (已整改, 已销号) was not really done; the reason the
 * problem was re-opened, shown beside its status.
 *
 * @param path    the 回头看 report, as in links
 * @param passage the finding's passage in it
 * @param date    the report's date (YYYY-MM-DD), empty when it has none
 * @param text    the finding as written
 */
public record ReviewFinding(String path, int passage, String title, String date, String text) {

    static ReviewFinding of(Target t) {
        return new ReviewFinding(t.path(), t.passage(), t.title(), t.date().map(LocalDate::toString).orElse(""),
                t.text());
    }
}
