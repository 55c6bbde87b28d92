package org.studykb.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns a stream of words into one token per Chinese character, its toneless syllable (民主生活会 → min zhu sheng
 * huo hui), so a phrase of syllables finds any run of characters, across word boundaries; initials need no tokens
 * of their own: a phrase of initials takes at each position every syllable of its letter (m → ma, mai … mu).
 * Each character is read inside the longest word that covers it (行 of 银行 is hang), so the input may be a word
 * graph. Only characters with a syllable take positions: punctuation, letters and digits between them are skipped,
 * so 不忘初心、牢记使命 is read as one run. Offsets are the character's own, in the original text.
 *
 * <p>The whole input (one field value) is read before the first token is emitted.
 */
final class CharSyllableFilter extends TokenFilter {
    static final String TYPE_SYLLABLE = "<SYLLABLE>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    /** Syllables of the words seen in this field value: a document repeats its words. */
    private final Map<String, String[]> readings = new HashMap<>();

    /** Per character offset (from {@link #base}): its syllable, the length of the word it was read in, its end. */
    private String[] syllable = new String[64];
    private int[] wordLength = new int[64];
    private int[] charEnd = new int[64];
    private int base;
    private int limit;
    private int next;
    private boolean read;

    CharSyllableFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
            read = true;
        }
        while (next < limit && syllable[next] == null) {
            next++;
        }
        if (next >= limit) {
            return false;
        }
        int i = next++;
        clearAttributes();
        termAtt.append(syllable[i]);
        offsetAtt.setOffset(base + i, charEnd[i]);
        typeAtt.setType(TYPE_SYLLABLE);
        posIncAtt.setPositionIncrement(1);
        posLenAtt.setPositionLength(1);
        return true;
    }

    private void readAll() throws IOException {
        base = -1;
        while (input.incrementToken()) {
            int start = offsetAtt.startOffset();
            int end = offsetAtt.endOffset();
            String word = termAtt.toString();
            if (!Pinyins.hasPinyin(word)) {
                continue;
            }
            if (base < 0) {
                base = start;
            }
            String[] read = readings.computeIfAbsent(word, Pinyins::syllablesOf);
            // offsets point into the original text; where folding changed the length, chars past its end share the last
            boolean aligned = end - start == word.length();
            for (int k = 0; k < word.length(); k++) {
                int at = Math.min(start + k, end - 1) - base;
                if (at < 0 || read[k] == null || !Character.isIdeographic(word.charAt(k))) {
                    continue;
                }
                ensure(at + 1);
                if (syllable[at] == null || word.length() > wordLength[at]) {
                    syllable[at] = read[k];
                    wordLength[at] = word.length();
                    charEnd[at] = aligned ? start + k + 1 : end;
                }
                limit = Math.max(limit, at + 1);
            }
        }
    }

    private void ensure(int size) {
        if (size > syllable.length) {
            int n = Math.max(size, 2 * syllable.length);
            syllable = Arrays.copyOf(syllable, n);
            wordLength = Arrays.copyOf(wordLength, n);
            charEnd = Arrays.copyOf(charEnd, n);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        Arrays.fill(syllable, 0, limit, null);
        Arrays.fill(wordLength, 0, limit, 0);
        readings.clear();
        base = 0;
        limit = 0;
        next = 0;
        read = false;
    }
}
