package id.merit.discipline;

/**
 * The punishment an attendance record calls for, with {@code basis} citing the regulation and article
 * (e.g. "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2"). A recommendation, not a decision: the discipline procedure
 * (summons, examination, decree) still has to follow. {@code regime} is the regulation applied; {@code pp53Kind} the
 * PP 53/2010 punishment under its own name when that regime applies (null otherwise); {@code convertedDays} the days
 * added from accumulated late/early minutes (7.5 hours = 1 day) to the count the table was read with.
 */
public record Recommendation(SanctionBand band, SanctionLevel level, String basis, DisciplineRegime regime, Pp53Kind pp53Kind,
                             int convertedDays) {

    public Recommendation {
        if (band.level() != level) {
            throw new IllegalArgumentException(band + " is not " + level);
        }
        if (pp53Kind != null && pp53Kind.band() != band) {
            throw new IllegalArgumentException(pp53Kind + " is not " + band);
        }
    }

    /** A PP 94/2021 recommendation without converted days. */
    public Recommendation(SanctionBand band, SanctionLevel level, String basis) {
        this(band, level, basis, DisciplineRegime.PP_94_2021, null, 0);
    }
}
