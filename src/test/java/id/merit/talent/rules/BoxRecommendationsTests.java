package id.merit.talent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.talent.rules.BoxRecommendations.Action;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PermenPANRB 3/2020 Lampiran, recommendations per box (regulations.md §5.1), one line per box. */
class BoxRecommendationsTests {

    @ParameterizedTest
    @CsvSource({
            // Dipromosikan dan dipertahankan; masuk KRS Instansi / Nasional; penghargaan
            "9, PROMOTE_AND_RETAIN POOL_INSTANCE_OR_NATIONAL AWARD",
            // Dipertahankan; masuk KRS Instansi; rotasi / perluasan jabatan; bimbingan kinerja
            "8, RETAIN POOL_INSTANCE ROTATION_OR_ENLARGEMENT PERFORMANCE_COACHING",
            // Dipertahankan; masuk KRS Instansi; rotasi / pengayaan jabatan; pengembangan kompetensi; tugas belajar
            "7, RETAIN POOL_INSTANCE ROTATION_OR_ENRICHMENT COMPETENCY_DEVELOPMENT STUDY_ASSIGNMENT",
            // Penempatan yang sesuai; bimbingan kinerja; konseling kinerja
            "6, SUITABLE_PLACEMENT PERFORMANCE_COACHING PERFORMANCE_COUNSELLING",
            // Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi
            "5, SUITABLE_PLACEMENT PERFORMANCE_COACHING COMPETENCY_DEVELOPMENT",
            // Rotasi; pengembangan kompetensi
            "4, ROTATION COMPETENCY_DEVELOPMENT",
            // Bimbingan kinerja; konseling kinerja; pengembangan kompetensi; penempatan yang sesuai
            "3, PERFORMANCE_COACHING PERFORMANCE_COUNSELLING COMPETENCY_DEVELOPMENT SUITABLE_PLACEMENT",
            // Bimbingan kinerja; pengembangan kompetensi; penempatan yang sesuai
            "2, PERFORMANCE_COACHING COMPETENCY_DEVELOPMENT SUITABLE_PLACEMENT",
            // Diproses sesuai ketentuan peraturan perundang-undangan
            "1, PER_REGULATIONS",
    })
    void recommendationsPerBox(int box, String actions) {
        assertThat(BoxRecommendations.of(box)).containsExactlyElementsOf(Arrays.stream(actions.split(" ")).map(Action::valueOf).toList());
    }

    @Test
    void onlyBoxesOneToNine() {
        assertThatThrownBy(() -> BoxRecommendations.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoxRecommendations.of(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyThePoolBoxesRecommendThePool() {
        for (int box = 1; box <= 9; box++) {
            boolean pool = BoxRecommendations.of(box).stream().anyMatch(a -> a == Action.POOL_INSTANCE || a == Action.POOL_INSTANCE_OR_NATIONAL);
            assertThat(pool).as("box %d", box).isEqualTo(TalentClassifier.poolBox(box));
        }
    }
}
