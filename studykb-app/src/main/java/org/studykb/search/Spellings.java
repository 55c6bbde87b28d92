package org.studykb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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
    /** The words by their full pinyin, in pinyin order; each key's words most records first. */
    private final NavigableMap<String, List<PinyinTerms.Word>> byPinyin;

    private Spellings(PinyinTerms terms) {
        this(terms, new TreeMap<>());
    }

    private Spellings(PinyinTerms terms, NavigableMap<String, List<PinyinTerms.Word>> byPinyin) {
        this.terms = terms;
        this.byPinyin = byPinyin;
    }

    /** The longest word kept, in characters: longer ones are neither suggested nor spelled. */
    public static final int MAX_WORD = 100;

    /**
     * Whether a word of the index is read here: two to {@link #MAX_WORD} ideographs. Pinyin queries and did-you-mean
     * use those of two to eight ({@link PinyinTerms#spelled}), suggestions all of them.
     */
    public static boolean kept(String word) {
        return word.length() >= PinyinTerms.MIN_WORD && word.length() <= MAX_WORD
                && word.codePoints().allMatch(Character::isIdeographic);
    }

    /** The spellings of these words (those {@link #kept}), each with the number of records that hold it. */
    public static Spellings of(Map<String, Integer> words) {
        PinyinTerms.Builder b = new PinyinTerms.Builder();
        NavigableMap<String, List<PinyinTerms.Word>> byPinyin = new TreeMap<>();
        words.forEach((word, records) -> {
            if (kept(word)) {
                Pinyins.Spelling spelling = Pinyins.of(word);
                if (PinyinTerms.spelled(word)) {
                    b.add(word, records, spelling);
                }
                byPinyin.computeIfAbsent(spelling.full(), k -> new ArrayList<>(1))
                        .add(new PinyinTerms.Word(word, records));
            }
        });
        return new Spellings(b.done(), byPinyin);
    }

    /**
     * Up to {@code max} words whose full pinyin starts with {@code letters} ({@code kexue → 科学发展观}), most records
     * first, ties in pinyin order: what a person typing pinyin may be after, for suggestions.
     */
    public List<String> spelledFrom(String letters, int max) {
        if (letters.isEmpty() || max <= 0) {
            return List.of();
        }
        List<PinyinTerms.Word> found = new ArrayList<>();
        byPinyin.subMap(letters, true, letters + Character.MAX_VALUE, false).values().forEach(found::addAll);
        return found.stream().sorted(Comparator.comparingInt(PinyinTerms.Word::docFreq).reversed())
                .limit(max).map(PinyinTerms.Word::text).toList();
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
