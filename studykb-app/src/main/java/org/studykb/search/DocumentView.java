package org.studykb.search;

import java.util.List;

/**
 * One document as the document page and {@code GET /api/document} show it.
 *
 * @param values     title, type, phase, campaign, date, unit, author and document number, each with why it was set
 * @param unit       who it is by, for citations: its unit and its author, either or both
 * @param tags       the free tags people set
 * @param size       file size in bytes
 * @param indexedAt  when the document was last indexed, ISO instant
 * @param passages   how many passages the text was split into
 * @param access     内部: the role names allowed to see it (ADMIN among them); empty when it is public
 * @param keywords   关键词: the words TextRank found most central to the text, best first
 * @param summary    摘要: a few whole sentences of the text in their order; empty when there is none
 */
public record DocumentView(String id, String title, List<Value> values, List<String> tags, String date,
                           String unit, String contentType, long size, String indexedAt, boolean ocr,
                           List<String> warnings, int passages, List<String> access, List<String> keywords,
                           String summary) {

    /** True when only some roles may see the document. */
    public boolean internal() {
        return !access.isEmpty();
    }

    /**
     * A metadata value and where it came from.
     *
     * @param field  the index field ({@code type}, {@code phase} …)
     * @param value  the value, or {@code null} when none was found
     * @param why    why it was set ({@code rule …}, {@code manual …}), or empty
     * @param manual true when a person set it
     */
    public record Value(String field, String value, String why, boolean manual) {
    }

    /** The value of one field, or {@code null}. */
    public String value(String field) {
        for (Value v : values) {
            if (v.field().equals(field)) {
                return v.value();
            }
        }
        return null;
    }

    /**
     * A passage of the text.
     *
     * @param ordinal the passage number: its anchor on the page is {@code #p-<ordinal>}
     * @param text    the passage as plain text (its start only, when {@code cut})
     * @param html    {@code text} HTML-escaped, with the query words in {@code <mark>}
     * @param cut     true when the passage is longer than {@code text}: its whole text is {@code end - start}
     *                characters of the document
     */
    public record PassageText(int ordinal, String label, int start, int end, String text, String html,
                              boolean cut) {
    }

    /** A document like this one (MoreLikeThis). */
    public record Related(String id, String title, String type, String date, float score) {
    }
}
