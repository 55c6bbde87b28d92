package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.FactoryChains.assertSameTokens;
import static org.studykb.analysis.FactoryChains.chain;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

class FoldingCharFilterFactoryTest {

    static Analyzer words(CustomAnalyzer.Builder folded) throws IOException {
        return folded.withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "dictionary.txt", "mode", "index")
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .build();
    }

    /** The three pieces by name, in {@link Folding}'s order. */
    static CustomAnalyzer.Builder pieces() throws IOException {
        return chain().addCharFilter(TraditionalToSimplifiedCharFilterFactory.NAME)
                .addCharFilter(CJKWidthCharFilterFactory.NAME)
                .addCharFilter(LowerCaseCharFilterFactory.NAME);
    }

    @Test
    void byNameItFoldsAsStudyAnalyzerDoesAndSoDoItsThreePieces() throws IOException {
        try (Analyzer ours = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
             Analyzer whole = words(chain().addCharFilter(FoldingCharFilterFactory.NAME));
             Analyzer threePieces = words(pieces());
             Analyzer unfolded = words(chain())) {
            assertSameTokens(ours, whole, FactoryChains.texts());
            assertSameTokens(ours, threePieces, FactoryChains.texts());
            assertThat(FactoryChains.differ(whole, unfolded, FactoryChains.EDGE_TEXTS))
                    .as("folding changes traditional, full-width and upper-case text").isTrue();
        }
    }

    @Test
    void prefixAndWildcardTermsAreFoldedAlike() throws IOException {
        try (Analyzer ours = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.QUERY);
             Analyzer whole = words(chain().addCharFilter(FoldingCharFilterFactory.NAME))) {
            for (String text : FactoryChains.EDGE_TEXTS) {
                assertThat(whole.normalize("body", text)).as(text).isEqualTo(ours.normalize("body", text));
            }
            assertThat(whole.normalize("body", "學習ＨＩＳ").utf8ToString()).isEqualTo("学习his");
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(CharFilterFactory.lookupClass(FoldingCharFilterFactory.NAME)).isEqualTo(FoldingCharFilterFactory.class);
        assertThatThrownBy(FoldingCharFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyArgumentIsRefused() {
        assertThatThrownBy(() -> chain().addCharFilter(FoldingCharFilterFactory.NAME, "mapping", "t2s.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbFolding: unknown parameter(s) [mapping]; it takes none");
    }
}
