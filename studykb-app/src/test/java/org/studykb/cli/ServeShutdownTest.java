package org.studykb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real {@code serve}: an upload whose body is still arriving is finished and answered, new
 * connections are refused meanwhile, and then the JVM exits. The request is written by hand on a socket, so
 * the test decides exactly when the body's second half is sent.
 */
class ServeShutdownTest {
    @TempDir
    Path root;

    @Test
    void sigtermFinishesTheRequestUnderWayAndThenExits() throws Exception {
        Path data = root.resolve("data");
        Files.createDirectories(data);
        try (ServeProcess serve = ServeProcess.start(data, root.resolve("serve.log"))) {
            serve.awaitReady(Duration.ofSeconds(120));
            String boundary = "----slow";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.txt\""
                    + "\r\nContent-Type: text/plain\r\n\r\n关于慢速上传的说明\n\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("优雅停机时正在上传的文件也要保存完整。\n\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", serve.port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:" + serve.port + "\r\n"
                        + "Authorization: " + serve.auth + "\r\n"
                        + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                        + "Content-Length: " + (head.length + tail.length) + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(head);
                out.flush();
                Thread.sleep(3000); // the server reads the headers and waits inside the servlet for the rest

                serve.process.destroy();
                Thread.sleep(1500);
                assertThat(serve.process.isAlive()).as("waits for the request under way; log:\n%s", serve.logText())
                        .isTrue();
                boolean refused;
                try {
                    serve.get("/actuator/health/liveness");
                    refused = false;
                } catch (ConnectException e) {
                    refused = true;
                }
                assertThat(refused).as("no new connections once stopping").isTrue();

                out.write(tail);
                out.flush();
                String answer = readAll(socket.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 200").contains("\"ok\":true");
            }
            assertThat(serve.process.waitFor(30, TimeUnit.SECONDS)).as("exits after the request").isTrue();
        }
        try (var files = Files.list(data.resolve("uploads"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    private static String readAll(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
