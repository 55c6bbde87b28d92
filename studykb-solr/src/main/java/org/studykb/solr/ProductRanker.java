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
import org.studykb.search.RankingQueries;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchRequest;

/**
 * The product's ranking on the cluster, in the two steps the embedded index takes: the nodes' {@code studykb} query
 * parser ({@link StudykbQParserPlugin}) selects and scores the documents with the same query and BM25 as the
 * embedded index, then the best passages of the first {@link PassageFold#window()} documents are searched (one
 * request, the best passage of each document, more when the weights fold more) and their evidence is folded into
 * those documents' scores by the same arithmetic ({@link PassageFold#fold}) before they are ordered again. Every
 * request carries the spellings its query needs out of the whole collection's ({@link SolrSpellings}), so that each
 * shard reads a pinyin query as the whole collection does.
 */
final class ProductRanker implements SolrRanker {
    private final SolrClient client;
    private final String collection;
    /** The folding and its window: the queries themselves are built on the nodes. */
    private final PassageFold model;
    /** The model's queries here, only to know which spellings a query needs. */
    private final RankingQueries queries;
    private final SolrSpellings spellings;

    ProductRanker(SolrClient client, String collection, PassageFold model, RankingQueries queries,
                  SolrSpellings spellings) {
        this.client = client;
        this.collection = collection;
        this.model = model;
        this.queries = queries;
        this.spellings = spellings;
    }

    /** The nodes' query as a filter: every document it selects, unscored. */
    @Override
    public Optional<String> matches(String text, Viewer viewer) throws IOException {
        return Optional.of(local(text, spellingsOf(text)));
    }

    /**
     * The ranking of one search, the spellings its query needs worked out once: they serve each of its words alone
     * as well, since a word alone asks the spellings for no letters the whole query does not ask them for (each word
     * of the query is built as it would be alone, {@link RankingQueries#spellingsFor}).
     */
    @Override
    public SolrRanker forSearch(String query) throws IOException {
        String spelled = spellingsOf(query);
        return new SolrRanker() {
            @Override
            public Ranked rank(String text, Viewer viewer, SearchRequest.Sort sort, int window) throws IOException {
                return ProductRanker.this.rank(text, spelled, viewer, sort, window);
            }

            @Override
            public Optional<String> matches(String text, Viewer viewer) {
                return Optional.of(local(text, spelled));
            }

            @Override
            public SolrRanker forSearch(String other) throws IOException {
                return ProductRanker.this.forSearch(other);
            }
        };
    }

    /**
     * The nodes' query in local parameters: the text and the spellings quoted into them (the spellings hold only
     * letters, ideographs, digits and {@code =,:;}).
     */
    private static String local(String text, String spellings) {
        return "{!studykb " + StudykbQParserPlugin.SPELLINGS + "='" + spellings + "' v='"
                + text.replace("\\", "\\\\").replace("'", "\\'") + "'}";
    }

    private String spellingsOf(String text) throws IOException {
        return queries.spellingsFor(text, spellings.current());
    }

    @Override
    public Ranked rank(String text, Viewer viewer, SearchRequest.Sort sort, int window) throws IOException {
        return rank(text, spellingsOf(text), viewer, sort, window);
    }

    private Ranked rank(String text, String spelled, Viewer viewer, SearchRequest.Sort sort, int window)
            throws IOException {
        boolean fold = sort != SearchRequest.Sort.DATE && model.moves(text);
        SolrQuery q = query(text, spelled, viewer);
        q.setFields(Fields.ID, "score");
        q.setRows(Math.max(1, fold ? Math.max(window, model.window()) : window));
        SolrRanker.order(q, sort);
        QueryResponse r = SolrRequests.query(client, collection, q, text);
        List<SearchBackend.ScoredId> ranked = SolrRanker.scored(r);
        if (fold && !ranked.isEmpty()) {
            ranked = folded(text, spelled, viewer, ranked);
        }
        return new Ranked(r.getResults().getNumFound(), List.copyOf(ranked.subList(0, Math.min(window,
                ranked.size()))));
    }

    /**
     * The first {@link PassageFold#window()} documents with their passage evidence, ordered again (ties by id, as
     * the documents were), and the rest below them in their order.
     */
    private List<SearchBackend.ScoredId> folded(String text, String spelled, Viewer viewer,
                                                List<SearchBackend.ScoredId> ranked) throws IOException {
        List<SearchBackend.ScoredId> head = ranked.subList(0, Math.min(ranked.size(), model.window()));
        Map<String, List<Float>> evidence = passages(text, spelled, viewer, head.stream().map(SearchBackend.ScoredId::id)
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
    private Map<String, List<Float>> passages(String text, String spelled, Viewer viewer, List<String> ids)
            throws IOException {
        SolrQuery q = query(text, spelled, viewer);
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

    private static SolrQuery query(String text, String spelled, Viewer viewer) {
        SolrQuery q = new SolrQuery(text);
        q.set("defType", "studykb");
        q.set(StudykbQParserPlugin.SPELLINGS, spelled);
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        return q;
    }

    private static float score(SolrDocument d) {
        Object s = d.getFieldValue("score");
        return s == null ? 0f : ((Number) s).floatValue();
    }
}
