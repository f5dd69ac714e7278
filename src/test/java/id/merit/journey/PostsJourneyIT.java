package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.PositionRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.PostCommands;
import id.merit.orgunit.PostCommands.PostData;
import id.merit.shared.Role;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11's journey in a real browser: positions were imported without a post; the officer links them on the
 * "not linked" page using the suggestions and sees the organisation chart and the formation table fill.
 */
@MeritIntegrationTest
class PostsJourneyIT {
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    PostCommands posts;
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
    void officerLinksImportedPositionsAndTheChartFills() {
        Assumptions.assumeTrue(Browser.available(), "Chromium is installed by .ci/run (apt-get install chromium)");
        String s = String.valueOf(System.nanoTime() % 100000);
        String opd = "PJ" + s;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdData(opd, "Dinas Jabatan " + s, OpdKind.DINAS, null, null, null, null));
            posts.upsert(new PostData(opd + "-KA", opd, "Kepala Dinas Jabatan", "JPT_PRATAMA", null, null, 1, true, null));
            posts.upsert(new PostData(opd + "-PRAKOM", opd, "Pranata Komputer Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", opd + "-KA", 2,
                    false, null));
            person(opd, "K" + s, "Hendra Kepala" + s, "Kepala Dinas Jabatan", PositionKind.JPT_PRATAMA, null);
            person(opd, "J" + s, "Rina Prakom" + s, "Pranata Komputer Ahli Muda", PositionKind.FUNGSIONAL, PositionLevel.AHLI_MUDA);
            users.createUnchecked(new NewUser("petugas" + s, "Petugas#Uji2026", Role.OFFICER, null, null, "Petugas Jabatan"), false);
        } finally {
            TestUsers.clear();
        }

        browser = new Browser(port);
        Page officer = browser.login("petugas" + s, "Petugas#Uji2026");
        officer.navigate(browser.url("/opds/" + opd + "/posts"));
        assertThat(officer.locator("#formation tfoot")).containsText("3");
        assertThat(officer.locator("#org-chart")).containsText("2 formasi kosong");

        officer.navigate(browser.url("/opds/" + opd + "/posts/unlinked"));
        assertThat(officer.locator("#unlinked tbody tr")).hasCount(2);
        Browser.screenshot(officer, "posts-unlinked");
        for (int i = 0; i < 2; i++) {
            // the first option is the best suggestion (same kind, most shared words)
            officer.locator("#unlinked tbody tr").first().locator("button[type=submit]").click();
            assertThat(officer.locator(".alert-success")).hasCount(1);
        }
        assertThat(officer.locator("#unlinked")).hasCount(0);

        officer.navigate(browser.url("/opds/" + opd + "/posts"));
        assertThat(officer.locator("#org-chart")).containsText("Hendra Kepala" + s);
        assertThat(officer.locator("#org-chart")).containsText("Rina Prakom" + s);
        assertThat(officer.locator("#org-chart")).containsText("1 formasi kosong");
        assertThat(officer.locator("#formation tfoot td").nth(2)).hasText("2");
        Browser.screenshot(officer, "posts-chart-filled");

        officer.navigate(browser.url("/employees/J" + s));
        assertThat(officer.locator("#employee-superior")).containsText("Hendra Kepala" + s);
    }

    private void person(String opd, String nip, String name, String position, PositionKind kind, PositionLevel level) {
        employees.upsert(new EmployeeData(nip, name, Gender.F, LocalDate.of(1980, 2, 3), EmployeeType.PPPK, opd, null, position, kind,
                level, null, null, null));
        employees.upsertPosition(nip, new PositionRecord(position, kind, level, opd, LocalDate.of(2022, 1, 3), null));
    }
}
