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

    @Test
    void aTableWithNamedColumnsIsReadByItsHeaderWithPathsAsTheyAre() throws IOException {
        Qrels qrels = Qrels.read(file("qrels.tsv", """
                qid\tfile\tgrade\tnote
                O01\trectify/征求意见 汇总.docx\t2\t群众渠道第1条
                O01\tstudy/100%.txt\t0\t无关
                S02\tstudy/b.pdf\t1\t
                """));
        assertThat(qrels.of("O01")).containsExactly(java.util.Map.entry("rectify/征求意见 汇总.docx", 2),
                java.util.Map.entry("study/100%.txt", 0));
        assertThat(qrels.of("S02")).containsEntry("study/b.pdf", 1);
        assertThatThrownBy(() -> Qrels.read(file("bad.tsv", "qid\tfile\tgrade\nO01\ta.docx\n")))
                .hasMessageContaining("第 2 行");
        assertThatThrownBy(() -> Qrels.read(file("nofile.tsv", "qid\tpath\tgrade\nO01\ta.docx\t1\n")))
                .hasMessageContaining("第 1 行").hasMessageContaining("file");
    }

    @Test
    void headerLinesOfTopicsAndClassesAreNotQueries() throws IOException {
        assertThat(Topics.read(file("topics.tsv", "qid\tquery\nO01\t群众反映 看病排队时间长\n")))
                .containsExactly(new Topics.Topic("O01", "群众反映 看病排队时间长"));
        assertThat(QueryClasses.read(file("classes.tsv", "qid\tclass\nO01\topinion\n")).asMap())
                .containsExactly(java.util.Map.entry("O01", "opinion"));
    }

    @Test
    void collectionsAreListedOneALineWithSixColumns() throws IOException {
        Path list = file("collections.tsv", "# name corpus topics qrels classes expected\n"
                + "demo\tcorpus\te/topics.tsv\te/qrels.txt\te/classes.tsv\te/expected.yaml\n"
                + "other\t../x/corpus\t../x/t.tsv\t../x/q.tsv\t../x/c.tsv\te/expected-other.yaml\n");
        var collections = EvalCollection.read(list, dir);
        assertThat(collections).extracting(EvalCollection::name).containsExactly("demo", "other");
        assertThat(collections.get(1).corpus()).isEqualTo(dir.resolve("../x/corpus"));
        assertThat(collections.get(1).missing()).anySatisfy(m -> assertThat(m).contains("corpus"));
        assertThatThrownBy(() -> EvalCollection.read(file("short.tsv", "demo\tcorpus\n"), dir))
                .hasMessageContaining("第 1 行").hasMessageContaining("6 列");
        assertThatThrownBy(() -> EvalCollection.read(file("twice.tsv", "a\tb\tc\td\te\tf\na\tb\tc\td\te\tf\n"),
                dir)).hasMessageContaining("重复");
    }
}
