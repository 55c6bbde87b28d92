package org.studykb.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.studykb.analysis.Pinyins;
import org.studykb.index.Fields;

/**
 * The words of the index, read in one pass over the term dictionary of the words field per reader generation, and
 * what that pass feeds: the words worth suggesting with how many records each rank of viewer sees them in
 * ({@link WordCounts}, for {@link Suggestions}), the words by their pinyin ({@link PinyinTerms}, for pinyin queries
 * and did-you-mean), and the full pinyin of each word of ideographs, worked out once for both.
 */
final class IndexTerms {
    static final IndexTerms NONE = new IndexTerms(WordCounts.NONE, PinyinTerms.NONE, Map.of());

    private final WordCounts counts;
    private final PinyinTerms spellings;
    private final Map<String, String> pinyin;

    private IndexTerms(WordCounts counts, PinyinTerms spellings, Map<String, String> pinyin) {
        this.counts = counts;
        this.spellings = spellings;
        this.pinyin = pinyin;
    }

    static IndexTerms read(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.BODY);
        if (terms == null) {
            return NONE;
        }
        WordCounts.Counter counter = new WordCounts.Counter(reader);
        PinyinTerms.Builder spellings = new PinyinTerms.Builder();
        Map<String, String> pinyin = new HashMap<>();
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String word = t.utf8ToString();
            boolean suggested = Suggestions.worthSuggesting(word);
            boolean spelled = PinyinTerms.spelled(word);
            if (!suggested && !spelled) {
                continue;
            }
            Pinyins.Spelling spelling = word.length() >= PinyinTerms.MIN_WORD
                    && word.codePoints().allMatch(Character::isIdeographic) ? Pinyins.of(word) : null;
            if (spelled) {
                spellings.add(word, te.docFreq(), spelling);
            }
            if (suggested) {
                counter.add(word, te);
                if (spelling != null) {
                    pinyin.put(word, spelling.full());
                }
            }
        }
        return new IndexTerms(counter.done(), spellings.done(), pinyin);
    }

    /** The words worth suggesting that some live record holds, counted per rank of viewer. */
    WordCounts counts() {
        return counts;
    }

    PinyinTerms spellings() {
        return spellings;
    }

    /** The full pinyin of a counted word of ideographs ({@code 科学发展观 → kexuefazhanguan}); null for others. */
    String pinyinOf(String word) {
        return pinyin.get(word);
    }
}
