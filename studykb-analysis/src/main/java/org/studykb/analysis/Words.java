package org.studykb.analysis;

import java.util.Arrays;
import java.util.Optional;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words the segmenter found in one text, in order: where each lies in the text and its part of speech. Read
 * from the word analyzer's token stream while it is consumed for indexing ({@link #collector(TokenStream)}), so
 * that the keywords and summary of {@link Gists} need no second segmentation of the text.
 */
public final class Words {
    private int[] start = new int[64];
    private int[] end = new int[64];
    private String[] nature = new String[64];
    private int size;

    Words() {
    }

    /**
     * Collects the words of a stream as it is consumed: call {@link Collector#take()} after each token. Empty when
     * the stream marks no words (an analyzer other than {@link StudyAnalyzer}).
     */
    public static Optional<Collector> collector(TokenStream stream) {
        if (!stream.hasAttribute(WordAttribute.class)) {
            return Optional.empty();
        }
        return Optional.of(new Collector(stream.getAttribute(WordAttribute.class),
                stream.addAttribute(OffsetAttribute.class)));
    }

    public int size() {
        return size;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    String nature(int i) {
        return nature[i];
    }

    void add(int s, int e, String n) {
        if (size == start.length) {
            start = Arrays.copyOf(start, 2 * size);
            end = Arrays.copyOf(end, 2 * size);
            nature = Arrays.copyOf(nature, 2 * size);
        }
        start[size] = s;
        end[size] = e;
        nature[size] = n;
        size++;
    }

    /** Reads the word, if any, that the stream's current token starts. */
    public static final class Collector {
        private final WordAttribute word;
        private final OffsetAttribute offset;
        private final Words words = new Words();

        private Collector(WordAttribute word, OffsetAttribute offset) {
            this.word = word;
            this.offset = offset;
        }

        public void take() {
            if (word.wordEnd() >= 0) {
                words.add(offset.startOffset(), word.wordEnd(), word.nature());
            }
        }

        /** The words taken so far. */
        public Words words() {
            return words;
        }
    }
}
