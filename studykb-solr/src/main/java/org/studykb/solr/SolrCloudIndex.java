package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RequestStatusState;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.studykb.access.Viewer;
import org.studykb.index.CatalogEntry;
import org.studykb.index.FailureRecord;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexBackend;
import org.studykb.index.IndexStats;
import org.studykb.index.IndexedDocument;
import org.studykb.index.IndexedDocuments;
import org.studykb.index.IndexedFile;
import org.studykb.ingest.Passage;
import org.studykb.search.Documents;
import org.studykb.search.PassageFold;
import org.studykb.search.RankingQueries;
import org.studykb.search.RankingWeights;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.Suggestions;

/**
 * The index on SolrCloud, behind {@link IndexBackend} and {@link SearchBackend}: one collection made from
 * {@link Configset}'s configset, each document a block with its passages ({@link SolrRecords}); searches are
 * answered by {@link SolrSearches} in the order of a {@link SolrRanker}. It speaks to the cluster through SolrJ's
 * cloud client ({@link #connect}) or a client it is given.
 */
public final class SolrCloudIndex implements SearchBackend {
    /** Records read per request when reading the whole collection back. */
    static final int PAGE = 500;
    /** How long {@link #backUp} waits for the cluster's backup. */
    static final java.time.Duration BACKUP_WAIT = java.time.Duration.ofHours(2);

    private final SolrClient client;
    private final String collection;
    private final boolean ownsClient;
    private final SolrSpellings spellings;
    private final SolrSearches searches;
    private final SolrDocuments documents;
    private final SolrSuggestions suggestions;

    /**
     * An index over a client the caller owns (and closes), searches ranked by the product's model
     * ({@link ProductRanker}: the nodes need the studykb query parser, which the generated configset declares).
     * {@code analyzers} are those of the {@code indexer/} folder the configset was made from: they tell which
     * spellings a query needs and which words did-you-mean looks up.
     */
    public SolrCloudIndex(SolrClient client, String collection, IndexAnalyzers analyzers) {
        this(client, collection, false, analyzers, null);
    }

    /** An index over a client the caller owns (and closes), searches ranked by {@code ranker}. */
    SolrCloudIndex(SolrClient client, String collection, IndexAnalyzers analyzers, SolrRanker ranker) {
        this(client, collection, false, analyzers, ranker);
    }

    /** {@code ranker} null: the product's model. */
    private SolrCloudIndex(SolrClient client, String collection, boolean ownsClient, IndexAnalyzers analyzers,
                           SolrRanker ranker) {
        this.client = client;
        this.collection = collection;
        this.ownsClient = ownsClient;
        this.spellings = new SolrSpellings(client, collection, () -> version(client, collection));
        RankingQueries queries = new RankingQueries(analyzers, RankingWeights.shipped());
        SolrRanker ranking = ranker != null ? ranker : new ProductRanker(client, collection,
                new PassageFold(RankingWeights.shipped()), queries, spellings);
        this.searches = new SolrSearches(client, collection, ranking,
                new SolrDidYouMean(client, collection, queries, spellings));
        this.documents = new SolrDocuments(searches);
        this.suggestions = new SolrSuggestions(searches, spellings, analyzers.dictionary());
    }

    /**
     * An index over a cluster reached through any of its nodes ({@code http://host:8983/solr}), with SolrJ's cloud
     * client on Jetty 10's HTTP/2 client (the reason this module pins Jetty 10: docs/scale-out.md); closing the index
     * closes the client.
     */
    public static SolrCloudIndex connect(List<String> solrUrls, String collection, IndexAnalyzers analyzers) {
        return owning(new CloudHttp2SolrClient.Builder(solrUrls).build(), collection, analyzers);
    }

    /** An index that closes the client when it is closed, searches ranked by the product's model. */
    static SolrCloudIndex owning(SolrClient client, String collection, IndexAnalyzers analyzers) {
        return new SolrCloudIndex(client, collection, true, analyzers, null);
    }

    @Override
    public IndexedDocuments documents() throws IOException {
        long version = version();
        Map<String, List<Passage>> passages = new HashMap<>();
        for (SolrDocument p : all(Fields.KIND + ":" + Fields.KIND_PASSAGE)) {
            passages.computeIfAbsent((String) p.getFieldValue("_root_"), k -> new ArrayList<>()).add(passage(p));
        }
        List<IndexedDocument> docs = new ArrayList<>();
        for (SolrDocument d : all(Fields.KIND + ":" + Fields.KIND_DOC)) {
            String id = (String) d.getFieldValue(Fields.ID);
            List<Passage> ps = passages.getOrDefault(id, new ArrayList<>());
            ps.sort(Comparator.comparingInt(Passage::ordinal));
            docs.add(new IndexedDocument(id, text(d, Fields.TITLE), text(d, Fields.TYPE), text(d, Fields.CAMPAIGN),
                    text(d, Fields.PHASE), text(d, Fields.DATE), text(d, Fields.BODY), ps, strings(d, Fields.ACCESS)));
        }
        docs.sort(Comparator.comparing(IndexedDocument::id));
        return new IndexedDocuments(version, docs);
    }

    @Override
    public List<Passage> passages(String id) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (SolrDocument p : all(Fields.KIND + ":" + Fields.KIND_PASSAGE, "{!term f=_root_}" + id)) {
            out.add(passage(p));
        }
        out.sort(Comparator.comparingInt(Passage::ordinal));
        return out;
    }

    @Override
    public List<CatalogEntry> catalog() throws IOException {
        List<CatalogEntry> out = new ArrayList<>();
        for (SolrDocument d : all(Fields.KIND + ":" + Fields.KIND_DOC)) {
            out.add(new CatalogEntry((String) d.getFieldValue(Fields.ID), SolrSearches.value(d, Fields.TITLE),
                    SolrSearches.value(d, Fields.TYPE), SolrSearches.value(d, Fields.CAMPAIGN),
                    SolrSearches.value(d, Fields.PHASE), SolrSearches.value(d, Fields.DATE),
                    strings(d, Fields.ACCESS)));
        }
        out.sort(Comparator.comparing(CatalogEntry::id));
        return out;
    }

    @Override
    public List<FailureRecord> failures() throws IOException {
        List<FailureRecord> out = new ArrayList<>();
        for (SolrDocument d : all(Fields.KIND + ":" + Fields.KIND_FAILURE)) {
            out.add(new FailureRecord((String) d.getFieldValue(Fields.ID), text(d, Fields.REASON),
                    text(d, Fields.DETAIL), number(d, Fields.SIZE), number(d, Fields.INDEXED_AT)));
        }
        out.sort(Comparator.comparing(FailureRecord::id));
        return out;
    }

    /**
     * The newest record's {@code _version_} visible to searches, combined with the count of records: a commit that
     * adds or replaces a document raises the first, one that only deletes changes the second.
     */
    @Override
    public long version() throws IOException {
        return version(client, collection);
    }

    /** {@link #version()} of a collection. */
    static long version(SolrClient client, String collection) throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.setFields("_version_");
        q.setSort("_version_", SolrQuery.ORDER.desc);
        q.setRows(1);
        QueryResponse r = SolrRequests.query(client, collection, q, "its version");
        long newest = r.getResults().isEmpty() ? 0 : (Long) r.getResults().get(0).getFieldValue("_version_");
        return 31 * newest + r.getResults().getNumFound();
    }

    @Override
    public int documentCount() throws IOException {
        SolrQuery q = new SolrQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        q.setRows(0);
        return Math.toIntExact(query(q).getResults().getNumFound());
    }

    /** Every document and failure record, with the file facts an incremental run compares. */
    @Override
    public Map<String, IndexedFile> indexedFiles() throws IOException {
        Map<String, IndexedFile> files = new HashMap<>();
        for (SolrDocument d : all(Fields.KIND + ":(" + Fields.KIND_DOC + " OR " + Fields.KIND_FAILURE + ")")) {
            boolean failed = Fields.KIND_FAILURE.equals(d.getFirstValue(Fields.KIND));
            String id = text(d, Fields.ID);
            files.put(id, new IndexedFile(id, text(d, Fields.HASH), (Long) d.getFirstValue(Fields.SIZE),
                    (Long) d.getFirstValue(Fields.MTIME), text(d, Fields.ANALYSIS_VERSION), failed,
                    failed ? text(d, Fields.REASON) : "", failed ? text(d, Fields.DETAIL) : "",
                    text(d, Fields.MANUAL), String.join(",", strings(d, Fields.ACCESS)), text(d, Fields.DATE)));
        }
        return files;
    }

    /** The counts as the embedded index's {@link IndexStats} gives them, from Solr's facet counts. */
    @Override
    public IndexStats stats() throws IOException {
        SolrQuery q = new SolrQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        q.setRows(0);
        q.setFacet(true);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        q.addFacetField(Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN);
        QueryResponse r = query(q);
        int documents = Math.toIntExact(r.getResults().getNumFound());
        return new IndexStats(documents, count(Fields.KIND + ":" + Fields.KIND_PASSAGE),
                count(Fields.KIND + ":" + Fields.KIND_FAILURE), counts(r, Fields.TYPE, documents),
                counts(r, Fields.PHASE, documents), counts(r, Fields.CAMPAIGN, documents));
    }

    private int count(String q) throws IOException {
        SolrQuery query = new SolrQuery(q);
        query.setRows(0);
        return Math.toIntExact(query(query).getResults().getNumFound());
    }

    /** Documents per value; those without one count as {@link IndexStats#NONE}. */
    private static Map<String, Integer> counts(QueryResponse r, String field, int documents) {
        Map<String, Integer> out = new TreeMap<>();
        int valued = 0;
        for (FacetField.Count c : r.getFacetField(field).getValues()) {
            out.merge(c.getName(), Math.toIntExact(c.getCount()), Integer::sum);
            valued += Math.toIntExact(c.getCount());
        }
        if (documents > valued) {
            out.merge(IndexStats.NONE, documents - valued, Integer::sum);
        }
        return out;
    }

    /**
     * The collection backed up by the Collections API's BACKUP (asynchronous, awaited up to {@link #BACKUP_WAIT}):
     * every shard's index and the configset, written by the nodes into {@code location}, which must be a path every
     * node can write and that Solr allows ({@code solr.allowPaths}).
     */
    @Override
    public Optional<String> backUp(String location, String name) throws IOException {
        RequestStatusState state;
        try {
            state = CollectionAdminRequest.backupCollection(collection, name).setLocation(location)
                    .processAndWait(client, BACKUP_WAIT.toSeconds());
        } catch (SolrServerException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("SolrCloud 集合 " + collection + " 的备份没有完成：" + e.getMessage(), e);
        }
        if (state != RequestStatusState.COMPLETED) {
            throw new IOException("SolrCloud 集合 " + collection + " 的备份没有完成（状态 " + state + "）：位置 " + location
                    + " 须是每个节点都能写、且在 solr.allowPaths 之内的路径");
        }
        return Optional.of("索引是 SolrCloud 集合 " + collection + " 的备份 " + name + "（位置 " + location
                + "），恢复用 Solr 的 RESTORE：/admin/collections?action=RESTORE&name=" + name + "&location="
                + location + "&collection=" + collection);
    }

    @Override
    public Writer writer(IndexAnalyzers analyzers) {
        return new SolrBlockWriter(client, collection, analyzers, this::indexedFiles);
    }

    @Override
    public SearchResponse search(SearchRequest request, Viewer viewer) throws IOException {
        return searches.search(request, viewer);
    }

    @Override
    public List<ScoredId> rankScored(String query, int size) throws IOException {
        return searches.rankScored(query, size);
    }

    @Override
    public List<Ranking> rankings(List<String> queries, Viewer viewer, int size) throws IOException {
        return searches.rankings(queries, viewer, size);
    }

    /** Document pages read from the collection ({@link SolrDocuments}). */
    @Override
    public Documents byId() {
        return documents;
    }

    /** Suggestions asked of the collection ({@link SolrSuggestions}). */
    @Override
    public Suggestions suggestions() {
        return suggestions;
    }

    /** Nothing to do: a commit on the cluster opens the searchers every search uses. */
    @Override
    public void refresh() {
    }

    /**
     * The writer's commit returns once the new searchers are open; only the collection's spellings are read again,
     * now, when its version changed (an upload's new words).
     */
    @Override
    public void refreshNow() throws IOException {
        spellings.refreshNow();
    }

    /**
     * Stops reading the collection's spellings, and closes the client when {@link #connect} made it; a client given
     * by the caller stays open.
     */
    @Override
    public void close() throws IOException {
        try {
            spellings.close();
        } finally {
            if (ownsClient) {
                client.close();
            }
        }
    }

    /** Every record matching {@code q} and the filters, read by cursor in pages of {@link #PAGE}. */
    private List<SolrDocument> all(String q, String... filters) throws IOException {
        List<SolrDocument> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery page = new SolrQuery(q);
            page.addFilterQuery(filters);
            page.setRows(PAGE);
            page.setSort(Fields.ID, SolrQuery.ORDER.asc);
            page.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(page);
            out.addAll(r.getResults());
            if (cursor.equals(r.getNextCursorMark())) {
                return out;
            }
            cursor = r.getNextCursorMark();
        }
    }

    /** The searches, for tests that ask the cluster as they do. */
    SolrSearches searches() {
        return searches;
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        return SolrRequests.query(client, collection, q, q.toString());
    }

    private static Passage passage(SolrDocument p) {
        return new Passage((Integer) p.getFieldValue(Fields.P_ORDINAL), (Integer) p.getFieldValue(Fields.P_START),
                (Integer) p.getFieldValue(Fields.P_END), text(p, Fields.P_LABEL), text(p, Fields.BODY));
    }

    private static String text(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? "" : v.toString();
    }

    private static long number(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static List<String> strings(SolrDocument d, String field) {
        var values = d.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString)
                .filter(v -> !v.equals(Fields.ACCESS_INTERNAL)).toList();
    }
}
