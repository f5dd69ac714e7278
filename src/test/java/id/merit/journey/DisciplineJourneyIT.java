package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An officer follows the attendance page's link to open a case, takes it through summons, examination, a refused and
 * then an authorised decision, records the delivery, opens the decision letter, and reads the yearly figures — in a
 * real browser (confirmation prompts accepted).
 */
@MeritIntegrationTest
class DisciplineJourneyIT {
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    java.util.List<id.merit.dataimport.ImportHandler> importHandlers;
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
    void officerTakesACaseFromTheAttendanceLinkToTheDecisionLetter() {
        long n = System.nanoTime() % 100_000;
        String opd = "JDS" + n;
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(n % 9000);
        String nip = Nip.compose(born, YearMonth.of(2001, 3), 'M', (int) (n % 998) + 1);
        MeritUserDetails officer = new MeritUserDetails(new CurrentUser("journey", Role.OFFICER, null, null), "x", true, false, "journey");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Journey " + n, OpdKind.DINAS, null, null, null, null));
            employees.upsert(new EmployeeData(nip, "Rahmat " + n, Gender.M, born, EmployeeType.PNS, opd, "II/c", "Pengemudi",
                    PositionKind.PELAKSANA, null, null, null, null));
            // a colleague in the same OPD punched every weekday, so Rahmat's days without a punch are absences, not no-data
            employees.upsert(new EmployeeData("JDS-REKAN-" + n, "Rekan " + n, Gender.F, born, EmployeeType.NON_ASN_PHL, opd, null,
                    "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
            id.merit.support.AttendanceCover.punchEveryWeekday(importHandlers, "JDS-REKAN-" + n, LocalDate.now().withDayOfYear(1),
                    LocalDate.now());
        } finally {
            SecurityContextHolder.clearContext();
        }
        browser = browser == null ? new Browser(port) : browser;
        Page page = browser.login("admin", "Admin#Test2026");
        page.onDialog(d -> d.accept());

        // the link the attendance page renders for a recommendation
        page.navigate(browser.url("/discipline/cases/new?nip=" + nip + "&source=ATTENDANCE&year=" + LocalDate.now().getYear()
                + "&band=TEGURAN_TERTULIS&basis=PP%2094%2F2021%20Pasal%209%20ayat%20(2)%20huruf%20b%20angka%202"));
        assertThat(page.locator(".alert-info")).containsText("Teguran tertulis");
        page.click("main button[type=submit]");
        assertThat(page.locator(".alert-success")).containsText("Kasus disiplin dibuka");
        String caseUrl = page.url();

        // issue 9 item 4: the same link again warns of the case already opened for that year's attendance, and the
        // opening waits for the confirmation (the box is required); the case page is one click away
        page.navigate(browser.url("/discipline/cases/new?nip=" + nip + "&source=ATTENDANCE&year=" + LocalDate.now().getYear()
                + "&band=TEGURAN_TERTULIS"));
        assertThat(page.locator("#duplicate-case")).containsText("sudah memiliki kasus");
        assertThat(page.locator("#duplicate-case a")).hasAttribute("href", caseUrl.substring(caseUrl.indexOf("/discipline/cases/")));
        page.click("main button[type=submit]");
        assertThat(page.locator("#duplicate-case")).isVisible(); // not submitted: the required box is not ticked
        // the employee page lists the case
        page.navigate(browser.url("/employees/" + nip));
        assertThat(page.locator("#employee-cases")).containsText("Rekomendasi kehadiran");
        page.navigate(caseUrl);

        String today = LocalDate.now().toString();
        page.fill("#examDate", today);
        page.fill("#examPlace", "Ruang rapat");
        page.fill("#summonerName", "Kepala Sub Bagian Umum " + n);
        page.fill("#summonerPosition", "Kepala Sub Bagian Umum");
        page.click("form[action$='/summons'] button[type=submit]");
        assertThat(page.locator(".alert-success")).containsText("Surat panggilan dicatat");

        page.fill("#summary", "Mengakui tidak masuk kerja tanpa izin.");
        page.click("form[action$='/examination'] button[type=submit]");
        assertThat(page.locator("#stage")).hasText("Diperiksa");

        // the regent (PPK) may not impose a reprimand on a pelaksana: refused with what the PPK may impose
        page.selectOption("#official", "PPK_KABUPATEN");
        page.fill("#officialName", "Bupati");
        page.fill("#officialPosition", "Bupati");
        page.click("form[action$='/decision'] button[type=submit]");
        assertThat(page.locator("form[action$='/decision'] .invalid-feedback")).containsText("tidak berwenang menjatuhkan Teguran tertulis");
        Browser.screenshot(page, "discipline-decision-refused");

        page.selectOption("#official", "PENGAWAS");
        page.selectOption("#relation", "ONE_LEVEL_BELOW");
        page.fill("#officialName", "Kepala Sub Bagian Umum " + n);
        page.fill("#officialPosition", "Kepala Sub Bagian Umum");
        page.click("form[action$='/decision'] button[type=submit]");
        assertThat(page.locator(".alert-success")).containsText("Keputusan ditetapkan: Teguran tertulis");

        page.fill("#receiptDate", today);
        page.click("form[action$='/delivery'] button[type=submit]");
        assertThat(page.locator("#delivery")).containsText("berlaku " + LocalDate.now().plusDays(14)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id"))));
        Browser.screenshot(page, "discipline-case");

        APIResponse pdf = page.request().get(page.url() + "/letters/decision.pdf");
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        page.navigate(browser.url("/discipline/stats"));
        assertThat(page.locator("#stats-table")).containsText("Dinas Journey " + n);
        Browser.screenshot(page, "discipline-stats");
    }
}
