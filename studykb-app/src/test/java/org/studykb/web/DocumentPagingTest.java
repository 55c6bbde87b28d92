package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.StoreDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, item 5: a document of several megabytes (its passages ordinary paragraphs but one, a line of 30,000
 * characters without a sentence end) gets a page of bounded size whatever its length; the passages are paged,
 * every page bounded, and paging reaches the last one; a search hit's passage link lands on the page that holds it,
 * its words marked; the JSON API gives passages a page at a time.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import(MockMvcSupport.SignedIn.class)
class DocumentPagingTest {
    static final String BIG = "学习调研/很长的学习材料.txt";
    static final String LAST_WORDS = "璇玑图";
    /** Every page of the big document is smaller than this, however long the document. */
    static final int MAX_PAGE_BYTES = 512 * 1024;
    static final int LONG_LINE = 30_000;
    static final WebFixture FIXTURE = withBigDocument();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    /** The shared fixture's documents and one of about 2.4 MB, added by a second index run. */
    static WebFixture withBigDocument() {
        WebFixture f = WebFixture.create();
        try {
            StringBuilder text = new StringBuilder("很长的学习材料\n\n");
            String sentence = "各级党组织要把学习教育同推动中心工作结合起来，做到两不误、两促进。";
            for (int i = 0; i < 2_000; i++) {
                if (i == 3) {
                    text.append("没有句号的一行，".repeat(LONG_LINE / 8)).append("\n\n");
                }
                text.append("第").append(i + 1).append("段，").append(sentence.repeat(12)).append("\n\n");
            }
            text.append("最后一段写到").append(LAST_WORDS).append("。\n");
            Path file = f.corpus.resolve(BIG);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            if (Files.size(file) < 2_000_000) {
                throw new IllegalStateException("fixture: the big document is only " + Files.size(file) + " bytes");
            }
            DataSource ds = StoreDatabase.openH2(f.data);
            var report = new IndexCorpus(IngestPipeline.load(WebFixture.CONFIG), 2,
                    new ManualValuesStore(ds, new AuditLog(ds)))
                    .run(f.corpus, f.data, IndexAnalyzers.load(WebFixture.CONFIG), IndexProgress.NONE);
            if (report.documents() != 8) {
                throw new IllegalStateException("fixture: expected 8 documents, got " + report);
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String get200(String url) throws Exception {
        MvcResult r = mvc.perform(get(URI.create(url))).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
        return body;
    }

    private int passages() throws Exception {
        return JSON.readTree(get200("/api/document?id=" + MockMvcSupport.enc(BIG))).get("passages").asInt();
    }

    private static List<Integer> anchors(String html) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("<div class=\"passage[^\"]*\" id=\"p-(\\d+)\"").matcher(html);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static String link(String html, String text) {
        Matcher m = Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    @Test
    void theFirstPageShowsTheStartAndIsSmall() throws Exception {
        String page = get200("/document?id=" + MockMvcSupport.enc(BIG));
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_PAGE_BYTES);
        List<Integer> shown = anchors(page);
        assertThat(shown).isNotEmpty().startsWith(0).doesNotContain(passages() - 1);
        assertThat(page).contains("很长的学习材料").contains("本段共 " + LONG_LINE + " 字");
    }

    @Test
    void nextPageLinksReachTheLastPassageAndEveryPageIsSmall() throws Exception {
        int last = passages() - 1;
        List<Integer> seen = new ArrayList<>();
        String url = "/document?id=" + MockMvcSupport.enc(BIG);
        int pages = 0;
        while (url != null) {
            String page = get200(url);
            assertThat(page.getBytes(StandardCharsets.UTF_8).length).as(url).isLessThan(MAX_PAGE_BYTES);
            seen.addAll(anchors(page));
            url = link(page, "下一页");
            assertThat(++pages).as("pages").isLessThan(1_000);
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(seen).hasSize(last + 1);
        for (int i = 0; i <= last; i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aSearchHitsPassageLinkLandsOnItsPageWithTheWordsMarked() throws Exception {
        String results = get200("/search?q=" + MockMvcSupport.enc(LAST_WORDS));
        Matcher m = Pattern.compile("href=\"(/document\\?[^\"]*#p-(\\d+))\"").matcher(results);
        assertThat(m.find()).as(results).isTrue();
        int ordinal = Integer.parseInt(m.group(2));
        assertThat(ordinal).isEqualTo(passages() - 1);
        String url = m.group(1).replace("&amp;", "&");
        String page = get200(url.substring(0, url.indexOf('#')));
        assertThat(anchors(page)).contains(ordinal);
        assertThat(page).contains("<mark>" + LAST_WORDS + "</mark>");
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_PAGE_BYTES);
    }

    @Test
    void theApiGivesPassagesAPageAtATime() throws Exception {
        String id = MockMvcSupport.enc(BIG);
        int last = passages() - 1;
        JsonNode first = JSON.readTree(get200("/api/document/passages?id=" + id));
        assertThat(first.size()).isBetween(1, 200);
        assertThat(first.get(0).get("ordinal").asInt()).isZero();
        JsonNode all = JSON.readTree(get200("/api/document/passages?id=" + id + "&size=100000"));
        assertThat(all.size()).as("capped").isBetween(1, 200);
        String asked = get200("/api/document/passages?id=" + id + "&size=100000");
        assertThat(asked.getBytes(StandardCharsets.UTF_8).length).isLessThan(2 * MAX_PAGE_BYTES);
        JsonNode end = JSON.readTree(get200("/api/document/passages?id=" + id + "&from=" + last));
        assertThat(end.size()).isEqualTo(1);
        assertThat(end.get(0).get("ordinal").asInt()).isEqualTo(last);
        assertThat(end.get(0).get("text").asString()).contains(LAST_WORDS);
    }
}
