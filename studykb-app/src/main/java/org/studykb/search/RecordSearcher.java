package org.studykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;
import org.studykb.index.Fields;

/**
 * A searcher whose BM25 length normalisation compares a record with the average record of its own kind.
 * Documents and passages share the text fields, so Lucene's average field length mixes a whole document with
 * its passages, and every document looks many times longer than "average" (docs/ranking.md). The average length
 * of one kind is read from the field's norms once per reader; document frequencies stay as the index has them.
 */
final class RecordSearcher extends IndexSearcher {
    private final String kind;
    private final Map<String, Double> averageLength;
    /** Where term and collection statistics come from: this searcher, or the one a Solr node scores with. */
    private final IndexSearcher statistics;

    /** @param kind {@link Fields#KIND_DOC} or {@link Fields#KIND_PASSAGE}: whose average length normalises */
    RecordSearcher(IndexReader reader, String kind, Similarity similarity) {
        super(reader);
        this.kind = kind;
        this.averageLength = new ConcurrentHashMap<>();
        this.statistics = null;
        setSimilarity(similarity);
    }

    /**
     * A searcher over {@code outer}'s reader whose statistics are {@code outer}'s (a Solr node's searcher, which
     * answers with the whole collection's statistics when the cluster asks it to), the average length of one kind
     * of record read from this reader ({@code averages} keeps it per field, shared by the searchers of one reader).
     */
    RecordSearcher(IndexSearcher outer, String kind, Similarity similarity, Map<String, Double> averages) {
        super(outer.getIndexReader());
        this.kind = kind;
        this.averageLength = averages;
        this.statistics = outer;
        setSimilarity(similarity);
        setQueryCache(null);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        return statistics == null ? super.termStatistics(term, docFreq, totalTermFreq)
                : statistics.termStatistics(term, docFreq, totalTermFreq);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        CollectionStatistics all = statistics == null ? super.collectionStatistics(field)
                : statistics.collectionStatistics(field);
        if (all == null) {
            return null;
        }
        double average = averageLength.computeIfAbsent(field, this::averageLength);
        if (average <= 0) {
            return all;
        }
        // BM25 reads the average length as sumTotalTermFreq / docCount; sumDocFreq (unused by it) may not exceed it
        long total = Math.max(all.docCount(), Math.round(average * all.docCount()));
        return new CollectionStatistics(field, all.maxDoc(), all.docCount(), total,
                Math.max(all.docCount(), Math.min(all.sumDocFreq(), total)));
    }

    /** The mean length (norm) of the field over the records of this searcher's kind that have it; 0 when none. */
    private double averageLength(String field) {
        long sum = 0;
        long count = 0;
        try {
            for (LeafReaderContext leaf : getIndexReader().leaves()) {
                NumericDocValues norms = leaf.reader().getNormValues(field);
                TermsEnum kinds = leaf.reader().terms(Fields.KIND) == null ? null
                        : leaf.reader().terms(Fields.KIND).iterator();
                if (norms == null || kinds == null || !kinds.seekExact(new Term(Fields.KIND, kind).bytes())) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum records = kinds.postings(null, PostingsEnum.NONE);
                for (int doc = records.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = records.nextDoc()) {
                    if ((live == null || live.get(doc)) && norms.advanceExact(doc) && norms.longValue() != 0) {
                        sum += SmallFloat.byte4ToInt((byte) norms.longValue());
                        count++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取字段 " + field + " 的长度", e);
        }
        return count == 0 ? 0 : (double) sum / count;
    }
}
