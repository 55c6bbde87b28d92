package org.studykb.solr;

import java.io.IOException;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.SearchRequest;

/**
 * A ranking by Solr's own query parser, BM25 over the title (×2) and the body of document records: a baseline to
 * compare the product's ranking on the cluster with, and what the search side was first built on.
 */
final class PlainRanker implements SolrRanker {
    private final SolrClient client;
    private final String collection;

    PlainRanker(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    /** The same edismax query as a filter, the text quoted into its local parameters. */
    @Override
    public Optional<String> matches(String text, Viewer viewer) {
        return Optional.of("{!edismax qf='" + Fields.TITLE + "^2 " + Fields.BODY + "' q.op=OR q.alt='*:*' v='"
                + text.replace("\\", "\\\\").replace("'", "\\'") + "'}");
    }

    @Override
    public Ranked rank(String text, Viewer viewer, SearchRequest.Sort sort, int window) throws IOException {
        SolrQuery q = new SolrQuery(text);
        q.set("defType", "edismax");
        q.set("qf", Fields.TITLE + "^2 " + Fields.BODY);
        q.set("q.op", "OR");
        q.set("q.alt", "*:*"); // no words (filters only, or nothing typed): every document, as the embedded backend
        q.addFilterQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        q.setFields(Fields.ID, "score");
        q.setRows(Math.max(1, window));
        SolrRanker.order(q, sort);
        QueryResponse r = SolrRequests.query(client, collection, q, text);
        return new Ranked(r.getResults().getNumFound(), SolrRanker.scored(r));
    }
}
