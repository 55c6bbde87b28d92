package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.FactoryChains.assertSameTokens;
import static org.studykb.analysis.FactoryChains.chain;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.junit.jupiter.api.Test;

class CharSyllableFilterFactoryTest {

    static Analyzer syllables(String mode) throws IOException {
        return chain().addCharFilter(FoldingCharFilterFactory.NAME)
                .withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "dictionary.txt", "mode", mode)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(CharSyllableFilterFactory.NAME)
                .build();
    }

    @Test
    void byNameItGivesSyllableAnalyzersTokens() throws IOException {
        try (Analyzer ours = new SyllableAnalyzer(DICTS);
             Analyzer byName = FactoryChains.byName(Chain.SYLLABLES)) {
            assertThat(assertSameTokens(ours, byName, FactoryChains.texts())).isGreaterThan(50_000);
            assertThat(TestDicts.terms(byName, "民主生活会")).containsExactly("min", "zhu", "sheng", "huo", "hui");
        }
    }

    @Test
    void theBodysChainGivesTheSyllablesTheIndexMakesFromItsWords() throws IOException {
        // the embedded index feeds the body's index words, analysed once, through SyllableAnalyzer.of
        try (Analyzer words = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
             Analyzer ours = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
                 @Override
                 protected Analyzer getWrappedAnalyzer(String field) {
                     return words;
                 }

                 @Override
                 protected TokenStreamComponents wrapComponents(String field, TokenStreamComponents c) {
                     return new TokenStreamComponents(c.getSource(), SyllableAnalyzer.of(c.getTokenStream()));
                 }
             };
             Analyzer byName = FactoryChains.byName(Chain.WORD_SYLLABLES)) {
            assertThat(assertSameTokens(ours, byName, FactoryChains.texts())).isGreaterThan(50_000);
        }
    }

    @Test
    void theSyllablesOfWordsStayTheSameOverTheIndexGraph() throws IOException {
        // each character is read inside the longest word covering it, so the stacked words change no syllable
        try (Analyzer overQueryWords = syllables("query");
             Analyzer overIndexGraph = syllables("index")) {
            assertThat(TestDicts.terms(overIndexGraph, "银行行动，科学发展观"))
                    .isEqualTo(TestDicts.terms(overQueryWords, "银行行动，科学发展观"));
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(TokenFilterFactory.lookupClass(CharSyllableFilterFactory.NAME))
                .isEqualTo(CharSyllableFilterFactory.class);
        assertThatThrownBy(CharSyllableFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyArgumentIsRefused() {
        assertThatThrownBy(() -> chain().addTokenFilter(CharSyllableFilterFactory.NAME, "initials", "true"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbCharSyllable: unknown parameter(s) [initials]; it takes none");
    }
}
