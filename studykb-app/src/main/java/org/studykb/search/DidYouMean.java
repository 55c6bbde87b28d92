package org.studykb.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import org.studykb.access.Viewer;

/**
 * Suggests a homophone for query words that occur nowhere in the index: 科学发展关 → 科学发展观.
 * Chinese typing is by pinyin, so the common typo is a word that sounds the same.
 */
final class DidYouMean {
    private final BuildQuery queries;
    private final PinyinTerms spellings;
    private final Viewer viewer;

    /** Only words of documents the {@code viewer} may see are offered, and only their words count as found. */
    DidYouMean(BuildQuery queries, PinyinTerms spellings, Viewer viewer) {
        this.queries = queries;
        this.spellings = spellings;
        this.viewer = viewer;
    }

    /** The corrected query in our syntax, or empty when every word is found as typed. */
    String suggest(IndexSearcher searcher, ParsedQuery parsed) throws IOException {
        String corrected = parsed.interpreted();
        boolean changed = false;
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            for (ParsedQuery.Clause clause : group) {
                String text = queries.withoutQuestionWords(clause.text());
                List<PinyinTerms.Word> homophones = spellings.homophonesOf(text);
                if (homophones.isEmpty() || occurs(searcher, text)) {
                    continue;
                }
                Optional<PinyinTerms.Word> homophone = seen(searcher, homophones);
                if (homophone.isPresent()) {
                    corrected = corrected.replace(text, homophone.get().text());
                    changed = true;
                }
            }
        }
        return changed ? corrected : "";
    }

    /** Whether the text is in a record the viewer may see: stops at the first one found. */
    private boolean occurs(IndexSearcher searcher, String text) throws IOException {
        Query verbatim = queries.verbatimOf(text);
        if (verbatim == null) {
            return true;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(Visibility.restrict(viewer, verbatim)),
                ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The most frequent homophone that occurs in a document the viewer may see. */
    private Optional<PinyinTerms.Word> seen(IndexSearcher searcher, List<PinyinTerms.Word> homophones)
            throws IOException {
        for (PinyinTerms.Word w : homophones) {
            if (viewer.seesAll() || occurs(searcher, w.text())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
