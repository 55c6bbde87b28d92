package org.studykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Query side of pinyin: typed syllables separated by spaces are joined into one word, so
 * {@code ke xue fa zhan guan} searches kexuefazhanguan. Only consecutive tokens that were typed
 * in Latin letters and are each exactly one syllable are joined; pinyin made from ideographs and
 * longer typed chunks (kexue, kxfzg) stay as they are.
 */
final class SyllableJoinFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final StringBuilder joined = new StringBuilder();
    private State first;
    private State afterRun;
    private int runStart;
    private int runEnd;
    private boolean exhausted;

    SyllableJoinFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (afterRun != null) {
            restoreState(afterRun);
            afterRun = null;
            return true;
        }
        while (!exhausted && input.incrementToken()) {
            if (isTypedSyllable()) {
                if (joined.length() == 0) {
                    first = captureState();
                    runStart = offsetAtt.startOffset();
                }
                joined.append(termAtt);
                runEnd = offsetAtt.endOffset();
                continue;
            }
            if (joined.length() == 0) {
                return true;
            }
            afterRun = captureState();
            emitRun();
            return true;
        }
        exhausted = true;
        if (joined.length() > 0) {
            emitRun();
            return true;
        }
        return false;
    }

    private boolean isTypedSyllable() {
        return !PinyinFilter.TYPE_PINYIN.equals(typeAtt.type()) && Pinyins.SYLLABLES.contains(termAtt.toString());
    }

    private void emitRun() {
        restoreState(first);
        termAtt.setEmpty().append(joined);
        offsetAtt.setOffset(runStart, runEnd);
        joined.setLength(0);
        first = null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        joined.setLength(0);
        first = null;
        afterRun = null;
        exhausted = false;
    }
}
