package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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
import id.merit.orgunit.PostCommands;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 12 item 11, the SKP half in a real browser: the employee drafts their SKP plan (an RHK with its indicator and
 * target) and submits it, the OPD head finds it in the plan list and approves it (the state moves from submitted to
 * approved on the plan and in the list), the OPD head rates the employee Kurang on the plan's rating sheet (BKPSDM's
 * compliance page moves from none to one rated in the OPD), the employee finds the rating
 * on their own SKP page, objects with reasons, and the rater's superior grants the objection with new ratings — the
 * predicate is derived again and the employee sees the outcome.
 */
@MeritIntegrationTest
class SkpObjectionJourneyIT {
    private static final String PASSWORD = "Pegawai#SkpKeberatan2026";
    private static final int YEAR = 2025;
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
    @Autowired
    JdbcTemplate jdbc;
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
    void theEmployeeObjectsAndTheSuperiorGrantsIt() {
        long n = System.nanoTime() % 100_000;
        String opd = "JSK" + n;
        LocalDate born = LocalDate.of(1983, 1, 1).plusDays(n % 9000);
        String own = Nip.compose(born, YearMonth.of(2008, 1), 'M', (int) (n % 998) + 1);
        String rater = Nip.compose(born, YearMonth.of(2008, 2), 'M', (int) (n % 998) + 1);
        String head = Nip.compose(born, YearMonth.of(2008, 3), 'M', (int) (n % 998) + 1);
        String ownName = "Rina Keberatan " + n;
        MeritUserDetails officer = new MeritUserDetails(new CurrentUser("journey", Role.OFFICER, null, null), "x", true, false, "journey");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        try {
            jdbc.update("INSERT INTO performance.period (year, kind, deadline, opened_by) VALUES (?, 'ANNUAL', ?, 'journey') ON CONFLICT DO NOTHING",
                    YEAR, LocalDate.of(YEAR + 1, 1, 31));
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Kinerja " + n, OpdKind.DINAS, null, null, null, null));
            posts.upsert(new PostCommands.PostData(opd + "-H", opd, "Kepala Dinas", "JPT_PRATAMA", null, null, 1, false, null));
            posts.upsert(new PostCommands.PostData(opd + "-R", opd, "Kepala Bidang", "ADMINISTRATOR", null, opd + "-H", 1, false, null));
            posts.upsert(new PostCommands.PostData(opd + "-S", opd, "Analis", "PELAKSANA", null, opd + "-R", 3, false, null));
            String[][] people = {{own, ownName, "-S"}, {rater, "Budi Penilai " + n, "-R"}, {head, "Sri Kadis " + n, "-H"}};
            for (String[] p : people) {
                employees.upsert(new EmployeeData(p[0], p[1], Gender.F, born, EmployeeType.PNS, opd, "III/b", "Analis",
                        PositionKind.PELAKSANA, null, null, null, null));
                jdbc.update("""
                        INSERT INTO employee.position_history (employee_id, position_name, position_kind, opd_id, start_date, post_code)
                        SELECT e.id, 'Jabatan', 'PELAKSANA', e.opd_id, DATE '2020-01-01', ? FROM employee.employee e WHERE e.nip = ?
                        """, opd + p[2], p[0]);
            }
            users.createUnchecked(new NewUser("jskpegawai" + n, PASSWORD, Role.EMPLOYEE, null, own, ownName), false);
            users.createUnchecked(new NewUser("jskkadis" + n, PASSWORD, Role.EMPLOYEE, null, head, "Sri Kadis " + n), false);
            users.createUnchecked(new NewUser("jskopd" + n, PASSWORD, Role.OPD_HEAD, opd, null, "Kepala OPD " + n), false);
            users.createUnchecked(new NewUser("jskofficer" + n, PASSWORD, Role.OFFICER, null, null, "Petugas " + n), false);
        } finally {
            SecurityContextHolder.clearContext();
        }
        browser = browser == null ? new Browser(port) : browser;

        // BKPSDM's compliance page: the OPD's three PNS are due, none rated yet
        Page bkpsdm = browser.login("jskofficer" + n, PASSWORD);
        bkpsdm.navigate(browser.url("/performance/compliance/" + YEAR));
        String row = "#compliance-rows tr:has(a:has-text('Dinas Kinerja " + n + "'))";
        assertThat(bkpsdm.locator(row + " td:nth-child(3)")).hasText("3");
        assertThat(bkpsdm.locator(row + " td:nth-child(4)")).hasText("0");

        // the employee drafts their SKP plan: one RHK with its indicator and target, submitted to the rater
        Page employee = browser.login("jskpegawai" + n, PASSWORD);
        employee.navigate(browser.url("/performance/" + YEAR + "/plans/" + own));
        assertThat(employee.locator("#plan-status-badge")).hasText("Belum dibuat");
        assertThat(employee.locator("#plan-rater")).containsText("Budi Penilai " + n);
        employee.fill("#rhk-text", "Laporan analisis kepegawaian tersusun tepat waktu");
        employee.fill("#rhk-indicator", "Jumlah laporan analisis");
        employee.fill("#rhk-target", "12");
        employee.fill("#rhk-unit", "laporan");
        employee.click("#rhk-form button[type=submit]");
        assertThat(employee.locator("#rhk-1")).containsText("Laporan analisis kepegawaian tersusun tepat waktu");
        assertThat(employee.locator("#rhk-1")).containsText("Jumlah laporan analisis: 12 laporan");
        assertThat(employee.locator("#plan-status-badge")).hasText("Draf");
        employee.click("#plan-submit button[type=submit]");
        assertThat(employee.locator(".alert-success").first()).containsText("Rencana SKP diajukan");
        assertThat(employee.locator("#plan-status-badge")).hasText("Diajukan");
        assertThat(employee.locator("#rhk-form")).hasCount(0);

        // the OPD head finds the submitted plan in their list and approves it; its state changes on the page and in the list
        Page opdHead = browser.login("jskopd" + n, PASSWORD);
        opdHead.navigate(browser.url("/performance/" + YEAR + "/plans"));
        opdHead.fill("#plans-q", ownName);
        opdHead.click("#plans-filter button[type=submit]");
        String planRow = "#plans-table tr:has(a:has-text('" + ownName + "'))";
        assertThat(opdHead.locator(planRow + " td:nth-child(3)")).hasText("Diajukan");
        opdHead.click(planRow + " a");
        assertThat(opdHead.locator("#plan-status-badge")).hasText("Diajukan");
        assertThat(opdHead.locator("#rhk-1")).containsText("Jumlah laporan analisis: 12 laporan");
        opdHead.click("#plan-decision button.btn-success");
        assertThat(opdHead.locator(".alert-success").first()).containsText("Rencana SKP disetujui");
        assertThat(opdHead.locator("#plan-status-badge")).hasText("Disetujui");
        assertThat(opdHead.locator("#plan-decision")).hasCount(0);
        Browser.screenshot(opdHead, "skp-plan-approved");
        opdHead.navigate(browser.url("/performance/" + YEAR + "/plans?q=" + n));
        assertThat(opdHead.locator(planRow + " td:nth-child(3)")).hasText("Disetujui");

        // the OPD head rates against the approved plan: the RHK meets expectations, every BerAKHLAK aspect below → Kurang/Misconduct
        opdHead.navigate(browser.url("/performance/" + YEAR + "/employees/" + own));
        assertThat(opdHead.locator("#sheet-form")).containsText("Laporan analisis kepegawaian tersusun tepat waktu");
        assertThat(opdHead.locator("#performance-form")).hasCount(0);
        com.microsoft.playwright.Locator rhk = opdHead.locator("#sheet-form select[name^='rhk[']");
        assertThat(rhk).hasCount(1);
        rhk.first().selectOption("MEETS");
        com.microsoft.playwright.Locator aspects = opdHead.locator("#sheet-form select[name^='aspects[']");
        assertThat(aspects).hasCount(7);
        for (int i = 0; i < 7; i++) {
            aspects.nth(i).selectOption("BELOW");
        }
        opdHead.click("#sheet-form button[value=submit]");
        assertThat(opdHead.locator(".alert-success").first()).isVisible();

        // the officer sees compliance move: one rated, two missing
        bkpsdm.reload();
        assertThat(bkpsdm.locator(row + " td:nth-child(4)")).hasText("1");
        assertThat(bkpsdm.locator(row + " td:nth-child(5)")).hasText("2");

        // the employee finds it from the landing page, sees why, and objects
        employee.navigate(browser.url("/"));
        employee.click("#home-skp");
        assertThat(employee.locator("#skp-" + YEAR)).containsText("Kurang/Misconduct");
        assertThat(employee.locator("#skp-" + YEAR + " .skp-reason")).containsText("Di bawah ekspektasi");
        assertThat(employee.locator("#skp-" + YEAR + " .skp-follow-up")).containsText("uji kompetensi");
        Browser.screenshot(employee, "skp-own-page");
        employee.click("#skp-" + YEAR + " a[href$='/objection']");
        employee.fill("#reasons", "Perilaku kerja saya dinilai di bawah ekspektasi tanpa catatan atau bukti.");
        employee.click("#objection-form button[type=submit]");
        assertThat(employee.locator(".alert-success").first()).containsText("Keberatan diajukan");
        assertThat(employee.locator("#objection-route")).containsText("Sri Kadis " + n);
        Browser.screenshot(employee, "skp-objection-filed");

        // the rater's superior (an employee account) finds it in their list and grants it with new ratings
        Page superior = browser.login("jskkadis" + n, PASSWORD);
        superior.navigate(browser.url("/performance/objections"));
        superior.click("#objections-table a:has-text('" + ownName + "')");
        superior.selectOption("#outcome", "GRANTED");
        superior.selectOption("#results", "MEETS");
        superior.selectOption("#behaviour", "MEETS");
        superior.fill("#decisionReasons", "Catatan perilaku tidak didukung bukti; dinilai sesuai ekspektasi.");
        superior.click("#decision-form button[type=submit]");
        assertThat(superior.locator(".alert-success").first()).containsText("Keberatan dikabulkan");
        assertThat(superior.locator("#objection-new")).containsText("Baik");
        Browser.screenshot(superior, "skp-objection-granted");

        // the employee sees the new predicate and the outcome; the follow-up is gone
        employee.navigate(browser.url("/performance/employees/" + own + "/skp"));
        assertThat(employee.locator("#skp-" + YEAR)).containsText("Keberatan dikabulkan");
        assertThat(employee.locator("#skp-" + YEAR + " .badge").first()).hasText("Baik");
        assertThat(employee.locator("#skp-" + YEAR + " .skp-follow-up")).hasCount(0);
    }
}
