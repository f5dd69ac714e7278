package id.merit.talent;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.PostCommands;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.time.Clock;
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
 * Succession for key posts on the whole application and real PostgreSQL: a key Administrator post with one holder who
 * reaches the retirement age (58) within two years and two slots (vacant), a pool candidate ready now, one ready in
 * 1–2 years (three years as Pengawas reached in one year) with a higher JPM (ranked first), one ready now with the same
 * JPM but a lower box, and an eligible employee outside the pool (too few JP) who is not listed; the OPD head's scope
 * and the refusals. Performance and assessment rows are plain SQL fixtures, relative to the application's clock.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuccessionIT {

    static final String OPD_A = "SUCIT-A";
    static final String OPD_B = "SUCIT-B";
    static final String POST_A = "SUCIT-A-KABID";
    static final String POST_B = "SUCIT-B-KABID";
    static final String PASSWORD = "Rahasia#2026x";
    static final String NOW_9 = Nip.compose(LocalDate.of(1985, 1, 10), YearMonth.of(2009, 3), 'F', 941);
    static final String NOW_8 = Nip.compose(LocalDate.of(1985, 2, 11), YearMonth.of(2009, 3), 'M', 942);
    static final String LATER = Nip.compose(LocalDate.of(1986, 3, 12), YearMonth.of(2010, 3), 'F', 943);
    static final String OUTSIDE = Nip.compose(LocalDate.of(1986, 4, 13), YearMonth.of(2010, 3), 'M', 944);
    static final String OTHER_OPD = Nip.compose(LocalDate.of(1986, 5, 14), YearMonth.of(2010, 3), 'M', 945);
    String holder;
    LocalDate today;

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    id.merit.talent.domain.TalentStore store;
    @Autowired
    OpdCommands opds;
    @Autowired
    PostCommands posts;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @BeforeAll
    void registry() {
        today = LocalDate.now(clock);
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        opds.upsert(new OpdCommands.OpdData(OPD_A, "Dinas Uji Suksesi", OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(OPD_B, "Badan Uji Suksesi Lain", OpdKind.BADAN, null, null, null, null));
        posts.upsert(new PostCommands.PostData(POST_A, OPD_A, "Kepala Bidang Uji Suksesi", "ADMINISTRATOR", null, null, 2, true, null));
        posts.upsert(new PostCommands.PostData(POST_B, OPD_B, "Kepala Bidang Lain Uji Suksesi", "ADMINISTRATOR", null, null, 1, true, null));

        // the holder: born 57 years ago → reaches 58 (Administrator, PP 11/2017 Ps 239) within two years
        LocalDate born = today.minusYears(57).minusMonths(1);
        holder = Nip.compose(born, YearMonth.of(1995, 3), 'M', 940);
        employee(holder, "Hadi Pemangku", born, OPD_A, PositionKind.ADMINISTRATOR);
        employees.upsertPosition(holder, new PositionRecord("Kepala Bidang Uji Suksesi", PositionKind.ADMINISTRATOR, null, OPD_A,
                LocalDate.of(2020, 1, 2), null, POST_A));

        // ready now, box 9: S1, Pengawas since 2015, SANGAT_BAIK 2025, BAIK 2024, JPM 75, potential 85, 24 JP in 2025
        candidate(NOW_9, "Nina Siap", LocalDate.of(1985, 1, 10), OPD_A, LocalDate.of(2015, 1, 5), "SANGAT_BAIK", "75", 24);
        // ready now, box 8 (BAIK 2025, potential 85): same JPM, ranked after box 9
        candidate(NOW_8, "Nando Delapan", LocalDate.of(1985, 2, 11), OPD_A, LocalDate.of(2015, 1, 5), "BAIK", "75", 24);
        // ready in 1–2 years: Pengawas for two years only (three reached next year), the highest JPM → ranked first
        candidate(LATER, "Lina Nanti", LocalDate.of(1986, 3, 12), OPD_A, today.minusYears(2), "SANGAT_BAIK", "90", 24);
        // eligible, highest JPM, but only 10 JP in 2025 → not in the talent pool, not listed
        candidate(OUTSIDE, "Oskar Luar", LocalDate.of(1986, 4, 13), OPD_A, LocalDate.of(2015, 1, 5), "SANGAT_BAIK", "95", 10);
        // ready now, but of another OPD: BKPSDM sees them, the OPD head of OPD_A does not
        candidate(OTHER_OPD, "Omar Seberang", LocalDate.of(1986, 5, 14), OPD_B, LocalDate.of(2015, 1, 5), "SANGAT_BAIK", "70", 24);

        users.createUnchecked(new NewUser("sucit-head-a", PASSWORD, Role.OPD_HEAD, OPD_A, null, "Kepala A"), false);
        users.createUnchecked(new NewUser("sucit-regent", PASSWORD, Role.REGENT, null, null, "Bupati"), false);
        users.createUnchecked(new NewUser("sucit-assessor", PASSWORD, Role.ASSESSOR, null, null, "Asesor"), false);
        users.createUnchecked(new NewUser("sucit-emp", PASSWORD, Role.EMPLOYEE, null, NOW_9, "Nina"), false);
        // predicates and assessments went in by SQL (no StaffRecordsChanged, as a bulk load): store the 9-box of 2025 from them
        store.compute(2025);
        SecurityContextHolder.clearContext();
    }

    void employee(String nip, String name, LocalDate born, String opd, PositionKind kind) {
        employees.upsert(new EmployeeData(nip, name, Gender.F, born, EmployeeType.PNS, opd, "III/c", "Kepala Seksi", kind,
                null, null, null, null));
        employees.upsertEducation(nip, new EducationRecord(EducationLevel.S1, "Universitas Bengkulu", "Hukum", born.plusYears(22)));
    }

    void candidate(String nip, String name, LocalDate born, String opd, LocalDate pengawasSince, String predicate2025, String jpm,
                   int hours2025) {
        employee(nip, name, born, opd, PositionKind.PENGAWAS);
        employees.upsertPosition(nip, new PositionRecord("Kepala Seksi", PositionKind.PENGAWAS, null, opd, pengawasSince, null, null));
        employees.upsertTraining(nip, new TrainingRecord(TrainingKind.TEKNIS, "Pelatihan Kepemimpinan", hours2025, LocalDate.of(2025, 9, 12)));
        for (int y = 2022; y <= today.getYear() - 1; y++) {
            evaluation(nip, y, y == 2025 ? predicate2025 : "BAIK");
        }
        jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score) "
                + "SELECT id, DATE '2025-05-10', 'SELECTION', CAST(? AS numeric), 85 FROM employee.employee WHERE nip = ?", jpm, nip);
    }

    void evaluation(String nip, int year, String predicate) {
        jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, ?, 'ANNUAL', ? "
                + "FROM employee.employee WHERE nip = ?", year, predicate, nip);
    }

    static String section(String page, String post) {
        int from = page.indexOf("id=\"post-" + post + "\"");
        assertThat(from).as("section of " + post).isNotNegative();
        int to = page.indexOf("<section", from + 1);
        return to < 0 ? page.substring(from) : page.substring(from, to);
    }

    @Test
    void theBoardRanksPoolCandidatesByJpmThenBoxWithTheirReadinessAndFlagsThePost() {
        UiSession admin = new UiSession(port);
        admin.login("admin", adminPassword);
        var r = admin.get("/talent/succession?year=2025");
        assertThat(r.statusCode()).isEqualTo(200);
        String post = section(r.body(), POST_A);
        assertThat(post).contains("Kepala Bidang Uji Suksesi", "Hadi Pemangku", "flag-vacant", "flag-retiring", "Lowong",
                "Pemangku pensiun dalam 2 tahun");
        assertThat(post).contains("data-nip=\"" + LATER + "\" data-readiness=\"READY_1_2_YEARS\"",
                "data-nip=\"" + NOW_9 + "\" data-readiness=\"READY_NOW\"", "data-nip=\"" + NOW_8 + "\" data-readiness=\"READY_NOW\"",
                "data-nip=\"" + OTHER_OPD + "\" data-readiness=\"READY_NOW\"", "Siap sekarang", "Siap 1–2 tahun", "90,00");
        assertThat(post).doesNotContain(OUTSIDE, "data-nip=\"" + holder + "\"", "READY_NOW<", "ADMINISTRATOR<");
        assertThat(post.indexOf(LATER)).isLessThan(post.indexOf(NOW_9));
        assertThat(post.indexOf(NOW_9)).isLessThan(post.indexOf(NOW_8));
        assertThat(post.indexOf(NOW_8)).isLessThan(post.indexOf(OTHER_OPD));
        assertThat(r.body()).contains("id=\"post-" + POST_B + "\"");

        // the on-demand ranking of one post: the same order
        String one = admin.get("/talent/succession/posts/" + POST_A + "?year=2025").body();
        assertThat(one.indexOf(LATER)).isPositive().isLessThan(one.indexOf(NOW_9));
        assertThat(one.indexOf(NOW_9)).isLessThan(one.indexOf(NOW_8));
        assertThat(one).doesNotContain(OUTSIDE);
        assertThat(admin.get("/talent/succession/posts/SUCIT-NONE").statusCode()).isEqualTo(404);
        // a post's page links to its ranking
        assertThat(admin.get("/posts/" + POST_A).body()).contains("/talent/succession/posts/" + POST_A);
    }

    @Test
    void theOpdHeadSeesTheirOwnKeyPostsAndPoolOnly() {
        UiSession head = new UiSession(port);
        head.login("sucit-head-a", PASSWORD);
        var r = head.get("/talent/succession?year=2025");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"post-" + POST_A + "\"").doesNotContain("id=\"post-" + POST_B + "\"", OTHER_OPD);
        assertThat(section(r.body(), POST_A)).contains(NOW_9, LATER);
        assertThat(head.get("/talent/succession/posts/" + POST_A + "?year=2025").statusCode()).isEqualTo(200);
        assertThat(head.get("/talent/succession/posts/" + POST_B + "?year=2025").statusCode()).isEqualTo(403);
    }

    @Test
    void theRegentSeesEveryOpdAndOtherRolesAreRefused() {
        UiSession regent = new UiSession(port);
        regent.login("sucit-regent", PASSWORD);
        assertThat(regent.get("/talent/succession?year=2025").body()).contains("id=\"post-" + POST_B + "\"", OTHER_OPD);
        for (String user : new String[] {"sucit-assessor", "sucit-emp"}) {
            UiSession s = new UiSession(port);
            s.login(user, PASSWORD);
            assertThat(s.get("/talent/succession?year=2025").statusCode()).as(user).isEqualTo(403);
            assertThat(s.get("/talent/succession/posts/" + POST_A).statusCode()).as(user).isEqualTo(403);
        }
    }
}
