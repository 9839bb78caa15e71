package com.sesadvisor.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real browser (Debian's headless Chromium, driven by Playwright) against the whole application on a random
 * port. Playwright waits for elements itself; journeys never sleep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserJourney {

    static final String ADMIN_PASSWORD = "test-admin-password";
    /** Screenshots for docs/user-guide.md are taken by the journeys, so they always show the current UI. */
    /**
     * Where the journeys write their screenshots: {@code target/screenshots} so the test command leaves the tree
     * clean; {@code -Dscreenshots.dir=docs/screenshots} refreshes the ones the user guide shows (README).
     */
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private final List<BrowserContext> extraContexts = new java.util.ArrayList<>();
    protected Page page;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        // Generous: the first visit of a view in Vaadin dev mode, on a busy 2-core machine, can take seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(1400, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        extraContexts.forEach(BrowserContext::close);
        extraContexts.clear();
        context.close();
    }

    /** A second browser without the signed-in session, e.g. an expert opening an invitation link. */
    Page newAnonymousPage() {
        return newAnonymousPage(1400, 900);
    }

    /** The same with a viewport of its own, e.g. a phone (375 x 812). */
    Page newAnonymousPage(int width, int height) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(width, height));
        other.setDefaultTimeout(30_000);
        extraContexts.add(other);
        return other.newPage();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void logInAs(String username, String password) {
        logInAs(page, username, password);
    }

    /** Signs in on another browser, e.g. an expert's account beside the facilitator's. */
    void logInAs(Page target, String username, String password) {
        target.navigate(url("/login"));
        target.locator("#vaadinLoginUsername input").fill(username);
        target.locator("#vaadinLoginPassword input").fill(password);
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        // attached, not visible: on a phone the navigation sits in the closed drawer
        target.locator("#main-nav").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    }

    void screenshot(String name) {
        screenshot(page, name);
    }

    void screenshot(Page target, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        target.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    /** Picks a value in a Vaadin select by its visible label, e.g. "1/3". */
    void choose(String selectId, String label) {
        page.locator("#" + selectId).click();
        // Scope to the overlay that is open now: every select keeps its own (hidden) items in the page.
        page.locator("vaadin-select-overlay[opened]")
                .getByRole(AriaRole.OPTION, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(label)
                        .setExact(true))
                .click();
        page.locator("vaadin-select-overlay[opened]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }
}
