package org.studykb.rectify;

/**
 * One place where a problem was raised, for the problem page.
 *
 * @param listed true for an item of a problem list, false for a sentence of a speech or report
 */
public record Raising(String path, int passage, String title, String type, String date, String text,
                      boolean listed) {
}
