package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The predikat kinerja matrix, cell for cell (regulations.md §3.3, rules-defaults.md "SKP predicate"). */
class PredicateMatrixTests {

    // PermenPANRB 6/2022, matriks predikat kinerja pegawai: rows = rating hasil kerja, columns = rating perilaku kerja.
    @ParameterizedTest(name = "results {0}, behaviour {1} -> {2}")
    @CsvSource({
            "ABOVE, ABOVE, SANGAT_BAIK",     // di atas / di atas ekspektasi: Sangat Baik
            "ABOVE, MEETS, BAIK",            // di atas / sesuai: Baik
            "ABOVE, BELOW, KURANG",          // di atas / di bawah: Kurang (misconduct)
            "MEETS, ABOVE, BAIK",            // sesuai / di atas: Baik
            "MEETS, MEETS, BAIK",            // sesuai / sesuai: Baik
            "MEETS, BELOW, KURANG",          // sesuai / di bawah: Kurang (misconduct)
            "BELOW, ABOVE, BUTUH_PERBAIKAN", // di bawah / di atas: Butuh Perbaikan
            "BELOW, MEETS, BUTUH_PERBAIKAN", // di bawah / sesuai: Butuh Perbaikan
            "BELOW, BELOW, SANGAT_KURANG",   // di bawah / di bawah: Sangat Kurang
    })
    void matrix(SkpRating results, SkpRating behaviour, SkpPredicate predicate) {
        assertThat(PredicateMatrix.predicate(results, behaviour)).isEqualTo(predicate);
    }

    @Test
    void bothRatingsAreNeeded() {
        assertThatThrownBy(() -> PredicateMatrix.predicate(SkpRating.MEETS, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PredicateMatrix.predicate(null, SkpRating.MEETS)).isInstanceOf(NullPointerException.class);
    }
}
