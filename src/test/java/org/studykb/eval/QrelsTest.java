package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading qrels and query classes: the format, escaped ids, and errors that name the line. */
class QrelsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsGradesPerQueryWithUnescapedIds() throws IOException {
        Qrels qrels = Qrels.read(file("q.txt", """
                q1 0 分析检查/a.docx 2
                q1 0 学习调研/新建%20Microsoft%20Word%20文档.docx 1

                # a comment
                q2\t0\t整改落实/100%25.xlsx\t0
                """));
        assertThat(qrels.queries()).containsExactly("q1", "q2");
        assertThat(qrels.of("q1")).containsEntry("分析检查/a.docx", 2)
                .containsEntry("学习调研/新建 Microsoft Word 文档.docx", 1).hasSize(2);
        assertThat(qrels.of("q2")).containsExactly(java.util.Map.entry("整改落实/100%.xlsx", 0));
        assertThat(qrels.of("nope")).isEmpty();
    }

    @Test
    void malformedLinesAreReportedWithFileAndLine() throws IOException {
        assertThatThrownBy(() -> Qrels.read(file("a.txt", "q1 0 a.docx 2\nq1 0 b.docx\n")))
                .hasMessageContaining("a.txt").hasMessageContaining("第 2 行");
        assertThatThrownBy(() -> Qrels.read(file("b.txt", "q1 0 a.docx 3\n"))).hasMessageContaining("0、1 或 2");
        assertThatThrownBy(() -> Qrels.read(file("c.txt", "q1 0 a.docx x\n"))).hasMessageContaining("不是整数");
        assertThatThrownBy(() -> Qrels.read(file("d.txt", "q1 0 a.docx 1\nq1 0 a.docx 2\n")))
                .hasMessageContaining("重复");
    }

    @Test
    void classesAreReadInOrderAndDuplicatesRejected() throws IOException {
        QueryClasses classes = QueryClasses.read(file("c.tsv", "q1\tkeyword\nq2\tpinyin\n\nq3\tkeyword\n"));
        assertThat(classes.of("q2")).isEqualTo("pinyin");
        assertThat(classes.of("q9")).isNull();
        assertThat(classes.classes()).containsExactly("keyword", "pinyin");
        assertThatThrownBy(() -> QueryClasses.read(file("d.tsv", "q1\tkeyword\nq1\tpinyin\n")))
                .hasMessageContaining("第 2 行").hasMessageContaining("重复");
        assertThatThrownBy(() -> QueryClasses.read(file("e.tsv", "q1 keyword\n"))).hasMessageContaining("第 1 行");
    }

    @Test
    void topicsKeepTheQueryTextAsWritten() throws IOException {
        var topics = Topics.read(file("t.tsv", "\uFEFFq1\t\"照镜子、正衣冠\"\nq2\tmin zhu sheng huo hui\n"));
        assertThat(topics).containsExactly(new Topics.Topic("q1", "\"照镜子、正衣冠\""),
                new Topics.Topic("q2", "min zhu sheng huo hui"));
    }
}
