package org.studykb.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Names {@link PinyinFilter}: {@code <filter name="studykbPinyin" initials="true"/>}. {@code initials}: also stack
 * each word's initials over its full pinyin ({@code true} on {@link PinyinAnalyzer}'s index side; default
 * {@code false}, its query side). Put it after {@code hanlp} and {@code lowercase}.
 */
public final class PinyinFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "studykbPinyin";
    static final String INITIALS = "initials";

    private final boolean initials;

    public PinyinFilterFactory(Map<String, String> args) {
        super(args);
        initials = FactoryArgs.flag(NAME, args, INITIALS, false);
        FactoryArgs.refuseUnknown(NAME, args, INITIALS);
    }

    /** Lucene's SPI requires it; use {@link #PinyinFilterFactory(Map)}. */
    public PinyinFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new PinyinFilter(input, initials);
    }
}
