package org.studykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds queries on the n-gram fields from {@link NgramAnalyzer} in query mode. Phrases and
 * multi-character terms are built as usual; a query term that is one CJK character alone
 * becomes a {@link LoneCharQuery}, because the index keeps a character's unigram only at the
 * edges of a run and inside a run has only the bigram that starts with it.
 */
public final class NgramQueryBuilder extends QueryBuilder {

    private NgramQueryBuilder(Analyzer analyzer) {
        super(analyzer);
    }

    /**
     * The query builder for the n-gram fields searched with this analyzer: ours when it is an
     * {@link NgramAnalyzer}, a plain one for any other (an evaluation row that puts words there).
     */
    public static QueryBuilder of(Analyzer queryAnalyzer) {
        return queryAnalyzer instanceof NgramAnalyzer ? new NgramQueryBuilder(queryAnalyzer)
                : new QueryBuilder(queryAnalyzer);
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        if (!LoneCharQuery.isOneCjkChar(term.text())) {
            return super.newTermQuery(term, boost);
        }
        Query q = new LoneCharQuery(term);
        return boost == 1f ? q : new BoostQuery(q, boost);
    }
}
