package id.merit.unitassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.unitassessment.domain.LeagueCalculator;
import id.merit.unitassessment.domain.TeamBody;
import id.merit.unitassessment.domain.UnitAssessmentService;
import id.merit.unitassessment.domain.UnitDetail;
import id.merit.unitassessment.rules.Aspect;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 item 8 on PostgreSQL: two top-level OPDs (one with a sub-unit) with ASN, an honorary employee (not counted),
 * SKP predicates, punishments inside and outside the year and registry data of different completeness; the team records
 * innovations and awards with evidence, and the league table, one OPD's drill-down, the scope and the API are read back.
 * Attendance has no data for these staff, so the discipline aspect is the punishment part alone (no data is not absence).
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitAssessmentIT {
    private static final int YEAR = 2025;
    private static final byte[] PDF = "%PDF-1.4\n%unit\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitAssessmentService service;
    @Autowired
    UnitAssessmentQueries queries;
    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;

    String a;
    String b;
    String e1;
    String e2;
    String e4;
    long inspector;

    @BeforeAll
    void setUp() {
        String t = "UA" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36, 36L * 36 * 36 * 36), 36).toUpperCase();
        a = t + "A";
        b = t + "B";
        int seq = ThreadLocalRandom.current().nextInt(1, 990);
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 5000));
        e1 = Nip.compose(born, YearMonth.of(2003, 1), 'M', seq);
        e2 = Nip.compose(born, YearMonth.of(2003, 2), 'F', seq);
        e4 = Nip.compose(born, YearMonth.of(2003, 4), 'M', seq);
        TestUsers.runAs(Role.OFFICER, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(a, "Dinas Unit " + t, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(a + "-UPT", "UPT Unit " + t, OpdKind.UPT, a, null, null, null));
            opds.upsert(new OpdCommands.OpdData(b, "Badan Unit " + t, OpdKind.BADAN, null, null, null, null));
            // e1: PNS with rank, position, phone and e-mail, no education or training → 4 of 6 items = 66 %
            employees.upsert(new EmployeeData(e1, "Ani Unit", Gender.M, born, EmployeeType.PNS, a, "III/a", "Analis", PositionKind.PELAKSANA,
                    null, null, null, null, "0811", "ani@example.go.id"));
            // e2 (in the sub-unit): PNS with rank and position only → 2 of 6 = 33 %
            employees.upsert(new EmployeeData(e2, "Budi Unit", Gender.F, born, EmployeeType.PNS, a + "-UPT", "II/c", "Pengemudi",
                    PositionKind.PELAKSANA, null, null, null, null));
            // honorary staff: not ASN, counted in no aspect
            employees.upsert(new EmployeeData(t + "-PHL", "Citra Unit", Gender.M, LocalDate.of(1990, 1, 1), EmployeeType.NON_ASN_PHL, a, null,
                    "Petugas", PositionKind.PELAKSANA, null, null, null, null));
            // e4: PPPK (no rank item) with position, phone and e-mail → 3 of 5 = 60 %
            employees.upsert(new EmployeeData(e4, "Dedi Unit", Gender.M, born, EmployeeType.PPPK, b, null, "Guru", PositionKind.FUNGSIONAL,
                    null, null, null, null, "0812", "dedi@example.go.id"));
        } finally {
            TestUsers.clear();
        }
        annual(e1, "BAIK");
        annual(e2, "KURANG");
        punishment(e2, a + "-UPT", "RINGAN", "TEGURAN_LISAN", "2025-04-01");
        punishment(e4, b, "RINGAN", "TEGURAN_TERTULIS", "2024-11-01"); // decided the year before: not counted in 2025
        TestUsers.runAs(Role.OFFICER, null, null);
        try {
            inspector = service.addMember(YEAR, TeamBody.INSPECTORATE, "Irma Inspektur " + t, "Auditor Ahli Muda");
            service.addMember(YEAR, TeamBody.BKD, "Bayu BKD " + t, null);
            service.record(YEAR, a, new UnitAssessmentService.NewEntry(Aspect.INNOVATION, "Layanan daring", "Izin usaha daring", 30, inspector),
                    new UnitAssessmentService.Evidence("inovasi.pdf", PDF));
            service.record(YEAR, a, new UnitAssessmentService.NewEntry(Aspect.INNOVATION, "Aplikasi antrean", null, 80, inspector),
                    new UnitAssessmentService.Evidence("antrean.pdf", PDF));
            service.record(YEAR, a, new UnitAssessmentService.NewEntry(Aspect.AWARDS, "Penghargaan provinsi", null, 25, inspector),
                    new UnitAssessmentService.Evidence("piagam.pdf", PDF));
        } finally {
            TestUsers.clear();
        }
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void leagueTableScoresEveryAspect() {
        Map<String, UnitScore> rows = queries.leagueTable(YEAR).stream().collect(Collectors.toMap(UnitScore::opdCode, Function.identity()));
        UnitScore ua = rows.get(a);
        // A: 2 ASN (the sub-unit's included, the honorary one not); 1 of 2 Baik; 1 of 2 punished in 2025;
        // innovations 30 + 80 capped at 100; awards 25; completeness (66 + 33) / 2
        assertThat(ua.staff()).isEqualTo(2);
        assertThat(ua.performance()).isEqualByComparingTo("50.00");
        assertThat(ua.discipline()).isEqualByComparingTo("50.00");
        assertThat(ua.innovation()).isEqualByComparingTo("100.00");
        assertThat(ua.awards()).isEqualByComparingTo("25.00");
        assertThat(ua.dataCompliance()).isEqualByComparingTo("49.50");
        assertThat(ua.total()).isEqualByComparingTo("54.90"); // (50 + 50 + 100 + 25 + 49.5) / 5
        UnitScore ub = rows.get(b);
        // B: 1 ASN, unrated; the 2024 punishment is outside the year; nothing recorded; completeness 60
        assertThat(ub.staff()).isEqualTo(1);
        assertThat(ub.performance()).isEqualByComparingTo("0.00");
        assertThat(ub.discipline()).isEqualByComparingTo("100.00");
        assertThat(ub.innovation()).isEqualByComparingTo("0.00");
        assertThat(ub.awards()).isEqualByComparingTo("0.00");
        assertThat(ub.dataCompliance()).isEqualByComparingTo("60.00");
        assertThat(ub.total()).isEqualByComparingTo("32.00");
        assertThat(ua.rank()).isPositive().isLessThan(ub.rank());
        assertThat(rows).doesNotContainKey(a + "-UPT"); // sub-units count with their top-level OPD
    }

    @Test
    void theLeaguePageShowsANewEntryAndSaysHowLongItKeepsItsTable() {
        // the tests keep nothing (merit.unit-assessment.cache-seconds=0); keeping itself is KeptValuesTests' subject
        TestUsers.runAs(Role.OFFICER, null, null);
        LeagueCalculator.Kept first = service.keptLeague(YEAR);
        assertThat(first.keptSeconds()).isZero();
        assertThat(first.computedAt()).isNotNull();
        assertThat(first.league().rows()).extracting(UnitScore::opdCode).contains(a, b);
        int awardsBefore = first.league().rows().stream().filter(r -> r.opdCode().equals(b)).findFirst().orElseThrow().awards().intValue();

        long entry = service.record(YEAR, b, new UnitAssessmentService.NewEntry(Aspect.AWARDS, "Penghargaan kabupaten", null, 40, inspector),
                new UnitAssessmentService.Evidence("piagam-b.pdf", PDF));
        LeagueCalculator.Kept after = service.keptLeague(YEAR);
        assertThat(after.league().rows().stream().filter(r -> r.opdCode().equals(b)).findFirst().orElseThrow().awards().intValue())
                .isEqualTo(awardsBefore + 40);
        service.delete(YEAR, entry);
        assertThat(service.keptLeague(YEAR).league().rows().stream().filter(r -> r.opdCode().equals(b)).findFirst().orElseThrow()
                .awards().intValue()).isEqualTo(awardsBefore);
    }

    @Test
    void drillDownShowsTheRecordsBehindEachAspect() {
        TestUsers.runAs(Role.REGENT, null, null);
        UnitDetail d = service.detail(YEAR, a).detail();
        assertThat(d.performance().due()).isEqualTo(2);
        assertThat(d.performance().baikOrBetter()).isEqualTo(1);
        assertThat(d.performance().unrated()).isZero();
        assertThat(d.discipline().punishments()).extracting(UnitDetail.Punished::nip).containsExactly(e2);
        assertThat(d.discipline().coveredDays()).isZero();
        assertThat(d.innovations()).extracting(en -> en.title()).containsExactly("Aplikasi antrean", "Layanan daring");
        assertThat(d.innovations()).allSatisfy(en -> {
            assertThat(en.enteredBy()).isEqualTo("officer");
            assertThat(en.assessorBody()).isEqualTo(TeamBody.INSPECTORATE);
            assertThat(en.evidenceContentType()).isEqualTo("application/pdf");
        });
        assertThat(d.awards()).extracting(en -> en.points()).containsExactly(25);
        assertThat(d.dataCompliance().staff()).isEqualTo(2);
        assertThat(d.dataCompliance().complete()).isZero();
        assertThat(d.dataCompliance().missingByItem()).containsEntry("EDUCATION", 2).containsEntry("PHONE", 1).containsEntry("EMAIL", 1)
                .containsEntry("RECENT_TRAINING", 2).doesNotContainKey("RANK");
        assertThat(d.dataCompliance().leastComplete()).extracting(UnitDetail.Incomplete::nip).containsExactly(e2, e1);
    }

    @Test
    void anOpdHeadSeesOnlyTheirOwnUnit() {
        TestUsers.runAs(Role.OPD_HEAD, a, null);
        LeagueCalculator.League own = service.league(YEAR);
        assertThat(own.rows()).extracting(UnitScore::opdCode).containsExactly(a);
        assertThat(service.detail(YEAR, a).detail().score().opdCode()).isEqualTo(a);
        assertThatThrownBy(() -> service.detail(YEAR, b)).isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> service.record(YEAR, a, new UnitAssessmentService.NewEntry(Aspect.AWARDS, "Sendiri", null, 50, inspector),
                new UnitAssessmentService.Evidence("x.pdf", PDF))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        TestUsers.runAs(Role.EMPLOYEE, null, e1);
        assertThatThrownBy(() -> service.league(YEAR)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void badEntriesAreRefusedAndNothingIsWritten() {
        TestUsers.runAs(Role.OFFICER, null, null);
        int before = entries(a);
        assertThatThrownBy(() -> service.record(YEAR, a, new UnitAssessmentService.NewEntry(Aspect.AWARDS, "Palsu", null, 10, inspector),
                new UnitAssessmentService.Evidence("bukti.pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BusinessProblem.class).hasMessage("unitassessment.entry.error.evidenceType");
        assertThatThrownBy(() -> service.record(YEAR, a, new UnitAssessmentService.NewEntry(Aspect.AWARDS, "Terlalu banyak", null, 101, inspector),
                new UnitAssessmentService.Evidence("bukti.pdf", PDF))).hasMessage("unitassessment.entry.error.points");
        assertThatThrownBy(() -> service.record(YEAR, a, new UnitAssessmentService.NewEntry(Aspect.PERFORMANCE, "Bukan catatan", null, 10, inspector),
                new UnitAssessmentService.Evidence("bukti.pdf", PDF))).hasMessage("unitassessment.entry.error.aspect");
        assertThatThrownBy(() -> service.record(2024, a, new UnitAssessmentService.NewEntry(Aspect.AWARDS, "Tim lain", null, 10, inspector),
                new UnitAssessmentService.Evidence("bukti.pdf", PDF))).hasMessage("unitassessment.entry.error.assessor");
        assertThatThrownBy(() -> service.record(YEAR, a + "-UPT", new UnitAssessmentService.NewEntry(Aspect.AWARDS, "Sub-unit", null, 10, inspector),
                new UnitAssessmentService.Evidence("bukti.pdf", PDF))).hasMessage("unitassessment.error.opd");
        assertThat(entries(a)).isEqualTo(before);
        // the member who assessed entries cannot leave the team
        assertThatThrownBy(() -> service.removeMember(YEAR, inspector)).hasMessage("unitassessment.team.error.inUse");
    }

    @Test
    void writesAreAudited() {
        Integer audited = jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'UNIT_ASSESSMENT' AND actor = 'officer'"
                + " AND action = 'CREATE' AND entity_key LIKE ?", Integer.class, a + " " + YEAR + " #%");
        assertThat(audited).isEqualTo(3);
    }

    @Test
    void theApiAnswersTheLeagueTable() throws Exception {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(s -> true, (rq, rs) -> { }).build();
        ResponseEntity<String> r = http.get().uri("/api/v1/unit-assessments/" + YEAR).headers(h -> h.setBasicAuth("admin", adminPassword))
                .retrieve().toEntity(String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        JsonNode j = JsonMapper.builder().build().readTree(r.getBody());
        assertThat(j.get("year").asInt()).isEqualTo(YEAR);
        assertThat(j.get("ruleSet").get("weights").get("PERFORMANCE").asInt()).isEqualTo(20);
        JsonNode unit = null;
        for (JsonNode u : j.get("units")) {
            if (u.get("opdCode").asString().equals(a)) {
                unit = u;
            }
        }
        assertThat(unit).isNotNull();
        assertThat(unit.get("total").decimalValue()).isEqualByComparingTo("54.90");
        assertThat(unit.get("staff").asInt()).isEqualTo(2);
        ResponseEntity<String> future = http.get().uri("/api/v1/unit-assessments/2099").headers(h -> h.setBasicAuth("admin", adminPassword))
                .retrieve().toEntity(String.class);
        assertThat(future.getStatusCode().value()).isEqualTo(404);
    }

    int entries(String opd) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM unitassessment.entry e JOIN orgunit.opd o ON o.id = e.opd_id WHERE o.code = ?",
                Integer.class, opd);
        return n == null ? 0 : n;
    }

    void annual(String nip, String predicate) {
        jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, results_rating, behaviour_rating, predicate) "
                + "SELECT id, ?, 'ANNUAL', NULL, NULL, ? FROM employee.employee WHERE nip = ?", YEAR, predicate, nip);
    }

    void punishment(String nip, String opd, String level, String kind, String decided) {
        jdbc.update("INSERT INTO discipline.punishment (employee_id, opd_id, level, kind, decision_date, effective_date, source) "
                + "SELECT e.id, o.id, ?, ?, ?::date, ?::date, 'IMPORT' FROM employee.employee e, orgunit.opd o WHERE e.nip = ? AND o.code = ?",
                level, kind, decided, decided, nip, opd);
    }
}
