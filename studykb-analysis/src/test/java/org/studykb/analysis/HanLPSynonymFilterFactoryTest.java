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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanLPSynonymFilterFactoryTest {

    /** StudyAnalyzer's query side, by name. */
    static Analyzer queryChain(CustomAnalyzer.Builder b, String... synonymArgs) throws IOException {
        return b.addCharFilter(FoldingCharFilterFactory.NAME)
                .withTokenizer(HanLPTokenizerFactory.NAME, "dictionary", "dictionary.txt", "mode", "query")
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(HanLPSynonymFilterFactory.NAME, synonymArgs)
                .build();
    }

    /** Every entry of {@code indexer/synonyms.txt} as a query of its own, read from the file (not copied). */
    static List<String> synonymEntries() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(TestDicts.CONFIG.resolve("synonyms.txt"), StandardCharsets.UTF_8)) {
            String rule = Comments.strip(line);
            if (!rule.isEmpty()) {
                Arrays.stream(rule.split("=>|,")).map(String::strip).forEach(entries::add);
            }
        }
        return entries;
    }

    @Test
    void byNameItGivesStudyAnalyzersQueryTokens() throws IOException {
        List<String> texts = new ArrayList<>(synonymEntries());
        texts.addAll(FactoryChains.texts());
        try (Analyzer ours = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.QUERY);
             Analyzer byName = FactoryChains.byName(Chain.WORDS_QUERY);
             Analyzer withoutSynonyms = new StudyAnalyzer(DICTS.withoutSynonyms(), StudyAnalyzer.Mode.QUERY)) {
            assertThat(synonymEntries()).hasSizeGreaterThan(50);
            assertSameTokens(ours, byName, texts);
            assertThat(FactoryChains.differ(byName, withoutSynonyms, synonymEntries()))
                    .as("the synonyms add tokens, so the comparison can fail").isTrue();
        }
    }

    @Test
    void foundByItsSpiName() {
        assertThat(TokenFilterFactory.lookupClass(HanLPSynonymFilterFactory.NAME))
                .isEqualTo(HanLPSynonymFilterFactory.class);
        assertThatThrownBy(HanLPSynonymFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void synonymsAreRequiredAndUnknownArgumentsRefused() {
        assertThatThrownBy(() -> chain().addTokenFilter(HanLPSynonymFilterFactory.NAME, "dictionary", "dictionary.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbSynonyms: synonyms is required (a resource name)");
        assertThatThrownBy(() -> chain().addTokenFilter(HanLPSynonymFilterFactory.NAME,
                "synonyms", "synonyms.txt", "expand", "true", "format", "solr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("studykbSynonyms: unknown parameter(s) [expand, format]; it takes synonyms, dictionary");
    }

    @Test
    void missingResourcesAreNamed() {
        assertThatThrownBy(() -> queryChain(chain(), "dictionary", "dictionary.txt", "synonyms", "no-synonyms.txt"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("studykbSynonyms: cannot read synonyms 'no-synonyms.txt'");
        assertThatThrownBy(() -> queryChain(chain(), "dictionary", "no-dictionary.txt", "synonyms", "synonyms.txt"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("studykbSynonyms: cannot read dictionary 'no-dictionary.txt'");
    }

    @Test
    void aConflictingSynonymLineIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dictionary.txt"), "民主生活会\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("syn.txt"), "民主生活会, 生活会\n# note\n生活会, 组织生活会\n", StandardCharsets.UTF_8);
        CustomAnalyzer.Builder b = CustomAnalyzer.builder(new FilesystemResourceLoader(dir, getClass().getClassLoader()));
        assertThatThrownBy(() -> queryChain(b, "dictionary", "dictionary.txt", "synonyms", "syn.txt"))
                .isInstanceOf(MalformedDictionaryException.class)
                .hasMessage("syn.txt:3: '生活会' is already in the group on line 1");
    }
}
