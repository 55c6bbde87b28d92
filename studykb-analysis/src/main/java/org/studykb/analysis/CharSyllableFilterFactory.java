package org.studykb.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Names {@link CharSyllableFilter}, one syllable per Chinese character ({@link SyllableAnalyzer}):
 * {@code <filter name="studykbCharSyllable"/>}, after {@code hanlp} and {@code lowercase}. No arguments.
 */
public final class CharSyllableFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "studykbCharSyllable";

    public CharSyllableFilterFactory(Map<String, String> args) {
        super(args);
        FactoryArgs.refuseUnknown(NAME, args);
    }

    /** Lucene's SPI requires it; use {@link #CharSyllableFilterFactory(Map)}. */
    public CharSyllableFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CharSyllableFilter(input);
    }
}
