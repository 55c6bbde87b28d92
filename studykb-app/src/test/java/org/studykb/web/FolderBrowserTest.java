package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.studykb.access.Role;

/**
 * 备课夹 in a real headless Chromium, as a 党员 preparing a 党课: five passages collected over three searches, the
 * order changed with the up/down buttons, a heading added and moved to the top, a note written, and the Word
 * outline downloaded with the browser's session and opened with POI: its headings, passages and footnotes.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FolderBrowserTest {
    static final WebFixture FIXTURE = WebFixture.create();
    static final String FOLDER = "七一党课素材";

    @RegisterExtension
    static final Chromium browser = new Chromium(1366, 900);

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    private static void search(String words) {
        WebElement box = browser.driver.findElement(By.cssSelector("header input[name='q'], input#q"));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    }

    /** Collects the {@code n}-th passage of the results into the folder. */
    private static void collect(int n, boolean first) {
        browser.driver.findElements(By.cssSelector("ul.passages a.collect")).get(n).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("collect-form")));
        WebElement name = browser.driver.findElement(By.id("collect-name"));
        if (first) {
            name.clear();
            name.sendKeys(FOLDER);
        } else {
            assertThat(browser.driver.findElement(By.cssSelector("input[name='folder']")).isSelected()).isTrue();
        }
        browser.driver.findElement(By.id("collect")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已加入备课夹「" + FOLDER + "」"));
    }

    private static List<String> itemTexts() {
        List<String> out = new ArrayList<>();
        for (WebElement li : browser.driver.findElements(By.cssSelector("li.folder-item"))) {
            List<WebElement> h = li.findElements(By.cssSelector(".folder-heading"));
            out.add(h.isEmpty() ? li.findElement(By.cssSelector(".item-text")).getText() : "#" + h.get(0).getText());
        }
        return out;
    }

    private static void press(int item, String button) {
        browser.driver.findElements(By.cssSelector("li.folder-item")).get(item).findElement(By.cssSelector("button." + button))
                .click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("folder-name")));
    }

    @Test
    void collectFivePassagesOverThreeSearchesReorderAnnotateAndExport() throws Exception {
        browser.signIn(Role.MEMBER);
        browser.driver.get(browser.url("/"));
        search("科学发展观");
        collect(0, true);
        browser.driver.findElement(By.id("back")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        collect(1, false);
        search("会议");
        collect(0, false);
        browser.driver.findElement(By.id("back")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        collect(1, false);
        search("联系点");
        collect(0, false);
        assertThat(browser.driver.findElement(By.id("item-count")).getText()).isEqualTo("共 5 条");
        List<String> before = itemTexts();
        assertThat(before).hasSize(5).doesNotHaveDuplicates();

        press(4, "up");   // the last passage one place up
        List<String> moved = itemTexts();
        assertThat(moved).containsExactly(before.get(0), before.get(1), before.get(2), before.get(4), before.get(3));

        browser.driver.findElement(By.id("heading-text")).sendKeys("一、深刻领会科学发展观");
        browser.driver.findElement(By.id("add-heading")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".folder-heading")));
        for (int i = 5; i > 0; i--) {
            press(i, "up");
        }
        assertThat(browser.driver.findElements(By.cssSelector("li.folder-item")).get(0).findElement(By.cssSelector("button.up"))
                .isEnabled()).isFalse();
        assertThat(itemTexts().get(0)).isEqualTo("#一、深刻领会科学发展观");

        WebElement note = browser.driver.findElements(By.cssSelector("li.folder-item")).get(1).findElement(By.cssSelector("textarea.note"));
        note.sendKeys("开篇引用，讲清第一要义");
        browser.driver.findElements(By.cssSelector("li.folder-item")).get(1).findElement(By.cssSelector("button.save-note")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "批注已保存"));
        assertThat(browser.driver.findElements(By.cssSelector("li.folder-item")).get(1).findElement(By.cssSelector("textarea.note"))
                .getAttribute("value")).isEqualTo("开篇引用，讲清第一要义");
        browser.screenshot("folder");

        List<String> order = itemTexts();
        String href = browser.driver.findElement(By.id("export")).getAttribute("href");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo(FOLDER);
            assertThat(ps.get(0).getStyle()).isEqualTo("Title");
            assertThat(ps).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("一、深刻领会科学发展观", "参考文献");
            assertThat(ps.get(1).getText()).isEqualTo("一、深刻领会科学发展观");
            List<XWPFParagraph> passages = ps.stream().filter(p -> p.getText().startsWith("「")).toList();
            assertThat(passages).allSatisfy(p -> assertThat(p.getText()).containsPattern("」\\[footnoteRef:\\d+\\]"));
            List<String> quoted = passages.stream().map(p -> p.getRuns().get(0).text()).toList();
            assertThat(quoted).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(quoted.get(i)).isEqualTo("「" + order.get(i + 1) + "」");
            }
            assertThat(ps.get(3).getText()).isEqualTo("批注：开篇引用，讲清第一要义");
            List<XWPFFootnote> notes = doc.getFootnotes();
            assertThat(notes).hasSize(5);
            assertThat(notes).allSatisfy(n -> assertThat(n.getParagraphs().get(0).getText()).startsWith("《")
                    .containsPattern("，第 \\d+ 段。$"));
            assertThat(ps.stream().filter(p -> p.getCTP().xmlText().contains("footnoteReference")).count()).isEqualTo(5);
        }
    }

    @Test
    void saveASearchAndBrowseTheTreeOnTheHomePage() throws IOException {
        browser.signIn(Role.MEMBER);
        browser.driver.get(browser.url("/search?q=" + MockMvcSupport.enc("作风")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        browser.driver.findElement(By.id("save-search")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存检索「作风」"));
        WebElement saved = browser.driver.findElement(By.cssSelector("#saved li"));
        assertThat(saved.getText()).contains("作风").contains("没有新结果");
        WebElement type = browser.driver.findElement(By.xpath("//ul[@class='types']//a[text()='整改方案']"));
        assertThat(type.findElement(By.xpath("following-sibling::span[@class='count']")).getText()).isEqualTo("1 篇");
        browser.screenshot("home-saved-and-tree");
        type.click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        browser.driver.get(browser.url("/"));
        browser.driver.findElement(By.cssSelector("#saved a.saved-open")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertThat(browser.driver.findElement(By.cssSelector("header input[name='q']")).getAttribute("value")).isEqualTo("作风");
    }
}
