package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.store.AuditLog;
import org.studykb.store.StoreDatabase;
import org.studykb.store.UploadRecords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 of a real {@code serve} while uploads arrive (the approach of {@code CommandLineTest}'s killed index
 * run): after a restart every answered upload is there, and store, files and index agree about every upload.
 */
class ServeCrashTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path root;

    private static byte[] material(int i) {
        return ("崩溃测试材料第" + i + "份\n\n" + ("编号" + i + "的学习笔记：深入学习，整改落实，建章立制。\n").repeat(400))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static long total(ServeProcess serve, String q) throws Exception {
        HttpResponse<String> r = serve.get("/api/search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("total").asLong();
    }

    @Test
    void killDuringUploadsLosesNothingAnsweredAndLeavesStoreFilesAndIndexAgreeing() throws Exception {
        Path corpus = root.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("方案.txt"), "实施方案\n\n深入学习实践科学发展观，整改落实到位。\n");
        Path data = root.resolve("data");
        assertThat(CliRun.of("index", "--corpus", corpus.toString(), "--data", data.toString()).code()).isZero();

        List<String> answered = new CopyOnWriteArrayList<>();
        try (ServeProcess serve = ServeProcess.start(data, root.resolve("serve-1.log"))) {
            serve.awaitReady(Duration.ofSeconds(120));
            Thread uploader = new Thread(() -> {
                for (int i = 0; ; i++) {
                    try {
                        HttpResponse<String> r = serve.upload("材料" + i + ".txt", material(i));
                        if (r.statusCode() == 200) {
                            answered.add(JSON.readTree(r.body()).get(0).get("id").asString() + "\t" + i);
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone: that is the point
                    }
                }
            });
            uploader.start();
            while (answered.size() < 6) {
                Thread.sleep(20);
            }
            serve.kill();
            uploader.join();
        }

        try (ServeProcess serve = ServeProcess.start(data, root.resolve("serve-2.log"))) {
            serve.awaitReady(Duration.ofSeconds(120));
            for (String a : answered) {
                String[] idAndNumber = a.split("\t");
                assertThat(data.resolve(idAndNumber[0])).isRegularFile();
                assertThat(total(serve, "\"崩溃测试材料第" + idAndNumber[1] + "份\"")).as(a).isEqualTo(1);
            }
            assertThat(total(serve, "科学发展观 实施方案")).as("the corpus is untouched").isPositive();

            DataSource store = StoreDatabase.openH2(data);
            Set<String> recorded = new UploadRecords(store, new AuditLog(store)).all().stream()
                    .map(UploadRecords.Upload::docId).collect(Collectors.toCollection(TreeSet::new));
            Set<String> files;
            try (Stream<Path> list = Files.list(data.resolve("uploads"))) {
                files = list.filter(Files::isRegularFile).map(p -> "uploads/" + p.getFileName())
                        .collect(Collectors.toCollection(TreeSet::new));
            }
            JsonNode hits = JSON.readTree(serve.get("/api/search?size=100&q="
                    + URLEncoder.encode("崩溃测试材料", StandardCharsets.UTF_8)).body()).get("hits");
            Set<String> indexed = new TreeSet<>();
            hits.forEach(h -> indexed.add(h.get("id").asString()));
            assertThat(recorded).as("every answered upload is recorded")
                    .containsAll(answered.stream().map(a -> a.split("\t")[0]).toList());
            assertThat(files).as("files in uploads/ = recorded uploads").isEqualTo(recorded);
            assertThat(indexed).as("indexed uploads = recorded uploads").isEqualTo(recorded);

            HttpResponse<String> again = serve.upload("再来.txt", material(answered.size()));
            assertThat(again.statusCode()).as("the upload cut short can be sent again: %s", again.body())
                    .isEqualTo(200);
        }
    }
}
