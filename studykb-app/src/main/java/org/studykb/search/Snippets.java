package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;

/**
 * Best passages of the body text with the matched words marked. The n-gram field is masked onto
 * the body (same text), so words the segmenter cut differently are marked too; offsets come from
 * the postings and always point into the stored original text.
 */
final class Snippets {
    static final int MAX_LENGTH = 200_000;
    /**
     * How much of a document's body is highlighted for its snippets: only documents with no matching passage
     * (matched by their title, say) are, so their snippet is usually the start of the text.
     */
    static final int BODY_LENGTH = 20_000;

    private final IndexSearcher searcher;
    private final IndexAnalyzers analyzers;
    private UnifiedHighlighter bodies;
    private SentenceHighlighter sentences;

    Snippets(IndexSearcher searcher, IndexAnalyzers analyzers) {
        this.searcher = searcher;
        this.analyzers = analyzers;
    }

    /** A sentence of a record's body, escaped, with the matched words marked. */
    record Marked(String html, int start, float score, boolean matched) {
    }

    /**
     * For each doc of {@code docs} (in order), up to {@code max} HTML snippets of the first {@link #BODY_LENGTH}
     * characters of its body.
     */
    List<List<String>> of(Query query, ScoreDoc[] docs, int max) throws IOException {
        List<List<String>> out = new ArrayList<>(docs.length);
        if (docs.length == 0) {
            return out;
        }
        if (bodies == null) {
            bodies = builder(searcher, analyzers, new MarkFormatter(), BODY_LENGTH).build();
        }
        int[] ids = Arrays.stream(docs).mapToInt(sd -> sd.doc).toArray();
        String[] formatted = bodies.highlightFields(new String[] {Fields.BODY}, query, ids, new int[] {max})
                .get(Fields.BODY);
        for (String f : formatted) {
            out.add(f == null || f.isEmpty() ? List.of()
                    : List.of(f.split(String.valueOf(MarkFormatter.SEPARATOR))));
        }
        return out;
    }

    /**
     * For each doc of {@code docs} (in order), its best {@code max} sentences in text order, with their scores;
     * where none matches, the first sentences, unmatched.
     */
    List<List<Marked>> marked(Query query, int[] docs, int max) throws IOException {
        List<List<Marked>> out = new ArrayList<>(docs.length);
        if (docs.length == 0) {
            return out;
        }
        if (sentences == null) {
            sentences = new SentenceHighlighter(builder(searcher, analyzers, new MarkedSentences(), MAX_LENGTH));
        }
        Object[] formatted = sentences.marked(query, docs, max);
        for (Object f : formatted) {
            @SuppressWarnings("unchecked")
            List<Marked> marked = f == null ? List.of() : (List<Marked>) f;
            out.add(marked);
        }
        return out;
    }

    /** The body highlighter's settings: the n-gram field masked onto the body, phrases marked only where whole. */
    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, IndexAnalyzers analyzers,
                                                      PassageFormatter formatter, int maxLength) {
        return UnifiedHighlighter.builder(searcher, analyzers.indexing())
                .withFormatter(formatter)
                .withMaskedFieldsFunc(field -> Fields.BODY.equals(field)
                        ? Set.of(Fields.BODY_NGRAM, Fields.BODY_SYLLABLES) : Set.of())
                .withMaxLength(maxLength)
                .withHighlightPhrasesStrictly(true);
    }

    /** Hands out what {@link MarkedSentences} made of each document, rather than strings. */
    private static final class SentenceHighlighter extends UnifiedHighlighter {
        SentenceHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] marked(Query query, int[] docs, int max) throws IOException {
            return highlightFieldsAsObjects(new String[] {Fields.BODY}, query, docs, new int[] {max})
                    .get(Fields.BODY);
        }
    }

    /** Each passage the highlighter chose as a {@link Marked}, formatted as {@link MarkFormatter} does. */
    private static final class MarkedSentences extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Marked> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                out.add(new Marked(MarkFormatter.format(p, content), p.getStartOffset(), p.getScore(),
                        p.getNumMatches() > 0));
            }
            return out;
        }
    }

    /**
     * For each doc (in order) the first {@code maxLength} characters of its body text, escaped, with the query's
     * words marked; null without text.
     */
    static List<String> whole(IndexSearcher searcher, IndexAnalyzers analyzers, Query query, int[] docs,
                              int maxLength) throws IOException {
        UnifiedHighlighter whole = builder(searcher, analyzers, new MarkFormatter(), maxLength)
                .withBreakIterator(WholeBreakIterator::new)
                .build();
        String[] formatted = whole.highlightFields(new String[] {Fields.BODY}, query, docs, new int[] {1})
                .get(Fields.BODY);
        return Arrays.asList(formatted);
    }
}
