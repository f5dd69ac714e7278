package id.merit.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.merit.audit.AuditEntry;
import id.merit.audit.AuditLog;
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
import id.merit.performance.domain.ComplianceService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
 * SKP periods, per-OPD deadlines and compliance (issue 12 items 1 and 6) on the whole application and PostgreSQL:
 * BKPSDM opens a period, extends one OPD's deadline with a required reason (kept and audited), ratings are refused
 * outside an open ANNUAL period, the compliance counts (due, rated, missing, late) per OPD with its sub-units, and the
 * neglect (pembiaran) flag that clears when the OPD completes; the OPD head's and the regent's landing pages.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkpComplianceIT {

    private static final String PASSWORD = "Rahasia#2026x";
    /** The compliance year: its ANNUAL period is opened by the test with a deadline long past (today is the real clock's). */
    private static final int YEAR = 2024;
    private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 31);

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
    ComplianceService compliance;
    @Autowired
    AuditLog audit;

    private MockMvc mvc;
    private final Map<Role, UserDetails> as = new EnumMap<>(Role.class);
    private String opdA;
    private String opdA1;
    private String opdB;
    private String nameA;
    private String nameB;
    private String a1;
    private String a2;
    private String honorary;
    private String b1;
    private String headA;
    private String headB;

    @BeforeAll
    void registry() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        long n = System.nanoTime() % 100_000;
        opdA = "SKC-A" + n;
        opdA1 = "SKC-A1" + n;
        opdB = "SKC-B" + n;
        nameA = "Dinas Kepatuhan " + n;
        nameB = "Badan Kepatuhan " + n;
        headA = "Kepala Akun " + n;
        headB = "Kepala Jabatan " + n;
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(n % 5000);
        a1 = Nip.compose(born, YearMonth.of(2005, 1), 'F', (int) (n % 990) + 1);
        a2 = Nip.compose(born, YearMonth.of(2005, 2), 'F', (int) (n % 990) + 1);
        b1 = Nip.compose(born, YearMonth.of(2005, 3), 'F', (int) (n % 990) + 1);
        String b2 = Nip.compose(born, YearMonth.of(2005, 4), 'F', (int) (n % 990) + 1);
        honorary = "SKC-PHL-" + n;
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opdA, nameA, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdA1, "UPT Kepatuhan " + n, OpdKind.UPT, opdA, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdB, nameB, OpdKind.BADAN, null, null, null, null));
            employees.upsert(new EmployeeData(a1, "Ani Wajib " + n, Gender.F, born, EmployeeType.PNS, opdA, "III/a", "Analis",
                    PositionKind.PELAKSANA, null, null, null, null));
            // in the sub-unit: due for the OPD (the head rates their subtree)
            employees.upsert(new EmployeeData(a2, "Budi Upt " + n, Gender.F, born, EmployeeType.PPPK, opdA1, null, "Pengelola",
                    PositionKind.PELAKSANA, null, null, null, null));
            // honorary staff are not rated with SKP: never due
            employees.upsert(new EmployeeData(honorary, "Cici Honorer " + n, Gender.F, born, EmployeeType.NON_ASN_PHL, opdA, null,
                    "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(b1, headB, Gender.F, born, EmployeeType.PNS, opdB, "IV/b", "Kepala Badan",
                    PositionKind.JPT_PRATAMA, null, null, null, null));
            employees.upsert(new EmployeeData(b2, "Dedi Cpns " + n, Gender.F, born, EmployeeType.CPNS, opdB, null, "Analis",
                    PositionKind.PELAKSANA, null, null, null, null));
            for (Role r : Role.values()) {
                String name = "skc" + r.name().toLowerCase().replace("_", "") + n;
                users.createUnchecked(new NewUser(name, PASSWORD, r, r == Role.OPD_HEAD ? opdA : null, r == Role.EMPLOYEE ? a1 : null,
                        r == Role.OPD_HEAD ? headA : null), false);
                as.put(r, users.loadUserByUsername(name));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        // OPD B has no head account: its head is the holder of its top post
        jdbc.update("""
                INSERT INTO orgunit.post (code, opd_id, name, position_kind, slots) SELECT ?, id, 'Kepala Badan', 'JPT_PRATAMA', 1
                  FROM orgunit.opd WHERE code = ?""", "SKC-P" + n, opdB);
        jdbc.update("""
                INSERT INTO employee.position_history (employee_id, position_name, position_kind, opd_id, start_date, post_code)
                SELECT e.id, 'Kepala Badan', 'JPT_PRATAMA', e.opd_id, DATE '2020-01-02', ? FROM employee.employee e WHERE e.nip = ?
                """, "SKC-P" + n, b1);
    }

    private MvcResult send(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(as.get(role)))).andReturn();
    }

    private String page(Role role, String url) throws Exception {
        MvcResult r = send(role, get(url));
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private MvcResult rate(Role role, int year, String nip) throws Exception {
        return send(role, post("/performance/" + year + "/employees/" + nip).with(csrf())
                .param("results", "MEETS").param("behaviour", "MEETS").param("version", ""));
    }

    private ComplianceRow row(String code) {
        return compliance.forOpd(YEAR, code).orElseThrow();
    }

    private long evaluations(String nip, int year) {
        return jdbc.queryForObject("SELECT count(*) FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id "
                + "WHERE e.nip = ? AND v.year = ?", Long.class, nip, year);
    }

    @Test
    @Order(1)
    void ratingIsRefusedWithoutAnOpenAnnualPeriod() throws Exception {
        // 2022: never opened
        MvcResult none = rate(Role.OFFICER, 2022, a1);
        assertThat(none.getResponse().getStatus()).isEqualTo(200);
        assertThat(none.getResponse().getContentAsString()).contains("Periode penilaian SKP tahunan 2022 belum dibuka");
        assertThat(evaluations(a1, 2022)).isZero();

        // 2023: opened, then closed by the officer
        assertThat(send(Role.OFFICER, post("/performance/periods").with(csrf()).param("year", "2023").param("kind", "ANNUAL")
                .param("deadline", "2024-01-31")).getResponse().getRedirectedUrl()).isEqualTo("/performance/periods/2023/ANNUAL");
        assertThat(send(Role.OFFICER, post("/performance/periods/2023/ANNUAL/close").with(csrf())).getResponse().getStatus()).isEqualTo(302);
        MvcResult closed = rate(Role.OPD_HEAD, 2023, a1);
        assertThat(closed.getResponse().getStatus()).isEqualTo(200);
        assertThat(closed.getResponse().getContentAsString()).contains("sudah ditutup");
        assertThat(evaluations(a1, 2023)).isZero();
        assertThat(page(Role.OPD_HEAD, "/performance/2023")).contains("sudah ditutup");
        assertThat(page(Role.ADMIN, "/performance/periods")).contains("Ditutup");
    }

    @Test
    @Order(2)
    void periodsAreOpenedOnceAndOnlyByBkpsdm() throws Exception {
        for (Role r : new Role[] {Role.OPD_HEAD, Role.REGENT, Role.EMPLOYEE, Role.ASSESSOR}) {
            assertThat(send(r, post("/performance/periods").with(csrf()).param("year", String.valueOf(YEAR)).param("kind", "ANNUAL")
                    .param("deadline", DEADLINE.toString())).getResponse().getStatus()).as("%s", r).isEqualTo(403);
            assertThat(send(r, get("/performance/periods")).getResponse().getStatus()).as("%s", r).isEqualTo(403);
        }
        MvcResult opened = send(Role.OFFICER, post("/performance/periods").with(csrf()).param("year", String.valueOf(YEAR))
                .param("kind", "ANNUAL").param("deadline", DEADLINE.toString()));
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/performance/periods/" + YEAR + "/ANNUAL");
        // a quarter of the same year is its own period
        assertThat(send(Role.ADMIN, post("/performance/periods").with(csrf()).param("year", String.valueOf(YEAR))
                .param("kind", "Q1").param("deadline", "2024-04-15")).getResponse().getStatus()).isEqualTo(302);
        MvcResult twice = send(Role.ADMIN, post("/performance/periods").with(csrf()).param("year", String.valueOf(YEAR))
                .param("kind", "ANNUAL").param("deadline", DEADLINE.toString()));
        assertThat(twice.getResponse().getStatus()).isEqualTo(200);
        assertThat(twice.getResponse().getContentAsString()).contains("sudah dibuka");
        assertThat(page(Role.ADMIN, "/performance/periods")).contains("Triwulan I").doesNotContain(">ANNUAL<", ">Q1<");
    }

    @Test
    @Order(3)
    void complianceCountsAndTheNeglectFlagAfterTheDeadline() throws Exception {
        ComplianceRow a = row(opdA);
        assertThat(a.due()).isEqualTo(2);             // PNS in the OPD + PPPK in its sub-unit; not the honorary staff member
        assertThat(a.rated()).isZero();
        assertThat(a.missing()).isEqualTo(2);
        assertThat(a.deadline()).isEqualTo(DEADLINE);
        assertThat(a.status()).isEqualTo(ComplianceStatus.NEGLECT);
        assertThat(a.headName()).isEqualTo(headA);     // the OPD_HEAD account bound to the OPD
        ComplianceRow sub = row(opdA1);
        assertThat(sub.due()).isEqualTo(1);
        ComplianceRow b = row(opdB);
        assertThat(b.due()).isEqualTo(2);             // PNS + CPNS
        assertThat(b.status()).isEqualTo(ComplianceStatus.NEGLECT);
        assertThat(b.headName()).isEqualTo(headB);     // the holder of the OPD's top post

        String all = page(Role.REGENT, "/performance/compliance/" + YEAR);
        assertThat(all).contains(nameA, nameB, headA, headB, "Pembiaran").doesNotContain(">NEGLECT<");
        String flagged = page(Role.OFFICER, "/performance/compliance/" + YEAR + "?neglect=true&sort=missing");
        assertThat(flagged).contains(nameA, nameB);
        String drill = page(Role.REGENT, "/performance/compliance/" + YEAR + "/opds/" + opdA);
        assertThat(drill).contains(a1, a2).doesNotContain(honorary, b1);
        for (Role r : new Role[] {Role.OPD_HEAD, Role.EMPLOYEE, Role.ASSESSOR}) {
            assertThat(send(r, get("/performance/compliance/" + YEAR)).getResponse().getStatus()).as("%s", r).isEqualTo(403);
            assertThat(send(r, get("/performance/compliance/" + YEAR + "/opds/" + opdA)).getResponse().getStatus()).as("%s", r).isEqualTo(403);
        }
    }

    @Test
    @Order(4)
    void anExtensionNeedsAReasonAndALaterDayIsKeptAndAuditedAndLiftsTheFlag() throws Exception {
        String url = "/performance/periods/" + YEAR + "/ANNUAL/deadlines";
        MvcResult noReason = send(Role.OFFICER, post(url).with(csrf()).param("opd", opdB).param("deadline", "2099-01-31").param("reason", " "));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(200);
        MvcResult earlier = send(Role.OFFICER, post(url).with(csrf()).param("opd", opdB).param("deadline", "2025-01-30")
                .param("reason", "Salah"));
        assertThat(earlier.getResponse().getContentAsString()).contains("harus sesudah tenggat OPD");
        assertThat(row(opdB).deadline()).isEqualTo(DEADLINE);
        assertThat(send(Role.OPD_HEAD, post(url).with(csrf()).param("opd", opdA).param("deadline", "2099-01-31")
                .param("reason", "Sendiri")).getResponse().getStatus()).isEqualTo(403);

        MvcResult ok = send(Role.OFFICER, post(url).with(csrf()).param("opd", opdB).param("deadline", "2099-01-31")
                .param("reason", "Kepala badan baru dilantik"));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/performance/periods/" + YEAR + "/ANNUAL");
        ComplianceRow b = row(opdB);
        assertThat(b.deadline()).isEqualTo(LocalDate.of(2099, 1, 31));
        assertThat(b.extended()).isTrue();
        assertThat(b.status()).isEqualTo(ComplianceStatus.OPEN);
        assertThat(b.daysLeft()).isPositive();
        // the sub-unit and the other OPD keep the period's deadline
        assertThat(row(opdA).deadline()).isEqualTo(DEADLINE);

        String history = page(Role.ADMIN, "/performance/periods/" + YEAR + "/ANNUAL");
        assertThat(history).contains(nameB, "Kepala badan baru dilantik");
        List<AuditEntry> audited = audit.history("SKP_OPD_DEADLINE", YEAR + "/ANNUAL/" + opdB, 10);
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).newValues()).containsEntry("reason", "Kepala badan baru dilantik").containsEntry("deadline", "2099-01-31");
        assertThat(audited.get(0).oldValues()).containsEntry("deadline", DEADLINE.toString());

        assertThat(page(Role.OFFICER, "/performance/compliance/" + YEAR + "?neglect=true")).contains(nameA).doesNotContain(nameB);
    }

    @Test
    @Order(5)
    void ratingsAfterTheDeadlineAreLateAndCompletingClearsTheFlag() throws Exception {
        // the head sees their OPD's deadline, overdue, in the workspace
        assertThat(page(Role.OPD_HEAD, "/performance/" + YEAR)).contains("Tenggat " + nameA, "Lewat ", "0 dari 2 pegawai ASN");
        // rated now (after the deadline) in the workspace: late
        assertThat(rate(Role.OPD_HEAD, YEAR, a1).getResponse().getStatus()).isEqualTo(302);
        ComplianceRow a = row(opdA);
        assertThat(a.rated()).isEqualTo(1);
        assertThat(a.late()).isEqualTo(1);
        assertThat(a.status()).isEqualTo(ComplianceStatus.NEGLECT);
        // imported before the deadline day ended (Jakarta time): on time
        jdbc.update("""
                INSERT INTO performance.evaluation (employee_id, year, period, results_rating, behaviour_rating, predicate, rated_at)
                SELECT id, ?, 'ANNUAL', 'MEETS', 'MEETS', 'BAIK', TIMESTAMPTZ '2025-01-31 23:30:00+07' FROM employee.employee WHERE nip = ?
                """, YEAR, a2);
        a = row(opdA);
        assertThat(a.rated()).isEqualTo(2);
        assertThat(a.missing()).isZero();
        assertThat(a.late()).isEqualTo(1);
        assertThat(a.status()).isEqualTo(ComplianceStatus.COMPLETE);
        assertThat(page(Role.OFFICER, "/performance/compliance/" + YEAR + "?neglect=true")).doesNotContain(nameA);
        assertThat(page(Role.OFFICER, "/performance/compliance/" + YEAR + "/opds/" + opdA)).contains("Semua pegawai ASN sudah dinilai");
    }

    @Test
    @Order(6)
    void theHeadIsWarnedOnTheLandingPageAndTheRegentSeesFlaggedHeads() throws Exception {
        int now = compliance.currentYear();
        // this year's ANNUAL period with a deadline already past (shared with other tests: kept if there)
        jdbc.update("INSERT INTO performance.period (year, kind, deadline, opened_by) VALUES (?, 'ANNUAL', ?, 'test') ON CONFLICT DO NOTHING",
                now, LocalDate.of(now, 1, 1));
        // an extension for this OPD alone would be the only way out of the flag: there is none
        ComplianceRow a = compliance.forOpd(now, opdA).orElseThrow();
        assertThat(a.extended()).isFalse();
        assertThat(a.missing()).isEqualTo(2);
        if (a.status() == ComplianceStatus.NEGLECT) {   // unless another test opened this year's period with a later deadline
            String head = page(Role.OPD_HEAD, "/");
            assertThat(head).contains("home-skp-head", a.missing() + " pegawai ASN belum dinilai", "pembiaran sampai",
                    "/performance/" + now);
            String regent = page(Role.REGENT, "/");
            // the card names the first ten flagged heads; other tests' OPDs may be flagged too, so the list behind it is checked
            assertThat(regent).contains("home-skp-neglect", "/performance/compliance/" + now + "?neglect=true");
            assertThat(compliance.neglected(now)).extracting(ComplianceRow::headName).contains(headA);
        }
        assertThat(page(Role.EMPLOYEE, "/")).doesNotContain("home-skp-head", "home-skp-neglect");
    }
}
