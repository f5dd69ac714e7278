package id.merit.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
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
 * SKP plans and ratings per RHK (issue 12 items 2 and 3) on the whole application and PostgreSQL: a superior's RHK
 * cascades into the subordinate's plan, submit → return with a reason → submit → approve by the rater from the post
 * catalogue, feedback the employee reads and another OPD's head cannot, per-RHK and BerAKHLAK ratings (draft, submit,
 * stale refusal, BKPSDM's return) rolling up to the predicate, and the {@code skp-plans} import (a bad file: 422,
 * nothing written).
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkpPlanIT {

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
        jdbc.update("UPDATE performance.period SET closed_at = NULL, closed_by = NULL WHERE year = ? AND kind = 'ANNUAL'", YEAR);
        n = System.nanoTime() % 100_000;
        String opdA = "SKP-A" + n;
        String opdB = "SKP-B" + n;
        LocalDate born = LocalDate.of(1981, 1, 1).plusDays(n % 5000);
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opdA, "Dinas Rencana " + n, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdB, "Badan Rencana " + n, OpdKind.BADAN, null, null, null, null));
            posts.upsert(new PostCommands.PostData("SKP-H" + n, opdA, "Kepala Dinas", "JPT_PRATAMA", null, null, 1, false, null));
            posts.upsert(new PostCommands.PostData("SKP-R" + n, opdA, "Kepala Bidang", "ADMINISTRATOR", null, "SKP-H" + n, 1, false, null));
            posts.upsert(new PostCommands.PostData("SKP-S" + n, opdA, "Analis", "PELAKSANA", null, "SKP-R" + n, 5, false, null));
            String[][] people = {
                    {"head", opdA, "SKP-H"}, {"rater", opdA, "SKP-R"}, {"own", opdA, "SKP-S"}, {"colleague", opdA, "SKP-S"},
                    {"rated", opdA, null}, {"foreign", opdB, null}, {"impBoss", opdB, null}, {"impStaff", opdB, null}};
            int month = 1;
            for (String[] p : people) {
                String nip = Nip.compose(born, YearMonth.of(2006, month++), 'F', (int) (n % 990) + 1);
                String name = "Pegawai " + p[0] + " " + n;
                nips.put(p[0], nip);
                names.put(p[0], name);
                employees.upsert(new EmployeeData(nip, name, Gender.F, born, EmployeeType.PNS, p[1], "III/b", "Analis",
                        PositionKind.PELAKSANA, null, null, null, null));
                if (p[2] != null) {
                    jdbc.update("""
                            INSERT INTO employee.position_history (employee_id, position_name, position_kind, opd_id, start_date, post_code)
                            SELECT e.id, 'Jabatan', 'PELAKSANA', e.opd_id, DATE '2020-01-01', ? FROM employee.employee e WHERE e.nip = ?
                            """, p[2] + n, nip);
                }
                users.createUnchecked(new NewUser("skp" + p[0] + n, PASSWORD, Role.EMPLOYEE, null, nip, null), false);
                as.put(p[0], users.loadUserByUsername("skp" + p[0] + n));
            }
            users.createUnchecked(new NewUser("skpkadis" + n, PASSWORD, Role.OPD_HEAD, opdA, null, null), false);
            as.put("opdHead", users.loadUserByUsername("skpkadis" + n));
            users.createUnchecked(new NewUser("skpkaban" + n, PASSWORD, Role.OPD_HEAD, opdB, null, null), false);
            as.put("foreignHead", users.loadUserByUsername("skpkaban" + n));
            users.createUnchecked(new NewUser("skpofficer" + n, PASSWORD, Role.OFFICER, null, null, null), false);
            as.put("officer", users.loadUserByUsername("skpofficer" + n));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MvcResult send(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(as.get(who)))).andReturn();
    }

    private String plan(String whose) {
        return "/performance/" + YEAR + "/plans/" + nips.get(whose);
    }

    private MvcResult addRhk(String who, String whose, String text, Long parent) throws Exception {
        MockHttpServletRequestBuilder r = post(plan(whose) + "/rhk").with(csrf()).param("text", text)
                .param("indicator", "Persentase layanan tepat waktu").param("target", "95").param("unit", "persen");
        if (parent != null) {
            r.param("parentRhkId", parent.toString());
        }
        return send(who, r);
    }

    private int status(MvcResult r) {
        return r.getResponse().getStatus();
    }

    private String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString();
    }

    private Map<String, Object> planRow(String whose) {
        return jdbc.queryForMap("SELECT p.* FROM performance.skp_plan p JOIN employee.employee e ON e.id = p.employee_id "
                + "WHERE e.nip = ? AND p.year = ?", nips.get(whose), YEAR);
    }

    private long rhkId(String whose, int no) {
        return jdbc.queryForObject("SELECT r.id FROM performance.skp_rhk r JOIN performance.skp_plan p ON p.id = r.plan_id "
                + "JOIN employee.employee e ON e.id = p.employee_id WHERE e.nip = ? AND p.year = ? AND r.no = ?", Long.class,
                nips.get(whose), YEAR, no);
    }

    @Test
    void theSuperiorsRhkCascadesAndThePlanIsReturnedThenApproved() throws Exception {
        // the kepala bidang plans first; their rater is the kepala dinas (the superior post's holder)
        assertThat(status(addRhk("rater", "rater", "Meningkatnya mutu layanan bidang", null))).isEqualTo(302);
        assertThat(status(send("rater", post(plan("rater") + "/submit").with(csrf())))).isEqualTo(302);
        assertThat(planRow("rater")).containsEntry("status", "SUBMITTED").containsEntry("rater_basis", "SUPERIOR")
                .containsEntry("rater_nip", nips.get("head"));
        assertThat(status(send("head", post(plan("rater") + "/approve").with(csrf())))).isEqualTo(302);
        assertThat(planRow("rater")).containsEntry("status", "APPROVED").containsEntry("decided_by", "skphead" + n);
        long parent = rhkId("rater", 1);

        // the analyst's plan offers the kepala bidang's RHK to cascade from
        String page = body(send("own", get(plan("own"))));
        assertThat(page).contains("Meningkatnya mutu layanan bidang", names.get("rater"), "Belum dibuat");
        // a parent outside the rater's plan is refused, nothing written
        MvcResult wrong = addRhk("own", "own", "Laporan layanan disusun", 999_999_999L);
        assertThat(body(wrong)).contains("Pilih RHK dari rencana SKP pejabat penilai");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.skp_plan p JOIN employee.employee e ON e.id = p.employee_id "
                + "WHERE e.nip = ?", Long.class, nips.get("own"))).isZero();
        assertThat(status(addRhk("own", "own", "Laporan layanan disusun tepat waktu", parent))).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT parent_rhk_id FROM performance.skp_rhk WHERE id = ?", Long.class, rhkId("own", 1)))
                .isEqualTo(parent);
        assertThat(status(send("opdHead", post(plan("own") + "/expectations").with(csrf())
                .param("expectations", "Berorientasi pelayanan dan tepat waktu.")))).isEqualTo(302);

        // nobody outside the scope reads or edits it
        assertThat(status(send("colleague", get(plan("own"))))).isEqualTo(403);
        assertThat(status(send("foreignHead", get(plan("own"))))).isEqualTo(403);
        assertThat(status(addRhk("foreignHead", "own", "RHK asing", null))).isEqualTo(403);

        // submitted to the kepala bidang; the employee and a colleague cannot approve
        assertThat(status(send("own", post(plan("own") + "/submit").with(csrf())))).isEqualTo(302);
        assertThat(planRow("own")).containsEntry("status", "SUBMITTED").containsEntry("rater_nip", nips.get("rater"));
        assertThat(status(send("own", post(plan("own") + "/approve").with(csrf())))).isEqualTo(403);
        assertThat(status(send("colleague", post(plan("own") + "/approve").with(csrf())))).isEqualTo(403);
        assertThat(addRhk("own", "own", "Perubahan setelah diajukan", null).getFlashMap().get("error")).isEqualTo("skpplan.error.notEditable");
        // the rater finds it in their list, outside their own (employee) scope
        assertThat(body(send("rater", get("/performance/" + YEAR + "/plans")))).contains(names.get("own"));

        // returned with a reason (required), corrected, submitted again, approved
        assertThat(body(send("rater", post(plan("own") + "/return").with(csrf()).param("reason", " ")))).contains("plan-return");
        assertThat(planRow("own")).containsEntry("status", "SUBMITTED");
        assertThat(status(send("rater", post(plan("own") + "/return").with(csrf())
                .param("reason", "Target belum terukur; tambahkan indikator jumlah laporan.")))).isEqualTo(302);
        assertThat(planRow("own")).containsEntry("status", "RETURNED")
                .containsEntry("return_reason", "Target belum terukur; tambahkan indikator jumlah laporan.");
        assertThat(body(send("own", get(plan("own"))))).contains("Target belum terukur", "Dikembalikan");
        assertThat(status(send("own", post(plan("own") + "/indicators").with(csrf()).param("rhkNo", "1")
                .param("indicator", "Jumlah laporan").param("target", "12").param("unit", "laporan")))).isEqualTo(302);
        assertThat(status(send("own", post(plan("own") + "/submit").with(csrf())))).isEqualTo(302);
        assertThat(status(send("rater", post(plan("own") + "/approve").with(csrf())))).isEqualTo(302);
        assertThat(planRow("own")).containsEntry("status", "APPROVED").containsEntry("return_reason", null);
        // the superior's RHK cannot be removed while cascaded (and an approved plan is not editable anyway)
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.skp_indicator WHERE rhk_id = ?", Long.class, rhkId("own", 1))).isEqualTo(2);

        // feedback: the rater writes, the employee reads, the employee does not write, another OPD's head neither reads nor writes
        assertThat(status(send("rater", post(plan("own") + "/feedback").with(csrf())
                .param("note", "Laporan triwulan I sudah baik, pertahankan ketepatan waktu.")))).isEqualTo(302);
        assertThat(body(send("own", get(plan("own"))))).contains("Laporan triwulan I sudah baik", "skprater" + n);
        assertThat(status(send("own", post(plan("own") + "/feedback").with(csrf()).param("note", "Catatan sendiri")))).isEqualTo(403);
        assertThat(status(send("foreignHead", post(plan("own") + "/feedback").with(csrf()).param("note", "Catatan asing")))).isEqualTo(403);
        assertThat(status(send("foreignHead", get(plan("own"))))).isEqualTo(403);
        assertThat(body(send("foreignHead", get("/performance/" + YEAR + "/plans")))).doesNotContain(names.get("own"));
        assertThat(body(send("opdHead", get("/performance/" + YEAR + "/plans?q=" + n)))).contains(names.get("own"), "Disetujui");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'SKP_PLAN' AND entity_key = ?",
                Long.class, nips.get("own") + "/" + YEAR)).isGreaterThanOrEqualTo(6);
    }

    private MockHttpServletRequestBuilder sheet(String whose, Integer version, String action, String notes, List<String> rhk,
                                                List<String> aspects) {
        MockHttpServletRequestBuilder r = post("/performance/" + YEAR + "/employees/" + nips.get(whose) + "/sheet").with(csrf())
                .param("action", action).param("notes", notes).param("version", version == null ? "" : version.toString());
        for (int i = 0; i < rhk.size(); i++) {
            r.param("rhk[" + rhkId(whose, i + 1) + "]", rhk.get(i));
        }
        BehaviourAspect[] all = BehaviourAspect.values();
        for (int i = 0; i < aspects.size(); i++) {
            r.param("aspects[" + all[i] + "]", aspects.get(i));
        }
        return r;
    }

    private Integer sheetVersion(String whose) {
        return jdbc.query("SELECT s.version FROM performance.rating_sheet s JOIN employee.employee e ON e.id = s.employee_id "
                + "WHERE e.nip = ? AND s.year = ?", (rs, i) -> rs.getInt(1), nips.get(whose), YEAR).stream().findFirst().orElse(null);
    }

    private List<Map<String, Object>> evaluation(String whose) {
        return jdbc.queryForList("SELECT v.* FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id "
                + "WHERE e.nip = ? AND v.year = ? AND v.period = 'ANNUAL'", nips.get(whose), YEAR);
    }

    @Test
    void ratingsPerRhkAndBerakhlakRollUpToThePredicate() throws Exception {
        // the OPD head plans for a staff member without a post (rater: the OPD head) and approves it
        assertThat(status(addRhk("opdHead", "rated", "Dokumen perencanaan tersusun", null))).isEqualTo(302);
        assertThat(status(addRhk("opdHead", "rated", "Data kepegawaian mutakhir", null))).isEqualTo(302);
        assertThat(status(send("opdHead", post(plan("rated") + "/submit").with(csrf())))).isEqualTo(302);
        assertThat(planRow("rated")).containsEntry("rater_basis", "OPD_HEAD").containsEntry("rater_nip", null);
        assertThat(status(send("opdHead", post(plan("rated") + "/approve").with(csrf())))).isEqualTo(302);

        String form = body(send("opdHead", get("/performance/" + YEAR + "/employees/" + nips.get("rated"))));
        assertThat(form).contains("sheet-form", "Dokumen perencanaan tersusun", "Berorientasi pelayanan", "Kolaboratif")
                .doesNotContain("id=\"performance-form\"");
        // another OPD's head cannot rate
        assertThat(status(send("foreignHead", sheet("rated", null, "draft", "", List.of("ABOVE"), List.of())))).isEqualTo(403);

        // a draft keeps partial ratings and writes no evaluation
        assertThat(status(send("opdHead", sheet("rated", null, "draft", "Draf awal", List.of("ABOVE"), List.of("ABOVE", "ABOVE")))))
                .isEqualTo(302);
        assertThat(evaluation("rated")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.rating_item i JOIN performance.rating_sheet s ON s.id = i.sheet_id "
                + "JOIN employee.employee e ON e.id = s.employee_id WHERE e.nip = ?", Long.class, nips.get("rated"))).isEqualTo(3);
        // submitting an incomplete sheet is refused, the input kept
        MvcResult incomplete = send("opdHead", sheet("rated", sheetVersion("rated"), "submit", "Belum lengkap", List.of("ABOVE"), List.of("ABOVE")));
        assertThat(body(incomplete)).contains("Beri rating untuk setiap RHK", "Belum lengkap");
        assertThat(evaluation("rated")).isEmpty();

        // RHK: above, above -> above; BerAKHLAK: 4 above, 3 meets -> above; predicate Sangat Baik
        int opened = sheetVersion("rated");
        List<String> aspects = List.of("ABOVE", "ABOVE", "ABOVE", "ABOVE", "MEETS", "MEETS", "MEETS");
        assertThat(status(send("opdHead", sheet("rated", opened, "submit", "Bukti: laporan", List.of("ABOVE", "ABOVE"), aspects))))
                .isEqualTo(302);
        assertThat(evaluation("rated").get(0)).containsEntry("results_rating", "ABOVE").containsEntry("behaviour_rating", "ABOVE")
                .containsEntry("predicate", "SANGAT_BAIK").containsEntry("source", "RATING");

        // a second form opened before that save is refused as changed meanwhile, with its input kept
        MvcResult stale = send("opdHead", sheet("rated", opened, "submit", "Isian yang terlambat", List.of("BELOW", "BELOW"), aspects));
        assertThat(body(stale)).contains("Data telah diubah oleh pengguna lain", "Isian yang terlambat");
        assertThat(evaluation("rated").get(0)).containsEntry("predicate", "SANGAT_BAIK");

        // BKPSDM returns it for correction with a reason; the OPD head cannot return
        String evalPath = "/performance/" + YEAR + "/employees/" + nips.get("rated");
        assertThat(status(send("opdHead", post(evalPath + "/return").with(csrf()).param("reason", "Bukti capaian belum dilampirkan.")))).isEqualTo(403);
        assertThat(status(send("officer", post(evalPath + "/return").with(csrf()).param("reason", "Bukti capaian belum dilampirkan.")))).isEqualTo(302);
        assertThat(evaluation("rated").get(0)).containsEntry("returned_reason", "Bukti capaian belum dilampirkan.")
                .containsEntry("returned_by", "skpofficer" + n);
        assertThat(body(send("opdHead", get(evalPath)))).contains("Dikembalikan BKPSDM untuk diperbaiki", "Bukti capaian belum dilampirkan.");
        assertThat(body(send("officer", get("/performance/compliance/" + YEAR + "/opds/SKP-A" + n)))).contains(names.get("rated"));

        // corrected: RHK above + below is a tie -> meets; BerAKHLAK 4 meets, 3 below -> meets; predicate Baik
        List<String> corrected = List.of("MEETS", "MEETS", "MEETS", "MEETS", "BELOW", "BELOW", "BELOW");
        assertThat(status(send("opdHead", sheet("rated", sheetVersion("rated"), "submit", "Bukti dilampirkan", List.of("ABOVE", "BELOW"),
                corrected)))).isEqualTo(302);
        assertThat(evaluation("rated").get(0)).containsEntry("results_rating", "MEETS").containsEntry("behaviour_rating", "MEETS")
                .containsEntry("predicate", "BAIK").containsEntry("returned_reason", null);
    }

    private MvcResult upload(String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "skp-plans.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/api/v1/imports/skp-plans").file(file).with(csrf()).with(user(as.get("officer")))).andReturn();
    }

    private long plansOf(String... who) {
        return jdbc.queryForObject("SELECT count(*) FROM performance.skp_plan p JOIN employee.employee e ON e.id = p.employee_id "
                + "WHERE e.nip = ANY (?)", Long.class, (Object) java.util.Arrays.stream(who).map(nips::get).toArray(String[]::new));
    }

    @Test
    void importsPlansAtomically() throws Exception {
        String header = "nip,year,rhk_no,rhk,indicator,target,unit,parent_nip,parent_rhk_no\n";
        String boss = nips.get("impBoss");
        String staff = nips.get("impStaff");
        String good = header
                + boss + "," + YEAR + ",1,Meningkatnya kinerja badan,Indeks kepuasan,85.5,indeks,,\n"
                + staff + "," + YEAR + ",1,Layanan administrasi tepat waktu,Persentase surat tepat waktu,95,persen," + boss + ",1\n"
                + staff + "," + YEAR + ",1,Layanan administrasi tepat waktu,Jumlah surat,1200,surat," + boss + ",1\n";
        // a bad file: a missing parent RHK and a target that is no number -> 422, nothing stored (not even the good rows)
        String bad = good
                + staff + "," + YEAR + ",2,Arsip tertata,Persentase arsip,abc,persen,,\n"
                + staff + "," + YEAR + ",3,Rapat terkoordinasi,Jumlah rapat,4,kali," + boss + ",9\n";
        MvcResult refused = upload(bad);
        assertThat(status(refused)).as(body(refused)).isEqualTo(422);
        assertThat(body(refused)).contains("\"line\":5", "\"field\":\"target\"", "\"line\":6", "\"field\":\"parent_rhk_no\"", "\"accepted\":0");
        assertThat(plansOf("impBoss", "impStaff")).isZero();

        MvcResult ok = upload(good);
        assertThat(status(ok)).as(body(ok)).isEqualTo(200);
        assertThat(body(ok)).contains("\"accepted\":3", "\"duplicates\":0");
        assertThat(planRow("impStaff")).containsEntry("status", "APPROVED").containsEntry("source", "IMPORT");
        assertThat(jdbc.queryForObject("SELECT parent_rhk_id FROM performance.skp_rhk WHERE id = ?", Long.class, rhkId("impStaff", 1)))
                .isEqualTo(rhkId("impBoss", 1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.skp_indicator WHERE rhk_id = ?", Long.class, rhkId("impStaff", 1)))
                .isEqualTo(2);
        // idempotent
        MvcResult again = upload(good);
        assertThat(body(again)).contains("\"accepted\":0", "\"duplicates\":3");
        // the imported plan shows on the page, with the cascade
        assertThat(body(send("foreignHead", get(plan("impStaff"))))).contains("Layanan administrasi tepat waktu", "Meningkatnya kinerja badan",
                "1.200");
    }
}
