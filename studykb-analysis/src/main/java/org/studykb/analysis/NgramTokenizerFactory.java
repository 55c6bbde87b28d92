package org.studykb.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Names {@link NgramTokenizer}, the exact-phrase safety net of {@link NgramAnalyzer}:
 * {@code <tokenizer name="studykbNgram" mode="index"/>}. {@code mode}: {@code index} (every CJK unigram with its
 * bigram stacked) or {@code query} (bigrams, a hole for a run's last character; the default). Feed it folded text
 * ({@link FoldingCharFilterFactory}) and follow it with Lucene's {@code lowercase}.
 */
public final class NgramTokenizerFactory extends TokenizerFactory {
    /** SPI name. */
    public static final String NAME = "studykbNgram";

    private final StudyAnalyzer.Mode mode;

    public NgramTokenizerFactory(Map<String, String> args) {
        super(args);
        mode = FactoryArgs.mode(NAME, args);
        FactoryArgs.refuseUnknown(NAME, args, FactoryArgs.MODE);
    }

    /** Lucene's SPI requires it; use {@link #NgramTokenizerFactory(Map)}. */
    public NgramTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new NgramTokenizer(factory, mode);
    }
}
