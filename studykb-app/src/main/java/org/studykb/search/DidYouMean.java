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
 * Chinese typing is by pinyin, so the common typo is a word that sounds the same. Where a word is found is asked of
 * the backend ({@link RankingQueries.Found}): the embedded index counts in its searcher ({@link #in}), a cluster asks its nodes.
 */
final class DidYouMean {
    private final BuildQuery queries;
    private final PinyinTerms spellings;
    private final boolean seesAll;
    private final RankingQueries.Found found;

    /** Only words of records the viewer may see count as found; homophones come from {@code spellings}. */
    DidYouMean(BuildQuery queries, PinyinTerms spellings, boolean seesAll, RankingQueries.Found found) {
        this.queries = queries;
        this.spellings = spellings;
        this.seesAll = seesAll;
        this.found = found;
    }

    /** Over the embedded index: only words of documents the {@code viewer} may see are offered and count as found. */
    static DidYouMean in(IndexSearcher searcher, BuildQuery queries, PinyinTerms spellings, Viewer viewer) {
        return new DidYouMean(queries, spellings, viewer.seesAll(), text -> occurs(searcher, queries, viewer, text));
    }

    /** The corrected query in our syntax, or empty when every word is found as typed. */
    String suggest(ParsedQuery parsed) throws IOException {
        String corrected = parsed.interpreted();
        boolean changed = false;
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            for (ParsedQuery.Clause clause : group) {
                String text = queries.withoutQuestionWords(clause.text());
                List<PinyinTerms.Word> homophones = spellings.homophonesOf(text);
                if (homophones.isEmpty() || found.anywhere(text)) {
                    continue;
                }
                Optional<PinyinTerms.Word> homophone = seen(homophones);
                if (homophone.isPresent()) {
                    corrected = corrected.replace(text, homophone.get().text());
                    changed = true;
                }
            }
        }
        return changed ? corrected : "";
    }

    /** Whether the text is in a record the viewer may see: stops at the first one found. */
    private static boolean occurs(IndexSearcher searcher, BuildQuery queries, Viewer viewer, String text)
            throws IOException {
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
    private Optional<PinyinTerms.Word> seen(List<PinyinTerms.Word> homophones) throws IOException {
        for (PinyinTerms.Word w : homophones) {
            if (seesAll || found.anywhere(w.text())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
