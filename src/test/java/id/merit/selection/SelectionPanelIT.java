package id.merit.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import id.merit.selection.domain.PanelService;
import id.merit.selection.domain.RoundService;
import id.merit.selection.rules.RoundState;
import id.merit.selection.rules.Stage;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The selection panel through the pages on PostgreSQL (issue 14 item 3): the odd 5–9 size enforced when scoring opens,
 * the internal/external share, members linked to ASSESSOR accounts and scoped to their rounds, the conflict-of-interest
 * bar, blind scoring (403 before one's own score; officials only after the stage closes), weights refused once scoring
 * is open, the tie-break order on the ranking, the PDFs and the audit trail.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectionPanelIT {
    static final String PASSWORD = "Panitia#Seleksi2026";

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
    PanelService panel;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    long n;
    String memberNip;
    final List<String> assessors = new ArrayList<>();
    String outsider;
    String officerAccount;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        n = System.nanoTime() % 100_000;
        String opd = "PANIT" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opd, "Dinas Panitia " + n, OpdKind.DINAS, null, null, null, null));
            memberNip = Nip.compose(LocalDate.of(1968, 4, 4), YearMonth.of(1994, 1), 'M', (int) (n % 900) + 1);
            employees.upsert(new EmployeeData(memberNip, "Sekda Panitia " + n, Gender.M, LocalDate.of(1968, 4, 4), EmployeeType.PNS, opd,
                    "IV/d", "Sekretaris Daerah", PositionKind.JPT_PRATAMA, null, null, null, null, null, null));
            for (int i = 0; i < 7; i++) {
                String name = "pan" + n + "a" + i;
                users.createUnchecked(new NewUser(name, PASSWORD, Role.ASSESSOR, null, null, "Asesor " + i), false);
                assessors.add(name);
            }
            outsider = "pan" + n + "out";
            users.createUnchecked(new NewUser(outsider, PASSWORD, Role.ASSESSOR, null, null, null), false);
            officerAccount = "pan" + n + "off";
            users.createUnchecked(new NewUser(officerAccount, PASSWORD, Role.OFFICER, null, null, null), false);
        } finally {
            TestUsers.clear();
        }
    }

    /** A round whose registration has closed, with three candidates who passed the screening (A, B, C). */
    long closedRound(String code) {
        TestUsers.runAs(Role.OFFICER, null, null);
        try {
            LocalDate today = rounds.today();
            posts.upsert(new PostCommands.PostData(code + n, "PANIT" + n, "Kepala Dinas " + code + " " + n, "JPT_PRATAMA", null, null, 1, true, null));
            long id = rounds.create(new RoundService.NewRound(code + n, "Seleksi " + code + " " + n, today.minusDays(1)));
            rounds.recommend(id, 0, "REK-" + n, today.minusDays(20), null);
            rounds.announce(id, 1, today.minusDays(16));
            for (String c : List.of("A", "B", "C")) {
                // the registration window is over: the applications are written as the screening left them
                jdbc.update("""
                        INSERT INTO selection.application (round_id, kind, name, origin_agency, screening, applied_on, created_by)
                        VALUES (?, 'EXTERNAL', ?, 'Pemkot Bengkulu', 'PASSED', ?, 'test')""", id, "Kandidat " + c + " " + n, today.minusDays(5));
            }
            rounds.close(id, 2);
            assertThat(rounds.get(id).state()).isEqualTo(RoundState.CLOSED);
            return id;
        } finally {
            TestUsers.clear();
        }
    }

    long candidate(long round, String letter) {
        return jdbc.queryForObject("SELECT id FROM selection.application WHERE round_id = ? AND name = ?", Long.class, round,
                "Kandidat " + letter + " " + n);
    }

    UserDetails account(String username) {
        return users.loadUserByUsername(username);
    }

    MvcResult as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(account(username))).with(csrf())).andReturn();
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

    MvcResult addExternal(long round, int i) throws Exception {
        return as(Role.OFFICER, post("/selection/rounds/" + round + "/panel/members").param("kind", "EXTERNAL")
                .param("name", "Prof. Pakar " + i).param("institution", "Universitas Bengkulu").param("username", assessors.get(i)));
    }

    MvcResult score(String member, long round, long candidate, Stage stage, String value) throws Exception {
        return as(member, post("/selection/rounds/" + round + "/scoring/scores").param("applicationId", String.valueOf(candidate))
                .param("stage", stage.name()).param("score", value));
    }

    @Test
    void thePanelFromCompositionToRanking() throws Exception {
        long round = closedRound("PJA");
        String base = "/selection/rounds/" + round;
        long a = candidate(round, "A");
        long b = candidate(round, "B");
        long c = candidate(round, "C");

        // members are linked to enabled ASSESSOR accounts only
        assertThat(error(as(Role.OFFICER, post(base + "/panel/members").param("kind", "EXTERNAL").param("name", "X")
                .param("institution", "Y").param("username", "tidak-ada-" + n)))).isEqualTo("selection.refusal.NOT_AN_ASSESSOR");
        assertThat(error(as(Role.OFFICER, post(base + "/panel/members").param("kind", "EXTERNAL").param("name", "X")
                .param("institution", "Y").param("username", officerAccount)))).isEqualTo("selection.refusal.NOT_AN_ASSESSOR");
        // one internal member from the registry, three external: four are too few, said on the page and on opening
        assertThat(error(as(Role.OFFICER, post(base + "/panel/members").param("kind", "INTERNAL").param("nip", memberNip)
                .param("institution", "Sekretaris Daerah").param("username", assessors.get(0))))).isNull();
        for (int i = 1; i <= 3; i++) {
            assertThat(error(addExternal(round, i))).isNull();
        }
        assertThat(error(addExternal(round, 3))).isEqualTo("selection.refusal.ALREADY_MEMBER");
        String page = body(as(Role.REGENT, get(base + "/panel")));
        assertThat(page).contains("Internal 1, eksternal 3 (internal 25%, eksternal 75%)").contains("Sekda Panitia " + n)
                .contains("beranggotakan 4 orang; paling sedikit 5").doesNotContain("open-form");
        MvcResult tooFew = as(Role.OFFICER, post(base + "/panel/open"));
        assertThat(error(tooFew)).isEqualTo("selection.refusal.PANEL_TOO_SMALL");
        // six: even, refused; five after removing one
        addExternal(round, 4);
        addExternal(round, 5);
        assertThat(error(as(Role.OFFICER, post(base + "/panel/open")))).isEqualTo("selection.refusal.PANEL_EVEN");
        long sixth = jdbc.queryForObject("SELECT id FROM selection.panel_member WHERE round_id = ? AND username = ?", Long.class, round,
                assessors.get(5));
        as(Role.OFFICER, post(base + "/panel/members/" + sixth + "/removal"));
        // the regent reads but does not act
        assertThat(as(Role.REGENT, post(base + "/panel/open")).getResponse().getStatus()).isEqualTo(403);

        // weights: competency and interview only, default tie-break (competency, then interview); a bad tie-break refused
        assertThat(error(as(Role.OFFICER, post(base + "/panel/plan").param("weight_COMPETENCY", "50").param("weight_INTERVIEW", "50")
                .param("tieBreak", "PAPER")))).isEqualTo("selection.refusal.TIE_BREAK_INVALID");
        assertThat(error(as(Role.OFFICER, post(base + "/panel/plan").param("weight_COMPETENCY", "50").param("weight_INTERVIEW", "50")
                .param("tieBreak", "COMPETENCY").param("tieBreak", "INTERVIEW")))).isNull();
        // before opening no one scores
        assertThat(error(score(assessors.get(1), round, b, Stage.COMPETENCY, "80"))).isEqualTo("selection.refusal.ASSESSMENT_NOT_OPEN");
        assertThat(error(as(Role.OFFICER, post(base + "/panel/open")))).isNull();
        // once open: weights, tie-break and panel are fixed
        assertThat(error(as(Role.OFFICER, post(base + "/panel/plan").param("weight_COMPETENCY", "70").param("weight_INTERVIEW", "30"))))
                .isEqualTo("selection.refusal.ASSESSMENT_OPENED");
        assertThat(error(addExternal(round, 6))).isEqualTo("selection.refusal.ASSESSMENT_OPENED");
        assertThat(jdbc.queryForObject("SELECT weight FROM selection.stage WHERE round_id = ? AND stage = 'COMPETENCY'", Integer.class, round))
                .isEqualTo(50);

        // assessor scope: members see their round, others do not (403), on the list and on every page
        assertThat(body(as(assessors.get(1), get("/selection/assessor")))).contains("Seleksi PJA " + n);
        assertThat(body(as(outsider, get("/selection/assessor")))).doesNotContain("Seleksi PJA " + n);
        assertThat(as(outsider, get(base + "/scoring")).getResponse().getStatus()).isEqualTo(403);
        assertThat(as(outsider, post(base + "/scoring/scores").param("applicationId", String.valueOf(b)).param("stage", "COMPETENCY")
                .param("score", "99")).getResponse().getStatus()).isEqualTo(403);
        assertThat(as(assessors.get(5), get(base + "/scoring")).getResponse().getStatus()).as("removed member").isEqualTo(403);
        assertThat(as(assessors.get(1), get(base + "/panel")).getResponse().getStatus()).isEqualTo(403);

        // conflict of interest: member 0 with candidate A; scoring A is then refused on the server
        assertThat(error(as(assessors.get(0), post(base + "/scoring/conflicts").param("applicationId", String.valueOf(a))
                .param("reason", "Saudara kandung")))).isNull();
        MvcResult barred = score(assessors.get(0), round, a, Stage.COMPETENCY, "90");
        assertThat(error(barred)).isEqualTo("selection.refusal.CONFLICT_DECLARED");
        assertThat(body(as(assessors.get(0), get(base + "/scoring")))).contains("Saudara kandung");

        // blind scoring: member 1 scores B; member 2 cannot read it before scoring B (403), officials not before closing
        assertThat(error(score(assessors.get(1), round, b, Stage.COMPETENCY, "80"))).isNull();
        String sheetB = base + "/stages/COMPETENCY/candidates/" + b + "/scores";
        assertThat(as(assessors.get(2), get(sheetB)).getResponse().getStatus()).isEqualTo(403);
        assertThat(body(as(assessors.get(2), get(base + "/scoring")))).doesNotContain("80,00");
        MvcResult officialEarly = as(Role.OFFICER, get(sheetB));
        assertThat(officialEarly.getResponse().getStatus()).isEqualTo(302);
        assertThat(error(officialEarly)).isEqualTo("selection.refusal.STAGE_OPEN");
        assertThat(as(assessors.get(1), get(sheetB)).getResponse().getStatus()).isEqualTo(200);
        // a score is submitted once, 0-100
        assertThat(error(score(assessors.get(1), round, b, Stage.COMPETENCY, "90"))).isEqualTo("selection.refusal.ALREADY_SCORED");
        assertThat(error(score(assessors.get(2), round, b, Stage.COMPETENCY, "100.5"))).isEqualTo("selection.refusal.SCORE_OUT_OF_RANGE");
        assertThat(error(score(assessors.get(2), round, b, Stage.PAPER, "70"))).isEqualTo("selection.refusal.STAGE_NOT_SCORED");

        // closing with scores missing is refused
        assertThat(error(as(Role.OFFICER, post(base + "/stages/COMPETENCY/close")))).isEqualTo("selection.refusal.SCORES_MISSING");

        // every final score is 70: A 70/70, B 80/60, C 60/80; the tie-break (competency, then interview) orders B, A, C
        for (int m = 0; m < 5; m++) {
            String member = assessors.get(m);
            if (m != 0) {
                assertThat(error(score(member, round, a, Stage.COMPETENCY, "70"))).isNull();
                assertThat(error(score(member, round, a, Stage.INTERVIEW, "70"))).isNull();
            }
            if (m != 1) {
                assertThat(error(score(member, round, b, Stage.COMPETENCY, "80"))).isNull();
            }
            assertThat(error(score(member, round, b, Stage.INTERVIEW, "60"))).isNull();
            assertThat(error(score(member, round, c, Stage.COMPETENCY, "60"))).isNull();
            assertThat(error(score(member, round, c, Stage.INTERVIEW, "80"))).isNull();
        }
        // after scoring B, member 2 reads every member's score of B
        assertThat(body(as(assessors.get(2), get(sheetB)))).contains("Prof. Pakar 1").contains("80,00");
        // the ranking waits for every weighted stage
        assertThat(error(as(Role.OFFICER, get(base + "/ranking")))).isEqualTo("selection.refusal.STAGE_OPEN");
        assertThat(error(as(Role.OFFICER, post(base + "/stages/COMPETENCY/close")))).isNull();
        // a conflict is declared before scoring, not after
        assertThat(error(as(assessors.get(3), post(base + "/scoring/conflicts").param("applicationId", String.valueOf(c))
                .param("reason", "Teman lama")))).isEqualTo("selection.refusal.CONFLICT_AFTER_SCORING");
        // after closing, officials read the sheet and the results with the JPM band (selection scheme)
        String officialSheet = body(as(Role.REGENT, get(sheetB)));
        assertThat(officialSheet).contains("Sekda Panitia " + n).contains("Rata-rata: 80,00");
        String results = body(as(Role.REGENT, get(base + "/stages/COMPETENCY/results")));
        assertThat(results).contains("Memenuhi Syarat (MS)").contains("Kurang Memenuhi Syarat (KMS)").contains("Masih Memenuhi Syarat (MMS)");
        assertThat(results.indexOf("Kandidat B " + n)).isLessThan(results.indexOf("Kandidat A " + n));
        assertThat(results.indexOf("Kandidat A " + n)).isLessThan(results.indexOf("Kandidat C " + n));
        MvcResult pdf = as(Role.REGENT, get(base + "/stages/COMPETENCY/results.pdf"));
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String pdfText = text(pdf.getResponse().getContentAsByteArray());
        assertThat(pdfText).contains("Hasil tahap Asesmen kompetensi (JPM)").contains("Kandidat B " + n).contains("Memenuhi Syarat (MS)")
                .contains("WIB");
        assertThat(error(score(assessors.get(2), round, a, Stage.COMPETENCY, "70"))).isEqualTo("selection.refusal.STAGE_CLOSED");

        assertThat(error(as(Role.OFFICER, post(base + "/stages/INTERVIEW/close")))).isNull();
        String ranking = body(as(Role.REGENT, get(base + "/ranking")));
        int rb = ranking.indexOf("Kandidat B " + n);
        int ra = ranking.indexOf("Kandidat A " + n);
        int rc = ranking.indexOf("Kandidat C " + n);
        assertThat(rb).isPositive().isLessThan(ra);
        assertThat(ra).isLessThan(rc);
        assertThat(ranking).contains("Nilai akhir sama diurutkan menurut").contains("Asesmen kompetensi (JPM), </span><span>Wawancara")
                .contains("70,00").doesNotContain("COMPETENCY");
        MvcResult rankingPdf = as(Role.OFFICER, get(base + "/ranking.pdf"));
        String rankingText = text(rankingPdf.getResponse().getContentAsByteArray());
        assertThat(rankingText).contains("Peringkat akhir").contains("Asesmen kompetensi (JPM), Wawancara");
        assertThat(rankingText.indexOf("Kandidat B " + n)).isPositive().isLessThan(rankingText.indexOf("Kandidat C " + n));

        // every step is audited; a submitted score without its value
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_PANEL' AND summary LIKE ?",
                Long.class, "Prof. Pakar%")).isGreaterThanOrEqualTo(5L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_CONFLICT' AND new_values::text LIKE ?",
                Long.class, "%Saudara kandung%")).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_SCORE' AND actor = ? AND action = 'CREATE'",
                Long.class, assessors.get(2))).isEqualTo(6L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_SCORE' AND new_values::text LIKE '%\"score\"%'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SELECTION_PLAN' AND entity_key LIKE ?",
                Long.class, round + "%")).isGreaterThanOrEqualTo(4L);
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSizeRuleAtEveryCountFromFourToTen() throws Exception {
        long round = closedRound("PJB");
        String base = "/selection/rounds/" + round;
        // 4..7 via the page; the seventh assessor is the last account; 8..10 are checked by PanelPolicyTests and the 10th add below
        for (int i = 0; i < 4; i++) {
            addExternal(round, i);
        }
        assertThat(error(as(Role.OFFICER, post(base + "/panel/open")))).isEqualTo("selection.refusal.PANEL_TOO_SMALL");
        addExternal(round, 4);
        addExternal(round, 5);
        assertThat(error(as(Role.OFFICER, post(base + "/panel/open")))).isEqualTo("selection.refusal.PANEL_EVEN");
        addExternal(round, 6);
        assertThat(error(as(Role.OFFICER, post(base + "/panel/open")))).isNull();
        assertThat(body(as(Role.OFFICER, get(base + "/panel")))).contains("Internal 0, eksternal 7").doesNotContain("panel-size-problem");
        // the service refuses the same way when called directly (not only the page)
        TestUsers.runAs(Role.OFFICER, null, null);
        try {
            assertThatThrownBy(() -> panel.plan(round, java.util.Map.of(Stage.INTERVIEW, 100), List.of()))
                    .hasMessage("selection.refusal.ASSESSMENT_OPENED");
        } finally {
            TestUsers.clear();
        }
    }
}
