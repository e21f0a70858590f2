package org.doorman.app.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doorman.app.testing.Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The app on a random port with SQLite and the demo network, driven by Debian's Chromium through Playwright. Without
 * a Chromium at {@code /usr/bin/chromium} (or {@code DOORMAN_CHROMIUM}) the browser tests are skipped, saying so.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"doorman.demo=true", "doorman.admin-token=", "doorman.scheduler.enabled=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = Databases.Sqlite.class)
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PASSWORD = "doorman-demo";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;

    @BeforeAll
    static void launch() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("DOORMAN_CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(
                Files.isExecutable(chromium),
                "No Chromium at " + chromium + ": the browser tests are skipped (apt-get install chromium).");
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh browser window, signed in as the demo member, on the inbox. */
    Page signIn(String handle) {
        return signIn(handle, new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    Page signIn(String handle, Browser.NewContextOptions options) {
        context = browser.newContext(options);
        Page page = context.newPage();
        page.navigate(url("/"));
        page.locator("#handle").fill(handle);
        page.locator("#password").fill(PASSWORD);
        page.locator("#sign-in button[type=submit]").click();
        page.waitForURL("**/inbox");
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
