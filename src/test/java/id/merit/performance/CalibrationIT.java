package id.merit.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.performance.domain.CalibrationService;
import id.merit.performance.rules.DistributionCurve.OrgPredicate;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 item 7 on the whole application: an OPD's predicate distribution checked against its organisational
 * predicate, BKPSDM's return for review with its reason (audited, no rating changed), the OPD head's landing page and
 * scope, and refused input.
 */
@MeritIntegrationTest
class CalibrationIT {
    private static final String PASSWORD = "Kalibrasi#Skp2026";

    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    CalibrationService calibration;
    @Autowired
    JdbcTemplate jdbc;

    String suffix;
    String opd;
    String other;
    String head;
    int year;

    @BeforeEach
    void setUp() {
        long n = System.nanoTime() % 100_000;
        suffix = String.valueOf(n);
        opd = "KAL" + suffix;
        other = "KAX" + suffix;
        head = "kepala-kal" + suffix;
        year = 2000 + (int) (n % 20); // a past year of its own, so other tests' ratings do not mix in
        TestUsers.runAs(Role.ADMIN, null, null);
        opds.upsert(new OpdCommands.OpdData(opd, "Dinas Kalibrasi " + suffix, OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(opd + "-UPT", "UPT Kalibrasi " + suffix, OpdKind.UPT, opd, null, null, null));
        opds.upsert(new OpdCommands.OpdData(other, "Dinas Seberang " + suffix, OpdKind.DINAS, null, null, null, null));
        // ten rated ASN in the OPD (three in its UPT): 8 Baik, 2 Sangat Baik — over the 70 % cap of an OPD rated Baik
        for (int i = 0; i < 10; i++) {
            String nip = Nip.compose(LocalDate.of(1980, 1, 1).plusDays(n % 5000), YearMonth.of(2005, 1 + i), 'M', (int) (n % 900) + 1);
            employees.upsert(new EmployeeData(nip, "Pegawai " + i + " " + suffix, Gender.M, LocalDate.of(1980, 1, 1), EmployeeType.PNS,
                    i < 3 ? opd + "-UPT" : opd, "III/a", "Analis", PositionKind.PELAKSANA, null, null, null, null));
            jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, ?, 'ANNUAL', ? "
                    + "FROM employee.employee WHERE nip = ?", year, i < 2 ? "SANGAT_BAIK" : "BAIK", nip);
        }
        users.createUnchecked(new NewUser(head, PASSWORD, Role.OPD_HEAD, opd, null, "Kepala " + suffix), false);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void theCurveIsCheckedAgainstTheOrganisationsPredicateAndAReturnReachesTheHead() {
        CalibrationService.Row before = row(opd);
        assertThat(before.rated()).isEqualTo(10);
        assertThat(before.counts().get(SkpPredicate.BAIK)).isEqualTo(8);
        assertThat(before.withinCurve()).isNull(); // no organisational predicate yet

        calibration.setPredicate(year, opd, OrgPredicate.BAIK, "Capaian Perjanjian Kinerja 92 %");
        CalibrationService.Row baik = row(opd);
        assertThat(baik.withinCurve()).isFalse();
        assertThat(baik.checks()).extracting(c -> c.met()).containsExactly(false, false); // 80 % Baik; nobody below Baik
        calibration.setPredicate(year, opd, OrgPredicate.ISTIMEWA, "Capaian Perjanjian Kinerja 105 %");
        assertThat(row(opd).withinCurve()).isTrue(); // Sangat Baik 20 % <= 70 %

        long ratingsBefore = jdbc.queryForObject("SELECT count(*) FROM performance.evaluation WHERE year = ?", Long.class, year);
        calibration.returnForReview(year, opd, "Sebaran predikat perlu ditinjau ulang");
        assertThat(row(opd).returns()).extracting(CalibrationService.Return::reason).containsExactly("Sebaran predikat perlu ditinjau ulang");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.evaluation WHERE year = ?", Long.class, year)).isEqualTo(ratingsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'CALIBRATION_RETURN' AND entity_key = ?",
                Long.class, year + "/" + opd)).isEqualTo(1);

        // refused input: a sub-unit, HTML, no reason; nothing stored
        assertThatThrownBy(() -> calibration.returnForReview(year, opd + "-UPT", "x")).isInstanceOf(BusinessProblem.class)
                .hasMessage("performance.calibration.error.topLevel");
        assertThatThrownBy(() -> calibration.returnForReview(year, opd, "<b>tinjau</b>")).isInstanceOf(BusinessProblem.class)
                .hasMessage("form.error.noHtml");
        assertThatThrownBy(() -> calibration.setPredicate(year, opd, OrgPredicate.BAIK, "  ")).isInstanceOf(BusinessProblem.class)
                .hasMessage("performance.calibration.error.required");
        assertThat(row(opd).returns()).hasSize(1);

        // the head sees their OPD only, and cannot record anything
        UiSession ui = new UiSession(port);
        assertThat(ui.login(head, PASSWORD)).isEqualTo("/");
        String page = ui.get("/performance/calibration/" + year + "?returned").body();
        assertThat(page).contains("Dinas Kalibrasi " + suffix).contains("Sebaran predikat perlu ditinjau ulang")
                .doesNotContain("Dinas Seberang " + suffix).doesNotContain("calibration-actions");
        assertThat(ui.post("/performance/calibration/" + year + "/opds/" + opd + "/return", "reason=x").statusCode()).isEqualTo(403);
    }

    @Test
    void eachRatersSharesAreComparedWithTheOpdAndTheRegency() {
        // five staff rated above/above by one account (10 ratings, 100 % above), five below/meets by another (50 % below)
        jdbc.update("""
                UPDATE performance.evaluation v SET source = 'RATING', results_rating = x.r, behaviour_rating = x.b, rated_by = x.who
                  FROM (SELECT e.id, CASE WHEN row_number() OVER (ORDER BY e.nip) <= 5 THEN 'ABOVE' ELSE 'BELOW' END r,
                               CASE WHEN row_number() OVER (ORDER BY e.nip) <= 5 THEN 'ABOVE' ELSE 'MEETS' END b,
                               CASE WHEN row_number() OVER (ORDER BY e.nip) <= 5 THEN 'murah' ELSE 'ketat' END || ? who
                          FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id WHERE o.code IN (?, ?)) x
                 WHERE v.employee_id = x.id AND v.year = ?""", suffix, opd, opd + "-UPT", year);
        CalibrationService.Raters raters = calibration.raters(year);
        CalibrationService.RaterGroup group = raters.groups().stream().filter(g -> g.opdCode().equals(opd)).findFirst().orElseThrow();
        assertThat(group.counts()).isEqualTo(new id.merit.performance.rules.RaterLeniency.Counts(10, 5, 5));
        assertThat(group.raters()).extracting(CalibrationService.Rater::username, r -> r.evaluations(), r -> r.againstOpd())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ketat" + suffix, 5L, id.merit.performance.rules.RaterLeniency.Verdict.SEVERE),
                        org.assertj.core.groups.Tuple.tuple("murah" + suffix, 5L, id.merit.performance.rules.RaterLeniency.Verdict.LENIENT));
        assertThat(raters.groups().stream().filter(g -> g.opdCode().equals(other)).findFirst().orElseThrow().raters()).isEmpty();

        UiSession ui = new UiSession(port);
        assertThat(ui.login(head, PASSWORD)).isEqualTo("/");
        String page = ui.get("/performance/calibration/" + year + "/raters").body();
        assertThat(page).contains("murah" + suffix).contains("Cenderung murah").contains("Cenderung ketat")
                .contains("Dinas Kalibrasi " + suffix).doesNotContain("Dinas Seberang " + suffix);
    }

    private CalibrationService.Row row(String code) {
        return calibration.year(year).stream().filter(r -> r.opdCode().equals(code)).findFirst().orElseThrow();
    }
}
