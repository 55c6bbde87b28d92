package org.studykb.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Lower-cases text before segmentation, so that HanLP segments {@code HIS系统} and {@code his系统}
 * alike. Only characters whose lower case is one BMP character are changed, so the length and
 * therefore every offset stay the same.
 */
final class LowerCaseCharFilter extends CharFilter {

    LowerCaseCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        for (int i = off; i < off + n; i++) {
            char c = cbuf[i];
            if (!Character.isSurrogate(c)) {
                cbuf[i] = Character.toLowerCase(c);
            }
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
