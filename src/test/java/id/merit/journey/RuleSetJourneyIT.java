package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.professionalism.domain.IpAsnRuleSets;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 9 in a real browser: an officer drafts a new IP ASN rule-set version for next year and previews who
 * moves between categories (but cannot save it); the administrator previews and publishes it and recomputes the year;
 * the regent sees the rankings change. The version and next year's stored figures are removed afterwards, so no other
 * test sees them.
 */
@MeritIntegrationTest
class RuleSetJourneyIT {
    private static final String PASSWORD = "Aturan#Jalur2026";
    /** Bands far below Merit's, descending as the rule requires: any total above 4 is Sangat Tinggi. */
    private static final Map<String, String> BANDS = Map.of("categoryAbove.SANGAT_TINGGI", "4", "categoryAbove.TINGGI", "3",
            "categoryAbove.SEDANG", "2", "categoryAbove.RENDAH", "1");
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IpAsnRuleSets versions;
    @Autowired
    Clock clock;
    static Browser browser;
    int year;

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

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM professionalism.rule_set WHERE effective_from = ?", LocalDate.of(year, 1, 1));
        jdbc.update("DELETE FROM professionalism.index WHERE year = ?", year);
        jdbc.update("DELETE FROM professionalism.opd_index WHERE year = ?", year);
        jdbc.update("DELETE FROM professionalism.index_year WHERE year = ?", year);
        versions.reload();
    }

    void draft(Page page) {
        page.navigate(browser.url("/professionalism/rule-sets/new"));
        page.fill("#label", "Aturan uji " + year);
        page.fill("#effectiveFrom", LocalDate.of(year, 1, 1).toString());
        page.fill("#regulation", "Peraturan BKN uji");
        BANDS.forEach((field, value) -> page.fill("input[name='v." + field + "']", value));
        page.fill("#year", String.valueOf(year));
        page.click("#rule-set-preview");
        assertThat(page.locator("#preview")).containsText("pindah kategori");
    }

    @Test
    void theAdministratorPublishesAfterThePreviewAndTheRegentSeesTheRankingsChange() {
        long n = System.nanoTime() % 100_000;
        year = LocalDate.now(clock).getYear() + 1;
        String opd = "JRS" + n;
        String nip = Nip.compose(LocalDate.of(1984, 4, 4).plusDays(n % 3000), YearMonth.of(2009, 1), 'M', (int) (n % 900) + 1);
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Aturan Jalur " + n, OpdKind.DINAS, null, null, null, null));
            employees.upsert(new EmployeeData(nip, "Rudi Aturan " + n, Gender.M, LocalDate.of(1984, 4, 4), EmployeeType.PNS, opd, "III/a",
                    "Analis", PositionKind.PELAKSANA, null, null, null, null, null, null));
            users.createUnchecked(new NewUser("jrsadmin" + n, PASSWORD, Role.ADMIN, null, null, "Admin " + n), false);
            users.createUnchecked(new NewUser("jrsofficer" + n, PASSWORD, Role.OFFICER, null, null, "Petugas " + n), false);
            users.createUnchecked(new NewUser("jrsregent" + n, PASSWORD, Role.REGENT, null, null, "Bupati " + n), false);
        } finally {
            TestUsers.clear();
        }
        browser = browser == null ? new Browser(port) : browser;
        String ranking = "/professionalism/" + year + "?opd=" + opd;
        String row = "tr:has(a[href='/employees/" + nip + "'])";

        // the regent's ranking under the rules in force: nothing on record, Sangat Rendah
        Page regent = browser.login("jrsregent" + n, PASSWORD);
        regent.navigate(browser.url(ranking));
        assertThat(regent.locator(row)).containsText("Sangat Rendah");

        // the officer views the versions and previews a draft, but has no save button
        Page officer = browser.login("jrsofficer" + n, PASSWORD);
        officer.navigate(browser.url("/professionalism/rule-sets"));
        assertThat(officer.locator("main")).containsText("bawaan Merit");
        draft(officer);
        assertThat(officer.locator("#rule-set-save")).hasCount(0);

        // the administrator previews the same draft and publishes it, then recomputes the year
        Page admin = browser.login("jrsadmin" + n, PASSWORD);
        admin.onDialog(d -> d.accept());
        draft(admin);
        admin.click("#rule-set-save");
        assertThat(admin.locator(".alert-success").first()).containsText("Aturan uji " + year);
        admin.navigate(browser.url(ranking));
        admin.click("#recompute-form button[type=submit]");
        assertThat(admin.locator(".alert-danger")).hasCount(0);

        // the regent sees the same employee in the new band, and the version named on the page
        regent.navigate(browser.url(ranking));
        assertThat(regent.locator(row)).containsText("Sangat Tinggi");
        Browser.screenshot(regent, "ipasn-rankings-after-rule-set");
    }
}
