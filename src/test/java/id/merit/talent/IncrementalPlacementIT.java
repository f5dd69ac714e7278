package id.merit.talent;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentRecord;
import id.merit.assessment.domain.AssessmentEntry;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.Gender;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.Competencies;
import id.merit.performance.SkpRating;
import id.merit.performance.domain.RatingService;
import id.merit.shared.Role;
import id.merit.shared.StaffRecordsChanged;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.Seed;
import id.merit.support.TestUsers;
import id.merit.talent.domain.TalentStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13 item 3 for the 9-box: once a year's placements are stored, an assessment saved through the form, an SKP
 * rating and a verified training of one employee replace their stored row (box, axes, pool, inputs) and the year's counts
 * in the same transaction; a bulk recompute of the year afterwards gives exactly the same rows — incremental equals bulk.
 */
@MeritIntegrationTest
class IncrementalPlacementIT {
    private static final int YEAR = 2025;
    /** Everything of a row but the time it was written. */
    private static final String ROW = """
            SELECT employee_id, nip, name, employee_type, opd_id, position_kind, birth_date, box, performance_axis, potential_axis,
                   talent_pool, predicate, previous_predicate, assessment_date, assessment_purpose, jpm, potential_score, training_hours,
                   refusals, reasons, rule_effective_from
              FROM talent.placement WHERE year = ? AND nip = ?""";

    @Autowired
    Seed seed;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    RatingService ratings;
    @Autowired
    AssessmentEntry assessments;
    @Autowired
    TalentStore store;
    @Autowired
    id.merit.professionalism.domain.RankingService rankings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    Map<String, Object> row(String nip) {
        return jdbc.queryForMap(ROW, YEAR, nip);
    }

    Map<String, Object> yearCounts() {
        return jdbc.queryForMap("SELECT employees, placed FROM talent.placement_year WHERE year = ?", YEAR);
    }

    @Test
    void anAssessmentARatingAndATrainingMoveTheStoredPlacementExactlyAsARecomputeWould() {
        long n = System.nanoTime() % 100_000;
        String opd = "INCT" + n;
        LocalDate born = LocalDate.of(1984, 3, 3).plusDays(n % 3000);
        String a = Seed.nip(born, YearMonth.of(2009, 1), 'F', n);
        String b = Seed.nip(born, YearMonth.of(2009, 2), 'M', n);
        String c = Seed.nip(born, YearMonth.of(2009, 3), 'M', n);
        TestUsers.runAs(Role.ADMIN, () -> {
            seed.annualPeriod(YEAR);
            seed.dinas(opd, "Dinas Talenta Inkremental " + n);
            for (String nip : List.of(a, b, c)) {
                seed.pns(nip, "Pegawai Talenta " + nip.substring(14), Gender.F, born, opd, "III/b");
                // BAIK in Y−1 and Y, by SQL (as a bulk load: no event)
                for (int y : List.of(YEAR - 1, YEAR)) {
                    seed.predicate(nip, y, "BAIK");
                }
            }
            // a and b: potential 70 (MEDIUM) → box 5; c has no assessment → not placed
            for (String nip : List.of(a, b)) {
                seed.assessment(nip, LocalDate.of(2025, 2, 1), "SELECTION", "75", "70");
            }
            store.compute(YEAR);
        });
        Map<String, Object> before = row(a);
        Map<String, Object> colleague = row(b);
        assertThat(before.get("box")).isEqualTo(5);
        assertThat(before.get("talent_pool")).isEqualTo(false);
        assertThat(row(c).get("box")).isEqualTo(0);
        assertThat(row(c).get("refusals")).isEqualTo("NO_ASSESSMENT");
        Map<String, Object> counts = yearCounts();

        // an assessment saved through BKPSDM's form: potential 85 → HIGH, box 8 (meets, high)
        TestUsers.runAs(Role.OFFICER, () -> {
            assessments.save(new AssessmentRecord(a, LocalDate.of(2025, 6, 1), AssessmentPurpose.SELECTION, new BigDecimal("80"),
                    new BigDecimal("85")), Competencies.NONE);
            // and one for c, who was not placed: c now counts as placed (box 5)
            assessments.save(new AssessmentRecord(c, LocalDate.of(2025, 6, 1), AssessmentPurpose.MAPPING, new BigDecimal("70"),
                    new BigDecimal("65")), Competencies.NONE);
        });
        Map<String, Object> assessed = row(a);
        assertThat(assessed.get("box")).isEqualTo(8);
        assertThat(assessed.get("potential_axis")).isEqualTo("HIGH");
        assertThat(assessed.get("potential_score")).isEqualTo(new BigDecimal("85.00"));
        assertThat(row(c).get("box")).isEqualTo(5);
        assertThat(yearCounts().get("placed")).isEqualTo(((Number) counts.get("placed")).intValue() + 1);
        assertThat(yearCounts().get("employees")).isEqualTo(counts.get("employees"));
        assertThat(row(b)).as("a colleague's row is untouched").isEqualTo(colleague);

        // an SKP rating of Y: SANGAT_BAIK → ABOVE, box 9
        TestUsers.runAs(Role.OFFICER, () -> {
            Integer version = jdbc.queryForObject("SELECT e.version FROM performance.evaluation e JOIN employee.employee p ON p.id = e.employee_id"
                    + " WHERE p.nip = ? AND e.year = ? AND e.period = 'ANNUAL'", Integer.class, a, YEAR);
            ratings.rate(a, YEAR, SkpRating.ABOVE, SkpRating.ABOVE, version);
        });
        Map<String, Object> rated = row(a);
        assertThat(rated.get("box")).isEqualTo(9);
        assertThat(rated.get("predicate")).isEqualTo("SANGAT_BAIK");
        assertThat(rated.get("talent_pool")).as("no 20 JP of training in %d yet", YEAR).isEqualTo(false);
        assertThat((String) rated.get("reasons")).contains("TRAINING_HOURS");

        // a verified training of 24 JP in Y (the data-request approval publishes the same event in its transaction): in the pool
        TestUsers.runAs(Role.ADMIN, () -> tx.executeWithoutResult(s -> {
            employees.upsertTraining(a, new TrainingRecord(TrainingKind.TEKNIS, "Pelatihan Talenta", 24, LocalDate.of(YEAR, 9, 1)));
            events.publishEvent(new StaffRecordsChanged(a));
        }));
        Map<String, Object> trained = row(a);
        assertThat(trained.get("training_hours")).isEqualTo(24);
        assertThat(trained.get("talent_pool")).isEqualTo(true);
        assertThat((String) trained.get("reasons")).doesNotContain("TRAINING_HOURS");
        Map<String, Object> incrementalCounts = yearCounts();

        // the bulk recompute of the year ("Hitung ulang": IP ASN and 9-box) gives the same rows and the same counts
        Map<String, Object> bRow = row(b);
        Map<String, Object> cRow = row(c);
        long version = jdbc.queryForObject("SELECT version FROM talent.placement_year WHERE year = ?", Long.class, YEAR);
        TestUsers.runAs(Role.ADMIN, () -> {
            var all = rankings.recomputeAll(YEAR);
            assertThat(all.others()).singleElement().satisfies(r -> assertThat(r.rows()).isEqualTo(incrementalCounts.get("employees")));
        });
        assertThat(jdbc.queryForObject("SELECT version FROM talent.placement_year WHERE year = ?", Long.class, YEAR))
                .as("the year was rewritten").isGreaterThan(version);
        assertThat(row(a)).isEqualTo(trained);
        assertThat(row(b)).isEqualTo(bRow);
        assertThat(row(c)).isEqualTo(cRow);
        assertThat(yearCounts()).isEqualTo(incrementalCounts);
    }
}
