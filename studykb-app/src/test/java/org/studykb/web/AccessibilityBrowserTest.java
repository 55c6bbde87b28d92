package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.studykb.access.Role;

/**
 * Issue 15, item 10: axe-core checks every page as each role that uses it, at desktop and phone width, and finds
 * no serious or critical violation. The counts of every impact go to {@code target/screenshots/axe-counts.txt}.
 */
class AccessibilityBrowserTest extends BrowserPages {
    static final Map<String, Map<String, Integer>> COUNTS = new TreeMap<>();
    /** Each rule that found something, with its impact and the pages: what is left to do below serious. */
    static final Map<String, java.util.Set<String>> RULES = new TreeMap<>();

    private static String enc(String s) {
        return MockMvcSupport.enc(s);
    }

    /** The pages each role is checked on. */
    private Map<String, String> pages(Role role) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("search", "/");
        pages.put("results", "/search?q=" + enc("科学发展观"));
        pages.put("results-filtered", "/search?q=" + enc("整改") + "&type=" + enc("整改方案"));
        pages.put("document", "/document?id=" + enc(WebFixture.LECTURE) + "&q=" + enc("科学发展观"));
        pages.put("document-print", "/document/print?id=" + enc(WebFixture.LECTURE) + "&q=" + enc("科学发展观"));
        pages.put("document-preview", "/document/preview?id=" + enc(WebFixture.PLAN));
        pages.put("campaign", "/campaign?name=" + enc(WebFixture.CAMPAIGN));
        pages.put("ledger", "/ledger");
        pages.put("account", "/account");
        pages.put("folders", "/folders");
        pages.put("folder-collect", "/folder/collect?doc=" + enc(WebFixture.LECTURE));
        if (role == Role.LEADER || role == Role.ADMIN) {
            pages.put("ledger-leaders", "/ledger/leaders");
            pages.put("ledger-print", "/ledger/print");
        }
        if (role == Role.WRITER || role == Role.ADMIN) {
            pages.put("upload", "/upload");
            pages.put("my-uploads", "/uploads/mine");
        }
        if (role == Role.ADMIN) {
            pages.put("admin-users", "/admin/users");
            pages.put("admin-audit", "/admin/audit");
            pages.put("admin-index-status", "/admin/index-status");
        }
        pages.put("not-found", "/document?id=" + enc("没有这份文件.txt"));
        return pages;
    }

    @Test
    void theLoginPageHasNoSeriousViolations() {
        signOut();
        browser.driver.get(url("/login"));
        assertThat(serious("anonymous", "login")).isEmpty();
    }

    @Test
    void everyPageOfAMemberHasNoSeriousViolations() {
        assertThat(check(Role.MEMBER)).isEmpty();
    }

    @Test
    void everyPageOfAWriterHasNoSeriousViolations() {
        assertThat(check(Role.WRITER)).isEmpty();
    }

    @Test
    void everyPageOfALeaderHasNoSeriousViolations() {
        assertThat(check(Role.LEADER)).isEmpty();
    }

    @Test
    void everyPageOfAnAdministratorHasNoSeriousViolations() {
        assertThat(check(Role.ADMIN)).isEmpty();
    }

    private List<String> check(Role role) {
        signIn(role);
        List<String> found = new ArrayList<>();
        for (var size : List.of(DESKTOP, PHONE)) {
            windowSize(size);
            String width = String.valueOf(size.getWidth());
            Map<String, String> pages = pages(role);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.driver.get(url(page.getValue()));
                found.addAll(serious(role.name().toLowerCase() + "@" + width, page.getKey()));
            }
            browser.driver.get(url("/ledger"));
            List<WebElement> problems = browser.driver.findElements(By.cssSelector("main table a[href*='/problems/']"));
            assertThat(problems).as("the fixture's ledger lists problems").isNotEmpty();
            problems.get(0).click();
            found.addAll(serious(role.name().toLowerCase() + "@" + width, "problem"));
        }
        windowSize(DESKTOP);
        return found;
    }

    /** Runs axe-core on the page shown; counts each impact; returns the serious and critical violations. */
    private static List<String> serious(String who, String page) {
        Results results = new AxeBuilder().analyze(browser.driver);
        Map<String, Integer> counts = COUNTS.computeIfAbsent(who, k -> new TreeMap<>());
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String impact = rule.getImpact() == null ? "unknown" : rule.getImpact();
            counts.merge(impact, rule.getNodes().size(), Integer::sum);
            RULES.computeIfAbsent(impact + " " + rule.getId(), k -> new java.util.TreeSet<>()).add(page);
            if (impact.equals("serious") || impact.equals("critical")) {
                for (CheckedNode node : rule.getNodes()) {
                    out.add(who + " " + page + ": " + impact + " " + rule.getId() + " " + node.getTarget() + " "
                            + node.getHtml() + " — " + node.getFailureSummary());
                }
            }
        }
        counts.merge("pages", 1, Integer::sum);
        return out;
    }

    @AfterAll
    static void writeCounts() throws IOException {
        StringBuilder sb = new StringBuilder("axe-core violations (nodes) by impact, per role and window width\n");
        COUNTS.forEach((who, c) -> sb.append(who).append(' ').append(c).append('\n'));
        RULES.forEach((rule, pages) -> sb.append(rule).append(" on ").append(pages).append('\n'));
        Files.createDirectories(Chromium.SCREENSHOTS);
        Files.writeString(Chromium.SCREENSHOTS.resolve("axe-counts.txt"), sb.toString(), StandardCharsets.UTF_8);
        System.out.print(sb);
    }
}
