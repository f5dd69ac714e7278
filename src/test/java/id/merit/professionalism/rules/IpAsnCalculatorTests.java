package id.merit.professionalism.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeType;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.PositionKind;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.performance.SkpPredicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IP ASN for measurement year 2025, row for row of rules-defaults.md "IP ASN" (PermenPANRB 38/2018, Perban BKN 8/2019;
 * the sub-tables of regulations.md §2.2 and the bands of §2.3), boundaries included.
 */
class IpAsnCalculatorTests {

    static final int Y = 2025;
    final IpAsnCalculator calculator = new IpAsnCalculator(IpAsnParameters.defaults());

    // ------------------------------------------------------------ qualification (regulations.md §2.2 Kualifikasi)

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "S3,   25",   // OFFICIAL (lelemuku.com quoting Perban BKN 8/2019 Lampiran I)
            "S2,   20",   // OFFICIAL
            "S1,   15",   // S-1 / D-IV
            "D4,   15",
            "D3,   10",
            "D2,   5",    // D-II / D-I / SMA
            "D1,   5",
            "SMA,  5",
            "SMP,  1",    // below SMA
            "SD,   1",
            "NONE, 0",    // none recorded: 0 and named in missingData
    })
    void qualificationByHighestEducation(String level, BigDecimal expected) {
        List<EducationRecord> education = level.equals("NONE") ? List.of()
                : List.of(new EducationRecord(EducationLevel.valueOf(level), "Universitas X", null, LocalDate.of(2003, 8, 1)));
        IpAsnResult r = calculator.calculate(input(education, PositionKind.PELAKSANA, null, List.of(), SkpPredicate.BAIK, List.of()));
        assertThat(r.qualification()).isEqualByComparingTo(expected);
        assertThat(r.missingData().contains(IpAsnDimension.QUALIFICATION)).isEqualTo(level.equals("NONE"));
    }

    @Test
    void qualificationTakesTheHighestLevelAndNamesTheRecord() {
        IpAsnResult r = calculator.calculate(input(List.of(new EducationRecord(EducationLevel.SMA, "SMAN 1", null, LocalDate.of(1998, 6, 1)),
                        new EducationRecord(EducationLevel.S1, "Universitas X", "Hukum", LocalDate.of(2003, 8, 1))),
                PositionKind.PELAKSANA, null, List.of(), SkpPredicate.BAIK, List.of()));
        assertThat(r.qualification()).isEqualByComparingTo("15");
        Explanation line = r.explanation().get(0);
        assertThat(line.dimension()).isEqualTo(IpAsnDimension.QUALIFICATION);
        assertThat(line.args()).containsExactly("S1 Universitas X, 2003", new BigDecimal("15"));
    }

    // ------------------------------------------------------------ competency (Perban BKN 8/2019 Ps 8; regulations.md §2.2)

    /**
     * Trainings as {@code kind/name/hours/end date} separated by {@code ;}. Window Y−1..Y = 2024-01-01..2025-12-31;
     * leadership and functional trainings count whenever completed up to 31 Dec 2025.
     */
    @ParameterizedTest(name = "{0} {2} {1} → {3}")
    @CsvSource(delimiter = '|', value = {
            // structural posts: leadership 15, technical ≥ 20 JP 15, seminar 10 (Ps 8(4), 8(6))
            "ADMINISTRATOR |KEPEMIMPINAN/Pelatihan Kepemimpinan Administrator PKA/240/2010-05-01 |     |15",
            "JPT_PRATAMA   |KEPEMIMPINAN/PKN Tingkat II Angkatan 3/300/2001-01-01                |     |15",
            "PENGAWAS      |KEPEMIMPINAN/Diklat Kepemimpinan/120/2015-01-01                       |     |15",  // no level recorded: counts
            "PENGAWAS      |KEPEMIMPINAN/Diklatpim IV/120/2012-01-01                              |     |15",
            "ADMINISTRATOR |KEPEMIMPINAN/PKP Angkatan 7/120/2012-01-01                            |     |0",   // level of another post
            "JPT_PRATAMA   |KEPEMIMPINAN/PKN I Angkatan 1/300/2001-01-01                          |     |0",
            "PENGAWAS      |KEPEMIMPINAN/PKP/120/2026-01-01                                       |     |0",   // after Y
            "JPT_PRATAMA   |TEKNIS/Pengadaan/19/2025-06-01                                        |     |0",   // 19 JP
            "JPT_PRATAMA   |TEKNIS/Pengadaan/20/2025-06-01                                        |     |15",  // 20 JP
            "ADMINISTRATOR |TEKNIS/A/10/2024-01-01;TEKNIS/B/10/2025-12-31                          |     |15",  // summed, window edges
            "ADMINISTRATOR |TEKNIS/A/20/2023-12-31                                                |     |0",   // Y−2: outside
            "ADMINISTRATOR |TEKNIS/A/20/2026-01-01                                                |     |0",   // after Y
            "PENGAWAS      |SEMINAR/Seminar/4/2024-01-01                                          |     |10",
            "PENGAWAS      |SEMINAR/Seminar/4/2023-12-31                                          |     |0",
            "ADMINISTRATOR |KEPEMIMPINAN/PKA/240/2010-05-01;TEKNIS/A/24/2025-03-01;SEMINAR/S/4/2025-04-01 | |40",
            "ADMINISTRATOR |FUNGSIONAL/Diklat JF/100/2020-01-01                                  |     |0",   // not for structural posts
            // JF: functional training (any date) or a functional profession 15, technical 15, seminar 10 (Ps 8(5))
            "FUNGSIONAL    |FUNGSIONAL/Diklat Penjenjangan Analis/100/2005-01-01                  |     |15",
            "FUNGSIONAL    |                                                                      |GURU |15",  // profession (Kudus BKPSDM)
            "FUNGSIONAL    |                                                                      |     |0",
            "FUNGSIONAL    |KEPEMIMPINAN/PKA/240/2010-05-01                                      |     |0",
            "FUNGSIONAL    |TEKNIS/A/20/2024-07-01                                                |     |15",
            "FUNGSIONAL    |SEMINAR/S/2/2025-01-01                                                |     |10",
            "FUNGSIONAL    |FUNGSIONAL/F/40/2019-01-01;TEKNIS/A/30/2025-01-01;SEMINAR/S/2/2025-01-01 | DOKTER |40",
            // pelaksana: technical ≥ 20 JP 22.5, seminar 17.5 (implementation-derived, regulations.md §2.2)
            "PELAKSANA     |TEKNIS/A/20/2025-01-01                                                |     |22.5",
            "PELAKSANA     |TEKNIS/A/19/2025-01-01                                                |     |0",
            "PELAKSANA     |SEMINAR/S/2/2024-02-01                                                |     |17.5",
            "PELAKSANA     |TEKNIS/A/20/2025-01-01;SEMINAR/S/2/2024-02-01                          |     |40",
            "PELAKSANA     |KEPEMIMPINAN/PKP/120/2020-01-01;FUNGSIONAL/F/40/2019-01-01             |     |0",
            "NONE          |TEKNIS/A/20/2025-01-01                                                |     |22.5", // no position recorded: pelaksana
    })
    void competencyByPositionKind(String kind, String trainings, String profession, BigDecimal expected) {
        PositionKind k = kind.equals("NONE") ? null : PositionKind.valueOf(kind);
        IpAsnInput in = new IpAsnInput(Y, List.of(), k == null ? null : new IpAsnInput.HeldPosition(k, null, "Jabatan"),
                profession == null ? null : FunctionalProfession.valueOf(profession), trainings(trainings), SkpPredicate.BAIK, List.of());
        IpAsnResult r = calculator.calculate(in);
        assertThat(r.competency()).isEqualByComparingTo(expected);
        assertThat(r.missingData().contains(IpAsnDimension.COMPETENCY)).isEqualTo(expected.signum() == 0);
    }

    @Test
    void competencyIsCappedAtItsMaximumWhenTheSumsExceedIt() {
        IpAsnParameters d = IpAsnParameters.defaults();
        IpAsnParameters generous = new IpAsnParameters("test", d.effectiveFrom(), d.regulation(), d.appliesTo(), d.qualification(),
                new BigDecimal("20"), d.functional(), new BigDecimal("20"), new BigDecimal("20"), d.technicalPelaksana(),
                d.seminarPelaksana(), 20, new BigDecimal("40"), 2, true, d.performance(), d.disciplineNone(), d.discipline(), 2,
                d.categoryAbove());
        IpAsnResult r = new IpAsnCalculator(generous).calculate(new IpAsnInput(Y, List.of(),
                new IpAsnInput.HeldPosition(PositionKind.ADMINISTRATOR, null, "Kepala Bagian"), null,
                trainings("KEPEMIMPINAN/PKA/240/2010-05-01;TEKNIS/A/24/2025-03-01;SEMINAR/S/4/2025-04-01"), SkpPredicate.BAIK, List.of()));
        assertThat(r.competency()).isEqualByComparingTo("40");
    }

    @Test
    void anyLeadershipLevelCountsWhenMatchingIsSwitchedOff() {
        IpAsnParameters d = IpAsnParameters.defaults();
        IpAsnParameters loose = new IpAsnParameters("test", d.effectiveFrom(), d.regulation(), d.appliesTo(), d.qualification(),
                d.leadership(), d.functional(), d.technical(), d.seminar(), d.technicalPelaksana(), d.seminarPelaksana(),
                d.technicalMinHours(), d.competencyMax(), d.trainingWindowYears(), false, d.performance(), d.disciplineNone(),
                d.discipline(), d.disciplineWindowYears(), d.categoryAbove());
        IpAsnResult r = new IpAsnCalculator(loose).calculate(new IpAsnInput(Y, List.of(),
                new IpAsnInput.HeldPosition(PositionKind.ADMINISTRATOR, null, "Kepala Bagian"), null,
                trainings("KEPEMIMPINAN/PKP Angkatan 7/120/2012-01-01"), SkpPredicate.BAIK, List.of()));
        assertThat(r.competency()).isEqualByComparingTo("15");
    }

    // ------------------------------------------------------------ performance (regulations.md §2.2 Kinerja)

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "SANGAT_BAIK,     30",
            "BAIK,            25",
            "BUTUH_PERBAIKAN, 15",  // Cukup ≈ Butuh Perbaikan (PermenPANRB 6/2022)
            "KURANG,          5",
            "SANGAT_KURANG,   1",
            "NONE,            0",   // no ANNUAL evaluation of Y: 0 and named in missingData
    })
    void performanceByAnnualPredicate(String predicate, BigDecimal expected) {
        SkpPredicate p = predicate.equals("NONE") ? null : SkpPredicate.valueOf(predicate);
        IpAsnResult r = calculator.calculate(input(List.of(), PositionKind.PELAKSANA, null, List.of(), p, List.of()));
        assertThat(r.performance()).isEqualByComparingTo(expected);
        assertThat(r.missingData().contains(IpAsnDimension.PERFORMANCE)).isEqualTo(p == null);
    }

    // ------------------------------------------------------------ discipline (regulations.md §2.2 Disiplin)

    /** Punishments as {@code level@decision date} separated by {@code ;}; window 2024-01-01..2025-12-31. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'',                                5",   // none
            "RINGAN@2024-01-01,                 3",   // first day of Y−1
            "SEDANG@2025-12-31,                 2",   // last day of Y
            "BERAT@2025-06-01,                  1",
            "BERAT@2023-12-31,                  5",   // before the window
            "RINGAN@2026-01-01,                 5",   // after Y
            "RINGAN@2025-02-01;SEDANG@2024-03-01, 2", // the worst counts
            "BERAT@2023-06-01;RINGAN@2025-02-01,  3", // the worst inside the window
            "RINGAN@2024-05-01;BERAT@2025-09-01;SEDANG@2025-10-01, 1",
    })
    void disciplineByWorstPunishmentInTheWindow(String punishments, BigDecimal expected) {
        List<IpAsnInput.Punishment> list = new ArrayList<>();
        for (String p : punishments.isBlank() ? new String[0] : punishments.split(";")) {
            String[] f = p.split("@");
            PunishmentLevel level = PunishmentLevel.valueOf(f[0]);
            list.add(new IpAsnInput.Punishment(level, level.kinds().get(0), LocalDate.parse(f[1])));
        }
        IpAsnResult r = calculator.calculate(input(List.of(), PositionKind.PELAKSANA, null, List.of(), SkpPredicate.BAIK, list));
        assertThat(r.discipline()).isEqualByComparingTo(expected);
        assertThat(r.missingData()).doesNotContain(IpAsnDimension.DISCIPLINE);
    }

    // ------------------------------------------------------------ category (regulations.md §2.3, "strictly above")

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "100,   SANGAT_TINGGI",
            "90.01, SANGAT_TINGGI",
            "90,    TINGGI",
            "80.01, TINGGI",
            "80,    SEDANG",
            "70.01, SEDANG",
            "70,    RENDAH",
            "60.01, RENDAH",
            "60,    SANGAT_RENDAH",
            "0,     SANGAT_RENDAH",
    })
    void categoryBands(BigDecimal total, IpAsnCategory expected) {
        assertThat(calculator.category(total)).isEqualTo(expected);
    }

    // ------------------------------------------------------------ the test vectors of regulations.md §2.3

    @Test
    void vectorS2StructuralWithAllTrainingsSangatBaikNoPunishmentIs95SangatTinggi() {
        IpAsnResult r = calculator.calculate(input(List.of(new EducationRecord(EducationLevel.S2, "Universitas Y", null, LocalDate.of(2010, 1, 1))),
                PositionKind.ADMINISTRATOR, null, trainings("KEPEMIMPINAN/PKA/240/2015-01-01;TEKNIS/A/20/2025-01-01;SEMINAR/S/2/2025-02-01"),
                SkpPredicate.SANGAT_BAIK, List.of()));
        assertThat(r.total()).isEqualByComparingTo("95");
        assertThat(r.category()).isEqualTo(IpAsnCategory.SANGAT_TINGGI);
        assertThat(r.missingData()).isEmpty();
    }

    @Test
    void vectorS1PelaksanaWith20JpBaikNoneIs67Point5Rendah() {
        IpAsnResult r = calculator.calculate(input(List.of(new EducationRecord(EducationLevel.S1, "Universitas X", null, LocalDate.of(2003, 8, 1))),
                PositionKind.PELAKSANA, null, trainings("TEKNIS/A/20/2025-01-01"), SkpPredicate.BAIK, List.of()));
        assertThat(r.total()).isEqualByComparingTo("67.5").hasScaleOf(2);
        assertThat(r.category()).isEqualTo(IpAsnCategory.RENDAH);
        assertThat(r.explanation()).extracting(Explanation::dimension).containsExactly(IpAsnDimension.values());
    }

    @Test
    void vectorSmaPelaksanaWithNothingBaikRinganIs33SangatRendah() {
        IpAsnResult r = calculator.calculate(input(List.of(new EducationRecord(EducationLevel.SMA, "SMAN 1", null, null)),
                PositionKind.PELAKSANA, null, List.of(), SkpPredicate.BAIK,
                List.of(new IpAsnInput.Punishment(PunishmentLevel.RINGAN, PunishmentKind.TEGURAN_LISAN, LocalDate.of(2025, 3, 1)))));
        assertThat(r.total()).isEqualByComparingTo("33");
        assertThat(r.category()).isEqualTo(IpAsnCategory.SANGAT_RENDAH);
        assertThat(r.missingData()).containsExactly(IpAsnDimension.COMPETENCY);
    }

    // ------------------------------------------------------------ who is measured (rules-defaults.md)

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PNS, true", "PPPK, true", "PPPK_PARUH_WAKTU, true", "CPNS, false", "NON_ASN_PHT, false", "NON_ASN_PHL, false"})
    void appliesToPnsAndPppkOnly(EmployeeType type, boolean expected) {
        assertThat(calculator.applies(type)).isEqualTo(expected);
    }

    @Test
    void defaultParametersNameTheirRuleSetAndRegulation() {
        IpAsnParameters d = IpAsnParameters.defaults();
        assertThat(d.regulation()).contains("38/2018").contains("8/2019");
        assertThat(new EnumMap<>(d.qualification())).hasSize(EducationLevel.values().length);
        IpAsnResult r = calculator.calculate(input(List.of(), null, null, List.of(), null, List.of()));
        assertThat(r.ruleSetLabel()).isEqualTo(d.label());
        assertThat(r.ruleSetEffectiveFrom()).isEqualTo(d.effectiveFrom());
        assertThat(r.total()).isEqualByComparingTo("5");
        assertThat(r.missingData()).containsExactly(IpAsnDimension.QUALIFICATION, IpAsnDimension.COMPETENCY, IpAsnDimension.PERFORMANCE);
    }

    // ------------------------------------------------------------ helpers

    static IpAsnInput input(List<EducationRecord> education, PositionKind kind, FunctionalProfession profession,
                            List<TrainingRecord> trainings, SkpPredicate predicate, List<IpAsnInput.Punishment> punishments) {
        return new IpAsnInput(Y, education, kind == null ? null : new IpAsnInput.HeldPosition(kind, null, "Jabatan"), profession,
                trainings, predicate, punishments);
    }

    static List<TrainingRecord> trainings(String spec) {
        List<TrainingRecord> list = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return list;
        }
        for (String t : spec.split(";")) {
            String[] f = t.strip().split("/");
            list.add(new TrainingRecord(TrainingKind.valueOf(f[0]), f[1], Integer.parseInt(f[2]), LocalDate.parse(f[3])));
        }
        return list;
    }
}
