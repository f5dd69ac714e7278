package id.merit.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Captures the main pages of a running demo instance into docs/screenshots (not a test).
 * Run: {@code bench/screenshots.sh} (starts the demo app, runs this, stops it).
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        Path out = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
        String[][] pages = {
                {"admin", "/", "home-admin"},
                {"admin", "/employees", "employee-list"},
                {"admin", "/employees?opd=DINKES&type=PNS&sort=-rank", "employee-list-filtered"},
                {"admin", "/opds", "opd-tree"},
                {"admin", "/opds/DINKES", "opd-detail"},
                {"admin", "/admin/users", "users"},
                {"admin", "/imports", "imports"},
                {"admin", "/attendance", "attendance-recap"},
                {"admin", "/opds/DINKES/posts", "posts"},
                {"admin", "/attendance/outages", "attendance-outages"},
                {"admin", "/instance-profile", "instance-profile"},
                {"admin", "/discipline/recommendations", "discipline-recommendations"},
                {"admin", "/discipline/recommendations/relief", "discipline-recommendations-relief"},
                {"admin", "/discipline", "discipline"},
                {"admin", "/discipline/stats", "discipline-stats"},
                {"admin", "/talent/2025", "talent-9box"},
                {"admin", "/professionalism/2025", "ip-asn-rankings"},
                {"admin", "/performance/compliance/2026", "skp-compliance"},
                {"admin", "/performance/honorary/2026", "honorary-overview"},
                {"admin", "/selection/rounds", "selection-rounds"},
                {"bupati", "/discipline/recommendations", "discipline-relief"},
                {"bupati", "/dashboard/2025", "dashboard-regent"},
                {"kadinkes", "/", "home-opd-head"},
                {"kadinkes", "/discipline/recommendations", "discipline-recommendations-opd-head"},
                {"kadinkes", "/performance/2026", "skp-workspace"},
                {"bupati", "/", "home-regent"},
                {"pegawai", "/", "employee-self"},
                {"pegawai", "{own}", "employee-record"},
        };
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             com.microsoft.playwright.Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Browser.CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking")))) {
            String current = null;
            Page page = null;
            for (String[] p : pages) {
                if (!p[0].equals(current)) {
                    page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1366, 860)).newPage();
                    page.navigate(base + "/login");
                    page.fill("#username", p[0]);
                    page.fill("#password", "Merit#Demo2026");
                    page.click("button[type=submit]");
                    page.waitForURL(u -> !u.contains("/login"));
                    current = p[0];
                }
                String path = p[1];
                if (path.equals("{own}")) { // the signed-in employee's own record, linked from their landing page
                    page.navigate(base + "/");
                    path = (String) page.evaluate("document.querySelector('a[href^=\"/employees/\"]').getAttribute('href')");
                }
                page.navigate(base + path);
                page.waitForLoadState();
                page.waitForTimeout(600); // let Chart.js finish its animation
                page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(p[2] + ".png")).setFullPage(p[2].equals("employee-record")));
                System.out.println("captured " + p[2] + " (" + path + ")");
            }
        }
    }
}
