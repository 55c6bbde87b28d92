package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver; Selenium Manager never runs).
 * Each test leaves a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudykbBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final WebFixture FIXTURE = WebFixture.create();

    static Chromium browser;
    static ChromeDriverService service;
    static WebDriver driver;

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

    static boolean signedIn;

    /** Signs in once through the login form, as a 撰写 user (may edit and upload, not decide). */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        if (signedIn) {
            return;
        }
        driver.get(url("/"));
        waiting().until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(WebFixture.login(org.studykb.access.Role.WRITER));
        driver.findElement(By.id("password")).sendKeys("wrong password");
        driver.findElement(By.id("signin")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.error"), "用户名或密码错误"));
        driver.findElement(By.id("username")).sendKeys(WebFixture.login(org.studykb.access.Role.WRITER));
        driver.findElement(By.id("password")).sendKeys(WebFixture.password(org.studykb.access.Role.WRITER));
        driver.findElement(By.id("signin")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".user a"),
                WebFixture.login(org.studykb.access.Role.WRITER)));
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
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebElement facet(String field, String value) {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//section[@data-facet='" + field + "']//a[.//span[@class='facet-value' and text()='" + value + "']]")));
    }

    private static List<String> hitTitles() {
        return driver.findElements(By.cssSelector("a.hit-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void searchFilterOpenEditPhaseAndFindItUnderTheNewPhase() throws IOException {
        driver.get(url("/"));
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("科学发展观");
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 2 篇"));
        facet("type", "心得体会").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        assertThat(driver.findElement(By.cssSelector(".chip")).getText()).contains("类型：心得体会");
        driver.findElement(By.cssSelector("a.hit-title")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), "心得体会"));
        Select phase = new Select(driver.findElement(By.id("edit-phase")));
        assertThat(phase.getFirstSelectedOption().getAttribute("value")).isEqualTo("学习调研");
        phase.selectByValue("整改落实");
        driver.findElement(By.id("save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "已保存"));
        assertThat(driver.findElement(By.cssSelector("tr[data-field='phase'] .value")).getText()).isEqualTo("整改落实");
        screenshot("document-edited");
        WebElement header = driver.findElement(By.cssSelector("header input[name='q']"));
        header.clear();
        header.sendKeys("科学发展观", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        facet("phase", "整改落实").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        assertThat(hitTitles()).singleElement().asString().contains("心得体会");
        screenshot("search-filter-edit");
    }

    @Test
    void uploadAFileAndFindIt() throws IOException {
        Path file = FIXTURE.root.resolve("读书月通知.txt");
        Files.writeString(file, "关于开展读书月活动的通知\n\n全体党员每月精读一本理论著作，撰写读书笔记。\n",
                StandardCharsets.UTF_8);
        driver.get(url("/upload"));
        driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("send")).click();
        WebElement link = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".upload-results li.ok a.uploaded")));
        assertThat(driver.findElement(By.cssSelector(".upload-results li.ok .file")).getText()).isEqualTo("读书月通知.txt");
        assertThat(link.getText()).contains("读书月");
        screenshot("upload");
        WebElement box = driver.findElement(By.cssSelector("header input[name='q']"));
        box.sendKeys("读书笔记", Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        assertThat(hitTitles()).singleElement().asString().contains("读书月");
        screenshot("upload-found");
    }

    @Test
    void suggestionAppearsWhileTyping() throws IOException {
        driver.get(url("/"));
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("党课");
        WebElement first = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("ul.suggest li.suggestion")));
        List<String> shown = driver.findElements(By.cssSelector("ul.suggest li.suggestion")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).anySatisfy(s -> assertThat(s).contains("讲一天党课"));
        assertThat(first.isDisplayed()).isTrue();
        screenshot("suggest");
    }

    @Test
    void citeFillsTheTextBoxAndTheTimelineDrawsItsChart() throws IOException {
        driver.get(url("/document?id=" + MockMvcSupport.enc(WebFixture.PLAN) + "&q=" + MockMvcSupport.enc("联系点")));
        driver.findElement(By.cssSelector("button.cite")).click();
        WebElement citeBox = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cite-box")));
        assertThat(citeBox.getAttribute("value")).startsWith("「").endsWith("（《领导班子整改落实方案》）");
        screenshot("cite");
        driver.get(url("/campaign?name=" + MockMvcSupport.enc(WebFixture.CAMPAIGN)));
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("timeline")), "data-ready"));
        assertThat(driver.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
        screenshot("timeline");
    }

    /**
     * The ledger at a common laptop width, styled by site.css alone (the CSP blocks inline styles): the status
     * chart has a size to draw in and the table's columns are not squeezed to one character per line.
     */
    @Test
    void theLedgerIsStyledItsChartHasASizeAndItsColumnsAreReadable() throws IOException {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        try {
            driver.get(url("/ledger"));
            WebElement canvas = waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#status-chart canvas")));
            assertThat(canvas.getSize().getWidth()).as("chart width").isGreaterThan(0);
            assertThat(canvas.getSize().getHeight()).as("chart height").isGreaterThan(0);
            WebElement cell = driver.findElement(By.cssSelector("main table tbody tr td:nth-child(2)"));
            double fontSize = Double.parseDouble(cell.getCssValue("font-size").replace("px", ""));
            assertThat(cell.getSize().getWidth()).as("the 问题 cell, font %.1f px", fontSize)
                    .isGreaterThan((int) Math.ceil(2 * fontSize));
            WebElement status = driver.findElement(By.cssSelector("main table tbody tr td span.status"));
            assertThat(status.getSize().getHeight()).as("a status word on one line")
                    .isLessThan((int) Math.ceil(2 * fontSize));
            screenshot("ledger-1366");
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
