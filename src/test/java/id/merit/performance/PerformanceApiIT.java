package id.merit.performance;

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
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
 * interchange.md §2 {@code performance} import and §3 {@code GET /api/v1/employees/{nip}/performance/{year}} over HTTP on
 * PostgreSQL: atomic, idempotent, ratings → predicate by the PermenPANRB 6/2022 matrix, and the staff scope.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Rahasia#2026x";

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;

    private Http http;
    private String run;
    private String opdA;
    private String opdB;
    private String nipA;
    private String nipB;
    private String nipC;
    /** Never gets an evaluation: the empty state of the employee page. */
    private String nipD;

    @BeforeAll
    void registry() {
        http = new Http(port);
        long n = System.nanoTime() % 100_000;
        run = String.valueOf(n);
        opdA = "PRF-A" + n;
        opdB = "PRF-B" + n;
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(n % 5000);
        nipA = Nip.compose(born, YearMonth.of(2005, 1), 'M', (int) (n % 990) + 1);
        nipB = Nip.compose(born, YearMonth.of(2005, 2), 'F', (int) (n % 990) + 1);
        nipC = Nip.compose(born, YearMonth.of(2005, 3), 'M', (int) (n % 990) + 1);
        nipD = Nip.compose(born, YearMonth.of(2005, 4), 'F', (int) (n % 990) + 1);
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opdA, "Dinas Kinerja " + n, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdB, "Badan Kinerja " + n, OpdKind.BADAN, null, null, null, null));
            for (String[] e : List.of(new String[] {nipA, opdA, "M"}, new String[] {nipB, opdA, "F"}, new String[] {nipC, opdB, "M"},
                    new String[] {nipD, opdB, "F"})) {
                employees.upsert(new EmployeeData(e[0], "Pegawai Kinerja " + e[0], Gender.valueOf(e[2]), born, EmployeeType.PNS, e[1],
                        "III/a", "Analis", PositionKind.PELAKSANA, null, null, null, null));
            }
            users.createUnchecked(new NewUser("prf-head-a" + n, PASSWORD, Role.OPD_HEAD, opdA, null, "Kepala A"), false);
            users.createUnchecked(new NewUser("prf-emp-a" + n, PASSWORD, Role.EMPLOYEE, null, nipA, "Pegawai A"), false);
            users.createUnchecked(new NewUser("prf-assessor" + n, PASSWORD, Role.ASSESSOR, null, null, "Asesor"), false);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String file(String... rows) {
        return "nip,year,period,results_rating,behaviour_rating,predicate\n"
                + String.join("\n", rows).replace("{A}", nipA).replace("{B}", nipB).replace("{C}", nipC) + "\n";
    }

    private JsonNode upload(String csv, boolean dryRun, int status) {
        HttpResponse<String> r = http.upload("/api/v1/imports/performance" + (dryRun ? "?dryRun=true" : ""), "performance.csv",
                csv.getBytes(StandardCharsets.UTF_8), "admin", adminPassword);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private Map<String, Object> stored(String nip, int year, String period) {
        return jdbc.queryForMap("""
                SELECT v.results_rating, v.behaviour_rating, v.predicate, v.source FROM performance.evaluation v
                  JOIN employee.employee e ON e.id = v.employee_id WHERE e.nip = ? AND v.year = ? AND v.period = ?
                """, nip, year, period);
    }

    private long count(String nip) {
        return jdbc.queryForObject("SELECT count(*) FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id "
                + "WHERE e.nip = ?", Long.class, nip);
    }

    @Test
    void importIsAtomicIdempotentAndDerivesThePredicate() {
        String csv = file(
                "{A},2024,ANNUAL,ABOVE,ABOVE,",
                "{A},2023,annual,,,BAIK",
                "{A},2022,ANNUAL,,,CUKUP",
                "{A},2025,Q1,BELOW,MEETS,BUTUH_PERBAIKAN",
                "{A},2024,ANNUAL,ABOVE,ABOVE,SANGAT_BAIK");   // the same row again: a duplicate in the file

        JsonNode dry = upload(csv, true, 200);
        assertThat(dry.get("kind").asString()).isEqualTo("performance");
        assertThat(dry.get("accepted").asLong()).isZero();
        assertThat(dry.get("rejected")).isEmpty();
        assertThat(count(nipA)).as("a dry run stores nothing").isZero();

        JsonNode first = upload(csv, false, 200);
        assertThat(first.get("accepted").asLong()).as("%s", first).isEqualTo(4);
        assertThat(first.get("duplicates").asLong()).isEqualTo(1);
        assertThat(first.get("rejected")).isEmpty();
        assertThat(stored(nipA, 2024, "ANNUAL")).containsEntry("results_rating", "ABOVE").containsEntry("behaviour_rating", "ABOVE")
                .containsEntry("predicate", "SANGAT_BAIK").containsEntry("source", "IMPORT");
        assertThat(stored(nipA, 2022, "ANNUAL")).containsEntry("predicate", "BUTUH_PERBAIKAN").containsEntry("results_rating", null);
        assertThat(stored(nipA, 2025, "Q1")).containsEntry("predicate", "BUTUH_PERBAIKAN");

        JsonNode again = upload(csv, false, 200);
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(5);

        // one changed row and one unchanged: the change updates, the other is a duplicate
        JsonNode changed = upload(file("{A},2024,ANNUAL,MEETS,BELOW,", "{A},2023,ANNUAL,,,BAIK"), false, 200);
        assertThat(changed.get("accepted").asLong()).isEqualTo(1);
        assertThat(changed.get("duplicates").asLong()).isEqualTo(1);
        assertThat(stored(nipA, 2024, "ANNUAL")).containsEntry("predicate", "KURANG").containsEntry("behaviour_rating", "BELOW");

        // a contradicting predicate, a lone rating and an unknown NIP: 422, every problem reported, nothing stored
        JsonNode bad = upload(file(
                "{B},2024,ANNUAL,MEETS,MEETS,",
                "{B},2025,ANNUAL,MEETS,MEETS,SANGAT_BAIK",
                "{B},2023,ANNUAL,ABOVE,,",
                "199912312020121001,2024,ANNUAL,,,BAIK"), false, 422);
        assertThat(bad.get("accepted").asLong()).isZero();
        assertThat(bad.get("rejected")).hasSize(3);
        assertThat(bad.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(bad.get("rejected").get(0).get("field").asString()).isEqualTo("predicate");
        assertThat(bad.get("rejected").get(0).get("message").asString()).contains("SANGAT_BAIK", "BAIK", "PermenPANRB 6/2022");
        assertThat(bad.get("rejected").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(bad.get("rejected").get(1).get("field").asString()).isEqualTo("behaviour_rating");
        assertThat(bad.get("rejected").get(2).get("line").asInt()).isEqualTo(5);
        assertThat(bad.get("rejected").get(2).get("field").asString()).isEqualTo("nip");
        assertThat(count(nipB)).as("the valid row of a rejected file is not stored").isZero();
    }

    @Test
    void aRatingUnderObjectionIsLeftAsItIsByTheSetBasedImport() {
        // C's 2021 rating is imported, then objected to (PP 30/2019 Ps 59): a later file changing it leaves it as it is
        assertThat(upload(file("{C},2021,ANNUAL,MEETS,MEETS,", "{C},2020,ANNUAL,,,BAIK"), false, 200).get("accepted").asLong()).isEqualTo(2);
        jdbc.update("""
                INSERT INTO performance.objection (evaluation_id, receipt_date, deadline, filed_on, filed_at, filed_by, reasons,
                                                   routed_to, original_results, original_behaviour, original_predicate)
                SELECT v.id, DATE '2022-01-10', DATE '2022-01-24', DATE '2022-01-12', now(), 'test', 'Keberatan', 'SUPERIOR',
                       'MEETS', 'MEETS', 'BAIK'
                  FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id
                 WHERE e.nip = ? AND v.year = 2021 AND v.period = 'ANNUAL'
                """, nipC);
        JsonNode r = upload(file("{C},2021,ANNUAL,BELOW,BELOW,", "{C},2020,ANNUAL,,,SANGAT_BAIK"), false, 200);
        assertThat(r.get("accepted").asLong()).as("%s", r).isEqualTo(1);
        assertThat(r.get("duplicates").asLong()).isEqualTo(1);
        assertThat(stored(nipC, 2021, "ANNUAL")).containsEntry("predicate", "BAIK").containsEntry("results_rating", "MEETS");
        assertThat(stored(nipC, 2020, "ANNUAL")).containsEntry("predicate", "SANGAT_BAIK");
    }

    @Test
    void annualRecordByApiWithinTheStaffScope() {
        upload(file("{B},2025,ANNUAL,MEETS,ABOVE,", "{B},2025,Q2,ABOVE,ABOVE,", "{B},2023,ANNUAL,,,SANGAT_BAIK",
                "{C},2025,ANNUAL,BELOW,BELOW,"), false, 200);

        HttpResponse<String> ok = http.get("/api/v1/employees/" + nipB + "/performance/2025", "admin", adminPassword);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(ok.body());
        assertThat(json.get("nip").asString()).isEqualTo(nipB);
        assertThat(json.get("year").asInt()).isEqualTo(2025);
        assertThat(json.get("resultsRating").asString()).isEqualTo("MEETS");
        assertThat(json.get("behaviourRating").asString()).isEqualTo("ABOVE");
        assertThat(json.get("predicate").asString()).isEqualTo("BAIK");
        assertThat(json.properties()).hasSize(5);

        JsonNode historical = JSON.readTree(http.get("/api/v1/employees/" + nipB + "/performance/2023", "admin", adminPassword).body());
        assertThat(historical.get("resultsRating").isNull()).isTrue();
        assertThat(historical.get("behaviourRating").isNull()).isTrue();
        assertThat(historical.get("predicate").asString()).isEqualTo("SANGAT_BAIK");

        HttpResponse<String> none = http.get("/api/v1/employees/" + nipB + "/performance/2024", "admin", adminPassword);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(none.body()).get("status").asInt()).isEqualTo(404);
        assertThat(JSON.readTree(none.body()).get("detail").asString()).contains(nipB, "2024");
        assertThat(http.get("/api/v1/employees/199912312020121001/performance/2025", "admin", adminPassword).statusCode()).isEqualTo(404);

        // the OPD head sees their OPD's staff only; an employee only themself; an assessor nobody
        assertThat(http.get("/api/v1/employees/" + nipB + "/performance/2025", "prf-head-a" + run, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/employees/" + nipC + "/performance/2025", "prf-head-a" + run, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/employees/" + nipB + "/performance/2025", "prf-emp-a" + run, PASSWORD).statusCode()).isIn(403, 404);
        assertThat(http.get("/api/v1/employees/" + nipB + "/performance/2025", "prf-assessor" + run, PASSWORD).statusCode())
                .isIn(403, 404);
        assertThat(http.get("/api/v1/employees/" + nipB + "/performance/2025", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void employeePageShowsTheHistoryWithTranslatedLabels() {
        upload(file("{C},2024,ANNUAL,ABOVE,ABOVE,", "{C},2023,ANNUAL,,,CUKUP"), false, 200);
        UiSession ui = new UiSession(port);
        assertThat(ui.login("admin", adminPassword)).isEqualTo("/");
        HttpResponse<String> response = ui.get("/employees/" + nipC);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("id=\"employee-performance\"", "Penilaian kinerja (SKP)", "Di atas ekspektasi", "Sangat Baik",
                "Butuh Perbaikan", "text-bg-success", "Predikat historis");
        assertThat(page).doesNotContain("SANGAT_BAIK", "BUTUH_PERBAIKAN", "performance-empty");

        assertThat(ui.get("/employees/" + nipD).body()).contains("id=\"performance-empty\"", "Belum ada penilaian SKP");
    }
}
