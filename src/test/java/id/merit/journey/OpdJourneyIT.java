package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator builds part of the OPD tree in a real browser, moves a unit, and reads the audit trail. */
@MeritIntegrationTest
class OpdJourneyIT {
    @LocalServerPort
    int port;
    static Browser browser;

    @BeforeAll
    static void assumeBrowser() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Browser.available(), "Chromium is installed by .ci/run (apt-get install chromium)");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void adminCreatesMovesAndAuditsAnOpd() {
        browser = browser == null ? new Browser(port) : browser;
        String suffix = String.valueOf(System.nanoTime() % 100000);
        Page page = browser.login("admin", "Admin#Test2026");

        page.navigate(browser.url("/opds/new"));
        page.fill("#code", "JRN-A" + suffix);
        page.fill("#name", "Dinas Uji Journey " + suffix);
        page.selectOption("#kind", "DINAS");
        page.click("main button[type=submit]");
        assertThat(page.locator(".alert-success")).containsText("Data OPD tersimpan");
        assertThat(page.locator("h1")).hasText("Dinas Uji Journey " + suffix);

        page.navigate(browser.url("/opds/new?parent=JRN-A" + suffix));
        page.fill("#code", "JRN-B" + suffix);
        page.fill("#name", "UPT Uji " + suffix);
        page.selectOption("#kind", "UPT");
        page.fill("#latitude", "-2.1");
        page.click("main button[type=submit]");
        // half-filled coordinates are refused with a message, and the typed values survive
        assertThat(page.locator(".invalid-feedback")).containsText("Isi lintang dan bujur bersama-sama");
        assertThat(page.locator("#name")).hasValue("UPT Uji " + suffix);
        page.fill("#longitude", "115.2");
        page.click("main button[type=submit]");
        assertThat(page.locator(".breadcrumb")).containsText("JRN-A" + suffix);

        // move it to the top level
        page.navigate(browser.url("/opds/JRN-B" + suffix + "/edit"));
        page.selectOption("#parentCode", "");
        page.click("main button[type=submit]");
        assertThat(page.locator("dl")).containsText("(tingkat teratas)");
        assertThat(page.locator(".audit-diff")).containsText("OPD induk");
        assertThat(page.locator(".audit-diff")).containsText("JRN-A" + suffix);
        Browser.screenshot(page, "opd-detail");

        page.navigate(browser.url("/opds?lang=en"));
        assertThat(page.locator("h1")).hasText("Regional government units (OPD)");
        page.navigate(browser.url("/opds?q=JRN-B" + suffix));
        assertThat(page.locator("tbody tr")).hasCount(1);
        Browser.screenshot(page, "opd-list-en");
        page.navigate(browser.url("/opds?lang=id"));
    }
}
