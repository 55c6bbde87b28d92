package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.SearchService;

import tools.jackson.databind.json.JsonMapper;

/**
 * 1,000 generated hostile queries (fixed seed) to {@code /api/search} and to the results page over a real port:
 * random CJK, query operators, unbalanced quotes and brackets, control and format characters, bad filters,
 * broken UTF-8, 100 KB queries, and odd from/size/page/sort. Never a 5xx, and every answer within a generous
 * bound (a robustness bound, not a speed test). The 100 KB queries also go to the search service directly,
 * as a URL that long is refused by the web server before it reaches us.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileQueriesTest {
    static final int QUERIES = 1000;
    static final Duration BOUND = Duration.ofSeconds(5);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String[] OPERATORS = {"\"", "\"", "(", ")", "[", "]", "{", "}", "-", "+", " OR ", " AND ", " NOT ",
        "*", "?", "~", "~2", "^3", ":", "\\", "/", "&&", "||", "!", "'", "<", ">", "&", "%", "#", ";", "=", "　", "，"};
    static final String[] FILTERS = {"type:", "phase:", "campaign:", "year:", "unit:", "tag:", "title:", "year:abc",
        "year:99999999999", "year:-1", "year:2009-2008", "type:\"", "phase:\"\"", "title:\"未闭合", "foo:bar", ":::",
        "type:<script>alert(1)</script>", "year:２００９", "campaign:*", "unit:(", "tag:\\"};
    static final String[] CONTROLS = {"\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b", "\u007f",
        "\u202e", "\u200b", "\u200d", "\ufeff", "\u2028", "\ufffd", "\ud83d\ude00", "\u3000", "\uff02"};
    static final String[] WORDS = {"整改", "落实", "科学发展观", "走马观花", "会议", "党课", "群众路线", "以人为本", "台账"};
    static final String[] ODD_PARAMS = {"size=-1", "size=0", "size=101", "size=abc", "size=99999999999", "from=-5",
        "from=abc", "from=1000", "from=1001", "from=2147483647", "sort=xyz", "sort=DATE", "sort=", "page=0",
        "page=-1", "page=abc", "page=999999", "page=101", "q=%E6%95", "q=%FF%FE", "q=%C0%80", "type=%3Cb%3E",
        "year=abc", "phase=", "q=a&q=b", "size=1e3", "from=%20", "page=1.5"};

    @LocalServerPort
    int port;
    @Autowired
    SearchService search;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        WebFixture.shared().register(registry);
    }

    /** One generated query; the kinds take turns, each drawing from the seeded random. */
    static String query(Random r, int i) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + r.nextInt(8);
        switch (i % 6) {
            case 0 -> sb.append(cjk(r, 1 + r.nextInt(60)));
            case 1 -> {
                for (int p = 0; p < parts; p++) {
                    sb.append(r.nextBoolean() ? WORDS[r.nextInt(WORDS.length)] : OPERATORS[r.nextInt(OPERATORS.length)]);
                }
            }
            case 2 -> {
                for (int p = 0; p < parts; p++) {
                    sb.append(FILTERS[r.nextInt(FILTERS.length)]).append(r.nextBoolean() ? cjk(r, 2) : "").append(' ');
                }
            }
            case 3 -> {
                for (int p = 0; p < parts; p++) {
                    sb.append(CONTROLS[r.nextInt(CONTROLS.length)]).append(WORDS[r.nextInt(WORDS.length)]);
                }
            }
            case 4 -> {
                for (int p = 0; p < 20 + r.nextInt(200); p++) {
                    sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? " OR " : " ");
                }
            }
            default -> {
                for (int p = 0; p < 1 + r.nextInt(40); p++) {
                    sb.appendCodePoint(r.nextInt(3) == 0 ? r.nextInt(0x80) : 0x20 + r.nextInt(0xD7FF - 0x20));
                }
            }
        }
        return sb.toString();
    }

    private static String cjk(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.studykb.store.UserAccounts accounts;
    private static String auth;

    /** A 党员's token: a BCrypt check per request would make this test measure password hashing. */
    private String auth() {
        if (auth == null) {
            auth = "Bearer " + accounts.createToken(WebFixture.login(org.studykb.access.Role.MEMBER), "hostile", "测试");
        }
        return auth;
    }

    private record Answer(String target, int status, long millis) {
    }

    private Answer get(String pathAndQuery) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).header("Authorization", auth()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String shown = pathAndQuery.length() > 200 ? pathAndQuery.substring(0, 200) + "…" : pathAndQuery;
        if (r.statusCode() == 200 && pathAndQuery.startsWith("/api/")) {
            assertThat(JsonMapper.builder().build().readTree(r.body()).get("total")).as(shown).isNotNull();
        }
        return new Answer(shown, r.statusCode(), ms);
    }

    @Test
    void generatedQueriesNeverGetA5xxAndAlwaysAnswerWithinTheBound() throws Exception {
        Random random = new Random(20090228L);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String q = enc(query(random, i));
            String odd = random.nextInt(4) == 0 ? "&" + ODD_PARAMS[random.nextInt(ODD_PARAMS.length)] : "";
            answers.add(get("/api/search?q=" + q + odd));
            answers.add(get("/search?q=" + q + odd));
        }
        for (String odd : ODD_PARAMS) {
            answers.add(get("/api/search?" + odd));
            answers.add(get("/search?" + odd));
        }
        String huge = enc(cjk(random, 100 * 1024 / 3));
        for (String path : new String[] {"/api/search?q=", "/search?q=", "/api/suggest?q=", "/api/citations?q="}) {
            answers.add(get(path + huge));
        }
        Answer slowest = answers.stream().max((a, b) -> Long.compare(a.millis(), b.millis())).orElseThrow();
        System.out.printf("hostile queries: %d requests, slowest %d ms (%s)%n", answers.size(), slowest.millis(),
                slowest.target());
        assertThat(answers).hasSizeGreaterThanOrEqualTo(2 * QUERIES);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.target()).isLessThan(500));
        assertThat(answers.stream().filter(a -> a.status() == 200).count()).as("most are answered")
                .isGreaterThan(QUERIES);
        assertThat(slowest.millis()).as(slowest.target()).isLessThan(BOUND.toMillis());
    }

    @Test
    void hundredKilobyteQueriesReachingTheServiceAreAnsweredWithinTheBound() throws Exception {
        Random random = new Random(7L);
        List<String> queries = List.of(cjk(random, 100 * 1024 / 3),
                "整改 落实 ".repeat(100 * 1024 / 15),
                "\"" + "科学发展观".repeat(100 * 1024 / 15),
                "(".repeat(50_000) + "党课" + ")".repeat(50_000),
                "type:".repeat(20_000) + "year:abc",
                "-".repeat(100_000));
        for (String q : queries) {
            long t0 = System.nanoTime();
            SearchResponse r = search.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 10));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r).isNotNull();
            assertThat(ms).as(q.substring(0, 20) + "… took " + ms + " ms").isLessThan(BOUND.toMillis());
        }
    }
}
