package org.studykb.analysis;

import org.apache.lucene.util.Attribute;

/**
 * Marks the first token of each word the segmenter found, with that word's end offset (into the original text, like
 * the token's offsets) and its part of speech (词性, a HanLP nature); the word starts where that token starts. In
 * index mode a word becomes several tokens (its pieces with longer words stacked over them), and a piece's type is
 * the piece's own nature, so this is how the segmenter's words are read back from the token stream ({@link Words}).
 */
public interface WordAttribute extends Attribute {
    /** The end offset of the word this token starts, or -1 when the token starts none. */
    int wordEnd();

    /** The word's nature, or null when the token starts no word. */
    String nature();

    void setWord(int end, String nature);
}
