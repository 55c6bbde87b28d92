package org.studykb.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.config.ConfigException;

/** The indexer folder as one object: each part read once and then the same for every caller. */
class IndexerSettingsTest {

    @Test
    void eachPartIsReadOnceAndShared() {
        IndexerSettings settings = IndexerSettings.of(Path.of("indexer"));
        assertThat(settings.analyzers()).isSameAs(settings.analyzers());
        assertThat(settings.pipeline()).isSameAs(settings.pipeline());
        assertThat(settings.rectify()).isSameAs(settings.rectify());
        assertThat(settings.analyzers().dictionary()).contains("民主生活会");
    }

    @Test
    void readingForIndexingKeepsTheSamePartsAsReadingThemOneByOne() {
        IndexerSettings settings = IndexerSettings.of(Path.of("indexer"));
        settings.readForIndexing();
        var pipeline = settings.pipeline();
        var analyzers = settings.analyzers();
        settings.readForIndexing();
        assertThat(settings.pipeline()).isSameAs(pipeline);
        assertThat(settings.analyzers()).isSameAs(analyzers);
    }

    @Test
    void aFaultInThePipelineReadBesideTheAnalyzersIsThrownAsItself(@TempDir Path root) throws IOException {
        Path folder = copyOfIndexer(root);
        Files.writeString(folder.resolve("types.yml"), "types:\n  - name: [\n", StandardCharsets.UTF_8);
        IndexerSettings settings = IndexerSettings.of(folder);
        assertThatThrownBy(settings::readForIndexing).isInstanceOf(ConfigException.class)
                .hasMessageContaining("types.yml");
    }

    private static Path copyOfIndexer(Path root) throws IOException {
        Path folder = root.resolve("indexer");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("indexer"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void aMissingFolderIsRefusedByName(@TempDir Path root) {
        Path missing = root.resolve("没有这个目录");
        assertThatThrownBy(() -> IndexerSettings.of(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }
}
