package org.studykb.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Suggests a homophone for query words that occur nowhere in the index: 科学发展关 → 科学发展观.
 * Chinese typing is by pinyin, so the common typo is a word that sounds the same.
 */
final class DidYouMean {
    private final BuildQuery queries;
    private final PinyinTerms spellings;

    DidYouMean(BuildQuery queries, PinyinTerms spellings) {
        this.queries = queries;
        this.spellings = spellings;
    }

    /** The corrected query in our syntax, or empty when every word is found as typed. */
    String suggest(IndexSearcher searcher, ParsedQuery parsed) throws IOException {
        String corrected = parsed.interpreted();
        boolean changed = false;
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            for (ParsedQuery.Clause clause : group) {
                String text = queries.withoutQuestionWords(clause.text());
                if (occurs(searcher, text)) {
                    continue;
                }
                Optional<PinyinTerms.Word> homophone = spellings.homophoneOf(text);
                if (homophone.isPresent()) {
                    corrected = corrected.replace(text, homophone.get().text());
                    changed = true;
                }
            }
        }
        return changed ? corrected : "";
    }

    private boolean occurs(IndexSearcher searcher, String text) throws IOException {
        Query verbatim = queries.verbatimOf(text);
        return verbatim == null || searcher.count(verbatim) > 0;
    }
}
