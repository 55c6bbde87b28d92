package org.studykb.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.hankcs.hanlp.algorithm.MaxHeap;
import com.hankcs.hanlp.summary.TextRankKeyword;

/**
 * TextRank over a text's words (关键词排序): the graph, iteration and order of HanLP's {@link TextRankKeyword}
 * (neighbours within a window of the four preceding words, damping 0.85, start at the sigmoid of a word's degree,
 * up to {@link TextRankKeyword#max_iter} rounds until no score moves by more than 0.001, in float), so the keywords
 * are the same; but on arrays of word numbers instead of sorted maps of strings, which made TextRank cost more than
 * segmenting the text.
 */
final class KeywordRank {
    private static final float DAMPING = 0.85f;
    private static final float MIN_DIFF = 0.001f;
    /** A word is linked to this many words before it. */
    private static final int WINDOW = 4;

    private KeywordRank() {}

    /** The {@code size} best-ranked of {@code words} (a text's candidate words in order), best first. */
    static List<String> top(List<String> words, int size) {
        // numbered in string order: HanLP visits words and their neighbours in that order
        String[] vocabulary = new TreeSet<>(words).toArray(String[]::new);
        Map<String, Integer> number = new HashMap<>(2 * vocabulary.length);
        for (int i = 0; i < vocabulary.length; i++) {
            number.put(vocabulary[i], i);
        }
        int[] seq = words.stream().mapToInt(number::get).toArray();
        int[][] neighbours = neighbours(seq, vocabulary.length);
        float[] score = new float[vocabulary.length];
        for (int i = 0; i < score.length; i++) {
            score[i] = (float) (1 / (1 + Math.exp(-(double) neighbours[i].length)));
        }
        float[] next = new float[score.length];
        for (int round = 0; round < TextRankKeyword.max_iter; round++) {
            float maxDiff = 0;
            for (int i = 0; i < score.length; i++) {
                float m = 1 - DAMPING;
                for (int j : neighbours[i]) {
                    m = m + DAMPING / neighbours[j].length * score[j];
                }
                next[i] = m;
                maxDiff = Math.max(maxDiff, Math.abs(m - score[i]));
            }
            float[] t = score;
            score = next;
            next = t;
            if (maxDiff <= MIN_DIFF) {
                break;
            }
        }
        // the same map, filled in the same order, and the same heap as HanLP's, so ties fall the same way
        Map<String, Float> ranks = new HashMap<>();
        for (int i = 0; i < vocabulary.length; i++) {
            ranks.put(vocabulary[i], score[i]);
        }
        MaxHeap<Map.Entry<String, Float>> heap = new MaxHeap<>(size, Map.Entry.comparingByValue());
        heap.addAll(ranks.entrySet());
        List<String> out = new ArrayList<>(size);
        for (Map.Entry<String, Float> e : heap.toList()) {
            out.add(e.getKey());
        }
        return out;
    }

    /** Each word's distinct neighbours, in ascending number: the words at most {@link #WINDOW} before or after it. */
    private static int[][] neighbours(int[] seq, int n) {
        long[] pairs = new long[2 * WINDOW * seq.length];
        int count = 0;
        for (int i = 0; i < seq.length; i++) {
            for (int k = Math.max(0, i - WINDOW); k < i; k++) {
                if (seq[k] != seq[i]) {
                    pairs[count++] = (long) seq[i] << 32 | seq[k];
                    pairs[count++] = (long) seq[k] << 32 | seq[i];
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        int[] degree = new int[n];
        long last = -1;
        for (int p = 0; p < count; p++) {
            if (pairs[p] != last) {
                degree[(int) (pairs[p] >>> 32)]++;
                last = pairs[p];
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[degree[i]];
        }
        int[] filled = new int[n];
        last = -1;
        for (int p = 0; p < count; p++) {
            if (pairs[p] != last) {
                int from = (int) (pairs[p] >>> 32);
                out[from][filled[from]++] = (int) pairs[p];
                last = pairs[p];
            }
        }
        return out;
    }
}
