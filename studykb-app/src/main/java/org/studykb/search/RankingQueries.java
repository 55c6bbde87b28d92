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
        return documents(text, searcher, null);
    }

    /**
     * As {@link #documents(String, IndexSearcher)}, with the spellings {@link #spellingsFor} gave for the query
     * (the whole collection's) in place of the reader's own; null: the reader's own.
     */
    public Query documents(String text, IndexSearcher searcher, String spellings) throws IOException {
        PerReader r = of(searcher.getIndexReader());
        return new KindScoredQuery(queries.build(QueryText.parse(text), BuildQuery.Target.DOCUMENTS,
                spellings == null ? r.spellings() : Spellings.decode(spellings)),
                Fields.KIND_DOC, similarity, r.documentLengths());
    }

    /**
     * The spellings a query needs, out of a whole collection's, as one request parameter for
     * {@link #documents(String, IndexSearcher, String)} and {@link #passages(String, String, List, IndexSearcher,
     * String)}: each part of the collection then reads the query's pinyin as the whole collection does.
     */
    public String spellingsFor(String text, Spellings collection) {
        PinyinTerms noting = collection.terms().noting();
        ParsedQuery parsed = QueryText.parse(text);
        queries.build(parsed, BuildQuery.Target.DOCUMENTS, noting);
        passages.passageQuery(parsed, noting);
        return Spellings.encode(noting.noted());
    }

    /** Any record that holds the text verbatim (in its body, or a document's title); null when nothing is searchable. */
    public Query verbatim(String text) {
        return queries.verbatimOf(text);
    }

    /** The document records that hold every word of the query verbatim; null when a word has nothing searchable. */
    public Query everyWordVerbatim(String text) {
        return queries.everyWordVerbatim(QueryText.parse(text));
    }

    /**
     * The query with homophones for its words that occur nowhere ({@code found}: whether some record the viewer may
     * see holds a text verbatim, as {@link #verbatim} matches it), or empty: what the embedded index's did-you-mean
     * offers, with a collection's spellings.
     */
    public String didYouMean(String text, Spellings collection, boolean seesAll, Found found) throws IOException {
        return new DidYouMean(queries, collection.terms(), seesAll, found).suggest(QueryText.parse(text));
    }

    /** Whether some record the viewer may see holds a text verbatim. */
    @FunctionalInterface
    public interface Found {
        boolean anywhere(String text) throws IOException;
    }

    /**
     * The query over the passage records of the documents {@code ids} ({@code parent} the field that holds a
     * passage's document id), as {@link PassageEvidence} scores them.
     */
    public Query passages(String text, String parent, List<String> ids, IndexSearcher searcher) throws IOException {
        return passages(text, parent, ids, searcher, null);
    }

    /** As {@link #passages(String, String, List, IndexSearcher)}, with a query's spellings from {@link #spellingsFor}. */
    public Query passages(String text, String parent, List<String> ids, IndexSearcher searcher, String spellings)
            throws IOException {
        PerReader r = of(searcher.getIndexReader());
        Query scored = new KindScoredQuery(passages.passageQuery(QueryText.parse(text),
                spellings == null ? r.spellings() : Spellings.decode(spellings)),
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
