package org.studykb.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Names the whole folding every studykb analyzer starts with ({@link Folding}): traditional → simplified,
 * full-width → half-width, lower case, offsets corrected: {@code <charFilter name="studykbFolding"/>}. The same as
 * {@code studykbT2s}, then Lucene's {@code cjkWidth}, then {@code studykbLowercase}. No arguments. Applied to
 * prefix and wildcard terms too ({@link #normalize}).
 */
public final class FoldingCharFilterFactory extends CharFilterFactory {
    /** SPI name. */
    public static final String NAME = "studykbFolding";

    public FoldingCharFilterFactory(Map<String, String> args) {
        super(args);
        FactoryArgs.refuseUnknown(NAME, args);
    }

    /** Lucene's SPI requires it; use {@link #FoldingCharFilterFactory(Map)}. */
    public FoldingCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return Folding.fold(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return Folding.fold(input);
    }
}
