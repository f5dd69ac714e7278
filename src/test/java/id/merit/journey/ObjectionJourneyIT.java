package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseViews;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An employee files an objection (keberatan, PP 79/2021) against the decision of their own case from the case page, the
 * punishment is shown as suspended (PP 94/2021 Pasal 38 ayat (2)), and an officer records the answer that lightens it
 * — in a real browser.
 */
@MeritIntegrationTest
class ObjectionJourneyIT {
    private static final String PASSWORD = "Pegawai#Keberatan2026";
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkflow workflow;
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
    void theEmployeePageShowsAReliefFromThePostWithItsPlh() {
        long n = System.nanoTime() % 100_000;
        String opd = "JRL" + n;
        LocalDate born = LocalDate.of(1979, 1, 1).plusDays(n % 9000);
        String nip = Nip.compose(born, YearMonth.of(2005, 3), 'M', (int) (n % 998) + 1);
        long id;
        MeritUserDetails officer = new MeritUserDetails(new CurrentUser("journey", Role.OFFICER, null, null), "x", true, false, "journey");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Relief " + n, OpdKind.DINAS, null, null, null, null));
            employees.upsert(new EmployeeData(nip, "Yusuf " + n, Gender.M, born, EmployeeType.PNS, opd, "III/c", "Bendahara",
                    PositionKind.PELAKSANA, null, null, null, null));
            LocalDate today = cases.today();
            id = workflow.open(new CaseCommands.Open(nip, null, null, null, null, null, "Tidak masuk kerja 10 hari berturut-turut",
                    List.of("Tidak masuk kerja 10 hari berturut-turut"), PunishmentLevel.BERAT, today));
            workflow.summon(id, cases.get(id).version(), new CaseCommands.Summons("800/R/SP", today, today, "Ruang rapat", "Kasubag", null,
                    "Kepala Sub Bagian Umum"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        browser = browser == null ? new Browser(port) : browser;
        Page admin = browser.login("admin", "Admin#Test2026");
        admin.navigate(browser.url("/discipline/cases/" + id));
        // PP 94/2021 Ps 31: the direct superior relieves the official and names a Plh
        admin.fill("#plhName", "Wati " + n);
        admin.click("form[action$='/relief'] button[type=submit]");
        assertThat(admin.locator(".alert-success")).containsText("Pembebasan sementara dan Plh dicatat");
        assertThat(admin.locator("#relief")).containsText("Plh Wati " + n);

        admin.navigate(browser.url("/employees/" + nip));
        assertThat(admin.locator("#employee-relief")).containsText("Wati " + n);
        assertThat(admin.locator("#employee-relief")).containsText("Pasal 31");
        Browser.screenshot(admin, "employee-relief");
    }

    @Test
    void employeeFilesAnObjectionAndTheOfficerLightensThePunishment() {
        long n = System.nanoTime() % 100_000;
        String opd = "JOB" + n;
        LocalDate born = LocalDate.of(1978, 1, 1).plusDays(n % 9000);
        String nip = Nip.compose(born, YearMonth.of(2004, 3), 'M', (int) (n % 998) + 1);
        String username = "keberatan" + n;
        long id;
        MeritUserDetails officer = new MeritUserDetails(new CurrentUser("journey", Role.OFFICER, null, null), "x", true, false, "journey");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Keberatan " + n, OpdKind.DINAS, null, null, null, null));
            employees.upsert(new EmployeeData(nip, "Hendra " + n, Gender.M, born, EmployeeType.PNS, opd, "II/c", "Pengemudi",
                    PositionKind.PELAKSANA, null, null, null, null));
            users.createUnchecked(new NewUser(username, PASSWORD, Role.EMPLOYEE, null, nip, "Hendra " + n), false);
            // a case decided and delivered today (through the services: the browser journey of those steps is DisciplineJourneyIT)
            LocalDate today = cases.today();
            id = workflow.open(new CaseCommands.Open(nip, null, null, null, null, null, "Tidak masuk kerja 12 hari",
                    List.of("Tidak masuk kerja 12 hari"), null, today));
            workflow.summon(id, cases.get(id).version(), new CaseCommands.Summons("800/J/SP", today, today, "Ruang rapat", "Kasubag", null,
                    "Kepala Sub Bagian Umum"));
            workflow.examine(id, cases.get(id).version(), new CaseCommands.Examination(today, "Mengakui", null, false, null, null, null,
                    null, List.of()));
            CaseViews.Detail examined = cases.get(id);
            workflow.decide(id, examined.version(), new CaseCommands.Decision("800/J/HD", today, DecidingOfficial.PPK_KABUPATEN, null,
                    "Bupati", null, "Bupati", List.of(new CaseCommands.ViolationSanction(examined.violations().get(0).id(),
                    PunishmentKind.PENUNDAAN_KGB, null))));
            workflow.deliver(id, cases.get(id).version(), today);
        } finally {
            SecurityContextHolder.clearContext();
        }
        browser = browser == null ? new Browser(port) : browser;

        // the employee finds the case in their list and files the objection from the case page
        Page employee = browser.login(username, PASSWORD);
        employee.navigate(browser.url("/discipline/cases"));
        employee.click("a[href$='/discipline/cases/" + id + "']");
        assertThat(employee.locator("#objection")).containsText("Keberatan dapat diajukan sampai");
        employee.fill("#grounds", "Saya dirawat di rumah sakit selama hari-hari tersebut.");
        employee.fill("#objectionEvidence", "Surat keterangan rawat inap RSUD");
        employee.click("#objection-submit");
        assertThat(employee.locator(".alert-success")).containsText("Keberatan dicatat");
        assertThat(employee.locator("#objection-pending")).isVisible();
        assertThat(employee.locator("#delivery")).containsText("belum berlaku");
        assertThat(employee.locator("#objection-form")).hasCount(0);
        Browser.screenshot(employee, "discipline-objection-filed");

        // the officer answers: lightened to a written reprimand, received today → effective on the 15th day
        Page admin = browser.login("admin", "Admin#Test2026");
        admin.navigate(browser.url("/discipline/cases/" + id));
        assertThat(admin.locator("#objection")).containsText("Wajib diputus paling lambat");
        admin.selectOption("#outcome", "LIGHTENED");
        admin.selectOption("#kind", "TEGURAN_TERTULIS");
        admin.fill("#answerNumber", "800/J/KB");
        String today = cases.today().toString();
        admin.fill("#decidedOn", today);
        admin.fill("#receivedOn", today);
        admin.click("#answer-submit");
        assertThat(admin.locator(".alert-success")).containsText("Keputusan atas keberatan dicatat");
        assertThat(admin.locator("#objection-outcome")).containsText("Memperingan hukuman");
        assertThat(admin.locator("#delivery")).containsText("berlaku " + cases.today().plusDays(14)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id"))));
        Browser.screenshot(admin, "discipline-objection-answered");

        // the employee sees the outcome on their case page
        employee.reload();
        assertThat(employee.locator("#objection-outcome")).containsText("Memperingan hukuman");
    }
}
