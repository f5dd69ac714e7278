package id.merit.professionalism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.employee.Gender;
import id.merit.support.Seed;
import java.time.YearMonth;
import id.merit.professionalism.domain.IndexStore;
import id.merit.professionalism.domain.IpAsnRuleSets;
import id.merit.professionalism.domain.IpAsnRuleSetService;
import id.merit.professionalism.rules.IpAsnCategory;
import id.merit.professionalism.rules.IpAsnParameters;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Versioned IP ASN rule sets (issue 13 item 2) on the whole application: the preview's movements equal a plain SQL count
 * over the stored totals, a saved version is chosen by the year it takes effect (an earlier year keeps the earlier
 * version, also when recomputed), it is audited, and only an administrator saves. The versions are dated 2090 onwards
 * and removed afterwards, so that the other tests' years keep Merit's defaults.
 */
@MeritIntegrationTest
class IpAsnRuleSetIT {
    private static final String PASSWORD = "AturanIpAsn#2026";
    private static final int YEAR = 2024;

    @LocalServerPort
    int port;
    @Autowired
    IpAsnRuleSetService ruleSets;
    @Autowired
    IpAsnRuleSets versions;
    @Autowired
    IndexStore store;
    @Autowired
    Seed seed;
    @Autowired
    JdbcTemplate jdbc;

    String suffix;

    @BeforeEach
    void setUp() {
        suffix = String.valueOf(System.nanoTime() % 100_000);
        TestUsers.runAs(Role.ADMIN, null, null);
        seed.adminAndOfficer("aturan", suffix, PASSWORD, "aturan");
        // three PNS measured in YEAR (no education, training, SKP or punishment on record: total 5, Sangat Rendah)
        long n = System.nanoTime() % 100_000;
        seed.dinas("ATR" + suffix, "Dinas Aturan " + suffix);
        for (int i = 0; i < 3; i++) {
            String nip = Seed.nip(LocalDate.of(1980, 1, 1).plusDays(n % 5000), YearMonth.of(2005, 1 + i), 'F', n);
            seed.pns(nip, "Pegawai Aturan " + i + " " + suffix, Gender.F, LocalDate.of(1980, 1, 1), "ATR" + suffix, "III/a");
        }
    }

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM professionalism.rule_set WHERE effective_from >= '2090-01-01'");
        jdbc.update("DELETE FROM professionalism.index WHERE year >= 2090");
        jdbc.update("DELETE FROM professionalism.opd_index WHERE year >= 2090");
        jdbc.update("DELETE FROM professionalism.index_year WHERE year >= 2090");
        versions.reload();
        TestUsers.clear();
    }

    @Test
    void thePreviewCountsWhoMovesExactlyAsTheStoredTotalsSay() {
        store.compute(YEAR); // the stored totals under the rules in force
        // bands far below Merit's: nearly everyone measured moves up (any total above 4 is Sangat Tinggi)
        Map<String, String> bands = Map.of("categoryAbove.SANGAT_TINGGI", "4", "categoryAbove.TINGGI", "3",
                "categoryAbove.SEDANG", "2", "categoryAbove.RENDAH", "1");
        IpAsnRuleSetService.Preview p = ruleSets.preview(draft("Pita baru", LocalDate.of(2090, 1, 1), bands), YEAR);

        long measured = jdbc.queryForObject("SELECT count(*) FROM professionalism.index WHERE year = ?", Long.class, YEAR);
        assertThat(measured).isPositive();
        assertThat(p.measured()).isEqualTo(measured);
        assertThat(p.changes()).hasSize(4);
        // only the bands changed: each stored total falls in its new band
        String newBand = "CASE WHEN total > 4 THEN 'SANGAT_TINGGI' WHEN total > 3 THEN 'TINGGI' WHEN total > 2 THEN 'SEDANG' "
                + "WHEN total > 1 THEN 'RENDAH' ELSE 'SANGAT_RENDAH' END";
        Map<String, Long> expected = new LinkedHashMap<>();
        jdbc.query("SELECT category, " + newBand + ", count(*) FROM professionalism.index WHERE year = ? GROUP BY 1, 2",
                rs -> { expected.put(rs.getString(1) + ">" + rs.getString(2), rs.getLong(3)); }, YEAR);
        long moved = 0;
        for (IpAsnCategory from : IpAsnCategory.values()) {
            for (IpAsnCategory to : IpAsnCategory.values()) {
                long n = p.moves().get(from).get(to);
                assertThat(n).as(from + ">" + to).isEqualTo(expected.getOrDefault(from + ">" + to, 0L));
                moved += from == to ? 0 : n;
            }
        }
        assertThat(p.moved()).isEqualTo(moved).isPositive();
        // nothing was stored by the preview
        assertThat(jdbc.queryForObject("SELECT count(*) FROM professionalism.rule_set WHERE effective_from >= '2090-01-01'", Long.class)).isZero();
    }

    @Test
    void aSavedVersionRulesTheYearsFromItsDateAndAnEarlierYearKeepsItsOwn() {
        IpAsnParameters saved = ruleSets.save(draft("IP ASN 2091 uji " + suffix, LocalDate.of(2091, 1, 1), Map.of("qualification.S1", "17")));
        assertThat(versions.forYear(2091).label()).isEqualTo(saved.label());
        assertThat(versions.forYear(2091).qualification().get(id.merit.employee.EducationLevel.S1)).isEqualByComparingTo("17");
        assertThat(versions.forYear(2090).label()).isEqualTo(IpAsnParameters.defaults().label());
        // recomputing each year records the version of that year
        assertThat(store.compute(2091).ruleSet()).isEqualTo(saved.label());
        assertThat(store.compute(2090).ruleSet()).isEqualTo(IpAsnParameters.defaults().label());
        assertThat(jdbc.queryForObject("SELECT rule_set FROM professionalism.index_year WHERE year = 2091", String.class)).isEqualTo(saved.label());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'IPASN_RULE_SET' AND entity_key = '2091-01-01'",
                Long.class)).isEqualTo(1);
        // one version per date; a value out of range names its field and stores nothing
        assertThatThrownBy(() -> ruleSets.save(draft("lagi", LocalDate.of(2091, 1, 1), Map.of()))).isInstanceOf(BusinessProblem.class)
                .hasMessage("professionalism.ruleSet.error.dateTaken");
        assertThatThrownBy(() -> ruleSets.save(draft("salah", LocalDate.of(2092, 1, 1), Map.of("trainingWindowYears", "0"))))
                .isInstanceOf(BusinessProblem.class).hasMessage("professionalism.ruleSet.error.OUT_OF_RANGE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM professionalism.rule_set WHERE effective_from >= '2090-01-01'", Long.class)).isEqualTo(1);
    }

    @Test
    void officersPreviewAndOnlyAdministratorsSave() {
        UiSession officer = new UiSession(port);
        assertThat(officer.login("aturan-petugas" + suffix, PASSWORD)).isEqualTo("/");
        assertThat(officer.get("/professionalism/rule-sets").body()).contains(IpAsnParameters.defaults().label());
        String form = officer.get("/professionalism/rule-sets/new").body();
        assertThat(form).contains("name=\"v.qualification.S1\"").doesNotContain("id=\"rule-set-save\"");
        String body = "label=" + enc("Uji petugas") + "&effectiveFrom=2093-01-01&regulation=" + enc("Perban BKN uji")
                + "&year=" + YEAR + "&v.categoryAbove.SANGAT_TINGGI=95";
        var preview = officer.post("/professionalism/rule-sets/preview", body);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview-moved\"").contains("Batas Sangat Tinggi (di atas)");
        assertThat(officer.post("/professionalism/rule-sets", body).statusCode()).isEqualTo(403);

        UiSession admin = new UiSession(port);
        assertThat(admin.login("aturan-admin" + suffix, PASSWORD)).isEqualTo("/");
        var refused = admin.post("/professionalism/rule-sets", body.replace("95", "<b>95</b>").replace("Uji+petugas", "%3Cb%3E"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Tidak boleh memuat karakter");
        var saved = admin.post("/professionalism/rule-sets", body);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/professionalism/rule-sets").body()).contains("Uji petugas").contains("95");
    }

    private IpAsnRuleSetService.Draft draft(String label, LocalDate from, Map<String, String> values) {
        return new IpAsnRuleSetService.Draft(label, from, "Perban BKN uji", null, values);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
