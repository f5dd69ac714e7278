package id.merit.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseSource;
import id.merit.discipline.domain.CaseViews;
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
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.support.AttendanceCover;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 9 item 4 on the whole application and real PostgreSQL: recommendations and cases connected. A second case for
 * the same year's attendance is refused without the confirmation (nothing stored); the recommendations list shows each
 * row's case, is filtered by OPD with its sub-units, and an OPD head cannot filter to another OPD (403); the employee
 * page lists the person's cases, with an empty state. Data are unique per run (the database is shared).
 */
@MeritIntegrationTest
class RecommendationCasesIT {
    private static final String PASSWORD = "Kepala#Opd2026";
    private static final int YEAR = 2025;

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
    @Autowired
    List<ImportHandler> importHandlers;
    @Autowired
    JdbcTemplate jdbc;

    String suffix;
    String opd;
    String otherOpd;
    String budi;
    String clean;
    String foreign;
    String head;
    String admin;

    @BeforeEach
    void setUp() {
        long n = System.nanoTime() % 100_000;
        suffix = String.valueOf(n);
        opd = "RCS" + suffix;
        otherOpd = "RCX" + suffix;
        head = "kepala-rcs" + suffix;
        admin = "admin-rcs" + suffix;
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        opds.upsert(new OpdCommands.OpdData(opd, "Dinas Rekomendasi " + suffix, OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(opd + "-UPT", "UPT Rekomendasi " + suffix, OpdKind.UPT, opd, null, null, null));
        opds.upsert(new OpdCommands.OpdData(otherOpd, "Dinas Seberang " + suffix, OpdKind.DINAS, null, null, null, null));
        LocalDate born = LocalDate.of(1971, 1, 1).plusDays(n % 9000);
        budi = Nip.compose(born, YearMonth.of(2001, 1), 'M', (int) (n % 998) + 1);
        clean = Nip.compose(born, YearMonth.of(2001, 2), 'F', (int) (n % 998) + 1);
        foreign = Nip.compose(born, YearMonth.of(2001, 3), 'M', (int) (n % 998) + 1);
        // Budi works in the UPT (a sub-unit of the OPD); the other PNS sits in another OPD; both never punch
        employees.upsert(new EmployeeData(budi, "Budi Rekomendasi " + suffix, Gender.M, born, EmployeeType.PNS, opd + "-UPT", "III/a",
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(clean, "Citra Tanpa Kasus " + suffix, Gender.F, born, EmployeeType.PNS, opd, "III/b",
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(foreign, "Dedi Seberang " + suffix, Gender.M, born, EmployeeType.PNS, otherOpd, "III/a",
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        // a colleague in each unit punched every weekday of March, so those days are absences, not no-data
        for (String[] c : new String[][] {{"RCS-REKAN-" + suffix, opd + "-UPT"}, {"RCX-REKAN-" + suffix, otherOpd}}) {
            employees.upsert(new EmployeeData(c[0], "Rekan " + suffix, Gender.F, born, EmployeeType.NON_ASN_PHL, c[1], null, "Pramu Kantor",
                    PositionKind.PELAKSANA, null, null, null, null));
            AttendanceCover.punchEveryWeekday(importHandlers, c[0], LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 31));
        }
        users.createUnchecked(new NewUser(head, PASSWORD, Role.OPD_HEAD, opd, null, "Kepala " + opd), false);
        users.createUnchecked(new NewUser(admin, PASSWORD, Role.ADMIN, null, null, "Admin " + suffix), false);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSecondCaseForTheSameYearsAttendanceNeedsTheConfirmation() {
        long first = workflow.open(open(budi, false));
        assertThat(cases.sameAttendanceFacts(budi, YEAR)).map(CaseViews.CaseLink::id).hasValue(first);
        long before = count(budi);

        assertThatThrownBy(() -> workflow.open(open(budi, false)))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.duplicate")
                .satisfies(e -> assertThat(((BusinessProblem) e).field()).isEqualTo("confirmDuplicate"));
        assertThat(count(budi)).isEqualTo(before); // nothing stored

        long second = workflow.open(open(budi, true));
        assertThat(second).isNotEqualTo(first);
        assertThat(count(budi)).isEqualTo(before + 1);
        // the row shows the newest case of that year's attendance; another year has none
        assertThat(cases.forAttendance(YEAR, List.of(budi, clean))).containsOnlyKeys(budi).extractingByKey(budi)
                .extracting(CaseViews.CaseLink::id).isEqualTo(second);
        assertThat(cases.forAttendance(YEAR - 1, List.of(budi))).isEmpty();
        // a manual case is not the same facts
        assertThat(cases.sameAttendanceFacts(clean, YEAR)).isEmpty();
    }

    @Test
    void theListShowsEachRowsCaseFiltersByOpdAndKeepsTheHeadToTheirOwn() {
        long id = workflow.open(open(budi, false));
        String number = cases.get(id).number();
        SecurityContextHolder.clearContext();

        UiSession kepala = session(head);
        // the OPD with its sub-units: Budi (in the UPT) with his case and its stage; nobody of the other OPD
        HttpResponse<String> own = kepala.get("/discipline/recommendations?year=" + YEAR + "&opd=" + opd);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Budi Rekomendasi " + suffix, "href=\"/discipline/cases/" + id + "\"", number, "Dibuka",
                "/discipline/cases/new?nip=" + budi).doesNotContain("Dedi Seberang " + suffix, "Dinas Seberang " + suffix);
        // without a filter the head sees their own OPD only
        assertThat(kepala.get("/discipline/recommendations?year=" + YEAR).body()).contains("Budi Rekomendasi " + suffix)
                .doesNotContain("Dedi Seberang " + suffix);
        // another OPD by URL: refused, not a wider list
        assertThat(kepala.get("/discipline/recommendations?year=" + YEAR + "&opd=" + otherOpd).statusCode()).isEqualTo(403);
        assertThat(kepala.get("/discipline/recommendations/relief?year=" + YEAR + "&opd=" + otherOpd).statusCode()).isEqualTo(403);

        UiSession bkpsdm = session(admin);
        HttpResponse<String> other = bkpsdm.get("/discipline/recommendations?year=" + YEAR + "&opd=" + otherOpd);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("Dedi Seberang " + suffix).doesNotContain("Budi Rekomendasi " + suffix)
                // nothing ticked in advance
                .doesNotContainPattern("name=\"nip\"[^>]*checked");
        // the sub-unit alone narrows further
        assertThat(bkpsdm.get("/discipline/recommendations?year=" + YEAR + "&opd=" + opd + "-UPT").body())
                .contains("Budi Rekomendasi " + suffix).doesNotContain("Dedi Seberang " + suffix);
        assertThat(bkpsdm.get("/discipline/recommendations/relief?year=" + YEAR + "&opd=" + opd).statusCode()).isEqualTo(200);
    }

    @Test
    void theEmployeePageListsThePersonsCases() {
        long id = workflow.open(open(budi, false));
        String number = cases.get(id).number();
        SecurityContextHolder.clearContext();

        UiSession kepala = session(head);
        HttpResponse<String> page = kepala.get("/employees/" + budi);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"employee-cases\"", "href=\"/discipline/cases/" + id + "\"", number, "Rekomendasi kehadiran",
                "Dibuka").doesNotContain(">OPENED<", ">ATTENDANCE<");
        assertThat(kepala.get("/employees/" + clean).body()).contains("id=\"employee-cases\"", "Tidak ada kasus disiplin.");
    }

    private CaseCommands.Open open(String nip, boolean confirm) {
        return new CaseCommands.Open(nip, CaseSource.ATTENDANCE, YEAR, "TEGURAN_TERTULIS", "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2",
                null, "Tidak masuk kerja tanpa alasan yang sah", List.of("Tidak masuk kerja tanpa alasan yang sah"), null,
                LocalDate.of(2026, 1, 5), confirm);
    }

    private long count(String nip) {
        Long c = jdbc.queryForObject("SELECT count(*) FROM discipline.case_file WHERE nip = ?", Long.class, nip);
        return c == null ? 0 : c;
    }

    private UiSession session(String username) {
        UiSession s = new UiSession(port);
        assertThat(s.login(username, PASSWORD)).doesNotContain("error");
        return s;
    }

    private static void actAs(CurrentUser user) {
        MeritUserDetails principal = new MeritUserDetails(user, "x", true, false, user.username());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

}
