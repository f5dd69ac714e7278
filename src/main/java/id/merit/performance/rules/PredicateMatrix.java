package id.merit.performance.rules;

import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import java.util.Objects;

/**
 * The predikat kinerja matrix of PermenPANRB 6/2022 (regulations.md §3.3, rules-defaults.md "SKP predicate"): rows
 * are the results rating (rating hasil kerja), columns the behaviour rating (rating perilaku kerja). Note the order:
 * poor results with adequate behaviour is BUTUH_PERBAIKAN, adequate-or-better results with poor behaviour is
 * KURANG (misconduct). Plain Java: no Spring, no clock.
 */
public final class PredicateMatrix {

    /** The regulation this table implements, for the documentation and explanations. */
    public static final String BASIS = "PermenPANRB 6/2022 (matriks predikat kinerja pegawai)";

    private PredicateMatrix() {
    }

    /** The predicate of an evaluation rated {@code results} (hasil kerja) and {@code behaviour} (perilaku kerja). */
    public static SkpPredicate predicate(SkpRating results, SkpRating behaviour) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(behaviour, "behaviour");
        return switch (results) {
            case ABOVE -> switch (behaviour) {
                case BELOW -> SkpPredicate.KURANG;
                case MEETS -> SkpPredicate.BAIK;
                case ABOVE -> SkpPredicate.SANGAT_BAIK;
            };
            case MEETS -> switch (behaviour) {
                case BELOW -> SkpPredicate.KURANG;
                case MEETS, ABOVE -> SkpPredicate.BAIK;
            };
            case BELOW -> switch (behaviour) {
                case BELOW -> SkpPredicate.SANGAT_KURANG;
                case MEETS, ABOVE -> SkpPredicate.BUTUH_PERBAIKAN;
            };
        };
    }
}
