package org.studykb.search;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A query scored as the embedded index scores one kind of record, by whatever searcher runs it: its weight is made
 * by a {@link RecordSearcher} over the same reader, with our BM25 parameters and the average length of that kind,
 * while term and collection statistics still come from the searcher that runs it. On a Solr node that searcher
 * answers with the whole collection's statistics (ExactStatsCache), so shards score as one index does.
 */
final class KindScoredQuery extends Query {
    private final Query inner;
    private final String kind;
    private final Similarity similarity;
    /** The average lengths of {@link #kind}'s records per field, of the reader this query was built for. */
    private final Map<String, Double> averages;

    KindScoredQuery(Query inner, String kind, Similarity similarity, Map<String, Double> averages) {
        this.inner = inner;
        this.kind = kind;
        this.similarity = similarity;
        this.averages = averages;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new KindScoredQuery(rewritten, kind, similarity, averages);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new RecordSearcher(searcher, kind, similarity, averages).createWeight(inner, scoreMode, boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return kind + "-scored(" + inner.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((KindScoredQuery) other).inner)
                && kind.equals(((KindScoredQuery) other).kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), inner, kind);
    }
}
