package org.studykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeFactory;

/**
 * Character n-grams for the exact-phrase safety net. Every CJK character takes one position; a
 * run of letters or digits takes one position as a whole token; anything else is skipped.
 *
 * <p>Index mode emits, at each CJK character, its unigram and (stacked, position length 2) its
 * bigram with the next CJK character. Query mode emits only the bigrams of a run, leaving a
 * position hole for the run's last character, and the unigram of a lone character. So a query's
 * tokens sit at the same relative positions as the index's, and a phrase query for any text that
 * starts and ends on a character boundary (not inside a run of letters or digits) matches
 * wherever the text occurs verbatim.
 *
 * <p>The whole field value is read into memory first (field values are in memory anyway).
 */
final class NgramTokenizer extends Tokenizer {
    static final String TYPE_UNIGRAM = "<UNIGRAM>";
    static final String TYPE_BIGRAM = "<BIGRAM>";
    static final String TYPE_ALNUM = "<ALNUM>";
    private static final int MAX_KEPT_BUFFER = 1 << 20;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final boolean query;
    private char[] text = new char[1024];
    private int length;
    private boolean loaded;
    private int pos;
    private int holes;
    private boolean prevCjk;
    private int pendingBigramStart = -1;
    private int pendingBigramEnd;

    NgramTokenizer(StudyAnalyzer.Mode mode) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, mode);
    }

    NgramTokenizer(AttributeFactory factory, StudyAnalyzer.Mode mode) {
        super(factory);
        this.query = mode == StudyAnalyzer.Mode.QUERY;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!loaded) {
            load();
        }
        clearAttributes();
        if (pendingBigramStart >= 0) {
            emit(pendingBigramStart, pendingBigramEnd, 0, 2, TYPE_BIGRAM);
            pendingBigramStart = -1;
            return true;
        }
        while (pos < length) {
            int start = pos;
            int cp = Character.codePointAt(text, pos, length);
            pos += Character.charCount(cp);
            if (Chars.isCjk(cp)) {
                if (cjk(start)) {
                    return true;
                }
            } else if (Chars.isAlnum(cp)) {
                while (pos < length && Chars.isAlnum(Character.codePointAt(text, pos, length))) {
                    pos += Character.charCount(Character.codePointAt(text, pos, length));
                }
                prevCjk = false;
                emit(start, pos, 1 + holes, 1, TYPE_ALNUM);
                holes = 0;
                return true;
            } else {
                prevCjk = false;
            }
        }
        return false;
    }

    /** Handles the CJK character at {@code [start, pos)}; true if a token was set. */
    private boolean cjk(int start) {
        boolean nextCjk = pos < length && Chars.isCjk(Character.codePointAt(text, pos, length));
        int bigramEnd = nextCjk ? pos + Character.charCount(Character.codePointAt(text, pos, length)) : -1;
        boolean wasPrevCjk = prevCjk;
        prevCjk = true;
        if (!query) {
            emit(start, pos, 1, 1, TYPE_UNIGRAM);
            if (nextCjk) {
                pendingBigramStart = start;
                pendingBigramEnd = bigramEnd;
            }
            return true;
        }
        if (nextCjk) {
            emit(start, bigramEnd, 1 + holes, 1, TYPE_BIGRAM);
        } else if (wasPrevCjk) {
            holes++; // the run's last character, already inside the previous bigram
            return false;
        } else {
            emit(start, pos, 1 + holes, 1, TYPE_UNIGRAM);
        }
        holes = 0;
        return true;
    }

    private void emit(int start, int end, int posInc, int posLen, String type) {
        termAtt.copyBuffer(text, start, end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        posIncAtt.setPositionIncrement(posInc);
        posLenAtt.setPositionLength(posLen);
        typeAtt.setType(type);
    }

    private void load() throws IOException {
        length = 0;
        for (int n; (n = input.read(text, length, text.length - length)) != -1; ) {
            length += n;
            if (length == text.length) {
                text = ArrayUtil.grow(text, length + 1);
            }
        }
        loaded = true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
        posIncAtt.setPositionIncrement(holes);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        if (text.length > MAX_KEPT_BUFFER) {
            text = new char[1024]; // do not hold a huge document's buffer per thread
        }
        length = 0;
        loaded = false;
        pos = 0;
        holes = 0;
        prevCjk = false;
        pendingBigramStart = -1;
    }
}
