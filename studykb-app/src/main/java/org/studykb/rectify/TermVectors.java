package org.studykb.rectify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Weighted term vectors of short texts, for telling whether two problems are the same: the words
 * of our analyzer and the two-character pieces of the Chinese text (which catch words the segmenter
 * cut differently), weighted by how rare they are among all the texts seen by {@link #fit}.
 */
final class TermVectors {
    static final double BIGRAM_WEIGHT = 0.5;

    private final Analyzer words;
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<String, Map<String, Double>> cache = new HashMap<>();
    private int documents;

    TermVectors(Analyzer words) {
        this.words = words;
    }

    /** Counts in how many of the texts each term occurs. */
    TermVectors fit(Collection<String> texts) {
        for (String t : texts) {
            documents++;
            for (String term : counts(t).keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        cache.clear();
        return this;
    }

    /** Cosine of the weighted vectors, 0 … 1. */
    double similarity(String a, String b) {
        Map<String, Double> va = vector(a);
        Map<String, Double> vb = vector(b);
        if (va.isEmpty() || vb.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = va.size() <= vb.size() ? va : vb;
        Map<String, Double> large = small == va ? vb : va;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm(va) * norm(vb));
    }

    /** How much of {@code a}'s weight is found in {@code b}, 0 … 1: 1 when every term of a occurs in b. */
    double containment(String a, String b) {
        Map<String, Double> va = vector(a);
        Map<String, Double> vb = vector(b);
        double all = 0;
        double shared = 0;
        for (Map.Entry<String, Double> e : va.entrySet()) {
            all += e.getValue();
            if (vb.containsKey(e.getKey())) {
                shared += e.getValue();
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    /**
     * Weighted Dice of two bags of words taken as sets, 0 … 1: twice the weight of the words they share
     * over the weight of both, each word weighing its {@link #idf}. Unlike the cosine it does not favour
     * a word repeated in a long text.
     */
    double dice(Collection<String> a, Collection<String> b) {
        java.util.Set<String> sa = new java.util.HashSet<>(a);
        java.util.Set<String> sb = new java.util.HashSet<>(b);
        double all = 0;
        double shared = 0;
        for (String t : sa) {
            all += idf(t);
            if (sb.contains(t)) {
                shared += 2 * idf(t);
            }
        }
        for (String t : sb) {
            all += idf(t);
        }
        return all == 0 ? 0 : shared / all;
    }

    double idf(String term) {
        return Math.log(1 + (documents + 1.0) / (df.getOrDefault(term, 0) + 1.0));
    }

    private Map<String, Double> vector(String text) {
        return cache.computeIfAbsent(text, t -> {
            Map<String, Double> v = new HashMap<>();
            counts(t).forEach((term, n) -> v.put(term, (1 + Math.log(n)) * idf(term)
                    * (term.startsWith("#") ? BIGRAM_WEIGHT : 1.0)));
            return v;
        });
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double w : v.values()) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** Word terms as they are, character pairs prefixed with {@code #}. */
    Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words(text)) {
            counts.merge(w, 1, Integer::sum);
        }
        int prev = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cjk = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (cjk && prev >= 0) {
                counts.merge("#" + text.charAt(prev) + c, 1, Integer::sum);
            }
            prev = cjk ? i : -1;
        }
        return counts;
    }

    /** The analyzer's terms that contain a letter or digit. */
    java.util.List<String> words(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (TokenStream ts = words.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("分析文本失败：" + e.getMessage(), e);
        }
        return out;
    }
}
