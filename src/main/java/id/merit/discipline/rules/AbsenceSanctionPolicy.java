package id.merit.discipline.rules;

import id.merit.discipline.DisciplineRegime;
import id.merit.discipline.Pp53Kind;
import id.merit.discipline.Recommendation;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SedangRegime;
import id.merit.employee.EmployeeType;
import java.time.LocalDate;
import java.util.List;

/**
 * The punishment that unexcused absence calls for, counted cumulatively from 1 January to the date of the
 * recommendation. Discipline law, so it lives here; attendance only counts the days and minutes. Two regimes
 * ({@link DisciplineRegime}: by the last counted day for a year's figures, by the examination date for a case,
 * PP 94/2021 Pasal 40 ayat (3)):
 * <ul>
 *   <li>{@link DisciplineRegime#PP_94_2021} from 31 August 2021: Pasal 9 ayat (2) huruf b (ringan), Pasal 10 ayat (2)
 *       huruf f (sedang), Pasal 11 ayat (2) huruf d (berat); 10 consecutive working days → dismissal, Pasal 11 ayat (2)
 *       huruf d angka 4 with the salary stop of Pasal 15 ayat (2).</li>
 *   <li>{@link DisciplineRegime#PP_53_2010} before: PP 53/2010 Pasal 3 angka 11 (duty to come to work) with the
 *       punishments of Pasal 8 angka 9 (ringan), Pasal 9 angka 11 (sedang) and Pasal 10 angka 9 (berat), each under its
 *       own name ({@link Pp53Kind}, whose class comment maps it onto the nearest band code); no consecutive-days rule.</li>
 * </ul>
 * Lateness: PP 53/2010 Penjelasan Pasal 3 angka 11 converts each full 7.5 accumulated hours (450 minutes) of late
 * arrival and early leaving into one day of absence. Law for PP 53/2010-regime counts; for PP 94/2021-regime counts it
 * is a setting (off by default, rules-defaults.md). The converted days are added to the count the table is read with,
 * never to attendance's {@code unexcusedDays}, and the basis says so.
 * <p>
 * Who: PNS, CPNS (PP 94/2021 Pasal 43) and PPPK (PP 49/2018 Pasal 52–54) follow the tables; non-ASN (honorary) staff
 * get no PP 94/2021 recommendation: band NONE with a basis naming the regent's regulation that governs them.
 * <p>
 * The sedang ordering follows PP 94/2021 Pasal 42, which keeps exactly the three PP 53/2010 sedang kinds for its
 * sedang level during the transition.
 */
public final class AbsenceSanctionPolicy {

    /** PP 94/2021 Pasal 11 ayat (2) huruf d angka 4: 10 consecutive working days. */
    public static final int DISMISSAL_STREAK = 10;
    /** PP 53/2010 Penjelasan Pasal 3 angka 11: 7 ½ hours late/early = 1 day of absence. */
    public static final int LATENESS_MINUTES_PER_DAY = 450;

    private AbsenceSanctionPolicy() {
    }

    /**
     * What the recommendation is read from.
     *
     * @param unexcusedDays     cumulative unexcused working days since 1 January (days without a punch)
     * @param longestStreak     longest run of consecutive unexcused working days
     * @param lateEarlyMinutes  accumulated minutes of late arrival plus early leaving
     */
    public record Counts(EmployeeType employeeType, int unexcusedDays, int longestStreak, int lateEarlyMinutes) {
    }

    /**
     * The changeable parts (discipline's versioned settings).
     *
     * @param sedangRegime         which kinds a PP 94/2021 sedang punishment takes (named in the basis)
     * @param convertLatenessPp94  whether the 7.5 h conversion also applies to PP 94/2021-regime counts
     * @param honoraryBasis        the regulation cited for non-ASN staff instead of PP 94/2021
     */
    public record Settings(SedangRegime sedangRegime, boolean convertLatenessPp94, String honoraryBasis) {
    }

    /** One row of a regulation's table: from {@code minDays} cumulative unexcused working days on. */
    record Row(int minDays, SanctionBand band, Pp53Kind pp53Kind, String basis) {

        Row(int minDays, SanctionBand band, String basis) {
            this(minDays, band, null, basis);
        }

        Row(int minDays, Pp53Kind kind, String basis) {
            this(minDays, kind.band(), kind, basis);
        }
    }

    private static final String PP94_SEDANG_TRANSITION =
            "; jo. Pasal 42: selama masa peralihan jenis hukuman sedang mengikuti PP 53/2010 Pasal 7 ayat (3)";

    /** PP 94/2021, regulations.md §4.2; rows in ascending order. */
    static final List<Row> PP_94 = List.of(
            new Row(0, SanctionBand.NONE, "PP 94/2021 Pasal 9 ayat (2) huruf b (kurang dari 3 hari kerja: tidak ada hukuman)"),
            new Row(3, SanctionBand.TEGURAN_LISAN, "PP 94/2021 Pasal 9 ayat (2) huruf b angka 1 (teguran lisan: 3 hari kerja)"),
            new Row(4, SanctionBand.TEGURAN_TERTULIS, "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2 (teguran tertulis: 4–6 hari kerja)"),
            new Row(7, SanctionBand.PERNYATAAN_TIDAK_PUAS,
                    "PP 94/2021 Pasal 9 ayat (2) huruf b angka 3 (pernyataan tidak puas secara tertulis: 7–10 hari kerja)"),
            new Row(11, SanctionBand.SEDANG_6_BULAN,
                    "PP 94/2021 Pasal 10 ayat (2) huruf f angka 1 (pemotongan tunjangan kinerja 25% selama 6 bulan: 11–13 hari kerja)"),
            new Row(14, SanctionBand.SEDANG_9_BULAN,
                    "PP 94/2021 Pasal 10 ayat (2) huruf f angka 2 (pemotongan tunjangan kinerja 25% selama 9 bulan: 14–16 hari kerja)"),
            new Row(17, SanctionBand.SEDANG_12_BULAN,
                    "PP 94/2021 Pasal 10 ayat (2) huruf f angka 3 (pemotongan tunjangan kinerja 25% selama 12 bulan: 17–20 hari kerja)"),
            new Row(21, SanctionBand.PENURUNAN_JABATAN,
                    "PP 94/2021 Pasal 11 ayat (2) huruf d angka 1 (penurunan jabatan setingkat lebih rendah selama 12 bulan: 21–24 hari kerja)"),
            new Row(25, SanctionBand.PEMBEBASAN_JABATAN,
                    "PP 94/2021 Pasal 11 ayat (2) huruf d angka 2 (pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan: 25–27 hari kerja)"),
            new Row(28, SanctionBand.PEMBERHENTIAN,
                    "PP 94/2021 Pasal 11 ayat (2) huruf d angka 3 (pemberhentian dengan hormat tidak atas permintaan sendiri: 28 hari kerja atau lebih)"));

    static final String PP_94_STREAK_BASIS = "PP 94/2021 Pasal 11 ayat (2) huruf d angka 4 jo. Pasal 15 ayat (2) "
            + "(pemberhentian dengan hormat tidak atas permintaan sendiri: 10 hari kerja berturut-turut; gaji dihentikan mulai bulan berikutnya)";

    private static final String PP53 = "PP 53/2010 Pasal 3 angka 11 jo. ";

    /** PP 53/2010 (legacy table, regulations.md §4.2), mapped as in the class comment; rows in ascending order. */
    static final List<Row> PP_53 = List.of(
            new Row(0, SanctionBand.NONE, PP53 + "Pasal 8 angka 9 (kurang dari 5 hari kerja: tidak ada hukuman)"),
            new Row(5, Pp53Kind.TEGURAN_LISAN, PP53 + "Pasal 8 angka 9 huruf a (teguran lisan: 5 hari kerja)"),
            new Row(6, Pp53Kind.TEGURAN_TERTULIS, PP53 + "Pasal 8 angka 9 huruf b (teguran tertulis: 6–10 hari kerja)"),
            new Row(11, Pp53Kind.PERNYATAAN_TIDAK_PUAS,
                    PP53 + "Pasal 8 angka 9 huruf c (pernyataan tidak puas secara tertulis: 11–15 hari kerja)"),
            new Row(16, Pp53Kind.PENUNDAAN_KGB_1_TAHUN,
                    PP53 + "Pasal 9 angka 11 huruf a (penundaan kenaikan gaji berkala selama 1 tahun: 16–20 hari kerja)"),
            new Row(21, Pp53Kind.PENUNDAAN_PANGKAT_1_TAHUN,
                    PP53 + "Pasal 9 angka 11 huruf b (penundaan kenaikan pangkat selama 1 tahun: 21–25 hari kerja)"),
            new Row(26, Pp53Kind.PENURUNAN_PANGKAT_1_TAHUN,
                    PP53 + "Pasal 9 angka 11 huruf c (penurunan pangkat setingkat lebih rendah selama 1 tahun: 26–30 hari kerja)"),
            new Row(31, Pp53Kind.PENURUNAN_PANGKAT_3_TAHUN,
                    PP53 + "Pasal 10 angka 9 huruf a (penurunan pangkat setingkat lebih rendah selama 3 tahun: 31–35 hari kerja)"),
            new Row(36, Pp53Kind.PEMINDAHAN_PENURUNAN_JABATAN,
                    PP53 + "Pasal 10 angka 9 huruf b (pemindahan dalam rangka penurunan jabatan setingkat lebih rendah: 36–40 hari kerja)"),
            new Row(41, Pp53Kind.PEMBEBASAN_JABATAN, PP53 + "Pasal 10 angka 9 huruf c (pembebasan dari jabatan: 41–45 hari kerja)"),
            new Row(46, Pp53Kind.PEMBERHENTIAN, PP53 + "Pasal 10 angka 9 huruf d (pemberhentian dengan hormat tidak atas "
                    + "permintaan sendiri atau tidak dengan hormat sebagai PNS: 46 hari kerja atau lebih)"));

    /**
     * A year's figures as they stood then (regime by {@code asOf}, the last counted day), for an ASN employee without
     * lateness conversion.
     */
    public static Recommendation recommend(LocalDate asOf, int unexcusedDays, int longestStreak, SedangRegime sedangRegime) {
        return recommend(DisciplineRegime.ofFigures(asOf), new Counts(EmployeeType.PNS, unexcusedDays, longestStreak, 0),
                new Settings(sedangRegime, false, ""));
    }

    /**
     * A period without any covered working day (rules-defaults.md "No data is not absence"): no absence is proven, so
     * nothing is recommended, whoever the employee is.
     */
    public static Recommendation noData(DisciplineRegime regime) {
        return new Recommendation(SanctionBand.NONE, SanctionBand.NONE.level(),
                "Tidak ada data kehadiran untuk periode ini: tidak ada hari tidak masuk kerja yang terbukti, tidak ada rekomendasi hukuman",
                regime, null, 0);
    }

    /** The recommendation of {@code regime} for these counts. */
    public static Recommendation recommend(DisciplineRegime regime, Counts c, Settings s) {
        if (c.unexcusedDays() < 0 || c.longestStreak() < 0 || c.longestStreak() > c.unexcusedDays() || c.lateEarlyMinutes() < 0) {
            throw new IllegalArgumentException("bad counts: " + c);
        }
        if (!c.employeeType().isAsn()) {
            return new Recommendation(SanctionBand.NONE, SanctionBand.NONE.level(), s.honoraryBasis(), regime, null, 0);
        }
        boolean convert = switch (regime) {
            case PP_53_2010 -> true;
            case PP_94_2021 -> s.convertLatenessPp94();
        };
        int converted = convert ? convertedDays(c.lateEarlyMinutes()) : 0;
        int days = c.unexcusedDays() + converted;
        Recommendation r = switch (regime) {
            case PP_94_2021 -> pp94(days, c.longestStreak(), s.sedangRegime());
            case PP_53_2010 -> {
                Row row = row(PP_53, days);
                yield new Recommendation(row.band(), row.band().level(), row.basis(), regime, row.pp53Kind(), 0);
            }
        };
        if (converted == 0) {
            return r;
        }
        String basis = r.basis() + String.format(CONVERSION_NOTE, c.unexcusedDays(), converted, c.lateEarlyMinutes());
        return new Recommendation(r.band(), r.level(), basis, r.regime(), r.pp53Kind(), converted);
    }

    /** Full 450-minute blocks of accumulated late/early minutes (PP 53/2010 Penjelasan Pasal 3 angka 11). */
    public static int convertedDays(int lateEarlyMinutes) {
        return lateEarlyMinutes / LATENESS_MINUTES_PER_DAY;
    }

    static final String CONVERSION_NOTE = "; dihitung %d hari tidak masuk tanpa alasan sah ditambah %d hari dari %d menit "
            + "keterlambatan/pulang cepat (7,5 jam = 1 hari, PP 53/2010 Penjelasan Pasal 3 angka 11)";

    private static Recommendation pp94(int days, int streak, SedangRegime sedangRegime) {
        if (streak >= DISMISSAL_STREAK) {
            return new Recommendation(SanctionBand.PEMBERHENTIAN, SanctionBand.PEMBERHENTIAN.level(), PP_94_STREAK_BASIS);
        }
        Row row = row(PP_94, days);
        String basis = switch (row.band().level()) {
            case SEDANG -> switch (sedangRegime) {
                case PP53_TRANSITIONAL -> row.basis() + PP94_SEDANG_TRANSITION;
                case PP94_TUKIN -> row.basis();
            };
            case NONE, RINGAN, BERAT -> row.basis();
        };
        return new Recommendation(row.band(), row.band().level(), basis);
    }

    private static Row row(List<Row> table, int days) {
        Row hit = table.get(0);
        for (Row r : table) {
            if (days >= r.minDays()) {
                hit = r;
            }
        }
        return hit;
    }
}
