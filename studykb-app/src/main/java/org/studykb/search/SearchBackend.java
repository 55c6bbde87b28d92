package org.studykb.search;

import java.io.IOException;
import java.util.List;

import org.studykb.access.Viewer;
import org.studykb.index.IndexBackend;

/**
 * The index as searches see it, in our own records: a request (the query text in {@link QueryText}'s syntax, its
 * filters, sort and page) and a {@link Viewer} in, hits with their passages, facet counts and notices out. The
 * embedded Lucene index ({@link SearchService}) implements it; a SolrCloud backend (issue 16) is to implement the
 * same, so no Lucene or SolrJ type appears here.
 */
public interface SearchBackend extends IndexBackend {

    /**
     * A search by a person: documents they may not see are left out of every hit, total, facet, snippet and
     * did-you-mean.
     */
    SearchResponse search(SearchRequest request, Viewer viewer) throws IOException;

    /** A search by the operator of the command line, who sees every document. */
    default SearchResponse search(SearchRequest request) throws IOException {
        return search(request, Viewer.OPERATOR);
    }

    /** The ids of the documents that match, best first, with their scores, as the operator sees them: for runs. */
    List<ScoredId> rankScored(String query, int size) throws IOException;

    /**
     * For each query, the ids of its first {@code size} documents as {@link #search} ranks them for the viewer, and
     * how many it finds: what a saved search compares with its last visit. One pass over one reader for all the
     * queries, with no snippets, facets or did-you-mean.
     */
    List<Ranking> rankings(List<String> queries, Viewer viewer, int size) throws IOException;

    /** Single documents by id, as a viewer may see them: a document page, its passages, related documents. */
    Documents byId();

    /** Suggestions while a person types, as a viewer may see them. */
    Suggestions suggestions();

    /** Picks up what was committed since, when nobody else is refreshing. */
    void refresh() throws IOException;

    /** Waits until searches see everything committed so far: after an edit or an upload, before answering. */
    void refreshNow() throws IOException;

    /** How many documents a query finds, and the ids of the first of them, best first. */
    record Ranking(long total, List<String> ids) {
    }

    /** A document id and its score. */
    record ScoredId(String id, float score) {
    }
}
