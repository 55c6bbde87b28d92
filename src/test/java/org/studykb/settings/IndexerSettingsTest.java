package org.studykb.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aMissingFolderIsRefusedByName(@TempDir Path root) {
        Path missing = root.resolve("没有这个目录");
        assertThatThrownBy(() -> IndexerSettings.of(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }
}
