package id.merit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The competency form on the whole application (it saves through the import's writer and refuses levels outside 1–5
 * with field errors), the gaps to the standard level of the position kind on the employee page, and the scope of the
 * gaps list (an OPD head sees only their OPD's staff).
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetencyGapIT {
    static final String OPD = "GAPIT-A";
    static final String OTHER = "GAPIT-B";
    static final String PASSWORD = "Rahasia#2026x";
    static final String OWN = Nip.compose(LocalDate.of(1979, 6, 1), YearMonth.of(2004, 1), 'M', 661);
    static final String FOREIGN = Nip.compose(LocalDate.of(1978, 6, 1), YearMonth.of(2004, 2), 'F', 662);

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void data() {
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        opds.upsert(new OpdCommands.OpdData(OPD, "Dinas Uji Kompetensi", OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(OTHER, "Badan Uji Kompetensi", OpdKind.BADAN, null, null, null, null));
        employees.upsert(new EmployeeData(OWN, "Galih Kesenjangan", Gender.M, LocalDate.of(1979, 6, 1), EmployeeType.PNS, OPD, "III/d",
                "Kepala Bagian", PositionKind.ADMINISTRATOR, null, null, null, null));
        employees.upsert(new EmployeeData(FOREIGN, "Gita Lain", Gender.F, LocalDate.of(1978, 6, 1), EmployeeType.PNS, OTHER, "III/d",
                "Kepala Bidang", PositionKind.ADMINISTRATOR, null, null, null, null));
        jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score, level_integrity) "
                + "SELECT id, DATE '2025-04-01', 'MAPPING', 70, 70, 1 FROM employee.employee WHERE nip = ?", FOREIGN);
        users.createUnchecked(new NewUser("gapit-head-a", PASSWORD, Role.OPD_HEAD, OPD, null, "Kepala A"), false);
        SecurityContextHolder.clearContext();
    }

    static String form(String integrity, String cooperation) {
        return "assessmentDate=2025-05-10&purpose=SELECTION&jpm=78.50&potentialScore=81.25&integrity=" + integrity + "&cooperation="
                + cooperation + "&communication=3&results=2&publicService=3&developingOthers=3&managingChange=3&decisionMaking=3"
                + "&socioCultural=3&technical=";
    }

    long stored() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id "
                + "WHERE e.nip = ?", Long.class, OWN);
        return n == null ? 0 : n;
    }

    @Test
    void theFormRefusesBadLevelsThenSavesAndTheEmployeePageShowsTheGaps() {
        UiSession ui = new UiSession(port);
        ui.login("admin", adminPassword);
        assertThat(ui.get("/employees/" + OWN + "/assessments/new").statusCode()).isEqualTo(200);

        HttpResponse<String> bad = ui.post("/employees/" + OWN + "/assessments/new", form("6", "0"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"integrity\"", "Nilai maksimal 5", "Nilai minimal 1", "is-invalid");
        assertThat(stored()).isZero();

        HttpResponse<String> ok = ui.post("/employees/" + OWN + "/assessments/new", form("2", "3"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT a.level_integrity FROM assessment.assessment a JOIN employee.employee e "
                + "ON e.id = a.employee_id WHERE e.nip = ? AND a.purpose = 'SELECTION'", Integer.class, OWN)).isEqualTo(2);
        assertThat(stored()).isEqualTo(1);

        String page = ui.get("/employees/" + OWN).body();
        // Administrator: standard level 3 (PermenPANRB 38/2017); integrity 2 → gap 1, results 2 → gap 1, cooperation 3 → meets
        assertThat(page).contains("id=\"assessment-gap-table\"",
                "data-competency=\"INTEGRITY\" data-gap=\"1\" data-status=\"GAP\"",
                "data-competency=\"RESULTS\" data-gap=\"1\" data-status=\"GAP\"",
                "data-competency=\"COOPERATION\" data-gap=\"0\" data-status=\"MEETS\"",
                "data-competency=\"TECHNICAL\" data-gap=\"0\" data-status=\"NO_STANDARD\"",
                "Coaching dan mentoring", "Penugasan (proyek, magang, detasering)");
    }

    @Test
    void anOpdHeadSeesOnlyTheirOpdsGaps() {
        UiSession admin = new UiSession(port);
        admin.login("admin", adminPassword);
        assertThat(admin.get("/assessments/gaps?opd=" + OTHER).body()).contains(FOREIGN);

        UiSession head = new UiSession(port);
        head.login("gapit-head-a", PASSWORD);
        HttpResponse<String> own = head.get("/assessments/gaps");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(FOREIGN, "Gita Lain", OTHER);
        assertThat(head.get("/assessments/gaps?opd=" + OTHER).statusCode()).isEqualTo(403);
    }
}
