package id.merit.attendance;

/**
 * The punishment an attendance record calls for, with {@code basis} citing the regulation and article
 * (e.g. "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2"). A recommendation, not a decision: the discipline
 * procedure (summons, examination, decree) still has to follow.
 */
public record Recommendation(SanctionBand band, SanctionLevel level, String basis) {

    public Recommendation {
        if (band.level() != level) {
            throw new IllegalArgumentException(band + " is not " + level);
        }
    }
}
