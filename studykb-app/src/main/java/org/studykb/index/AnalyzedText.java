package org.studykb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.studykb.analysis.Words;

/**
 * The tokens of one field value, analysed once and replayed as often as needed: whole, for the
 * document record, or as the slice that lies inside one passage, for the passage record. A passage's
 * text is a substring of the document text, so segmenting the document once and cutting the token
 * list at the passage's offsets replaces segmenting every passage a second time (the costliest step of
 * indexing). Offsets in a slice are relative to the passage, as if the passage had been analysed alone. The same
 * pass keeps the segmenter's words, which the keywords and summary are drawn from.
 */
final class AnalyzedText {
    private final int length;
    private char[] chars;
    private int charCount;
    private int[] termStart;
    private int[] termLength;
    private int[] startOffset;
    private int[] endOffset;
    private int[] posInc;
    private int[] posLen;
    private int size;
    private Words words;

    /** Room for a token per two characters at first, doubled when full (words: about 0.6 a character; n-grams: 2). */
    private AnalyzedText(int length) {
        this.length = length;
        int tokens = Math.max(64, length / 2);
        chars = new char[2 * tokens];
        termStart = new int[tokens];
        termLength = new int[tokens];
        startOffset = new int[tokens];
        endOffset = new int[tokens];
        posInc = new int[tokens];
        posLen = new int[tokens];
    }

    /** Runs the analyzer over the text once and keeps every token with its offsets and positions. */
    static AnalyzedText analyze(Analyzer analyzer, String field, String text) {
        return of(analyzer.tokenStream(field, text), field, text.length());
    }

    /** Keeps every token of a stream over a text of {@code length} chars (the stream is consumed and closed). */
    static AnalyzedText of(TokenStream stream, String field, int length) {
        AnalyzedText out = new AnalyzedText(length);
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            Optional<Words.Collector> words = Words.collector(ts);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term, offset.startOffset(), offset.endOffset(), inc.getPositionIncrement(),
                        len.getPositionLength());
                words.ifPresent(Words.Collector::take);
            }
            ts.end();
            out.words = words.map(Words.Collector::words).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("分析字段 " + field + " 时出错：" + e.getMessage(), e);
        }
        return out;
    }

    int size() {
        return size;
    }

    /**
     * The segmenter's words, read from the same tokens (for {@link org.studykb.analysis.Gists}); empty when the
     * analyzer marks none (not our word analyzer).
     */
    Optional<Words> words() {
        return Optional.ofNullable(words);
    }

    /** Every token, as the analyzer produced it. */
    TokenStream all() {
        return new Replay(0, size, 0, length);
    }

    /**
     * The tokens that lie wholly inside {@code [start, end)} of the text, offsets shifted so the slice
     * starts at 0. A token that crosses either edge is left out.
     */
    TokenStream slice(int start, int end) {
        int from = firstStartingAtOrAfter(start);
        int to = firstStartingAtOrAfter(end);
        return new Replay(from, to, start, end);
    }

    private void add(CharTermAttribute term, int start, int end, int inc, int len) {
        if (size == startOffset.length) {
            int n = 2 * size;
            termStart = Arrays.copyOf(termStart, n);
            termLength = Arrays.copyOf(termLength, n);
            startOffset = Arrays.copyOf(startOffset, n);
            endOffset = Arrays.copyOf(endOffset, n);
            posInc = Arrays.copyOf(posInc, n);
            posLen = Arrays.copyOf(posLen, n);
        }
        if (charCount + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, 2 * (charCount + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, charCount, term.length());
        termStart[size] = charCount;
        termLength[size] = term.length();
        charCount += term.length();
        startOffset[size] = start;
        endOffset[size] = end;
        posInc[size] = inc;
        posLen[size] = len;
        size++;
    }

    /** Start offsets never go backwards in a token stream, so the tokens are sorted by them. */
    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOffset[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Replays tokens {@code [from, to)}, skipping those that end after {@code end}. */
    private final class Replay extends TokenStream {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
        private final int from;
        private final int to;
        private final int base;
        private final int end;
        private int next;
        private boolean first;

        Replay(int from, int to, int base, int end) {
            this.from = from;
            this.to = to;
            this.base = base;
            this.end = end;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = from;
            first = true;
        }

        @Override
        public boolean incrementToken() {
            while (next < to && endOffset[next] > end) {
                next++;
            }
            if (next >= to) {
                return false;
            }
            int i = next++;
            clearAttributes();
            termAtt.copyBuffer(chars, termStart[i], termLength[i]);
            offsetAtt.setOffset(startOffset[i] - base, endOffset[i] - base);
            posIncAtt.setPositionIncrement(first ? Math.max(1, posInc[i]) : posInc[i]);
            posLenAtt.setPositionLength(posLen[i]);
            first = false;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offsetAtt.setOffset(end - base, end - base);
        }
    }
}
