package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver; Selenium Manager never runs).
 * Each test leaves a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudykbBrowserTest {
    static final WebFixture FIXTURE = WebFixture.create();

    @RegisterExtension
    static final Chromium browser = new Chromium(1280, 900);

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    /**
     * Signs in once through the login form, as a 撰写 user (may edit and upload, not decide), after a wrong password
     * that the form refuses.
     */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        if (browser.signedInAs() == org.studykb.access.Role.WRITER) {
            return;
        }
        browser.driver.get(browser.url("/"));
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        browser.submitLogin(WebFixture.login(org.studykb.access.Role.WRITER), "wrong password");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.error"),
                "用户名或密码错误"));
        browser.signIn(org.studykb.access.Role.WRITER);
    }

    private static WebElement facet(String field, String value) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//section[@data-facet='" + field + "']//a[.//span[@class='facet-value' and text()='" + value + "']]")));
    }

    private static List<String> hitTitles() {
        return browser.driver.findElements(By.cssSelector("a.hit-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void searchFilterOpenEditPhaseAndFindItUnderTheNewPhase() throws IOException {
        browser.driver.get(browser.url("/"));
        WebElement box = browser.driver.findElement(By.id("q"));
        box.sendKeys("科学发展观");
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 2 篇"));
        facet("type", "心得体会").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        assertThat(browser.driver.findElement(By.cssSelector(".chip")).getText()).contains("类型：心得体会");
        browser.driver.findElement(By.cssSelector("a.hit-title")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), "心得体会"));
        Select phase = new Select(browser.driver.findElement(By.id("edit-phase")));
        assertThat(phase.getFirstSelectedOption().getAttribute("value")).isEqualTo("学习调研");
        phase.selectByValue("整改落实");
        browser.driver.findElement(By.id("save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "已保存"));
        assertThat(browser.driver.findElement(By.cssSelector("tr[data-field='phase'] .value")).getText()).isEqualTo("整改落实");
        browser.screenshot("document-edited");
        WebElement header = browser.driver.findElement(By.cssSelector("header input[name='q']"));
        header.clear();
        header.sendKeys("科学发展观", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        facet("phase", "整改落实").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        assertThat(hitTitles()).singleElement().asString().contains("心得体会");
        browser.screenshot("search-filter-edit");
    }

    @Test
    void uploadAFileAndFindIt() throws IOException {
        Path file = FIXTURE.root.resolve("读书月通知.txt");
        Files.writeString(file, "关于开展读书月活动的通知\n\n全体党员每月精读一本理论著作，撰写读书笔记。\n",
                StandardCharsets.UTF_8);
        browser.driver.get(browser.url("/upload"));
        browser.driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.id("send")).click();
        WebElement link = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".upload-results li.ok a.uploaded")));
        assertThat(browser.driver.findElement(By.cssSelector(".upload-results li.ok .file")).getText()).isEqualTo("读书月通知.txt");
        assertThat(link.getText()).contains("读书月");
        browser.screenshot("upload");
        WebElement box = browser.driver.findElement(By.cssSelector("header input[name='q']"));
        box.sendKeys("读书笔记", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        assertThat(hitTitles()).singleElement().asString().contains("读书月");
        browser.screenshot("upload-found");
    }

    @Test
    void suggestionAppearsWhileTyping() throws IOException {
        browser.driver.get(browser.url("/"));
        WebElement box = browser.driver.findElement(By.id("q"));
        box.sendKeys("党课");
        WebElement first = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("ul.suggest li.suggestion")));
        List<String> shown = browser.driver.findElements(By.cssSelector("ul.suggest li.suggestion")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).anySatisfy(s -> assertThat(s).contains("讲一天党课"));
        assertThat(first.isDisplayed()).isTrue();
        browser.screenshot("suggest");
    }

    @Test
    void citeFillsTheTextBoxAndTheTimelineDrawsItsChart() throws IOException {
        browser.driver.get(browser.url("/document?id=" + MockMvcSupport.enc(WebFixture.PLAN) + "&q=" + MockMvcSupport.enc("联系点")));
        browser.driver.findElement(By.cssSelector("button.cite")).click();
        WebElement citeBox = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cite-box")));
        assertThat(citeBox.getAttribute("value")).startsWith("「").endsWith("（《领导班子整改落实方案》）");
        browser.screenshot("cite");
        browser.driver.get(browser.url("/campaign?name=" + MockMvcSupport.enc(WebFixture.CAMPAIGN)));
        browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(browser.driver.findElement(By.id("timeline")), "data-ready"));
        assertThat(browser.driver.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
        browser.screenshot("timeline");
    }

    /**
     * The ledger at a common laptop width, styled by site.css alone (the CSP blocks inline styles): the status
     * chart has a size to draw in and the table's columns are not squeezed to one character per line.
     */
    @Test
    void theLedgerIsStyledItsChartHasASizeAndItsColumnsAreReadable() throws IOException {
        org.openqa.selenium.Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        try {
            browser.driver.get(browser.url("/ledger"));
            WebElement canvas = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#status-chart canvas")));
            assertThat(canvas.getSize().getWidth()).as("chart width").isGreaterThan(0);
            assertThat(canvas.getSize().getHeight()).as("chart height").isGreaterThan(0);
            WebElement cell = browser.driver.findElement(By.cssSelector("main table tbody tr td:nth-child(2)"));
            double fontSize = Double.parseDouble(cell.getCssValue("font-size").replace("px", ""));
            assertThat(cell.getSize().getWidth()).as("the 问题 cell, font %.1f px", fontSize)
                    .isGreaterThan((int) Math.ceil(2 * fontSize));
            WebElement status = browser.driver.findElement(By.cssSelector("main table tbody tr td span.status"));
            assertThat(status.getSize().getHeight()).as("a status word on one line")
                    .isLessThan((int) Math.ceil(2 * fontSize));
            browser.screenshot("ledger-1366");
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }
}
