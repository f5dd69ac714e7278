package id.merit.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.PostCommands;
import id.merit.orgunit.PostHolders;
import id.merit.selection.domain.RoundService;
import id.merit.selection.rules.RoundState;
import id.merit.selection.rules.ScreeningResult;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

/**
 * An open JPT Pratama selection round through the pages on PostgreSQL (issue 14 item 2): planning refused for a post
 * that is not JPT Pratama or not vacant; the recommendation, the 14/15-day announcement window, applicants (internal
 * with the eligibility pre-check stored, external with documents), the screening with a reasoned override, a stale
 * form, the closing date; REGENT reads, OPD_HEAD, EMPLOYEE and ASSESSOR are refused.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectionRoundIT {
    static final byte[] PDF = "%PDF-1.4\n%seleksi\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext context;
    @Autowired
    OpdCommands opds;
    @Autowired
    PostCommands posts;
    @Autowired
    PostHolders holders;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    RoundService rounds;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    long n;
    String opd;
    String eligibleNip;
    String youngNip;
    String holderNip;
    LocalDate today;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        n = System.nanoTime() % 100_000;
        opd = "SELIT" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            today = rounds.today();
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Seleksi " + n, OpdKind.DINAS, null, null, null, null));
            for (String code : List.of("SJV", "SJW", "SJF")) {
                posts.upsert(new PostCommands.PostData(code + n, opd, "Kepala Dinas " + code + " " + n, "JPT_PRATAMA", null, null, 1, true, null));
            }
            posts.upsert(new PostCommands.PostData("SJA" + n, opd, "Sekretaris " + n, "ADMINISTRATOR", null, null, 1, false, null));
            eligibleNip = Nip.compose(LocalDate.of(1975, 6, 15), YearMonth.of(2005, 1), 'M', (int) (n % 900) + 1);
            youngNip = Nip.compose(LocalDate.of(1990, 2, 2), YearMonth.of(2015, 1), 'F', (int) (n % 900) + 2);
            holderNip = Nip.compose(LocalDate.of(1972, 3, 3), YearMonth.of(1998, 1), 'M', (int) (n % 900) + 3);
            employees.upsert(new EmployeeData(eligibleNip, "Eka Pelamar " + n, Gender.M, LocalDate.of(1975, 6, 15), EmployeeType.PNS, opd,
                    "IV/a", "Kepala Bidang", PositionKind.ADMINISTRATOR, null, null, null, null, null, null));
            employees.upsertPosition(eligibleNip, new PositionRecord("Analis", PositionKind.PELAKSANA, null, opd, LocalDate.of(2005, 1, 1),
                    LocalDate.of(2015, 12, 31)));
            employees.upsertPosition(eligibleNip, new PositionRecord("Kepala Bidang", PositionKind.ADMINISTRATOR, null, opd,
                    LocalDate.of(2016, 1, 1), null));
            employees.upsertEducation(eligibleNip, new EducationRecord(EducationLevel.S1, "Universitas Bengkulu", "Hukum",
                    LocalDate.of(1998, 8, 1)));
            for (int year = today.getYear() - 3; year <= today.getYear() + 1; year++) {
                jdbc.update("""
                        INSERT INTO performance.evaluation (employee_id, year, period, predicate)
                        SELECT id, ?, 'ANNUAL', 'BAIK' FROM employee.employee WHERE nip = ?
                        ON CONFLICT (employee_id, year, period) DO NOTHING""", year, eligibleNip);
            }
            employees.upsert(new EmployeeData(youngNip, "Muda Pelamar " + n, Gender.F, LocalDate.of(1990, 2, 2), EmployeeType.PNS, opd,
                    "III/b", "Analis", PositionKind.PELAKSANA, null, null, null, null, null, null));
            employees.upsertPosition(youngNip, new PositionRecord("Analis", PositionKind.PELAKSANA, null, opd, LocalDate.of(2023, 1, 1), null));
            employees.upsert(new EmployeeData(holderNip, "Pemangku " + n, Gender.M, LocalDate.of(1972, 3, 3), EmployeeType.PNS, opd,
                    "IV/c", "Kepala Dinas", PositionKind.JPT_PRATAMA, null, null, null, null, null, null));
            employees.upsertPosition(holderNip, new PositionRecord("Kepala Dinas", PositionKind.JPT_PRATAMA, null, opd,
                    LocalDate.of(2020, 1, 1), null));
            holders.linkCurrentPosition(holderNip, "SJF" + n);
        } finally {
            TestUsers.clear();
        }
    }

    @AfterAll
    void tearDown() {
        TestUsers.clear();
    }

    MvcResult as(Role role, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(TestUsers.as(role)).with(csrf())).andReturn();
    }

    String page(Role role, String url) throws Exception {
        MvcResult r = as(role, get(url));
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page after a redirect, with its flash message. */
    String follow(Role role, MvcResult redirect) throws Exception {
        assertThat(redirect.getResponse().getStatus()).isEqualTo(302);
        MvcResult r = mvc.perform(get(redirect.getResponse().getRedirectedUrl()).with(TestUsers.as(role)).flashAttrs(redirect.getFlashMap()))
                .andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long create(String post, LocalDate closes) throws Exception {
        MvcResult r = as(Role.OFFICER, post("/selection/rounds").param("postCode", post).param("title", "Seleksi " + post)
                .param("registrationClosesOn", closes.toString()));
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
        String url = r.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    RoundService.RoundView round(long id) {
        TestUsers.runAs(Role.REGENT, null, null);
        try {
            return rounds.get(id);
        } finally {
            TestUsers.clear();
        }
    }

    @Test
    void planningRefusesAPostThatIsNotJptPratamaOrNotVacant() throws Exception {
        String notJpt = as(Role.OFFICER, post("/selection/rounds").param("postCode", "SJA" + n).param("title", "Seleksi")
                .param("registrationClosesOn", today.plusDays(30).toString())).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notJpt).contains("hanya untuk jabatan JPT Pratama");
        String filled = as(Role.OFFICER, post("/selection/rounds").param("postCode", "SJF" + n).param("title", "Seleksi")
                .param("registrationClosesOn", today.plusDays(30).toString())).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(filled).contains("Jabatan tidak kosong: terisi 1 dari 1 formasi");
        // the form offers only vacant JPT Pratama posts
        String form = page(Role.OFFICER, "/selection/rounds/new");
        assertThat(form).contains("SJV" + n).doesNotContain("SJF" + n).doesNotContain("SJA" + n);
    }

    @Test
    void theWholeFlowWithRefusalsOverridesAndStaleForms() throws Exception {
        long id = create("SJV" + n, today.plusDays(13));
        String base = "/selection/rounds/" + id;
        // a second round for the same post while this one is open is refused
        assertThat(as(Role.OFFICER, post("/selection/rounds").param("postCode", "SJV" + n).param("title", "Lagi")
                .param("registrationClosesOn", today.plusDays(40).toString())).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("sudah memiliki seleksi yang sedang berjalan");
        // announcing before the recommendation: the step does not follow, said with the state's label
        MvcResult early = as(Role.OFFICER, post(base + "/announcement").param("version", "0").param("date", today.toString()));
        assertThat(follow(Role.OFFICER, early)).contains("status seleksi Draf").doesNotContain(">DRAFT");
        // REGENT reads but may not act
        assertThat(as(Role.REGENT, post(base + "/recommendation").param("version", "0").param("number", "X")
                .param("date", today.toString())).getResponse().getStatus()).isEqualTo(403);
        assertThat(page(Role.REGENT, base)).contains("Draf").doesNotContain("recommend-form");
        // the recommendation; the body defaults to the supervisor in charge on its date (after 2024: BKN)
        follow(Role.OFFICER, as(Role.OFFICER, post(base + "/recommendation").param("version", "0").param("number", "B-12/REK/" + n)
                .param("date", today.minusDays(10).toString())));
        RoundService.RoundView r = round(id);
        assertThat(r.state()).isEqualTo(RoundState.RECOMMENDED);
        assertThat(r.oversightBody()).isEqualTo("Badan Kepegawaian Negara");
        // a second officer with the old form: changed meanwhile
        MvcResult stale = as(Role.OFFICER, post(base + "/announcement").param("version", "0").param("date", today.toString()));
        assertThat(follow(Role.OFFICER, stale)).contains("telah diubah orang lain");
        // 14 days (today .. today+13) refused with both dates; 15 days (from yesterday) accepted
        MvcResult shortWindow = as(Role.OFFICER, post(base + "/announcement").param("version", "1").param("date", today.toString()));
        assertThat(shortWindow.getFlashMap().get("error")).isEqualTo("selection.refusal.WINDOW_TOO_SHORT");
        assertThat(follow(Role.OFFICER, shortWindow)).contains("hanya 14 hari kalender; paling singkat 15 hari");
        follow(Role.OFFICER, as(Role.OFFICER, post(base + "/announcement").param("version", "1").param("date", today.minusDays(1).toString())));
        assertThat(round(id).state()).isEqualTo(RoundState.ANNOUNCED);
        // registration still open: closing refused
        assertThat(as(Role.OFFICER, post(base + "/close").param("version", "2")).getFlashMap().get("error"))
                .isEqualTo("selection.refusal.REGISTRATION_STILL_OPEN");

        // applicants: the officer searches the registry and adds two; the same one twice is refused
        assertThat(as(Role.OFFICER, get(base).param("tab", "applicants").param("q", "Pelamar " + n)).getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(eligibleNip).contains(youngNip);
        as(Role.OFFICER, post(base + "/applicants/internal").param("nip", eligibleNip));
        as(Role.OFFICER, post(base + "/applicants/internal").param("nip", youngNip));
        assertThat(as(Role.OFFICER, post(base + "/applicants/internal").param("nip", eligibleNip)).getFlashMap().get("error"))
                .isEqualTo("selection.refusal.ALREADY_APPLIED");
        MockMultipartFile cv = new MockMultipartFile("documents", "cv.pdf", "application/pdf", PDF);
        MockMultipartFile text = new MockMultipartFile("documents", "catatan.txt", "text/plain", "bukan pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(as(Role.OFFICER, multipart(base + "/applicants/external").file(text).param("name", "Luar").param("originAgency", "Kab. Lain"))
                .getFlashMap().get("error")).isEqualTo("selection.application.error.documentType");
        as(Role.OFFICER, multipart(base + "/applicants/external").file(cv).param("name", "Fajar Luar " + n).param("originAgency", "Pemkot Bengkulu"));
        r = round(id);
        assertThat(r.applications()).hasSize(3);
        RoundService.ApplicationView eligible = r.applications().get(0);
        RoundService.ApplicationView young = r.applications().get(1);
        RoundService.ApplicationView external = r.applications().get(2);
        assertThat(eligible.eligible()).isTrue();
        assertThat(eligible.eligibilityDate()).isEqualTo(today.plusDays(13));
        assertThat(eligible.screening()).isEqualTo(ScreeningResult.PENDING);
        assertThat(young.eligible()).isFalse();
        assertThat(young.reasons()).contains("EXPERIENCE", "POSITION");
        assertThat(young.screening()).isEqualTo(ScreeningResult.FAILED);
        assertThat(external.documents()).hasSize(1);

        // the override needs a reason; with one it is marked on the list and audited
        String screen = base + "/applicants/" + young.id() + "/screening";
        assertThat(as(Role.OFFICER, post(screen).param("version", String.valueOf(young.version())).param("result", "PASSED"))
                .getFlashMap().get("error")).isEqualTo("selection.refusal.OVERRIDE_REASON_REQUIRED");
        as(Role.OFFICER, post(screen).param("version", String.valueOf(young.version())).param("result", "PASSED")
                .param("reason", "Masa kerja di instansi lain disetarakan " + n));
        assertThat(as(Role.OFFICER, post(screen).param("version", String.valueOf(young.version())).param("result", "FAILED"))
                .getFlashMap().get("error")).isEqualTo("form.error.stale");
        as(Role.OFFICER, post(base + "/applicants/" + external.id() + "/screening").param("version", "0").param("result", "PASSED"));
        r = round(id);
        assertThat(r.applications().get(1).override()).isTrue();
        assertThat(r.applications().get(1).screening()).isEqualTo(ScreeningResult.PASSED);
        assertThat(r.applications().get(2).override()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_APPLICATION' AND entity_key = ?"
                + " AND new_values::text LIKE ?", Long.class, String.valueOf(young.id()), "%disetarakan " + n + "%")).isEqualTo(1L);

        String list = page(Role.REGENT, base + "?tab=applicants");
        assertThat(list).contains("Dikesampingkan").contains("Masa kerja di instansi lain disetarakan").contains("Belum memenuhi syarat")
                .contains("Riwayat jabatan sampai").contains("Pemkot Bengkulu").contains("cv.pdf").contains("Lulus")
                .doesNotContain("EXPERIENCE").doesNotContain("PASSED").doesNotContain("ANNOUNCED");
        String overview = page(Role.REGENT, base);
        assertThat(overview).contains("Diumumkan").contains("B-12/REK/" + n).contains("Badan Kepegawaian Negara").contains("15 hari kalender");
        MvcResult doc = as(Role.REGENT, get(base + "/applicants/" + external.id() + "/documents/" + external.documents().get(0).id()));
        assertThat(doc.getResponse().getStatus()).isEqualTo(200);
        assertThat(doc.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(page(Role.REGENT, "/selection/rounds")).contains("Seleksi SJV" + n).contains("Diumumkan");
    }

    @Test
    void noApplicationAfterTheClosingDateThenTheRoundCloses() throws Exception {
        long id = create("SJW" + n, today.minusDays(1));
        String base = "/selection/rounds/" + id;
        as(Role.ADMIN, post(base + "/recommendation").param("version", "0").param("number", "R-" + n).param("date", today.minusDays(40).toString())
                .param("body", "Komisi Aparatur Sipil Negara"));
        as(Role.ADMIN, post(base + "/announcement").param("version", "1").param("date", today.minusDays(20).toString()));
        assertThat(round(id).state()).isEqualTo(RoundState.ANNOUNCED);
        assertThat(round(id).oversightBody()).isEqualTo("Komisi Aparatur Sipil Negara");
        MvcResult late = as(Role.OFFICER, post(base + "/applicants/internal").param("nip", eligibleNip));
        assertThat(late.getFlashMap().get("error")).isEqualTo("selection.refusal.REGISTRATION_CLOSED");
        assertThat(round(id).applications()).isEmpty();
        as(Role.OFFICER, post(base + "/close").param("version", "2"));
        RoundService.RoundView r = round(id);
        assertThat(r.state()).isEqualTo(RoundState.CLOSED);
        assertThat(r.closedOn()).isEqualTo(today);
        assertThat(page(Role.OFFICER, base)).contains("Pendaftaran dinyatakan ditutup");
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        long id;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            id = rounds.list(0, 1).items().isEmpty() ? 1 : rounds.list(0, 1).items().get(0).id();
        } finally {
            TestUsers.clear();
        }
        for (Role role : List.of(Role.OPD_HEAD, Role.EMPLOYEE, Role.ASSESSOR)) {
            for (String url : List.of("/selection/rounds", "/selection/rounds/new", "/selection/rounds/" + id,
                    "/selection/rounds/" + id + "?tab=applicants")) {
                assertThat(as(role, get(url)).getResponse().getStatus()).as("%s %s", role, url).isEqualTo(403);
            }
            assertThat(as(role, post("/selection/rounds/" + id + "/close").param("version", "0")).getResponse().getStatus())
                    .as("%s close", role).isEqualTo(403);
            assertThat(as(role, post("/selection/rounds/" + id + "/applicants/internal").param("nip", eligibleNip)).getResponse().getStatus())
                    .as("%s apply", role).isEqualTo(403);
        }
        assertThat(as(Role.REGENT, get("/selection/rounds/new")).getResponse().getStatus()).isEqualTo(403);
        // the navigation entry only for those who may open it
        assertThat(page(Role.REGENT, "/")).contains("/selection/rounds");
        assertThat(page(Role.OPD_HEAD, "/")).doesNotContain("/selection/rounds");
    }
}
