package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Means per class, and the --verify check: a score may rise, or fall within its tolerance, no further. */
class ExpectedScoresTest {
    @TempDir
    Path dir;
    Scoreboard board;
    final ExpectedScores.IndexStats stats = new ExpectedScores.IndexStats(3, 12);

    @BeforeEach
    void board() throws IOException {
        Qrels qrels = Qrels.read(Files.writeString(dir.resolve("qrels.txt"), "q1 0 a 2\nq2 0 b 1\nq3 0 c 1\n"));
        QueryClasses classes = QueryClasses.read(Files.writeString(dir.resolve("c.tsv"),
                "q1\tkeyword\nq2\tkeyword\nq3\tpinyin\n"));
        board = new Scoreboard(List.of("q1", "q2", "q3"), qrels, classes);
        // q1 found first, q2 found second, q3 not found
        board.add("sys", Map.of("q1", List.of("a"), "q2", List.of("x", "b")));
    }

    @Test
    void summariesAreMeansPerClassAndOverall() {
        Scoreboard.Summary keyword = board.summary("sys", "keyword");
        assertThat(keyword.queries()).isEqualTo(2);
        assertThat(keyword.mrr()).isCloseTo((1 + 0.5) / 2, within(1e-12));
        assertThat(board.summary("sys", "pinyin").mrr()).isZero();
        assertThat(board.summary("sys", Scoreboard.ALL).mrr()).isCloseTo(0.5, within(1e-12));
        assertThat(board.summary("sys", Scoreboard.ALL).recall()).isCloseTo(2.0 / 3, within(1e-12));
    }

    private ExpectedScores expect(String yaml) throws IOException {
        return ExpectedScores.read(Files.writeString(dir.resolve("expected.yaml"), yaml, StandardCharsets.UTF_8));
    }

    @Test
    void scoresWithinTheToleranceOrAbovePass() throws IOException {
        ExpectedScores e = expect("""
                index_stats: { documents: 3, passages: 12 }
                tolerance: { mrr: 0.01 }
                configs:
                  - name: sys
                    results: { mrr: 0.505, recall@10: 0.5 }
                    classes:
                      keyword: { mrr: 0.75 }
                """);
        assertThat(e.shortfalls(board, stats)).isEmpty();
        assertThat(e.improvements(board)).singleElement().asString().contains("recall@10");
    }

    @Test
    void aScoreBelowItsToleranceFailsAndSaysWhich() throws IOException {
        ExpectedScores e = expect("""
                index_stats: { documents: 3, passages: 12 }
                configs:
                  - name: sys
                    results: { mrr: 0.52 }
                    classes:
                      pinyin: { ndcg@10: 0.1 }
                    tolerance: { ndcg@10: 0.2 }
                  - name: gone
                    results: { mrr: 0.1 }
                """);
        assertThat(e.shortfalls(board, stats)).hasSize(2)
                .anySatisfy(s -> assertThat(s).contains("sys").contains("all").contains("mrr").contains("0.5000"))
                .anySatisfy(s -> assertThat(s).contains("gone"));
    }

    @Test
    void anIndexOfADifferentSizeFails() throws IOException {
        ExpectedScores e = expect("index_stats: { documents: 4, passages: 12 }\nconfigs: []\n");
        assertThat(e.shortfalls(board, stats)).singleElement().asString().contains("4").contains("3");
    }

    @Test
    void renderedExpectationsReadBackAndPass() throws IOException {
        String yaml = ExpectedScores.render(board, List.of(new RunConfig("sys", "System", "test")), stats, "demo",
                "abc123");
        assertThat(yaml).contains("abc123").contains("name: sys").contains("keyword: { ndcg@10:");
        ExpectedScores e = expect(yaml);
        assertThat(e.configs()).singleElement().satisfies(c -> assertThat(c.classes()).containsKeys("keyword",
                "pinyin"));
        assertThat(e.shortfalls(board, stats)).isEmpty();
        assertThat(e.improvements(board)).isEmpty();
    }

    @Test
    void malformedExpectationsAreReportedWithWhere() {
        assertThatThrownBy(() -> expect("index_stats: { documents: x, passages: 1 }\nconfigs: []\n"))
                .hasMessageContaining("index_stats.documents");
        assertThatThrownBy(() -> expect("index_stats: { documents: 1, passages: 1 }\nconfigs:\n  - name: s\n"
                + "    results: { p@5: 0.1 }\n")).hasMessageContaining("p@5");
        assertThatThrownBy(() -> expect("index_stats: [\n")).hasMessageContaining("YAML");
    }

    @Test
    void metadataSharesAreGuardedAtTheirWrittenPrecision() throws IOException {
        ExpectedScores e = expect("index_stats: { documents: 3, passages: 9 }\n"
                + "metadata: { title: 0.9437, phase: 0.9000 }\nconfigs: []\n");
        var exact = new MetadataScore.Result(71, java.util.Map.of("title", 67 / 71.0, "phase", 0.9), List.of());
        assertThat(e.metadataShortfalls(exact)).as("67/71 = 0.94366… is written 0.9437").isEmpty();
        var worse = new MetadataScore.Result(71, java.util.Map.of("title", 66 / 71.0, "phase", 0.9), List.of());
        assertThat(e.metadataShortfalls(worse)).singleElement().asString().contains("title").contains("0.9437");
        assertThat(e.metadataShortfalls(null)).hasSize(2);
    }
}
