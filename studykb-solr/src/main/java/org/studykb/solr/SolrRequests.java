package org.studykb.solr;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;

/** How the Solr backend asks the cluster. */
final class SolrRequests {
    private SolrRequests() {
    }

    /**
     * Sends a query to the collection by POST (a request may name a hundred documents, more than a URL holds); a
     * failure becomes an IOException naming the collection and what was asked.
     */
    static QueryResponse query(SolrClient client, String collection, SolrQuery q, String what) throws IOException {
        try {
            return client.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException("Solr collection " + collection + " did not answer " + what + ": " + e.getMessage(),
                    e);
        }
    }
}
