package org.studykb.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.studykb.access.Role;

/**
 * The whole application over the shared read-only fixture, seen in Debian's headless Chromium (Selenium Manager
 * never runs). The browser tests that only read extend it, so they share one application; each signs in as the
 * role it needs and may save screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(classes = StudykbApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserPages {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    static Chromium browser;
    static ChromeDriverService service;
    static WebDriver driver;
    static Role signedInAs;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        WebFixture.shared().register(registry);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start(1366, 900, "--hide-scrollbars");
        service = browser.service;
        driver = browser.driver;
        signedInAs = null;
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(browser);
        browser = null;
        driver = null;
        service = null;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Signs out (forgetting the session) and in again through the login form, unless already in as that role. */
    void signIn(Role role) {
        if (role == signedInAs) {
            return;
        }
        signOut();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(WebFixture.login(role));
        driver.findElement(By.id("password")).sendKeys(WebFixture.password(role));
        driver.findElement(By.id("signin")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".user a"),
                WebFixture.login(role)));
        signedInAs = role;
    }

    void signOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        signedInAs = null;
    }

    /** The window's outer size; the page's own width follows it (no scroll bars: they are hidden). */
    static void windowSize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
