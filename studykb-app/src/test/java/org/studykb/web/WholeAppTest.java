package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a real port, as a browser or script reaches it. */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WholeAppTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        WebFixture.shared().register(registry);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", WebFixture.basic(org.studykb.access.Role.MEMBER)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void pagesApiStaticFilesAndDocsAnswer() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(home.body()).contains("学习资料知识库").contains(WebFixture.CAMPAIGN);
        HttpResponse<String> results = get("/search?q=" + MockMvcSupport.enc("整改 落实"));
        assertThat(results.body()).contains("共 ").contains("<mark>");
        HttpResponse<String> api = get("/api/search?q=" + MockMvcSupport.enc("走马观花"));
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).contains("\"total\":1").contains(WebFixture.OPINIONS);
        assertThat(get("/css/site.css").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/swagger-ui").statusCode()).isBetween(200, 399);
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs").body()).contains("学习资料知识库 API").contains("/api/search");
        assertThat(get("/actuator/health").body()).contains("UP");
    }

    @Test
    void onTheRealPortNothingButTheLoginPageAnswersWithoutASignIn() throws Exception {
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/search?q=" + MockMvcSupport.enc("走马观花"))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).doesNotContain(WebFixture.OPINIONS);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"_csrf\"").contains("登录");
        assertThat(login.headers().firstValue("Set-Cookie").orElse("")).contains("HttpOnly");
    }

    @Test
    void errorsHaveTheirStatusAndNoStackTrace() throws Exception {
        HttpResponse<String> apiMissing = get("/api/nothing");
        assertThat(apiMissing.statusCode()).isEqualTo(404);
        assertThat(apiMissing.body()).startsWith("{\"status\":404,\"error\":\"Not Found\",\"message\":")
                .doesNotContain("Exception");
        HttpResponse<String> pageMissing = get("/nothing");
        assertThat(pageMissing.statusCode()).isEqualTo(404);
        assertThat(pageMissing.body()).contains("没有找到").doesNotContain("Whitelabel");
        HttpResponse<String> bad = get("/api/search?from=-1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("from");
        HttpResponse<String> badEncoding = get("/search?q=%E6%95");
        assertThat(badEncoding.statusCode()).isLessThan(500);
        HttpResponse<String> download = get("/api/file?id=" + MockMvcSupport.enc("../../../etc/passwd"));
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(download.body()).doesNotContain("root:");
    }

    static final String FORGED = "evil.example";

    /**
     * Issue 11: the Host header is the client's to write, so no redirect may carry it: every Location is a
     * path on this server, whatever Host the request named (here the redirect to the login page, the one after
     * a signed-in form post, and the one back to the page asked for before signing in).
     */
    @Test
    void redirectsAreRelativeAndNeverNameTheRequestsHost() throws Exception {
        Raw toLogin = raw("GET /search?q=" + MockMvcSupport.enc("整改") + " HTTP/1.1", List.of());
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).isEqualTo("/login");
        Raw posted = raw("POST /account/password HTTP/1.1", List.of(
                "Authorization: " + WebFixture.basic(org.studykb.access.Role.MEMBER),
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: 0"));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).isEqualTo("/account");
        Raw docs = raw("GET /swagger-ui HTTP/1.1", List.of("Authorization: " + WebFixture.basic(org.studykb.access.Role.MEMBER)));
        assertThat(docs.status()).isEqualTo(302);
        assertThat(docs.header("Location")).doesNotContain(FORGED).startsWith("/swagger-ui/");

        String cookie = toLogin.header("Set-Cookie").split(";")[0];
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        String fields = "username=member&password=" + WebFixture.password(org.studykb.access.Role.MEMBER)
                + "&_csrf=" + MockMvcSupport.enc(csrf.group(1));
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain(FORGED)
                .startsWith("/search?q=");
    }

    /** A response's status and headers. */
    record Raw(int status, List<String> headers) {
        String header(String name) {
            return headers.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(h -> h.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    /** One request over a socket, with {@code Host: evil.example} (HttpClient will not send a forged Host). */
    private Raw raw(String requestLine, List<String> headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: ").append(FORGED)
                    .append("\r\nConnection: close\r\n");
            headers.forEach(h -> request.append(h).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
            List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
            int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
            return new Raw(status, lines);
        }
    }
}
