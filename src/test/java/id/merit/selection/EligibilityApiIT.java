package id.merit.selection;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * interchange.md §3 "Eligibility for an open JPT Pratama selection" on the whole application: the registry (positions
 * and education through EmployeeCommands), SKP predicates as rows of performance.evaluation, punishments through the
 * {@code punishments} import; one eligible candidate, one failing AGE and DISCIPLINE, and the scope refusals.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityApiIT {
    static final String OPD_A = "ELIGIT-A";
    static final String OPD_B = "ELIGIT-B";
    static final String ELIGIBLE = Nip.compose(LocalDate.of(1975, 6, 15), YearMonth.of(2005, 1), 'M', 881);
    static final String TOO_OLD = Nip.compose(LocalDate.of(1968, 1, 1), YearMonth.of(2000, 1), 'F', 882);
    static final String OTHER_OPD = Nip.compose(LocalDate.of(1980, 2, 2), YearMonth.of(2006, 1), 'M', 883);
    static final String CONTRACT = "ELIGIT-PPPK-1";
    static final String JUNIOR = Nip.compose(LocalDate.of(1996, 3, 3), YearMonth.of(2024, 2), 'M', 884);
    static final String PASSWORD = "Rahasia#2026x";
    static final String URL = "/api/v1/employees/%s/eligibility/jpt-pratama";

    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    List<ImportHandler> handlers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;
    Http http;

    @BeforeAll
    void registry() {
        http = new Http(port);
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(OPD_A, "Dinas Uji Kelayakan", OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(OPD_B, "Badan Uji Kelayakan", OpdKind.BADAN, null, null, null, null));
            candidate(ELIGIBLE, "Eka Layak", Gender.M, LocalDate.of(1975, 6, 15), OPD_A);
            candidate(TOO_OLD, "Tua Tertib", Gender.F, LocalDate.of(1968, 1, 1), OPD_A);
            candidate(OTHER_OPD, "Lain Dinas", Gender.M, LocalDate.of(1980, 2, 2), OPD_B);
            employees.upsert(new EmployeeData(CONTRACT, "Kontrak Layak", Gender.F, LocalDate.of(1990, 1, 1), EmployeeType.PPPK, OPD_A,
                    null, "Analis", PositionKind.FUNGSIONAL, null, null, null, null));
            // a pelaksana since 10 Feb 2024: four years in post (Ps 54(3) c) from 10 Feb 2028, so Pengawas from 1 March 2028
            employees.upsert(new EmployeeData(JUNIOR, "Joko Muda", Gender.M, LocalDate.of(1996, 3, 3), EmployeeType.PNS, OPD_A, "III/a",
                    "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
            employees.upsertPosition(JUNIOR, new PositionRecord("Pengadministrasi Umum", PositionKind.PELAKSANA, null, OPD_A,
                    LocalDate.of(2024, 2, 10), null));
            employees.upsertEducation(JUNIOR, new EducationRecord(EducationLevel.S1, "Universitas Bengkulu", "Manajemen", LocalDate.of(2018, 8, 1)));
            predicates(JUNIOR);
            ImportHandler punishments = handlers.stream().filter(h -> h.kind().equals("punishments")).findFirst().orElseThrow();
            byte[] csv = ("nip,level,kind,decision_date,effective_date,end_date\n"
                    + TOO_OLD + ",SEDANG,TUKIN_CUT,2024-05-02,2024-05-02,2024-11-02\n").getBytes(StandardCharsets.UTF_8);
            ImportOutcome o = punishments.run(new ImportRequest("punishments", "punishments.csv", () -> new ByteArrayInputStream(csv),
                    Map.of(), false));
            assertThat(o.rejected()).isEmpty();
            users.createUnchecked(new NewUser("eligit-admin", PASSWORD, Role.ADMIN, null, null, "Admin"), false);
            users.createUnchecked(new NewUser("eligit-head-a", PASSWORD, Role.OPD_HEAD, OPD_A, null, "Kepala A"), false);
            users.createUnchecked(new NewUser("eligit-emp", PASSWORD, Role.EMPLOYEE, null, ELIGIBLE, "Eka"), false);
            users.createUnchecked(new NewUser("eligit-assessor", PASSWORD, Role.ASSESSOR, null, null, "Asesor"), false);
        } finally {
            TestUsers.clear();
        }
    }

    void candidate(String nip, String name, Gender gender, LocalDate birth, String opd) {
        employees.upsert(new EmployeeData(nip, name, gender, birth, EmployeeType.PNS, opd, "IV/a", "Kepala Bidang",
                PositionKind.ADMINISTRATOR, null, null, null, null));
        employees.upsertPosition(nip, new PositionRecord("Analis", PositionKind.PELAKSANA, null, opd, LocalDate.of(2005, 1, 1),
                LocalDate.of(2015, 12, 31)));
        employees.upsertPosition(nip, new PositionRecord("Kepala Bidang", PositionKind.ADMINISTRATOR, null, opd, LocalDate.of(2016, 1, 1),
                null));
        employees.upsertEducation(nip, new EducationRecord(EducationLevel.S1, "Universitas Bengkulu", "Hukum", LocalDate.of(1998, 8, 1)));
        predicates(nip);
    }

    /** 2024 and 2025 for the API's fixed dates, and the two years before today's for the page (checked for today). */
    void predicates(String nip) {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        for (int year : new int[] {2024, 2025, thisYear - 2, thisYear - 1}) {
            jdbc.update("""
                    INSERT INTO performance.evaluation (employee_id, year, period, predicate)
                    SELECT id, ?, 'ANNUAL', ? FROM employee.employee WHERE nip = ?
                    ON CONFLICT (employee_id, year, period) DO NOTHING""", year, year % 2 == 0 ? "BAIK" : "SANGAT_BAIK", nip);
        }
    }

    @AfterAll
    void clear() {
        TestUsers.clear();
    }

    JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    @Test
    void anEligibleCandidate() {
        HttpResponse<String> r = http.get(URL.formatted(ELIGIBLE) + "?date=2026-03-01", "eligit-admin", PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = body(r);
        assertThat(b.get("nip").asString()).isEqualTo(ELIGIBLE);
        assertThat(b.get("date").asString()).isEqualTo("2026-03-01");
        assertThat(b.get("eligible").asBoolean()).isTrue();
        assertThat(b.get("reasons").isArray()).isTrue();
        assertThat(b.get("reasons")).isEmpty();
        // the employee themself may ask
        assertThat(http.get(URL.formatted(ELIGIBLE) + "?date=2026-03-01", "eligit-emp", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void ageAndDisciplineFailInTheContractOrderWithTheirRecordsNamed() {
        HttpResponse<String> r = http.get(URL.formatted(TOO_OLD) + "?date=2026-03-01", "eligit-head-a", PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = body(r);
        assertThat(b.get("eligible").asBoolean()).isFalse();
        assertThat(b.get("reasons").toString()).isEqualTo("[\"AGE\",\"DISCIPLINE\"]");
        assertThat(b.get("explanation").toString()).contains("1 Januari 1968").contains("58 tahun").contains("2 Mei 2024")
                .contains("Sedang");
        // six years later the sedang decision is out of the window, the age is not
        JsonNode later = body(http.get(URL.formatted(TOO_OLD) + "?date=2029-06-01", "eligit-admin", PASSWORD));
        assertThat(later.get("reasons").toString()).contains("AGE").doesNotContain("DISCIPLINE");
        // before the decision the punishment did not exist yet; the 57th birthday (1 January 2025) was still ahead
        JsonNode before = body(http.get(URL.formatted(TOO_OLD) + "?date=2024-05-01", "eligit-admin", PASSWORD));
        assertThat(before.get("reasons").toString()).doesNotContain("AGE").doesNotContain("DISCIPLINE").contains("PERFORMANCE");
    }

    @Test
    void theDateDefaultsToTodayInTheInstanceZone() {
        JsonNode b = body(http.get(URL.formatted(ELIGIBLE), "eligit-admin", PASSWORD));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(b.get("date").asString()).isIn(today.toString(), today.minusDays(1).toString(), today.plusDays(1).toString());
    }

    @Test
    void scopeAndBadInput() {
        HttpResponse<String> otherOpd = http.get(URL.formatted(OTHER_OPD) + "?date=2026-03-01", "eligit-head-a", PASSWORD);
        assertThat(otherOpd.statusCode()).isEqualTo(403);
        assertThat(otherOpd.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(http.get(URL.formatted(TOO_OLD), "eligit-emp", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get(URL.formatted(ELIGIBLE), "eligit-assessor", PASSWORD).statusCode()).isIn(403, 404);
        assertThat(http.get(URL.formatted(ELIGIBLE), null, null).statusCode()).isEqualTo(401);
        assertThat(http.get(URL.formatted("999999999999999999"), "eligit-admin", PASSWORD).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = http.get(URL.formatted(ELIGIBLE) + "?date=2026-02-30", "eligit-admin", PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(body(bad).get("status").asInt()).isEqualTo(400);
        assertThat(body(bad).has("title")).isTrue();
        assertThat(body(bad).has("detail")).isTrue();
    }

    /**
     * The employee page's "Kelayakan jabatan" section: the three post kinds for today with the unmet conditions in words
     * (no raw codes), the retirement date of the current post (Administrator: 58, PP 11/2017 Ps 239); for a PPPK only
     * the note that the checks are for PNS.
     */
    @Test
    void theEmployeePageShowsTheEligibilitySection() {
        UiSession ui = new UiSession(port);
        assertThat(ui.login("eligit-admin", PASSWORD)).isEqualTo("/");
        String page = ui.get("/employees/" + TOO_OLD).body();
        assertThat(page).contains("id=\"employee-eligibility\"").contains("Kelayakan jabatan").contains("JPT Pratama")
                .contains("Administrator").contains("Pengawas").contains("Belum memenuhi syarat")
                .contains("Lahir 1 Januari 1968").contains("Batas usia pensiun pada jabatan sekarang (Administrator): 58 tahun, dicapai pada 1 Januari 2026")
                .doesNotContain("SANGAT_BAIK").doesNotContain("EMPLOYEE_TYPE");
        String eligible = ui.get("/employees/" + ELIGIBLE).body();
        assertThat(eligible).contains("Memenuhi syarat").contains("dicapai pada 15 Juni 2033");
        String contract = ui.get("/employees/" + CONTRACT).body();
        assertThat(contract).contains("dihitung hanya untuk PNS").doesNotContain("Belum memenuhi syarat");
    }

    /** Issue 15 item 5: the career path names the next post, each requirement, and the earliest day it is met. */
    @Test
    void theEmployeePageShowsTheCareerPath() {
        UiSession ui = new UiSession(port);
        assertThat(ui.login("eligit-admin", PASSWORD)).isEqualTo("/");
        String junior = ui.get("/employees/" + JUNIOR).body();
        assertThat(junior).contains("id=\"employee-career\"").contains("Jalur karier").contains("Struktural")
                .contains("Masa jabatan pada jenjang sebelumnya").contains("Paling cepat terpenuhi: 1 Maret 2028");
        String tooOld = ui.get("/employees/" + TOO_OLD).body();
        assertThat(tooOld).contains("id=\"employee-career\"").contains("Tidak terpenuhi hanya dengan menunggu");
        String eligible = ui.get("/employees/" + ELIGIBLE).body();
        assertThat(eligible.substring(eligible.indexOf("id=\"employee-career\""))).contains("JPT Pratama")
                .doesNotContain("Paling cepat terpenuhi");
        // an employee sees their own path
        UiSession own = new UiSession(port);
        assertThat(own.login("eligit-emp", PASSWORD)).isEqualTo("/");
        assertThat(own.get("/employees/" + ELIGIBLE).body()).contains("id=\"employee-career\"");
    }
}
