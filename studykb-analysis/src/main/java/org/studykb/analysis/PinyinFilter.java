package org.studykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces each word that has ideographs by its full pinyin (科学发展观 → kexuefazhanguan) and,
 * if asked, stacks its initials over it (kxfzg, same position and length; not for one-character
 * words, whose single letter would match everything). Other tokens pass unchanged.
 */
final class PinyinFilter extends TokenFilter {
    static final String TYPE_PINYIN = "<PINYIN>";
    static final String TYPE_INITIALS = "<INITIALS>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final boolean withInitials;
    private State pendingState;
    private String pendingInitials;

    PinyinFilter(TokenStream in, boolean withInitials) {
        super(in);
        this.withInitials = withInitials;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingInitials != null) {
            restoreState(pendingState);
            termAtt.setEmpty().append(pendingInitials);
            typeAtt.setType(TYPE_INITIALS);
            posIncAtt.setPositionIncrement(0);
            pendingInitials = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = termAtt.toString();
        if (!Pinyins.hasPinyin(word)) {
            return true;
        }
        Pinyins.Spelling spelling = Pinyins.of(word);
        termAtt.setEmpty().append(spelling.full());
        typeAtt.setType(TYPE_PINYIN);
        if (withInitials && word.codePointCount(0, word.length()) > 1 && !spelling.initials().equals(spelling.full())) {
            pendingState = captureState();
            pendingInitials = spelling.initials();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingState = null;
        pendingInitials = null;
    }
}
