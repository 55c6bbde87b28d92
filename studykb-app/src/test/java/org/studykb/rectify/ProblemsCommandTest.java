package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.cli.Main;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code problems --data DIR --json}: the contract of docs/architecture.md, over a real index. */
class ProblemsCommandTest {
    static final Set<String> KINDS = Set.of("measure", "outcome", "rule");
    static final Set<String> STATES = Set.of("suggested", "confirmed", "rejected");
    static final Set<String> STATUSES = Set.of("未整改", "整改中", "已整改", "已销号", "超期");

    @TempDir
    static Path corpus;
    @TempDir
    static Path data;

    @BeforeAll
    static void indexFixtures() throws IOException {
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
    }

    /** Runs the command line as {@code java -jar studykb.jar …} does and returns its exit code and output. */
    static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Main()).execute(args);
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    record Run(int code, String out) {
    }

    @Test
    void jsonIsAnArrayOfProblemsWithTheContractFields() {
        Run r = run("problems", "--data", data.toString(), "--config", "indexer", "--json", "--today", "2009-02-28");
        assertThat(r.code()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.isArray()).isTrue();
        assertThat(root.size()).isGreaterThanOrEqualTo(4);
        Set<String> ids = new HashSet<>();
        int links = 0;
        for (JsonNode p : root) {
            for (String f : List.of("id", "text", "category", "campaign", "status")) {
                assertThat(p.get(f)).as(f).isNotNull();
                assertThat(p.get(f).isString()).as(f).isTrue();
            }
            assertThat(ids.add(p.get("id").asString())).as("ids are unique").isTrue();
            assertThat(p.get("text").asString()).isNotBlank();
            assertThat(STATUSES).contains(p.get("status").asString());
            assertThat(p.get("source").get("path").asString()).startsWith("分析检查/");
            assertThat(p.get("source").get("passage").isInt()).isTrue();
            assertThat(p.get("links").isArray()).isTrue();
            for (JsonNode l : p.get("links")) {
                links++;
                assertThat(l.get("path").asString()).isNotBlank();
                assertThat(l.get("text").asString()).isNotBlank();
                assertThat(KINDS).contains(l.get("kind").asString());
                assertThat(l.get("score").isNumber()).isTrue();
                assertThat(l.get("score").asDouble()).isBetween(0.0, 1.0);
                assertThat(STATES).contains(l.get("state").asString());
            }
        }
        assertThat(links).isPositive();
    }

    @Test
    void withoutJsonItPrintsATableWithCountsPerStatus() {
        Run r = run("problems", "--data", data.toString(), "--config", "indexer", "--today", "2009-02-28");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("未整改").contains("已整改").contains("共").contains("干部交流轮岗很少");
    }

    @Test
    void filtersListOnlyTheOpenProblems() {
        Run r = run("problems", "--data", data.toString(), "--config", "indexer", "--open", "--json");
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.size()).isPositive();
        root.forEach(p -> assertThat(p.get("open").asBoolean()).isTrue());
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(run("problems", "--data", data.toString(), "--today", "2009年2月").code()).isEqualTo(2);
    }
}
