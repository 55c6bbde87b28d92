package org.studykb.analysis;

import com.hankcs.hanlp.corpus.tag.Nature;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Index-time decomposition of one segmented word (科学发展观) into a token graph: the finest
 * pieces (科学 / 发展 / 观) form the main position path, and every longer dictionary word inside it
 * (发展观, and the word itself) is stacked at its first piece with a position length spanning its
 * pieces. Only words whose edges fall on piece edges are used (longest first; a word that would
 * cross a chosen one is dropped), so positions and offsets stay consistent: all tokens leaving a
 * position start at the same offset, all tokens arriving at one end at the same offset.
 *
 * <p>Person names, numerals and time words keep their dictionary sub-words out ({@link
 * #decomposable}). Letters or digits next to ideographs always start a new piece (11月 → 11 / 月, his系统 → his
 * / 系统), and a run of letters or digits is never cut.
 */
final class WordGraph {
    /** Words longer than this are not searched for sub-words (long Latin or digit runs). */
    static final int MAX_LOOKUP_LENGTH = 16;

    private WordGraph() {}

    /**
     * Appends the tokens for {@code buf[start, end)} (already trimmed to word characters) to
     * {@code out}; the first gets position increment 1.
     */
    static void split(char[] buf, int start, int end, String type, Dictionaries dicts, List<Span> out) {
        int n = end - start;
        BitSet cuts = new BitSet(n + 1);
        cuts.set(0);
        cuts.set(n);
        scriptCuts(buf, start, end, cuts);
        List<int[]> words = decomposable(type) ? chosenWords(buf, start, end, dicts) : new ArrayList<>();
        for (int[] w : words) {
            cuts.set(w[0]);
            cuts.set(w[1]);
        }
        int[] bounds = cuts.stream().toArray();
        if (bounds.length == 2) {
            out.add(new Span(start, end, 1, 1, type));
            return;
        }
        // rank[k]: how many emitted pieces lie before bounds[k]
        int[] rank = new int[bounds.length];
        boolean[] emitted = new boolean[bounds.length - 1];
        for (int k = 0; k < emitted.length; k++) {
            emitted[k] = Chars.hasWordChar(buf, start + bounds[k], start + bounds[k + 1]);
            rank[k + 1] = rank[k] + (emitted[k] ? 1 : 0);
        }
        words.add(new int[] {0, n});
        words.sort(Comparator.<int[]>comparingInt(w -> w[0]).thenComparingInt(w -> w[1]));
        int w = 0;
        for (int k = 0; k < emitted.length; k++) {
            if (emitted[k]) {
                int s = start + bounds[k];
                int e = start + bounds[k + 1];
                out.add(new Span(s, e, 1, 1, pieceType(buf, s, e, type, dicts)));
            }
            for (; w < words.size() && words.get(w)[0] == bounds[k]; w++) {
                int[] word = words.get(w);
                int posLen = rank[indexOf(bounds, word[1])] - rank[k];
                if (posLen >= 2 && emitted[k]) {
                    String wordType = word[1] - word[0] == n ? type : pieceType(buf, start + word[0], start + word[1], type, dicts);
                    out.add(new Span(start + word[0], start + word[1], 0, posLen, wordType));
                }
            }
        }
    }

    /**
     * Person names, numerals and time words are not searched for sub-words: 张伟强 has no 伟强 and
     * 十八大 no 八大. Letters and digits are still cut from ideographs (11月 → 11 / 月).
     */
    static boolean decomposable(String type) {
        return !(type.startsWith("nr") || type.startsWith("m") || type.equals("t"));
    }

    /** Cuts between a letter/digit and an ideograph, never inside a surrogate pair. */
    private static void scriptCuts(char[] buf, int start, int end, BitSet cuts) {
        int prevClass = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(buf, i, end);
            int cls = Chars.isCjk(cp) ? 2 : Chars.isAlnum(cp) ? 1 : 0;
            if (cls != 0 && prevClass != 0 && cls != prevClass) {
                cuts.set(i - start);
            }
            prevClass = cls;
            i += Character.charCount(cp);
        }
    }

    /** Dictionary words strictly inside the word, longest first, none crossing another. */
    private static List<int[]> chosenWords(char[] buf, int start, int end, Dictionaries dicts) {
        int n = end - start;
        List<int[]> candidates = new ArrayList<>();
        if (n < 3 || n > MAX_LOOKUP_LENGTH) {
            return candidates;
        }
        for (int i = 0; i < n; i++) {
            if (!canCut(buf, start, end, i)) {
                continue;
            }
            for (int j = i + 2; j <= n; j++) {
                if (j - i < n && canCut(buf, start, end, j) && dicts.isWord(new String(buf, start + i, j - i))) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(w -> w[0] - w[1]).thenComparingInt(w -> w[0]));
        List<int[]> chosen = new ArrayList<>();
        for (int[] c : candidates) {
            if (chosen.stream().noneMatch(o -> crosses(c, o))) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static boolean crosses(int[] a, int[] b) {
        boolean disjoint = a[1] <= b[0] || b[1] <= a[0];
        boolean nested = (a[0] >= b[0] && a[1] <= b[1]) || (b[0] >= a[0] && b[1] <= a[1]);
        return !disjoint && !nested;
    }

    /** A piece may start at {@code i}: not inside a surrogate pair nor a letter/digit run. */
    private static boolean canCut(char[] buf, int start, int end, int i) {
        int at = start + i;
        if (at == start || at == end) {
            return true;
        }
        if (Character.isLowSurrogate(buf[at]) && Character.isHighSurrogate(buf[at - 1])) {
            return false;
        }
        int before = Character.codePointBefore(buf, at, start);
        int after = Character.codePointAt(buf, at, end);
        return !(Chars.isAlnum(before) && Chars.isAlnum(after));
    }

    private static String pieceType(char[] buf, int s, int e, String fallback, Dictionaries dicts) {
        Nature nature = dicts.natureOf(new String(buf, s, e - s));
        if (nature != null) {
            return nature.toString();
        }
        int cp = Character.codePointAt(buf, s, e);
        if (Character.isDigit(cp)) {
            return "m";
        }
        return Chars.isAlnum(cp) ? "nx" : fallback;
    }

    private static int indexOf(int[] sorted, int value) {
        return java.util.Arrays.binarySearch(sorted, value);
    }
}
