package org.studykb.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.hanlp.summary.TextRankSentence;

/**
 * TextRank over a text's sentences (摘要句排序): the graph, iteration and order of HanLP's {@link TextRankSentence}
 * (edges weighted by HanLP's BM25 similarity of one sentence's words to another's, k1 1.5 and b 0.75; damping 0.85;
 * up to 200 rounds until no score moves by more than 0.001; the same arithmetic in the same order, in double), so
 * the summary sentences are the same; but on arrays of word numbers, each word's sentences listed once, instead of
 * three lookups in sorted maps of strings for every word of every pair of sentences, which made the summary the
 * larger part of indexing a document.
 */
final class SentenceRank {
    private static final double DAMPING = 0.85;
    private static final int MAX_ROUNDS = 200;
    private static final double MIN_DIFF = 0.001;

    private SentenceRank() {}

    /**
     * The numbers of the {@code size} best-ranked of {@code sentences} (each a sentence's words, in order), best
     * first; fewer when sentences tie (a later one takes an earlier one's place, as in HanLP).
     */
    static int[] top(List<List<String>> sentences, int size) {
        int n = sentences.size();
        double[][] weight = similarities(numbered(sentences));
        double[] weightSum = new double[n];
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (double v : weight[i]) {
                total += v;
            }
            weightSum[i] = total - weight[i][i];
        }
        double[] vertex = rank(weight, weightSum);
        TreeMap<Double, Integer> order = new TreeMap<>(Collections.reverseOrder());
        for (int i = 0; i < n; i++) {
            order.put(vertex[i], i);
        }
        int[] out = new int[Math.min(size, order.size())];
        Iterator<Integer> it = order.values().iterator();
        for (int i = 0; i < out.length; i++) {
            out[i] = it.next();
        }
        return out;
    }

    /** Each sentence's words as numbers: one number a distinct word. */
    private static int[][] numbered(List<List<String>> sentences) {
        Map<String, Integer> number = new HashMap<>();
        int[][] out = new int[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            List<String> words = sentences.get(i);
            out[i] = new int[words.size()];
            int k = 0;
            for (String w : words) {
                Integer known = number.putIfAbsent(w, number.size());
                out[i][k++] = known == null ? number.size() - 1 : known;
            }
        }
        return out;
    }

    /**
     * {@code weight[i][j]}: HanLP's BM25 score of sentence i's words (each occurrence, in order) against sentence j.
     * Each word keeps the sentences it occurs in with its BM25 term there, so a pair of sentences that share no word
     * costs nothing.
     */
    private static double[][] similarities(int[][] words) {
        int n = words.length;
        int vocabulary = 0;
        double avgdl = 0;
        for (int[] s : words) {
            avgdl += s.length;
            for (int w : s) {
                vocabulary = Math.max(vocabulary, w + 1);
            }
        }
        avgdl /= n;
        // each word's sentences, ascending, and its frequency in each
        int[] df = new int[vocabulary];
        int[] lastSeen = new int[vocabulary];
        Arrays.fill(lastSeen, -1);
        for (int i = 0; i < n; i++) {
            for (int w : words[i]) {
                if (lastSeen[w] != i) {
                    lastSeen[w] = i;
                    df[w]++;
                }
            }
        }
        int[][] postings = new int[vocabulary][];
        int[][] tf = new int[vocabulary][];
        for (int w = 0; w < vocabulary; w++) {
            postings[w] = new int[df[w]];
            tf[w] = new int[df[w]];
        }
        int[] filled = new int[vocabulary];
        Arrays.fill(lastSeen, -1);
        for (int i = 0; i < n; i++) {
            for (int w : words[i]) {
                if (lastSeen[w] != i) {
                    lastSeen[w] = i;
                    postings[w][filled[w]++] = i;
                }
                tf[w][filled[w] - 1]++;
            }
        }
        double[][] term = new double[vocabulary][];
        for (int w = 0; w < vocabulary; w++) {
            double idf = Math.log(n - df[w] + 0.5) - Math.log(df[w] + 0.5);
            term[w] = new double[df[w]];
            for (int p = 0; p < df[w]; p++) {
                int f = tf[w][p];
                int d = words[postings[w][p]].length;
                // HanLP's expression, operand for operand: k1 = 1.5f, b = 0.75f, b * d in float
                term[w][p] = idf * f * 2.5 / (f + 1.5 * (0.25 + (double) (0.75f * (float) d) / avgdl));
            }
        }
        double[][] weight = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] row = weight[i];
            for (int w : words[i]) {
                int[] in = postings[w];
                double[] t = term[w];
                for (int p = 0; p < in.length; p++) {
                    row[in[p]] += t[p];
                }
            }
        }
        return weight;
    }

    /**
     * The scores after HanLP's iteration: {@code m[i] = 0.15 + Σ_j 0.85 · weight[j][i] / weightSum[j] · vertex[j]},
     * j ≠ i and weightSum[j] ≠ 0, in ascending j. A pair with no similarity adds an exact zero there, so only the
     * others are kept, each as its {@code 0.85 · weight[j][i] / weightSum[j]}.
     */
    private static double[] rank(double[][] weight, double[] weightSum) {
        int n = weight.length;
        int[][] from = new int[n][];
        double[][] factor = new double[n][];
        int[] count = new int[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (keeps(weight, weightSum, j, i)) {
                    count[i]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            from[i] = new int[count[i]];
            factor[i] = new double[count[i]];
            count[i] = 0;
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (keeps(weight, weightSum, j, i)) {
                    from[i][count[i]] = j;
                    factor[i][count[i]++] = DAMPING * weight[j][i] / weightSum[j];
                }
            }
        }
        double[] vertex = new double[n];
        Arrays.fill(vertex, 1.0);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] m = new double[n];
            double maxDiff = 0;
            for (int i = 0; i < n; i++) {
                double s = 1 - DAMPING;
                int[] js = from[i];
                double[] fs = factor[i];
                for (int k = 0; k < js.length; k++) {
                    s += fs[k] * vertex[js[k]];
                }
                m[i] = s;
                double diff = Math.abs(s - vertex[i]);
                if (diff > maxDiff) {
                    maxDiff = diff;
                }
            }
            vertex = m;
            if (maxDiff <= MIN_DIFF) {
                break;
            }
        }
        return vertex;
    }

    private static boolean keeps(double[][] weight, double[] weightSum, int j, int i) {
        return j != i && weightSum[j] != 0 && weight[j][i] != 0;
    }
}
