package id.merit.professionalism.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.PositionKind;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.performance.SkpPredicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What would raise my IP ASN" for measurement year 2026 on Merit's default tables (rules-defaults.md "IP ASN";
 * PermenPANRB 38/2018, Perban BKN 8/2019, regulations.md §2.2): each dimension below its maximum yields one step with
 * the exact gain; at the maximum none. Every gain is checked again by recalculating with the step taken.
 */
class RaiseSuggestionsTests {

    static final int Y = 2026;
    final RaiseSuggestions raise = new RaiseSuggestions(IpAsnParameters.defaults());
    final IpAsnCalculator calculator = new IpAsnCalculator(IpAsnParameters.defaults());

    /**
     * Columns: highest education (or NONE), post kind, technical JP in 2026, seminar in 2026, leadership/functional
     * training held, annual predicate of 2026 (or NONE), punishment level and its decision year (or NONE) | the dimension
     * asked about, the expected step (NONE: no suggestion) and its gain.
     */
    @ParameterizedTest(name = "{0} {1} {2}JP sem={3} lead={4} {5} {6}/{7}: {8} → {9} +{10}")
    @CsvSource({
            // qualification (max 25): the next level that scores more
            "S1,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, EDUCATION, 5",    // S1 15 → S2 20
            "S2,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, EDUCATION, 5",    // S2 20 → S3 25
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, NONE,      0",    // at maximum
            "D4,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, EDUCATION, 5",    // D4 15: S1 also 15, S2 20
            "D3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, EDUCATION, 5",    // D3 10 → D4 15
            "SMA,  PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, EDUCATION, 5",    // SMA 5: D1, D2 also 5, D3 10
            "SMP,  PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, EDUCATION, 4",    // SMP 1 → SMA 5
            "NONE, PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    QUALIFICATION, EDUCATION, 1",    // none → SD 1
            // competency (max 40), pelaksana: technical 22.5, seminar 17.5
            "S3,   PELAKSANA,   0,  false, false, SANGAT_BAIK, NONE,   0,    COMPETENCY, TECHNICAL_TRAINING, 22.5",
            "S3,   PELAKSANA,   19, false, false, SANGAT_BAIK, NONE,   0,    COMPETENCY, TECHNICAL_TRAINING, 22.5", // 19 JP: 1 short
            "S3,   PELAKSANA,   20, false, false, SANGAT_BAIK, NONE,   0,    COMPETENCY, SEMINAR,            17.5",
            "S3,   PELAKSANA,   0,  true,  false, SANGAT_BAIK, NONE,   0,    COMPETENCY, TECHNICAL_TRAINING, 22.5",
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    COMPETENCY, NONE,               0",    // 40
            // structural posts: leadership 15, technical 15, seminar 10 (40)
            "S3,   PENGAWAS,    20, true,  false, SANGAT_BAIK, NONE,   0,    COMPETENCY, LEADERSHIP_TRAINING, 15",
            "S3,   ADMINISTRATOR, 0, false, true, SANGAT_BAIK, NONE,   0,    COMPETENCY, TECHNICAL_TRAINING, 15",   // tie with none: technical first
            "S3,   JPT_PRATAMA, 20, false, true,  SANGAT_BAIK, NONE,   0,    COMPETENCY, SEMINAR,            10",
            "S3,   PENGAWAS,    20, true,  true,  SANGAT_BAIK, NONE,   0,    COMPETENCY, NONE,               0",
            "S3,   PENGAWAS,    0,  false, false, SANGAT_BAIK, NONE,   0,    COMPETENCY, TECHNICAL_TRAINING, 15",   // tie with leadership
            // JF: functional 15, technical 15, seminar 10
            "S3,   FUNGSIONAL,  20, true,  false, SANGAT_BAIK, NONE,   0,    COMPETENCY, FUNCTIONAL_TRAINING, 15",
            "S3,   FUNGSIONAL,  20, false, true,  SANGAT_BAIK, NONE,   0,    COMPETENCY, SEMINAR,            10",
            // performance (max 30): the next predicate that scores more; none recorded → BAIK
            "S3,   PELAKSANA,   20, true,  false, BAIK,        NONE,   0,    PERFORMANCE, PREDICATE, 5",           // 25 → 30
            "S3,   PELAKSANA,   20, true,  false, BUTUH_PERBAIKAN, NONE, 0,  PERFORMANCE, PREDICATE, 10",          // 15 → 25
            "S3,   PELAKSANA,   20, true,  false, KURANG,      NONE,   0,    PERFORMANCE, PREDICATE, 10",          // 5 → 15
            "S3,   PELAKSANA,   20, true,  false, SANGAT_KURANG, NONE, 0,    PERFORMANCE, PREDICATE, 4",           // 1 → 5
            "S3,   PELAKSANA,   20, true,  false, NONE,        NONE,   0,    PERFORMANCE, PREDICATE, 25",          // 0 → BAIK 25
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    PERFORMANCE, NONE,      0",
            // discipline (max 5): a punishment in the 2-year window; it leaves the window two years after its year
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, RINGAN, 2026, DISCIPLINE, WAIT, 2",                 // 3 → 5 in 2028
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, SEDANG, 2025, DISCIPLINE, WAIT, 3",                 // 2 → 5 in 2027
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, BERAT,  2026, DISCIPLINE, WAIT, 4",                 // 1 → 5 in 2028
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, BERAT,  2024, DISCIPLINE, NONE, 0",                 // out of the window
            "S3,   PELAKSANA,   20, true,  false, SANGAT_BAIK, NONE,   0,    DISCIPLINE, NONE, 0",
    })
    void oneStepPerDimensionBelowItsMaximum(String education, PositionKind kind, int technicalHours, boolean seminar, boolean leadership,
                                            String predicate, String punishment, int punishmentYear, IpAsnDimension dimension,
                                            String step, BigDecimal gain) {
        IpAsnInput in = input(education, kind, technicalHours, seminar, leadership, predicate, punishment, punishmentYear);
        List<RaiseSuggestions.Suggestion> all = raise.suggest(in);
        Optional<RaiseSuggestions.Suggestion> s = all.stream().filter(x -> x.dimension() == dimension).findFirst();
        assertThat(all.stream().filter(x -> x.dimension() == dimension).count()).isLessThanOrEqualTo(1);
        if (step.equals("NONE")) {
            assertThat(s).isEmpty();
            return;
        }
        assertThat(s).isPresent();
        assertThat(s.get().step()).isEqualTo(RaiseSuggestions.Step.valueOf(step));
        assertThat(s.get().gain()).isEqualByComparingTo(gain);
        assertThat(s.get().text().args().get(s.get().text().args().size() - 1)).isEqualTo(s.get().gain());
    }

    @Test
    void aDimensionAtItsMaximumYieldsNothingAndTheTextNamesTheStep() {
        IpAsnInput top = input("S3", PositionKind.PELAKSANA, 20, true, false, "SANGAT_BAIK", "NONE", 0);
        assertThat(calculator.calculate(top).total()).isEqualByComparingTo("100");
        assertThat(raise.suggest(top)).isEmpty();

        IpAsnInput low = input("S1", PositionKind.PELAKSANA, 8, false, false, "BAIK", "RINGAN", 2026);
        List<RaiseSuggestions.Suggestion> s = raise.suggest(low);
        assertThat(s).extracting(RaiseSuggestions.Suggestion::dimension).containsExactly(IpAsnDimension.QUALIFICATION,
                IpAsnDimension.COMPETENCY, IpAsnDimension.PERFORMANCE, IpAsnDimension.DISCIPLINE);
        // "12 JP of technical training in 2026 → +22.5 competency"
        assertThat(s.get(1).text().key()).isEqualTo("professionalism.raise.technical");
        assertThat(s.get(1).text().args()).containsExactly(12, Y, new BigDecimal("22.5"));
        assertThat(s.get(0).text().args()).containsExactly("S2", new BigDecimal("5"));
        assertThat(s.get(3).text().args()).containsExactly(2028, new BigDecimal("2"));
    }

    static IpAsnInput input(String education, PositionKind kind, int technicalHours, boolean seminar, boolean leadership, String predicate,
                            String punishment, int punishmentYear) {
        List<EducationRecord> ed = education.equals("NONE") ? List.of()
                : List.of(new EducationRecord(EducationLevel.valueOf(education), "Universitas X", null, LocalDate.of(2005, 8, 1)));
        List<TrainingRecord> t = new ArrayList<>();
        if (technicalHours > 0) {
            t.add(new TrainingRecord(TrainingKind.TEKNIS, "Teknis", technicalHours, LocalDate.of(Y, 5, 1)));
        }
        if (seminar) {
            t.add(new TrainingRecord(TrainingKind.SEMINAR, "Seminar", 4, LocalDate.of(Y, 6, 1)));
        }
        if (leadership) {
            t.add(kind == PositionKind.FUNGSIONAL ? new TrainingRecord(TrainingKind.FUNGSIONAL, "Diklat JF", 40, LocalDate.of(2020, 3, 1))
                    : new TrainingRecord(TrainingKind.KEPEMIMPINAN, "Pelatihan Kepemimpinan", 40, LocalDate.of(2020, 3, 1)));
        }
        List<IpAsnInput.Punishment> ps = punishment.equals("NONE") ? List.of()
                : List.of(new IpAsnInput.Punishment(PunishmentLevel.valueOf(punishment), null, LocalDate.of(punishmentYear, 3, 1)));
        return new IpAsnInput(Y, ed, new IpAsnInput.HeldPosition(kind, null, "Jabatan"), null, t,
                predicate.equals("NONE") ? null : SkpPredicate.valueOf(predicate), ps);
    }
}
