package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI contracts of docs/architecture.md, run in-process and, for kill -9, in a child JVM. */
class CommandLineTest {
    @TempDir
    Path corpus;
    @TempDir
    Path data;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private void write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void smallCorpus() throws IOException {
        write("分析检查/意见 汇总%1.txt", "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n2. 工程款拨付慢。");
        write("整改落实/整改方案.txt", "整改方案\n\n建立班子成员基层联系点制度，每季度蹲点不少于3天。");
    }

    @Test
    void indexExitsZeroAndWritesTheReport() throws IOException {
        smallCorpus();
        Path report = data.resolve("r/report.json");
        CliRun run = cli("index", "--corpus", corpus.toString(), "--data", data.toString(), "--report", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("索引完成").contains("新增 2");
        JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
        assertThat(json.get("files").asInt()).isEqualTo(2);
        assertThat(json.get("failures").size()).isZero();
    }

    @Test
    void indexExitsThreeWhenAFileCannotBeRead() throws IOException {
        smallCorpus();
        write("坏文件.pdf", "%PDF-1.4 这不是一个真正的PDF");
        Path report = data.resolve("report.json");
        CliRun run = cli("index", "--corpus", corpus.toString(), "--data", data.toString(), "--report", report.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).contains("坏文件.pdf");
        JsonNode failures = JsonMapper.builder().build().readTree(report.toFile()).get("failures");
        assertThat(failures.size()).isEqualTo(1);
        assertThat(failures.get(0).get("path").asString()).isEqualTo("坏文件.pdf");
        assertThat(failures.get(0).get("reason").asString()).isNotBlank();
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(cli("index").code()).isEqualTo(2);
        assertThat(cli("index", "--corpus", corpus.resolve("nope").toString()).code()).isEqualTo(2);
        assertThat(cli("search", "--data", data.toString(), "--topics", "x.tsv").code()).isEqualTo(2);
        assertThat(cli("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void searchPrintsJsonWithIdsRelativeToTheCorpus() throws IOException {
        smallCorpus();
        cli("index", "--corpus", corpus.toString(), "--data", data.toString());
        CliRun run = cli("search", "--data", data.toString(), "走马观花", "--json", "--size", "5");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("hits").get(0).get("id").asString()).isEqualTo("分析检查/意见 汇总%1.txt");
        assertThat(json.get("hits").get(0).get("snippets").get(0).asString()).contains("<mark>");
    }

    @Test
    void searchWithoutAnIndexSaysSo() {
        CliRun run = cli("search", "--data", data.resolve("empty").toString(), "党课");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("没有找到索引");
    }

    @Test
    void topicsProduceATrecRunWithEscapedDocids() throws IOException {
        smallCorpus();
        cli("index", "--corpus", corpus.toString(), "--data", data.toString());
        Path topics = Files.writeString(data.resolve("topics.tsv"), "q1\t走马观花\nq2\t联系点制度\n\nq3\t不存在的词语甲乙丙\n");
        Path runFile = data.resolve("run.trec");
        CliRun run = cli("search", "--data", data.toString(), "--topics", topics.toString(), "--run", runFile.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(runFile);
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.split(" ")).hasSize(6));
        assertThat(lines.get(0)).startsWith("q1 Q0 分析检查/意见%20汇总%251.txt 1 ").endsWith(" studykb");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("q2 Q0 整改落实/整改方案.txt 1 "));
    }

    @Test
    void killedIndexRunLeavesAUsableIndexAndTheNextRunCompletesIt() throws Exception {
        for (int i = 0; i < 400; i++) {
            write(String.format("批次/%03d.txt", i), "第" + i + "号材料\n\n" + "深入学习实践科学发展观，整改落实到位。".repeat(200));
        }
        cli("index", "--corpus", corpus.toString(), "--data", data.toString());
        for (int i = 400; i < 1200; i++) {
            write(String.format("批次/%04d.txt", i), "第" + i + "号材料\n\n" + "建章立制，巩固学习成果。".repeat(300));
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "index", "--corpus", corpus.toString(), "--data", data.toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(data.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !Files.readString(data.resolve("child.log")).contains("[")) {
            Thread.sleep(50);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        CliRun search = cli("search", "--data", data.toString(), "整改落实", "--json", "--size", "1");
        assertThat(search.code()).as("the index of the last commit is usable: %s", search.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(search.out()).get("total").asInt()).isGreaterThanOrEqualTo(400);
        CliRun resumed = cli("index", "--corpus", corpus.toString(), "--data", data.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("索引中共 1200 篇文档").doesNotContain("新增 0，");
    }

    @Test
    void usersAreManagedFromTheCommandLineWithPasswordsAndTokensShownOnce() {
        CliRun add = cli("users", "add", "wang", "--role", "撰写", "--name", "王强", "--data", data.toString());
        assertThat(add.code()).as(add.err()).isZero();
        String password = add.out().strip().replaceAll(".*初始密码：", "");
        assertThat(password).hasSize(18);
        var accounts = new org.studykb.store.UserAccounts(org.studykb.store.StoreDatabase.openH2(data),
                new org.studykb.store.AuditLog(org.studykb.store.StoreDatabase.openH2(data)));
        var wang = accounts.find("wang").orElseThrow();
        assertThat(org.studykb.store.Passwords.encoder().matches(password, wang.passwordHash())).isTrue();
        assertThat(wang.passwordHash()).doesNotContain(password);

        CliRun reset = cli("users", "password", "wang", "--data", data.toString());
        String fresh = reset.out().strip().replaceAll(".*新密码：", "");
        assertThat(fresh).isNotEqualTo(password);
        assertThat(org.studykb.store.Passwords.encoder().matches(fresh,
                accounts.find("wang").orElseThrow().passwordHash())).isTrue();

        CliRun token = cli("users", "token", "bench", "--create", "党员", "--label", "压测", "--data", data.toString());
        assertThat(token.code()).as(token.err()).isZero();
        assertThat(accounts.byToken(token.out().strip()).orElseThrow().roles())
                .containsExactly(org.studykb.access.Role.MEMBER);

        CliRun list = cli("users", "list", "--data", data.toString());
        assertThat(list.out()).contains("wang\t王强\t撰写").contains("bench");
        CliRun badRole = cli("users", "add", "li", "--role", "书记", "--data", data.toString());
        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err()).contains("没有这个角色：书记");
    }
}
