package org.studykb.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.analysis.Chain;
import org.studykb.index.Fields;

class ConfigsetTest {

    @Test
    void writesTheSchemaTheConfigAndIndexersResources(@TempDir Path dir) throws IOException {
        Path conf = Configset.write(Path.of("indexer"), dir.resolve("conf"));
        assertThat(conf.resolve(Chain.DICTIONARY)).hasSameBinaryContentAs(Path.of("indexer", Chain.DICTIONARY));
        assertThat(conf.resolve(Chain.SYNONYMS)).hasSameBinaryContentAs(Path.of("indexer", Chain.SYNONYMS));
        String schema = Files.readString(conf.resolve(Configset.SCHEMA), StandardCharsets.UTF_8);
        assertThat(schema)
                .contains("<uniqueKey>" + Fields.ID + "</uniqueKey>")
                .contains("<tokenizer name=\"hanlp\" dictionary=\"dictionary.txt\" mode=\"index\"/>")
                .contains("<filter name=\"studykbSynonyms\" synonyms=\"synonyms.txt\" dictionary=\"dictionary.txt\"/>")
                .contains("<field name=\"" + Fields.ACCESS + "\" type=\"string\" indexed=\"true\" stored=\"true\""
                        + " docValues=\"true\" multiValued=\"true\"/>");
        for (String field : SchemaXml.TEXT_FIELDS.keySet()) {
            assertThat(schema).contains("<field name=\"" + field + "\" type=\"" + SchemaXml.TEXT_FIELDS.get(field)
                    + "\"");
        }
        assertThat(Files.readString(conf.resolve(Configset.SOLRCONFIG), StandardCharsets.UTF_8))
                .contains("<statsCache class=\"org.apache.solr.search.stats.ExactStatsCache\"/>")
                .contains("<str name=\"managedSchemaResourceName\">" + Configset.SCHEMA + "</str>");
    }

    @Test
    void aMissingResourceIsNamed(@TempDir Path dir) throws IOException {
        Path indexer = Files.createDirectories(dir.resolve("indexer"));
        Files.writeString(indexer.resolve(Chain.DICTIONARY), "民主生活会\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Configset.write(indexer, dir.resolve("conf")))
                .isInstanceOf(IOException.class)
                .hasMessage("the configset needs " + indexer.resolve(Chain.SYNONYMS) + ", which is missing");
    }
}
