package org.studykb.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * One CJK character searched in an n-gram field wherever it occurs: as its unigram (at the edge
 * of a run) or as the first character of a bigram (inside a run). When the query is rewritten the
 * terms are looked up in the index and scored together as one term, so a document's frequency is
 * the count of the character in it, as when every character had its unigram. A character that
 * starts more than {@link #MAX_TERMS} different bigrams (a very common one) is matched by prefix
 * instead, scored by its unigrams only, to stay within Lucene's clause limit.
 */
final class LoneCharQuery extends Query {
    static final int MAX_TERMS = 256;

    private final Term term;

    LoneCharQuery(Term term) {
        this.term = term;
    }

    static boolean isOneCjkChar(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(0);
        return Character.charCount(cp) == text.length() && Chars.isCjk(cp);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Term> terms = new ArrayList<>();
        Terms indexed = MultiTerms.getTerms(searcher.getIndexReader(), term.field());
        if (indexed != null) {
            TermsEnum te = indexed.iterator();
            BytesRef prefix = term.bytes();
            if (te.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
                for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
                    if (terms.size() == MAX_TERMS) {
                        return common();
                    }
                    terms.add(new Term(term.field(), BytesRef.deepCopyOf(t)));
                }
            }
        }
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no n-gram starts with " + term.text());
        }
        if (terms.size() == 1) {
            return new TermQuery(terms.get(0));
        }
        SynonymQuery.Builder b = new SynonymQuery.Builder(term.field());
        terms.forEach(b::addTerm);
        return b.build();
    }

    /** Every occurrence by prefix, scored by the unigram (the run edges) alone. */
    private Query common() {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(term)), 0f), Occur.SHOULD)
                .add(new TermQuery(term), Occur.SHOULD)
                .build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(term.field())) {
            visitor.consumeTerms(this, term);
            visitor.consumeTermsMatching(this, term.field(),
                    () -> new ByteRunAutomaton(PrefixQuery.toAutomaton(term.bytes()), true,
                            Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
        }
    }

    @Override
    public String toString(String field) {
        return (term.field().equals(field) ? "" : term.field() + ":") + term.text() + "⋯";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((LoneCharQuery) other).term);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + term.hashCode();
    }
}
