package org.studykb.rectify;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.ScratchIndex;

/**
 * Search over the measures, outcomes and rules (and the problems' own wordings), in memory, with
 * our analyzers: words with synonyms plus the n-gram safety net, as the main search does. A score
 * is BM25 divided by the score the query text gets against itself, so 1 means "says the same" and
 * scores of different problems can be compared with one threshold.
 */
final class LinkSearch implements AutoCloseable {
    static final float NGRAM_BOOST = 0.2f;
    static final int HITS = 30;
    private static final String KIND = "k";
    private static final String KEY = "key";
    private static final String CAMPAIGN = "campaign";
    private static final String DAY = "day";
    private static final String UNDATED = "undated";
    private static final String TARGET = "target";
    private static final String PROBLEM = "problem";
    private static final String QUERY = "query";
    /** A sentence that joined a problem: searched with, never found as the problem a plan states. */
    private static final String SENTENCE = "sentence";
    private static final String SELF = "self";

    private final ScratchIndex index;
    private final IndexSearcher searcher;
    private final QueryBuilder words;
    private final QueryBuilder ngrams;

    /** A hit and its normalised score. */
    record Hit(String key, double score) {
    }

    LinkSearch(IndexAnalyzers analyzers, List<Target> targets, List<Cluster> clusters, List<String> statements)
            throws IOException {
        List<Document> records = new ArrayList<>();
        for (Target t : targets) {
            Document d = doc(TARGET, t.key(), t.searchText(), t.campaign(), t.date());
            d.add(new StringField(SELF, t.searchText(), Field.Store.NO));
            records.add(d);
        }
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            for (String wording : c.wordings(Integer.MAX_VALUE)) {
                String kind = c.isSentence(wording) ? SENTENCE : PROBLEM;
                Document d = doc(kind, Integer.toString(i), wording, c.campaign(), c.firstRaised());
                d.add(new StringField(SELF, wording, Field.Store.NO));
                records.add(d);
            }
        }
        for (String s : statements) {
            Document d = doc(QUERY, s, s, "", Optional.empty());
            d.add(new StringField(SELF, s, Field.Store.NO));
            records.add(d);
        }
        index = ScratchIndex.inMemory(analyzers.indexing(), records);
        searcher = index.searcher();
        words = new QueryBuilder(analyzers.words());
        ngrams = new QueryBuilder(analyzers.ngrams());
    }

    private static Document doc(String kind, String key, String text, String campaign, Optional<LocalDate> date) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.NO));
        d.add(new StringField(KEY, key, Field.Store.YES));
        d.add(new StringField(CAMPAIGN, campaign, Field.Store.NO));
        if (date.isPresent()) {
            d.add(new LongPoint(DAY, date.get().toEpochDay()));
        } else {
            d.add(new StringField(UNDATED, "1", Field.Store.NO));
        }
        d.add(new TextField(Fields.BODY, text, Field.Store.NO));
        d.add(new TextField(Fields.BODY_NGRAM, text, Field.Store.NO));
        return d;
    }

    /**
     * Measures, outcomes and rules for a problem wording, in its campaign (or in none: a ledger whose campaign
     * the indexer could not tell) and not before {@code from} (or undated).
     */
    List<Hit> targets(String wording, String campaign, Optional<LocalDate> from) throws IOException {
        return search(wording, TARGET, campaign, from, true);
    }

    /** The problems (by cluster index) a plan's or ledger's stated problem matches, raised by {@code until}. */
    List<Hit> problems(String statement, String campaign, Optional<LocalDate> until) throws IOException {
        return search(statement, PROBLEM, campaign, until, false);
    }

    private List<Hit> search(String text, String kind, String campaign, Optional<LocalDate> day, boolean after)
            throws IOException {
        Query match = match(text);
        if (match == null) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(match, Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        if (!campaign.isEmpty()) {
            q.add(new BooleanQuery.Builder().add(new TermQuery(new Term(CAMPAIGN, campaign)), Occur.SHOULD)
                    .add(new TermQuery(new Term(CAMPAIGN, "")), Occur.SHOULD).build(), Occur.FILTER);
        }
        if (day.isPresent()) {
            long d = day.get().toEpochDay();
            Query range = after ? LongPoint.newRangeQuery(DAY, d, Long.MAX_VALUE)
                    : LongPoint.newRangeQuery(DAY, Long.MIN_VALUE, d);
            q.add(new BooleanQuery.Builder().add(range, Occur.SHOULD)
                    .add(new TermQuery(new Term(UNDATED, "1")), Occur.SHOULD).build(), Occur.FILTER);
        }
        double self = selfScore(text, match);
        List<Hit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q.build(), HITS).scoreDocs) {
            hits.add(new Hit(stored.document(sd.doc).get(KEY), Math.min(1.0, sd.score / self)));
        }
        return hits;
    }

    private Query match(String text) {
        Query w = words.createBooleanQuery(Fields.BODY, text, Occur.SHOULD);
        Query n = ngrams.createBooleanQuery(Fields.BODY_NGRAM, text, Occur.SHOULD);
        if (w == null && n == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (w != null) {
            b.add(w, Occur.SHOULD);
        }
        if (n != null) {
            b.add(new BoostQuery(n, NGRAM_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    /** The score the text gets against itself (each query text is indexed as a wording or a statement). */
    private double selfScore(String text, Query match) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder().add(match, Occur.MUST)
                .add(new TermQuery(new Term(SELF, text)), Occur.FILTER).build();
        ScoreDoc[] top = searcher.search(q, 1).scoreDocs;
        if (top.length > 0 && top[0].score > 0) {
            return top[0].score;
        }
        throw new IllegalStateException("查询文本未编入链接索引：" + text);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
