package org.studykb.web;

import java.io.IOException;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.studykb.access.Role;

/**
 * The whole application over the shared read-only fixture, seen in Debian's headless Chromium ({@link Chromium}).
 * The browser tests that only read extend it, so they share one application; each signs in as the role it needs
 * and may save screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserPages {
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    @RegisterExtension
    static final Chromium browser = new Chromium(1366, 900, "--hide-scrollbars");

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        WebFixture.shared().register(registry);
    }

    static String url(String path) {
        return browser.url(path);
    }

    static WebDriverWait waiting() {
        return browser.waiting();
    }

    static void signIn(Role role) {
        browser.signIn(role);
    }

    static void signOut() {
        browser.signOut();
    }

    /** The window's outer size; the page's own width follows it (no scroll bars: they are hidden). */
    static void windowSize(Dimension size) {
        browser.driver.manage().window().setSize(size);
    }

    static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, args);
    }

    static void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }
}
