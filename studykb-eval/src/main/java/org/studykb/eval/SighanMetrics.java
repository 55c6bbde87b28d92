package org.studykb.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word-boundary scoring as the SIGHAN bakeoff's {@code score} script does it: a predicted word is
 * correct when a gold word has exactly the same span. Out-of-vocabulary words are gold words
 * missing from the training word list.
 */
public final class SighanMetrics {
    private long gold;
    private long predicted;
    private long correct;
    private long oov;
    private long oovFound;
    private long ivFound;

    /**
     * Adds one line; both segmentations must cover the same characters (whitespace removed).
     *
     * @throws IllegalArgumentException if they do not
     */
    public void add(List<String> goldWords, List<String> predictedWords, Set<String> trainingWords) {
        String g = String.join("", goldWords);
        String p = String.join("", predictedWords);
        if (!g.equals(p)) {
            throw new IllegalArgumentException("segmentations cover different text: gold '" + g + "' vs '" + p + "'");
        }
        Set<Long> predictedSpans = new HashSet<>();
        int at = 0;
        for (String w : predictedWords) {
            predictedSpans.add(span(at, at + w.length()));
            at += w.length();
        }
        at = 0;
        for (String w : goldWords) {
            boolean found = predictedSpans.contains(span(at, at + w.length()));
            at += w.length();
            if (found) {
                correct++;
            }
            if (trainingWords.contains(w)) {
                ivFound += found ? 1 : 0;
            } else {
                oov++;
                oovFound += found ? 1 : 0;
            }
        }
        gold += goldWords.size();
        predicted += predictedWords.size();
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    public long goldWords() {
        return gold;
    }

    public long predictedWords() {
        return predicted;
    }

    public long correctWords() {
        return correct;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double oovRate() {
        return gold == 0 ? 0 : (double) oov / gold;
    }

    public double oovRecall() {
        return oov == 0 ? 0 : (double) oovFound / oov;
    }

    public double ivRecall() {
        return gold - oov == 0 ? 0 : (double) ivFound / (gold - oov);
    }
}
