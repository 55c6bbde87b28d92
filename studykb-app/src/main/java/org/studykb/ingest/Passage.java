package org.studykb.ingest;

/**
 * A paragraph or numbered item of a document's text.
 *
 * @param ordinal 0-based position among the document's passages
 * @param start   offset of the first character in the document text
 * @param end     offset after the last character in the document text
 * @param label   the item marker when the passage is a numbered item (一、 （一） 1. ① 一是 第一), else empty
 * @param text    the passage text, equal to {@code documentText.substring(start, end)}
 */
public record Passage(int ordinal, int start, int end, String label, String text) {
}
