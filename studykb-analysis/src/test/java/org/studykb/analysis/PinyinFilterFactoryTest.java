package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.FactoryChains.assertSameTokens;
import static org.studykb.analysis.FactoryChains.chain;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.junit.jupiter.api.Test;

class PinyinFilterFactoryTest {

    static Analyzer pinyin(String... pinyinArgs) throws IOException {
        return chain().addCharFilter(FoldingCharFilterFactory.NAME)
                .withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "dictionary.txt", "mode", "index")
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(PinyinFilterFactory.NAME, pinyinArgs)
                .build();
    }

    @Test
    void withInitialsByNameItGivesPinyinAnalyzersIndexTokens() throws IOException {
        try (Analyzer ours = new PinyinAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
             Analyzer byName = FactoryChains.byName(Chain.PINYIN_INDEX);
             Analyzer withoutInitials = pinyin()) {
            assertThat(assertSameTokens(ours, byName, FactoryChains.texts())).isGreaterThan(50_000);
            assertThat(FactoryChains.differ(byName, withoutInitials, FactoryChains.EDGE_TEXTS))
                    .as("initials are stacked only when asked").isTrue();
            assertThat(TestDicts.terms(byName, "科学发展观")).contains("kexuefazhanguan", "kxfzg");
            assertThat(TestDicts.terms(withoutInitials, "科学发展观")).contains("kexuefazhanguan")
                    .doesNotContain("kxfzg");
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(TokenFilterFactory.lookupClass(PinyinFilterFactory.NAME)).isEqualTo(PinyinFilterFactory.class);
        assertThatThrownBy(PinyinFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> chain().addTokenFilter(PinyinFilterFactory.NAME, "initials", "yes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbPinyin: initials='yes' is neither 'true' nor 'false'");
        assertThatThrownBy(() -> chain().addTokenFilter(PinyinFilterFactory.NAME, "tones", "false"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbPinyin: unknown parameter(s) [tones]; it takes initials");
    }
}
