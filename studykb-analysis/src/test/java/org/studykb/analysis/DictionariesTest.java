package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indexer/ data files parse, hold enough, have no duplicates or conflicts; bad lines are named. */
class DictionariesTest {
    @TempDir
    Path dir;

    @Test
    void projectDictionaryAndSynonymsParseWithEnoughEntries() throws IOException {
        assertThat(DICTS.termCount()).isGreaterThanOrEqualTo(300);
        assertThat(DICTS.synonymRuleCount()).isGreaterThanOrEqualTo(100);
        assertThat(DICTS.hasSynonyms()).isTrue();
        assertThat(DICTS.version()).matches("a\\d+-[0-9a-f]{12}");
        String content = Files.readString(TestDicts.CONFIG.resolve(DictionaryFile.NAME));
        List<DictionaryFile.Entry> entries = DictionaryFile.parse(TestDicts.CONFIG.resolve(DictionaryFile.NAME), content);
        assertThat(entries).hasSize(DICTS.termCount());
    }

    @Test
    void everyDictionaryTermIsOneQueryToken() {
        // a term the segmenter would still split is not doing its job
        String content = read(DictionaryFile.NAME);
        try (Analyzer query = new StudyAnalyzer(DICTS.withoutSynonyms(), StudyAnalyzer.Mode.QUERY)) {
            for (DictionaryFile.Entry e : DictionaryFile.parse(Path.of(DictionaryFile.NAME), content)) {
                assertThat(TestDicts.terms(query, e.term())).as("line %d", e.line()).containsExactly(e.term());
            }
        }
    }

    @Test
    void synonymRulesHaveNoDuplicateLinesOrGroups() {
        List<SynonymFile.Rule> rules = SynonymFile.parseRules(Path.of(SynonymFile.NAME), read(SynonymFile.NAME));
        Set<Set<String>> groups = new HashSet<>();
        for (SynonymFile.Rule rule : rules) {
            Set<String> key = new HashSet<>(rule.inputs());
            key.addAll(rule.outputs());
            key.add(rule.equivalence() ? "<=>" : "=>");
            assertThat(groups.add(key)).as("line %d repeats an earlier rule", rule.line()).isTrue();
        }
        assertThat(rules).hasSize(DICTS.synonymRuleCount());
    }

    @Test
    void versionChangesWithTheContent() throws IOException {
        write("民主生活会\n", "四风, 形式主义\n");
        Dictionaries a = Dictionaries.load(dir);
        Dictionaries same = Dictionaries.load(dir);
        write("民主生活会\n组织生活会\n", "四风, 形式主义\n");
        Dictionaries b = Dictionaries.load(dir);
        assertThat(same.version()).isEqualTo(a.version());
        assertThat(b.version()).isNotEqualTo(a.version());
        assertThat(b.termCount()).isEqualTo(2);
    }

    @Test
    void twoConfigurationsLiveSideBySide() throws IOException {
        write("五个一天\n", "四风, 形式主义\n");
        Dictionaries withTerm = Dictionaries.load(dir);
        try (Analyzer a = new StudyAnalyzer(withTerm, StudyAnalyzer.Mode.QUERY);
             Analyzer b = new StudyAnalyzer(Dictionaries.builtIn(), StudyAnalyzer.Mode.QUERY)) {
            assertThat(TestDicts.terms(a, "五个一天")).containsExactly("五个一天");
            assertThat(TestDicts.terms(b, "五个一天")).hasSizeGreaterThan(1);
        }
    }

    @ParameterizedTest(name = "{0} line {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "dictionary.txt | 2 | 民主生活会\\n两学一做 zzz\\n                     | unknown HanLP nature 'zzz'",
        "dictionary.txt | 3 | 民主生活会\\n# note\\n民主生活会 n\\n         | duplicate term '民主生活会' (first on line 1)",
        "dictionary.txt | 1 | 三会一课 n -5\\n                             | not a positive integer",
        "dictionary.txt | 1 | 三会一课 n 5 extra\\n                        | expected 'term [nature [frequency]]'",
        "dictionary.txt | 2 | 四风\\n门难进、脸难看\\n                        | no punctuation",
        "dictionary.txt | 1 | 党\\n                                       | shorter than 2 characters",
        "synonyms.txt   | 2 | 四风, 形式主义\\n党课, , 讲党课\\n                | empty entry",
        "synonyms.txt   | 1 | 四风 => 形式主义 => 官僚主义\\n               | more than one '=>'",
        "synonyms.txt   | 1 | 四风\\n                                     | at least two entries",
        "synonyms.txt   | 3 | 四风, 形式主义\\n\\n四风, 官僚主义\\n          | already in the group on line 1",
        "synonyms.txt   | 1 | 党课, 党课\\n                               | repeats another entry",
        "synonyms.txt   | 1 | 党课, ，。\\n                               | was completely eliminated",
    })
    void malformedLinesAreNamedWithFileAndLine(String file, int line, String content, String reason) throws IOException {
        String text = content.replace("\\n", "\n");
        if (file.equals(DictionaryFile.NAME)) {
            write(text, "");
        } else {
            write("民主生活会\n", text);
        }
        assertThatThrownBy(() -> Dictionaries.load(dir))
                .isInstanceOf(MalformedDictionaryException.class)
                .hasMessageStartingWith(dir.resolve(file) + ":" + line + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((MalformedDictionaryException) e).line()).isEqualTo(line));
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> Dictionaries.load(dir))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(dir.resolve(DictionaryFile.NAME).toString());
    }

    @Test
    void commentsBomAndCrlfAreAccepted() throws IOException {
        write("\uFEFF# comment\r\n民主生活会 nz 10 # trailing\r\n\r\n", "# c\r\n四风, 形式主义 # why\r\n");
        Dictionaries d = Dictionaries.load(dir);
        assertThat(d.termCount()).isEqualTo(1);
        assertThat(d.synonymRuleCount()).isEqualTo(1);
    }

    @Test
    void termsAreFoldedLikeText() throws IOException {
        write("ＨＩＳ系統\n", "");
        try (Analyzer a = new StudyAnalyzer(Dictionaries.load(dir), StudyAnalyzer.Mode.QUERY)) {
            assertThat(TestDicts.terms(a, "HIS系统")).containsExactly("his系统");
        }
    }

    private void write(String dictionary, String synonyms) throws IOException {
        Files.writeString(dir.resolve(DictionaryFile.NAME), dictionary, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SynonymFile.NAME), synonyms, StandardCharsets.UTF_8);
    }

    private static String read(String name) {
        try {
            return Files.readString(TestDicts.CONFIG.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
