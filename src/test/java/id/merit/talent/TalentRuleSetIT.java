package id.merit.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.employee.Gender;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.Seed;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import id.merit.talent.domain.TalentRuleSetService;
import id.merit.talent.domain.TalentRuleSets;
import id.merit.talent.domain.TalentStore;
import id.merit.talent.rules.TalentClassifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Versioned talent rules (issue 13 item 2): the preview places everyone of a year under the rules in force and under the
 * draft and counts the box moves and the talent pool in and out; a saved version rules the years whose 31 December falls
 * from its date on (an earlier year keeps the earlier version, also when recomputed) and is recorded with each stored
 * placement; it is audited; only an administrator saves. Years 2087–2088 hold this test's records alone; they and the
 * versions are removed afterwards, so the other tests keep Merit's defaults.
 */
@MeritIntegrationTest
class TalentRuleSetIT {
    private static final String PASSWORD = "AturanTalenta#2026";
    private static final int YEAR = 2088;

    @LocalServerPort
    int port;
    @Autowired
    TalentRuleSetService ruleSets;
    @Autowired
    TalentRuleSets versions;
    @Autowired
    TalentStore store;
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
        seed.adminAndOfficer("talenta", suffix, PASSWORD, "talenta");
        seed.dinas("TLR" + suffix, "Dinas Talenta " + suffix);
        LocalDate born = LocalDate.of(1982, 3, 1).plusDays(Long.parseLong(suffix) % 3000);
        nip = Seed.nip(born, YearMonth.of(2007, 3), 'F', Long.parseLong(suffix));
        seed.pns(nip, "Pegawai Talenta " + suffix, Gender.F, born, "TLR" + suffix, "III/d");
        // BAIK in Y and Y−1 (performance MEETS), 24 JP in Y, an assessment with potential 70 and JPM 70: box 5 under the
        // defaults (potential MEDIUM from 60, HIGH from 80), box 8 and in the talent pool when HIGH starts at 65
        seed.predicate(nip, YEAR, "BAIK");
        seed.predicate(nip, YEAR - 1, "BAIK");
        jdbc.update("INSERT INTO employee.training (employee_id, kind, name, hours, end_date) SELECT id, 'TEKNIS', 'Pelatihan uji', 24, ? "
                + "FROM employee.employee WHERE nip = ?", LocalDate.of(YEAR, 5, 1), nip);
        seed.assessment(nip, LocalDate.of(YEAR, 3, 1), "SELECTION", "70", "70");
    }

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM talent.rule_set WHERE effective_from >= '2087-01-01'");
        jdbc.update("DELETE FROM talent.placement WHERE year >= 2087");
        jdbc.update("DELETE FROM talent.placement_year WHERE year >= 2087");
        jdbc.update("DELETE FROM performance.evaluation WHERE year >= 2087");
        jdbc.update("DELETE FROM employee.training WHERE end_date >= '2087-01-01'");
        jdbc.update("DELETE FROM assessment.assessment WHERE assessment_date >= '2087-01-01'");
        versions.reload();
        TestUsers.clear();
    }

    @Test
    void thePreviewCountsBoxMovesAndThePoolAndASavedVersionRulesItsYears() {
        TalentRuleSetService.Preview p = ruleSets.preview(draft(LocalDate.of(YEAR, 6, 1), "65", "60"), YEAR);
        assertThat(p.measured()).isPositive();
        assertThat(p.moved()).isEqualTo(1);
        assertThat(p.moves()).containsExactly(new TalentRuleSetService.Move(5, 8, 1));
        assertThat(p.poolIn()).isEqualTo(1);
        assertThat(p.poolOut()).isZero();
        assertThat(p.changes()).extracting(TalentRuleSetService.Change::field).containsExactly("potentialHigh");
        assertThat(count()).as("the preview stores nothing").isZero();

        store.compute(YEAR);
        assertThat(stored()).containsEntry("box", 5).containsEntry("talent_pool", false);
        ruleSets.save(draft(LocalDate.of(YEAR, 6, 1), "65", "60"));
        assertThat(versions.forYear(YEAR).potentialHigh()).isEqualByComparingTo("65");
        assertThat(versions.forYear(YEAR - 1).effectiveFrom()).isEqualTo(TalentClassifier.DEFAULTS.effectiveFrom());
        store.compute(YEAR);
        assertThat(stored()).containsEntry("box", 8).containsEntry("talent_pool", true)
                .containsEntry("rule_effective_from", java.sql.Date.valueOf(LocalDate.of(YEAR, 6, 1)));
        assertThat(jdbc.queryForObject("SELECT rule_effective_from FROM talent.placement_year WHERE year = ?", java.sql.Date.class, YEAR)
                .toLocalDate()).isEqualTo(LocalDate.of(YEAR, 6, 1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'TALENT_RULE_SET' AND entity_key = ?",
                Long.class, LocalDate.of(YEAR, 6, 1).toString())).isEqualTo(1);

        // one version per date; the medium bound above the high one and dates not after the shipped version are refused
        assertThatThrownBy(() -> ruleSets.save(draft(LocalDate.of(YEAR, 6, 1), "80", "60"))).isInstanceOf(BusinessProblem.class)
                .hasMessage("talent.ruleSet.error.dateTaken");
        assertThatThrownBy(() -> ruleSets.save(draft(LocalDate.of(YEAR, 7, 1), "60", "65"))).isInstanceOf(BusinessProblem.class)
                .hasMessage("talent.ruleSet.error.order");
        assertThatThrownBy(() -> ruleSets.save(draft(LocalDate.of(2019, 1, 1), "80", "60"))).isInstanceOf(BusinessProblem.class)
                .hasMessage("talent.ruleSet.error.beforeDefaults");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void officersViewAndPreviewAndOnlyAdministratorsSave() {
        String body = "effectiveFrom=" + YEAR + "-06-01&regulation=PermenPANRB+uji&potentialHigh=65&potentialMedium=60&minimumJpm=68"
                + "&minimumTrainingHours=20&disciplineCondition=true&note=&year=" + YEAR;
        UiSession officer = new UiSession(port);
        assertThat(officer.login("talenta-petugas" + suffix, PASSWORD)).isEqualTo("/");
        assertThat(officer.get("/talent/rule-sets").body()).contains("Potensi: tinggi ≥ 80, menengah ≥ 60").doesNotContain("id=\"talent-rules-save\"");
        var preview = officer.post("/talent/rule-sets/preview", body);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"talent-rules-moved\"").contains("1 berpindah kotak").contains("Kotak 5");
        assertThat(officer.post("/talent/rule-sets", body).statusCode()).isEqualTo(403);

        UiSession admin = new UiSession(port);
        assertThat(admin.login("talenta-admin" + suffix, PASSWORD)).isEqualTo("/");
        var disordered = admin.post("/talent/rule-sets", body.replace("potentialMedium=60", "potentialMedium=70"));
        assertThat(disordered.statusCode()).isEqualTo(422);
        assertThat(disordered.body()).contains("tidak boleh lebih tinggi");
        assertThat(admin.post("/talent/rule-sets", body.replace("note=", "note=%3Cscript%3E")).statusCode()).isEqualTo(422);
        assertThat(count()).isZero();
        assertThat(admin.post("/talent/rule-sets", body).statusCode()).isEqualTo(302);
        assertThat(count()).isEqualTo(1);
        assertThat(admin.get("/talent/rule-sets").body()).contains("Potensi: tinggi ≥ 65, menengah ≥ 60")
                .as("the history counts what the version changed").contains("1 angka diubah dari versi sebelumnya")
                .contains("id=\"talent-rule-sets\"");
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM talent.rule_set WHERE effective_from >= '2087-01-01'", Long.class);
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap("SELECT box, talent_pool, rule_effective_from FROM talent.placement WHERE year = ? AND nip = ?", YEAR, nip);
    }

    private static TalentRuleSetService.Draft draft(LocalDate from, String high, String medium) {
        return new TalentRuleSetService.Draft(from, "PermenPANRB uji", new BigDecimal(high), new BigDecimal(medium), new BigDecimal("68"), 20,
                true, null);
    }
}
