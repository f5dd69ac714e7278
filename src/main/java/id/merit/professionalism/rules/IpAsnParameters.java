package id.merit.professionalism.rules;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The changeable numbers of IP ASN (rules-defaults.md "IP ASN"), with the date they take effect and the regulation
 * they implement. {@link #defaults()} is Merit's shipped rule set; an administrator's versions (not built yet) would be
 * further instances. Windows count calendar years ending with the measurement year Y: 2 = Y−1 and Y.
 *
 * @param appliesTo                employee types measured (PNS by Perban BKN 8/2019; PPPK by default, PermenPANRB 38/2018)
 * @param qualification            score per highest education level; a level missing from the map scores 0
 * @param leadership               structural posts: a leadership training (any date up to 31 Dec of Y)
 * @param functional               JF: a functional training (any date) or a functional profession
 * @param technical                structural posts and JF: technical training hours in the window ≥ {@code technicalMinHours}
 * @param seminar                  structural posts and JF: a seminar in the window
 * @param technicalPelaksana       pelaksana: technical training hours in the window ≥ {@code technicalMinHours}
 * @param seminarPelaksana         pelaksana: a seminar in the window
 * @param leadershipLevelMustMatch where a leadership training's level is recorded in its name (PKN II, PKA, PKP), only
 *                                 the level of the post held counts (Perban BKN 8/2019 Ps 8(4))
 * @param performance              score per ANNUAL predicate of Y; none recorded scores 0
 * @param disciplineNone           no punishment decided in the window
 * @param discipline               score of the worst punishment level decided in the window
 * @param categoryAbove            a total strictly above the value reaches the category (SANGAT_RENDAH otherwise)
 */
public record IpAsnParameters(String label, LocalDate effectiveFrom, String regulation, Set<EmployeeType> appliesTo,
                              Map<EducationLevel, BigDecimal> qualification, BigDecimal leadership, BigDecimal functional,
                              BigDecimal technical, BigDecimal seminar, BigDecimal technicalPelaksana, BigDecimal seminarPelaksana,
                              int technicalMinHours, BigDecimal competencyMax, int trainingWindowYears, boolean leadershipLevelMustMatch,
                              Map<SkpPredicate, BigDecimal> performance, BigDecimal disciplineNone,
                              Map<PunishmentLevel, BigDecimal> discipline, int disciplineWindowYears,
                              Map<IpAsnCategory, BigDecimal> categoryAbove) {

    public IpAsnParameters {
        appliesTo = Set.copyOf(appliesTo);
        qualification = Map.copyOf(qualification);
        performance = Map.copyOf(performance);
        discipline = Map.copyOf(discipline);
        categoryAbove = Map.copyOf(categoryAbove);
        if (trainingWindowYears < 1 || disciplineWindowYears < 1) {
            throw new IllegalArgumentException("windows count at least the measurement year");
        }
    }

    /** Merit's defaults (rules-defaults.md "IP ASN"; regulations.md §2.2 and §2.3). */
    public static IpAsnParameters defaults() {
        Map<EducationLevel, BigDecimal> q = new EnumMap<>(EducationLevel.class);
        for (EducationLevel level : EducationLevel.values()) {
            q.put(level, n(switch (level) {
                case S3 -> "25";
                case S2 -> "20";
                case S1, D4 -> "15";
                case D3 -> "10";
                case D1, D2, SMA -> "5";
                case SMP, SD -> "1";
            }));
        }
        Map<SkpPredicate, BigDecimal> p = new EnumMap<>(SkpPredicate.class);
        for (SkpPredicate predicate : SkpPredicate.values()) {
            p.put(predicate, n(switch (predicate) {
                case SANGAT_BAIK -> "30";
                case BAIK -> "25";
                case BUTUH_PERBAIKAN -> "15";
                case KURANG -> "5";
                case SANGAT_KURANG -> "1";
            }));
        }
        Map<PunishmentLevel, BigDecimal> d = new EnumMap<>(PunishmentLevel.class);
        for (PunishmentLevel level : PunishmentLevel.values()) {
            d.put(level, n(switch (level) {
                case RINGAN -> "3";
                case SEDANG -> "2";
                case BERAT -> "1";
            }));
        }
        Map<IpAsnCategory, BigDecimal> c = new EnumMap<>(IpAsnCategory.class);
        c.put(IpAsnCategory.SANGAT_TINGGI, n("90"));
        c.put(IpAsnCategory.TINGGI, n("80"));
        c.put(IpAsnCategory.SEDANG, n("70"));
        c.put(IpAsnCategory.RENDAH, n("60"));
        return new IpAsnParameters("IP ASN 2019 (default Merit)", LocalDate.of(2019, 1, 1),
                "PermenPANRB 38/2018; Perban BKN 8/2019", EnumSet.of(EmployeeType.PNS, EmployeeType.PPPK, EmployeeType.PPPK_PARUH_WAKTU),
                q, n("15"), n("15"), n("15"), n("10"), n("22.5"), n("17.5"), 20, n("40"), 2, true, p, n("5"), d, 2, c);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
