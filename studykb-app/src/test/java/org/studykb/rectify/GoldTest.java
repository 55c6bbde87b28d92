package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two forms of rectification gold: our line table and another collection's tables matched by bigrams. */
class GoldTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void tablesGiveProblemsPlacesLinksAndStatusesInOurTerms() throws IOException {
        write("problems.tsv", """
                pid\tcategory\tcampaign\tproblem_summary\tsource_file\tverbatim_excerpt
                P01\t作风\t甲活动\t下基层少\ta/意见汇总.docx\t领导很少到基层来，来了也是听听汇报
                P01\t作风\t甲活动\t下基层少\ta/对照检查.docx\t到基层调研次数少、时间短
                """);
        write("rectifications.tsv", """
                pid\tfile\tverbatim_excerpt\tkind\tstatus
                P01\ta/整改方案.docx\t建立班子成员基层联系点制度，每季度蹲点不少于3天\tmeasure\t持续推进
                P01\ta/回头看.pdf\t仅2名班子成员达到蹲点要求\treview\t未完成
                """);
        write("status.tsv", "pid\tfinal_status\tnote\nP01\t部分整改\t回头看发现销号不实\n");
        Gold gold = Gold.readTables(dir);
        assertThat(gold.problems()).containsOnlyKeys("P01");
        assertThat(gold.of("source", "P01")).hasSize(2);
        assertThat(gold.of("measure", "P01")).singleElement().extracting(Gold.Row::path).isEqualTo("a/整改方案.docx");
        assertThat(gold.of("outcome", "P01")).as("a review finding is read as an outcome").hasSize(1);
        assertThat(gold.statusAllowed("P01", "整改中")).isTrue();
        assertThat(gold.statusAllowed("P01", "超期")).isTrue();
        assertThat(gold.statusAllowed("P01", "已整改")).isFalse();
    }

    @Test
    void bigramCoverageDecidesAMatchInTheTablesForm() throws IOException {
        Gold.Row source = new Gold.Row("source", "P01", "a.docx", "领导很少到基层来，来了也是听听汇报", "",
                Gold.SOURCE_COVER, Gold.SOURCE_REVERSE);
        assertThat(source.matches("a.docx", "群众反映：局领导很少到基层来，来了也是听听汇报、看看台账。")).isTrue();
        assertThat(source.matches("a.docx", "领导很少到基层来")).as("the excerpt covers all of a short text").isTrue();
        assertThat(source.matches("a.docx", "报销周期长，群众跑腿多")).isFalse();
        assertThat(source.matches("b.docx", "领导很少到基层来，来了也是听听汇报")).as("another file").isFalse();
        Gold.Row link = new Gold.Row("measure", "P01", "c.docx", "建立班子成员基层联系点制度，每季度蹲点不少于3天", "",
                Gold.LINK_COVER, 0);
        assertThat(link.matches("c.docx", "建立班子成员基层联系点制度")).as("half the bigrams and more").isTrue();
        assertThat(link.matches("c.docx", "每季度")).isFalse();
    }

    @Test
    void aTableWithoutItsColumnsOrWithAnUnknownStatusIsRefusedByName() throws IOException {
        write("problems.tsv", "pid\tsource_file\nP01\ta.docx\n");
        assertThatThrownBy(() -> Gold.readTables(dir)).hasMessageContaining("problems.tsv")
                .hasMessageContaining("problem_summary");
        write("problems.tsv", "pid\tproblem_summary\tsource_file\tverbatim_excerpt\nP01\t少\ta.docx\t很少\n");
        write("rectifications.tsv", "pid\tfile\tverbatim_excerpt\tkind\n");
        write("status.tsv", "pid\tfinal_status\nP01\t差不多\n");
        assertThatThrownBy(() -> Gold.readTables(dir)).hasMessageContaining("差不多");
    }
}
