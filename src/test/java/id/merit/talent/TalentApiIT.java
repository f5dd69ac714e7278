package id.merit.talent;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * interchange.md §3 Talent on the whole application and real PostgreSQL: {@code GET /api/v1/employees/{nip}/talent/{year}}
 * for a box 9 in the pool, a box 9 kept out by every condition (each reason names its record), the 404s naming what is
 * missing, the 422 for CPNS and non-ASN staff and the scope. Performance, assessment and punishment rows are plain SQL
 * fixtures; trainings go through the registry.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TalentApiIT {

    static final String OPD_A = "TALIT-A";
    static final String OPD_B = "TALIT-B";
    static final String PASSWORD = "Rahasia#2026x";
    static final String STAR = Nip.compose(LocalDate.of(1980, 2, 14), YearMonth.of(2006, 3), 'F', 931);
    static final String KEPT_OUT = Nip.compose(LocalDate.of(1981, 5, 6), YearMonth.of(2007, 4), 'M', 932);
    static final String NOTHING = Nip.compose(LocalDate.of(1982, 7, 8), YearMonth.of(2008, 1), 'M', 933);
    static final String CPNS = Nip.compose(LocalDate.of(1998, 1, 9), YearMonth.of(2024, 1), 'F', 934);
    static final String PHL = "TALIT-PHL-1";
    static final String OTHER_OPD = Nip.compose(LocalDate.of(1984, 3, 3), YearMonth.of(2010, 1), 'M', 935);
    static final JsonMapper JSON = JsonMapper.builder().build();

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
    @Autowired
    id.merit.talent.domain.TalentStore store;

    @BeforeAll
    void registry() {
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        opds.upsert(new OpdCommands.OpdData(OPD_A, "Dinas Uji Talenta", OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(OPD_B, "Badan Uji Talenta Lain", OpdKind.BADAN, null, null, null, null));
        employee(STAR, "Sari Bintang", Gender.F, LocalDate.of(1980, 2, 14), EmployeeType.PNS, OPD_A);
        employee(KEPT_OUT, "Kurnia Tertahan", Gender.M, LocalDate.of(1981, 5, 6), EmployeeType.PNS, OPD_A);
        employee(NOTHING, "Nanang Kosong", Gender.M, LocalDate.of(1982, 7, 8), EmployeeType.PNS, OPD_A);
        employee(CPNS, "Citra Calon", Gender.F, LocalDate.of(1998, 1, 9), EmployeeType.CPNS, OPD_A);
        employee(PHL, "Parman Harian", Gender.M, LocalDate.of(1990, 1, 1), EmployeeType.NON_ASN_PHL, OPD_A);
        employee(OTHER_OPD, "Oki Lain", Gender.M, LocalDate.of(1984, 3, 3), EmployeeType.PNS, OPD_B);

        // box 9 with every pool condition: SANGAT_BAIK 2025, BAIK 2024, SELECTION JPM 82, potential 85, 24 JP in 2025
        evaluation(STAR, 2025, "SANGAT_BAIK");
        evaluation(STAR, 2024, "BAIK");
        assessment(STAR, "2025-05-10", "SELECTION", "82", "85");
        assessment(STAR, "2026-02-01", "MAPPING", "50", "40"); // after 2025: not read for 2025
        employees.upsertTraining(STAR, new TrainingRecord(TrainingKind.TEKNIS, "Pelatihan Analisis Kebijakan", 24, LocalDate.of(2025, 9, 12)));
        employees.upsertTraining(STAR, new TrainingRecord(TrainingKind.SEMINAR, "Seminar ASN", 8, LocalDate.of(2024, 11, 1)));

        // box 9 kept out by each condition: 2024 BUTUH_PERBAIKAN, 19 JP in 2025, JPM 67.99 from MAPPING, SEDANG in 2024
        evaluation(KEPT_OUT, 2025, "SANGAT_BAIK");
        evaluation(KEPT_OUT, 2024, "BUTUH_PERBAIKAN");
        assessment(KEPT_OUT, "2024-11-20", "MAPPING", "67.99", "80");
        employees.upsertTraining(KEPT_OUT, new TrainingRecord(TrainingKind.TEKNIS, "Bimtek Arsip", 19, LocalDate.of(2025, 3, 7)));
        employees.upsertTraining(KEPT_OUT, new TrainingRecord(TrainingKind.TEKNIS, "Bimtek Lama", 40, LocalDate.of(2024, 3, 7)));
        jdbc.update("""
                INSERT INTO discipline.punishment (employee_id, opd_id, level, kind, months, decision_date, effective_date, end_date, source)
                SELECT id, opd_id, 'SEDANG', 'TUKIN_CUT', 6, DATE '2024-08-05', DATE '2024-08-20', DATE '2025-02-20', 'IMPORT'
                  FROM employee.employee WHERE nip = ?""", KEPT_OUT);
        jdbc.update("""
                INSERT INTO discipline.punishment (employee_id, opd_id, level, kind, months, decision_date, effective_date, end_date, source)
                SELECT id, opd_id, 'BERAT', 'PENURUNAN_JABATAN', 12, DATE '2023-12-29', DATE '2024-01-15', DATE '2025-01-15', 'IMPORT'
                  FROM employee.employee WHERE nip = ?""", KEPT_OUT); // decided in Y−2: does not count

        evaluation(NOTHING, 2024, "BAIK");
        assessment(NOTHING, "2025-03-01", "MAPPING", "80", "80");
        evaluation(CPNS, 2025, "BAIK");
        assessment(CPNS, "2025-03-01", "MAPPING", "80", "80");
        evaluation(OTHER_OPD, 2025, "BAIK");
        assessment(OTHER_OPD, "2025-03-01", "SELECTION", "80", "80");

        users.createUnchecked(new NewUser("talit-emp-star", PASSWORD, Role.EMPLOYEE, null, STAR, "Sari"), false);
        users.createUnchecked(new NewUser("talit-head-a", PASSWORD, Role.OPD_HEAD, OPD_A, null, "Kepala A"), false);
        users.createUnchecked(new NewUser("talit-head-b", PASSWORD, Role.OPD_HEAD, OPD_B, null, "Kepala B"), false);
        users.createUnchecked(new NewUser("talit-regent", PASSWORD, Role.REGENT, null, null, "Bupati"), false);
        users.createUnchecked(new NewUser("talit-assessor", PASSWORD, Role.ASSESSOR, null, null, "Asesor"), false);
        // predicates, assessments and punishments went in by SQL (no StaffRecordsChanged, as a bulk load): store 2025's 9-box
        store.compute(2025);
        SecurityContextHolder.clearContext();
    }

    void employee(String nip, String name, Gender g, LocalDate born, EmployeeType type, String opd) {
        boolean civil = type.isCivilServant();
        employees.upsert(new EmployeeData(nip, name, g, born, type, opd, civil ? "III/b" : null, "Analis", PositionKind.PELAKSANA,
                null, null, null, null));
    }

    void evaluation(String nip, int year, String predicate) {
        jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, ?, 'ANNUAL', ? "
                + "FROM employee.employee WHERE nip = ?", year, predicate, nip);
    }

    void assessment(String nip, String date, String purpose, String jpm, String potential) {
        jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score) "
                + "SELECT id, CAST(? AS date), ?, CAST(? AS numeric), CAST(? AS numeric) FROM employee.employee WHERE nip = ?",
                date, purpose, jpm, potential, nip);
    }

    HttpResponse<String> get(String nip, int year, String user) {
        String password = user.equals("admin") ? adminPassword : PASSWORD;
        return new Http(port).get("/api/v1/employees/" + nip + "/talent/" + year, user, password);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static List<String> reasons(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("reasons").forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void boxNineInThePool() {
        HttpResponse<String> r = get(STAR, 2025, "admin");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode b = json(r);
        List<String> fields = new ArrayList<>();
        b.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("nip", "year", "performance", "potential", "box", "talentPool", "reasons");
        assertThat(b.get("nip").asString()).isEqualTo(STAR);
        assertThat(b.get("year").asInt()).isEqualTo(2025);
        assertThat(b.get("year").isNumber()).isTrue();
        assertThat(b.get("performance").asString()).isEqualTo("ABOVE");
        assertThat(b.get("potential").asString()).isEqualTo("HIGH");
        assertThat(b.get("box").asInt()).isEqualTo(9);
        assertThat(b.get("talentPool").asBoolean()).isTrue();
        assertThat(reasons(b)).isEmpty();
    }

    @Test
    void boxNineKeptOutByEveryConditionEachNamingItsRecord() {
        JsonNode b = json(get(KEPT_OUT, 2025, "admin"));

        assertThat(b.get("box").asInt()).isEqualTo(9);
        assertThat(b.get("talentPool").asBoolean()).isFalse();
        List<String> reasons = reasons(b);
        assertThat(reasons).hasSize(4);
        assertThat(reasons.get(0)).contains("2024", "Butuh Perbaikan", "Pasal 199 ayat (2) huruf c");
        assertThat(reasons.get(1)).contains("2025", "19 JP", "20 JP", "Pasal 203");
        assertThat(reasons.get(2)).contains("67,99", "20 November 2024", "pemetaan", "68", "Pasal 199 ayat (2) huruf a");
        assertThat(reasons.get(3)).contains("Sedang", "5 Agustus 2024");
        assertThat(String.join(" ", reasons)).doesNotContain("BUTUH_PERBAIKAN", "TUKIN_CUT", "SEDANG", "MAPPING", "2.025");
    }

    @Test
    void aMissingInputIsA404NamingIt() {
        HttpResponse<String> noPerformance = get(NOTHING, 2025, "admin");
        assertThat(noPerformance.statusCode()).isEqualTo(404);
        assertThat(noPerformance.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(json(noPerformance).get("status").asInt()).isEqualTo(404);
        assertThat(json(noPerformance).get("title").asString()).isNotBlank();
        assertThat(json(noPerformance).get("detail").asString()).contains(NOTHING, "2025", "SKP ANNUAL").doesNotContain("asesmen");

        HttpResponse<String> noAssessment = get(NOTHING, 2024, "admin"); // the assessment of 2025-03-01 is after 2024
        assertThat(noAssessment.statusCode()).isEqualTo(404);
        assertThat(json(noAssessment).get("detail").asString()).contains("asesmen", "2024-12-31").doesNotContain("SKP");

        assertThat(json(get(NOTHING, 2023, "admin")).get("detail").asString()).contains("SKP", "asesmen");
        assertThat(get("199901012020011999", 2025, "admin").statusCode()).isEqualTo(404);
    }

    @Test
    void cpnsAndNonAsnAreNotMeasured() {
        for (String nip : List.of(CPNS, PHL)) {
            HttpResponse<String> r = get(nip, 2025, "admin");
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(json(r).get("status").asInt()).isEqualTo(422);
            assertThat(json(r).get("detail").asString()).contains(nip, "PNS", "PPPK");
        }
    }

    @Test
    void scopeAsStaff() {
        assertThat(get(STAR, 2025, "talit-emp-star").statusCode()).isEqualTo(200);
        assertThat(get(KEPT_OUT, 2025, "talit-emp-star").statusCode()).isIn(403, 404);
        assertThat(get(KEPT_OUT, 2025, "talit-head-a").statusCode()).isEqualTo(200);
        assertThat(get(OTHER_OPD, 2025, "talit-head-a").statusCode()).isIn(403, 404);
        assertThat(get(OTHER_OPD, 2025, "talit-head-b").statusCode()).isEqualTo(200);
        assertThat(get(STAR, 2025, "talit-regent").statusCode()).isEqualTo(200);
        assertThat(get(STAR, 2025, "talit-assessor").statusCode()).isIn(403, 404);
        assertThat(new Http(port).get("/api/v1/employees/" + STAR + "/talent/2025", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theEmployeePageShowsAssessmentsWithTheirBandAndTheLatestPlacement() {
        id.merit.support.UiSession ui = new id.merit.support.UiSession(port);
        ui.login("talit-head-a", PASSWORD);

        String star = ui.get("/employees/" + STAR).body();
        assertThat(star).contains("id=\"employee-talent\"", "Bintang (9)", "Kotak talenta tahun 2025", "Memenuhi Syarat (MS)",
                "Pemetaan", "Kurang Optimal", "82,00", "10-05-2025");
        assertThat(star).doesNotContain("MEMENUHI_SYARAT", "KURANG_OPTIMAL", "SELECTION", "talent-reasons");

        String keptOut = ui.get("/employees/" + KEPT_OUT).body();
        assertThat(keptOut).contains("Bintang (9)", "id=\"talent-reasons\"", "Butuh Perbaikan", "19 JP", "67,99");

        String empty = ui.get("/employees/" + PHL).body();
        assertThat(empty).contains("id=\"talent-empty\"").doesNotContain("id=\"talent-placement\"");
    }

    @Test
    void theNineBoxPageCountsTheOpdHeadsOwnStaffAndListsThePeopleOfABox() {
        id.merit.support.UiSession head = new id.merit.support.UiSession(port);
        head.login("talit-head-a", PASSWORD);

        String grid = head.get("/talent/2025").body();
        // TALIT-A: STAR and KEPT_OUT in box 9 (one in the pool), NOTHING without a 2025 evaluation; CPNS and PHL not measured
        assertThat(grid).contains("id=\"talent-grid\"", "Bintang (9)", "2 pegawai dipetakan, 1 di antaranya", "; 1 PNS/PPPK");
        assertThat(grid).doesNotContain("TALIT-B", "ABOVE", "MEETS");
        assertThat(grid.substring(grid.indexOf("id=\"box-9\""))).containsPattern("fs-3 fw-semibold\">2<");

        String box = head.get("/talent/2025/boxes/9").body();
        assertThat(box).contains("Sari Bintang", "Kurnia Tertahan", STAR).doesNotContain("Oki Lain");
        assertThat(head.get("/talent/2025/boxes/9?q=kurnia").body()).contains("Kurnia Tertahan").doesNotContain("Sari Bintang");
        assertThat(head.get("/talent/2025?opd=" + OPD_B).statusCode()).isEqualTo(403);
        assertThat(head.get("/talent/2025/boxes/10").statusCode()).isEqualTo(404);

        id.merit.support.UiSession regent = new id.merit.support.UiSession(port);
        regent.login("talit-regent", PASSWORD);
        String filtered = regent.get("/talent/2025?opd=" + OPD_A).body();
        assertThat(filtered).contains("2 pegawai dipetakan, 1 di antaranya", "TALIT-B");
        assertThat(regent.get("/talent").statusCode()).isEqualTo(302);

        id.merit.support.UiSession employee = new id.merit.support.UiSession(port);
        employee.login("talit-emp-star", PASSWORD);
        assertThat(employee.get("/talent/2025").statusCode()).isEqualTo(403);
        assertThat(employee.get("/").body()).doesNotContain("href=\"/talent\"");
        assertThat(head.get("/").body()).contains("href=\"/talent\"");
    }
}
