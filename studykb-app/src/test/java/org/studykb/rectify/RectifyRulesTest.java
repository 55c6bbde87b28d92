package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.config.ConfigException;

class RectifyRulesTest {

    @Test
    void theShippedRulesParseAndEveryThresholdIsAFraction() {
        RectifyRules rules = Docs.rules();
        assertThat(rules.categories()).isNotEmpty().last().extracting(RectifyRules.CategoryRule::name).isEqualTo("其他");
        assertThat(rules.columns()).extracting(RectifyRules.ColumnNames::column).contains(TableHeader.Column.values());
        assertThat(rules.thresholds().suggest()).isBetween(0.0, 1.0);
    }

    @Test
    void everyCategoryNamedInTheLedgerIsReachable() {
        RectifyRules rules = Docs.rules();
        assertThat(rules.categoryOf("（二）官僚主义方面", "深入一线不够")).isEqualTo("四风/官僚主义");
        assertThat(rules.categoryOf("", "评标专家抽取和管理不规范")).isEqualTo("廉政");
        assertThat(rules.categoryOf("", "干部业务培训少")).isEqualTo("业务能力");
        assertThat(rules.categoryOf("", "项目前期审批环节多")).isEqualTo("工作效率");
        assertThat(rules.categoryOf("", "领导干部下基层调研少")).isEqualTo("作风建设");
        assertThat(rules.categoryOf("", "干部交流轮岗机制不健全")).isEqualTo("制度建设");
        assertThat(rules.categoryOf("", "机关食堂饭菜品种单一")).isEqualTo("其他");
    }

    @Test
    void aTypeInTwoRolesIsRefusedWithTheFileName(@TempDir Path dir) throws IOException {
        String yml = Files.readString(Path.of("indexer", RectifyRules.FILE), StandardCharsets.UTF_8)
                .replace("plan: [整改方案]", "plan: [整改方案, 整改台账]");
        Files.writeString(dir.resolve(RectifyRules.FILE), yml, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RectifyRules.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RectifyRules.FILE).hasMessageContaining("整改台账");
    }

    @Test
    void aMissingKeyIsNamed(@TempDir Path dir) throws IOException {
        String yml = Files.readString(Path.of("indexer", RectifyRules.FILE), StandardCharsets.UTF_8)
                .replaceAll("(?m)^  suggest: .*$", "");
        Files.writeString(dir.resolve(RectifyRules.FILE), yml, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RectifyRules.load(dir)).hasMessageContaining("thresholds.suggest");
    }

    @Test
    void aBadRegexIsNamed(@TempDir Path dir) throws IOException {
        String yml = Files.readString(Path.of("indexer", RectifyRules.FILE), StandardCharsets.UTF_8)
                .replace("  - '^(其他|其余)(意见|问题|建议)'", "  - '^(其他'");
        Files.writeString(dir.resolve(RectifyRules.FILE), yml, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RectifyRules.load(dir)).hasMessageContaining("not-problems");
    }

    /** One YAML reader for indexer/: a key given twice is refused with its line, as in types.yml or campaigns.yml. */
    @Test
    void aKeyGivenTwiceIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        String yml = Files.readString(Path.of("indexer", RectifyRules.FILE), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^(  suggest: .*)$", "$1\n  suggest: 0.9");
        Files.writeString(dir.resolve(RectifyRules.FILE), yml, StandardCharsets.UTF_8);
        int line = (int) yml.lines().takeWhile(l -> !l.equals("  suggest: 0.9")).count() + 1;
        assertThatThrownBy(() -> RectifyRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(RectifyRules.FILE + ":" + line).hasMessageContaining("suggest");
    }
}
