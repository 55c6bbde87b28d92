package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.studykb.access.Role;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.store.StoreDatabase;
import org.studykb.web.security.Roles;

/**
 * Issue 15, item 5: the preview of a PDF original shows its pages as images (PDFBox, one request per page, cached,
 * a hidden document's pages not found), a corrupt PDF says so in the page; and 上一处/下一处 on the document page go
 * on to the next or previous page of passages that holds a hit. The fixture adds two PDFs of the demo corpus (one
 * 内部 for 领导), a third that is damaged after indexing, and a 160-paragraph text whose query word is on passage
 * pages 1 and 3 only.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PreviewAndHitsTest {
    static final String PDF = "原件/学习实践活动总结报告.pdf";
    static final String INTERNAL_PDF = "督导组/对照检查材料.pdf";
    static final String DAMAGED_PDF = "原件/关于转入整改落实阶段的请示.pdf";
    static final String MISSING_PDF = "督导组/没有这份文件.pdf";
    static final String LONG = "长文/长篇学习资料.txt";
    static final String WORD = "井冈山";
    static final String PDF_TITLE = "滨河区建设工务局深入学习实践科学发展观活动总结报告";
    static final WebFixture FIXTURE = withPdfsAndALongText();

    @RegisterExtension
    static final Chromium browser = new Chromium(1366, 900, "--hide-scrollbars");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    static WebFixture withPdfsAndALongText() {
        WebFixture f = WebFixture.create();
        try {
            copy(f, "整改落实/学习实践活动总结报告.pdf", PDF);
            copy(f, "分析检查/对照检查材料-赵红梅.pdf", INTERNAL_PDF);
            copy(f, "分析检查/关于转入整改落实阶段的请示.pdf", DAMAGED_PDF);
            DataSource ds = StoreDatabase.openH2(f.data);
            new ManualValuesStore(ds, new AuditLog(ds)).set(INTERNAL_PDF,
                    new ManualEdit(null, null, null, null, EnumSet.of(Role.LEADER)), "测试数据");
            StringBuilder text = new StringBuilder("长篇学习资料\n\n");
            for (int i = 1; i <= 160; i++) {
                boolean hit = i == 10 || i == 30 || i == 140;
                text.append("本段讲理论学习的一般要求，围绕工作作风和服务群众展开，共").append(i).append("项")
                        .append(hit ? "，重温" + WORD + "的斗争历程" : "").append("。\n\n");
            }
            var report = f.addAndIndex(LONG, text.toString().getBytes(StandardCharsets.UTF_8));
            if (report.documents() != 11) {
                throw new IllegalStateException("fixture: expected 11 documents, got " + report);
            }
            Files.write(f.corpus.resolve(DAMAGED_PDF), "这不是一份 PDF 文件\n".getBytes(StandardCharsets.UTF_8));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(WebFixture f, String demo, String name) throws IOException {
        Path target = f.corpus.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(Path.of("corpus").resolve(demo), target);
    }

    @Test
    void aPdfPageRendersAsAPngOfTheSizeItsDpiGivesAndIsKeptUnderTheDataFolder() throws Exception {
        MvcResult r = as(Role.MEMBER, "/document/preview/page", "id", PDF, "n", "1");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
        // an A4 page (595.3 × 841.9 pt) at 110 dpi
        assertThat(image.getWidth()).isEqualTo(909);
        assertThat(image.getHeight()).isEqualTo(1286);
        try (Stream<Path> cached = Files.walk(FIXTURE.data.resolve("cache").resolve("previews"))) {
            assertThat(cached.map(p -> p.getFileName().toString())).contains("1.png", "pages");
        }
        assertThat(as(Role.MEMBER, "/document/preview/page", "id", PDF, "n", "0").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(as(Role.MEMBER, "/document/preview/page", "id", PDF, "n", "99").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(as(Role.MEMBER, "/document/preview/page", "id", WebFixture.PLAN, "n", "1").getResponse()
                .getStatus()).as("a text file has no page images").isEqualTo(404);
    }

    @Test
    void thePreviewOfAPdfListsOneLazyImagePerPageWithAltTextAndOtherFilesKeepTheText() throws Exception {
        String html = body(Role.MEMBER, "/document/preview", "id", PDF);
        Matcher pages = Pattern.compile("共 (\\d+) 页。").matcher(html);
        assertThat(pages.find()).as(html).isTrue();
        int n = Integer.parseInt(pages.group(1));
        assertThat(n).isBetween(2, 10);
        Matcher img = Pattern.compile("<img class=\"pdf-page\" loading=\"lazy\"[^>]*>").matcher(html);
        int images = 0;
        while (img.find()) {
            images++;
            assertThat(img.group()).contains("src=\"/document/preview/page?id=").contains("n=" + images + "\"")
                    .contains("alt=\"《" + PDF_TITLE + "》第 " + images + " 页（共 " + n + " 页）的图片\"");
        }
        assertThat(images).isEqualTo(n);
        assertThat(html).doesNotContain("id=\"paper\"");
        assertThat(body(Role.MEMBER, "/document/preview", "id", WebFixture.PLAN)).contains("id=\"paper\"")
                .doesNotContain("pdf-page");
    }

    @Test
    void aDamagedPdfSaysSoInThePageAndShowsWhatWasExtracted() throws Exception {
        String html = body(Role.MEMBER, "/document/preview", "id", DAMAGED_PDF);
        assertThat(html).contains("这份 PDF 无法打开（文件已损坏或不完整）").contains("id=\"paper\"")
                .doesNotContain("Exception").doesNotContain("pdf-page");
        assertThat(as(Role.MEMBER, "/document/preview/page", "id", DAMAGED_PDF, "n", "1").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void anInternalPdfsPagesAreNotFoundForAMemberAsForNoDocument() throws Exception {
        for (String url : List.of("/document/preview/page", "/document/preview")) {
            MvcResult hidden = as(Role.MEMBER, url, "id", INTERNAL_PDF, "n", "1");
            MvcResult missing = as(Role.MEMBER, url, "id", MISSING_PDF, "n", "1");
            assertThat(hidden.getResponse().getStatus()).as(url).isEqualTo(404);
            assertThat(text(hidden).replace(INTERNAL_PDF, MISSING_PDF).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                    .as(url).isEqualTo(text(missing).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        }
        MvcResult leader = as(Role.LEADER, "/document/preview/page", "id", INTERNAL_PDF, "n", "1");
        assertThat(leader.getResponse().getStatus()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(leader.getResponse().getContentAsByteArray())).getWidth())
                .isEqualTo(909);
    }

    @Test
    void theDocumentPageNamesThePagesBeforeAndAfterThatHoldHits() throws Exception {
        String second = body(Role.MEMBER, "/document", "id", LONG, "q", WORD, "page", "2");
        assertThat(second).contains("data-hit-pages=\"2\"");
        assertThat(attribute(second, "data-prev-page")).contains("page=1").endsWith("#hit-last");
        assertThat(attribute(second, "data-next-page")).contains("page=3").endsWith("#hit-first");
        String third = body(Role.MEMBER, "/document", "id", LONG, "q", WORD, "page", "3");
        assertThat(attribute(third, "data-prev-page")).contains("page=1");
        assertThat(third).doesNotContain("data-next-page");
        assertThat(body(Role.MEMBER, "/document", "id", LONG, "q", WORD, "page", "1")).doesNotContain("data-prev-page");
    }

    @Test
    void theBrowserShowsThePdfPagesAsImages() throws Exception {
        browser.signIn(Role.MEMBER);
        browser.driver.get(browser.url("/document/preview?id=" + MockMvcSupport.enc(PDF)));
        List<WebElement> images = browser.driver.findElements(By.cssSelector("img.pdf-page"));
        assertThat(images).hasSizeGreaterThan(1);
        for (WebElement image : images) {
            script("arguments[0].scrollIntoView()", image);
            browser.waiting().until(d -> Boolean.TRUE.equals(script("return arguments[0].complete", image)));
            assertThat(((Number) script("return arguments[0].naturalWidth", image)).intValue()).isEqualTo(909);
            assertThat(image.getAttribute("alt")).contains(PDF_TITLE);
        }
    }

    @Test
    void nextAndPreviousHitGoOnToTheNextAndPreviousPageHoldingAHit() throws Exception {
        browser.signIn(Role.MEMBER);
        browser.driver.get(browser.url("/document?id=" + MockMvcSupport.enc(LONG) + "&q=" + MockMvcSupport.enc(WORD)));
        WebElement next = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("next-hit")));
        int onFirst = marks();
        assertThat(onFirst).isGreaterThanOrEqualTo(2);
        assertThat(browser.driver.findElement(By.id("prev-hit")).isEnabled()).as("上一处 before the first hit").isFalse();
        for (int i = 1; i <= onFirst; i++) {
            next.click();
            assertThat(status()).startsWith("第 " + i + " 处，本页共 " + onFirst + " 处");
        }
        next.click();
        browser.waiting().until(ExpectedConditions.urlContains("page=3"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("#hit-first");
        browser.waiting().until(d -> status().startsWith("第 1 处"));
        int onThird = marks();
        for (int i = 2; i <= onThird; i++) {
            browser.driver.findElement(By.id("next-hit")).click();
        }
        assertThat(status()).isEqualTo("第 " + onThird + " 处，本页共 " + onThird + " 处，已是全文最后一处");
        assertThat(browser.driver.findElement(By.id("next-hit")).isEnabled()).isFalse();
        for (int i = 1; i <= onThird; i++) {
            browser.driver.findElement(By.id("prev-hit")).click();
        }
        browser.waiting().until(ExpectedConditions.urlContains("page=1"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("#hit-last");
        browser.waiting().until(d -> status().startsWith("第 " + onFirst + " 处，本页共 " + onFirst + " 处"));
        for (int i = onFirst; i > 1; i--) {
            browser.driver.findElement(By.id("prev-hit")).click();
        }
        assertThat(status()).isEqualTo("第 1 处，本页共 " + onFirst + " 处，已是全文第一处");
        assertThat(browser.driver.findElement(By.id("prev-hit")).isEnabled()).isFalse();
    }

    private static int marks() {
        return browser.driver.findElements(By.cssSelector(".passage mark")).size();
    }

    private static String status() {
        return browser.driver.findElement(By.id("hit-status")).getText();
    }

    private static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private static Object script(String js, Object... args) {
        return browser.driver.executeScript(js, args);
    }

    private MvcResult as(Role role, String url, String... params) throws Exception {
        var request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(user(role.name().toLowerCase())
                .authorities(Roles.authorities(EnumSet.of(role))))).andReturn();
    }

    private String body(Role role, String url, String... params) throws Exception {
        MvcResult r = as(role, url, params);
        assertThat(r.getResponse().getStatus()).as(url + "\n" + text(r)).isEqualTo(200);
        return text(r);
    }

    private static String text(MvcResult r) throws IOException {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
