package org.studykb.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.studykb.access.Viewer;
import org.studykb.index.IndexBackend;
import org.studykb.index.IndexedDocuments;
import org.studykb.index.LuceneIndex;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.ingest.Passage;

/**
 * Answers searches over the committed index, through its one access point ({@link LuceneIndex}): the embedded
 * {@link SearchBackend}. Thread-safe; {@link #refresh()} picks up what an
 * index run committed since, without ever showing a half-written view.
 */
public final class SearchService implements SearchBackend {
    static final int SNIPPETS = 3;
    static final int PASSAGES_PER_HIT = 3;

    /** The one access point of the index: its readers, refreshed, and its version. */
    private final LuceneIndex index;
    private final IndexAnalyzers analyzers;
    private final BuildQuery queries;
    /** How many of the best documents the passage evidence re-ranks (the page, when it reaches further). */
    static final int RERANK_WINDOW = 100;
    /** How many of a document's best passages its passage evidence adds up (RankingWeights#spread damps each). */
    static final int PASSAGES_FOLDED = 10;

    private final Facets facets = new Facets();
    private final RankingWeights weights;

    private SearchService(LuceneIndex index, IndexAnalyzers analyzers, RankingWeights weights) {
        this.index = index;
        this.analyzers = analyzers;
        this.weights = weights;
        this.queries = new BuildQuery(analyzers, weights);
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
    public long version() throws IOException {
        return index.version();
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
        SearchResponse typed = searchAsTyped(request, viewer);
        if (!request.correct() || typed.didYouMean().isEmpty()) {
            return typed;
        }
        if (verbatim(request.query(), viewer) > 0 || verbatim(typed.didYouMean(), viewer) == 0) {
            return typed;
        }
        return searchAsTyped(request.withQuery(typed.didYouMean()), viewer).correcting(request.query());
    }

    /**
     * How many documents the viewer may see hold every word of the query verbatim: the loose matching finds
     * something for nearly any typo, so "finds far more" is judged on the words as written — none for the typo,
     * some for its correction.
     */
    private long verbatim(String query, Viewer viewer) throws IOException {
        ParsedQuery parsed = QueryText.parse(query);
        if (parsed.groups().isEmpty()) {
            return 0;
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), Occur.FILTER);
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int n = 0;
            for (ParsedQuery.Clause c : group) {
                Query q = queries.verbatimOf(c.text());
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    n++;
                }
            }
            if (n == 0) {
                return 0;
            }
            every.add(any.build(), Occur.MUST);
        }
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(Visibility.restrict(viewer, every.build()));
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
                    topDocs(request.sort(), rerank ? Math.max(want, RERANK_WINDOW) : want),
                    new FacetsCollectorManager()));
            TopDocs top = (TopDocs) collected[0];
            ScoreDoc[] ranked = rerank ? withPassages(searcher, parsed, top.scoreDocs, spellings, viewer)
                    : top.scoreDocs;
            ScoreDoc[] page = slice(ranked, request.from(), request.size());
            Map<String, List<SearchResponse.FacetValue>> facetCounts = facets.count(searcher,
                    (FacetsCollector) collected[1]);
            List<SearchHit> hits = hits(searcher, parsed, page, spellings, viewer);
            MissingWords.Result missing = MissingWords.of(searcher, queries, parsed, spellings, viewer,
                    hits.stream().map(SearchHit::id).toList(), top.totalHits.value);
            hits = hits.stream().map(h -> missing.lacking().containsKey(h.id())
                    ? h.lacking(missing.lacking().get(h.id())) : h).toList();
            String didYouMean = new DidYouMean(queries, spellings, viewer).suggest(searcher, parsed);
            long took = (System.nanoTime() - t0) / 1_000_000;
            return new SearchResponse(request.query(), parsed.interpreted(), parsed.notices(),
                    top.totalHits.value, took, request.from(), request.size(), hits, facetCounts, didYouMean,
                    missing.nowhere(), "");
        } finally {
            index.release(searcher);
        }
    }

    /** Collects the first {@code want} hits in the requested order, counting every match. */
    private static CollectorManager<? extends Collector, ? extends TopDocs> topDocs(SearchRequest.Sort sort, int want) {
        int n = Math.max(1, want);
        if (sort == SearchRequest.Sort.DATE) {
            SortField byDate = new SortField(Fields.DATE_DAY, SortField.Type.LONG, true);
            byDate.setMissingValue(Long.MIN_VALUE);
            Sort s = new Sort(byDate, SortField.FIELD_SCORE);
            return new TopFieldCollectorManager(s, n, null, Integer.MAX_VALUE, false);
        }
        return new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false);
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
        if (from >= all.length) {
            return new ScoreDoc[0];
        }
        int to = Math.min(all.length, from + size);
        ScoreDoc[] page = new ScoreDoc[to - from];
        System.arraycopy(all, from, page, 0, page.length);
        return page;
    }

    private IndexSearcher passageSearcher;

    /** A searcher over the same reader that normalises lengths against the average passage (RecordSearcher). */
    private synchronized IndexSearcher passages(IndexSearcher searcher) {
        if (passageSearcher == null || passageSearcher.getIndexReader() != searcher.getIndexReader()) {
            passageSearcher = new RecordSearcher(searcher.getIndexReader(), Fields.KIND_PASSAGE,
                    searcher.getSimilarity());
        }
        return passageSearcher;
    }

    private IndexTerms termsOfReader = IndexTerms.NONE;
    private org.apache.lucene.index.IndexReader termsReader;

    /**
     * What one pass over the reader's term dictionary gives (pinyin spellings, word counts for suggestions), made
     * again when the reader changed: searches and suggestions share it.
     */
    synchronized IndexTerms terms(IndexSearcher searcher) throws IOException {
        if (searcher.getIndexReader() != termsReader) {
            termsOfReader = IndexTerms.read(searcher.getIndexReader());
            termsReader = searcher.getIndexReader();
        }
        return termsOfReader;
    }

    private PinyinTerms spellings(IndexSearcher searcher) throws IOException {
        return terms(searcher).spellings();
    }

    /**
     * The page's hits: each document's best passages, whose matched sentences are its snippets too; only a
     * document with no matched passage (found by its title, say) has its own body highlighted.
     */
    private List<SearchHit> hits(IndexSearcher searcher, ParsedQuery parsed, ScoreDoc[] page, PinyinTerms spellings,
                                 Viewer viewer) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        Query highlightQuery = queries.highlight(parsed, spellings);
        Snippets snippets = new Snippets(searcher, analyzers);
        var stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(page.length);
        List<Document> docs = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            Document d = stored.document(sd.doc, STORED_FOR_HIT);
            docs.add(d);
            ids.add(d.get(Fields.ID));
        }
        Map<String, PagePassages.Found> found = passages(searcher, parsed, highlightQuery, page, ids, snippets,
                spellings, viewer);
        List<ScoreDoc> unmatched = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            if (found.getOrDefault(ids.get(i), PagePassages.Found.NONE).snippets().isEmpty()) {
                unmatched.add(page[i]);
            }
        }
        List<List<String>> bodySnippets = snippets.of(highlightQuery, unmatched.toArray(new ScoreDoc[0]), SNIPPETS);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0, u = 0; i < page.length; i++) {
            Document d = docs.get(i);
            PagePassages.Found f = found.getOrDefault(ids.get(i), PagePassages.Found.NONE);
            List<String> docSnippets = f.snippets().isEmpty() ? bodySnippets.get(u++) : f.snippets();
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new SearchHit(d.get(Fields.ID), score, d.get(Fields.TITLE), d.get(Fields.TYPE),
                    d.get(Fields.PHASE), d.get(Fields.CAMPAIGN), d.get(Fields.DATE),
                    Fields.by(d.get(Fields.UNIT), d.get(Fields.AUTHOR)), d.get(Fields.DOC_NUMBER), docSnippets,
                    f.passages(), List.of()));
        }
        return hits;
    }

    private static final Set<String> STORED_FOR_HIT = Set.of(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.PHASE,
            Fields.CAMPAIGN, Fields.DATE, Fields.UNIT, Fields.AUTHOR, Fields.DOC_NUMBER);

    /** The best passages of each document on the page, searched as passages with the same query. */
    private Map<String, PagePassages.Found> passages(IndexSearcher searcher, ParsedQuery parsed,
                                                     Query highlightQuery, ScoreDoc[] page, List<String> ids,
                                                     Snippets snippets, PinyinTerms spellings,
                                                     Viewer viewer) throws IOException {
        if (parsed.groups().isEmpty()) {
            return Map.of();
        }
        List<PagePassages.Candidate> kept = PagePassages.best(passages(searcher),
                passageQuery(parsed, ids, spellings, viewer), page, PASSAGES_PER_HIT);
        return PagePassages.highlight(searcher, snippets, highlightQuery, kept, SNIPPETS);
    }

    /** The query over the passages of the documents {@code ids}: the user's, without its title-only words. */
    private Query passageQuery(ParsedQuery parsed, List<String> ids, PinyinTerms spellings, Viewer viewer) {
        List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
        return Visibility.restrict(viewer, new BooleanQuery.Builder()
                .add(queries.build(new ParsedQuery(parsed.groups().stream()
                        .map(g -> g.stream().filter(c -> !c.titleOnly()).toList())
                        .filter(g -> !g.isEmpty()).toList(), parsed.excluded(), Map.of(), List.of()),
                        BuildQuery.Target.PASSAGES, spellings), Occur.MUST)
                .add(new TermInSetQuery(Fields.ID, terms), Occur.FILTER)
                .build());
    }

    /**
     * Passage evidence folded into the document score (docs/ranking.md): each of the first {@link #RERANK_WINDOW}
     * documents gains {@code passage ×} its passages' scores, best first, each damped by {@code spread} once more
     * than the one before (at most {@link #PASSAGES_FOLDED}), and those are re-sorted; the rest keep
     * their order below them (a passage only adds, so they stay below).
     */
    private ScoreDoc[] withPassages(IndexSearcher searcher, ParsedQuery parsed, ScoreDoc[] ranked,
                                    PinyinTerms spellings, Viewer viewer) throws IOException {
        if (weights.passage() == 0 || parsed.groups().isEmpty() || ranked.length == 0) {
            return ranked;
        }
        ScoreDoc[] window = java.util.Arrays.copyOf(ranked, Math.min(ranked.length, RERANK_WINDOW));
        var stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(window.length);
        for (ScoreDoc sd : window) {
            ids.add(stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
        }
        Map<String, Float> evidence = new java.util.HashMap<>();
        Map<String, Float> share = new java.util.HashMap<>();
        for (PagePassages.Candidate c : PagePassages.best(passages(searcher),
                passageQuery(parsed, ids, spellings, viewer), window, weights.spread() == 0 ? 1 : PASSAGES_FOLDED)) {
            float f = share.getOrDefault(c.id(), 1f);
            evidence.merge(c.id(), f * c.score(), Float::sum);
            share.put(c.id(), f * weights.spread());
        }
        ScoreDoc[] out = ranked.clone();
        for (int i = 0; i < window.length; i++) {
            out[i] = new ScoreDoc(window[i].doc,
                    window[i].score + weights.passage() * evidence.getOrDefault(ids.get(i), 0f), window[i].shardIndex);
        }
        java.util.Arrays.sort(out, 0, window.length, java.util.Comparator.comparingDouble((ScoreDoc sd) -> sd.score)
                .reversed().thenComparingInt(sd -> sd.doc));
        return out;
    }

    /**
     * {@inheritDoc} A ranking is kept for the reader it was made on (per query, size and the viewer's rank), so the
     * home page of a user with many saved searches ranks them again only when the index changed.
     */
    @Override
    public List<Ranking> rankings(List<String> texts, Viewer viewer, int size) throws IOException {
        List<Ranking> out = new ArrayList<>(texts.size());
        IndexSearcher searcher = index.acquire();
        try {
            Map<String, Ranking> known = rankingsOf(searcher);
            for (String text : texts) {
                String key = viewer.rank() + "\u0000" + size + "\u0000" + text;
                Ranking r = known.get(key);
                if (r == null) {
                    r = ranking(searcher, text, viewer, size);
                    if (known.size() >= MAX_KEPT_RANKINGS) {
                        known.clear();
                    }
                    known.put(key, r);
                }
                out.add(r);
            }
        } finally {
            index.release(searcher);
        }
        return out;
    }

    private static final int MAX_KEPT_RANKINGS = 10_000;

    /** The rankings made on one reader; a new reader starts an empty map, so none outlives its reader. */
    private record KeptRankings(org.apache.lucene.index.IndexReader reader, Map<String, Ranking> rankings) {
    }

    private KeptRankings keptRankings = new KeptRankings(null, Map.of());

    private synchronized Map<String, Ranking> rankingsOf(IndexSearcher searcher) {
        if (keptRankings.reader() != searcher.getIndexReader()) {
            keptRankings = new KeptRankings(searcher.getIndexReader(), new java.util.concurrent.ConcurrentHashMap<>());
        }
        return keptRankings.rankings();
    }

    /** One query's ranking for the viewer, as {@link #search} orders the documents. */
    private Ranking ranking(IndexSearcher searcher, String text, Viewer viewer, int size) throws IOException {
        PinyinTerms spellings = spellings(searcher);
        ParsedQuery parsed = QueryText.parse(text);
        try {
            Query query = Visibility.restrict(viewer, queries.build(parsed, BuildQuery.Target.DOCUMENTS, spellings));
            TopDocs top = searcher.search(query, topDocs(SearchRequest.Sort.RELEVANCE, Math.max(size, RERANK_WINDOW)));
            ScoreDoc[] ranked = withPassages(searcher, parsed, top.scoreDocs, spellings, viewer);
            var stored = searcher.storedFields();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : slice(ranked, 0, size)) {
                ids.add(stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
            }
            return new Ranking(top.totalHits.value, List.copyOf(ids));
        } catch (IndexSearcher.TooManyClauses e) {
            return new Ranking(0, List.of());
        }
    }

    /** The documents that match, best first, with their scores: for evaluation runs. */
    @Override
    public List<ScoredId> rankScored(String query, int size) throws IOException {
        List<ScoredId> out = new ArrayList<>();
        ParsedQuery parsed = QueryText.parse(query);
        IndexSearcher searcher = index.acquire();
        try {
            PinyinTerms spellings = spellings(searcher);
            TopDocs top = searcher.search(queries.build(parsed, BuildQuery.Target.DOCUMENTS, spellings),
                    Math.max(1, Math.max(size, RERANK_WINDOW)));
            ScoreDoc[] ranked = withPassages(searcher, parsed, top.scoreDocs, spellings, Viewer.OPERATOR);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : java.util.Arrays.copyOf(ranked, Math.min(ranked.length, Math.max(1, size)))) {
                out.add(new ScoredId(stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID), sd.score));
            }
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        } finally {
            index.release(searcher);
        }
        return out;
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
