package id.merit.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Employee self-service data-update requests on PostgreSQL (issue 15 item 4): the employee submits a training with
 * a PDF for themself; BKPSDM sees it in the queue, opens the evidence and approves — the training is in the registry
 * and the employee's audit trail names the request and the approving officer; a rejection needs a reason the employee
 * then sees; a stale decision is refused; nobody submits for someone else, OPD heads and employees cannot decide.
 * Also the completeness card on the employee's own page.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataRequestIT {
    static final byte[] PDF = "%PDF-1.4\n%sertifikat\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext context;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    long n;
    String opd;
    String nip;
    String colleague;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        n = System.nanoTime() % 100_000;
        opd = "DRQ" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Permintaan " + n, OpdKind.DINAS, null, null, null, null));
            nip = Nip.compose(LocalDate.of(1985, 3, 12), YearMonth.of(2010, 1), 'M', (int) (n % 900) + 1);
            colleague = Nip.compose(LocalDate.of(1986, 4, 1), YearMonth.of(2011, 1), 'F', (int) (n % 900) + 2);
            employees.upsert(new EmployeeData(nip, "Pemohon Data " + n, Gender.M, LocalDate.of(1985, 3, 12), EmployeeType.PNS, opd,
                    "III/a", "Analis", PositionKind.PELAKSANA, null, null, null, null, "0812345", null));
            employees.upsert(new EmployeeData(colleague, "Rekan Data " + n, Gender.F, LocalDate.of(1986, 4, 1), EmployeeType.PNS, opd,
                    "III/a", "Analis", PositionKind.PELAKSANA, null, null, null, null));
        } finally {
            TestUsers.clear();
        }
    }

    @AfterAll
    void tearDown() {
        TestUsers.clear();
    }

    RequestPostProcessor self() {
        return TestUsers.as(Role.EMPLOYEE, null, nip);
    }

    MockMultipartHttpServletRequestBuilder training(String who, String name, byte[] evidence) {
        MockMultipartHttpServletRequestBuilder b = multipart("/employees/" + who + "/requests");
        if (evidence != null) {
            b.file(new MockMultipartFile("evidence", "sertifikat.pdf", "application/pdf", evidence));
        }
        b.param("kind", "TRAINING").param("trainingKind", "TEKNIS").param("trainingName", name).param("trainingHours", "20")
                .param("trainingEndDate", "2026-10-30");
        return b;
    }

    long submit(String name) throws Exception {
        MvcResult r = mvc.perform(training(nip, name, PDF).with(self()).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
        return jdbc.queryForObject("SELECT max(r.id) FROM employee.data_request r JOIN employee.employee e ON e.id = r.employee_id "
                + "WHERE e.nip = ? AND r.training_name = ?", Long.class, nip, name);
    }

    int version(long id) {
        return jdbc.queryForObject("SELECT version FROM employee.data_request WHERE id = ?", Integer.class, id);
    }

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void submitApproveEntersTheRegistryAndTheAuditTrail() throws Exception {
        String name = "Pelatihan Analisis Kebijakan " + n;
        long id = submit(name);
        assertThat(jdbc.queryForObject("SELECT status FROM employee.data_request WHERE id = ?", String.class, id)).isEqualTo("PENDING");

        String own = body(mvc.perform(get("/employees/" + nip + "/requests").with(self())).andReturn());
        assertThat(own).contains(name).contains("Menunggu verifikasi");

        String queue = body(mvc.perform(get("/data-requests").with(TestUsers.as(Role.OFFICER))).andReturn());
        assertThat(queue).contains("/data-requests/" + id).contains("Pemohon Data " + n).contains("menunggu verifikasi");
        MvcResult detail = mvc.perform(get("/data-requests/" + id).with(TestUsers.as(Role.OFFICER))).andReturn();
        assertThat(detail.getResponse().getStatus()).isEqualTo(200);
        MvcResult file = mvc.perform(get("/data-requests/" + id + "/evidence").with(TestUsers.as(Role.OFFICER))).andReturn();
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");

        MvcResult approved = mvc.perform(post("/data-requests/" + id + "/approve").param("version", String.valueOf(version(id)))
                .with(TestUsers.as(Role.OFFICER)).with(csrf())).andReturn();
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/data-requests");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.training t JOIN employee.employee e ON e.id = t.employee_id "
                + "WHERE e.nip = ? AND t.name = ? AND t.hours = 20 AND t.kind = 'TEKNIS'", Integer.class, nip, name)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ? "
                + "AND actor = 'officer' AND summary LIKE ?", Integer.class, nip, "%request #" + id + " approved%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ? "
                + "AND actor = 'officer' AND action = 'CREATE' AND summary = 'training'", Integer.class, nip)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status || ':' || decided_by FROM employee.data_request WHERE id = ?", String.class, id))
                .isEqualTo("APPROVED:officer");

        // the employee sees it approved and in their record; a second decision on the same request is refused
        assertThat(body(mvc.perform(get("/employees/" + nip + "/requests").with(self())).andReturn())).contains("Disetujui");
        assertThat(body(mvc.perform(get("/employees/" + nip).with(self())).andReturn())).contains(name);
        MvcResult again = mvc.perform(post("/data-requests/" + id + "/reject").param("version", String.valueOf(version(id)))
                .param("reason", "terlambat").with(TestUsers.as(Role.ADMIN)).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("error")).isEqualTo("employee.request.error.decided");
    }

    @Test
    void rejectNeedsAReasonAndTheEmployeeSeesIt() throws Exception {
        long id = submit("Seminar Ditolak " + n);
        int v = version(id);
        MvcResult noReason = mvc.perform(post("/data-requests/" + id + "/reject").param("version", String.valueOf(v)).param("reason", "  ")
                .with(TestUsers.as(Role.OFFICER)).with(csrf())).andReturn();
        assertThat(noReason.getFlashMap().get("error")).isEqualTo("employee.request.error.reason");
        assertThat(version(id)).isEqualTo(v);

        MvcResult rejected = mvc.perform(post("/data-requests/" + id + "/reject").param("version", String.valueOf(v))
                .param("reason", "Sertifikat tidak terbaca").with(TestUsers.as(Role.OFFICER)).with(csrf())).andReturn();
        assertThat(rejected.getResponse().getRedirectedUrl()).isEqualTo("/data-requests");
        String own = body(mvc.perform(get("/employees/" + nip + "/requests").with(self())).andReturn());
        assertThat(own).contains("Ditolak").contains("Sertifikat tidak terbaca");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.training t JOIN employee.employee e ON e.id = t.employee_id "
                + "WHERE e.nip = ? AND t.name = ?", Integer.class, nip, "Seminar Ditolak " + n)).isZero();
    }

    @Test
    void aStaleDecisionIsRefused() throws Exception {
        long id = submit("Diklat Basi " + n);
        int v = version(id);
        mvc.perform(post("/data-requests/" + id + "/reject").param("version", String.valueOf(v)).param("reason", "ganda")
                .with(TestUsers.as(Role.OFFICER)).with(csrf())).andReturn();
        MvcResult stale = mvc.perform(post("/data-requests/" + id + "/approve").param("version", String.valueOf(v))
                .with(TestUsers.as(Role.ADMIN)).with(csrf())).andReturn();
        assertThat(stale.getFlashMap().get("error")).isEqualTo("form.error.stale");
        assertThat(jdbc.queryForObject("SELECT status FROM employee.data_request WHERE id = ?", String.class, id)).isEqualTo("REJECTED");
    }

    @Test
    void evidenceIsRequiredAndMustBeAPdfOrImage() throws Exception {
        String missing = body(mvc.perform(training(nip, "Tanpa Bukti " + n, null).with(self()).with(csrf())).andReturn());
        assertThat(missing).contains("Bukti wajib dilampirkan");
        String wrong = body(mvc.perform(training(nip, "Bukti Salah " + n, "hello".getBytes(StandardCharsets.US_ASCII)).with(self())
                .with(csrf())).andReturn());
        assertThat(wrong).contains("Bukti harus berkas PDF, JPEG atau PNG");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.data_request WHERE training_name IN (?, ?)", Integer.class,
                "Tanpa Bukti " + n, "Bukti Salah " + n)).isZero();
    }

    @Test
    void roleAndScopeRefusals() throws Exception {
        // an employee cannot submit for, nor see the requests of, a colleague
        assertThat(mvc.perform(training(colleague, "Bukan Milik " + n, PDF).with(self()).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/employees/" + colleague + "/requests").with(self())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        // BKPSDM does not submit on an employee's behalf
        assertThat(mvc.perform(training(nip, "Oleh Petugas " + n, PDF).with(TestUsers.as(Role.OFFICER)).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        long id = submit("Diklat Peran " + n);
        for (Role r : new Role[] {Role.OPD_HEAD, Role.EMPLOYEE, Role.REGENT}) {
            RequestPostProcessor who = r == Role.OPD_HEAD ? TestUsers.as(r, opd, null) : r == Role.EMPLOYEE ? self() : TestUsers.as(r);
            assertThat(mvc.perform(post("/data-requests/" + id + "/approve").param("version", String.valueOf(version(id))).with(who)
                    .with(csrf())).andReturn().getResponse().getStatus()).as(r.name()).isEqualTo(403);
            assertThat(mvc.perform(get("/data-requests").with(who)).andReturn().getResponse().getStatus()).as(r.name()).isEqualTo(403);
            assertThat(mvc.perform(get("/data-requests/" + id + "/evidence").with(who)).andReturn().getResponse().getStatus())
                    .as(r.name()).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT status FROM employee.data_request WHERE id = ?", String.class, id)).isEqualTo("PENDING");
    }

    @Test
    void theOwnPageShowsWhatIsMissing() throws Exception {
        String page = body(mvc.perform(get("/employees/" + colleague).with(TestUsers.as(Role.EMPLOYEE, null, colleague))).andReturn());
        assertThat(page).contains("employee-completeness").contains("Riwayat pendidikan belum dicatat")
                .contains("Nomor telepon belum diisi").contains("Alamat surel belum diisi")
                .contains("Tidak ada diklat dalam 2 tahun terakhir").doesNotContain("Pangkat/golongan belum dicatat")
                .contains("/employees/" + colleague + "/requests");
    }
}
