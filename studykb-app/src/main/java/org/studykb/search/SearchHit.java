package org.studykb.search;

import java.util.List;

/**
 * A matching document, with its best passages.
 *
 * @param id       path relative to the corpus, with {@code /}
 * @param unit     who it is by, for display and citations: its unit and its author, either or both
 * @param snippets best fragments of the whole text, HTML-escaped, matched words in {@code <mark>}
 * @param passages the best matching passages (paragraphs, numbered items) of this document
 * @param lacking  the words of the query this document does not have (a partial match); empty when it has all
 */
public record SearchHit(String id, float score, String title, String type, String phase, String campaign,
                        String date, String unit, String docNumber, List<String> snippets,
                        List<PassageHit> passages, List<String> lacking) {

    /** This hit, lacking these words of the query. */
    SearchHit lacking(List<String> words) {
        return new SearchHit(id, score, title, type, phase, campaign, date, unit, docNumber, snippets, passages,
                List.copyOf(words));
    }

    /**
     * A matching passage of a document.
     *
     * @param ordinal passage number within its document (the anchor of the passage)
     * @param start   offset of the passage in the document text
     * @param snippet the passage (or its best part), HTML-escaped with {@code <mark>}
     */
    public record PassageHit(int ordinal, String label, int start, int end, float score, String snippet) {
    }
}
