package id.merit.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.attendance.domain.excuses.ExcuseService;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseSource;
import id.merit.discipline.domain.CaseWorkflow;
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
import id.merit.attendance.AbsenceKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 15 item 2 on the whole application: each role's landing page lists the work waiting for it, and every count is a
 * link to a list of exactly that many rows (the list's {@code data-total}). An OPD head counts only their OPD's work: a
 * case and an excuse in another OPD move the officer's counts, not theirs.
 */
@MeritIntegrationTest
class LandingWorkQueueIT {
    private static final String PASSWORD = "Antrean#Kerja2026";
    private static final Pattern ITEM = Pattern.compile("<a[^>]*id=\"(work-[^\"]+)\"[^>]*href=\"([^\"]+)\"[^>]*data-work-count=\"(\\d+)\"");
    private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    ExcuseService excuses;
    @Autowired
    Clock clock;

    String suffix;
    String opd;
    String other;
    String head;
    String officer;
    String own;
    String foreign;

    @BeforeEach
    void setUp() {
        long n = System.nanoTime() % 100_000;
        suffix = String.valueOf(n);
        opd = "LWQ" + suffix;
        other = "LWX" + suffix;
        head = "kepala-lwq" + suffix;
        officer = "petugas-lwq" + suffix;
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        opds.upsert(new OpdCommands.OpdData(opd, "Dinas Antrean " + suffix, OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(other, "Dinas Lain " + suffix, OpdKind.DINAS, null, null, null, null));
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(n % 9000);
        own = Nip.compose(born, YearMonth.of(2002, 1), 'M', (int) (n % 998) + 1);
        foreign = Nip.compose(born, YearMonth.of(2002, 2), 'F', (int) (n % 998) + 1);
        employees.upsert(new EmployeeData(own, "Agus Antrean " + suffix, Gender.M, born, EmployeeType.PNS, opd, "III/a",
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(foreign, "Sari Lain " + suffix, Gender.F, born, EmployeeType.PNS, other, "III/a",
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        users.createUnchecked(new NewUser(head, PASSWORD, Role.OPD_HEAD, opd, null, "Kepala " + opd), false);
        users.createUnchecked(new NewUser(officer, PASSWORD, Role.OFFICER, null, null, "Petugas " + suffix), false);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyCountLinksToAListOfExactlyThatManyRowsInTheRolesScope() {
        Map<String, Integer> headBefore = counts(head);
        Map<String, Integer> officerBefore = counts(officer);
        assertThat(headBefore).containsKeys("work-excuses-pendingOwn", "work-cases-OPENED")
                .doesNotContainKeys("work-dataRequests-pending", "work-imports-failed");
        assertThat(officerBefore).containsKeys("work-excuses-pending", "work-cases-OPENED", "work-cases-DECIDED",
                "work-dataRequests-pending", "work-imports-failed");

        // one case and one excuse in the head's OPD, one of each in another OPD
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        int year = LocalDate.now(clock).getYear();
        for (String nip : List.of(own, foreign)) {
            workflow.open(new CaseCommands.Open(nip, CaseSource.MANUAL, year, "TEGURAN_LISAN", "PP 94/2021 Pasal 8 ayat (2) huruf a",
                    null, "Terlambat masuk kerja", List.of("Terlambat masuk kerja"), null, LocalDate.of(year, 1, 5), false));
            excuses.record(new ExcuseService.NewExcuse(nip, AbsenceKind.SAKIT, LocalDate.of(year, 3, 2), LocalDate.of(year, 3, 3),
                    "Demam", null));
        }

        Map<String, Integer> headAfter = counts(head);
        assertThat(headAfter.get("work-cases-OPENED")).isEqualTo(headBefore.get("work-cases-OPENED") + 1);
        assertThat(headAfter.get("work-excuses-pendingOwn")).isEqualTo(headBefore.get("work-excuses-pendingOwn") + 1);
        Map<String, Integer> officerAfter = counts(officer);
        assertThat(officerAfter.get("work-cases-OPENED")).isGreaterThanOrEqualTo(officerBefore.get("work-cases-OPENED") + 2);
        assertThat(officerAfter.get("work-excuses-pending")).isGreaterThanOrEqualTo(officerBefore.get("work-excuses-pending") + 2);
    }

    @Test
    void theEmployeeAndTheRegentHaveNoOfficersQueue() {
        String regent = "bupati-lwq" + suffix;
        users.createUnchecked(new NewUser(regent, PASSWORD, Role.REGENT, null, null, "Bupati " + suffix), false);
        // the regent's one queue is the selections whose shortlist waits for their choice (none in this test's data)
        assertThat(counts(regent)).containsOnlyKeys("work-selection-awaitingChoice");
    }

    /**
     * Logs in, reads every work item of the landing page and follows its link: the list must open and hold exactly
     * the count (its {@code data-total}; a list without one is empty). Returns the counts by element id.
     */
    private Map<String, Integer> counts(String username) {
        UiSession ui = new UiSession(port);
        assertThat(ui.login(username, PASSWORD)).isEqualTo("/");
        HttpResponse<String> home = ui.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = ITEM.matcher(home.body());
        while (m.find()) {
            String href = m.group(2).replace("&amp;", "&");
            int count = Integer.parseInt(m.group(3));
            HttpResponse<String> list = ui.get(href);
            assertThat(list.statusCode()).as(username + " " + href).isEqualTo(200);
            Matcher t = TOTAL.matcher(list.body());
            int total = t.find() ? Integer.parseInt(t.group(1)) : 0;
            assertThat(total).as("%s: %s says %d, its list %s holds %d", username, m.group(1), count, href, total).isEqualTo(count);
            counts.put(m.group(1), count);
        }
        return counts;
    }

    private static void actAs(CurrentUser user) {
        MeritUserDetails principal = new MeritUserDetails(user, "x", true, false, user.username());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
