package id.merit.talent;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentRecord;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.PunishmentRecord;
import id.merit.discipline.PunishmentSource;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import id.merit.talent.rules.TalentClassifier;
import id.merit.talent.rules.TalentClassifier.Inputs;
import id.merit.talent.rules.TalentClassifier.ReasonCode;
import id.merit.talent.rules.TalentClassifier.Refusal;
import id.merit.talent.rules.TalentClassifier.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules-defaults.md "Talent (PermenPANRB 3/2020) for year Y", row for row, boundaries included. */
class TalentClassifierTests {

    static final int Y = 2025;
    static final LocalDate ASSESSED = LocalDate.of(2025, 6, 10);

    static AssessmentRecord assessment(AssessmentPurpose purpose, String jpm, String potential) {
        return new AssessmentRecord("N", ASSESSED, purpose, new BigDecimal(jpm), new BigDecimal(potential));
    }

    static PunishmentRecord punishment(PunishmentLevel level, PunishmentKind kind, LocalDate decided) {
        return new PunishmentRecord(1, "N", level, kind, null, decided, decided, null, PunishmentSource.IMPORT, null);
    }

    /** Box 9 and every pool condition met; each test changes one thing. */
    static Inputs star() {
        return new Inputs(Y, EmployeeType.PNS, SkpPredicate.SANGAT_BAIK, SkpPredicate.BAIK,
                assessment(AssessmentPurpose.SELECTION, "80", "85"), 24, List.of());
    }

    static Inputs with(SkpPredicate predicate, SkpPredicate previous, AssessmentRecord a, int hours, List<PunishmentRecord> punishments) {
        return new Inputs(Y, EmployeeType.PNS, predicate, previous, a, hours, punishments);
    }

    static List<String> codes(Result r) {
        List<String> out = new ArrayList<>();
        r.reasons().forEach(x -> out.add(x.code() + (x.keptOut() ? "" : "(note)")));
        return out;
    }

    // Performance axis (SANGAT_BAIK → ABOVE, BAIK → MEETS, other → BELOW) × potential axis (≥ 80 HIGH, ≥ 60 MEDIUM, else LOW)
    // → box per PermenPANRB 3/2020 Lampiran (regulations.md §5.1): ABOVE 4/7/9, MEETS 2/5/8, BELOW 1/3/6.
    @ParameterizedTest(name = "{0} with potential {1} → {2}/{3}, box {4}")
    @CsvSource({
            "SANGAT_BAIK,     85,     ABOVE, HIGH,   9",
            "SANGAT_BAIK,     80,     ABOVE, HIGH,   9",
            "SANGAT_BAIK,     79.99,  ABOVE, MEDIUM, 7",
            "SANGAT_BAIK,     60,     ABOVE, MEDIUM, 7",
            "SANGAT_BAIK,     59.99,  ABOVE, LOW,    4",
            "SANGAT_BAIK,     0,      ABOVE, LOW,    4",
            "BAIK,            100,    MEETS, HIGH,   8",
            "BAIK,            80,     MEETS, HIGH,   8",
            "BAIK,            79.99,  MEETS, MEDIUM, 5",
            "BAIK,            60,     MEETS, MEDIUM, 5",
            "BAIK,            59.99,  MEETS, LOW,    2",
            "BUTUH_PERBAIKAN, 80,     BELOW, HIGH,   6",
            "KURANG,          80,     BELOW, HIGH,   6",
            "SANGAT_KURANG,   80,     BELOW, HIGH,   6",
            "BUTUH_PERBAIKAN, 79.99,  BELOW, MEDIUM, 3",
            "KURANG,          60,     BELOW, MEDIUM, 3",
            "SANGAT_KURANG,   59.99,  BELOW, LOW,    1",
            "BUTUH_PERBAIKAN, 0,      BELOW, LOW,    1",
    })
    void axesAndBox(SkpPredicate predicate, String potential, PerformanceAxis performance, PotentialAxis potentialAxis, int box) {
        Result r = TalentClassifier.classify(with(predicate, SkpPredicate.BAIK, assessment(AssessmentPurpose.SELECTION, "80", potential), 24,
                List.of()));

        assertThat(r.placed()).isTrue();
        assertThat(r.performance()).isEqualTo(performance);
        assertThat(r.potential()).isEqualTo(potentialAxis);
        assertThat(r.box()).isEqualTo(box);
        // the pool takes boxes 7, 8 and 9 only (the other conditions hold except a predicate below BAIK in Y)
        assertThat(r.reasons().stream().anyMatch(x -> x.code() == ReasonCode.BOX)).isEqualTo(box < 7);
        assertThat(r.talentPool()).isEqualTo(box >= 7 && predicate.atLeastBaik());
    }

    // rules-defaults.md: talent is not determined for CPNS and non-ASN; PNS, PPPK and PPPK_PARUH_WAKTU are measured.
    @ParameterizedTest
    @CsvSource({"PNS, true", "PPPK, true", "PPPK_PARUH_WAKTU, true", "CPNS, false", "NON_ASN_PHT, false", "NON_ASN_PHL, false"})
    void whoIsMeasured(EmployeeType type, boolean measured) {
        Inputs s = star();
        Result r = TalentClassifier.classify(new Inputs(Y, type, s.predicate(), s.previousPredicate(), s.assessment(), 24, List.of()));

        assertThat(r.placed()).isEqualTo(measured);
        if (!measured) {
            assertThat(r.refusals()).containsExactly(Refusal.NOT_MEASURED);
        } else {
            assertThat(r.box()).isEqualTo(9);
        }
    }

    @Test
    void missingInputsAreNamed() {
        assertThat(TalentClassifier.classify(with(null, SkpPredicate.BAIK, star().assessment(), 24, List.of())).refusals())
                .containsExactly(Refusal.NO_ANNUAL_PERFORMANCE);
        assertThat(TalentClassifier.classify(with(SkpPredicate.BAIK, SkpPredicate.BAIK, null, 24, List.of())).refusals())
                .containsExactly(Refusal.NO_ASSESSMENT);
        assertThat(TalentClassifier.classify(with(null, null, null, 0, List.of())).refusals())
                .containsExactly(Refusal.NO_ANNUAL_PERFORMANCE, Refusal.NO_ASSESSMENT);
    }

    @Test
    void boxNineWithEveryConditionIsInThePool() {
        Result r = TalentClassifier.classify(star());

        assertThat(r.box()).isEqualTo(9);
        assertThat(r.talentPool()).isTrue();
        assertThat(r.reasons()).isEmpty();
    }

    // PP 11/2017 Ps 199(2)(c): the ANNUAL predicates of Y and Y−1 are both BAIK or SANGAT_BAIK.
    @ParameterizedTest(name = "Y−1 {0} → in pool {1}")
    @CsvSource({
            "SANGAT_BAIK,     true,  ''",
            "BAIK,            true,  ''",
            "BUTUH_PERBAIKAN, false, PREDICATE_BELOW_BAIK",
            "KURANG,          false, PREDICATE_BELOW_BAIK",
            "SANGAT_KURANG,   false, PREDICATE_BELOW_BAIK",
            ",                false, PREDICATE_MISSING",
    })
    void previousYearPredicate(SkpPredicate previous, boolean pool, String reason) {
        Result r = TalentClassifier.classify(with(SkpPredicate.SANGAT_BAIK, previous, star().assessment(), 24, List.of()));

        assertThat(r.talentPool()).isEqualTo(pool);
        assertThat(codes(r)).isEqualTo(reason.isEmpty() ? List.of() : List.of(reason));
        if (!pool) {
            assertThat(r.reasons().get(0).args().get(0)).isEqualTo(Y - 1);
        }
    }

    // PP 11/2017 Ps 199(2)(b) with Ps 203: at least 20 JP of training completed in Y.
    @ParameterizedTest(name = "{0} JP → in pool {1}")
    @CsvSource({"0, false", "19, false", "20, true", "21, true", "120, true"})
    void trainingHours(int hours, boolean pool) {
        Result r = TalentClassifier.classify(with(SkpPredicate.SANGAT_BAIK, SkpPredicate.BAIK, star().assessment(), hours, List.of()));

        assertThat(r.talentPool()).isEqualTo(pool);
        assertThat(codes(r)).isEqualTo(pool ? List.of() : List.of("TRAINING_HOURS"));
        if (!pool) {
            assertThat(r.reasons().get(0).args()).containsExactly(Y, hours, 20);
        }
    }

    // PP 11/2017 Ps 199(2)(a): JPM of the latest assessment ≥ 68 (MS or MMS on the selection scheme), read whatever the
    // purpose; a MAPPING assessment gives a note.
    @ParameterizedTest(name = "{0} JPM {1} → in pool {2}")
    @CsvSource({
            "SELECTION, 100,   true,  ''",
            "SELECTION, 68,    true,  ''",
            "SELECTION, 67.99, false, JPM_BELOW_MINIMUM",
            "SELECTION, 0,     false, JPM_BELOW_MINIMUM",
            "MAPPING,   90,    true,  JPM_FROM_MAPPING(note)",
            "MAPPING,   68,    true,  JPM_FROM_MAPPING(note)",
            "MAPPING,   67.99, false, JPM_BELOW_MINIMUM",
    })
    void jpm(AssessmentPurpose purpose, String jpm, boolean pool, String reason) {
        Result r = TalentClassifier.classify(with(SkpPredicate.SANGAT_BAIK, SkpPredicate.BAIK, assessment(purpose, jpm, "90"), 24, List.of()));

        assertThat(r.box()).isEqualTo(9);
        assertThat(r.talentPool()).isEqualTo(pool);
        assertThat(codes(r)).isEqualTo(reason.isEmpty() ? List.of() : List.of(reason));
        if (!pool) {
            assertThat(r.reasons().get(0).args()).containsExactly(new BigDecimal(jpm), purpose, ASSESSED, new BigDecimal("68"));
        }
    }

    // Merit's default, no statutory source: no SEDANG or BERAT punishment with decision_date in Y−1 or Y.
    @ParameterizedTest(name = "{0} decided {1} → in pool {2}")
    @CsvSource({
            "SEDANG, PENUNDAAN_KGB,       2025-12-31, false",
            "SEDANG, TUKIN_CUT,           2025-01-01, false",
            "SEDANG, PENUNDAAN_PANGKAT,   2024-01-01, false",
            "SEDANG, PENUNDAAN_KGB,       2023-12-31, true",
            "BERAT,  PENURUNAN_JABATAN,   2024-06-01, false",
            "BERAT,  PEMBEBASAN_JABATAN,  2023-06-01, true",
            "RINGAN, TEGURAN_TERTULIS,    2025-03-01, true",
            "SEDANG, PENUNDAAN_KGB,       2026-01-02, true",
    })
    void punishments(PunishmentLevel level, PunishmentKind kind, LocalDate decided, boolean pool) {
        Result r = TalentClassifier.classify(with(SkpPredicate.SANGAT_BAIK, SkpPredicate.BAIK, star().assessment(), 24,
                List.of(punishment(level, kind, decided))));

        assertThat(r.talentPool()).isEqualTo(pool);
        assertThat(codes(r)).isEqualTo(pool ? List.of() : List.of("PUNISHMENT"));
        if (!pool) {
            assertThat(r.reasons().get(0).args()).containsExactly(level, kind, decided);
        }
    }

    @Test
    void theDisciplineConditionCanBeSwitchedOff() {
        TalentClassifier.Parameters off = new TalentClassifier.Parameters(LocalDate.of(2026, 1, 1), "test",
                new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("68"), 20, false);
        Result r = TalentClassifier.classify(off, with(SkpPredicate.SANGAT_BAIK, SkpPredicate.BAIK, star().assessment(), 24,
                List.of(punishment(PunishmentLevel.BERAT, PunishmentKind.PENURUNAN_JABATAN, LocalDate.of(2025, 2, 1)))));

        assertThat(r.talentPool()).isTrue();
    }

    @Test
    void everyFailedConditionIsNamedInOrder() {
        Result r = TalentClassifier.classify(with(SkpPredicate.BAIK, SkpPredicate.BUTUH_PERBAIKAN, assessment(AssessmentPurpose.MAPPING, "60", "70"),
                19, List.of(punishment(PunishmentLevel.SEDANG, PunishmentKind.TUKIN_CUT, LocalDate.of(2024, 3, 1)))));

        assertThat(r.box()).isEqualTo(5);
        assertThat(r.talentPool()).isFalse();
        assertThat(codes(r)).containsExactly("BOX", "PREDICATE_BELOW_BAIK", "TRAINING_HOURS", "JPM_BELOW_MINIMUM", "PUNISHMENT");
    }
}
