package id.merit.talent;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import id.merit.talent.domain.TalentGridService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
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
 * The 9-box movement 2024 → 2025 on real PostgreSQL: the service's matrix equals a plain SQL count of the boxes of both
 * years (PermenPANRB 3/2020 numbering, rules-defaults.md cut-offs), and each drill-down lists exactly the counted rows.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TalentMovementIT {
    static final String OPD = "MOVIT-A";
    static final String OTHER = "MOVIT-B";
    static final String UP = Nip.compose(LocalDate.of(1980, 4, 1), YearMonth.of(2005, 1), 'M', 771);
    static final String UP2 = Nip.compose(LocalDate.of(1981, 4, 1), YearMonth.of(2005, 2), 'F', 772);
    static final String DOWN = Nip.compose(LocalDate.of(1982, 4, 1), YearMonth.of(2005, 3), 'M', 773);
    static final String NEW = Nip.compose(LocalDate.of(1983, 4, 1), YearMonth.of(2005, 4), 'F', 774);
    static final String SAME_ELSEWHERE = Nip.compose(LocalDate.of(1984, 4, 1), YearMonth.of(2005, 5), 'M', 775);

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    TalentGridService grid;
    @Autowired
    id.merit.talent.domain.TalentStore store;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void data() {
        asAdmin();
        opds.upsert(new OpdCommands.OpdData(OPD, "Dinas Uji Pergerakan", OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(OTHER, "Badan Uji Pergerakan", OpdKind.BADAN, null, null, null, null));
        employee(UP, "Umar Naik", OPD);
        employee(UP2, "Ulfa Naik", OPD);
        employee(DOWN, "Dodi Turun", OPD);
        employee(NEW, "Nita Baru", OPD);
        employee(SAME_ELSEWHERE, "Sandi Tetap", OTHER);
        // 2024 box 8 (meets, high) → 2025 box 9 (above, high)
        for (String nip : List.of(UP, UP2)) {
            evaluation(nip, 2024, "BAIK");
            evaluation(nip, 2025, "SANGAT_BAIK");
            assessment(nip, "2024-03-01", "85");
        }
        // 2024 box 7 (above, medium) → 2025 box 5 (meets, medium)
        evaluation(DOWN, 2024, "SANGAT_BAIK");
        evaluation(DOWN, 2025, "BAIK");
        assessment(DOWN, "2024-03-01", "70");
        // no box in 2024 (no evaluation) → 2025 box 1 (below, low)
        evaluation(NEW, 2025, "KURANG");
        assessment(NEW, "2025-02-01", "50");
        // another OPD: 5 → 5, outside the filter
        evaluation(SAME_ELSEWHERE, 2024, "BAIK");
        evaluation(SAME_ELSEWHERE, 2025, "BAIK");
        assessment(SAME_ELSEWHERE, "2024-03-01", "70");
        // the records went in by SQL (no StaffRecordsChanged, as a bulk load): store both years' 9-box from them
        store.compute(2024);
        store.compute(2025);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    void asAdmin() {
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
    }

    void employee(String nip, String name, String opd) {
        employees.upsert(new EmployeeData(nip, name, Gender.M, LocalDate.of(1980, 4, 1), EmployeeType.PNS, opd, "III/b", "Analis",
                PositionKind.PELAKSANA, null, null, null, null));
    }

    void evaluation(String nip, int year, String predicate) {
        jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, ?, 'ANNUAL', ? "
                + "FROM employee.employee WHERE nip = ?", year, predicate, nip);
    }

    void assessment(String nip, String date, String potential) {
        jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score) "
                + "SELECT id, CAST(? AS date), 'MAPPING', 80, CAST(? AS numeric) FROM employee.employee WHERE nip = ?", date, potential, nip);
    }

    /** The movement of the OPD counted in plain SQL: from-box (0: none) → to-box → people. */
    List<Map<String, Object>> sqlCounts(String opd) {
        return jdbc.queryForList("""
                WITH b AS (
                  SELECT e.id, y.y,
                         CASE ev.predicate WHEN 'SANGAT_BAIK' THEN 3 WHEN 'BAIK' THEN 2 ELSE 1 END AS perf,
                         (SELECT CASE WHEN a.potential_score >= 80 THEN 3 WHEN a.potential_score >= 60 THEN 2 ELSE 1 END
                            FROM assessment.assessment a WHERE a.employee_id = e.id AND a.assessment_date <= make_date(y.y, 12, 31)
                           ORDER BY a.assessment_date DESC, (a.purpose = 'SELECTION') DESC LIMIT 1) AS pot
                    FROM employee.employee e CROSS JOIN (VALUES (2024), (2025)) AS y(y)
                    JOIN performance.evaluation ev ON ev.employee_id = e.id AND ev.year = y.y AND ev.period = 'ANNUAL'
                   WHERE e.opd_id IN (SELECT id FROM orgunit.opd WHERE code = ?)
                     AND e.employee_type IN ('PNS', 'PPPK', 'PPPK_PARUH_WAKTU')),
                boxed AS (SELECT id, y, ('{{1,3,6},{2,5,8},{4,7,9}}'::int[])[perf][pot] AS box FROM b WHERE pot IS NOT NULL)
                SELECT coalesce(p.box, 0) AS from_box, c.box AS to_box, count(*) AS n
                  FROM boxed c LEFT JOIN boxed p ON p.id = c.id AND p.y = 2024
                 WHERE c.y = 2025 GROUP BY 1, 2""", opd);
    }

    @Test
    void theMatrixEqualsAPlainSqlCount() {
        List<Map<String, Object>> rows = sqlCounts(OPD);
        assertThat(rows).hasSize(3); // 8 → 9 (2), 7 → 5 (1), none → 1 (1)
        asAdmin();
        TalentGridService.Movement m = grid.movement(2025, OPD);
        long sum = 0;
        for (Map<String, Object> r : rows) {
            int from = ((Number) r.get("from_box")).intValue();
            int to = ((Number) r.get("to_box")).intValue();
            long n = ((Number) r.get("n")).longValue();
            assertThat(m.count(from, to)).as("%d → %d", from, to).isEqualTo(n);
            sum += n;
        }
        long all = 0;
        for (int f = 0; f <= 9; f++) {
            all += m.from(f);
        }
        assertThat(all).isEqualTo(sum).isEqualTo(4);
        assertThat(m.count(8, 9)).isEqualTo(2);
        assertThat(m.total(id.merit.talent.rules.BoxMovement.Direction.UP)).isEqualTo(2);
        assertThat(m.total(id.merit.talent.rules.BoxMovement.Direction.DOWN)).isEqualTo(1);
        assertThat(m.total(id.merit.talent.rules.BoxMovement.Direction.NEW)).isEqualTo(1);
        assertThat(m.total(id.merit.talent.rules.BoxMovement.Direction.SAME)).isZero();
    }

    @Test
    void eachCountDrillsDownToExactlyItsRows() {
        UiSession ui = new UiSession(port);
        ui.login("admin", adminPassword);
        String page = ui.get("/talent/2025?opd=" + OPD).body();
        assertThat(page).contains("id=\"talent-movement\"", "id=\"talent-recommendations\"",
                "href=\"/talent/2025/moves?from=8&amp;to=9&amp;opd=" + OPD + "\"");
        String list = ui.get("/talent/2025/moves?from=8&to=9&opd=" + OPD).body();
        assertThat(Pattern.compile("class=\"moved\"").matcher(list).results().count()).isEqualTo(2);
        assertThat(list).contains(UP, UP2).doesNotContain(DOWN, NEW, SAME_ELSEWHERE);
        String down = ui.get("/talent/2025/moves?direction=DOWN&opd=" + OPD).body();
        assertThat(Pattern.compile("class=\"moved\"").matcher(down).results().count()).isEqualTo(1);
        assertThat(down).contains(DOWN);
        String employee = ui.get("/employees/" + UP).body();
        assertThat(employee).contains("id=\"talent-movement\"", "Potensial Tinggi (8)", "Naik");
    }
}
