package org.studykb.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Toneless pinyin of a word through HanLP (word-level, so 银行 is yinhang and 行动 xingdong), joined
 * without separators: 科学发展观 → kexuefazhanguan, initials kxfzg. Characters without pinyin
 * (letters, digits, rare ideographs) are kept as they are; ü is written v, as people type it.
 */
public final class Pinyins {
    /** Every toneless syllable HanLP knows (ba, zhuang, lv …). */
    static final Set<String> SYLLABLES = syllables();
    /** The syllables a run of typed letters is cut into: those with a vowel. */
    private static final Set<String> SPELLED = Set.copyOf(SYLLABLES.stream()
            .filter(s -> s.chars().anyMatch(c -> "aeiouv".indexOf(c) >= 0)).toList());
    private static final int LONGEST_SYLLABLE = 6;
    private static final java.util.Map<Character, List<String>> BY_INITIAL = SYLLABLES.stream().sorted()
            .collect(java.util.stream.Collectors.groupingBy(s -> s.charAt(0), java.util.stream.Collectors.toList()));

    private Pinyins() {}

    /** Full pinyin and initials of {@code word}. */
    public record Spelling(String full, String initials) {}

    public static Spelling of(String word) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        String[] syllables = syllablesOf(word);
        for (int i = 0; i < word.length(); i++) {
            if (syllables[i] == null) {
                full.append(word.charAt(i)); // drg付费 → drgfufei, initials drgff
                initials.append(word.charAt(i));
            } else {
                full.append(syllables[i]);
                initials.append(syllables[i].charAt(0));
            }
        }
        return new Spelling(full.toString(), initials.toString());
    }

    /**
     * The toneless syllable of each char of {@code word}, read as one word (行 of 银行 is hang); null where a char
     * has none (letters, digits, rare ideographs).
     */
    static String[] syllablesOf(String word) {
        List<Pinyin> pinyins = HanLP.convertToPinyinList(word);
        String[] out = new String[word.length()];
        for (int i = 0; i < out.length; i++) {
            Pinyin p = i < pinyins.size() ? pinyins.get(i) : Pinyin.none5;
            String syllable = p.getPinyinWithoutTone();
            if (p != Pinyin.none5 && !"none".equals(syllable)) {
                out[i] = syllable.indexOf('ü') >= 0 ? syllable.replace('ü', 'v') : syllable;
            }
        }
        return out;
    }

    /**
     * The ways to read typed letters as a run of syllables, longest syllables first, at most {@code max}
     * ({@code fangan} → fang an, fan gan). A space or an apostrophe the person typed is a syllable boundary;
     * the vowelless interjections (n, ng, hm) are never taken, so min stays min and not mi n.
     */
    public static List<List<String>> segmentations(String typed, int max) {
        List<List<String>> out = new ArrayList<>();
        String letters = typed.toLowerCase(java.util.Locale.ROOT).strip();
        if (!letters.isEmpty() && letters.chars().allMatch(c -> c == ' ' || c == '\'' || (c >= 'a' && c <= 'z'))) {
            segment(letters, 0, completable(letters), new ArrayList<>(), out, max);
        }
        return out;
    }

    /** {@code ok[i]}: the letters from i on can be cut into syllables, so the search never walks into a dead end. */
    private static boolean[] completable(String letters) {
        int n = letters.length();
        boolean[] ok = new boolean[n + 1];
        ok[n] = true;
        for (int i = n - 1; i >= 0; i--) {
            char c = letters.charAt(i);
            if (c == ' ' || c == '\'') {
                ok[i] = ok[i + 1];
                continue;
            }
            for (int end = i + 1; end <= Math.min(n, i + LONGEST_SYLLABLE) && !ok[i]; end++) {
                ok[i] = ok[end] && SPELLED.contains(letters.substring(i, end));
            }
        }
        return ok;
    }

    private static void segment(String letters, int from, boolean[] ok, List<String> path, List<List<String>> out,
                                int max) {
        if (!ok[from]) {
            return;
        }
        while (from < letters.length() && (letters.charAt(from) == ' ' || letters.charAt(from) == '\'')) {
            from++;
        }
        if (from == letters.length()) {
            if (!path.isEmpty()) {
                out.add(List.copyOf(path));
            }
            return;
        }
        for (int end = Math.min(letters.length(), from + LONGEST_SYLLABLE); end > from && out.size() < max; end--) {
            String s = letters.substring(from, end);
            if (ok[end] && SPELLED.contains(s)) {
                path.add(s);
                segment(letters, end, ok, path, out, max);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The syllables that begin with {@code initial}, as an initial typed for a character stands for (m → ma … mu). */
    public static List<String> syllablesStartingWith(char initial) {
        return BY_INITIAL.getOrDefault(initial, List.of());
    }

    /** True when every letter can begin a syllable (not i, u, v): the letters may be initials (mzshh). */
    public static boolean mayBeInitials(String letters) {
        return !letters.isEmpty() && letters.chars().allMatch(c -> c >= 'a' && c <= 'z' && c != 'i' && c != 'u'
                && c != 'v');
    }

    static boolean hasPinyin(String word) {
        return word.codePoints().anyMatch(Character::isIdeographic);
    }

    private static Set<String> syllables() {
        Set<String> out = new HashSet<>();
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!"none".equals(s)) {
                out.add(s.replace('ü', 'v'));
            }
        }
        return Set.copyOf(out);
    }
}
