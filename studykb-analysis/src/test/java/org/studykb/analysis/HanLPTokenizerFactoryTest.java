package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.FactoryChains.assertSameTokens;
import static org.studykb.analysis.FactoryChains.chain;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanLPTokenizerFactoryTest {

    static Analyzer words(String mode, String... dictionary) throws IOException {
        CustomAnalyzer.Builder b = chain().addCharFilter(FoldingCharFilterFactory.NAME);
        if (dictionary.length == 0) {
            b.withTokenizer(HanLPTokenizerFactory.NAME, "mode", mode);
        } else {
            b.withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", dictionary[0], "mode", mode);
        }
        return b.addTokenFilter(LowerCaseFilterFactory.NAME).build();
    }

    @Test
    void indexModeByNameGivesStudyAnalyzersIndexTokens() throws IOException {
        try (Analyzer ours = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
             Analyzer byName = FactoryChains.byName(Chain.WORDS_INDEX)) {
            assertThat(assertSameTokens(ours, byName, FactoryChains.texts())).isGreaterThan(50_000);
        }
    }

    @Test
    void queryModeByNameGivesStudyAnalyzersQueryTokensBeforeSynonyms() throws IOException {
        try (Analyzer ours = new StudyAnalyzer(DICTS.withoutSynonyms(), StudyAnalyzer.Mode.QUERY);
             Analyzer byName = words("query", "dictionary.txt");
             Analyzer byDefault = chain().addCharFilter(FoldingCharFilterFactory.NAME)
                     .withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "dictionary.txt")
                     .addTokenFilter(LowerCaseFilterFactory.NAME).build()) {
            assertSameTokens(ours, byName, FactoryChains.texts());
            assertThat(FactoryChains.differ(byName, words("index", "dictionary.txt"), FactoryChains.texts()))
                    .as("index and query mode differ, so the comparison can fail").isTrue();
            assertSameTokens(byName, byDefault, FactoryChains.EDGE_TEXTS); // query is the default mode
        }
    }

    @Test
    void withoutDictionaryItIsHanLPsOwn() throws IOException {
        try (Analyzer ours = new StudyAnalyzer(Dictionaries.builtIn(), StudyAnalyzer.Mode.INDEX);
             Analyzer byName = words("index");
             Analyzer withDictionary = words("index", "dictionary.txt")) {
            assertSameTokens(ours, byName, FactoryChains.texts());
            assertThat(FactoryChains.differ(byName, withDictionary, FactoryChains.texts()))
                    .as("the dictionary changes the tokens").isTrue();
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(TokenizerFactory.lookupClass(HanLPTokenizerFactory.NAME)).isEqualTo(HanLPTokenizerFactory.class);
        assertThat(TokenizerFactory.availableTokenizers()).contains(HanLPTokenizerFactory.NAME.toLowerCase());
        assertThatThrownBy(HanLPTokenizerFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> chain().withTokenizer(HanLPTokenizerFactory.NAME,
                "dictionnary", "dictionary.txt", "mode", "index", "synonym", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hanlp: unknown parameter(s) [dictionnary, synonym]; it takes dictionary, mode");
    }

    @Test
    void aModeOtherThanIndexOrQueryIsRefused() {
        assertThatThrownBy(() -> chain().withTokenizer(HanLPTokenizerFactory.NAME, "mode", "search"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hanlp: mode='search' is neither 'index' nor 'query'");
        assertThatThrownBy(() -> chain().withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hanlp: dictionary is empty");
    }

    @Test
    void aMissingDictionaryIsNamed() {
        assertThatThrownBy(() -> words("index", "no-such-dictionary.txt"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("hanlp: cannot read dictionary 'no-such-dictionary.txt'");
    }

    @Test
    void aMalformedDictionaryLineIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.txt"), "民主生活会\n对照检查材料 nz 多\n", StandardCharsets.UTF_8);
        CustomAnalyzer.Builder b = CustomAnalyzer.builder(new FilesystemResourceLoader(dir, getClass().getClassLoader()));
        assertThatThrownBy(() -> b.withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "words.txt").build())
                .isInstanceOf(MalformedDictionaryException.class)
                .hasMessage("words.txt:2: frequency '多' is not a positive integer");
    }

    @Test
    void aDictionaryFromAnotherLoaderIsUsed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.txt"), "滨河建工\n", StandardCharsets.UTF_8);
        try (Analyzer own = CustomAnalyzer.builder(new FilesystemResourceLoader(dir, getClass().getClassLoader()))
                .withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "words.txt").build()) {
            assertThat(TestDicts.terms(own, "滨河建工召开会议")).startsWith("滨河建工");
            try (Analyzer builtIn = words("query")) {
                assertThat(TestDicts.terms(builtIn, "滨河建工召开会议")).doesNotContain("滨河建工");
            }
        }
    }
}
