package org.studykb.analysis;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.FactoryChains.chain;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.junit.jupiter.api.Test;

class TraditionalToSimplifiedCharFilterFactoryTest {

    @Test
    void foldsTraditionalAndCirclesOnlyWithOffsetsIntoTheOriginal() throws IOException {
        try (Analyzer t2s = chain().addCharFilter(TraditionalToSimplifiedCharFilterFactory.NAME)
                .withTokenizer(KeywordTokenizerFactory.NAME).build()) {
            // width and case are the next pieces' work
            assertTokenStreamContents(t2s.tokenStream("body", "深入學習實踐ＨＩＳ二○○八年"),
                    new String[] {"深入学习实践ＨＩＳ二〇〇八年"}, new int[] {0}, new int[] {14}, 14);
            assertThat(t2s.normalize("body", "黨員").utf8ToString()).isEqualTo("党员");
        }
    }

    @Test
    void withoutItTheFoldingPiecesLeaveTraditionalText() throws IOException {
        try (Analyzer withIt = FoldingCharFilterFactoryTest.words(FoldingCharFilterFactoryTest.pieces());
             Analyzer without = FoldingCharFilterFactoryTest.words(chain()
                     .addCharFilter(CJKWidthCharFilterFactory.NAME).addCharFilter(LowerCaseCharFilterFactory.NAME))) {
            assertThat(TestDicts.terms(withIt, "黨員幹部")).containsExactly("党员", "干部");
            assertThat(TestDicts.terms(without, "黨員幹部")).doesNotContain("党员");
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(CharFilterFactory.lookupClass(TraditionalToSimplifiedCharFilterFactory.NAME))
                .isEqualTo(TraditionalToSimplifiedCharFilterFactory.class);
        assertThatThrownBy(TraditionalToSimplifiedCharFilterFactory::new)
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyArgumentIsRefused() {
        assertThatThrownBy(() -> chain().addCharFilter(TraditionalToSimplifiedCharFilterFactory.NAME, "table", "s2t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbT2s: unknown parameter(s) [table]; it takes none");
    }
}
