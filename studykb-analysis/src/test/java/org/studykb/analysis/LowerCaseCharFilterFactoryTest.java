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

class LowerCaseCharFilterFactoryTest {

    @Test
    void lowerCasesBeforeTheTokenizerKeepingEveryOffset() throws IOException {
        try (Analyzer lower = chain().addCharFilter(LowerCaseCharFilterFactory.NAME)
                .withTokenizer(KeywordTokenizerFactory.NAME).build()) {
            assertTokenStreamContents(lower.tokenStream("body", "HIS系统ＤＲＧ𝐀"),
                    new String[] {"his系统ｄｒｇ𝐀"}, new int[] {0}, new int[] {10}, 10);
            assertThat(lower.normalize("body", "DRG").utf8ToString()).isEqualTo("drg");
        }
    }

    @Test
    void theSegmenterSeesLowerCaseText() throws IOException {
        // HanLP segments upper- and lower-case Latin differently; the filter after it cannot undo that
        try (Analyzer withIt = FoldingCharFilterFactoryTest.words(FoldingCharFilterFactoryTest.pieces());
             Analyzer without = FoldingCharFilterFactoryTest.words(chain()
                     .addCharFilter(TraditionalToSimplifiedCharFilterFactory.NAME)
                     .addCharFilter(CJKWidthCharFilterFactory.NAME))) {
            assertThat(TestDicts.tokens(withIt, "HIS系统升级")).isEqualTo(TestDicts.tokens(withIt, "his系统升级"));
            assertThat(FactoryChains.differ(withIt, without, FactoryChains.texts())).isTrue();
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(CharFilterFactory.lookupClass(LowerCaseCharFilterFactory.NAME))
                .isEqualTo(LowerCaseCharFilterFactory.class);
        assertThatThrownBy(LowerCaseCharFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyArgumentIsRefused() {
        assertThatThrownBy(() -> chain().addCharFilter(LowerCaseCharFilterFactory.NAME, "locale", "tr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbLowercase: unknown parameter(s) [locale]; it takes none");
    }
}
