package org.studykb.search;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.studykb.analysis.Pinyins;
import org.studykb.index.Fields;

/**
 * A phrase typed in pinyin, as a phrase over the characters' syllables ({@link Fields#BODY_SYLLABLES}): full pinyin,
 * spaced or not ({@code minzhushenghuohui}, {@code minzhu shenghuo hui}), is cut into syllables every way it reads;
 * letters that cannot be read so but may all be initials ({@code mzshh}) are a phrase whose every position takes the
 * syllables of its letter. So a phrase of several words is found, where {@link PinyinTerms} knows single words only.
 */
final class PinyinPhrase {
    /** At most this many readings of the letters are searched. */
    static final int MAX_READINGS = 8;
    /** Fewer initials than this match nearly any text. */
    static final int MIN_INITIALS = 3;
    /** A single syllable is one character, not a phrase: words and titles answer it. */
    static final int MIN_SYLLABLES = 2;

    private PinyinPhrase() {
    }

    /**
     * The phrase query of the typed letters over the body's syllables and, when {@code titles}, the title's
     * (boosted by {@code titleBoost}); null when the letters are neither two syllables or more nor initials.
     */
    static Query of(String typed, boolean titles, float titleBoost) {
        List<List<String>> readings = readings(typed);
        if (readings.isEmpty()) {
            return null;
        }
        boolean initials = asInitials(typed);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<String> reading : readings) {
            b.add(phrase(Fields.BODY_SYLLABLES, reading, initials), Occur.SHOULD);
            if (titles) {
                b.add(new BoostQuery(phrase(Fields.TITLE_SYLLABLES, reading, initials), titleBoost), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * The syllable sequences the letters may stand for: their readings as full pinyin or, when they have none,
     * as initials (one letter a character).
     */
    static List<List<String>> readings(String typed) {
        if (asInitials(typed)) {
            String letters = letters(typed);
            return letters.length() < MIN_INITIALS || !Pinyins.mayBeInitials(letters) ? List.of()
                    : List.of(letters.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        }
        return Pinyins.segmentations(typed, MAX_READINGS).stream().filter(s -> s.size() >= MIN_SYLLABLES).toList();
    }

    private static boolean asInitials(String typed) {
        return Pinyins.segmentations(typed, 1).isEmpty();
    }

    private static String letters(String typed) {
        return typed.replace(" ", "").replace("'", "").toLowerCase(Locale.ROOT);
    }

    /** A phrase of syllables or, for initials, of every syllable each letter begins (m → ma … mu). */
    private static Query phrase(String field, List<String> syllables, boolean initials) {
        if (!initials) {
            PhraseQuery.Builder p = new PhraseQuery.Builder();
            for (String s : syllables) {
                p.add(new Term(field, s));
            }
            return p.build();
        }
        MultiPhraseQuery.Builder p = new MultiPhraseQuery.Builder();
        for (String letter : syllables) {
            p.add(Pinyins.syllablesStartingWith(letter.charAt(0)).stream().map(s -> new Term(field, s))
                    .toArray(Term[]::new));
        }
        return p.build();
    }
}
