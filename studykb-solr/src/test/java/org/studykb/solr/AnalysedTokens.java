package org.studykb.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.solr.common.util.NamedList;
import org.studykb.analysis.SyllableAnalyzer;

/**
 * Tokens as Solr's field analysis reports them (term, offsets, 1-based position, position length, type), from our
 * own analyzers and from an {@code /analysis/field} response, so the two can be compared as lists.
 */
final class AnalysedTokens {
    record Token(String term, int start, int end, int position, int positionLength, String type) {
    }

    private AnalysedTokens() {
    }

    /** The tokens of {@code analyzer} over {@code text} in {@code field}. */
    static List<Token> of(Analyzer analyzer, String field, String text) {
        return of(analyzer.tokenStream(field, text));
    }

    /** The body's syllables, as the embedded index makes them: from the field's index words. */
    static List<Token> syllablesOfWords(Analyzer words, String field, String text) {
        return of(SyllableAnalyzer.of(words.tokenStream(field, text)));
    }

    private static List<Token> of(TokenStream stream) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = 0;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position,
                        len.getPositionLength(), type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The final index-time tokens of one field in an {@code /analysis/field} response: the last stage's.
     *
     * @throws AssertionError when the response lacks the field or a token lacks one of the compared attributes
     */
    @SuppressWarnings("unchecked")
    static List<Token> fromResponse(NamedList<Object> response, String field) {
        NamedList<Object> analysis = (NamedList<Object>) response.get("analysis");
        NamedList<Object> names = (NamedList<Object>) analysis.get("field_names");
        NamedList<Object> ofField = (NamedList<Object>) names.get(field);
        if (ofField == null) {
            throw new AssertionError("no analysis of " + field + " in " + response);
        }
        NamedList<Object> stages = (NamedList<Object>) ofField.get("index");
        Object last = stages.getVal(stages.size() - 1);
        List<Token> out = new ArrayList<>();
        if (!(last instanceof List<?> tokens)) {
            return out; // an empty value: the char filter's text is the only stage
        }
        for (Object t : tokens) {
            NamedList<Object> token = (NamedList<Object>) t;
            Object length = token.get(PositionLengthAttribute.class.getName() + "#positionLength");
            if (length == null) {
                throw new AssertionError("Solr's analysis reports no positionLength: " + token);
            }
            out.add(new Token((String) token.get("text"), (Integer) token.get("start"), (Integer) token.get("end"),
                    (Integer) token.get("position"), (Integer) length, (String) token.get("type")));
        }
        return out;
    }
}
