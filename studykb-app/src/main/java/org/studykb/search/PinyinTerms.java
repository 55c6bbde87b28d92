package org.studykb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.studykb.analysis.Pinyins;

/**
 * The words of the index by their pinyin, so a query typed in pinyin (chenliming, kxfzg) finds
 * the words it spells, and a homophone typo (科学发展关) gets a did-you-mean. Built in the one pass over the
 * term dictionary of the words field that {@link IndexTerms} makes per reader generation.
 */
final class PinyinTerms {
    static final int MIN_WORD = 2;
    static final int MAX_WORD = 8;
    static final int MAX_CANDIDATES = 3;

    /** A word of the index and in how many records it occurs. */
    record Word(String text, int docFreq) {
    }

    static final PinyinTerms NONE = new PinyinTerms(Map.of(), Map.of());

    private final Map<String, List<Word>> byFull;
    private final Map<String, List<Word>> byInitials;
    /** What {@link #spelledBy} answered, by the typed letters it was asked; null when not noted. */
    private final Map<String, List<Word>> noted;

    private PinyinTerms(Map<String, List<Word>> byFull, Map<String, List<Word>> byInitials) {
        this(byFull, byInitials, null);
    }

    private PinyinTerms(Map<String, List<Word>> byFull, Map<String, List<Word>> byInitials,
                        Map<String, List<Word>> noted) {
        this.byFull = byFull;
        this.byInitials = byInitials;
        this.noted = noted;
    }

    /**
     * The same words, noting each answer of {@link #spelledBy}: building a query with it tells which spellings the
     * query needs ({@link #noted()}), so another searcher can be given exactly those ({@link #answering}).
     */
    PinyinTerms noting() {
        return new PinyinTerms(byFull, byInitials, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** What {@link #spelledBy} answered since {@link #noting()}, by the letters as it keys them. */
    Map<String, List<Word>> noted() {
        return noted == null ? Map.of() : Map.copyOf(noted);
    }

    /** Spellings that answer exactly as noted ({@link #noted()}) and nothing else: no homophones, no initials. */
    static PinyinTerms answering(Map<String, List<Word>> noted) {
        return new PinyinTerms(Map.copyOf(noted), Map.of());
    }

    /** Whether a word of the index is spelled in pinyin here: two to eight ideographs. */
    static boolean spelled(String text) {
        return text.length() >= MIN_WORD && text.length() <= MAX_WORD && allIdeographs(text);
    }

    /** Collects the words as a pass over the term dictionary meets them ({@link IndexTerms}). */
    static final class Builder {
        private final Map<String, List<Word>> full = new HashMap<>();
        private final Map<String, List<Word>> initials = new HashMap<>();

        /** A word that is {@link #spelled}, with its records and its spelling. */
        void add(String text, int docFreq, Pinyins.Spelling spelling) {
            Word word = new Word(text, docFreq);
            full.computeIfAbsent(spelling.full(), k -> new ArrayList<>(1)).add(word);
            if (text.length() >= 3) {
                initials.computeIfAbsent(spelling.initials(), k -> new ArrayList<>(1)).add(word);
            }
        }

        PinyinTerms done() {
            full.values().forEach(PinyinTerms::sortByFrequency);
            initials.values().forEach(PinyinTerms::sortByFrequency);
            return new PinyinTerms(full, initials);
        }
    }

    /** Words whose full pinyin, or (for 3 letters and more) whose initials, are the typed letters. */
    List<Word> spelledBy(String typed) {
        String key = typed.replace(" ", "").replace("'", "").toLowerCase(java.util.Locale.ROOT);
        List<Word> words = byFull.getOrDefault(key, List.of());
        if (words.isEmpty() && key.length() >= 3) {
            words = byInitials.getOrDefault(key, List.of());
        }
        List<Word> answer = List.copyOf(words.subList(0, Math.min(MAX_CANDIDATES, words.size())));
        if (noted != null) {
            noted.put(key, answer);
        }
        return answer;
    }

    /** The other words that sound like {@code text}, most frequent first. */
    List<Word> homophonesOf(String text) {
        if (!spelled(text)) {
            return List.of();
        }
        return byFull.getOrDefault(Pinyins.of(text).full(), List.of()).stream()
                .filter(w -> !w.text().equals(text)).toList();
    }

    private static void sortByFrequency(List<Word> words) {
        words.sort((a, b) -> Integer.compare(b.docFreq(), a.docFreq()));
    }

    private static boolean allIdeographs(String text) {
        return text.codePoints().allMatch(Character::isIdeographic);
    }
}
