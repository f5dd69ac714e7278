package id.merit.trackrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.trackrecord.domain.TrackRecordService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Track-record investigations through the pages on PostgreSQL (issue 14 item 5): an officer opens an investigation,
 * adds officials from the registry, forms two teams and assigns them an OPD and a kecamatan (whose kelurahan's official
 * joins through the OPD tree); a team member (ASSESSOR) reads the dossier with its registry part and records the
 * findings and the interviews until it is complete; an assessor of the other team gets 403 for it; the teams' progress
 * against their deadlines, the officer's overdue list, the regent's summary and its PDF, and the audit trail.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackRecordIT {
    static final String PASSWORD = "Rekam#Jejak2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    TrackRecordService service;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    long n;
    String dinas;
    String kecamatan;
    String kelurahan;
    String nipA;
    String nipB;
    String member;
    String otherMember;
    String officerAccount;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        n = System.nanoTime() % 100_000;
        dinas = "TRD" + n;
        kecamatan = "TRK" + n;
        kelurahan = "TRL" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(dinas, "Dinas Rekam Jejak " + n, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(kecamatan, "Kecamatan Jejak " + n, OpdKind.KECAMATAN, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(kelurahan, "Kelurahan Jejak " + n, OpdKind.KELURAHAN, kecamatan, null, null, null));
            nipA = Nip.compose(LocalDate.of(1975, 3, 3), YearMonth.of(2000, 3), 'M', (int) (n % 900) + 1);
            nipB = Nip.compose(LocalDate.of(1978, 6, 6), YearMonth.of(2003, 6), 'F', (int) (n % 900) + 1);
            employees.upsert(new EmployeeData(nipA, "Pejabat Alfa " + n, Gender.M, LocalDate.of(1975, 3, 3), EmployeeType.PNS, dinas, "IV/a",
                    "Kepala Bidang Alfa", PositionKind.ADMINISTRATOR, null, null, null, null));
            employees.upsert(new EmployeeData(nipB, "Pejabat Beta " + n, Gender.F, LocalDate.of(1978, 6, 6), EmployeeType.PNS, kelurahan, "III/d",
                    "Sekretaris Kelurahan Beta", PositionKind.PENGAWAS, null, null, null, null));
            // the registry part of A's dossier: six positions (the dossier shows the last five), an award, an SKP, an assessment
            for (int i = 0; i < 6; i++) {
                jdbc.update("""
                        INSERT INTO employee.position_history (employee_id, position_name, position_kind, opd_id, start_date, end_date)
                        SELECT e.id, ?, 'PENGAWAS', o.id, ?, ? FROM employee.employee e, orgunit.opd o WHERE e.nip = ? AND o.code = ?
                        ON CONFLICT DO NOTHING""", "Jabatan Riwayat " + i, java.sql.Date.valueOf(LocalDate.of(2005 + 3 * i, 1, 1)),
                        java.sql.Date.valueOf(LocalDate.of(2007 + 3 * i, 12, 31)), nipA, dinas);
            }
            jdbc.update("INSERT INTO employee.award (employee_id, name, issuer, awarded_on) SELECT id, 'Satyalancana Karya Satya X', 'Presiden', "
                    + "DATE '2020-08-17' FROM employee.employee WHERE nip = ?", nipA);
            jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, results_rating, behaviour_rating, predicate) "
                    + "SELECT id, 2024, 'ANNUAL', 'ABOVE', 'ABOVE', 'SANGAT_BAIK' FROM employee.employee WHERE nip = ? ON CONFLICT DO NOTHING", nipA);
            jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score) "
                    + "SELECT id, DATE '2025-02-03', 'SELECTION', 81.25, 70 FROM employee.employee WHERE nip = ? ON CONFLICT DO NOTHING", nipA);
            member = "trk" + n + "a";
            otherMember = "trk" + n + "b";
            officerAccount = "trk" + n + "o";
            users.createUnchecked(new NewUser(member, PASSWORD, Role.ASSESSOR, null, null, "Auditor Inspektorat " + n), false);
            users.createUnchecked(new NewUser(otherMember, PASSWORD, Role.ASSESSOR, null, null, "Analis BKPP " + n), false);
            users.createUnchecked(new NewUser(officerAccount, PASSWORD, Role.OFFICER, null, null, null), false);
        } finally {
            TestUsers.clear();
        }
    }

    MvcResult as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    MvcResult as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.as(role)).with(csrf())).andReturn();
    }

    static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static Object error(MvcResult r) {
        return r.getFlashMap().get("error");
    }

    static int status(MvcResult r) {
        return r.getResponse().getStatus();
    }

    long officialId(long investigation, String nip) {
        return jdbc.queryForObject("SELECT id FROM trackrecord.official WHERE investigation_id = ? AND nip = ?", Long.class, investigation, nip);
    }

    Long teamOf(long official) {
        return jdbc.queryForObject("SELECT team_id FROM trackrecord.official WHERE id = ?", Long.class, official);
    }

    long open(String title, LocalDate deadline) throws Exception {
        MvcResult r = as(officerAccount, post("/track-records").param("title", title).param("purpose", "Mutasi eselon III dan lurah")
                .param("deadline", deadline.toString()));
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after opening").matches("/track-records/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void fromOpeningToTheRegentsSummary() throws Exception {
        LocalDate today = service.today();
        // an invalid form stays on the page with its errors; a valid one opens the investigation
        assertThat(body(as(officerAccount, post("/track-records").param("title", "").param("purpose", "x")))).contains("Wajib diisi");
        long id = open("Penelusuran " + n, today.plusDays(10));
        String base = "/track-records/" + id;

        // officials from the registry; an unknown NIP and a second entry of the same official are refused
        assertThat(error(as(officerAccount, post(base + "/officials").param("nip", nipA).param("category", "JPT_PRATAMA")))).isNull();
        assertThat(error(as(officerAccount, post(base + "/officials").param("nip", nipB).param("category", "LURAH")))).isNull();
        assertThat(error(as(officerAccount, post(base + "/officials").param("nip", "199901012020011999").param("category", "LURAH"))))
                .isEqualTo("trackrecord.error.unknownNip");
        assertThat(error(as(officerAccount, post(base + "/officials").param("nip", nipA).param("category", "LURAH"))))
                .isEqualTo("trackrecord.error.alreadyOfficial");
        long a = officialId(id, nipA);
        long b = officialId(id, nipB);

        // two teams: the first due in five days, the second was due yesterday
        assertThat(error(as(officerAccount, post(base + "/teams").param("name", "Kelompok 1 " + n).param("leaderName", "Ir. Fachriza")
                .param("leaderPosition", "Asisten I Bidang Pemerintahan").param("deadline", today.plusDays(5).toString())))).isNull();
        assertThat(error(as(officerAccount, post(base + "/teams").param("name", "Kelompok 2 " + n).param("leaderName", "Drs. Husni")
                .param("leaderPosition", "Asisten III Bidang Administrasi").param("deadline", today.minusDays(1).toString())))).isNull();
        long team1 = jdbc.queryForObject("SELECT id FROM trackrecord.team WHERE investigation_id = ? AND name = ?", Long.class, id, "Kelompok 1 " + n);
        long team2 = jdbc.queryForObject("SELECT id FROM trackrecord.team WHERE investigation_id = ? AND name = ?", Long.class, id, "Kelompok 2 " + n);

        // members are enabled ASSESSOR accounts only
        assertThat(error(as(officerAccount, post(base + "/teams/" + team1 + "/members").param("body", "INSPECTORATE")
                .param("username", officerAccount)))).isEqualTo("trackrecord.error.notAnAssessor");
        assertThat(error(as(officerAccount, post(base + "/teams/" + team1 + "/members").param("body", "INSPECTORATE")
                .param("username", member)))).isNull();
        assertThat(error(as(officerAccount, post(base + "/teams/" + team2 + "/members").param("body", "PERSONNEL_AGENCY")
                .param("username", otherMember)))).isNull();

        // areas: the OPD to team 1, the kecamatan to team 2 (its kelurahan's official joins it through the tree); once each
        assertThat(teamOf(a)).isNull();
        assertThat(error(as(officerAccount, post(base + "/teams/" + team1 + "/areas").param("opdCode", dinas)))).isNull();
        assertThat(error(as(officerAccount, post(base + "/teams/" + team2 + "/areas").param("opdCode", kecamatan)))).isNull();
        assertThat(error(as(officerAccount, post(base + "/teams/" + team1 + "/areas").param("opdCode", kecamatan))))
                .isEqualTo("trackrecord.error.areaTaken");
        assertThat(teamOf(a)).isEqualTo(team1);
        assertThat(teamOf(b)).isEqualTo(team2);

        // the member reads A's dossier: the registry part (last five of six positions, award, SKP, assessment, no punishment)
        MvcResult dossier = as(member, get(base + "/dossiers/" + a));
        assertThat(status(dossier)).isEqualTo(200);
        String page = body(dossier);
        assertThat(page).contains("Pejabat Alfa " + n).contains("Jabatan Riwayat 5").contains("Jabatan Riwayat 1")
                .doesNotContain("Jabatan Riwayat 0").contains("Satyalancana Karya Satya X").contains("Sangat Baik")
                .contains("JPM 81,25").contains("Memenuhi Syarat (MS)").contains("Tidak pernah dijatuhi hukuman disiplin")
                .contains("Belum lengkap").contains("findings-form").contains("interview-form");
        // the other team's dossier is not the member's: 403, for reading and for recording
        assertThat(status(as(member, get(base + "/dossiers/" + b)))).isEqualTo(403);
        assertThat(status(as(otherMember, get(base + "/dossiers/" + a)))).isEqualTo(403);
        assertThat(status(as(otherMember, post(base + "/dossiers/" + a + "/findings").param("neutrality", "NOT_NEUTRAL")))).isEqualTo(403);
        assertThat(status(as(otherMember, post(base + "/dossiers/" + a + "/interviews").param("source", "RT_HEAD").param("sourceName", "X")
                .param("interviewedOn", today.toString()).param("finding", "x")))).isEqualTo(403);
        assertThat(status(as(otherMember, get(base + "/dossiers/" + a + "9")))).isIn(403, 404);
        // officers read every dossier, without the team's forms; the member's assigned list holds A only
        String officerView = body(as(officerAccount, get(base + "/dossiers/" + b)));
        assertThat(officerView).contains("Pejabat Beta " + n).doesNotContain("findings-form");
        String assigned = body(as(member, get("/track-records/assigned")));
        assertThat(assigned).contains("Pejabat Alfa " + n).doesNotContain("Pejabat Beta " + n).contains("data-total=\"1\"");

        // the member records: a verdict needs the superior's name; an interview cannot be dated in the future
        assertThat(error(as(member, post(base + "/dossiers/" + a + "/findings").param("superiorVerdict", "RECOMMENDED"))))
                .isEqualTo("trackrecord.error.superiorName");
        assertThat(error(as(member, post(base + "/dossiers/" + a + "/findings").param("superiorName", "Kepala Dinas Alfa")
                .param("superiorVerdict", "RECOMMENDED").param("neutrality", "NEUTRAL").param("integrity", "GOOD")
                .param("integrityNote", "Tidak ada catatan negatif").param("edijabScore", "77.5")))).isNull();
        assertThat(error(as(member, post(base + "/dossiers/" + a + "/interviews").param("source", "RT_HEAD").param("sourceName", "Pak RT")
                .param("interviewedOn", today.plusDays(1).toString()).param("finding", "Baik")))).isEqualTo("trackrecord.error.future");
        for (String source : new String[] {"RT_HEAD", "COMMUNITY_FIGURE"}) {
            assertThat(error(as(member, post(base + "/dossiers/" + a + "/interviews").param("source", source).param("sourceName", "Narasumber " + source)
                    .param("interviewedOn", today.toString()).param("finding", "Dikenal baik di lingkungan")))).isNull();
        }
        String twoOfThree = body(as(member, get(base + "/dossiers/" + a)));
        assertThat(twoOfThree).contains("Belum lengkap").contains("wawancara dengan tetangga").doesNotContain("wawancara dengan ketua RT")
                .contains("Direkomendasikan (Kepala Dinas Alfa)").contains("Nilai Edijab (dicatat tim): 77,50");
        assertThat(error(as(member, post(base + "/dossiers/" + a + "/interviews").param("source", "NEIGHBOUR").param("sourceName", "Bu Tetangga")
                .param("interviewedOn", today.minusDays(1).toString()).param("finding", "Ramah")))).isNull();
        assertThat(body(as(member, get(base + "/dossiers/" + a)))).contains("id=\"completeness\"").doesNotContain("id=\"missing\"");
        assertThat(body(as(member, get("/track-records/assigned?pending=true")))).contains("data-total=\"0\"");

        // every recorded finding is in the audit trail
        Long audited = jdbc.queryForObject("""
                SELECT count(*) FROM audit.audit_event WHERE actor = ? AND entity_type IN ('TRACKRECORD_FINDING','TRACKRECORD_INTERVIEW')""",
                Long.class, member);
        assertThat(audited).isEqualTo(4);

        // progress: team 1 is done, team 2 (due yesterday, B open) is overdue; the investigation (due in ten days) is open
        String investigation = body(as(officerAccount, get(base)));
        Matcher progress = Pattern.compile("class=\"badge team-progress[^\"]*\">([^<]+)<").matcher(investigation);
        assertThat(progress.find()).isTrue();
        assertThat(progress.group(1)).isEqualTo("Selesai");
        assertThat(progress.find()).isTrue();
        assertThat(progress.group(1)).isEqualTo("Melewati tenggat");
        assertThat(investigation).contains("1 dari 1 berkas lengkap");
        TestUsers.runAs(Role.OFFICER, null, null);
        try {
            assertThat(service.list(false).stream().filter(r -> r.id() == id).findFirst().orElseThrow().progress().name()).isEqualTo("OPEN");
        } finally {
            TestUsers.clear();
        }
        assertThat(investigation).contains("id=\"investigation-progress\"");

        // the regent reads the summary and its PDF, not the investigation's working page; others read nothing
        String summary = body(as(Role.REGENT, get(base + "/summary")));
        assertThat(summary).contains("Pejabat Alfa " + n).contains("Pejabat Beta " + n).contains("Direkomendasikan").contains("Lengkap");
        MvcResult pdf = as(Role.REGENT, get(base + "/summary.pdf"));
        assertThat(status(pdf)).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(status(as(Role.REGENT, get(base)))).isEqualTo(403);
        assertThat(status(as(Role.OPD_HEAD, get(base + "/summary")))).isEqualTo(403);
        assertThat(status(as(Role.EMPLOYEE, get("/track-records")))).isEqualTo(403);
        assertThat(status(as(Role.ASSESSOR, get(base + "/summary")))).isEqualTo(403);
    }

    @Test
    void investigationsPastTheirDeadlineForTheOfficerAndTheMembersQueue() throws Exception {
        LocalDate today = service.today();
        long late = open("Penelusuran Terlambat " + n, today.minusDays(1));
        long onTime = open("Penelusuran Tepat " + n, today);
        for (long id : new long[] {late, onTime}) {
            as(officerAccount, post("/track-records/" + id + "/officials").param("nip", nipB).param("category", "LURAH"));
        }
        String overdue = body(as(officerAccount, get("/track-records?overdue=true")));
        // the deadline day itself is still open; the day after is overdue
        assertThat(overdue).contains("Penelusuran Terlambat " + n).doesNotContain("Penelusuran Tepat " + n);
        Matcher total = Pattern.compile("data-total=\"(\\d+)\"").matcher(overdue);
        assertThat(total.find()).isTrue();
        assertThat(Long.parseLong(total.group(1))).isEqualTo(service.overdueCount()).isPositive();
        // the officer's landing page counts them and links to that list
        String landing = body(as(officerAccount, get("/")));
        assertThat(landing).contains("id=\"work-trackrecord-overdue\"").contains("data-work-count=\"" + service.overdueCount() + "\"");
        // the member's landing page shows their team's open dossiers
        assertThat(body(as(member, get("/")))).contains("id=\"work-trackrecord-assigned\"");
    }
}
