package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.FactoryChains.assertSameTokens;
import static org.studykb.analysis.FactoryChains.chain;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

class SyllableJoinFilterFactoryTest {
    /** Pinyin as people type it into the search box, spaced, joined, as initials, mixed with Chinese. */
    static final List<String> TYPED = List.of("ke xue fa zhan guan", "minzhu shenghuo hui", "mzshh",
            "zheng gai tai zhang 2023", "xian 安 zhong", "Ke Xue Fa Zhan Guan", "fang an", "xi'an");

    static CustomAnalyzer.Builder pinyinQuery() throws IOException {
        return chain().addCharFilter(FoldingCharFilterFactory.NAME)
                .withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "dictionary.txt", "mode", "query")
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(PinyinFilterFactory.NAME, "initials", "false");
    }

    @Test
    void byNameItGivesPinyinAnalyzersQueryTokens() throws IOException {
        List<String> texts = new ArrayList<>(TYPED);
        texts.addAll(FactoryChains.texts());
        try (Analyzer ours = new PinyinAnalyzer(DICTS, StudyAnalyzer.Mode.QUERY);
             Analyzer byName = FactoryChains.byName(Chain.PINYIN_QUERY);
             Analyzer unjoined = pinyinQuery().build()) {
            assertSameTokens(ours, byName, texts);
            assertThat(TestDicts.terms(byName, "ke xue fa zhan guan")).containsExactly("kexuefazhanguan");
            assertThat(FactoryChains.differ(byName, unjoined, TYPED)).as("joining changes typed syllables").isTrue();
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(TokenFilterFactory.lookupClass(SyllableJoinFilterFactory.NAME))
                .isEqualTo(SyllableJoinFilterFactory.class);
        assertThatThrownBy(SyllableJoinFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyArgumentIsRefused() {
        assertThatThrownBy(() -> chain().addTokenFilter(SyllableJoinFilterFactory.NAME, "separator", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbSyllableJoin: unknown parameter(s) [separator]; it takes none");
    }
}
