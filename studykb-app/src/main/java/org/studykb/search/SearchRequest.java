package org.studykb.search;

/**
 * A search as asked by a person or a script.
 *
 * @param query   the text typed, in the syntax of {@link QueryText}
 * @param sort    relevance (best first) or date (newest first)
 * @param from    0-based offset of the first hit to return
 * @param size    how many hits to return (capped at {@value #MAX_SIZE})
 * @param correct answer a homophone typo that no document holds as written, but its correction does, with the
 *                corrected results, as web search does (the results page); scripts and the command line get the
 *                query as typed, with the correction as did-you-mean
 */
public record SearchRequest(String query, Sort sort, int from, int size, boolean correct) {
    public static final int MAX_SIZE = 1000;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query;
        sort = sort == null ? Sort.RELEVANCE : sort;
        from = Math.max(0, from);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    public SearchRequest(String query, Sort sort, int from, int size) {
        this(query, sort, from, size, false);
    }

    /** The same request for another query, never corrected again. */
    SearchRequest withQuery(String other) {
        return new SearchRequest(other, sort, from, size, false);
    }

    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, Sort.RELEVANCE, 0, size);
    }
}
