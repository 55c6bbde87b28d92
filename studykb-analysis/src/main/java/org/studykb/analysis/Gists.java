package org.studykb.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * 关键词与摘要: HanLP's TextRank ({@link KeywordRank}, {@link SentenceRank}, on arrays) over a document's words (the
 * word analyzer's segmentation, so indexing segments a text once for both: {@link #of(String, Words)}), giving its
 * keywords (no stop words, no single characters, no numbers) and an extractive summary of whole sentences of the text, in
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

    private final Analyzer analyzer;

    /** Keywords and summaries with the words of this dictionary, segmented as the word field's analyzer does. */
    public Gists(Dictionaries dicts) {
        this(new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX));
    }

    /** Keywords and summaries with the words of this analyzer, a {@link StudyAnalyzer}'s (its tokens mark them). */
    public Gists(Analyzer words) {
        this.analyzer = words;
    }

    /**
     * The keywords and summary of a text; empty ones for a text without words. Segments the text: when indexing,
     * where the word analyzer has segmented it already, use {@link #of(String, Words)} with the words it found.
     */
    public Gist of(String text) {
        if (text == null || text.isBlank()) {
            return new Gist(List.of(), "");
        }
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            Words.Collector words = Words.collector(ts)
                    .orElseThrow(() -> new IllegalStateException(analyzer + " marks no words"));
            ts.reset();
            while (ts.incrementToken()) {
                words.take();
            }
            ts.end();
            return of(text, words.words());
        } catch (IOException e) {
            throw new UncheckedIOException("分析文本时出错：" + e.getMessage(), e);
        }
    }

    /** The keywords and summary of a text from the words the segmenter found in it (offsets into {@code text}). */
    public Gist of(String text, Words words) {
        if (text == null || text.isBlank()) {
            return new Gist(List.of(), "");
        }
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Term t = term(text, words, i);
            if (keywordLike(t)) {
                candidates.add(t.word);
            }
        }
        List<String> keywords = candidates.isEmpty() ? List.of() : KeywordRank.top(candidates, KEYWORDS);
        return new Gist(List.copyOf(keywords), summary(text, words));
    }

    private static Term term(String text, Words words, int i) {
        return new Term(text.substring(words.start(i), words.end(i)), Nature.fromString(words.nature(i)));
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

    /** Up to {@link #SENTENCES} sentences chosen by TextRank over the words of each, in the order of the text. */
    private static String summary(String text, Words words) {
        Candidates c = candidates(text, words);
        if (c.sentences().size() <= SENTENCES) {
            return joined(c.sentences());
        }
        int[] top = SentenceRank.top(c.words(), SENTENCES);
        Arrays.sort(top);
        Set<String> chosen = new LinkedHashSet<>();
        for (int i : top) {
            chosen.add(c.sentences().get(i));
        }
        return joined(chosen);
    }

    /**
     * The summary's candidate sentences, from the start, at most {@link #MAX_CANDIDATES}: those of a fitting
     * length with a meaningful word, and those words of each.
     */
    static Candidates candidates(String text, Words words) {
        List<String> sentences = new ArrayList<>();
        List<List<String>> docs = new ArrayList<>();
        int w = 0;
        for (int[] span : sentenceSpans(text)) {
            while (w < words.size() && words.start(w) < span[0]) {
                w++;
            }
            String s = text.substring(span[0], span[1]);
            int n = s.codePointCount(0, s.length());
            if (n < MIN_SENTENCE || n > MAX_SENTENCE) {
                continue;
            }
            List<String> meaningful = new ArrayList<>();
            for (; w < words.size() && words.end(w) <= span[1]; w++) {
                Term t = term(text, words, w);
                if (meaningful(t)) {
                    meaningful.add(t.word);
                }
            }
            if (!meaningful.isEmpty()) {
                sentences.add(s);
                docs.add(meaningful);
            }
            if (sentences.size() == MAX_CANDIDATES) {
                break;
            }
        }
        return new Candidates(sentences, docs);
    }

    /** Candidate sentences of a summary and the meaningful words of each. */
    record Candidates(List<String> sentences, List<List<String>> words) {
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
        return sentenceSpans(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    /** Where each sentence of {@link #sentences(String)} lies in the text: {@code [start, end)}. */
    private static List<int[]> sentenceSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (closed(c) || c == '\n') {
                addStripped(text, start, c == '\n' ? i : i + 1, out);
                start = i + 1;
            }
        }
        addStripped(text, start, text.length(), out);
        return out;
    }

    private static void addStripped(String text, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new int[] {start, end});
        }
    }

    /** A document's keywords, best first, and its summary (empty when it has no sentence to give). */
    public record Gist(List<String> keywords, String summary) {
        public Gist {
            keywords = List.copyOf(keywords);
        }
    }
}
