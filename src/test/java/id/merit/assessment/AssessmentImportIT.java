package id.merit.assessment;

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
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * interchange.md §2 {@code assessments} over HTTP ({@code POST /api/v1/imports/assessments}) on real PostgreSQL:
 * accepted / duplicates / rejected, the dry run, updates of a changed key and the atomic 422.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentImportIT {

    static final String OPD = "ASMIT-A";
    static final String NIP_A = Nip.compose(LocalDate.of(1979, 4, 2), YearMonth.of(2005, 1), 'M', 881);
    static final String NIP_B = Nip.compose(LocalDate.of(1983, 9, 21), YearMonth.of(2009, 3), 'F', 882);
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
    AssessmentQueries assessments;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void registry() {
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        opds.upsert(new OpdCommands.OpdData(OPD, "Badan Uji Asesmen", OpdKind.BADAN, null, null, null, null));
        employees.upsert(new EmployeeData(NIP_A, "Asep Asesmen", Gender.M, LocalDate.of(1979, 4, 2), EmployeeType.PNS, OPD, "III/d",
                "Kepala Bidang", PositionKind.ADMINISTRATOR, null, null, null, null));
        employees.upsert(new EmployeeData(NIP_B, "Bunga Asesmen", Gender.F, LocalDate.of(1983, 9, 21), EmployeeType.PNS, OPD, "III/c",
                "Kepala Seksi", PositionKind.PENGAWAS, null, null, null, null));
        SecurityContextHolder.clearContext();
    }

    HttpResponse<String> upload(String csv, boolean dryRun) {
        return new Http(port).upload("/api/v1/imports/assessments" + (dryRun ? "?dryRun=true" : ""), "assessments.csv",
                csv.getBytes(StandardCharsets.UTF_8), "admin", adminPassword);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static String counts(HttpResponse<String> r) {
        JsonNode b = json(r);
        return r.statusCode() + " " + b.get("accepted").asLong() + "/" + b.get("duplicates").asLong() + "/" + b.get("rejected").size();
    }

    static final String FILE = String.join("\n",
            "nip,assessment_date,purpose,jpm,potential_score",
            NIP_A + ",2024-05-20,MAPPING,76.5,70",
            NIP_A + ",2025-08-11,selection,81.25,84.75",
            NIP_B + ",2025-02-03,Mapping,90,60",
            NIP_B + ",2025-02-03,SELECTION,69.99,59.99",
            NIP_B + ",2025-02-03,MAPPING,90.00,60.0") + "\n";

    @Test
    @Order(1)
    void aDryRunStoresNothing() {
        HttpResponse<String> r = upload(FILE, true);

        assertThat(counts(r)).isEqualTo("200 0/1/0");
        assertThat(assessments.forEmployee(NIP_A)).isEmpty();
    }

    @Test
    @Order(2)
    void storesEveryRowOnceAndTheSameFileAgainIsAllDuplicates() {
        assertThat(counts(upload(FILE, false))).isEqualTo("200 4/1/0");
        assertThat(assessments.forEmployee(NIP_A)).containsExactly(
                new AssessmentRecord(NIP_A, LocalDate.of(2025, 8, 11), AssessmentPurpose.SELECTION, new BigDecimal("81.25"), new BigDecimal("84.75")),
                new AssessmentRecord(NIP_A, LocalDate.of(2024, 5, 20), AssessmentPurpose.MAPPING, new BigDecimal("76.50"), new BigDecimal("70.00")));
        // two on one day: the SELECTION one is "the latest" (AssessmentQueries)
        assertThat(assessments.latestOnOrBefore(NIP_B, LocalDate.of(2025, 12, 31))).get()
                .extracting(AssessmentRecord::purpose).isEqualTo(AssessmentPurpose.SELECTION);

        assertThat(counts(upload(FILE, false))).isEqualTo("200 0/5/0");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id "
                + "WHERE e.nip IN (?, ?)", Long.class, NIP_A, NIP_B)).isEqualTo(4);
    }

    @Test
    @Order(3)
    void aKnownKeyWithOtherScoresIsUpdated() {
        String csv = "nip,assessment_date,purpose,jpm,potential_score\n" + NIP_A + ",2024-05-20,MAPPING,77,70\n"
                + NIP_A + ",2025-08-11,SELECTION,81.25,84.75\n";

        assertThat(counts(upload(csv, true))).isEqualTo("200 0/1/0");
        assertThat(counts(upload(csv, false))).isEqualTo("200 1/1/0");
        assertThat(assessments.latestOnOrBefore(NIP_A, LocalDate.of(2024, 12, 31))).get()
                .extracting(AssessmentRecord::jpm).isEqualTo(new BigDecimal("77.00"));
    }

    @Test
    @Order(4)
    void anyRejectedRowRefusesTheWholeFileWith422() {
        String csv = String.join("\n",
                "nip,assessment_date,purpose,jpm,potential_score",
                NIP_A + ",2026-01-05,MAPPING,80,80",             // 2 fine, but not stored
                NIP_A + ",2026-01-06,MAPPING,100.001,80",        // 3 three decimals
                NIP_A + ",2026-01-07,MAPPING,80,-1",             // 4 below 0
                NIP_A + ",2026-01-08,MAPPING,80.123,80",         // 5 three decimals
                NIP_A + ",2026-01-09,MAPPING,delapan puluh,80",  // 6 text
                "199001012015011999,2026-01-10,MAPPING,80,80",    // 7 unknown NIP
                NIP_A + ",2026-01-11,PROMOSI,80,80") + "\n";     // 8 unknown purpose

        HttpResponse<String> r = upload(csv, false);

        assertThat(counts(r)).isEqualTo("422 0/0/6");
        List<String> rejected = java.util.stream.StreamSupport.stream(json(r).get("rejected").spliterator(), false)
                .map(p -> p.get("line").asLong() + ":" + p.get("field").asString()).toList();
        assertThat(rejected).containsExactly("3:jpm", "4:potential_score", "5:jpm", "6:jpm", "7:nip", "8:purpose");
        assertThat(json(r).get("rejected").get(0).get("message").asString()).isNotBlank();
        assertThat(assessments.forEmployee(NIP_A)).noneMatch(a -> a.assessmentDate().getYear() == 2026);
    }

    @Test
    @Order(5)
    void onlyBkpsdmMayImport() {
        HttpResponse<String> r = new Http(port).upload("/api/v1/imports/assessments", "a.csv", FILE.getBytes(StandardCharsets.UTF_8),
                "nobody", "wrong");
        assertThat(r.statusCode()).isEqualTo(401);
    }
}
