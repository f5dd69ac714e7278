package id.merit.selection;

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
import id.merit.orgunit.PostCommands;
import id.merit.selection.domain.RoundService;
import id.merit.selection.rules.RoundState;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The shortlist and the regent's decision through the pages on PostgreSQL (issue 14 item 4): the three best of the final
 * ranking go to the regent (not the fourth), each internal candidate with a dossier from the registry; only the regent
 * chooses, once; another than the first-ranked is refused without a written rationale (nothing stored) and stored with
 * it, shown on the oversight report and its PDF; a round is cancelled and repeated only with a reason; every step audited.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectionDecisionIT {
    static final String PASSWORD = "Panitia#Keputusan2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    OpdCommands opds;
    @Autowired
    PostCommands posts;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    RoundService rounds;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    long n;
    String opd;
    String internalNip;
    final List<String> assessors = new ArrayList<>();

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        n = System.nanoTime() % 100_000;
        opd = "KPTS" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Keputusan " + n, OpdKind.DINAS, null, null, null, null));
            internalNip = Nip.compose(LocalDate.of(1975, 6, 6), YearMonth.of(2000, 3), 'M', (int) (n % 900) + 1);
            employees.upsert(new EmployeeData(internalNip, "Calon Internal " + n, Gender.M, LocalDate.of(1975, 6, 6), EmployeeType.PNS, opd,
                    "IV/b", "Kepala Bidang Keputusan", PositionKind.ADMINISTRATOR, null, null, null, null, null, null));
            for (int i = 0; i < 5; i++) {
                String name = "kpts" + n + "a" + i;
                users.createUnchecked(new NewUser(name, PASSWORD, Role.ASSESSOR, null, null, "Asesor " + i), false);
                assessors.add(name);
            }
        } finally {
            TestUsers.clear();
        }
    }

    /**
     * A round with a final ranking: candidates A (internal, 80), B (70), C (60) and D (50) scored by a panel of five on
     * the interview alone, the stage closed.
     */
    long rankedRound(String code) throws Exception {
        long id;
        TestUsers.runAs(Role.OFFICER, null, null);
        try {
            LocalDate today = rounds.today();
            posts.upsert(new PostCommands.PostData(code + n, opd, "Kepala Dinas " + code + " " + n, "JPT_PRATAMA", null, null, 1, true, null));
            id = rounds.create(new RoundService.NewRound(code + n, "Seleksi " + code + " " + n, today.minusDays(1)));
            rounds.recommend(id, 0, "REK-" + n, today.minusDays(20), null);
            rounds.announce(id, 1, today.minusDays(16));
            jdbc.update("""
                    INSERT INTO selection.application (round_id, kind, employee_id, nip, name, eligible, eligibility_date, screening, applied_on,
                                                    created_by)
                    SELECT ?, 'INTERNAL', e.id, e.nip, ?, TRUE, ?, 'PASSED', ?, 'test' FROM employee.employee e WHERE e.nip = ?""",
                    id, "Kandidat A " + n, today.minusDays(5), today.minusDays(5), internalNip);
            for (String c : List.of("B", "C", "D")) {
                jdbc.update("""
                        INSERT INTO selection.application (round_id, kind, name, origin_agency, screening, applied_on, created_by)
                        VALUES (?, 'EXTERNAL', ?, 'Pemkot Bengkulu', 'PASSED', ?, 'test')""", id, "Kandidat " + c + " " + n, today.minusDays(5));
            }
            rounds.close(id, 2);
        } finally {
            TestUsers.clear();
        }
        String base = "/selection/rounds/" + id;
        for (int i = 0; i < 5; i++) {
            assertThat(error(as(Role.OFFICER, post(base + "/panel/members").param("kind", "EXTERNAL").param("name", "Prof. Penilai " + i)
                    .param("institution", "Universitas Bengkulu").param("username", assessors.get(i))))).isNull();
        }
        assertThat(error(as(Role.OFFICER, post(base + "/panel/plan").param("weight_INTERVIEW", "100")))).isNull();
        assertThat(error(as(Role.OFFICER, post(base + "/panel/open")))).isNull();
        Map<String, String> scores = Map.of("A", "80", "B", "70", "C", "60", "D", "50");
        for (String member : assessors) {
            for (var s : scores.entrySet()) {
                assertThat(error(as(member, post(base + "/scoring/scores").param("applicationId", String.valueOf(candidate(id, s.getKey())))
                        .param("stage", "INTERVIEW").param("score", s.getValue())))).isNull();
            }
        }
        assertThat(error(as(Role.OFFICER, post(base + "/stages/INTERVIEW/close")))).isNull();
        return id;
    }

    RoundService.RoundView round(long id) {
        TestUsers.runAs(Role.OFFICER, null, null);
        try {
            return rounds.get(id);
        } finally {
            TestUsers.clear();
        }
    }

    long candidate(long round, String letter) {
        return jdbc.queryForObject("SELECT id FROM selection.application WHERE round_id = ? AND name = ?", Long.class, round,
                "Kandidat " + letter + " " + n);
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

    long decisions(long round) {
        return jdbc.queryForObject("SELECT count(*) FROM selection.decision WHERE round_id = ?", Long.class, round);
    }

    MvcResult decide(long round, String letter, String rationale) throws Exception {
        MockHttpServletRequestBuilder r = post("/selection/rounds/" + round + "/decision").param("applicationId", String.valueOf(candidate(round, letter)));
        return as(Role.REGENT, rationale == null ? r : r.param("rationale", rationale));
    }

    @Test
    void theThreeBestGoToTheRegentWhoChoosesTheSecondWithAWrittenRationale() throws Exception {
        long round = rankedRound("KPA");
        String base = "/selection/rounds/" + round;

        // before the shortlist is forwarded the regent cannot choose; the page proposes A, B, C (not D)
        assertThat(error(decide(round, "A", null))).isEqualTo("selection.refusal.NO_SHORTLIST");
        String proposal = body(as(Role.OFFICER, get(base + "/shortlist")));
        assertThat(proposal).contains("Kandidat A " + n).contains("Kandidat C " + n).doesNotContain("Kandidat D " + n).contains("forward-form");
        // only officials forward; the regent may not
        assertThat(as(Role.REGENT, post(base + "/shortlist")).getResponse().getStatus()).isEqualTo(403);
        assertThat(error(as(Role.OFFICER, post(base + "/shortlist")))).isNull();
        assertThat(round(round).state()).isEqualTo(RoundState.SHORTLISTED);
        assertThat(jdbc.queryForList("SELECT a.name FROM selection.shortlist_entry e JOIN selection.application a ON a.id = e.application_id"
                + " WHERE e.round_id = ? ORDER BY e.position", String.class, round))
                .containsExactly("Kandidat A " + n, "Kandidat B " + n, "Kandidat C " + n);
        assertThat(error(as(Role.OFFICER, post(base + "/shortlist")))).isEqualTo("selection.refusal.ALREADY_FORWARDED");

        // the regent's landing page and list show the round waiting; the shortlist carries the internal candidate's dossier
        assertThat(body(as(Role.REGENT, get("/")))).contains("Seleksi menunggu pilihan Anda");
        assertThat(body(as(Role.REGENT, get("/selection/decisions")))).contains("Kepala Dinas KPA " + n);
        String page = body(as(Role.REGENT, get(base + "/shortlist")));
        assertThat(page).contains(internalNip).contains("Kepala Bidang Keputusan").contains("decision-rationale");
        MvcResult pdf = as(Role.REGENT, get(base + "/shortlist.pdf"));
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(text(pdf.getResponse().getContentAsByteArray())).contains("Kandidat A " + n).contains("Kandidat B " + n)
                .doesNotContain("Kandidat D " + n);

        // officials cannot choose; a candidate off the shortlist is refused; the second without a rationale too, nothing stored
        MockHttpServletRequestBuilder asOfficer = post(base + "/decision").param("applicationId", String.valueOf(candidate(round, "A")));
        assertThat(as(Role.OFFICER, asOfficer).getResponse().getStatus()).isEqualTo(403);
        assertThat(error(decide(round, "D", "Lebih berpengalaman"))).isEqualTo("selection.refusal.NOT_ON_SHORTLIST");
        MvcResult noReason = decide(round, "B", "   ");
        assertThat(error(noReason)).isEqualTo("selection.refusal.RATIONALE_REQUIRED");
        assertThat(noReason.getFlashMap().get("decisionForm")).as("the typed form comes back").isNotNull();
        assertThat(decisions(round)).isZero();
        assertThat(round(round).state()).isEqualTo(RoundState.SHORTLISTED);

        // with the rationale: stored, the round decided, once
        assertThat(error(decide(round, "B", "Pengalaman lapangan di daerah perbatasan"))).isNull();
        assertThat(jdbc.queryForObject("SELECT rank || ':' || rationale FROM selection.decision WHERE round_id = ?", String.class, round))
                .isEqualTo("2:Pengalaman lapangan di daerah perbatasan");
        assertThat(round(round).state()).isEqualTo(RoundState.DECIDED);
        assertThat(error(decide(round, "A", null))).isEqualTo("selection.refusal.ALREADY_DECIDED");
        assertThat(error(as(Role.OFFICER, post(base + "/cancellation").param("version", String.valueOf(round(round).version()))
                .param("reason", "Terlambat")))).isEqualTo("selection.refusal.ROUND_DECIDED");

        // the oversight report (page and PDF) shows the choice and its rationale
        assertThat(body(as(Role.OFFICER, get(base + "/oversight")))).contains("Kandidat B " + n).contains("Pengalaman lapangan di daerah perbatasan");
        String oversight = text(as(Role.REGENT, get(base + "/oversight.pdf")).getResponse().getContentAsByteArray());
        assertThat(oversight).contains("Kandidat B " + n).contains("Pengalaman lapangan di daerah perbatasan");
        assertThat(body(as(Role.REGENT, get("/selection/decisions")))).doesNotContain("Kepala Dinas KPA " + n);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_SHORTLIST' AND entity_key = ?",
                Long.class, String.valueOf(round))).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_DECISION' AND entity_key = ?"
                + " AND new_values::text LIKE '%perbatasan%'", Long.class, String.valueOf(round))).isEqualTo(1L);
    }

    @Test
    void theFirstRankedNeedsNoRationale() throws Exception {
        long round = rankedRound("KPB");
        assertThat(error(as(Role.ADMIN, post("/selection/rounds/" + round + "/shortlist")))).isNull();
        assertThat(error(decide(round, "A", null))).isNull();
        assertThat(jdbc.queryForObject("SELECT rank FROM selection.decision WHERE round_id = ? AND rationale IS NULL", Integer.class, round))
                .isEqualTo(1);
    }

    @Test
    void aRoundIsCancelledAndRepeatedOnlyWithAReason() throws Exception {
        long round = rankedRound("KPC");
        String base = "/selection/rounds/" + round;
        int version = round(round).version();
        assertThat(error(as(Role.OFFICER, post(base + "/cancellation").param("version", String.valueOf(version)).param("reason", " "))))
                .isEqualTo("selection.refusal.REASON_REQUIRED");
        assertThat(as(Role.REGENT, post(base + "/cancellation").param("version", String.valueOf(version)).param("reason", "x"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(error(as(Role.OFFICER, post(base + "/cancellation").param("version", String.valueOf(version))
                .param("reason", "Pelamar yang memenuhi syarat kurang dari tiga")))).isNull();
        RoundService.RoundView cancelled = round(round);
        assertThat(cancelled.state()).isEqualTo(RoundState.CANCELLED);
        assertThat(cancelled.cancellation().reason()).isEqualTo("Pelamar yang memenuhi syarat kurang dari tiga");
        assertThat(error(as(Role.OFFICER, post(base + "/shortlist")))).isEqualTo("selection.refusal.ROUND_CANCELLED");

        String closes = rounds.today().plusDays(30).toString();
        assertThat(error(as(Role.OFFICER, post(base + "/repetition").param("reason", "").param("registrationClosesOn", closes))))
                .isEqualTo("selection.refusal.REASON_REQUIRED");
        MvcResult repeated = as(Role.OFFICER, post(base + "/repetition").param("reason", "Diulang sesuai arahan Bupati")
                .param("registrationClosesOn", closes));
        assertThat(error(repeated)).isNull();
        long created = jdbc.queryForObject("SELECT id FROM selection.round WHERE repeats_round_id = ?", Long.class, round);
        assertThat(repeated.getResponse().getRedirectedUrl()).isEqualTo("/selection/rounds/" + created);
        RoundService.RoundView again = round(created);
        assertThat(again.state()).isEqualTo(RoundState.DRAFT);
        assertThat(again.postCode()).isEqualTo("KPC" + n);
        assertThat(again.repeatReason()).isEqualTo("Diulang sesuai arahan Bupati");
        assertThat(round(round).repeatedByRoundId()).isEqualTo(created);
        assertThat(error(as(Role.OFFICER, post(base + "/repetition").param("reason", "Sekali lagi").param("registrationClosesOn", closes))))
                .isEqualTo("selection.refusal.ALREADY_REPEATED");
        assertThat(body(as(Role.REGENT, get(base + "/shortlist")))).contains("Pelamar yang memenuhi syarat kurang dari tiga");
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
