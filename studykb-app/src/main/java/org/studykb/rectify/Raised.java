package org.studykb.rectify;

import java.time.LocalDate;
import java.util.Optional;

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
}
