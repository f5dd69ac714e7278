package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3's journey in a real browser: an employee missed four working days (PP 94/2021: 4–6 days → written
 * reprimand); their OPD head records a sick note for two of them; the officer sees the recommendation unchanged
 * while the excuse is pending, verifies it, and sees the recommendation drop to none (2 days).
 */
@MeritIntegrationTest
class AttendanceJourneyIT {
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    List<ImportHandler> importers;
    static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void excuseRecordedByOpdHeadAndVerifiedByOfficerChangesTheRecommendation() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium is installed by .ci/run (apt-get install chromium)");
        LocalDate today = LocalDate.now();
        List<LocalDate> missed = new ArrayList<>();
        for (LocalDate d = today.minusDays(28); missed.size() < 4; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                missed.add(d);
            }
        }
        Assumptions.assumeTrue(missed.get(0).getYear() == today.getYear(), "the four missed days fall in the current year");
        int year = today.getYear();
        String s = String.valueOf(System.nanoTime() % 100000);
        String opd = "AJ" + s;
        LocalDate born = LocalDate.of(1987, 3, 9);
        String nip = Nip.compose(born, YearMonth.of(2011, 4), 'M', Integer.parseInt(s) % 998 + 1);
        String device = "AJDEV" + s;

        StringBuilder attlog = new StringBuilder();
        int punches = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); !d.isAfter(today.plusDays(7)); d = d.plusDays(1)) {
            if (missed.contains(d)) {
                // a colleague on the same device punched: the missed days are covered, so they are absences, not no-data
                attlog.append("78\t").append(d).append(" 07:05:00\t0\t1\r\n");
                punches++;
            }
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || missed.contains(d)) {
                continue;
            }
            attlog.append("77\t").append(d).append(" 07:21:00\t0\t1\r\n77\t").append(d).append(" 16:35:00\t1\t1\r\n");
            punches += 2;
        }
        Path attlogFile = Files.createTempFile(device + "_attlog", ".dat");
        Files.writeString(attlogFile, attlog, StandardCharsets.UTF_8);
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdData(opd, "Dinas Absensi " + s, OpdKind.DINAS, null, null, null, null));
            employees.upsert(new EmployeeData(nip, "Rahmat Absen" + s, Gender.M, born, EmployeeType.PNS, opd, "III/a", "Pengelola Data",
                    PositionKind.PELAKSANA, null, null, null, null));
            employees.upsertPosition(nip, new PositionRecord("Pengelola Data", PositionKind.PELAKSANA, null, opd, LocalDate.of(2011, 4, 1), null));
            users.createUnchecked(new NewUser("kepala" + s, "Kepala#Uji2026", Role.OPD_HEAD, opd, null, "Kepala Dinas Absensi"), false);
            users.createUnchecked(new NewUser("petugas" + s, "Petugas#Uji2026", Role.OFFICER, null, null, "Petugas Absensi"), false);
            employees.upsert(new EmployeeData("AJ-REKAN-" + s, "Rekan Absen" + s, Gender.F, born, EmployeeType.NON_ASN_PHL, opd, null,
                    "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
            run("device-users", "device_sn,pin,nip\n" + device + ",77," + nip + "\n" + device + ",78,AJ-REKAN-" + s + "\n", Map.of());
        } finally {
            TestUsers.clear();
        }

        // the officer uploads the device's USB export on the import page; the device field shows for attlog only
        browser = new Browser(port);
        Page officer = browser.login("petugas" + s, "Petugas#Uji2026");
        officer.navigate(browser.url("/imports"));
        officer.selectOption("#kind", "employees");
        assertThat(officer.locator("#import-device")).isHidden();
        officer.selectOption("#kind", "attlog");
        assertThat(officer.locator("#import-device")).isVisible();
        officer.fill("#deviceSn", device);
        officer.setInputFiles("#file", attlogFile);
        officer.uncheck("#dryRun"); // ticked when the page opens (issue 9): this upload stores
        officer.click("#import-form button[type=submit]");
        assertThat(officer.locator("[data-count=accepted]")).hasText(String.valueOf(punches));
        assertThat(officer.locator("[data-count=rejected]")).hasText("0");
        Browser.screenshot(officer, "attendance-attlog-uploaded");
        officer.navigate(browser.url("/imports"));
        assertThat(officer.locator(".import-history")).containsText(attlogFile.getFileName().toString());
        assertThat(officer.locator(".import-history")).containsText("Selesai");
        Files.delete(attlogFile);

        Page head = browser.login("kepala" + s, "Kepala#Uji2026");
        head.navigate(browser.url("/attendance/excuses/new?nip=" + nip));
        head.fill("#nip", nip);
        head.selectOption("#kind", "SAKIT");
        head.fill("#startDate", missed.get(0).toString());
        head.fill("#endDate", missed.get(1).toString());
        head.fill("#note", "Surat keterangan dokter");
        head.click("main button[type=submit]");
        assertThat(head.locator(".alert-success")).isVisible();
        Browser.screenshot(head, "attendance-excuse-recorded");

        officer.onDialog(dialog -> dialog.accept());
        officer.navigate(browser.url("/attendance/employees/" + nip + "/" + year));
        assertThat(officer.locator("main")).containsText("Teguran tertulis");

        officer.navigate(browser.url("/attendance/excuses?year=" + year + "&status=PENDING"));
        var row = officer.locator("tr", new Page.LocatorOptions().setHasText(nip));
        assertThat(row).hasCount(1);
        row.locator("button.btn-success").click();
        assertThat(officer.locator(".alert-success")).isVisible();

        officer.navigate(browser.url("/attendance/employees/" + nip + "/" + year));
        assertThat(officer.locator("main")).containsText("Tidak ada sanksi");
        assertThat(officer.locator("main")).not().containsText("Teguran tertulis");
        Browser.screenshot(officer, "attendance-after-excuse");
    }

    private ImportOutcome run(String kind, String content, Map<String, String> params) {
        ImportHandler handler = importers.stream().filter(h -> h.kind().equals(kind)).findFirst().orElseThrow();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return handler.run(new ImportRequest(kind, kind + ".txt", () -> new ByteArrayInputStream(bytes), params, false));
    }
}
