package id.merit.attendance.rules;

import id.merit.discipline.SedangRegime;
import id.merit.attendance.Recommendation;
import id.merit.attendance.SanctionBand;
import java.time.LocalDate;
import java.util.List;

/**
 * The punishment that unexcused absence calls for, counted cumulatively from 1 January to the date of the
 * recommendation. Two regimes, chosen by that date (regulations.md §4.2):
 * <ul>
 *   <li>{@link Regime#PP_94_2021} from 31 August 2021 (PP 94/2021, set and promulgated that day): Pasal 9 ayat (2)
 *       huruf b (ringan), Pasal 10 ayat (2) huruf f (sedang), Pasal 11 ayat (2) huruf d (berat); 10 consecutive
 *       working days → dismissal, Pasal 11 ayat (2) huruf d angka 4 with the salary stop of Pasal 15 ayat (2).</li>
 *   <li>{@link Regime#PP_53_2010} before: PP 53/2010 Pasal 3 angka 11 (duty to come to work) with the punishments of
 *       Pasal 8 angka 9 (ringan), Pasal 9 angka 11 (sedang) and Pasal 10 angka 9 (berat); PP 53/2010 has no
 *       consecutive-days rule.</li>
 * </ul>
 * PP 53/2010 kinds are mapped onto the band codes of interchange.md §3 as best fits (the {@code basis} names the
 * real PP 53/2010 kind):
 * <pre>
 *  days   PP 53/2010 kind                                   band                   level
 *  5      teguran lisan                       Ps 8 a.9 a    TEGURAN_LISAN          RINGAN
 *  6–10   teguran tertulis                    Ps 8 a.9 b    TEGURAN_TERTULIS       RINGAN
 *  11–15  pernyataan tidak puas               Ps 8 a.9 c    PERNYATAAN_TIDAK_PUAS  RINGAN
 *  16–20  penundaan KGB 1 tahun               Ps 9 a.11 a   SEDANG_6_BULAN         SEDANG  (lightest sedang)
 *  21–25  penundaan kenaikan pangkat 1 tahun  Ps 9 a.11 b   SEDANG_9_BULAN         SEDANG
 *  26–30  penurunan pangkat 1 tahun           Ps 9 a.11 c   SEDANG_12_BULAN        SEDANG  (heaviest sedang)
 *  31–35  penurunan pangkat 3 tahun           Ps 10 a.9 a   PENURUNAN_JABATAN      BERAT   (lightest berat: a demotion)
 *  36–40  pemindahan dlm rangka penurunan jabatan Ps 10 a.9 b PENURUNAN_JABATAN    BERAT
 *  41–45  pembebasan dari jabatan             Ps 10 a.9 c   PEMBEBASAN_JABATAN     BERAT
 *  ≥ 46   PDHTAPS atau PTDH                   Ps 10 a.9 d   PEMBERHENTIAN          BERAT
 * </pre>
 * The sedang ordering follows PP 94/2021 Pasal 42, which keeps exactly these three PP 53/2010 kinds for its
 * sedang level during the transition.
 */
public final class AbsenceSanctionPolicy {

    /** PP 94/2021 was set and promulgated on 31 August 2021 (LN 2021/202) and applies from that day. */
    public static final LocalDate PP_94_2021_FROM = LocalDate.of(2021, 8, 31);
    /** PP 94/2021 Pasal 11 ayat (2) huruf d angka 4: 10 consecutive working days. */
    public static final int DISMISSAL_STREAK = 10;

    private AbsenceSanctionPolicy() {
    }

    public enum Regime {
        PP_53_2010, PP_94_2021;

        public static Regime on(LocalDate date) {
            return date.isBefore(PP_94_2021_FROM) ? PP_53_2010 : PP_94_2021;
        }
    }

    /** One row of a regulation's table: from {@code minDays} cumulative unexcused working days on. */
    record Row(int minDays, SanctionBand band, String basis) {
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
            new Row(5, SanctionBand.TEGURAN_LISAN, PP53 + "Pasal 8 angka 9 huruf a (teguran lisan: 5 hari kerja)"),
            new Row(6, SanctionBand.TEGURAN_TERTULIS, PP53 + "Pasal 8 angka 9 huruf b (teguran tertulis: 6–10 hari kerja)"),
            new Row(11, SanctionBand.PERNYATAAN_TIDAK_PUAS,
                    PP53 + "Pasal 8 angka 9 huruf c (pernyataan tidak puas secara tertulis: 11–15 hari kerja)"),
            new Row(16, SanctionBand.SEDANG_6_BULAN,
                    PP53 + "Pasal 9 angka 11 huruf a (penundaan kenaikan gaji berkala selama 1 tahun: 16–20 hari kerja)"),
            new Row(21, SanctionBand.SEDANG_9_BULAN,
                    PP53 + "Pasal 9 angka 11 huruf b (penundaan kenaikan pangkat selama 1 tahun: 21–25 hari kerja)"),
            new Row(26, SanctionBand.SEDANG_12_BULAN,
                    PP53 + "Pasal 9 angka 11 huruf c (penurunan pangkat setingkat lebih rendah selama 1 tahun: 26–30 hari kerja)"),
            new Row(31, SanctionBand.PENURUNAN_JABATAN,
                    PP53 + "Pasal 10 angka 9 huruf a (penurunan pangkat setingkat lebih rendah selama 3 tahun: 31–35 hari kerja)"),
            new Row(36, SanctionBand.PENURUNAN_JABATAN,
                    PP53 + "Pasal 10 angka 9 huruf b (pemindahan dalam rangka penurunan jabatan setingkat lebih rendah: 36–40 hari kerja)"),
            new Row(41, SanctionBand.PEMBEBASAN_JABATAN, PP53 + "Pasal 10 angka 9 huruf c (pembebasan dari jabatan: 41–45 hari kerja)"),
            new Row(46, SanctionBand.PEMBERHENTIAN, PP53 + "Pasal 10 angka 9 huruf d (pemberhentian dengan hormat tidak atas "
                    + "permintaan sendiri atau tidak dengan hormat sebagai PNS: 46 hari kerja atau lebih)"));

    /**
     * @param asOf           the last counted day ({@code until}); chooses the regime
     * @param unexcusedDays  cumulative unexcused working days since 1 January
     * @param longestStreak  longest run of consecutive unexcused working days
     * @param sedangRegime   which kinds a PP 94/2021 sedang punishment takes (only mentioned in the basis)
     */
    public static Recommendation recommend(LocalDate asOf, int unexcusedDays, int longestStreak, SedangRegime sedangRegime) {
        if (unexcusedDays < 0 || longestStreak < 0 || longestStreak > unexcusedDays) {
            throw new IllegalArgumentException("bad counts: " + unexcusedDays + " days, streak " + longestStreak);
        }
        return switch (Regime.on(asOf)) {
            case PP_94_2021 -> pp94(unexcusedDays, longestStreak, sedangRegime);
            case PP_53_2010 -> recommendation(row(PP_53, unexcusedDays));
        };
    }

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

    private static Recommendation recommendation(Row row) {
        return new Recommendation(row.band(), row.band().level(), row.basis());
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
