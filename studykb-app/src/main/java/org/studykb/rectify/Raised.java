package org.studykb.rectify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One place where a problem is raised: an item of an opinion list, a sentence of a meeting record.
 *
 * @param id       stable id: hash of the normalised text and the document path
 * @param passage  the ordinal of the passage that holds it
 * @param heading  the section headings above it, for the category
 * @param listed   true for an item of a list under a problem heading (a problem on its own);
 *                 false for a sentence of a speech or report, which only joins a problem raised elsewhere
 */
record Raised(String id, String path, String title, String type, String campaign, Optional<LocalDate> date,
              int passage, String label, String text, String heading, boolean listed) {

    /**
     * True when the two groups hold different listed items of one document that lists each problem once
     * ({@code distinctItems} of its type): such places are two problems, whatever else joins them.
     */
    static boolean apart(List<Raised> a, List<Raised> b, Predicate<String> distinctItems) {
        for (Raised x : a) {
            for (Raised y : b) {
                if (x.listed() && y.listed() && x.path().equals(y.path()) && !x.text().equals(y.text())
                        && distinctItems.test(x.type())) {
                    return true;
                }
            }
        }
        return false;
    }
}
