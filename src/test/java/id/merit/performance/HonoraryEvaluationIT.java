package id.merit.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.merit.attendance.AttendanceQueries;
import id.merit.attendance.YearlyAttendance;
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
import id.merit.performance.domain.HonoraryEvaluationService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The yearly evaluation of honorary (non-ASN) staff on the whole application and PostgreSQL: the OPD head evaluates only
 * their OPD's honorary staff, the attendance figures are stored as a dated snapshot, a stale form is refused with the
 * input kept, and BKPSDM's overview counts per OPD and recommendation with the UU 20/2023 Pasal 66 warning.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonoraryEvaluationIT {

    private static final String PASSWORD = "Rahasia#2026x";
    private static final int YEAR = 2025;
    private static final String REASONS = "Tugas kebersihan dilaksanakan dengan baik";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    AttendanceQueries attendance;
    @Autowired
    HonoraryEvaluationService evaluations;
    @Autowired
    Clock clock;

    private MockMvc mvc;
    private final Map<Role, UserDetails> as = new EnumMap<>(Role.class);
    private MeritUserDetails admin;
    private String opdA;
    private String opdAName;
    private String pns;
    private String phl;
    private String phlName;
    private String pht;
    private String foreign;
    private String foreignName;

    @BeforeAll
    void registry() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        long n = System.nanoTime() % 100_000;
        opdA = "HON-A" + n;
        String opdB = "HON-B" + n;
        opdAName = "Dinas Honorer " + n;
        LocalDate born = LocalDate.of(1990, 1, 1).plusDays(n % 3000);
        pns = Nip.compose(born, YearMonth.of(2015, 1), 'M', (int) (n % 990) + 1);
        phl = "HON-PHL-" + n;
        pht = "HON-PHT-" + n;
        foreign = "HON-PHLB-" + n;
        phlName = "Dedi Honorer " + n;
        foreignName = "Bambang Seberang " + n;
        admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        asAdmin();
        try {
            opds.upsert(new OpdCommands.OpdData(opdA, opdAName, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdB, "Badan Honorer " + n, OpdKind.BADAN, null, null, null, null));
            employees.upsert(new EmployeeData(pns, "Rahmat Pns " + n, Gender.M, born, EmployeeType.PNS, opdA, "III/a", "Analis",
                    PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(phl, phlName, Gender.M, born, EmployeeType.NON_ASN_PHL, opdA, null, "Pramu Kantor",
                    PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(pht, "Sari Tetap " + n, Gender.F, born, EmployeeType.NON_ASN_PHT, opdA, null, "Operator",
                    PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(foreign, foreignName, Gender.M, born, EmployeeType.NON_ASN_PHL, opdB, null, "Sopir",
                    PositionKind.PELAKSANA, null, null, null, null));
            // UU 20/2023 Pasal 66 boundary: taken on 1 November 2023 (flagged) and 31 October 2023 (not flagged)
            firstPosition(phl, LocalDate.of(2023, 11, 1));
            firstPosition(pht, LocalDate.of(2023, 10, 31));
            firstPosition(foreign, LocalDate.of(2019, 7, 1));
            for (Role r : Role.values()) {
                String name = "hon" + r.name().toLowerCase().replace("_", "") + n;
                users.createUnchecked(new NewUser(name, PASSWORD, r, r == Role.OPD_HEAD ? opdA : null, r == Role.EMPLOYEE ? phl : null,
                        null), false);
                as.put(r, users.loadUserByUsername(name));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
    }

    private void firstPosition(String nip, LocalDate start) {
        jdbc.update("""
                INSERT INTO employee.position_history (employee_id, position_name, position_kind, opd_id, start_date)
                SELECT id, 'Tenaga pendukung', 'PELAKSANA', opd_id, ? FROM employee.employee WHERE nip = ?
                """, Date.valueOf(start), nip);
    }

    private MvcResult send(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(as.get(role)))).andReturn();
    }

    private MvcResult evaluate(Role role, String nip, String duties, String conduct, String recommendation, String reasons, String version)
            throws Exception {
        return send(role, post("/performance/honorary/" + YEAR + "/employees/" + nip).with(csrf())
                .param("duties", duties).param("conduct", conduct).param("recommendation", recommendation).param("reasons", reasons)
                .param("competencies", "CLEANING", "DRIVER").param("inBknDatabase", "true").param("tookSelection2024", "true")
                .param("version", version));
    }

    private Map<String, Object> stored(String nip) {
        return jdbc.queryForMap("""
                SELECT h.* FROM performance.honorary_evaluation h JOIN employee.employee e ON e.id = h.employee_id
                 WHERE e.nip = ? AND h.year = ?
                """, nip, YEAR);
    }

    private long count(String nip) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM performance.honorary_evaluation h JOIN employee.employee e ON e.id = h.employee_id WHERE e.nip = ?
                """, Long.class, nip);
    }

    @Test
    void theOpdHeadEvaluatesOnlyTheirOpdsHonoraryStaffWithAnAttendanceSnapshot() throws Exception {
        MvcResult list = send(Role.OPD_HEAD, get("/performance/honorary/" + YEAR + "/staff"));
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(list.getResponse().getContentAsString()).contains(phlName, phl, pht, "Belum dievaluasi")
                .doesNotContain(foreignName, foreign, pns);

        // another OPD's honorary staff: neither the form nor a save
        assertThat(send(Role.OPD_HEAD, get("/performance/honorary/" + YEAR + "/employees/" + foreign)).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(evaluate(Role.OPD_HEAD, foreign, "3", "3", "CONTINUE", REASONS, "").getResponse().getStatus()).isEqualTo(403);
        assertThat(count(foreign)).isZero();
        for (Role other : new Role[] {Role.REGENT, Role.EMPLOYEE, Role.ASSESSOR}) {
            assertThat(evaluate(other, phl, "3", "3", "CONTINUE", REASONS, "").getResponse().getStatus()).as("%s", other).isEqualTo(403);
        }

        // the policy's refusals come back as field errors, the input kept
        MvcResult refused = evaluate(Role.OPD_HEAD, phl, "1", "3", "CONTINUE", "", "");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("Alasan rekomendasi wajib diisi", "bernilai Sangat kurang");
        assertThat(count(phl)).isZero();

        // an ASN is not evaluated here
        MvcResult asn = evaluate(Role.OPD_HEAD, pns, "3", "3", "CONTINUE", REASONS, "");
        assertThat(asn.getResponse().getStatus()).isEqualTo(200);
        assertThat(asn.getResponse().getContentAsString()).contains("hanya untuk tenaga non-ASN");
        assertThat(count(pns)).isZero();

        MvcResult saved = evaluate(Role.OPD_HEAD, phl, "3", "4", "CONTINUE_WITH_COACHING", REASONS, "");
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        Map<String, Object> row = stored(phl);
        assertThat(row).containsEntry("duties_score", 3).containsEntry("conduct_score", 4)
                .containsEntry("recommendation", "CONTINUE_WITH_COACHING").containsEntry("reasons", REASONS)
                .containsEntry("in_bkn_database", true).containsEntry("took_selection_2024", true).containsEntry("version", 0);
        // the attendance figures are attendance's yearly totals, stored with the day they were taken
        asAdmin();
        YearlyAttendance totals;
        try {
            totals = attendance.totals(phl, YEAR, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(totals.workingDays()).isPositive();
        assertThat(row).containsEntry("working_days", totals.workingDays()).containsEntry("present_days", totals.presentDays())
                .containsEntry("excused_days", totals.excusedDays()).containsEntry("unexcused_days", totals.unexcusedDays())
                .containsEntry("no_data_days", totals.noDataDays())
                .containsEntry("attendance_taken_on", Date.valueOf(LocalDate.now(clock)));

        String form = send(Role.OPD_HEAD, get("/performance/honorary/" + YEAR + "/employees/" + phl)).getResponse().getContentAsString();
        assertThat(form).contains("Dilanjutkan dengan pembinaan", "PPPK Paruh Waktu berlaku", "Hari kerja", "honorary-ban-warning")
                .doesNotContain(">CONTINUE_WITH_COACHING<");

        // the employee page shows the evaluation with its label to the employee themself
        String page = send(Role.EMPLOYEE, get("/employees/" + phl)).getResponse().getContentAsString();
        assertThat(page).contains("employee-honorary", "Dilanjutkan dengan pembinaan", REASONS, "honorary-section-ban")
                .doesNotContain(">CONTINUE_WITH_COACHING<");
    }

    @Test
    void aStaleFormIsRefusedWithTheInputKept() throws Exception {
        assertThat(evaluate(Role.OFFICER, pht, "4", "4", "CONTINUE", REASONS, "").getResponse().getStatus()).isEqualTo(302);
        MvcResult stale = evaluate(Role.OPD_HEAD, pht, "2", "2", "END", "Sering tidak hadir tanpa keterangan", "");
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        String page = stale.getResponse().getContentAsString();
        assertThat(page).contains("Data telah diubah oleh pengguna lain", "Sering tidak hadir tanpa keterangan");
        assertThat(stored(pht)).containsEntry("recommendation", "CONTINUE").containsEntry("version", 0);

        assertThat(evaluate(Role.OPD_HEAD, pht, "2", "2", "END", "Sering tidak hadir tanpa keterangan", "0").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(stored(pht)).containsEntry("recommendation", "END").containsEntry("version", 1);
        assertThat(evaluate(Role.OFFICER, pht, "4", "4", "CONTINUE", REASONS, "0").getResponse().getContentAsString())
                .contains("Data telah diubah oleh pengguna lain");
        assertThat(stored(pht)).containsEntry("recommendation", "END");
    }

    @Test
    void bkpsdmSeesCountsPerOpdAndRecommendationAndTheNonAsnBanWarning() throws Exception {
        assertThat(evaluate(Role.ADMIN, foreign, "3", "3", "CONTINUE", REASONS, "").getResponse().getStatus()).isEqualTo(302);
        HonoraryEvaluationService.Overview overview = evaluations.overview(YEAR);
        HonoraryEvaluationService.OpdRow a = overview.opds().stream().filter(o -> o.code().equals(opdA)).findFirst().orElseThrow();
        assertThat(a.pht()).isEqualTo(1);
        assertThat(a.phl()).isEqualTo(1);
        long evaluatedInA = count(phl) + count(pht);
        assertThat(a.evaluated()).isEqualTo(evaluatedInA);
        assertThat(a.byRecommendation().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(evaluatedInA);
        assertThat(overview.byRecommendation()).containsKeys("CONTINUE", "CONTINUE_WITH_COACHING", "END");
        assertThat(overview.byRecommendation().get("CONTINUE")).isPositive();
        assertThat(overview.competencies()).containsKeys("CLEANING", "DRIVER");
        assertThat(overview.warnings()).anySatisfy(w -> assertThat(w.nip()).isEqualTo(phl));
        assertThat(overview.warnings()).noneSatisfy(w -> assertThat(w.nip()).isIn(pht, foreign));

        for (Role r : new Role[] {Role.ADMIN, Role.OFFICER, Role.REGENT}) {
            MvcResult page = send(r, get("/performance/honorary/" + YEAR));
            assertThat(page.getResponse().getStatus()).as("%s", r).isEqualTo(200);
            assertThat(page.getResponse().getContentAsString()).contains(opdAName, "dilarang", phl, "Pengemudi")
                    .doesNotContain(">CONTINUE<", ">DRIVER<");
        }
        for (Role r : new Role[] {Role.OPD_HEAD, Role.EMPLOYEE, Role.ASSESSOR}) {
            assertThat(send(r, get("/performance/honorary/" + YEAR)).getResponse().getStatus()).as("%s", r).isEqualTo(403);
        }
        assertThat(send(Role.REGENT, get("/performance/honorary")).getResponse().getRedirectedUrl())
                .isEqualTo("/performance/honorary/" + LocalDate.now(clock).getYear());
        assertThat(send(Role.OPD_HEAD, get("/performance/honorary")).getResponse().getRedirectedUrl())
                .isEqualTo("/performance/honorary/" + LocalDate.now(clock).getYear() + "/staff");
    }
}
