package org.studykb.search;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;

/**
 * The ranking model's queries for a searcher that is not ours: what a Solr node's query parser runs (studykb-solr),
 * so that the cluster ranks as the embedded index does (docs/ranking.md). A query text in {@link QueryText}'s syntax
 * becomes the query over document records, or over the passage records of some documents, each scored as
 * {@link KindScoredQuery} scores its kind ({@link PassageFold} adds the passages' evidence to the documents' scores). What a reader's term dictionary and norms give (pinyin spellings, average lengths)
 * is read once per reader, for as long as the reader lives.
 */
public final class RankingQueries {
    private final BuildQuery queries;
    private final PassageEvidence passages;
    private final BM25Similarity similarity;
    private final Map<IndexReader, PerReader> readers = Collections.synchronizedMap(new WeakHashMap<>());

    /** What one reader gives the queries: its pinyin spellings, and each kind's average lengths per field. */
    private record PerReader(PinyinTerms spellings, Map<String, Double> documentLengths,
                             Map<String, Double> passageLengths) {
    }

    public RankingQueries(IndexAnalyzers analyzers, RankingWeights weights) {
        this.queries = new BuildQuery(analyzers, weights);
        this.passages = new PassageEvidence(queries, weights);
        this.similarity = new BM25Similarity(weights.k1(), weights.b());
    }

    /** The query that selects and ranks document records, as {@link SearchService} runs it. */
    public Query documents(String text, IndexSearcher searcher) throws IOException {
        PerReader r = of(searcher.getIndexReader());
        return new KindScoredQuery(queries.build(QueryText.parse(text), BuildQuery.Target.DOCUMENTS, r.spellings()),
                Fields.KIND_DOC, similarity, r.documentLengths());
    }

    /**
     * The query over the passage records of the documents {@code ids} ({@code parent} the field that holds a
     * passage's document id), as {@link PassageEvidence} scores them.
     */
    public Query passages(String text, String parent, List<String> ids, IndexSearcher searcher) throws IOException {
        PerReader r = of(searcher.getIndexReader());
        Query scored = new KindScoredQuery(passages.passageQuery(QueryText.parse(text), r.spellings()),
                Fields.KIND_PASSAGE, similarity, r.passageLengths());
        return new BooleanQuery.Builder().add(scored, Occur.MUST)
                .add(new TermInSetQuery(parent, ids.stream().map(BytesRef::new).toList()), Occur.FILTER).build();
    }

    private PerReader of(IndexReader reader) throws IOException {
        PerReader r = readers.get(reader);
        if (r == null) {
            r = new PerReader(IndexTerms.read(reader).spellings(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
            readers.put(reader, r);
        }
        return r;
    }
}
