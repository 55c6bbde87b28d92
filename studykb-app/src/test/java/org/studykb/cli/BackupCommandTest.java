package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.index.IndexAnalyzers;
import org.studykb.rectify.DecisionStore;
import org.studykb.rectify.Link;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.search.Documents;
import org.studykb.search.SearchService;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.StoreDatabase;
import org.studykb.store.UploadRecords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code backup} and {@code restore}: a restored data folder answers as the original did, also when backed up live. */
class BackupCommandTest {
    static final Path CONFIG = Path.of("indexer");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> QUERIES = List.of("会议", "干部交流", "整改措施 基层", "type:整改方案", "联系点制度");

    @TempDir
    Path root;

    private Path corpus() throws IOException {
        Path corpus = root.resolve("corpus");
        Path from = Path.of("studykb-app/src/test/resources/rectify/corpus");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = corpus.resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return corpus;
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    private static String problems(Path data) {
        return ok("problems", "--data", data.toString(), "--config", CONFIG.toString(), "--json").out();
    }

    /** The search answers of {@link #QUERIES}, without the time each took. */
    private static List<JsonNode> searches(Path data) {
        List<JsonNode> out = new ArrayList<>();
        for (String q : QUERIES) {
            ObjectNode r = (ObjectNode) JSON.readTree(ok("search", "--data", data.toString(), "--config",
                    CONFIG.toString(), q, "--json", "--size", "20").out());
            r.remove("tookMs");
            out.add(r);
        }
        return out;
    }

    /** A status set and a link confirmed by hand, as 领导 do on the ledger page. */
    private static void decide(Path data) throws IOException {
        DataSource store = StoreDatabase.openH2(data);
        RectifyService s = RectifyService.open(data, CONFIG, IndexAnalyzers.load(CONFIG),
                Optional.of(new DecisionStore(store)), Optional.empty());
        List<Problem> problems = s.ledger().problems();
        s.setStatus(problems.get(0).id(), "整改中", "陈立明", "已列入计划");
        Problem linked = problems.stream().filter(p -> !p.links().isEmpty()).findFirst().orElseThrow();
        Link link = linked.links().get(0);
        s.confirm(linked.id(), link.key(), "李静", "措施对得上");
    }

    @Test
    void aRestoredDataFolderGivesTheSameResultsAndLedger() throws Exception {
        Path corpus = corpus();
        Path data = root.resolve("data");
        ok("index", "--corpus", corpus.toString(), "--data", data.toString(), "--config", CONFIG.toString());
        DataSource store = StoreDatabase.openH2(data);
        new ManualValuesStore(store, new AuditLog(store))
                .set("学习调研/党课讲稿.txt", new ManualEdit("党课讲稿", "学习调研", "", List.of("备份")), "测试");
        decide(data);
        String ledger = problems(data);
        assertThat(ledger).contains("整改中").contains("confirmed");
        List<JsonNode> results = searches(data);

        Path backup = root.resolve("backup");
        CliRun b = ok("backup", "--data", data.toString(), "--to", backup.toString());
        assertThat(b.out()).contains("备份完成").contains("索引提交代数");
        JsonNode manifest = JSON.readTree(backup.resolve("manifest.json").toFile());
        assertThat(manifest.get("store").asString()).isEqualTo("h2-script");
        assertThat(manifest.get("indexGeneration").asLong()).isPositive();
        assertThat(manifest.get("files").size()).isGreaterThan(3);
        manifest.get("files").forEach(f -> assertThat(f.get("sha256").asString()).hasSize(64));

        Path restored = root.resolve("restored");
        CliRun r = ok("restore", "--from", backup.toString(), "--data", restored.toString());
        assertThat(r.out()).contains("校验通过").contains("恢复完成");
        assertThat(problems(restored)).isEqualTo(ledger);
        assertThat(searches(restored)).isEqualTo(results);
        DataSource again = StoreDatabase.openH2(restored);
        assertThat(new ManualValuesStore(again, new AuditLog(again)).of("学习调研/党课讲稿.txt").tags())
                .containsExactly("备份");

        CliRun notEmpty = CliRun.of("restore", "--from", backup.toString(), "--data", restored.toString());
        assertThat(notEmpty.code()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("数据目录不是空的").contains("--force");
        assertThat(CliRun.of("backup", "--data", data.toString(), "--to", backup.toString()).code()).isEqualTo(2);
        CliRun forced = ok("restore", "--from", backup.toString(), "--data", restored.toString(), "--force");
        assertThat(forced.out()).contains("原数据目录已改名保留");
        try (Stream<Path> siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("restored.before-restore-"));
        }
        assertThat(problems(restored)).isEqualTo(ledger);

        Path script = backup.resolve("store/studykb.sql");
        Files.writeString(script, "DELETE FROM rectify_status_override;\n", java.nio.file.StandardOpenOption.APPEND);
        Path third = root.resolve("third");
        CliRun damaged = CliRun.of("restore", "--from", backup.toString(), "--data", third.toString());
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err()).contains("备份不完整").contains("store/studykb.sql");
        assertThat(third).doesNotExist();
    }

    @Test
    void aBackupTakenWhileServeRunsAndUploadsArriveRestoresWhole() throws Exception {
        Path corpus = corpus();
        Path data = root.resolve("data");
        ok("index", "--corpus", corpus.toString(), "--data", data.toString(), "--config", CONFIG.toString());
        try (ServeProcess serve = ServeProcess.start(data, root.resolve("serve.log"))) {
            serve.awaitReady(Duration.ofSeconds(120));
            HttpResponse<String> up = serve.upload("读书班通知.txt",
                    "关于举办读书班的通知\n\n全体党员参加为期三天的读书班，撰写学习笔记。\n".getBytes(StandardCharsets.UTF_8));
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
            decide(data);

            AtomicBoolean uploading = new AtomicBoolean(true);
            List<String> answered = new CopyOnWriteArrayList<>();
            Thread uploader = new Thread(() -> {
                for (int i = 0; uploading.get(); i++) {
                    try {
                        HttpResponse<String> r = serve.upload("批量" + i + ".txt", ("批量上传第" + i
                                + "份\n\n边备份边上传的材料，编号" + i + "。\n").getBytes(StandardCharsets.UTF_8));
                        if (r.statusCode() == 200) {
                            answered.add(JSON.readTree(r.body()).get(0).get("id").asString());
                        }
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            uploader.start();
            while (answered.size() < 2) {
                Thread.sleep(50);
            }
            Path during = root.resolve("backup-during");
            ok("backup", "--data", data.toString(), "--to", during.toString());
            uploading.set(false);
            uploader.join();

            Path quiet = root.resolve("backup-quiet");
            ok("backup", "--data", data.toString(), "--to", quiet.toString());
            String ledger = problems(data);
            assertThat(ledger).as("problems reads serve's store while it runs").contains("整改中");
            List<JsonNode> results = searches(data);
            JsonNode uploaded = JSON.readTree(ok("search", "--data", data.toString(), "读书班", "--json").out());

            Path restored = root.resolve("restored");
            ok("restore", "--from", quiet.toString(), "--data", restored.toString());
            assertThat(problems(restored)).isEqualTo(ledger);
            assertThat(searches(restored)).isEqualTo(results);
            ObjectNode found = (ObjectNode) JSON.readTree(ok("search", "--data", restored.toString(), "读书班",
                    "--json").out());
            found.remove("tookMs");
            ((ObjectNode) uploaded).remove("tookMs");
            assertThat(found).isEqualTo(uploaded);
            assertThat(found.get("total").asInt()).isEqualTo(1);

            Path midway = root.resolve("restored-midway");
            ok("restore", "--from", during.toString(), "--data", midway.toString());
            everyRecordedUploadHasItsFileAndIsIndexed(midway);
        }
    }

    private static void everyRecordedUploadHasItsFileAndIsIndexed(Path data) throws IOException {
        DataSource store = StoreDatabase.openH2(data);
        List<UploadRecords.Upload> uploads = new UploadRecords(store, new AuditLog(store)).all();
        assertThat(uploads).hasSizeGreaterThanOrEqualTo(3);
        try (SearchService search = SearchService.open(data, IndexAnalyzers.load(CONFIG))) {
            Documents documents = search.byId();
            for (UploadRecords.Upload u : uploads) {
                assertThat(data.resolve(u.docId())).isRegularFile();
                assertThat(documents.get(u.docId(), org.studykb.access.Viewer.OPERATOR)).as(u.docId()).isPresent();
            }
        }
    }
}
