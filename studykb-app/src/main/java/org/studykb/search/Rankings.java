package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.index.LuceneIndex;

/**
 * Rankings without snippets, facets or did-you-mean, ordered as a search orders its hits: the first ids and totals of
 * many queries at once for a viewer (saved searches' new results), kept per reader, and the scored ids of one query
 * for evaluation runs.
 */
final class Rankings {
    private static final int MAX_KEPT = 10_000;

    private final LuceneIndex index;
    private final BuildQuery queries;
    private final PassageEvidence passages;
    private final ReaderTerms terms;

    /** The rankings made on one reader; a new reader starts an empty map, so none outlives its reader. */
    private record Kept(IndexReader reader, Map<String, SearchBackend.Ranking> rankings) {
    }

    private Kept kept = new Kept(null, Map.of());

    Rankings(LuceneIndex index, BuildQuery queries, PassageEvidence passages, ReaderTerms terms) {
        this.index = index;
        this.queries = queries;
        this.passages = passages;
        this.terms = terms;
    }

    /**
     * {@link SearchBackend#rankings}: a ranking is kept for the reader it was made on (per query, size and the
     * viewer's rank), so the home page of a user with many saved searches ranks them again only when the index
     * changed.
     */
    List<SearchBackend.Ranking> of(List<String> texts, Viewer viewer, int size) throws IOException {
        List<SearchBackend.Ranking> out = new ArrayList<>(texts.size());
        IndexSearcher searcher = index.acquire();
        try {
            Map<String, SearchBackend.Ranking> known = keptFor(searcher);
            for (String text : texts) {
                String key = viewer.rank() + "\u0000" + size + "\u0000" + text;
                SearchBackend.Ranking r = known.get(key);
                if (r == null) {
                    r = ranking(searcher, text, viewer, size);
                    if (known.size() >= MAX_KEPT) {
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

    private synchronized Map<String, SearchBackend.Ranking> keptFor(IndexSearcher searcher) {
        if (kept.reader() != searcher.getIndexReader()) {
            kept = new Kept(searcher.getIndexReader(), new ConcurrentHashMap<>());
        }
        return kept.rankings();
    }

    /** One query's ranking for the viewer, as a search orders the documents. */
    private SearchBackend.Ranking ranking(IndexSearcher searcher, String text, Viewer viewer, int size)
            throws IOException {
        PinyinTerms spellings = terms.of(searcher).spellings();
        ParsedQuery parsed = QueryText.parse(text);
        try {
            Query query = Visibility.restrict(viewer, queries.build(parsed, BuildQuery.Target.DOCUMENTS, spellings));
            TopDocs top = searcher.search(query, topDocs(SearchRequest.Sort.RELEVANCE,
                    Math.max(size, PassageEvidence.RERANK_WINDOW)));
            ScoreDoc[] ranked = passages.rerank(searcher, parsed, top.scoreDocs, spellings, viewer);
            return new SearchBackend.Ranking(top.totalHits.value,
                    List.copyOf(StoredIds.of(searcher, slice(ranked, 0, size))));
        } catch (IndexSearcher.TooManyClauses e) {
            return new SearchBackend.Ranking(0, List.of());
        }
    }

    /** {@link SearchBackend#rankScored}: the documents that match, best first, with their scores. */
    List<SearchBackend.ScoredId> scored(String query, int size) throws IOException {
        List<SearchBackend.ScoredId> out = new ArrayList<>();
        ParsedQuery parsed = QueryText.parse(query);
        IndexSearcher searcher = index.acquire();
        try {
            PinyinTerms spellings = terms.of(searcher).spellings();
            TopDocs top = searcher.search(queries.build(parsed, BuildQuery.Target.DOCUMENTS, spellings),
                    Math.max(1, Math.max(size, PassageEvidence.RERANK_WINDOW)));
            ScoreDoc[] ranked = passages.rerank(searcher, parsed, top.scoreDocs, spellings, Viewer.OPERATOR);
            ScoreDoc[] first = Arrays.copyOf(ranked, Math.min(ranked.length, Math.max(1, size)));
            List<String> ids = StoredIds.of(searcher, first);
            for (int i = 0; i < first.length; i++) {
                out.add(new SearchBackend.ScoredId(ids.get(i), first[i].score));
            }
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        } finally {
            index.release(searcher);
        }
        return out;
    }

    /** Collects the first {@code want} hits in the requested order, counting every match. */
    static CollectorManager<? extends Collector, ? extends TopDocs> topDocs(SearchRequest.Sort sort, int want) {
        int n = Math.max(1, want);
        if (sort == SearchRequest.Sort.DATE) {
            SortField byDate = new SortField(Fields.DATE_DAY, SortField.Type.LONG, true);
            byDate.setMissingValue(Long.MIN_VALUE);
            Sort s = new Sort(byDate, SortField.FIELD_SCORE);
            return new TopFieldCollectorManager(s, n, null, Integer.MAX_VALUE, false);
        }
        return new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false);
    }

    /** Hits {@code from} to {@code from + size} of {@code all}. */
    static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
        if (from >= all.length) {
            return new ScoreDoc[0];
        }
        int to = Math.min(all.length, from + size);
        return Arrays.copyOfRange(all, from, to);
    }
}
