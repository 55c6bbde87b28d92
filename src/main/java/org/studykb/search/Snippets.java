package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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

    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher, IndexAnalyzers analyzers) {
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzers.indexing())
                .withFormatter(new MarkFormatter())
                .withMaskedFieldsFunc(field -> Fields.BODY.equals(field) ? Set.of(Fields.BODY_NGRAM) : Set.of())
                .withMaxLength(MAX_LENGTH)
                .withHighlightPhrasesStrictly(true)
                .build();
    }

    /** For each doc of {@code docs} (in order), up to {@code max} HTML snippets. */
    List<List<String>> of(Query query, ScoreDoc[] docs, int max) throws IOException {
        List<List<String>> out = new ArrayList<>(docs.length);
        if (docs.length == 0) {
            return out;
        }
        int[] ids = Arrays.stream(docs).mapToInt(sd -> sd.doc).toArray();
        int[] maxPassages = {max};
        String[] formatted = highlighter.highlightFields(new String[] {Fields.BODY}, query, ids, maxPassages)
                .get(Fields.BODY);
        for (String f : formatted) {
            out.add(f == null || f.isEmpty() ? List.of()
                    : List.of(f.split(String.valueOf(MarkFormatter.SEPARATOR))));
        }
        return out;
    }

    /** For each doc (in order) its whole body text, escaped, with the query's words marked; null without text. */
    static List<String> whole(IndexSearcher searcher, IndexAnalyzers analyzers, Query query, int[] docs)
            throws IOException {
        UnifiedHighlighter whole = UnifiedHighlighter.builder(searcher, analyzers.indexing())
                .withFormatter(new MarkFormatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaskedFieldsFunc(field -> Fields.BODY.equals(field) ? Set.of(Fields.BODY_NGRAM) : Set.of())
                .withMaxLength(MAX_LENGTH)
                .withHighlightPhrasesStrictly(true)
                .build();
        String[] formatted = whole.highlightFields(new String[] {Fields.BODY}, query, docs, new int[] {1})
                .get(Fields.BODY);
        return Arrays.asList(formatted);
    }
}
