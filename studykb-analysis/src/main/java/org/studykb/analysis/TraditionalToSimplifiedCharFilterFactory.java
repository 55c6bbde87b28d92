package org.studykb.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Names the first step of {@link Folding}: traditional → simplified by HanLP's table (one character to one, so a
 * substring folds as it does inside the whole text) and ○ → 〇: {@code <charFilter name="studykbT2s"/>}. No
 * arguments.
 */
public final class TraditionalToSimplifiedCharFilterFactory extends CharFilterFactory {
    /** SPI name. */
    public static final String NAME = "studykbT2s";

    public TraditionalToSimplifiedCharFilterFactory(Map<String, String> args) {
        super(args);
        FactoryArgs.refuseUnknown(NAME, args);
    }

    /** Lucene's SPI requires it; use {@link #TraditionalToSimplifiedCharFilterFactory(Map)}. */
    public TraditionalToSimplifiedCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return Folding.traditionalToSimplified(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return Folding.traditionalToSimplified(input);
    }
}
