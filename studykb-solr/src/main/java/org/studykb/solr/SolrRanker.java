package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchRequest;

/**
 * Orders the documents a query finds on the cluster for a viewer: the ranking behind every search, run and saved
 * search of the Solr backend. The query text is in {@code search.QueryText}'s syntax, filters ({@code type:} …)
 * included; documents the viewer may not see are never counted or returned.
 */
interface SolrRanker {

    /**
     * The first {@code window} documents, best first (or newest first, then best, for {@link SearchRequest.Sort#DATE}),
     * and how many documents match in all.
     */
    Ranked rank(String text, Viewer viewer, SearchRequest.Sort sort, int window) throws IOException;

    /**
     * The documents {@link #rank} finds for this text and viewer, as one Solr filter query over document records,
     * when the ranker can say it (its query without its scoring, say): the facet counts and the words a hit lacks are
     * then counted over every match, at any size. Empty when it cannot; the searches then read the matches as ids
     * from {@link #rank}, up to a limit ({@code SolrSearches.MOST_MATCHES}).
     */
    default Optional<String> matches(String text, Viewer viewer) throws IOException {
        return Optional.empty();
    }

    /**
     * This ranker for one search: {@link #rank} and {@link #matches} of its query and of each of its words alone (what
     * {@link SolrMissingWords} asks), with what the ranker works out once per query. The ranker itself when it works
     * out nothing.
     */
    default SolrRanker forSearch(String query) throws IOException {
        return this;
    }

    /** Sorts a ranking request: best first, or newest first then best; ties by id, so pages stay stable. */
    static void order(SolrQuery q, SearchRequest.Sort sort) {
        if (sort == SearchRequest.Sort.DATE) {
            q.addSort(Fields.DATE_DAY, SolrQuery.ORDER.desc);
        }
        q.addSort("score", SolrQuery.ORDER.desc);
        q.addSort(Fields.ID, SolrQuery.ORDER.asc);
    }

    /** The ids and scores of a ranking request's documents, in its order. */
    static List<SearchBackend.ScoredId> scored(QueryResponse r) {
        List<SearchBackend.ScoredId> out = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            Object score = d.getFieldValue("score");
            out.add(new SearchBackend.ScoredId((String) d.getFieldValue(Fields.ID),
                    score == null ? 0f : ((Number) score).floatValue()));
        }
        return out;
    }

    /** How many documents match, and the first of them with their scores, in order. */
    record Ranked(long total, List<SearchBackend.ScoredId> best) {
    }
}
