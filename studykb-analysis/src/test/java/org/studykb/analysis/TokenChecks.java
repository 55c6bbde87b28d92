package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.ValidatingTokenFilter;

/**
 * Our stand-in for checkRandomData (which needs Lucene's randomized runner): Lucene's
 * ValidatingTokenFilter checks positions and graph offsets while the stream is consumed; we add
 * that every token is exactly the folded original text between its offsets and that the final
 * offset is the text's length.
 */
final class TokenChecks {
    private TokenChecks() {}

    /** Consumes {@code text} through {@code analyzer} under validation; returns the tokens. */
    static List<TestDicts.Tok> validated(Analyzer analyzer, String text, boolean termsAreSubstrings) {
        List<TestDicts.Tok> out;
        try (TokenStream ts = new ValidatingTokenFilter(analyzer.tokenStream("body", text), "last")) {
            out = TestDicts.readAll(ts);
            ts.end();
            assertThat(ts.getAttribute(OffsetAttribute.class).endOffset()).as("final offset of %s", text)
                    .isEqualTo(text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (TestDicts.Tok tok : out) {
            assertThat(tok.end()).as("end offset of %s in %s", tok, text).isLessThanOrEqualTo(text.length());
            assertThat(tok.term()).as("empty token in %s", text).isNotEmpty();
            if (termsAreSubstrings) {
                assertThat(Folding.fold(text.substring(tok.start(), tok.end())))
                        .as("token %s vs the original text in %s", tok, text)
                        .isEqualTo(tok.term());
            }
        }
        return out;
    }
}
