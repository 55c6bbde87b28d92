package org.studykb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {
    static final String TEXT = "深入學習實踐科學發展觀，坚持以人为本。\n"
            + "一、领导干部下基层调研少，有时走马观花。\n"
            + "二、建立班子成员基层联系点制度，每季度蹲点不少于3天，ＤＲＧ改革。";

    static Analyzer indexing;

    @BeforeAll
    static void load() {
        indexing = IndexAnalyzers.load(IndexCorpusTest.CONFIG).indexing();
    }

    @Test
    void wholeReplayEqualsTheAnalyzer() throws IOException {
        for (String field : List.of(Fields.BODY, Fields.BODY_NGRAM)) {
            AnalyzedText analyzed = AnalyzedText.analyze(indexing, field, TEXT);
            assertThat(tokens(analyzed.all())).isEqualTo(tokens(indexing.tokenStream(field, TEXT)));
            assertThat(analyzed.size()).isGreaterThan(20);
        }
    }

    @Test
    void paragraphSliceEqualsAnalysingTheParagraphAlone() throws IOException {
        int start = TEXT.indexOf("一、");
        int end = TEXT.indexOf('\n', start);
        String paragraph = TEXT.substring(start, end);
        for (String field : List.of(Fields.BODY, Fields.BODY_NGRAM)) {
            AnalyzedText analyzed = AnalyzedText.analyze(indexing, field, TEXT);
            assertThat(tokens(analyzed.slice(start, end))).isEqualTo(tokens(indexing.tokenStream(field, paragraph)));
        }
    }

    @Test
    void sliceOffsetsPointIntoThePassageAndTheFirstTokenTakesAPosition() throws IOException {
        int start = TEXT.indexOf("二、");
        AnalyzedText analyzed = AnalyzedText.analyze(indexing, Fields.BODY, TEXT);
        List<String> slice = tokens(analyzed.slice(start, TEXT.length()));
        assertThat(slice.get(0)).isEqualTo("二[0,1 +1/1]");
        assertThat(slice).contains("drg[27,30 +1/1]");
        assertThat(tokens(analyzed.slice(start, start))).isEmpty();
    }

    @Test
    void aTokenCrossingTheSliceEndIsLeftOut() throws IOException {
        AnalyzedText analyzed = AnalyzedText.analyze(indexing, Fields.BODY, "科学发展观");
        assertThat(tokens(analyzed.slice(0, 4))).doesNotContain("科学发展观[0,5 +0/3]")
                .allMatch(t -> !t.startsWith("观"));
        assertThat(tokens(analyzed.all())).contains("科学发展观[0,5 +0/3]");
    }

    /** Term, offsets, increment and length of each token, and the final offset after end(). */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + " +"
                        + inc.getPositionIncrement() + "/" + len.getPositionLength() + "]");
            }
            ts.end();
        }
        return out;
    }
}
