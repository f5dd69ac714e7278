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
 * The rest of employee self-service on PostgreSQL (issue 15 item 4): a correction of a recorded training, an award and a
 * family member, each submitted by the employee with evidence → verified by BKPSDM → in the registry → in the audit
 * trail; a correction may only target the employee's own record; the family shows on the employee page; a rejection
 * leaves the registry unchanged.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfServiceIT {
    static final byte[] PDF = "%PDF-1.4\n%bukti\n".getBytes(StandardCharsets.US_ASCII);

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
    String nip;
    String colleague;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        n = System.nanoTime() % 100_000;
        String opd = "SSV" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Layanan " + n, OpdKind.DINAS, null, null, null, null));
            nip = Nip.compose(LocalDate.of(1987, 2, 3), YearMonth.of(2012, 1), 'F', (int) (n % 900) + 1);
            colleague = Nip.compose(LocalDate.of(1988, 4, 1), YearMonth.of(2013, 1), 'M', (int) (n % 900) + 2);
            employees.upsert(new EmployeeData(nip, "Pengaju Mandiri " + n, Gender.F, LocalDate.of(1987, 2, 3), EmployeeType.PNS, opd,
                    "III/b", "Analis", PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(colleague, "Rekan Mandiri " + n, Gender.M, LocalDate.of(1988, 4, 1), EmployeeType.PNS, opd,
                    "III/b", "Analis", PositionKind.PELAKSANA, null, null, null, null));
            employees.upsertTraining(nip, new TrainingRecord(TrainingKind.TEKNIS, "Pelatihan Arsip Salah Ketik " + n, 12,
                    LocalDate.of(2025, 5, 20)));
            employees.upsertTraining(colleague, new TrainingRecord(TrainingKind.TEKNIS, "Pelatihan Rekan " + n, 10,
                    LocalDate.of(2025, 5, 20)));
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

    MockMultipartHttpServletRequestBuilder request() {
        return (MockMultipartHttpServletRequestBuilder) multipart("/employees/" + nip + "/requests")
                .file(new MockMultipartFile("evidence", "bukti.pdf", "application/pdf", PDF));
    }

    long trainingId(String who, String name) {
        return jdbc.queryForObject("SELECT t.id FROM employee.training t JOIN employee.employee e ON e.id = t.employee_id "
                + "WHERE e.nip = ? AND t.name = ?", Long.class, who, name);
    }

    long lastRequest() {
        return jdbc.queryForObject("SELECT max(r.id) FROM employee.data_request r JOIN employee.employee e ON e.id = r.employee_id "
                + "WHERE e.nip = ?", Long.class, nip);
    }

    long submit(MockMultipartHttpServletRequestBuilder b) throws Exception {
        MvcResult r = mvc.perform(b.with(self()).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        return lastRequest();
    }

    void approve(long id) throws Exception {
        int version = jdbc.queryForObject("SELECT version FROM employee.data_request WHERE id = ?", Integer.class, id);
        assertThat(mvc.perform(get("/data-requests/" + id).with(TestUsers.as(Role.OFFICER))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MvcResult r = mvc.perform(post("/data-requests/" + id + "/approve").param("version", String.valueOf(version))
                .with(TestUsers.as(Role.OFFICER)).with(csrf())).andReturn();
        assertThat(r.getFlashMap().get("error")).isNull();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/data-requests");
        assertThat(jdbc.queryForObject("SELECT status FROM employee.data_request WHERE id = ?", String.class, id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ? "
                + "AND actor = 'officer' AND summary LIKE ?", Integer.class, nip, "%request #" + id + " approved%")).isEqualTo(1);
    }

    int audited(String summary) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ? "
                + "AND actor = 'officer' AND summary = ?", Integer.class, nip, summary);
    }

    @Test
    void aCorrectionOfARecordedTrainingChangesThatRecord() throws Exception {
        String wrong = "Pelatihan Arsip Salah Ketik " + n;
        String right = "Pelatihan Kearsipan Digital " + n;
        long target = trainingId(nip, wrong);
        String page = mvc.perform(get("/employees/" + nip + "/requests").with(self())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"trainingTarget\"").contains("value=\"" + target + "\"").contains(wrong);

        // the colleague's record cannot be targeted
        MvcResult foreign = mvc.perform(request().param("kind", "TRAINING").param("trainingTarget",
                        String.valueOf(trainingId(colleague, "Pelatihan Rekan " + n))).param("trainingKind", "TEKNIS")
                .param("trainingName", right).param("trainingHours", "24").param("trainingEndDate", "2025-05-20")
                .with(self()).with(csrf())).andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(200);
        assertThat(foreign.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Data yang akan dikoreksi tidak ditemukan pada riwayat Anda.");

        long id = submit(request().param("kind", "TRAINING").param("trainingTarget", String.valueOf(target)).param("trainingKind", "TEKNIS")
                .param("trainingName", right).param("trainingHours", "24").param("trainingEndDate", "2025-05-20"));
        assertThat(jdbc.queryForObject("SELECT target_id FROM employee.data_request WHERE id = ?", Long.class, id)).isEqualTo(target);
        assertThat(mvc.perform(get("/data-requests/" + id).with(TestUsers.as(Role.OFFICER))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Koreksi data #" + target);
        approve(id);
        // the same row now holds the corrected values; no second training was added
        assertThat(jdbc.queryForObject("SELECT name || ':' || hours FROM employee.training WHERE id = ?", String.class, target))
                .isEqualTo(right + ":24");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.training t JOIN employee.employee e ON e.id = t.employee_id "
                + "WHERE e.nip = ?", Integer.class, nip)).isEqualTo(1);
        assertThat(audited("training")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ? "
                + "AND actor = 'officer' AND summary = 'training' AND action = 'UPDATE'", Integer.class, nip)).isEqualTo(1);
    }

    @Test
    void anAwardEntersTheRegistry() throws Exception {
        String award = "Satyalancana Karya Satya X Tahun " + n;
        long id = submit(request().param("kind", "AWARD").param("awardName", award).param("awardIssuer", "Presiden RI")
                .param("awardedOn", "2024-08-17"));
        approve(id);
        assertThat(jdbc.queryForObject("SELECT issuer || ':' || awarded_on FROM employee.award a JOIN employee.employee e "
                + "ON e.id = a.employee_id WHERE e.nip = ? AND a.name = ?", String.class, nip, award)).isEqualTo("Presiden RI:2024-08-17");
        assertThat(audited("award")).isEqualTo(1);
        assertThat(mvc.perform(get("/employees/" + nip).with(self())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(award);
    }

    @Test
    void aFamilyMemberEntersTheRegistryAndShowsOnThePage() throws Exception {
        String child = "Anak Pertama " + n;
        // a birth date in the future is refused on its field
        MvcResult future = mvc.perform(request().param("kind", "FAMILY").param("familyRelation", "CHILD").param("familyName", child)
                .param("familyBirthDate", LocalDate.now().plusYears(1).toString()).with(self()).with(csrf())).andReturn();
        assertThat(future.getResponse().getStatus()).isEqualTo(200);
        long id = submit(request().param("kind", "FAMILY").param("familyRelation", "CHILD").param("familyName", child)
                .param("familyBirthDate", "2015-06-01"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.family_member f JOIN employee.employee e ON e.id = f.employee_id "
                + "WHERE e.nip = ?", Integer.class, nip)).isZero();
        approve(id);
        assertThat(jdbc.queryForObject("SELECT f.relation || ':' || f.birth_date FROM employee.family_member f JOIN employee.employee e "
                + "ON e.id = f.employee_id WHERE e.nip = ? AND f.name = ?", String.class, nip, child)).isEqualTo("CHILD:2015-06-01");
        assertThat(audited("family")).isEqualTo(1);
        String page = mvc.perform(get("/employees/" + nip).with(self())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"family-table\"").contains(child).contains("Anak");

        // a rejected request leaves the registry as it was
        long rejected = submit(request().param("kind", "FAMILY").param("familyRelation", "SPOUSE").param("familyName", "Pasangan " + n)
                .param("familyBirthDate", "1988-01-01"));
        int version = jdbc.queryForObject("SELECT version FROM employee.data_request WHERE id = ?", Integer.class, rejected);
        mvc.perform(post("/data-requests/" + rejected + "/reject").param("version", String.valueOf(version)).param("reason", "bukti buram")
                .with(TestUsers.as(Role.OFFICER)).with(csrf())).andReturn();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.family_member f JOIN employee.employee e ON e.id = f.employee_id "
                + "WHERE e.nip = ? AND f.relation = 'SPOUSE'", Integer.class, nip)).isZero();
    }
}
