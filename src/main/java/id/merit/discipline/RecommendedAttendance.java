package id.merit.discipline;

import id.merit.attendance.YearlyAttendance;
import id.merit.employee.PositionKind;

/** One employee's attendance facts of a year with the punishment discipline law reads from them. */
public record RecommendedAttendance(YearlyAttendance totals, Recommendation recommendation) {

    /** Officials (JPT Pratama, Administrator, Pengawas): the regent's list of frequently absent officials. */
    public boolean official() {
        PositionKind k = totals.positionKind();
        return k == PositionKind.JPT_PRATAMA || k == PositionKind.ADMINISTRATOR || k == PositionKind.PENGAWAS;
    }

    /**
     * Absence that makes a berat punishment likely: a BERAT band (under PP 94/2021 also 10+ consecutive unexcused working
     * days, Pasal 11 ayat (2) huruf d angka 4; never for non-ASN staff, whose band is NONE). For such a case the direct
     * superior may relieve the official from the examination until the decision (PP 94/2021 Pasal 31).
     */
    public boolean berat() {
        return recommendation.level() == SanctionLevel.BERAT;
    }
}
