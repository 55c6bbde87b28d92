package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexStats;
import org.studykb.index.IndexedDocuments;
import org.studykb.index.IndexedFile;
import org.studykb.ingest.Passage;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchHit;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;

/**
 * The SolrCloud backend as the commands use it: the index side is {@link SolrCloudIndex}; searches are ranked by a
 * {@link SolrRanker} ({@link PlainRanker} until the product's ranking is carried over) and answered with each hit's
 * stored values, without snippets, passages, facets or did-you-mean yet (a notice says so).
 */
final class SolrSearchBackend implements SearchBackend {
    static final String NOTICE = "SolrCloud 后端：按 Solr 的 edismax（标题与正文）排序，尚无摘要、段落、分面和纠错";

    private final SolrCloudIndex index;
    private final SolrClient client;
    private final String collection;
    private final SolrRanker ranker;

    /** Closing this closes {@code index} (and with it the client, when the index owns it). */
    SolrSearchBackend(SolrCloudIndex index, SolrClient client, String collection) {
        this.index = index;
        this.client = client;
        this.collection = collection;
        this.ranker = new PlainRanker(client, collection);
    }

    @Override
    public SearchResponse search(SearchRequest request, Viewer viewer) throws IOException {
        long t0 = System.nanoTime();
        SolrRanker.Ranked ranked = ranker.rank(request.query(), viewer, request.sort(),
                request.from() + request.size());
        List<ScoredId> page = ranked.best().subList(Math.min(request.from(), ranked.best().size()),
                ranked.best().size());
        Map<String, SolrDocument> values = values(page);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoredId s : page) {
            SolrDocument d = values.get(s.id());
            hits.add(new SearchHit(s.id(), s.score(), d == null ? s.id() : text(d, Fields.TITLE),
                    text(d, Fields.TYPE), text(d, Fields.PHASE), text(d, Fields.CAMPAIGN), text(d, Fields.DATE),
                    text(d, Fields.UNIT), text(d, Fields.DOC_NUMBER), List.of(), List.of(), List.of()));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new SearchResponse(request.query(), request.query(), List.of(NOTICE), ranked.total(), ms,
                request.from(), request.size(), hits, Map.of(), "", List.of(), "");
    }

    @Override
    public List<ScoredId> rankScored(String query, int size) throws IOException {
        return ranker.rank(query, Viewer.OPERATOR, SearchRequest.Sort.RELEVANCE, size).best();
    }

    @Override
    public List<Ranking> rankings(List<String> queries, Viewer viewer, int size) throws IOException {
        List<Ranking> out = new ArrayList<>();
        for (String q : queries) {
            SolrRanker.Ranked r = ranker.rank(q, viewer, SearchRequest.Sort.RELEVANCE, size);
            out.add(new Ranking(r.total(), r.best().stream().map(ScoredId::id).toList()));
        }
        return out;
    }

    /** Nothing to do: a Solr commit opens the new searchers before it returns. */
    @Override
    public void refresh() {
    }

    @Override
    public void refreshNow() {
    }

    @Override
    public IndexedDocuments documents() throws IOException {
        return index.documents();
    }

    @Override
    public List<Passage> passages(String id) throws IOException {
        return index.passages(id);
    }

    @Override
    public long version() throws IOException {
        return index.version();
    }

    @Override
    public int documentCount() throws IOException {
        return index.documentCount();
    }

    @Override
    public Map<String, IndexedFile> indexedFiles() throws IOException {
        return index.indexedFiles();
    }

    @Override
    public IndexStats stats() throws IOException {
        return index.stats();
    }

    @Override
    public Writer writer(IndexAnalyzers analyzers) {
        return index.writer(analyzers);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /** The stored values of these documents, by id, in one request. */
    private Map<String, SolrDocument> values(List<ScoredId> ids) throws IOException {
        Map<String, SolrDocument> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        SolrQuery q = new SolrQuery(Fields.ID + ":(" + String.join(" OR ",
                ids.stream().map(s -> ClientUtils.escapeQueryChars(s.id())).toList()) + ")");
        q.setFields(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN, Fields.DATE, Fields.UNIT,
                Fields.DOC_NUMBER);
        q.addFilterQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        q.setRows(ids.size());
        try {
            for (SolrDocument d : client.query(collection, q).getResults()) {
                out.put((String) d.getFieldValue(Fields.ID), d);
            }
        } catch (SolrServerException e) {
            throw new IOException("Solr collection " + collection + " did not return " + ids.size()
                    + " documents: " + e.getMessage(), e);
        }
        return out;
    }

    private static String text(SolrDocument d, String field) {
        Object v = d == null ? null : d.getFirstValue(field);
        return v == null ? "" : v.toString();
    }
}
