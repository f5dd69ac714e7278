package id.merit.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import id.merit.orgunit.PostCommands;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Browser;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 item 7 in a real browser: the officer opens a selection round for a vacant JPT Pratama post (recommendation,
 * announcement, closing), composes a panel of five and opens the scoring; each member scores the three candidates; the
 * officer closes the stage and forwards the three best to the regent, who chooses the second-ranked with a written
 * rationale; then a track-record team member completes the dossier of an official assigned to their team.
 */
@MeritIntegrationTest
class SelectionJourneyIT {
    private static final String PASSWORD = "Seleksi#Jalur2026";
    private static final Pattern ROUND = Pattern.compile("/selection/rounds/(\\d+)");
    private static final Pattern INVESTIGATION = Pattern.compile("/track-records/(\\d+)");
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
    @Autowired
    id.merit.selection.domain.RoundService rounds;
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
    void fromOpeningTheRoundToTheRegentsChoiceAndACompleteTrackRecord() {
        long n = System.nanoTime() % 100_000;
        String opd = "JSL" + n;
        String post = opd + "-KADIS";
        String official = Nip.compose(LocalDate.of(1976, 3, 3), YearMonth.of(2001, 4), 'M', (int) (n % 900) + 1);
        List<String> panel = new ArrayList<>();
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Jalur Seleksi " + n, OpdKind.DINAS, null, null, null, null));
            posts.upsert(new PostCommands.PostData(post, opd, "Kepala Dinas Jalur " + n, "JPT_PRATAMA", null, null, 1, true, null));
            employees.upsert(new EmployeeData(official, "Pejabat Jalur " + n, Gender.M, LocalDate.of(1976, 3, 3), EmployeeType.PNS, opd,
                    "IV/b", "Sekretaris Dinas", PositionKind.ADMINISTRATOR, null, null, null, null, null, null));
            users.createUnchecked(new NewUser("jslofficer" + n, PASSWORD, Role.OFFICER, null, null, "Petugas " + n), false);
            users.createUnchecked(new NewUser("jslregent" + n, PASSWORD, Role.REGENT, null, null, "Bupati " + n), false);
            for (int i = 0; i < 5; i++) {
                users.createUnchecked(new NewUser("jslpanel" + n + "m" + i, PASSWORD, Role.ASSESSOR, null, null, "Penilai " + i), false);
                panel.add("jslpanel" + n + "m" + i);
            }
            users.createUnchecked(new NewUser("jsltrack" + n, PASSWORD, Role.ASSESSOR, null, null, "Tim Rekam Jejak " + n), false);
        } finally {
            TestUsers.clear();
        }
        LocalDate today = rounds.today();
        browser = browser == null ? new Browser(port) : browser;

        // the officer opens the round: the post, the oversight body's recommendation, the announcement
        Page officer = browser.login("jslofficer" + n, PASSWORD);
        officer.onDialog(d -> d.accept());
        officer.navigate(browser.url("/selection/rounds/new"));
        officer.selectOption("#postCode", post);
        officer.fill("#title", "Seleksi Terbuka Kepala Dinas Jalur " + n);
        officer.fill("#registrationClosesOn", today.plusDays(20).toString());
        officer.click("form[action$='/selection/rounds'] button[type=submit]");
        Matcher m = ROUND.matcher(officer.url());
        assertThat(m.find()).as(officer.url()).isTrue();
        long round = Long.parseLong(m.group(1));
        officer.fill("#rec-number", "B-" + n + "/REK/2026");
        officer.fill("#rec-date", today.minusDays(1).toString());
        officer.click("#recommend-form button[type=submit]");
        assertThat(officer.locator("#round-state")).hasText("Direkomendasikan");
        officer.fill("#ann-date", today.toString());
        officer.click("#announce-form button[type=submit]");
        assertThat(officer.locator("#round-state")).hasText("Diumumkan");

        // three weeks pass: the registration window is over with three applicants who passed the screening
        jdbc.update("""
                UPDATE selection.round SET registration_closes_on = ?, announced_on = ?, recommendation_date = ? WHERE id = ?""",
                today.minusDays(1), today.minusDays(16), today.minusDays(17), round);
        jdbc.update("""
                INSERT INTO selection.application (round_id, kind, employee_id, nip, name, eligible, eligibility_date, screening, applied_on, created_by)
                SELECT ?, 'INTERNAL', e.id, e.nip, ?, TRUE, ?, 'PASSED', ?, 'journey' FROM employee.employee e WHERE e.nip = ?""",
                round, "Kandidat A " + n, today.minusDays(5), today.minusDays(5), official);
        for (String c : List.of("B", "C")) {
            jdbc.update("""
                    INSERT INTO selection.application (round_id, kind, name, origin_agency, screening, applied_on, created_by)
                    VALUES (?, 'EXTERNAL', ?, 'Pemkot Bengkulu', 'PASSED', ?, 'journey')""", round, "Kandidat " + c + " " + n, today.minusDays(5));
        }
        officer.reload();
        officer.click("#close-form button[type=submit]");
        assertThat(officer.locator("#round-state")).hasText("Pendaftaran ditutup");

        // the panel: five external members, the interview alone weighted, scoring opened
        String base = "/selection/rounds/" + round;
        officer.navigate(browser.url(base + "/panel"));
        for (int i = 0; i < 5; i++) {
            officer.fill("#ext-name", "Prof. Penilai " + i);
            officer.fill("#ext-inst", "Universitas Bengkulu");
            officer.fill("#ext-user", panel.get(i));
            officer.click("#add-external button[type=submit]");
            assertThat(officer.locator(".alert-success").first()).isVisible();
        }
        for (String stage : List.of("COMPETENCY", "TRACK_RECORD", "PAPER")) {
            officer.fill("input[name=weight_" + stage + "]", "0");
        }
        officer.fill("input[name=weight_INTERVIEW]", "100");
        // a tie-break stage must be a weighted one (refused otherwise): the interview alone
        officer.selectOption("#tb0", "INTERVIEW");
        officer.selectOption("#tb1", "");
        officer.click("#plan-form button[type=submit]");
        assertThat(officer.locator(".alert-danger")).hasCount(0);
        assertThat(officer.locator("#stage-INTERVIEW")).containsText("100,00 %");
        officer.click("#open-form button[type=submit]");
        assertThat(officer.locator("#assessment-state")).hasClass(Pattern.compile("text-bg-success"));

        // each member scores on their own sheet: A 80, B 70, C 60
        long a = application(round, "A", n);
        long b = application(round, "B", n);
        long c = application(round, "C", n);
        for (String member : panel) {
            Page sheet = browser.login(member, PASSWORD);
            sheet.onDialog(d -> d.accept());
            sheet.navigate(browser.url(base + "/scoring"));
            for (long[] score : new long[][] {{a, 80}, {b, 70}, {c, 60}}) {
                String card = "#candidate-" + score[0];
                sheet.fill(card + " input[name=score]", String.valueOf(score[1]));
                sheet.click(card + " form:has(input[name=score]) button[type=submit]");
                assertThat(sheet.locator(".alert-success").first()).isVisible();
            }
            sheet.context().close();
        }

        // the officer closes the stage, reads the ranking and forwards the three to the regent
        officer.navigate(browser.url(base + "/panel"));
        officer.click("form[action$='/stages/INTERVIEW/close'] button[type=submit]");
        officer.click("#ranking-link");
        assertThat(officer.locator("main")).containsText("Kandidat A " + n);
        officer.navigate(browser.url(base + "/shortlist"));
        officer.click("#forward-form button[type=submit]");
        assertThat(officer.locator("#round-state, #forwarded-line").first()).isVisible();
        Browser.screenshot(officer, "selection-shortlist");

        // the regent finds the round on the landing page and chooses the second-ranked with a written rationale
        Page regent = browser.login("jslregent" + n, PASSWORD);
        regent.onDialog(d -> d.accept());
        regent.click("#work-selection-awaitingChoice");
        regent.click("#decisions a:has-text('Seleksi Terbuka Kepala Dinas Jalur " + n + "')");
        assertThat(regent.locator("main")).containsText("Pejabat Jalur " + n);
        regent.selectOption("#decision-candidate", String.valueOf(b));
        regent.click("#decision-form button[type=submit]");
        assertThat(regent.locator(".alert-danger").first()).containsText("alasan");
        regent.selectOption("#decision-candidate", String.valueOf(b));
        regent.fill("#decision-rationale", "Pengalaman memimpin daerah perbatasan sesuai kebutuhan dinas.");
        regent.click("#decision-form button[type=submit]");
        assertThat(regent.locator("#decision")).containsText("Kandidat B " + n);
        assertThat(regent.locator("#decision")).containsText("Pengalaman memimpin daerah perbatasan");
        Browser.screenshot(regent, "selection-decision");
        assertThat(jdbc.queryForObject("SELECT rank FROM selection.decision WHERE round_id = ?", Integer.class, round)).isEqualTo(2);

        // track record: the officer opens an investigation, adds the official, a team with a member and the OPD as area
        officer.navigate(browser.url("/track-records/new"));
        officer.fill("#title", "Penelusuran Jalur " + n);
        officer.fill("#purpose", "Pengisian jabatan eselon II");
        officer.fill("#deadline", today.plusDays(14).toString());
        officer.click("form[action$='/track-records'] button[type=submit]");
        Matcher inv = INVESTIGATION.matcher(officer.url());
        assertThat(inv.find()).as(officer.url()).isTrue();
        officer.fill("#official-form #nip", official);
        officer.selectOption("#official-form #category", "JPT_PRATAMA");
        officer.click("#official-form button[type=submit]");
        officer.fill("#team-form #name", "Kelompok Jalur " + n);
        officer.fill("#team-form #leaderName", "Ir. Asisten Satu");
        officer.fill("#team-form #leaderPosition", "Asisten I Bidang Pemerintahan");
        officer.fill("#team-form #deadline", today.plusDays(7).toString());
        officer.click("#team-form button[type=submit]");
        String team = officer.locator(".team").first().getAttribute("id").substring("team-".length());
        officer.selectOption("#body-" + team, "INSPECTORATE");
        officer.fill("#username-" + team, "jsltrack" + n);
        officer.click("#team-" + team + " .member-form button[type=submit]");
        officer.selectOption("#opd-" + team, opd);
        officer.click("#team-" + team + " .area-form button[type=submit]");

        // the team member completes the dossier: findings and the three interviews
        Page member = browser.login("jsltrack" + n, PASSWORD);
        member.navigate(browser.url("/track-records/assigned"));
        member.click("#assigned a:has-text('Pejabat Jalur " + n + "')");
        assertThat(member.locator("#completeness")).not().hasClass(Pattern.compile("text-bg-success"));
        member.fill("#superiorName", "Sekretaris Daerah");
        member.selectOption("#superiorVerdict", "RECOMMENDED");
        member.selectOption("#neutrality", "NEUTRAL");
        member.selectOption("#integrity", "GOOD");
        member.fill("#edijabScore", "78.5");
        member.click("#findings-form button[type=submit]");
        assertThat(member.locator(".alert-success").first()).isVisible();
        for (String source : List.of("RT_HEAD", "COMMUNITY_FIGURE", "NEIGHBOUR")) {
            member.selectOption("#source", source);
            member.fill("#sourceName", "Narasumber " + source);
            member.fill("#interviewedOn", today.toString());
            member.fill("#finding", "Dikenal baik dan aktif di lingkungan.");
            member.click("#interview-form button[type=submit]");
            assertThat(member.locator(".alert-success").first()).isVisible();
        }
        assertThat(member.locator("#completeness")).hasClass(Pattern.compile("text-bg-success"));
        assertThat(member.locator("#missing")).hasCount(0);
        Browser.screenshot(member, "trackrecord-dossier-complete");
    }

    long application(long round, String letter, long n) {
        return jdbc.queryForObject("SELECT id FROM selection.application WHERE round_id = ? AND name = ?", Long.class, round,
                "Kandidat " + letter + " " + n);
    }
}
