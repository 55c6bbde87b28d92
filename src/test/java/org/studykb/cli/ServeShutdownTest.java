package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to a real {@code serve}: a request under way is finished, new connections are refused, the JVM exits. */
class ServeShutdownTest {
    @TempDir
    Path root;

    /** A multipart upload whose last part is held back until {@code release} opens. */
    private static InputStream slowBody(String boundary, CountDownLatch started, CountDownLatch release) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"慢.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n关于慢速上传的说明\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("优雅停机时正在上传的文件也要保存完整。\n\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos < head.length) {
                    int n = Math.min(len, head.length - pos);
                    System.arraycopy(head, pos, b, off, n);
                    pos += n;
                    return n;
                }
                started.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                int at = pos - head.length;
                if (at >= tail.length) {
                    return -1;
                }
                int n = Math.min(len, tail.length - at);
                System.arraycopy(tail, at, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    @Test
    void sigtermFinishesTheRequestUnderWayAndThenExits() throws Exception {
        Path data = root.resolve("data");
        Files.createDirectories(data);
        try (ServeProcess serve = ServeProcess.start(data, root.resolve("serve.log"))) {
            serve.awaitReady(Duration.ofSeconds(120));
            String boundary = "----slow";
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            HttpRequest request = HttpRequest.newBuilder(serve.uri("/api/upload")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slowBody(boundary, started, release)))
                    .build();
            CompletableFuture<HttpResponse<String>> pending = ServeProcess.HTTP.sendAsync(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(500);

            serve.process.destroy();
            Thread.sleep(1500);
            assertThat(serve.process.isAlive()).as("waits for the request under way").isTrue();
            boolean refused;
            try {
                serve.get("/actuator/health/liveness");
                refused = false;
            } catch (ConnectException e) {
                refused = true;
            }
            assertThat(refused).as("no new connections once stopping").isTrue();

            release.countDown();
            HttpResponse<String> answer = pending.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"ok\":true");
            assertThat(serve.process.waitFor(30, TimeUnit.SECONDS)).as("exits after the request").isTrue();
        }
        try (var files = Files.list(data.resolve("uploads"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }
}
