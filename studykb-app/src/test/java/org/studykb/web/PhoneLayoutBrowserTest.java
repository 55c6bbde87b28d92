package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.studykb.access.Role;

/**
 * Issue 15, items 5 and 9 in the browser: at 390 px the search, document and ledger pages do not scroll sideways,
 * the first result comes before the facets (which wait behind 筛选), ledger rows read as cards and the axes'
 * labels fit; at both widths every page leaves a screenshot. 引用 on a hit and 上一处/下一处 work by keyboard.
 */
class PhoneLayoutBrowserTest extends BrowserPages {

    @AfterEach
    void desktopAgain() {
        windowSize(DESKTOP);
    }

    private static long scrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth;")).longValue();
    }

    private static long innerWidth() {
        return ((Number) script("return window.innerWidth;")).longValue();
    }

    private static void noSidewaysScroll(String page) {
        assertThat(scrollWidth()).as("%s: scrollWidth %d within innerWidth %d", page, scrollWidth(), innerWidth())
                .isLessThanOrEqualTo(innerWidth());
    }

    private static long top(WebElement e) {
        return ((Number) script("return arguments[0].getBoundingClientRect().top + window.scrollY;", e)).longValue();
    }

    /** Every page at both widths, for the README and for a person to look at: target/screenshots/NAME-WIDTH.png. */
    @Test
    void screenshotsOfEveryPageAtBothWidths() throws IOException {
        signIn(Role.ADMIN);
        List<String[]> pages = List.of(
                new String[] {"home", "/"},
                new String[] {"results", "/search?q=" + MockMvcSupport.enc("科学发展观")},
                new String[] {"document", "/document?id=" + MockMvcSupport.enc(WebFixture.LECTURE) + "&q="
                        + MockMvcSupport.enc("科学发展观")},
                new String[] {"document-print", "/document/print?id=" + MockMvcSupport.enc(WebFixture.LECTURE)},
                new String[] {"document-preview", "/document/preview?id=" + MockMvcSupport.enc(WebFixture.PLAN)},
                new String[] {"campaign", "/campaign?name=" + MockMvcSupport.enc(WebFixture.CAMPAIGN)},
                new String[] {"ledger", "/ledger"},
                new String[] {"ledger-leaders", "/ledger/leaders"},
                new String[] {"upload", "/upload"},
                new String[] {"admin-users", "/admin/users"},
                new String[] {"admin-audit", "/admin/audit"},
                new String[] {"account", "/account"});
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            windowSize(size);
            for (String[] page : pages) {
                browser.driver.get(url(page[1]));
                if (page[0].equals("campaign")) {
                    waiting().until(ExpectedConditions.attributeToBeNotEmpty(browser.driver.findElement(By.id("timeline")),
                            "data-ready"));
                }
                screenshot(page[0] + "-" + size.getWidth());
            }
        }
        signOut();
        browser.driver.get(url("/login"));
        screenshot("login-" + PHONE.getWidth());
        windowSize(DESKTOP);
        browser.driver.get(url("/login"));
        screenshot("login-" + DESKTOP.getWidth());
    }

    @Test
    void atPhoneWidthTheResultsComeFirstAndTheFacetsWaitInADrawer() throws IOException {
        signIn(Role.MEMBER);
        windowSize(PHONE);
        browser.driver.get(url("/search?q=" + MockMvcSupport.enc("科学发展观")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 2 篇"));
        noSidewaysScroll("results");
        WebElement first = browser.driver.findElement(By.cssSelector("article.hit"));
        WebElement facets = browser.driver.findElement(By.id("facets"));
        assertThat(facets.isDisplayed()).as("the facets wait behind 筛选").isFalse();
        assertThat(top(first)).as("the first result near the top").isLessThan(400);
        WebElement toggle = browser.driver.findElement(By.id("filter-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(top(toggle)).isLessThan(top(first));
        toggle.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOf(facets));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        noSidewaysScroll("results with the drawer open");
        screenshot("results-drawer-390");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(facets));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("filter-toggle");
        script("document.getElementById('facets').classList.add('open');");
        WebElement typeFacet = browser.driver.findElement(By.xpath(
                "//section[@data-facet='type']//a[.//span[@class='facet-value' and text()='心得体会']]"));
        typeFacet.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "共 1 篇"));
        assertThat(browser.driver.findElement(By.id("filter-toggle")).getText()).contains("已选 1 项");

        windowSize(DESKTOP);
        browser.driver.get(url("/search?q=" + MockMvcSupport.enc("科学发展观")));
        assertThat(browser.driver.findElement(By.id("facets")).isDisplayed()).as("beside the results on a desktop").isTrue();
        assertThat(browser.driver.findElement(By.id("filter-toggle")).isDisplayed()).isFalse();
        noSidewaysScroll("results at 1366");
    }

    @Test
    void atPhoneWidthTheDocumentAndTheLedgerFitAndLedgerRowsAreCards() throws IOException {
        signIn(Role.LEADER);
        windowSize(PHONE);
        browser.driver.get(url("/document?id=" + MockMvcSupport.enc(WebFixture.PLAN) + "&q=" + MockMvcSupport.enc("联系点")));
        noSidewaysScroll("document");
        browser.driver.get(url("/ledger"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status-chart canvas")));
        noSidewaysScroll("ledger");
        WebElement row = browser.driver.findElement(By.cssSelector("main table tbody tr"));
        assertThat(row.getCssValue("display")).as("a row as a card").isEqualTo("block");
        assertThat(browser.driver.findElement(By.cssSelector("main table thead")).getSize().getHeight()).isLessThanOrEqualTo(1);
        WebElement category = row.findElement(By.cssSelector("td[data-label='类别']"));
        assertThat(script("return getComputedStyle(arguments[0], '::before').content;", category))
                .asString().contains("类别");
        screenshot("ledger-cards-390");
        browser.driver.get(url("/problems/" + problemId()));
        noSidewaysScroll("problem");
        browser.driver.get(url("/document/print?id=" + MockMvcSupport.enc(WebFixture.PLAN)));
        noSidewaysScroll("print view");
        browser.driver.get(url("/document/preview?id=" + MockMvcSupport.enc(WebFixture.PLAN)));
        noSidewaysScroll("preview");
    }

    private String problemId() {
        String href = browser.driver.getCurrentUrl().contains("/problems/") ? browser.driver.getCurrentUrl()
                : browser.driver.findElement(By.cssSelector("main table a[href*='/problems/']")).getAttribute("href");
        return href.substring(href.indexOf("/problems/") + "/problems/".length());
    }

    /** The timeline's phase names are drawn whole, inside the chart, at both widths. */
    @Test
    void theTimelineKeepsItsPhaseNamesInside() throws IOException {
        signIn(Role.MEMBER);
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            windowSize(size);
            browser.driver.get(url("/campaign?name=" + MockMvcSupport.enc(WebFixture.CAMPAIGN)));
            WebElement chart = browser.driver.findElement(By.id("timeline"));
            waiting().until(ExpectedConditions.attributeToBeNotEmpty(chart, "data-ready"));
            noSidewaysScroll("campaign at " + size.getWidth());
            Object left = script("var c = echarts.getInstanceByDom(arguments[0]);"
                    + "var m = c.getModel().getComponent('grid').coordinateSystem.getRect();"
                    + "return m.x;", chart);
            assertThat(((Number) left).doubleValue()).as("room left of the grid for the names").isGreaterThan(40);
            Object clipped = script("var c = echarts.getInstanceByDom(arguments[0]); var w = arguments[0].clientWidth;"
                    + "var out = []; c.getZr().storage.getDisplayList().forEach(function (el) {"
                    + "  if (el.type === 'text' && el.style && el.style.text && !el.invisible && !el.ignore) {"
                    + "    var r = el.getBoundingRect().clone(); if (el.transform) { r.applyTransform(el.transform); }"
                    + "    if (r.x < -0.5 || r.x + r.width > w + 0.5) { out.push(el.style.text + ' ' + Math.round(r.x)"
                    + "      + '+' + Math.round(r.width) + ' of ' + w); } } });"
                    + "return out;", chart);
            assertThat((List<?>) clipped).as("labels outside the chart at %d px", size.getWidth()).isEmpty();
            screenshot("timeline-" + size.getWidth());
        }
    }

    @Test
    void aHitsCitationIsCopiedByItsButtonAndTheDocumentMovesBetweenHitsByKeyboard() throws IOException {
        signIn(Role.WRITER);
        browser.driver.get(url("/search?q=" + MockMvcSupport.enc("联系点")));
        WebElement cite = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.hit button.cite")));
        assertThat(browser.driver.findElement(By.cssSelector("a.hit-title")).getAttribute("innerHTML")).doesNotContain("<mark>");
        cite.click();
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-hit textarea")));
        assertThat(box.getAttribute("value")).isEqualTo("「一、建立班子成员基层联系点制度，每季度蹲点不少于3天。」（《领导班子整改落实方案》）");
        assertThat(browser.driver.findElement(By.cssSelector(".cite-hit [role=status]")).getText()).isNotBlank();
        screenshot("results-cite");

        browser.driver.get(url("/document?id=" + MockMvcSupport.enc(WebFixture.LECTURE) + "&q=" + MockMvcSupport.enc("科学发展观")));
        WebElement next = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("next-hit")));
        int marks = browser.driver.findElements(By.cssSelector(".passage mark")).size();
        assertThat(marks).isGreaterThanOrEqualTo(2);
        next.sendKeys(Keys.ENTER);
        assertThat(browser.driver.findElement(By.id("hit-status")).getText())
                .isEqualTo("第 1 处，本页共 " + marks + " 处，已是全文第一处");
        next.sendKeys(Keys.ENTER);
        assertThat(browser.driver.findElement(By.id("hit-status")).getText()).startsWith("第 2 处");
        List<WebElement> current = browser.driver.findElements(By.cssSelector(".passage mark.current"));
        assertThat(current).hasSize(1);
        assertThat(current.get(0)).isEqualTo(browser.driver.findElements(By.cssSelector(".passage mark")).get(1));
        browser.driver.findElement(By.id("prev-hit")).sendKeys(Keys.ENTER);
        assertThat(browser.driver.findElement(By.id("hit-status")).getText()).startsWith("第 1 处");
        assertThat(browser.driver.findElement(By.id("prev-hit")).isEnabled()).as("上一处 at the document's first hit").isFalse();
        screenshot("document-next-hit");
    }
}
