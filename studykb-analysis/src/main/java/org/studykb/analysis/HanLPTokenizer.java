package org.studykb.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.apache.lucene.util.AttributeFactory;

/**
 * Segments Chinese text with HanLP's viterbi segmenter (core dictionary, HanLP's custom dictionary
 * and ours). {@code QUERY} mode emits the segmenter's words one after another; {@code INDEX} mode
 * emits the graph of {@link WordGraph}: finest pieces on the main path, longer dictionary words
 * stacked over them. The token type is the HanLP nature. Punctuation and whitespace are not
 * emitted; letters and digits are (11月, drg, 2023). The first token of each of the segmenter's words
 * carries that word's end and nature in a {@link WordAttribute}, so {@link Words} can read the words back.
 *
 * <p>Each tokenizer owns its {@link Segment}, configured once here: HanLP's analysis calls are
 * thread-safe, its configuration calls are not. Offsets are corrected through the char filters, so
 * they point into the original text.
 */
final class HanLPTokenizer extends SegmentingTokenizerBase {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final WordAttribute wordAtt = addAttribute(WordAttribute.class);

    private final Segment segment;
    private final Dictionaries dicts;
    private final boolean indexMode;
    private final List<Span> pending = new ArrayList<>();
    /** The segmenter's words of the sentence, and the index in {@link #pending} of each one's first token. */
    private final List<Span> words = new ArrayList<>();
    private int[] firstToken = new int[16];
    private int next;
    private int nextWord;

    HanLPTokenizer(Dictionaries dicts, StudyAnalyzer.Mode mode) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dicts, mode);
    }

    HanLPTokenizer(AttributeFactory factory, Dictionaries dicts, StudyAnalyzer.Mode mode) {
        super(factory, BreakIterator.getSentenceInstance(Locale.ROOT));
        this.dicts = dicts;
        this.indexMode = mode == StudyAnalyzer.Mode.INDEX;
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(dicts.customDictionary());
    }

    @Override
    protected void setNextSentence(int sentenceStart, int sentenceEnd) {
        pending.clear();
        words.clear();
        next = 0;
        nextWord = 0;
        String sentence = new String(buffer, sentenceStart, sentenceEnd - sentenceStart);
        for (Term term : segment.seg(sentence)) {
            int s = sentenceStart + Math.max(0, term.offset);
            int e = Math.min(sentenceEnd, s + term.length());
            while (s < e && !Chars.isWordChar(Character.codePointAt(buffer, s, e))) {
                s += Character.charCount(Character.codePointAt(buffer, s, e));
            }
            while (e > s && !Chars.isWordChar(Character.codePointBefore(buffer, e, s))) {
                e -= Character.charCount(Character.codePointBefore(buffer, e, s));
            }
            if (s == e) {
                continue;
            }
            String type = term.nature == null ? "x" : term.nature.toString();
            if (words.size() == firstToken.length) {
                firstToken = java.util.Arrays.copyOf(firstToken, 2 * words.size());
            }
            firstToken[words.size()] = pending.size();
            words.add(new Span(s, e, 1, 1, type));
            if (indexMode) {
                WordGraph.split(buffer, s, e, type, dicts, pending);
            } else {
                pending.add(new Span(s, e, 1, 1, type));
            }
        }
    }

    @Override
    protected boolean incrementWord() {
        if (next >= pending.size()) {
            return false;
        }
        Span span = pending.get(next);
        clearAttributes();
        if (nextWord < words.size() && firstToken[nextWord] == next) {
            Span word = words.get(nextWord++);
            wordAtt.setWord(correctOffset(offset + word.end()), word.type());
        }
        next++;
        termAtt.copyBuffer(buffer, span.start(), span.end() - span.start());
        offsetAtt.setOffset(correctOffset(offset + span.start()), correctOffset(offset + span.end()));
        typeAtt.setType(span.type());
        posIncAtt.setPositionIncrement(span.posInc());
        posLenAtt.setPositionLength(span.posLen());
        return true;
    }

    /** Breaks an over-long buffer at sentence punctuation too, not only at line ends. */
    @Override
    protected boolean isSafeEnd(char ch) {
        switch (ch) {
            case '。', '！', '？', '；', '，', '、', '：', '.', '!', '?', ';', ',', ' ', '\t', '\u3000' -> {
                return true;
            }
            default -> {
                return super.isSafeEnd(ch);
            }
        }
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        pending.clear();
        words.clear();
        next = 0;
        nextWord = 0;
    }
}
