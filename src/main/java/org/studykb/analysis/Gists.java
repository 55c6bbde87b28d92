package org.studykb.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.summary.TextRankSentence;

/**
 * 关键词与摘要: HanLP's TextRank over a document's words (segmented with the domain dictionary), giving its keywords
 * (no stop words, no single characters, no numbers) and an extractive summary of whole sentences of the text, in
 * their order. For display and the 关键词 facet only: nothing here enters a ranking field.
 */
public final class Gists {
    /** Keywords kept per document. */
    public static final int KEYWORDS = 8;
    /** Sentences of a summary. */
    public static final int SENTENCES = 3;
    /** Sentences shorter or longer than these are no summary candidates (headings, tables run together). */
    static final int MIN_SENTENCE = 8;
    static final int MAX_SENTENCE = 200;
    /** Candidate sentences, from the start: TextRank over sentences is quadratic in their number. */
    static final int MAX_CANDIDATES = 300;

    private final Segment segment;

    public Gists(Dictionaries dicts) {
        this.segment = HanLP.newSegment().enableCustomDictionary(dicts.customDictionary());
    }

    /** The keywords and summary of a text; empty ones for a text without words. */
    public Gist of(String text) {
        if (text == null || text.isBlank()) {
            return new Gist(List.of(), "");
        }
        List<Term> words = words(text);
        List<String> keywords = words.isEmpty() ? List.of() : new TextRankKeyword(segment).getKeywords(words, KEYWORDS);
        return new Gist(List.copyOf(keywords), summary(text));
    }

    /** The words of a text that may be keywords. */
    private List<Term> words(String text) {
        List<Term> out = new ArrayList<>();
        for (Term t : segment.seg(text)) {
            if (keywordLike(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A word of two characters or more, with a letter, not a stop word, and a thing rather than an action or a
     * time: a noun (名词, the domain dictionary's nz among them), a verbal or adjectival noun (调研, 廉洁), an idiom
     * or a set phrase (以人为本).
     */
    static boolean keywordLike(Term t) {
        String w = t.word.strip();
        String nature = t.nature == null ? "" : t.nature.toString();
        boolean thing = nature.startsWith("n") || nature.startsWith("g") || nature.equals("vn")
                || nature.equals("an") || nature.equals("i") || nature.equals("l");
        return thing && w.codePointCount(0, w.length()) >= 2 && w.codePoints().anyMatch(Character::isLetter)
                && CoreStopWordDictionary.shouldInclude(t) && !CoreStopWordDictionary.contains(w);
    }

    /** A word that counts for the summary's sentence similarity. */
    static boolean meaningful(Term t) {
        String w = t.word.strip();
        return w.codePoints().anyMatch(Character::isLetter) && CoreStopWordDictionary.shouldInclude(t);
    }

    private String summary(String text) {
        List<String> candidates = new ArrayList<>();
        List<List<String>> docs = new ArrayList<>();
        for (String s : sentences(text)) {
            int n = s.codePointCount(0, s.length());
            if (n < MIN_SENTENCE || n > MAX_SENTENCE) {
                continue;
            }
            List<String> w = segment.seg(s).stream().filter(Gists::meaningful).map(t -> t.word).toList();
            if (!w.isEmpty()) {
                candidates.add(s);
                docs.add(w);
            }
            if (candidates.size() == MAX_CANDIDATES) {
                break;
            }
        }
        if (candidates.size() <= SENTENCES) {
            return joined(candidates);
        }
        int[] top = new TextRankSentence(docs).getTopSentence(SENTENCES);
        Arrays.sort(top);
        Set<String> chosen = new LinkedHashSet<>();
        for (int i : top) {
            chosen.add(candidates.get(i));
        }
        return joined(chosen);
    }

    /** Sentences one after another; one that ended at a line break, not a mark, is followed by a space. */
    private static String joined(Iterable<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            if (!sb.isEmpty() && !closed(sb.charAt(sb.length() - 1))) {
                sb.append(' ');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static boolean closed(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?';
    }

    /** Whole sentences of the text, each with its closing mark, trimmed. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (closed(c) || c == '\n') {
                String s = text.substring(start, c == '\n' ? i : i + 1).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** A document's keywords, best first, and its summary (empty when it has no sentence to give). */
    public record Gist(List<String> keywords, String summary) {
        public Gist {
            keywords = List.copyOf(keywords);
        }
    }
}
