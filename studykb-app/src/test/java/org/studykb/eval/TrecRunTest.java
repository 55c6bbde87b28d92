package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studykb.search.SearchBackend.ScoredId;

/** TREC run files: docids with spaces and % survive a write and a read, six fields per line. */
class TrecRunTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"学习调研/新建 Microsoft Word 文档.docx", "a%20b", "100% 完成.xlsx", "%", "%25",
            "%2520", " lead and trail ", "分析检查/2008.12 对照检查材料(刘志强)-修改稿#2.docx", "plain.txt"})
    void docidRoundTripsAndHasNoSpace(String id) {
        String docid = TrecRun.docid(id);
        assertThat(docid).doesNotContain(" ");
        assertThat(TrecRun.id(docid)).isEqualTo(id);
    }

    @Test
    void randomIdsOfSpacesPercentsAndDigitsRoundTrip() {
        Random random = new Random(20081120);
        String alphabet = "% 2052a文";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String id = sb.toString();
            assertThat(TrecRun.id(TrecRun.docid(id))).as("id «%s»", id).isEqualTo(id);
        }
    }

    @Test
    void aWrittenRunReadsBackInRankOrder() throws IOException {
        Path run = dir.resolve("sub/run.trec");
        List<Topics.Topic> topics = List.of(new Topics.Topic("q1", "a"), new Topics.Topic("q2", "b"),
                new Topics.Topic("q3", "nothing"));
        TrecRun.write((query, size) -> switch (query) {
            case "a" -> List.of(new ScoredId("x y.docx", 2.5f), new ScoredId("100%.pdf", 1f));
            case "b" -> List.of(new ScoredId("z.txt", 0.5f));
            default -> List.of();
        }, topics, run, 10, "test");
        List<String> lines = Files.readAllLines(run, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly("q1 Q0 x%20y.docx 1 2.500000 test", "q1 Q0 100%25.pdf 2 1.000000 test",
                "q2 Q0 z.txt 1 0.500000 test");
        assertThat(lines).allSatisfy(l -> assertThat(l.split(" ")).hasSize(6));
        var read = TrecRun.read(run);
        assertThat(read.get("q1")).containsExactly("x y.docx", "100%.pdf");
        assertThat(read.get("q2")).containsExactly("z.txt");
        assertThat(read).doesNotContainKey("q3");
    }

    @Test
    void linesAreOrderedByRankNotByPosition() throws IOException {
        Path run = Files.writeString(dir.resolve("r.trec"), "q1 Q0 b 2 1.0 t\nq1 Q0 a 1 2.0 t\n");
        assertThat(TrecRun.read(run).get("q1")).containsExactly("a", "b");
    }

    @Test
    void malformedRunLinesNameTheLine() throws IOException {
        Path run = Files.writeString(dir.resolve("bad.trec"), "q1 Q0 a 1 2.0 t\nq1 Q0 a b 1 2.0 t\n");
        assertThatThrownBy(() -> TrecRun.read(run)).hasMessageContaining("第 2 行");
    }
}
