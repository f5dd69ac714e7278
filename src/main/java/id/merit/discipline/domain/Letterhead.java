package id.merit.discipline.domain;

import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.profile.InstanceProfile;

/**
 * The head of a letter and the place it is signed: the issuing office (BKPSDM, or the employee's own OPD when an
 * official of that OPD signs), its government and address, and "Ditetapkan di &lt;place&gt;".
 */
public record Letterhead(String government, String agency, String address, String place, String logo) {

    /** Without a logo. */
    public Letterhead(String government, String agency, String address, String place) {
        this(government, agency, address, place, "");
    }

    /** From the instance profile when an administrator has set it, otherwise from {@code merit.discipline.letters}. */
    static Letterhead of(InstanceProfile profile, String logo, LetterSettings settings) {
        if (profile == null) {
            return new Letterhead(settings.government(), settings.agency(), "", settings.place());
        }
        return new Letterhead(profile.government(), profile.agency(), profile.address() == null ? "" : profile.address(), profile.place(),
                logo == null ? "" : logo);
    }

    /**
     * The office the letter comes from: a summons or a decision of the employee's superior or OPD head is written on
     * the OPD's letterhead; one of the PPK (bupati/wali kota) on the BKPSDM's.
     */
    Letterhead issuedBy(LetterKind kind, Detail c, String opdAddress) {
        boolean byOpd = switch (kind) {
            case SUMMONS, SECOND_SUMMONS -> true;
            case REPRIMAND, DECISION -> c.official() != null && c.official() != DecidingOfficial.PPK_KABUPATEN;
        };
        return byOpd && c.opdName() != null ? new Letterhead(government, c.opdName(), opdAddress == null ? "" : opdAddress, place, logo) : this;
    }
}
