package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.professionalism.domain.IndexStore;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 item 7 in a real browser: an employee submits a training certificate, BKPSDM verifies it, and the employee
 * sees their IP ASN rise on their own page; the regent drills from the dashboard's OPD league to the ranking and on to
 * an employee.
 */
@MeritIntegrationTest
class SelfServiceJourneyIT {
    private static final String PASSWORD = "Pegawai#Mandiri2026";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    IndexStore store;
    @Autowired
    Clock clock;
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

    /** An OPD with one PNS (SMA, no training), their EMPLOYEE account, an officer and a regent. Returns the NIP. */
    String fixture(long n, String opd) {
        String nip = Nip.compose(LocalDate.of(1990, 5, 5).plusDays(n % 2000), YearMonth.of(2015, 3), 'F', (int) (n % 900) + 1);
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Mandiri " + n, OpdKind.DINAS, null, null, null, null));
            employees.upsert(new EmployeeData(nip, "Sinta Mandiri " + n, Gender.F, LocalDate.of(1990, 5, 5), EmployeeType.PNS, opd,
                    "III/a", "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null, null, null));
            employees.upsertEducation(nip, new EducationRecord(EducationLevel.SMA, "SMA Negeri 2", null, LocalDate.of(2008, 6, 1)));
            users.createUnchecked(new NewUser("jssemp" + n, PASSWORD, Role.EMPLOYEE, null, nip, "Sinta " + n), false);
            users.createUnchecked(new NewUser("jssofficer" + n, PASSWORD, Role.OFFICER, null, null, "Petugas " + n), false);
            users.createUnchecked(new NewUser("jssregent" + n, PASSWORD, Role.REGENT, null, null, "Bupati " + n), false);
        } finally {
            TestUsers.clear();
        }
        return nip;
    }

    static String latestTotal(Page page) {
        return page.locator("#ipasn-history tbody tr").first().locator("td").nth(5).innerText(); // newest year first
    }

    @Test
    void theEmployeeSubmitsATrainingCertificateAndSeesTheirIpAsnRiseOnceVerified() {
        long n = System.nanoTime() % 100_000;
        String nip = fixture(n, "JSS" + n);
        LocalDate today = LocalDate.now(clock);
        browser = browser == null ? new Browser(port) : browser;

        Page employee = browser.login("jssemp" + n, PASSWORD);
        employee.navigate(browser.url("/employees/" + nip));
        assertThat(employee.locator("#ipasn-raise")).containsText("pelatihan teknis");
        String before = latestTotal(employee);

        // the request with its certificate
        employee.navigate(browser.url("/employees/" + nip + "/requests"));
        employee.selectOption("#kind", "TRAINING");
        employee.selectOption("#trainingKind", "TEKNIS");
        employee.fill("#trainingName", "Pelatihan Arsip Digital " + n);
        employee.fill("#trainingHours", "24");
        employee.fill("#trainingEndDate", today.toString());
        employee.setInputFiles("#evidence", new FilePayload("sertifikat.pdf", "application/pdf", PDF));
        employee.click("#request-form button[type=submit]");
        assertThat(employee.locator(".alert-success").first()).isVisible();
        assertThat(employee.locator("#request-list")).containsText("Pelatihan Arsip Digital " + n);

        // BKPSDM verifies it from the queue
        Page officer = browser.login("jssofficer" + n, PASSWORD);
        officer.onDialog(d -> d.accept());
        officer.navigate(browser.url("/data-requests"));
        officer.click("#request-queue tr:has-text('Sinta Mandiri " + n + "') a[href^='/data-requests/']");
        officer.click("#approve-form button[type=submit]");
        assertThat(officer.locator(".alert-success").first()).isVisible();

        // the employee's own page: the training is in the registry and the IP ASN of this year is higher
        employee.navigate(browser.url("/employees/" + nip));
        assertThat(employee.locator("main")).containsText("Pelatihan Arsip Digital " + n);
        String after = latestTotal(employee);
        assertThat(Double.parseDouble(after.replace(".", "").replace(',', '.')))
                .as("IP ASN %s → %s", before, after).isGreaterThan(Double.parseDouble(before.replace(".", "").replace(',', '.')));
        Browser.screenshot(employee, "selfservice-ipasn-after-training");
    }

    @Test
    void theRegentDrillsFromTheLeagueToAnEmployee() {
        long n = System.nanoTime() % 100_000;
        String opd = "JSR" + n;
        String nip = fixture(n, opd);
        int year = LocalDate.now(clock).getYear() - 1;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            store.compute(year);
        } finally {
            TestUsers.clear();
        }
        browser = browser == null ? new Browser(port) : browser;
        Page regent = browser.login("jssregent" + n, PASSWORD);
        regent.navigate(browser.url("/dashboard/" + year));
        regent.click("a[href='/professionalism/" + year + "?opd=" + opd + "']");
        assertThat(regent.locator("main")).containsText("Sinta Mandiri " + n);
        regent.click("a[href='/employees/" + nip + "']");
        assertThat(regent.locator("h1").first()).containsText("Sinta Mandiri " + n);
        assertThat(regent.locator("#employee-ipasn")).isVisible();
    }
}
