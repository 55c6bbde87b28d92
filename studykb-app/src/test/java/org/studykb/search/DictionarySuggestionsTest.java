package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.index.IndexAnalyzers;

/**
 * The domain dictionary is read once, by analysis, and suggestions take its words from the analyzers: folded as
 * the text is (a term written in traditional characters is offered in the simplified form the index holds), with
 * no second reading of {@code dictionary.txt} that folded it differently.
 */
class DictionarySuggestionsTest {
    @TempDir
    Path config;

    @Test
    void theAnalyzersCarryTheDictionaryFoldedAsTheText() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("indexer"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(config.resolve("dictionary.txt"), "\n協同聯審機制 nz 1000\nＭＤＴ會診 nz 1000\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        assertThat(analyzers.dictionary()).contains("协同联审机制", "mdt会诊", "民主生活会")
                .doesNotContain("協同聯審機制", "ＭＤＴ會診");
    }
}
