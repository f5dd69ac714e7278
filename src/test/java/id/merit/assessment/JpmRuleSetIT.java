package id.merit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.assessment.domain.JpmRuleSetService;
import id.merit.employee.Gender;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.Seed;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Versioned JPM band bounds (issue 13 item 2): the preview counts exactly the stored assessments a draft would re-band
 * (from its date on), a saved version bands the assessments dated from its day on and leaves earlier ones as they were,
 * it is audited, bad drafts are refused naming the field, and only an administrator saves (officers view and preview).
 * The versions and assessments are dated 2089 onwards and removed afterwards, so the other tests keep the defaults.
 */
@MeritIntegrationTest
class JpmRuleSetIT {
    private static final String PASSWORD = "AturanJpm#2026x";

    @LocalServerPort
    int port;
    @Autowired
    JpmRuleSetService ruleSets;
    @Autowired
    AssessmentQueries assessments;
    @Autowired
    Seed seed;
    @Autowired
    JdbcTemplate jdbc;

    String suffix;
    String nip;

    @BeforeEach
    void setUp() {
        suffix = Long.toString(ThreadLocalRandom.current().nextLong(10_000, 99_999));
        TestUsers.runAs(Role.ADMIN, null, null);
        seed.adminAndOfficer("jpm", suffix, PASSWORD, "JPM");
        seed.dinas("JPM" + suffix, "Dinas JPM " + suffix);
        LocalDate born = LocalDate.of(1981, 1, 1).plusDays(Long.parseLong(suffix) % 3000);
        nip = Seed.nip(born, YearMonth.of(2006, 3), 'M', Long.parseLong(suffix));
        seed.pns(nip, "Pegawai JPM " + suffix, Gender.M, born, "JPM" + suffix, "III/c");
        // 79 on the selection scheme: MMS under the defaults (MS from 80); 85 on the mapping scheme: Cukup Optimal (Optimal from 90)
        assess("2089-06-01", "SELECTION", "79");
        assess("2091-03-01", "SELECTION", "79");
        assess("2091-05-01", "MAPPING", "85");
    }

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM assessment.jpm_rule_set WHERE effective_from >= '2089-01-01'");
        jdbc.update("DELETE FROM assessment.assessment WHERE assessment_date >= '2089-01-01'");
        ruleSets.reload();
        TestUsers.clear();
    }

    @Test
    void thePreviewCountsWhoMovesAndASavedVersionBandsOnlyFromItsDate() {
        JpmRuleSetService.Preview p = ruleSets.preview(draft(LocalDate.of(2090, 1, 1), "78", "68", "85", "78", null));
        long governed = jdbc.queryForObject("SELECT count(*) FROM assessment.assessment WHERE assessment_date >= '2090-01-01'", Long.class);
        assertThat(p.governed()).isEqualTo(governed).isEqualTo(2);
        assertThat(p.moved()).isEqualTo(2);
        assertThat(p.moves()).containsExactlyInAnyOrder(
                new JpmRuleSetService.Move(AssessmentPurpose.SELECTION, JpmBand.MASIH_MEMENUHI_SYARAT, JpmBand.MEMENUHI_SYARAT, 1),
                new JpmRuleSetService.Move(AssessmentPurpose.MAPPING, JpmBand.CUKUP_OPTIMAL, JpmBand.OPTIMAL, 1));
        assertThat(p.changes()).extracting(JpmRuleSetService.Change::field).containsExactly("selectionMs", "mappingOptimal");
        assertThat(count()).as("the preview stores nothing").isZero();

        ruleSets.save(draft(LocalDate.of(2090, 1, 1), "78", "68", "85", "78", "uji"));
        assertThat(band("2089-06-01", AssessmentPurpose.SELECTION)).as("before the version: unchanged").isEqualTo(JpmBand.MASIH_MEMENUHI_SYARAT);
        assertThat(band("2091-03-01", AssessmentPurpose.SELECTION)).isEqualTo(JpmBand.MEMENUHI_SYARAT);
        assertThat(band("2091-05-01", AssessmentPurpose.MAPPING)).isEqualTo(JpmBand.OPTIMAL);
        assertThat(assessments.band(AssessmentPurpose.SELECTION, new BigDecimal("77.99"), LocalDate.of(2090, 1, 1)))
                .isEqualTo(JpmBand.MASIH_MEMENUHI_SYARAT);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'JPM_RULE_SET' AND entity_key = '2090-01-01'",
                Long.class)).isEqualTo(1);

        // a later version governs only up to the next one: the preview of 2089-01-01 stops before 2090-01-01
        JpmRuleSetService.Preview earlier = ruleSets.preview(draft(LocalDate.of(2089, 1, 1), "70", "60", "90", "78", null));
        assertThat(earlier.until()).isEqualTo(LocalDate.of(2090, 1, 1));
        assertThat(earlier.governed()).isEqualTo(1);
        assertThat(earlier.moves()).containsExactly(
                new JpmRuleSetService.Move(AssessmentPurpose.SELECTION, JpmBand.MASIH_MEMENUHI_SYARAT, JpmBand.MEMENUHI_SYARAT, 1));

        // one version per date; bounds out of order and dates not after the shipped version are refused, nothing stored
        assertThatThrownBy(() -> ruleSets.save(draft(LocalDate.of(2090, 1, 1), "80", "68", "90", "78", null)))
                .isInstanceOf(BusinessProblem.class).hasMessage("assessment.ruleSet.error.dateTaken");
        assertThatThrownBy(() -> ruleSets.save(draft(LocalDate.of(2092, 1, 1), "70", "75", "90", "78", null)))
                .isInstanceOf(BusinessProblem.class).hasMessage("assessment.ruleSet.error.order");
        assertThatThrownBy(() -> ruleSets.save(draft(LocalDate.of(2019, 1, 1), "80", "68", "90", "78", null)))
                .isInstanceOf(BusinessProblem.class).hasMessage("assessment.ruleSet.error.beforeDefaults");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void officersViewAndPreviewAndOnlyAdministratorsSave() {
        String body = "effectiveFrom=2095-01-01&regulation=Perban+BKN+uji&selectionMs=82&selectionMms=70&mappingOptimal=90"
                + "&mappingCukupOptimal=78&note=";
        UiSession officer = new UiSession(port);
        assertThat(officer.login("jpm-petugas" + suffix, PASSWORD)).isEqualTo("/");
        String page = officer.get("/assessments/rule-sets").body();
        assertThat(page).contains("Seleksi: MS ≥ 80, MMS ≥ 68").doesNotContain("id=\"jpm-save\"");
        var preview = officer.post("/assessments/rule-sets/preview", body);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"jpm-preview-result\"").contains("Seleksi: batas bawah MS");
        assertThat(officer.post("/assessments/rule-sets", body).statusCode()).isEqualTo(403);

        UiSession admin = new UiSession(port);
        assertThat(admin.login("jpm-admin" + suffix, PASSWORD)).isEqualTo("/");
        var html = admin.post("/assessments/rule-sets", body.replace("note=", "note=%3Cb%3Ex"));
        assertThat(html.statusCode()).isEqualTo(422);
        assertThat(html.body()).contains("Tidak boleh memuat karakter");
        var disordered = admin.post("/assessments/rule-sets", body.replace("selectionMms=70", "selectionMms=83"));
        assertThat(disordered.statusCode()).isEqualTo(422);
        assertThat(disordered.body()).contains("tidak boleh lebih tinggi");
        var outOfRange = admin.post("/assessments/rule-sets/preview", body.replace("selectionMs=82", "selectionMs=101"));
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(count()).isZero();
        var saved = admin.post("/assessments/rule-sets", body);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(count()).isEqualTo(1);
        assertThat(admin.get("/assessments/rule-sets").body()).contains("MS ≥ 82, MMS ≥ 70")
                .as("the history lists what the version changed").contains("<span>80</span> → <strong>82</strong>")
                .contains("<th>Batas pita</th>").contains("id=\"jpm-rule-sets\"");
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM assessment.jpm_rule_set WHERE effective_from >= '2089-01-01'", Long.class);
    }

    private void assess(String day, String purpose, String jpm) {
        seed.assessment(nip, LocalDate.parse(day), purpose, jpm, "70");
    }

    private JpmBand band(String day, AssessmentPurpose purpose) {
        AssessmentRecord r = assessments.forEmployee(nip).stream()
                .filter(a -> a.assessmentDate().equals(LocalDate.parse(day)) && a.purpose() == purpose).findFirst().orElseThrow();
        return assessments.band(r);
    }

    private static JpmRuleSetService.Draft draft(LocalDate from, String ms, String mms, String optimal, String cukup, String note) {
        return new JpmRuleSetService.Draft(from, "Perban BKN uji", new BigDecimal(ms), new BigDecimal(mms), new BigDecimal(optimal),
                new BigDecimal(cukup), note);
    }
}
