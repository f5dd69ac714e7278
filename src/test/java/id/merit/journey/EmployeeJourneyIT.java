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
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 2's journey: an officer logs in, finds an employee, edits them and sees the change in the audit trail,
 * in Debian's Chromium; screenshots land in target/screenshots.
 */
@MeritIntegrationTest
class EmployeeJourneyIT {
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void officerFindsEditsAndSeesTheAuditEntry() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium is installed by .ci/run (apt-get install chromium)");
        String s = String.valueOf(System.nanoTime() % 100000);
        String officer = "petugas" + s;
        LocalDate born = LocalDate.of(1988, 7, 14);
        String nip = Nip.compose(born, YearMonth.of(2012, 2), 'F', Integer.parseInt(s) % 998 + 1);
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdData("JE" + s, "Dinas Journey " + s, OpdKind.DINAS, null, "Jl. Uji", new BigDecimal("-2.05"),
                    new BigDecimal("115.19")));
            employees.upsert(new EmployeeData(nip, "Yuliana Journey" + s, Gender.F, born, EmployeeType.PNS, "JE" + s, "III/b",
                    "Analis Kepegawaian", PositionKind.PELAKSANA, null, null, new BigDecimal("-2.10"), new BigDecimal("115.20")));
            users.createUnchecked(new NewUser(officer, "Petugas#Uji2026", Role.OFFICER, null, null, "Petugas Uji"), false);
        } finally {
            TestUsers.clear();
        }
        browser = new Browser(port);
        Page page = browser.login(officer, "Petugas#Uji2026");

        page.navigate(browser.url("/employees"));
        page.fill("#employee-q", "Journey" + s);
        page.press("#employee-q", "Enter");
        assertThat(page.locator("#employee-rows")).containsText(nip);
        Browser.screenshot(page, "employee-list");
        page.locator("#employee-rows a", new Page.LocatorOptions().setHasText("Yuliana Journey" + s)).first().click();
        assertThat(page.locator("#employee-header")).containsText("Yuliana Journey" + s);
        assertThat(page.locator("#employee-distance")).containsText("km");

        page.navigate(browser.url("/employees/" + nip + "/edit"));
        page.fill("#positionName", "Analis SDM Aparatur");
        page.selectOption("#rank", "III/c");
        page.click("#employee-form button[type=submit]");
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("#employee-header")).containsText("Analis SDM Aparatur");

        page.click("#tab-audit");
        page.waitForSelector("#pane-audit.show.active");
        assertThat(page.locator("#audit-table")).containsText(officer);
        assertThat(page.locator("#audit-table")).containsText("III/b");
        assertThat(page.locator("#audit-table")).containsText("III/c");
        assertThat(page.locator("#audit-table")).containsText("Analis SDM Aparatur");
        org.assertj.core.api.Assertions.assertThat(Files.size(Browser.screenshot(page, "employee-audit"))).isGreaterThan(10_000);
    }
}
