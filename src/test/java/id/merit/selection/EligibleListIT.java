package id.merit.selection;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.selection.domain.EligibilityService;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Pegawai yang memenuhi syarat" ({@code GET /selection/eligible}, issue 14 item 6): one set-based run over the registry
 * lists exactly the PNS who meet the JPT Pratama conditions on the day — here on both sides of the 57th birthday (on
 * 15 July 2025 a PNS born 16 July 1968 is still 56, one born 15 July 1968 turns 57 that day and fails AGE) and of the
 * two performance years (a KURANG in 2024 fails PERFORMANCE); the OPD filter; the agreement with the per-employee API;
 * and who may open it (ADMIN, OFFICER, REGENT; OPD_HEAD, EMPLOYEE, ASSESSOR 403).
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibleListIT {
    static final String OPD_A = "ELIST-A";
    static final String OPD_B = "ELIST-B";
    static final LocalDate DAY = LocalDate.of(2025, 7, 15);
    static final String STILL_56 = Nip.compose(LocalDate.of(1968, 7, 16), YearMonth.of(1995, 3), 'M', 771);
    static final String TURNS_57 = Nip.compose(LocalDate.of(1968, 7, 15), YearMonth.of(1995, 3), 'F', 772);
    static final String LOW_SKP = Nip.compose(LocalDate.of(1975, 1, 10), YearMonth.of(2001, 3), 'M', 773);
    static final String OTHER_OPD = Nip.compose(LocalDate.of(1976, 2, 11), YearMonth.of(2002, 3), 'F', 774);
    static final String PASSWORD = "Rahasia#2026x";
    static final String PAGE = "/selection/eligible?date=2025-07-15&kind=JPT_PRATAMA&opd=";

    @Autowired
    EmployeeDirectory directory;
    @Autowired
    EligibilityService eligibility;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    void registry() {
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(OPD_A, "Dinas Daftar Layak", OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(OPD_B, "Badan Daftar Layak", OpdKind.BADAN, null, null, null, null));
            candidate(STILL_56, "Sulis Limapuluhenam", Gender.M, LocalDate.of(1968, 7, 16), OPD_A, "BAIK");
            candidate(TURNS_57, "Tuti Limapuluhtujuh", Gender.F, LocalDate.of(1968, 7, 15), OPD_A, "BAIK");
            candidate(LOW_SKP, "Kurnia Kurangkinerja", Gender.M, LocalDate.of(1975, 1, 10), OPD_A, "KURANG");
            candidate(OTHER_OPD, "Oktavia Lainbadan", Gender.F, LocalDate.of(1976, 2, 11), OPD_B, "SANGAT_BAIK");
            users.createUnchecked(new NewUser("elist-admin", PASSWORD, Role.ADMIN, null, null, "Admin"), false);
            users.createUnchecked(new NewUser("elist-officer", PASSWORD, Role.OFFICER, null, null, "Petugas"), false);
            users.createUnchecked(new NewUser("elist-regent", PASSWORD, Role.REGENT, null, null, "Bupati"), false);
            users.createUnchecked(new NewUser("elist-head", PASSWORD, Role.OPD_HEAD, OPD_A, null, "Kepala A"), false);
            users.createUnchecked(new NewUser("elist-emp", PASSWORD, Role.EMPLOYEE, null, STILL_56, "Sulis"), false);
            users.createUnchecked(new NewUser("elist-assessor", PASSWORD, Role.ASSESSOR, null, null, "Asesor"), false);
        } finally {
            TestUsers.clear();
        }
    }

    /** An administrator since 2016 (nine years in post, twenty of service), S1; ANNUAL BAIK in 2023, {@code in2024} in 2024. */
    void candidate(String nip, String name, Gender gender, LocalDate birth, String opd, String in2024) {
        employees.upsert(new EmployeeData(nip, name, gender, birth, EmployeeType.PNS, opd, "IV/a", "Kepala Bidang",
                PositionKind.ADMINISTRATOR, null, null, null, null));
        employees.upsertPosition(nip, new PositionRecord("Analis", PositionKind.PELAKSANA, null, opd, LocalDate.of(2005, 1, 1),
                LocalDate.of(2015, 12, 31)));
        employees.upsertPosition(nip, new PositionRecord("Kepala Bidang", PositionKind.ADMINISTRATOR, null, opd, LocalDate.of(2016, 1, 1),
                null));
        employees.upsertEducation(nip, new EducationRecord(EducationLevel.S1, "Universitas Bengkulu", "Hukum", LocalDate.of(1998, 8, 1)));
        predicate(nip, 2023, "BAIK");
        predicate(nip, 2024, in2024);
    }

    void predicate(String nip, int year, String predicate) {
        jdbc.update("""
                INSERT INTO performance.evaluation (employee_id, year, period, predicate)
                SELECT id, ?, 'ANNUAL', ? FROM employee.employee WHERE nip = ?
                ON CONFLICT (employee_id, year, period) DO UPDATE SET predicate = EXCLUDED.predicate""", year, predicate, nip);
    }

    @AfterAll
    void clear() {
        TestUsers.clear();
    }

    UiSession as(String username) {
        UiSession ui = new UiSession(port);
        assertThat(ui.login(username, PASSWORD)).isEqualTo("/");
        return ui;
    }

    @Test
    void listsExactlyThoseWhoMeetTheConditionsOnBothSidesOfTheBoundaries() {
        var r = as("elist-admin").get(PAGE + OPD_A);
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("Pegawai yang memenuhi syarat").contains("id=\"eligible\"")
                .contains("1 dari 3 PNS memenuhi syarat JPT Pratama pada 15 Juli 2025");
        assertThat(page).contains(STILL_56).contains("Sulis Limapuluhenam");
        assertThat(page).doesNotContain(TURNS_57).doesNotContain(LOW_SKP).doesNotContain(OTHER_OPD);
        // the day before the 57th birthday she was still 56: listed then
        String before = as("elist-officer").get("/selection/eligible?date=2025-07-14&kind=JPT_PRATAMA&opd=" + OPD_A).body();
        assertThat(before).contains(STILL_56).contains(TURNS_57).doesNotContain(LOW_SKP)
                .contains("2 dari 3 PNS memenuhi syarat");
        // the other OPD's list has its own
        String other = as("elist-regent").get(PAGE + OPD_B).body();
        assertThat(other).contains(OTHER_OPD).doesNotContain(STILL_56).contains("1 dari 1 PNS");
    }

    @Test
    void agreesWithThePerEmployeeCheck() {
        Http http = new Http(port);
        String url = "/api/v1/employees/%s/eligibility/jpt-pratama?date=" + DAY;
        assertThat(http.get(url.formatted(STILL_56), "elist-admin", PASSWORD).body()).contains("\"eligible\":true");
        assertThat(http.get(url.formatted(TURNS_57), "elist-admin", PASSWORD).body()).contains("\"eligible\":false").contains("AGE");
        assertThat(http.get(url.formatted(LOW_SKP), "elist-admin", PASSWORD).body()).contains("\"eligible\":false").contains("PERFORMANCE");
    }

    /**
     * The set-based run (two stages: registry row and position history first, the other records only for those left)
     * answers exactly as the per-employee check, for every post kind on both sides of this test's boundaries, over
     * every PNS of the database (a spread sample of about 250 plus this test's own staff).
     */
    @Test
    void theSetBasedRunEqualsThePerEmployeeCheckForEveryKind() {
        List<EmployeeRef> pns = directory.allRefs().stream().filter(r -> r.employeeType() == EmployeeType.PNS).toList();
        int step = Math.max(1, pns.size() / 250);
        List<EmployeeRef> sample = new ArrayList<>();
        for (int i = 0; i < pns.size(); i++) {
            if (i % step == 0 || List.of(STILL_56, TURNS_57, LOW_SKP, OTHER_OPD).contains(pns.get(i).nip())) {
                sample.add(pns.get(i));
            }
        }
        int eligibleSomewhere = 0;
        for (LocalDate day : List.of(DAY, DAY.minusDays(1), LocalDate.of(2026, 1, 1))) {
            Map<String, EligibilityService.PostChecks> single = new HashMap<>();
            sample.forEach(r -> single.put(r.nip(), eligibility.posts(r.nip(), day)));
            for (PositionKind kind : List.of(PositionKind.JPT_PRATAMA, PositionKind.ADMINISTRATOR, PositionKind.PENGAWAS)) {
                List<String> expected = sample.stream().filter(r -> {
                    EligibilityService.PostChecks c = single.get(r.nip());
                    return switch (kind) {
                        case JPT_PRATAMA -> c.jptPratama().eligible();
                        case ADMINISTRATOR -> c.administrator().eligible();
                        default -> c.pengawas().eligible();
                    };
                }).map(EmployeeRef::nip).toList();
                assertThat(eligibility.eligibleOn(sample, day, kind)).as("%s on %s", kind, day)
                        .extracting(EmployeeRef::nip).containsExactlyElementsOf(expected);
                eligibleSomewhere += expected.size();
            }
        }
        assertThat(eligibleSomewhere).as("the comparison saw eligible staff").isPositive();
    }

    @Test
    void otherPostKindsDefaultsAndBadInput() {
        UiSession ui = as("elist-admin");
        var pengawas = ui.get("/selection/eligible?date=2025-07-15&kind=PENGAWAS&opd=" + OPD_A);
        assertThat(pengawas.statusCode()).isEqualTo(200);
        assertThat(pengawas.body()).contains("memenuhi syarat Pengawas pada 15 Juli 2025");
        var today = ui.get("/selection/eligible");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("memenuhi syarat JPT Pratama pada");
        assertThat(ui.get("/selection/eligible?opd=NO-SUCH-OPD").statusCode()).isEqualTo(404);
        assertThat(ui.get("/selection/eligible?kind=PELAKSANA").statusCode()).isEqualTo(404);
        // linked from the rounds page
        assertThat(ui.get("/selection/rounds").body()).contains("href=\"/selection/eligible\"");
    }

    @Test
    void onlyAdminOfficerAndRegent() {
        for (String who : new String[] {"elist-head", "elist-emp", "elist-assessor"}) {
            assertThat(as(who).get(PAGE + OPD_A).statusCode()).as(who).isEqualTo(403);
        }
        assertThat(as("elist-officer").get(PAGE + OPD_A).statusCode()).isEqualTo(200);
    }
}
