package org.studykb.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the JSON shape shared by the CLI ({@code search --json}) and the web API.
 *
 * @param query       the query as typed
 * @param interpreted the query as we read it, in our syntax
 * @param notices     what we changed in the query (unbalanced quote, control characters …)
 * @param total       how many documents match
 * @param tookMs      time spent searching, in milliseconds
 * @param hits        the requested page of documents, best first
 * @param facets      counts per value of type, phase, campaign, year and unit for the whole result
 * @param didYouMean  a query that sounds the same and finds what this one misses (科学发展关 → 科学发展观), or empty
 * @param notFound    the words of the query that no document has (未找到：xyzzy); the hits match the others
 * @param correctedFrom the query as typed when these are the results of its correction ({@link #query()}), else empty
 */
public record SearchResponse(String query, String interpreted, List<String> notices, long total, long tookMs,
                             int from, int size, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
                             String didYouMean, List<String> notFound, String correctedFrom) {

    /** These results, as the answer to the query the user typed. */
    SearchResponse correcting(String typed) {
        return new SearchResponse(query, interpreted, notices, total, tookMs, from, size, hits, facets, "",
                notFound, typed);
    }

    /** One value of a facet and how many matching documents have it. */
    public record FacetValue(String value, long count) {
    }
}
