package id.merit.talent.rules;

import java.util.List;

/**
 * The development recommendation of each box of the 9-box (PermenPANRB 3/2020 Lampiran, kotak talenta; regulations.md
 * §5.1, corroborated by three independent implementations), as data: box → the recommended actions in the order the
 * regulation lists them. The wording of each action is a message key {@code talent.rec.<ACTION>}.
 * <pre>
 *  9  Dipromosikan dan dipertahankan; masuk KRS Instansi / Nasional; penghargaan
 *  8  Dipertahankan; masuk KRS Instansi; rotasi / perluasan jabatan; bimbingan kinerja
 *  7  Dipertahankan; masuk KRS Instansi; rotasi / pengayaan jabatan; pengembangan kompetensi; tugas belajar
 *  6  Penempatan yang sesuai; bimbingan kinerja; konseling kinerja
 *  5  Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi
 *  4  Rotasi; pengembangan kompetensi
 *  3  Bimbingan kinerja; konseling kinerja; pengembangan kompetensi; penempatan yang sesuai
 *  2  Bimbingan kinerja; pengembangan kompetensi; penempatan yang sesuai
 *  1  Diproses sesuai ketentuan peraturan perundang-undangan
 * </pre>
 */
public final class BoxRecommendations {

    public enum Action {
        PROMOTE_AND_RETAIN, RETAIN, POOL_INSTANCE_OR_NATIONAL, POOL_INSTANCE, AWARD, ROTATION_OR_ENLARGEMENT,
        ROTATION_OR_ENRICHMENT, ROTATION, PERFORMANCE_COACHING, PERFORMANCE_COUNSELLING, COMPETENCY_DEVELOPMENT,
        STUDY_ASSIGNMENT, SUITABLE_PLACEMENT, PER_REGULATIONS
    }

    private BoxRecommendations() {
    }

    /** The actions for a box 1–9, in the regulation's order. */
    public static List<Action> of(int box) {
        return switch (box) {
            case 9 -> List.of(Action.PROMOTE_AND_RETAIN, Action.POOL_INSTANCE_OR_NATIONAL, Action.AWARD);
            case 8 -> List.of(Action.RETAIN, Action.POOL_INSTANCE, Action.ROTATION_OR_ENLARGEMENT, Action.PERFORMANCE_COACHING);
            case 7 -> List.of(Action.RETAIN, Action.POOL_INSTANCE, Action.ROTATION_OR_ENRICHMENT, Action.COMPETENCY_DEVELOPMENT,
                    Action.STUDY_ASSIGNMENT);
            case 6 -> List.of(Action.SUITABLE_PLACEMENT, Action.PERFORMANCE_COACHING, Action.PERFORMANCE_COUNSELLING);
            case 5 -> List.of(Action.SUITABLE_PLACEMENT, Action.PERFORMANCE_COACHING, Action.COMPETENCY_DEVELOPMENT);
            case 4 -> List.of(Action.ROTATION, Action.COMPETENCY_DEVELOPMENT);
            case 3 -> List.of(Action.PERFORMANCE_COACHING, Action.PERFORMANCE_COUNSELLING, Action.COMPETENCY_DEVELOPMENT,
                    Action.SUITABLE_PLACEMENT);
            case 2 -> List.of(Action.PERFORMANCE_COACHING, Action.COMPETENCY_DEVELOPMENT, Action.SUITABLE_PLACEMENT);
            case 1 -> List.of(Action.PER_REGULATIONS);
            default -> throw new IllegalArgumentException("box must be 1-9: " + box);
        };
    }
}
