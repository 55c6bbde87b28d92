package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    static Chromium browser;
    static ChromeDriverService service;
    static WebDriver driver;
    static boolean signedIn;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start(1280, 900);
        service = browser.service;
        driver = browser.driver;
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(browser);
        browser = null;
        driver = null;
        service = null;
    }

    @BeforeEach
    void signIn() {
        if (signedIn) {
            return;
        }
        driver.get(url("/"));
        waiting().until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(WebFixture.login(Role.ADMIN));
        driver.findElement(By.id("password")).sendKeys(WebFixture.password(Role.ADMIN));
        driver.findElement(By.id("signin")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".user a"),
                WebFixture.login(Role.ADMIN)));
        signedIn = true;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), StudykbBrowserTest.SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
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
        return driver.findElements(By.cssSelector("#failed td.path")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aCorruptFileIsListedWithItsReasonAndARetryAfterReplacingItIndexesIt() throws IOException {
        driver.get(url("/"));
        driver.findElement(By.linkText("索引状态")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "索引状态"));
        assertThat(failedPaths()).containsExactly(CORRUPT);
        WebElement row = driver.findElement(By.cssSelector("#failed tr[data-id='" + CORRUPT + "']"));
        assertThat(row.findElement(By.cssSelector("td.reason")).getText()).containsPattern("\\p{IsHan}{4,}");
        assertThat(driver.findElement(By.id("ocr")).getText()).containsAnyOf("可用", "不可用");
        assertThat(driver.findElements(By.cssSelector("#runs tbody tr"))).isNotEmpty();
        screenshot("index-status-failed");

        Files.write(FIXTURE.corpus.resolve(CORRUPT), docx("发言提纲", "对照党章党规找差距，逐条列出整改措施。"));
        row.findElement(By.cssSelector("button.retry")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("retry-outcome"), "已重新读取并索引"));
        assertThat(failedPaths()).isEmpty();
        assertThat(driver.findElement(By.id("no-failed")).getText()).contains("所有文件都已读取并索引");
        screenshot("index-status-retried");

        driver.get(url("/search?q=" + java.net.URLEncoder.encode("找差距", StandardCharsets.UTF_8)));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertThat(driver.findElements(By.cssSelector("a.hit-title")).stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(t).contains("发言提纲"));
    }

    @Test
    void theUploadFormsPhaseListFollowsTheCampaign() throws IOException {
        driver.get(url("/upload"));
        Select campaign = new Select(driver.findElement(By.id("upload-campaign")));
        WebElement phase = driver.findElement(By.id("upload-phase"));
        campaign.selectByValue("党史学习教育");
        List<String> offered = phase.findElements(By.cssSelector("option")).stream()
                .filter(o -> o.isDisplayed() && o.isEnabled()).map(o -> o.getAttribute("value")).toList();
        assertThat(offered).containsExactly("", "专题学习", "我为群众办实事", "专题民主生活会", "总结评估");
        new Select(phase).selectByValue("专题学习");
        campaign.selectByValue(WebFixture.CAMPAIGN);
        assertThat(new Select(phase).getFirstSelectedOption().getAttribute("value"))
                .as("a phase of the campaign left is no longer chosen").isEmpty();
        List<WebElement> labels = driver.findElements(By.cssSelector("fieldset.access label"));
        assertThat(labels).hasSize(3);
        for (WebElement label : labels) {
            WebElement box = driver.findElement(By.id(label.getAttribute("for")));
            assertThat(box.getAttribute("type")).isEqualTo("checkbox");
            assertThat(Math.abs(box.getRect().getY() - label.getRect().getY()))
                    .as("checkbox and label on one line").isLessThan(12);
        }
        screenshot("upload-preset");
    }
}
