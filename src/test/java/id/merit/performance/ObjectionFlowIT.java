package id.merit.performance;

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
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.PostCommands;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Objections to an SKP rating (PP 30/2019 Ps 59) on the whole application and PostgreSQL: the employee files within 14
 * days, the objection goes to the rater's superior from the post catalogue (or to BKPSDM when none is known), the
 * superior grants (new ratings, predicate derived again, original kept) or rejects, the decision is final; day 15 is
 * refused; nobody else files or decides. A Kurang predicate starts the Ps 56-58 follow-up, a granted objection cancels it.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectionFlowIT {

    private static final String PASSWORD = "Rahasia#2026x";
    private static final int YEAR = 2025;

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpdCommands opds;
    @Autowired
    PostCommands posts;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    Clock clock;

    private MockMvc mvc;
    private final Map<String, UserDetails> as = new HashMap<>();
    private final Map<String, String> nips = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private long n;

    @BeforeAll
    void registry() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        jdbc.update("INSERT INTO performance.period (year, kind, deadline, opened_by) VALUES (?, 'ANNUAL', ?, 'test') ON CONFLICT DO NOTHING",
                YEAR, LocalDate.of(YEAR + 1, 1, 31));
        n = System.nanoTime() % 100_000;
        String opdA = "OBJ-A" + n;
        String opdB = "OBJ-B" + n;
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(n % 5000);
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opdA, "Dinas Keberatan " + n, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdB, "Badan Lain " + n, OpdKind.BADAN, null, null, null, null));
            // the line: head (top post) <- rater (kepala bidang) <- own, colleague, late; "loose" has no post, "foreign" works elsewhere
            posts.upsert(new PostCommands.PostData("OBJ-H" + n, opdA, "Kepala Dinas", "JPT_PRATAMA", null, null, 1, false, null));
            posts.upsert(new PostCommands.PostData("OBJ-R" + n, opdA, "Kepala Bidang", "ADMINISTRATOR", null, "OBJ-H" + n, 1, false, null));
            posts.upsert(new PostCommands.PostData("OBJ-S" + n, opdA, "Analis", "PELAKSANA", null, "OBJ-R" + n, 5, false, null));
            String[][] people = {
                    {"head", opdA, "OBJ-H"}, {"rater", opdA, "OBJ-R"}, {"own", opdA, "OBJ-S"}, {"colleague", opdA, "OBJ-S"},
                    {"late", opdA, "OBJ-S"}, {"loose", opdA, null}, {"foreign", opdB, null}};
            int month = 1;
            for (String[] p : people) {
                String nip = Nip.compose(born, YearMonth.of(2005, month++), 'M', (int) (n % 990) + 1);
                String name = "Pegawai " + p[0] + " " + n;
                nips.put(p[0], nip);
                names.put(p[0], name);
                employees.upsert(new EmployeeData(nip, name, Gender.M, born, EmployeeType.PNS, p[1], "III/a", "Analis",
                        PositionKind.PELAKSANA, null, null, null, null));
                if (p[2] != null) {
                    jdbc.update("""
                            INSERT INTO employee.position_history (employee_id, position_name, position_kind, opd_id, start_date, post_code)
                            SELECT e.id, 'Jabatan', 'PELAKSANA', e.opd_id, DATE '2020-01-01', ? FROM employee.employee e WHERE e.nip = ?
                            """, p[2] + n, nip);
                }
                users.createUnchecked(new NewUser("obj" + p[0] + n, PASSWORD, Role.EMPLOYEE, null, nip, null), false);
                as.put(p[0], users.loadUserByUsername("obj" + p[0] + n));
            }
            users.createUnchecked(new NewUser("objkadis" + n, PASSWORD, Role.OPD_HEAD, opdA, null, null), false);
            as.put("opdHead", users.loadUserByUsername("objkadis" + n));
            users.createUnchecked(new NewUser("objofficer" + n, PASSWORD, Role.OFFICER, null, null, null), false);
            as.put("officer", users.loadUserByUsername("objofficer" + n));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MvcResult send(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(as.get(who)))).andReturn();
    }

    private String base(String who) {
        return "/performance/employees/" + nips.get(who) + "/skp";
    }

    private void rate(String who, String results, String behaviour) throws Exception {
        Integer version = jdbc.query("SELECT v.version FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id "
                + "WHERE e.nip = ? AND v.year = ? AND v.period = 'ANNUAL'", (rs, i) -> rs.getInt(1), nips.get(who), YEAR).stream().findFirst().orElse(null);
        MvcResult r = send("opdHead", post("/performance/" + YEAR + "/employees/" + nips.get(who)).with(csrf())
                .param("results", results).param("behaviour", behaviour).param("version", version == null ? "" : version.toString()));
        assertThat(r.getResponse().getStatus()).as("rating %s", who).isEqualTo(302);
    }

    private MvcResult file(String who, String whose, String reasons) throws Exception {
        return send(who, post(base(whose) + "/" + YEAR + "/objection").with(csrf()).param("reasons", reasons));
    }

    private MvcResult decide(String who, String whose, String outcome, String results, String behaviour) throws Exception {
        Integer version = jdbc.query("SELECT o.version FROM performance.objection o JOIN performance.evaluation v ON v.id = o.evaluation_id "
                + "JOIN employee.employee e ON e.id = v.employee_id WHERE e.nip = ? ORDER BY o.id DESC LIMIT 1", (rs, i) -> rs.getInt(1),
                nips.get(whose)).stream().findFirst().orElse(0);
        MockHttpServletRequestBuilder req = post(base(whose) + "/" + YEAR + "/objection/decision").with(csrf())
                .param("outcome", outcome).param("reasons", "Bukti capaian kinerja telah diperiksa ulang.").param("version", version.toString());
        if (results != null) {
            req.param("results", results).param("behaviour", behaviour);
        }
        return send(who, req);
    }

    private Map<String, Object> evaluation(String who) {
        return jdbc.queryForMap("SELECT v.id, v.results_rating, v.behaviour_rating, v.predicate, v.version, v.rated_by FROM performance.evaluation v "
                + "JOIN employee.employee e ON e.id = v.employee_id WHERE e.nip = ? AND v.year = ? AND v.period = 'ANNUAL'", nips.get(who), YEAR);
    }

    private Map<String, Object> objection(String who) {
        return jdbc.queryForMap("SELECT o.* FROM performance.objection o JOIN performance.evaluation v ON v.id = o.evaluation_id "
                + "JOIN employee.employee e ON e.id = v.employee_id WHERE e.nip = ? ORDER BY o.id DESC LIMIT 1", nips.get(who));
    }

    private String followUpStatus(String who) {
        return jdbc.query("SELECT f.status FROM performance.follow_up f WHERE f.evaluation_id = ?", (rs, i) -> rs.getString(1),
                evaluation(who).get("id")).stream().findFirst().orElse(null);
    }

    @Test
    void grantedTheSuperiorSetsNewRatingsAndThePredicateIsDerivedAgain() throws Exception {
        rate("own", "MEETS", "BELOW");   // Kurang (misconduct)
        assertThat(evaluation("own")).containsEntry("predicate", "KURANG").containsEntry("rated_by", "objkadis" + n);
        assertThat(followUpStatus("own")).isEqualTo("OPEN");

        String page = send("own", get(base("own"))).getResponse().getContentAsString();
        assertThat(page).contains("SKP tahun 2025", "Kurang/Misconduct", "objkadis" + n, "Sesuai ekspektasi",
                "Pasal 56-58", "Ajukan keberatan");

        // nobody but the employee files: not the OPD head, not a colleague, not someone of another OPD
        assertThat(file("opdHead", "own", "Saya tidak setuju dengan penilaian.").getResponse().getStatus()).isEqualTo(403);
        assertThat(file("colleague", "own", "Saya tidak setuju dengan penilaian.").getResponse().getStatus()).isEqualTo(403);
        assertThat(file("foreign", "own", "Saya tidak setuju dengan penilaian.").getResponse().getStatus()).isEqualTo(403);
        assertThat(send("foreign", get(base("own"))).getResponse().getStatus()).isEqualTo(403);
        assertThat(send("foreign", get(base("own") + "/" + YEAR + "/objection")).getResponse().getStatus()).isEqualTo(403);

        // reasons are required; then filed, up the line to the rater's superior
        assertThat(file("own", "own", " ").getResponse().getContentAsString()).contains("Wajib diisi");
        assertThat(file("own", "own", "Target kinerja saya tercapai dan perilaku dinilai tanpa bukti.").getResponse().getStatus()).isEqualTo(302);
        Map<String, Object> o = objection("own");
        assertThat(o).containsEntry("status", "OPEN").containsEntry("routed_to", "SUPERIOR").containsEntry("decider_nip", nips.get("head"))
                .containsEntry("rater_nip", nips.get("rater")).containsEntry("original_predicate", "KURANG");
        assertThat(o.get("deadline")).hasToString(LocalDate.now(clock).plusDays(14).toString());
        // one open objection per rating; the rater cannot change the rating under objection
        assertThat(file("own", "own", "Keberatan kedua atas penilaian yang sama.").getResponse().getContentAsString())
                .contains("Sudah ada keberatan yang sedang diproses");
        MvcResult locked = send("opdHead", post("/performance/" + YEAR + "/employees/" + nips.get("own")).with(csrf())
                .param("results", "ABOVE").param("behaviour", "ABOVE").param("version", evaluation("own").get("version").toString()));
        assertThat(locked.getResponse().getContentAsString()).contains("pegawai telah mengajukan keberatan");
        assertThat(evaluation("own")).containsEntry("predicate", "KURANG");

        // neither the employee, nor the rater's OPD head, nor the rater decide; the superior sees it in their list
        assertThat(decide("own", "own", "GRANTED", "MEETS", "MEETS").getResponse().getStatus()).isEqualTo(403);
        assertThat(decide("opdHead", "own", "GRANTED", "MEETS", "MEETS").getResponse().getStatus()).isEqualTo(403);
        assertThat(decide("rater", "own", "GRANTED", "MEETS", "MEETS").getResponse().getStatus()).isEqualTo(403);
        assertThat(send("head", get("/performance/objections")).getResponse().getContentAsString()).contains(names.get("own"));
        assertThat(send("rater", get("/performance/objections")).getResponse().getContentAsString()).doesNotContain(names.get("own"));
        String form = send("head", get(base("own") + "/" + YEAR + "/objection")).getResponse().getContentAsString();
        assertThat(form).contains("decision-form", "Target kinerja saya tercapai");

        // granted without new ratings: refused, nothing written
        assertThat(decide("head", "own", "GRANTED", null, null).getResponse().getContentAsString()).contains("pilih rating yang baru");
        assertThat(objection("own")).containsEntry("status", "OPEN");

        assertThat(decide("head", "own", "GRANTED", "MEETS", "MEETS").getResponse().getStatus()).isEqualTo(302);
        assertThat(evaluation("own")).containsEntry("results_rating", "MEETS").containsEntry("behaviour_rating", "MEETS")
                .containsEntry("predicate", "BAIK");
        assertThat(objection("own")).containsEntry("status", "GRANTED").containsEntry("new_predicate", "BAIK")
                .containsEntry("original_results", "MEETS").containsEntry("original_behaviour", "BELOW")
                .containsEntry("original_predicate", "KURANG").containsEntry("decided_by", "objhead" + n);
        assertThat(followUpStatus("own")).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SKP_OBJECTION' AND entity_key = ?",
                Long.class, nips.get("own") + "/" + YEAR)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SKP_EVALUATION' AND entity_key = ? "
                + "AND old_values ->> 'predicate' = 'KURANG' AND new_values ->> 'predicate' = 'BAIK'", Long.class,
                nips.get("own") + "/" + YEAR + "/ANNUAL")).isEqualTo(1);

        // final: no second decision, no second objection
        assertThat(decide("head", "own", "REJECTED", null, null).getResponse().getStatus()).isEqualTo(404);
        assertThat(file("own", "own", "Saya mengajukan keberatan lagi.").getResponse().getContentAsString()).contains("putusannya final");
        String after = send("own", get(base("own") + "/" + YEAR + "/objection")).getResponse().getContentAsString();
        assertThat(after).contains("Keberatan dikabulkan", "Kurang/Misconduct", "Baik", "bersifat final");

        // the document as PDF, with the new predicate and the objection
        MvcResult pdf = send("own", get(base("own") + "/" + YEAR + ".pdf"));
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "skp-document.pdf"), pdf.getResponse().getContentAsByteArray());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", names.get("own"), nips.get("own"), "Baik", "Keberatan dikabulkan");
        }
        assertThat(send("foreign", get(base("own") + "/" + YEAR + ".pdf")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void rejectedTheOriginalRatingStands() throws Exception {
        rate("colleague", "BELOW", "BELOW");   // Sangat Kurang
        assertThat(file("colleague", "colleague", "Penilaian tidak sesuai dengan capaian saya.").getResponse().getStatus()).isEqualTo(302);
        int version = (Integer) evaluation("colleague").get("version");
        assertThat(decide("head", "colleague", "REJECTED", null, null).getResponse().getStatus()).isEqualTo(302);
        assertThat(objection("colleague")).containsEntry("status", "REJECTED").containsEntry("new_predicate", null);
        assertThat(evaluation("colleague")).containsEntry("predicate", "SANGAT_KURANG").containsEntry("version", version);
        assertThat(followUpStatus("colleague")).isEqualTo("OPEN");
        assertThat(send("colleague", get(base("colleague"))).getResponse().getContentAsString()).contains("Keberatan ditolak", "uji kompetensi");
        // BKPSDM lists the follow-up with its due day
        String list = send("officer", get("/performance/follow-ups")).getResponse().getContentAsString();
        assertThat(list).contains(names.get("colleague"), "Masa perbaikan");
    }

    private MvcResult receipt(String who, String whose, LocalDate day) throws Exception {
        return send(who, post(base(whose) + "/" + YEAR + "/receipt").with(csrf()).param("receivedOn", day.toString()));
    }

    @Test
    void day14IsAllowedDay15IsRefused() throws Exception {
        rate("late", "MEETS", "MEETS");
        LocalDate today = LocalDate.now(clock);
        // the rating was saved three weeks ago; the OPD head records when the employee received it
        jdbc.update("UPDATE performance.evaluation SET updated_at = now() - interval '21 days' WHERE id = ?", evaluation("late").get("id"));
        MvcResult future = receipt("opdHead", "late", today.plusDays(1));
        assertThat(future.getFlashMap().get("error")).isEqualTo("performance.receipt.invalid");
        assertThat(receipt("foreign", "late", today).getResponse().getStatus()).isEqualTo(403);
        assertThat(receipt("opdHead", "late", today.minusDays(15)).getFlashMap().get("success")).isEqualTo("performance.receipt.recorded");

        MvcResult refused = file("late", "late", "Keberatan yang terlambat diajukan.");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("tidak dapat diajukan lagi", "14 hari kalender");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.objection WHERE evaluation_id = ?", Long.class,
                evaluation("late").get("id"))).isZero();

        assertThat(receipt("opdHead", "late", today.minusDays(14)).getFlashMap().get("success")).isEqualTo("performance.receipt.recorded");
        assertThat(file("late", "late", "Keberatan pada hari keempat belas.").getResponse().getStatus()).isEqualTo(302);
        assertThat(objection("late")).containsEntry("status", "OPEN");
        assertThat(objection("late").get("deadline")).hasToString(today.toString());
        assertThat(objection("late").get("receipt_date")).hasToString(today.minusDays(14).toString());
        // once objected, the receipt day no longer moves
        assertThat(receipt("opdHead", "late", today).getFlashMap().get("error")).isEqualTo("performance.receipt.objected");
    }

    @Test
    void withoutAKnownSuperiorBkpsdmDecides() throws Exception {
        rate("loose", "ABOVE", "BELOW");
        assertThat(file("loose", "loose", "Perilaku kerja saya dinilai tanpa dasar.").getResponse().getStatus()).isEqualTo(302);
        assertThat(objection("loose")).containsEntry("routed_to", "BKPSDM").containsEntry("routing_reason", "NO_RATER")
                .containsEntry("decider_nip", null);
        assertThat(send("loose", get(base("loose") + "/" + YEAR + "/objection")).getResponse().getContentAsString())
                .contains("BKPSDM — pejabat penilai tidak dapat ditentukan");
        assertThat(send("officer", get("/performance/objections")).getResponse().getContentAsString()).contains(names.get("loose"));
        assertThat(decide("officer", "loose", "GRANTED", "ABOVE", "ABOVE").getResponse().getStatus()).isEqualTo(302);
        assertThat(evaluation("loose")).containsEntry("predicate", "SANGAT_BAIK");
    }
}
