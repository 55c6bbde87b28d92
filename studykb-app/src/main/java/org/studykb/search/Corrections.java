package org.studykb.search;

import java.io.IOException;

import org.studykb.access.Viewer;

/**
 * What a search does with its did-you-mean, on every backend: when the request allows it
 * ({@link SearchRequest#correct()}) and the correction finds far more, the corrected results are shown with a link
 * back to the query as typed, as web search does. "Far more" is judged on the words as written: no document the
 * viewer may see holds every word of the query verbatim, and some hold every word of the correction.
 */
public final class Corrections {
    private Corrections() {
    }

    /** A search of the query as typed, with its did-you-mean (empty: none). */
    @FunctionalInterface
    public interface AsTyped {
        SearchResponse search(SearchRequest request, Viewer viewer) throws IOException;
    }

    /** How many documents the viewer may see hold every word of a query verbatim. */
    @FunctionalInterface
    public interface Verbatim {
        long count(String query, Viewer viewer) throws IOException;
    }

    /** The answer to the request: as typed, or the correction's, marked as correcting the query typed. */
    public static SearchResponse search(SearchRequest request, Viewer viewer, AsTyped asTyped, Verbatim verbatim)
            throws IOException {
        SearchResponse typed = asTyped.search(request, viewer);
        if (!request.correct() || typed.didYouMean().isEmpty()) {
            return typed;
        }
        if (verbatim.count(request.query(), viewer) > 0 || verbatim.count(typed.didYouMean(), viewer) == 0) {
            return typed;
        }
        return asTyped.search(request.withQuery(typed.didYouMean()), viewer).correcting(request.query());
    }
}
