package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.studykb.access.Role;

/**
 * Requests over a limit get our own answer on a real port (Tomcat in front): a long URL is a 414 as JSON under
 * {@code /api} and as our error page elsewhere, not Tomcat's HTML 400; an upload with a 5,000-character file name
 * is taken, its name shortened, not refused as 413 (and its file is its owner's alone, like the data folder).
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestLimitsTest {
    static final WebFixture FIXTURE = WebFixture.create();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", WebFixture.basic(Role.MEMBER)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aLongUrlIsOur414AsJsonForTheApiAndOurErrorPageForPages() throws Exception {
        String query = MockMvcSupport.enc("会议".repeat(1500)); // 27,000 characters percent-encoded
        HttpResponse<String> api = get("/api/search?q=" + query);
        assertThat(api.statusCode()).isEqualTo(414);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).startsWith("{\"status\":414,\"error\":\"URI Too Long\",\"message\":\"网址太长：最长 8192 个字符");

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/search?q=" + query)).header("Authorization", WebFixture.basic(Role.MEMBER))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), // as a browser asks
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(414);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("网址太长：最长 8192 个字符").contains("/css/site.css")
                .doesNotContain("Tomcat").doesNotContain("Whitelabel");

        assertThat(get("/api/search?q=" + MockMvcSupport.enc("会议".repeat(300))).statusCode()).isEqualTo(200);
    }

    @Test
    void aUrlOverTomcatsLimitStillGetsOurAnswer() throws Exception {
        String query = MockMvcSupport.enc("会议".repeat(15_000)); // 270,000 characters: more than Tomcat reads
        HttpResponse<String> api = get("/api/search?q=" + query);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).startsWith("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"请求太大")
                .doesNotContain("Tomcat");
        // a request line too long to read has no path Tomcat could tell us: the same JSON, readable in a browser too
        HttpResponse<String> page = get("/search?q=" + query);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("请求太大").doesNotContain("Tomcat");
        HttpResponse<String> headers = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/search?q=" + MockMvcSupport.enc("会议"))).header("Authorization", WebFixture.basic(Role.MEMBER))
                        .header("Accept", "text/html").header("X-Padding", "x".repeat(70_000)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(headers.statusCode()).isEqualTo(400);
        assertThat(headers.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(headers.body()).contains("请求太大").contains("/css/site.css").doesNotContain("Tomcat");
    }

    @Test
    void anUploadWithAFiveThousandCharacterNameIsTakenWithItsNameShortenedAndKeptOwnerOnly() throws Exception {
        String boundary = "----studykb" + System.nanoTime();
        String name = "很长的文件名".repeat(833) + "xy.txt"; // 5,004 characters
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes("长文件名的上传材料：整改落实情况。\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/upload"))
                        .header("Authorization", WebFixture.basic(Role.WRITER))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("很长的文件名很长的文件名").contains("…").doesNotContain("xy.txt");
        try (var files = java.nio.file.Files.list(FIXTURE.data.resolve("uploads"))) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile).toList()).singleElement()
                    .satisfies(f -> assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                            java.nio.file.Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
        }
    }
}
