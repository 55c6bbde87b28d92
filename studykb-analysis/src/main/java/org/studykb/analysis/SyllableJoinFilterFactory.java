package org.studykb.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Names {@link SyllableJoinFilter}, the query side of pinyin ({@code ke xue fa zhan guan} → kexuefazhanguan):
 * {@code <filter name="studykbSyllableJoin"/>}, after {@code studykbPinyin}. No arguments.
 */
public final class SyllableJoinFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "studykbSyllableJoin";

    public SyllableJoinFilterFactory(Map<String, String> args) {
        super(args);
        FactoryArgs.refuseUnknown(NAME, args);
    }

    /** Lucene's SPI requires it; use {@link #SyllableJoinFilterFactory(Map)}. */
    public SyllableJoinFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SyllableJoinFilter(input);
    }
}
