package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.FactoryChains.assertSameTokens;
import static org.studykb.analysis.FactoryChains.chain;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.junit.jupiter.api.Test;

class NgramTokenizerFactoryTest {

    static Analyzer ngrams(String mode) throws IOException {
        return chain().addCharFilter(FoldingCharFilterFactory.NAME)
                .withTokenizer(NgramTokenizerFactory.NAME, "mode", mode)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .build();
    }

    @Test
    void byNameItGivesNgramAnalyzersTokensInBothModes() throws IOException {
        try (Analyzer index = new NgramAnalyzer(StudyAnalyzer.Mode.INDEX);
             Analyzer query = new NgramAnalyzer(StudyAnalyzer.Mode.QUERY);
             Analyzer indexByName = FactoryChains.byName(Chain.NGRAMS_INDEX);
             Analyzer queryByName = FactoryChains.byName(Chain.NGRAMS_QUERY);
             Analyzer upperCaseMode = ngrams("QUERY")) {
            assertSameTokens(queryByName, upperCaseMode, FactoryChains.EDGE_TEXTS);
            assertThat(assertSameTokens(index, indexByName, FactoryChains.texts())).isGreaterThan(100_000);
            assertSameTokens(query, queryByName, FactoryChains.texts());
            assertThat(FactoryChains.differ(indexByName, queryByName, FactoryChains.EDGE_TEXTS)).isTrue();
        }
    }

    @Test
    void queryIsTheDefaultMode() throws IOException {
        try (Analyzer query = new NgramAnalyzer(StudyAnalyzer.Mode.QUERY);
             Analyzer byDefault = chain().addCharFilter(FoldingCharFilterFactory.NAME)
                     .withTokenizer(NgramTokenizerFactory.NAME).addTokenFilter(LowerCaseFilterFactory.NAME).build()) {
            assertSameTokens(query, byDefault, FactoryChains.EDGE_TEXTS);
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(TokenizerFactory.lookupClass(NgramTokenizerFactory.NAME)).isEqualTo(NgramTokenizerFactory.class);
        assertThatThrownBy(NgramTokenizerFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> chain().withTokenizer(NgramTokenizerFactory.NAME, "minGramSize", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbNgram: unknown parameter(s) [minGramSize]; it takes mode");
        assertThatThrownBy(() -> chain().withTokenizer(NgramTokenizerFactory.NAME, "mode", "bigram"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbNgram: mode='bigram' is neither 'index' nor 'query'");
    }
}
