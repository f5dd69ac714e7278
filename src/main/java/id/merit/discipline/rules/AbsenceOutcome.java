package id.merit.discipline.rules;

import id.merit.discipline.Recommendation;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SedangRegime;

/**
 * What an absence recommendation leads to, as the settings preview compares it (issue 13 item 2): the band and, for
 * PP 94/2021-regime figures, the punishment a case would start from ({@link AttendanceBands}), whose sedang kinds depend
 * on the sedang regime (PP 94/2021 Pasal 42 transition: PP 53/2010 Pasal 7 ayat (3) kinds; afterwards Pasal 8 ayat (3)
 * tukin cut). PP 53/2010-regime figures name their own kind through the band alone (the sedang setting does not apply to
 * them), so their {@code sanction} is null; so is it for band NONE. Two outcomes differ when a person "moves".
 */
public record AbsenceOutcome(SanctionBand band, Sanction sanction) {

    public static AbsenceOutcome of(Recommendation r, SedangRegime sedangRegime) {
        Sanction s = switch (r.regime()) {
            case PP_94_2021 -> AttendanceBands.sanctionFor(r.band(), sedangRegime).orElse(null);
            case PP_53_2010 -> null;
        };
        return new AbsenceOutcome(r.band(), s);
    }
}
