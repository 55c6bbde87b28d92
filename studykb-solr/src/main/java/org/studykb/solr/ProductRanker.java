package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.PassageFold;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchRequest;

/**
 * The product's ranking on the cluster, in the two steps the embedded index takes: the nodes' {@code studykb} query
 * parser ({@link StudykbQParserPlugin}) selects and scores the documents with the same query and BM25 as the
 * embedded index, then the best passages of the first {@link PassageFold#window()} documents are searched (one
 * request, the best passage of each document, more when the weights fold more) and their evidence is folded into
 * those documents' scores by the same arithmetic ({@link PassageFold#fold}) before they are ordered again.
 */
final class ProductRanker implements SolrRanker {
    private final SolrClient client;
    private final String collection;
    /** The folding and its window: the queries themselves are built on the nodes. */
    private final PassageFold model;

    ProductRanker(SolrClient client, String collection, PassageFold model) {
        this.client = client;
        this.collection = collection;
        this.model = model;
    }

    /** The nodes' query as a filter: every document it selects, unscored; the text quoted into its local parameter. */
    @Override
    public Optional<String> matches(String text, Viewer viewer) {
        return Optional.of("{!studykb v='" + text.replace("\\", "\\\\").replace("'", "\\'") + "'}");
    }

    @Override
    public Ranked rank(String text, Viewer viewer, SearchRequest.Sort sort, int window) throws IOException {
        boolean fold = sort != SearchRequest.Sort.DATE && model.moves(text);
        SolrQuery q = query(text, viewer);
        q.setFields(Fields.ID, "score");
        q.setRows(Math.max(1, fold ? Math.max(window, model.window()) : window));
        SolrRanker.order(q, sort);
        QueryResponse r = SolrRequests.query(client, collection, q, text);
        List<SearchBackend.ScoredId> ranked = SolrRanker.scored(r);
        if (fold && !ranked.isEmpty()) {
            ranked = folded(text, viewer, ranked);
        }
        return new Ranked(r.getResults().getNumFound(), List.copyOf(ranked.subList(0, Math.min(window,
                ranked.size()))));
    }

    /**
     * The first {@link PassageFold#window()} documents with their passage evidence, ordered again (ties by id, as
     * the documents were), and the rest below them in their order.
     */
    private List<SearchBackend.ScoredId> folded(String text, Viewer viewer, List<SearchBackend.ScoredId> ranked)
            throws IOException {
        List<SearchBackend.ScoredId> head = ranked.subList(0, Math.min(ranked.size(), model.window()));
        Map<String, List<Float>> evidence = passages(text, viewer, head.stream().map(SearchBackend.ScoredId::id)
                .toList());
        List<SearchBackend.ScoredId> out = new ArrayList<>(ranked.size());
        for (SearchBackend.ScoredId d : head) {
            out.add(new SearchBackend.ScoredId(d.id(), model.fold(d.score(),
                    evidence.getOrDefault(d.id(), List.of()))));
        }
        out.sort(Comparator.comparingDouble((SearchBackend.ScoredId d) -> d.score()).reversed()
                .thenComparing(SearchBackend.ScoredId::id));
        out.addAll(ranked.subList(head.size(), ranked.size()));
        return out;
    }

    /**
     * The scores of each document's best passages, best first: Solr collapses each document's matching passages
     * to its best one (they share its shard: one block), and expands to the next ones when more are folded.
     */
    private Map<String, List<Float>> passages(String text, Viewer viewer, List<String> ids) throws IOException {
        SolrQuery q = query(text, viewer);
        q.set(StudykbQParserPlugin.TARGET, StudykbQParserPlugin.PASSAGES);
        q.set(StudykbQParserPlugin.DOC, ids.toArray(new String[0]));
        q.addFilterQuery("{!collapse field=" + StudykbQParserPlugin.PARENT + " sort='score desc'}");
        q.setFields(StudykbQParserPlugin.PARENT, "score");
        q.setRows(ids.size());
        int more = model.passagesFolded() - 1;
        if (more > 0) {
            q.set("expand", true);
            q.set("expand.rows", more);
            q.set("expand.sort", "score desc");
        }
        QueryResponse r = SolrRequests.query(client, collection, q, text);
        Map<String, List<Float>> out = new HashMap<>();
        for (SolrDocument best : r.getResults()) {
            String id = (String) best.getFieldValue(StudykbQParserPlugin.PARENT);
            List<Float> scores = out.computeIfAbsent(id, k -> new ArrayList<>());
            scores.add(score(best));
            SolrDocumentList next = more > 0 && r.getExpandedResults() != null
                    ? r.getExpandedResults().get(id) : null;
            if (next != null) {
                next.forEach(p -> scores.add(score(p)));
            }
        }
        return out;
    }

    private static SolrQuery query(String text, Viewer viewer) {
        SolrQuery q = new SolrQuery(text);
        q.set("defType", "studykb");
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        return q;
    }

    private static float score(SolrDocument d) {
        Object s = d.getFieldValue("score");
        return s == null ? 0f : ((Number) s).floatValue();
    }
}
