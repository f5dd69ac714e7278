package id.merit.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (no browser download: conventions.md). One browser per test class;
 * {@link #login} signs in through the real form; {@link #screenshot} saves to target/screenshots.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MERIT_CHROMIUM", "/usr/bin/chromium"));
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** A fresh browser context (own cookies) with a desktop viewport, logged in as {@code user}. */
    public Page login(String user, String password) {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("id-ID")).newPage();
        page.navigate(base + "/login");
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    public String url(String path) {
        return base + path;
    }

    public static Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
