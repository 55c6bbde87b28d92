package org.studykb.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** The project's own {@code indexer/} dictionaries, loaded once for all tests, and token capture. */
final class TestDicts {
    static final Path CONFIG = Path.of("indexer");
    static final Dictionaries DICTS = load();

    private TestDicts() {}

    private static Dictionaries load() {
        try {
            return Dictionaries.load(CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One emitted token with everything a test may pin. */
    record Tok(String term, int start, int end, int posInc, int posLen, String type) {
        @Override
        public String toString() {
            return term + "[" + start + "," + end + " +" + posInc + (posLen > 1 ? "/" + posLen : "") + "]";
        }
    }

    static List<Tok> tokens(Analyzer analyzer, String text) {
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            List<Tok> out = readAll(ts);
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resets {@code ts} and reads every token it gives; the caller ends and closes it. */
    static List<Tok> readAll(TokenStream ts) throws IOException {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        ts.reset();
        List<Tok> out = new ArrayList<>();
        while (ts.incrementToken()) {
            out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(),
                    inc.getPositionIncrement(), len.getPositionLength(), type.type()));
        }
        return out;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Tok::term).toList();
    }
}
