package org.studykb.analysis;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * The character folding every studykb analyzer applies before tokenizing: traditional to simplified
 * (HanLP's {@code t2s} table), ○ to 〇, full-width to half-width, upper to lower case.
 *
 * <p>Only the table's one-character entries are used, so folding never depends on context: a
 * substring folds to the same characters as it does inside the whole text, which the exact-phrase
 * safety net relies on. Some entries change the UTF-16 length (a BMP character whose simplified
 * form is a supplementary one, or the reverse); {@link MappingCharFilter} records the offset
 * corrections, so offsets still point into the original text.
 */
final class Folding {
    static final String T2S_RESOURCE = "data/dictionary/tc/t2s.txt";
    /** ○ and ◯ written for 〇 in dates (二○○八年): folded to the ideograph so both spellings match. */
    static final String[] CIRCLES_AS_ZERO = {"\u25CB", "\u25EF"};

    private Folding() {}

    /**
     * Wraps {@code in} with traditional→simplified, width and case folding: the pieces {@link
     * TraditionalToSimplifiedCharFilterFactory}, Lucene's {@code cjkWidth} and {@link LowerCaseCharFilterFactory}
     * name, in this order ({@link FoldingCharFilterFactory} names all three).
     */
    static Reader fold(Reader in) {
        return new LowerCaseCharFilter(new CJKWidthCharFilter(traditionalToSimplified(in)));
    }

    /** Traditional → simplified (one character to one character) and ○ → 〇, offsets corrected. */
    static Reader traditionalToSimplified(Reader in) {
        return new MappingCharFilter(T2s.MAP, in);
    }

    /** Folds a short string, for tests and dictionary terms. */
    static String fold(String text) {
        try (Reader r = fold(new java.io.StringReader(text))) {
            StringBuilder sb = new StringBuilder(text.length());
            char[] buf = new char[256];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lazily loaded once per JVM; immutable afterwards. */
    private static final class T2s {
        static final NormalizeCharMap MAP = load();

        private static NormalizeCharMap load() {
            InputStream in = HanLP.class.getClassLoader().getResourceAsStream(T2S_RESOURCE);
            if (in == null) {
                throw new IllegalStateException(T2S_RESOURCE + " not found on the classpath (HanLP portable jar)");
            }
            NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int lineNo = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    lineNo++;
                    int eq = line.indexOf('=');
                    if (eq <= 0 || eq == line.length() - 1) {
                        continue;
                    }
                    String from = line.substring(0, eq);
                    String to = line.substring(eq + 1);
                    boolean oneToOne = from.codePointCount(0, from.length()) == 1
                            && to.codePointCount(0, to.length()) == 1;
                    if (oneToOne && !from.equals(to)) {
                        builder.add(from, to);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + T2S_RESOURCE, e);
            }
            for (String circle : CIRCLES_AS_ZERO) {
                builder.add(circle, "\u3007");
            }
            return builder.build();
        }
    }
}
