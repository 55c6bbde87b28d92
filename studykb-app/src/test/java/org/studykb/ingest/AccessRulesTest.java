package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.config.ConfigException;

/** {@code access.yml}: folders made 内部 by path patterns; the first match wins; mistakes name file and line. */
class AccessRulesTest {
    @TempDir
    Path config;

    private AccessRules load(String yaml) throws IOException {
        Files.writeString(config.resolve(AccessRules.FILE), yaml, StandardCharsets.UTF_8);
        return AccessRules.load(config);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "督导组/通报.txt | LEADER,ADMIN",
        "督导组/2009/反馈.docx | LEADER,ADMIN",
        "办公室/内部/会议记录.txt | WRITER,ADMIN",
        "办公室/会议记录.txt | ''",
        "学习调研/党课讲稿.txt | ''",
    })
    void theFirstMatchingRuleGivesTheRoles(String id, String roles) throws IOException {
        AccessRules rules = load("rules:\n  - path: \"督导组/**\"\n    roles: [LEADER]\n"
                + "  - path: \"*/内部/*\"\n    roles: [WRITER]\n  - path: \"督导组/*\"\n    roles: [MEMBER]\n");
        assertThat(rules.of(id).value().orElse("")).isEqualTo(roles);
        rules.of(id).value().ifPresent(v -> assertThat(rules.of(id).provenance().describe()).contains("access.yml"));
    }

    @Test
    void theShippedFileParsesAndMarksNothing() {
        AccessRules rules = AccessRules.load(Path.of("indexer"));
        assertThat(rules.rules()).isEmpty();
        assertThat(rules.of("督导组/通报.txt").isPresent()).isFalse();
    }

    @Test
    void noFileMeansEverythingIsPublic() {
        assertThat(AccessRules.load(config).rules()).isEmpty();
    }

    @Test
    void anUnknownRoleIsRefusedWithFileAndLine() {
        assertThatThrownBy(() -> load("rules:\n  - path: \"督导组/**\"\n    roles: [BOSS]\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("access.yml")
                .hasMessageContaining("3").hasMessageContaining("BOSS");
    }

    @Test
    void aRuleWithoutRolesIsRefused() {
        assertThatThrownBy(() -> load("rules:\n  - path: \"督导组/**\"\n    roles: []\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("至少");
    }
}
