package org.studykb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.studykb.analysis.Pinyins;

/**
 * The words of a whole collection by their pinyin, for a backend whose index is split into parts (SolrCloud shards).
 * Each part alone knows only its own words and counts, so a pinyin query would find other words on each shard and a
 * homophone typo another correction. The client reads the collection's words once per version, with their record
 * counts ({@link #of}); for each request {@link RankingQueries#spellingsFor} gives the spellings its query needs,
 * which every node then uses in place of its own, and {@link RankingQueries#didYouMean} takes homophones from them.
 */
public final class Spellings {
    /** No words: pinyin finds nothing, no homophone is offered. */
    public static final Spellings NONE = new Spellings(PinyinTerms.NONE);

    private final PinyinTerms terms;

    private Spellings(PinyinTerms terms) {
        this.terms = terms;
    }

    /** Whether a word of the index is spelled in pinyin here (two to eight ideographs): only those need reading. */
    public static boolean spelled(String word) {
        return PinyinTerms.spelled(word);
    }

    /** The spellings of these words (those {@link #spelled}), each with the number of records that hold it. */
    public static Spellings of(Map<String, Integer> words) {
        PinyinTerms.Builder b = new PinyinTerms.Builder();
        words.forEach((word, records) -> {
            if (spelled(word)) {
                b.add(word, records, Pinyins.of(word));
            }
        });
        return new Spellings(b.done());
    }

    PinyinTerms terms() {
        return terms;
    }

    /**
     * What a query's spellings answered, as one request parameter: {@code letters=word:records,word:records;…}
     * (letters are a-z, words ideographs, so none of the separators occurs in them); an empty answer is kept, so the
     * node answers it the same.
     */
    static String encode(Map<String, List<PinyinTerms.Word>> noted) {
        StringBuilder out = new StringBuilder();
        noted.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(e.getKey()).append('=');
            List<String> words = new ArrayList<>();
            e.getValue().forEach(w -> words.add(w.text() + ":" + w.docFreq()));
            out.append(String.join(",", words));
        });
        return out.toString();
    }

    /** The spellings {@link #encode} wrote: answering as noted, nothing else. */
    static PinyinTerms decode(String param) {
        Map<String, List<PinyinTerms.Word>> noted = new HashMap<>();
        for (String entry : param.split(";")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            List<PinyinTerms.Word> words = new ArrayList<>();
            for (String w : entry.substring(eq + 1).split(",")) {
                int colon = w.lastIndexOf(':');
                String records = colon > 0 ? w.substring(colon + 1) : "";
                if (!records.isEmpty() && records.chars().allMatch(c -> c >= '0' && c <= '9') && records.length() < 10) {
                    words.add(new PinyinTerms.Word(w.substring(0, colon), Integer.parseInt(records)));
                }
            }
            noted.put(entry.substring(0, eq), List.copyOf(words));
        }
        return PinyinTerms.answering(noted);
    }
}
