package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring ingest's metadata against the judges' table, by the collection's conventions. */
class MetadataScoreTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "title|关于群众“看病难、看病贵”问题的调研报告|关于群众看病难看病贵问题的调研报告|true",
        "title|守住医德医风底线 做有温度的医者——在县人民医院的党课|守住医德医风底线做有温度的医者|true",
        "title|中共临川县卫生健康局委员会关于深入开展活动的实施方案|中共临川县卫生健康局委员会|false",
        "title|某某报告|''|false",
        // a bracketed note at the end is how a reader cites the file, written differently by each collection
        "title|个人对照检查材料（党组书记、局长王明远）|个人对照检查材料（王明远）|true",
        "title|关于印发学习制度的通知（某党发〔2020〕5号）|关于印发学习制度的通知|true",
        "title|关于印发学习制度的通知（某党发〔2020〕5号）|关于印发考勤办法的通知|false",
        "title|学习资料汇编（二）业务篇|学习资料汇编业务篇|false",
        "phase|整改落实、建章立制（回头看）|整改落实、建章立制|true",
        "phase|查摆问题、开展批评|学习教育、听取意见|false",
        "date|2013-07|2013-07-16|true",
        "date|2013-07-12|2013-07|false",
        "date|2013-07-12|2013-07-12|true",
        "campaign|党的群众路线教育实践活动|党的群众路线教育实践活动|true",
    })
    void fieldsCompareByTheCollectionsConventions(String field, String gold, String ours, boolean right) {
        assertThat(MetadataScore.matches(field, gold, ours, Map.of())).isEqualTo(right);
    }

    @Test
    void typesGoThroughTheMapFromTheJudgesNamesToOurs() {
        Map<String, Set<String>> map = Map.of("会议记录", Set.of("座谈会记录", "工作简报"));
        assertThat(MetadataScore.matches("type", "会议记录", "工作简报", map)).isTrue();
        assertThat(MetadataScore.matches("type", "会议记录", "通知", map)).isFalse();
        assertThat(MetadataScore.matches("type", "通知", "通知", map)).as("unmapped names compare as they are").isTrue();
    }

    @Test
    void accuracyIsPerFieldOverEveryJudgedFileAndAnUnreadFileIsWrongEverywhere() throws IOException {
        Path gold = Files.writeString(dir.resolve("docs.tsv"), """
                file\ttitle\tdoc_type\tcampaign\tphase\tdate\tauthor_or_unit
                a.docx\t实施方案\t实施方案\t甲活动\t学习\t2013-07-12\t局党委
                b.pdf\t心得体会\t心得体会\t甲活动\t整改\t2013-12\t张三
                """, StandardCharsets.UTF_8);
        Path types = Files.writeString(dir.resolve("types.tsv"), "# judges\\tours\n实施方案\t实施方案\n",
                StandardCharsets.UTF_8);
        var result = MetadataScore.score(gold, types, Map.of("a.docx", Map.of("title", "实施方案", "type", "实施方案",
                "campaign", "甲活动", "phase", "整改", "date", "2013-07-12")));
        assertThat(result.files()).isEqualTo(2);
        assertThat(result.accuracy()).containsEntry("title", 0.5).containsEntry("phase", 0.0)
                .containsEntry("date", 0.5);
        assertThat(result.misses()).filteredOn(m -> m.file().equals("b.pdf")).hasSize(5);
        assertThat(MetadataScore.missesTsv(result)).contains("a.docx\tphase\t学习\t整改");
    }
}
