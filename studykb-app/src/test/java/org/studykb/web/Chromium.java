package org.studykb.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import org.studykb.access.Role;

/**
 * Debian's headless Chromium as every browser test uses it (Selenium Manager never runs), registered on the test
 * class with {@code @RegisterExtension static final Chromium browser = new Chromium(width, height)}: started before
 * the class's tests with the switches a browser started as root on a closed network needs, a fresh profile and a
 * page-load time limit, and stopped after them; it knows the application's port (the class's Spring context), waits,
 * takes screenshots into {@link #SCREENSHOTS} and signs in through the login form.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int width;
    private final int height;
    private final String[] more;
    private ChromeDriverService service;
    private String base;
    private Role signedInAs;
    ChromeDriver driver;

    /** A browser with a window of the given size and any further switches. */
    Chromium(int width, int height, String... more) {
        this.width = width;
        this.height = height;
        this.more = more.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        base = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        Path profile = Files.createTempDirectory("studykb-chromium-");
        List<String> arguments = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--lang=zh-CN"));
        arguments.addAll(List.of(more));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(arguments);
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        signedInAs = null;
    }

    /** Closes the browser and its driver; safe on a browser that did not start. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        driver = null;
        service = null;
    }

    /** The address of a page of the application under test. */
    String url(String path) {
        return base + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Signs in as the fixture's user of that role through the login form the home page sends to, unless signed in
     * as that role already; signs out first when signed in as another.
     */
    void signIn(Role role) {
        if (role == signedInAs) {
            return;
        }
        signOut();
        driver.get(url("/"));
        waiting().until(ExpectedConditions.urlContains("/login"));
        submitLogin(WebFixture.login(role), WebFixture.password(role));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".user a"),
                WebFixture.login(role)));
        signedInAs = role;
    }

    /** Types a user name and a password into the login form on the page and sends it. */
    void submitLogin(String user, String password) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin")).click();
    }

    /** Forgets the session: the next page asks to sign in. */
    void signOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        signedInAs = null;
    }

    Role signedInAs() {
        return signedInAs;
    }
}
