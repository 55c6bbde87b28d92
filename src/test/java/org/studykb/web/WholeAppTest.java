package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

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
                        .header("Authorization", WebFixture.basic(org.studykb.store.Role.MEMBER)).build(),
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
}
