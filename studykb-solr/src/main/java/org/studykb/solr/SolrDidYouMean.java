package org.studykb.solr;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.studykb.access.Viewer;
import org.studykb.search.RankingQueries;

/**
 * Did-you-mean on the cluster, as the embedded index offers it: homophones from the whole collection's spellings
 * ({@link SolrSpellings}), and whether a word occurs asked of the nodes ({@code studykb.target=verbatim}, the
 * viewer's filter on it), so a word only a 内部 document holds is neither found nor offered to a viewer who may not
 * see it. It also counts what {@link org.studykb.search.Corrections} compares: the documents holding every word of a
 * query verbatim.
 */
final class SolrDidYouMean {
    private final SolrClient client;
    private final String collection;
    private final RankingQueries queries;
    private final SolrSpellings spellings;

    SolrDidYouMean(SolrClient client, String collection, RankingQueries queries, SolrSpellings spellings) {
        this.client = client;
        this.collection = collection;
        this.queries = queries;
        this.spellings = spellings;
    }

    /** The corrected query, or empty when every word is found as typed or no homophone is found. */
    String suggest(String query, Viewer viewer) throws IOException {
        return queries.didYouMean(query, spellings.current(), viewer.seesAll(), text -> occurs(text, viewer));
    }

    /** How many documents the viewer may see hold every word of the query verbatim. */
    long everyWordVerbatim(String query, Viewer viewer) throws IOException {
        return queries.everyWordVerbatim(query) == null ? 0 : count(StudykbQParserPlugin.EVERY_WORD, query, viewer);
    }

    /** Whether a record the viewer may see holds the text verbatim; a text with nothing searchable counts as found. */
    private boolean occurs(String text, Viewer viewer) throws IOException {
        return queries.verbatim(text) == null || count(StudykbQParserPlugin.VERBATIM, text, viewer) > 0;
    }

    private long count(String target, String text, Viewer viewer) throws IOException {
        SolrQuery q = new SolrQuery(text);
        q.set("defType", "studykb");
        q.set(StudykbQParserPlugin.TARGET, target);
        q.setRows(0);
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        return SolrRequests.query(client, collection, q, "whether the words occur").getResults().getNumFound();
    }
}
