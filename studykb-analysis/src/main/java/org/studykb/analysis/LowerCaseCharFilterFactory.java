package org.studykb.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Names {@link LowerCaseCharFilter}, the last step of {@link Folding} (lower case before segmentation, so
 * {@code HIS系统} and {@code his系统} segment alike; lengths unchanged): {@code <charFilter name="studykbLowercase"/>}.
 * No arguments.
 */
public final class LowerCaseCharFilterFactory extends CharFilterFactory {
    /** SPI name. */
    public static final String NAME = "studykbLowercase";

    public LowerCaseCharFilterFactory(Map<String, String> args) {
        super(args);
        FactoryArgs.refuseUnknown(NAME, args);
    }

    /** Lucene's SPI requires it; use {@link #LowerCaseCharFilterFactory(Map)}. */
    public LowerCaseCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new LowerCaseCharFilter(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return new LowerCaseCharFilter(input);
    }
}
