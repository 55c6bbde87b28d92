package org.studykb.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.TopDocs;
import org.studykb.access.Viewer;
import org.studykb.index.CatalogEntry;
import org.studykb.index.FailureRecord;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexBackend;
import org.studykb.index.IndexStats;
import org.studykb.index.IndexedDocuments;
import org.studykb.index.IndexedFile;
import org.studykb.index.LuceneIndex;
import org.studykb.ingest.Passage;

/**
 * Answers searches over the committed index, through its one access point ({@link LuceneIndex}): the embedded
 * {@link SearchBackend}. Thread-safe; {@link #refresh()} picks up what an
 * index run committed since, without ever showing a half-written view. It assembles the parts: the query
 * ({@link BuildQuery}), a page's hits ({@link PageHits}), the passage evidence ({@link PassageEvidence}), facets,
 * missing words, did-you-mean, and the rankings without snippets ({@link Rankings}).
 */
public final class SearchService implements SearchBackend {
    static final int SNIPPETS = 3;
    static final int PASSAGES_PER_HIT = 3;

    /** The one access point of the index: its readers, refreshed, and its version. */
    private final LuceneIndex index;
    private final IndexAnalyzers analyzers;
    private final BuildQuery queries;
    private final PassageEvidence passages;
    private final PageHits pageHits;
    private final Rankings rankings;
    private final ReaderTerms terms = new ReaderTerms();
    private final Facets facets = new Facets();
    private final Documents byId = new LuceneDocuments(this);
    private final Suggestions suggestions = new LuceneSuggestions(this);

    private SearchService(LuceneIndex index, IndexAnalyzers analyzers, RankingWeights weights) {
        this.index = index;
        this.analyzers = analyzers;
        this.queries = new BuildQuery(analyzers, weights);
        this.passages = new PassageEvidence(queries, weights);
        this.pageHits = new PageHits(analyzers, queries, passages);
        this.rankings = new Rankings(index, queries, passages, terms);
    }

    /** Opens the index under {@code <data>/index}; fails with a clear message when there is none. */
    public static SearchService open(Path data, IndexAnalyzers analyzers) throws IOException {
        return open(data, analyzers, RankingWeights.shipped());
    }

    /** Opens the index ranking with these weights (the fit tries others than those shipped). */
    public static SearchService open(Path data, IndexAnalyzers analyzers, RankingWeights weights) throws IOException {
        BM25Similarity similarity = new BM25Similarity(weights.k1(), weights.b());
        SearcherFactory factory = new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                             org.apache.lucene.index.IndexReader previous) {
                return new RecordSearcher(reader, Fields.KIND_DOC, similarity);
            }
        };
        return new SearchService(LuceneIndex.open(data, factory), analyzers, weights);
    }

    @Override
    public void refresh() throws IOException {
        index.refresh();
    }

    @Override
    public void refreshNow() throws IOException {
        index.refreshNow();
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
    public List<CatalogEntry> catalog() throws IOException {
        return index.catalog();
    }

    @Override
    public List<FailureRecord> failures() throws IOException {
        return index.failures();
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
    public long version() throws IOException {
        return index.version();
    }

    @Override
    public Documents byId() {
        return byId;
    }

    @Override
    public Suggestions suggestions() {
        return suggestions;
    }

    @Override
    public IndexBackend.Writer writer(IndexAnalyzers analyzers) throws IOException {
        return index.writer(analyzers);
    }

    IndexSearcher acquire() throws IOException {
        return index.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        index.release(searcher);
    }

    IndexAnalyzers analyzers() {
        return analyzers;
    }

    BuildQuery queries() {
        return queries;
    }

    /**
     * A search by a person: documents they may not see ({@link Viewer}) are left out inside the query, so they
     * count in no total, facet, snippet or did-you-mean.
     */
    @Override
    public SearchResponse search(SearchRequest request, Viewer viewer) throws IOException {
        return Corrections.search(request, viewer, this::searchAsTyped, this::verbatim);
    }

    /** How many documents the viewer may see hold every word of the query verbatim ({@link Corrections}). */
    private long verbatim(String query, Viewer viewer) throws IOException {
        Query every = queries.everyWordVerbatim(QueryText.parse(query));
        if (every == null) {
            return 0;
        }
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(Visibility.restrict(viewer, every));
        } finally {
            index.release(searcher);
        }
    }

    private SearchResponse searchAsTyped(SearchRequest request, Viewer viewer) throws IOException {
        long t0 = System.nanoTime();
        ParsedQuery parsed = QueryText.parse(request.query());
        try {
            return search(request, parsed, viewer, t0);
        } catch (IndexSearcher.TooManyClauses e) {
            List<String> notices = new ArrayList<>(parsed.notices());
            notices.add("查询过于复杂（词语太多），请减少检索词后再试");
            return new SearchResponse(request.query(), parsed.interpreted(), notices, 0,
                    (System.nanoTime() - t0) / 1_000_000, request.from(), request.size(), List.of(),
                    facets.empty(), "", List.of(), "");
        }
    }

    private SearchResponse search(SearchRequest request, ParsedQuery parsed, Viewer viewer, long t0)
            throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            PinyinTerms spellings = spellings(searcher);
            Query query = Visibility.restrict(viewer, queries.build(parsed, BuildQuery.Target.DOCUMENTS, spellings));
            int want = request.from() + request.size();
            boolean rerank = request.sort() != SearchRequest.Sort.DATE;
            // one pass over the matches collects both the page and the facet counts
            Object[] collected = searcher.search(query, new MultiCollectorManager(
                    Rankings.topDocs(request.sort(), rerank ? Math.max(want, PassageEvidence.RERANK_WINDOW) : want),
                    new FacetsCollectorManager()));
            TopDocs top = (TopDocs) collected[0];
            ScoreDoc[] ranked = rerank ? passages.rerank(searcher, parsed, top.scoreDocs, spellings, viewer)
                    : top.scoreDocs;
            ScoreDoc[] page = Rankings.slice(ranked, request.from(), request.size());
            Map<String, List<SearchResponse.FacetValue>> facetCounts = facets.count(searcher,
                    (FacetsCollector) collected[1]);
            List<SearchHit> hits = pageHits.of(searcher, parsed, page, spellings, viewer);
            MissingWords.Result missing = MissingWords.of(searcher, queries, parsed, spellings, viewer,
                    hits.stream().map(SearchHit::id).toList(), top.totalHits.value);
            hits = hits.stream().map(h -> missing.lacking().containsKey(h.id())
                    ? h.lacking(missing.lacking().get(h.id())) : h).toList();
            String didYouMean = DidYouMean.in(searcher, queries, spellings, viewer).suggest(parsed);
            long took = (System.nanoTime() - t0) / 1_000_000;
            return new SearchResponse(request.query(), parsed.interpreted(), parsed.notices(),
                    top.totalHits.value, took, request.from(), request.size(), hits, facetCounts, didYouMean,
                    missing.nowhere(), "");
        } finally {
            index.release(searcher);
        }
    }

    /** What one pass over the reader's term dictionary gives; searches and suggestions share it. */
    IndexTerms terms(IndexSearcher searcher) throws IOException {
        return terms.of(searcher);
    }

    private PinyinTerms spellings(IndexSearcher searcher) throws IOException {
        return terms(searcher).spellings();
    }

    /** {@inheritDoc} A ranking is kept for the reader it was made on ({@link Rankings}). */
    @Override
    public List<Ranking> rankings(List<String> texts, Viewer viewer, int size) throws IOException {
        return rankings.of(texts, viewer, size);
    }

    /** The documents that match, best first, with their scores: for evaluation runs. */
    @Override
    public List<ScoredId> rankScored(String query, int size) throws IOException {
        return rankings.scored(query, size);
    }

    /** Number of documents in the index. */
    @Override
    public int documentCount() throws IOException {
        return index.documentCount();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
