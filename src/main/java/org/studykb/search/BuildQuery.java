package org.studykb.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;

/**
 * Builds the Lucene query of a parsed user query. Every clause is matched by HanLP words (ranked
 * first, title above body) or by the n-gram safety net, so a word the dictionary does not know,
 * or one HanLP cut differently, is still found. A quoted phrase must occur verbatim: it is a
 * phrase over the n-gram field, whatever the segmenter did.
 */
final class BuildQuery {
    static final float TITLE_BOOST = 2.0f;
    static final float EXACT_BONUS = 0.5f;
    static final float SAFETY_NET = 0.3f;
    static final float SAFETY_NET_MIN_SHOULD = 0.6f;
    static final float PINYIN_BOOST = 1.5f;
    private static final java.util.regex.Pattern PINYIN = java.util.regex.Pattern.compile("[A-Za-z' ]{2,}");

    private final QueryBuilder words;
    private final QueryBuilder ngrams;
    private final QueryBuilder pinyin;

    BuildQuery(IndexAnalyzers analyzers) {
        this.pinyin = new QueryBuilder(analyzers.pinyin());
        this.words = new QueryBuilder(analyzers.words());
        this.ngrams = new QueryBuilder(analyzers.ngrams());
        this.words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** Where a query is run: whole documents (with titles) or passages. */
    enum Target { DOCUMENTS, PASSAGES }

    /** The query that selects and ranks; {@code kind} restricts it to one record kind. */
    Query build(ParsedQuery parsed, Target target) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        root.add(new TermQuery(new Term(Fields.KIND,
                target == Target.DOCUMENTS ? Fields.KIND_DOC : Fields.KIND_PASSAGE)), Occur.FILTER);
        boolean scored = false;
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            int n = 0;
            for (ParsedQuery.Clause clause : group) {
                Query q = clause(clause, target);
                if (q != null) {
                    alternatives.add(q, Occur.SHOULD);
                    n++;
                }
            }
            if (n > 0) {
                root.add(alternatives.build(), Occur.MUST);
                scored = true;
            }
        }
        if (!scored) {
            if (!parsed.groups().isEmpty()) {
                return new MatchNoDocsQuery("no searchable words");
            }
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (ParsedQuery.Clause clause : parsed.excluded()) {
            Query verbatim = verbatim(clause.text(), target != Target.PASSAGES);
            if (verbatim != null) {
                root.add(verbatim, Occur.MUST_NOT);
            }
        }
        for (Map.Entry<String, List<String>> filter : parsed.filters().entrySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String value : filter.getValue()) {
                any.add(new TermQuery(new Term(filter.getKey(), value)), Occur.SHOULD);
            }
            root.add(any.build(), Occur.FILTER);
        }
        return root.build();
    }

    /** The terms to mark in snippets: words and verbatim phrases, not the loose safety net. */
    Query highlight(ParsedQuery parsed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            for (ParsedQuery.Clause clause : group) {
                if (clause.titleOnly()) {
                    continue;
                }
                Query phrase = ngrams.createPhraseQuery(Fields.BODY_NGRAM, clause.text());
                if (phrase != null) {
                    b.add(phrase, Occur.SHOULD);
                }
                if (!clause.phrase()) {
                    Query w = words.createBooleanQuery(Fields.BODY, clause.text(), Occur.SHOULD);
                    if (w != null) {
                        b.add(w, Occur.SHOULD);
                    }
                }
            }
        }
        return b.build();
    }

    private Query clause(ParsedQuery.Clause clause, Target target) {
        boolean titles = target == Target.DOCUMENTS;
        if (clause.titleOnly() && !titles) {
            return null;
        }
        String text = clause.text();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (clause.phrase()) {
            Query verbatim = clause.titleOnly()
                    ? ngrams.createPhraseQuery(Fields.TITLE_NGRAM, text)
                    : verbatim(text, titles);
            if (verbatim == null) {
                return null;
            }
            b.add(verbatim, Occur.MUST);
            addBoosted(b, words.createPhraseQuery(Fields.TITLE, text), TITLE_BOOST, titles);
            if (!clause.titleOnly()) {
                addBoosted(b, words.createPhraseQuery(Fields.BODY, text), 1f, true);
            }
            return b.build();
        }
        int should = 0;
        should += addBoosted(b, words.createBooleanQuery(Fields.TITLE, text, Occur.SHOULD), TITLE_BOOST, titles);
        should += addBoosted(b, safetyNet(Fields.TITLE_NGRAM, text), SAFETY_NET * TITLE_BOOST, titles);
        if (PINYIN.matcher(text).matches()) {
            should += addBoosted(b, pinyin.createBooleanQuery(Fields.TITLE_PINYIN, text, Occur.MUST), PINYIN_BOOST,
                    titles);
        }
        if (!clause.titleOnly()) {
            should += addBoosted(b, words.createBooleanQuery(Fields.BODY, text, Occur.SHOULD), 1f, true);
            should += addBoosted(b, ngrams.createPhraseQuery(Fields.BODY_NGRAM, text), EXACT_BONUS, true);
            should += addBoosted(b, safetyNet(Fields.BODY_NGRAM, text), SAFETY_NET, true);
        }
        return should == 0 ? null : b.build();
    }

    /** The text verbatim, in the body or (for documents) the title. */
    private Query verbatim(String text, boolean titles) {
        Query body = ngrams.createPhraseQuery(Fields.BODY_NGRAM, text);
        Query title = titles ? ngrams.createPhraseQuery(Fields.TITLE_NGRAM, text) : null;
        if (body == null) {
            return title;
        }
        if (title == null) {
            return body;
        }
        return new BooleanQuery.Builder().add(body, Occur.SHOULD).add(title, Occur.SHOULD).build();
    }

    /** Most of the n-grams of the text, in any order: finds words HanLP segments differently. */
    private Query safetyNet(String field, String text) {
        return ngrams.createMinShouldMatchQuery(field, text, SAFETY_NET_MIN_SHOULD);
    }

    private static int addBoosted(BooleanQuery.Builder b, Query q, float boost, boolean enabled) {
        if (q == null || !enabled) {
            return 0;
        }
        b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }
}
