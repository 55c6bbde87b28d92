package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.studykb.access.Role;

/**
 * In headless Chromium, as the 管理员: 索引状态 lists a corrupt file with its reason, and after the file is replaced
 * with a good one 重试 indexes it and it leaves the list; on the upload form the phase list follows the campaign.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexStatusBrowserTest {
    static final String CORRUPT = "分析检查/损坏的发言提纲.docx";
    static final WebFixture FIXTURE = WebFixture.create();

    static {
        try {
            FIXTURE.addAndIndex(CORRUPT, IndexStatusTest.brokenDocx());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RegisterExtension
    static final Chromium browser = new Chromium(1280, 900);

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @BeforeEach
    void signIn() {
        browser.signIn(Role.ADMIN);
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            for (String p : paragraphs) {
                docx.createParagraph().createRun().setText(p);
            }
            docx.write(out);
        }
        return out.toByteArray();
    }

    private static List<String> failedPaths() {
        return browser.driver.findElements(By.cssSelector("#failed td.path")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aCorruptFileIsListedWithItsReasonAndARetryAfterReplacingItIndexesIt() throws IOException {
        browser.driver.get(browser.url("/"));
        browser.driver.findElement(By.linkText("索引状态")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "索引状态"));
        assertThat(failedPaths()).containsExactly(CORRUPT);
        WebElement row = browser.driver.findElement(By.cssSelector("#failed tr[data-id='" + CORRUPT + "']"));
        assertThat(row.findElement(By.cssSelector("td.reason")).getText()).containsPattern("\\p{IsHan}{4,}");
        assertThat(browser.driver.findElement(By.id("ocr")).getText()).containsAnyOf("可用", "不可用");
        assertThat(browser.driver.findElements(By.cssSelector("#runs tbody tr"))).isNotEmpty();
        browser.screenshot("index-status-failed");

        Files.write(FIXTURE.corpus.resolve(CORRUPT), docx("发言提纲", "对照党章党规找差距，逐条列出整改措施。"));
        row.findElement(By.cssSelector("button.retry")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("retry-outcome"), "已重新读取并索引"));
        assertThat(failedPaths()).isEmpty();
        assertThat(browser.driver.findElement(By.id("no-failed")).getText()).contains("所有文件都已读取并索引");
        browser.screenshot("index-status-retried");

        browser.driver.get(browser.url("/search?q=" + java.net.URLEncoder.encode("找差距", StandardCharsets.UTF_8)));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertThat(browser.driver.findElements(By.cssSelector("a.hit-title")).stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(t).contains("发言提纲"));
    }

    @Test
    void theUploadFormsPhaseListFollowsTheCampaign() throws IOException {
        browser.driver.get(browser.url("/upload"));
        Select campaign = new Select(browser.driver.findElement(By.id("upload-campaign")));
        WebElement phase = browser.driver.findElement(By.id("upload-phase"));
        campaign.selectByValue("党史学习教育");
        List<String> offered = phase.findElements(By.cssSelector("option")).stream()
                .filter(o -> o.isDisplayed() && o.isEnabled()).map(o -> o.getAttribute("value")).toList();
        assertThat(offered).containsExactly("", "专题学习", "我为群众办实事", "专题民主生活会", "总结评估");
        new Select(phase).selectByValue("专题学习");
        campaign.selectByValue(WebFixture.CAMPAIGN);
        assertThat(new Select(phase).getFirstSelectedOption().getAttribute("value"))
                .as("a phase of the campaign left is no longer chosen").isEmpty();
        List<WebElement> labels = browser.driver.findElements(By.cssSelector("fieldset.access label"));
        assertThat(labels).hasSize(3);
        for (WebElement label : labels) {
            WebElement box = browser.driver.findElement(By.id(label.getAttribute("for")));
            assertThat(box.getAttribute("type")).isEqualTo("checkbox");
            assertThat(Math.abs(box.getRect().getY() - label.getRect().getY()))
                    .as("checkbox and label on one line").isLessThan(12);
        }
        browser.screenshot("upload-preset");
    }
}
