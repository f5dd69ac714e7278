package id.merit.discipline;

import java.time.LocalDate;
import java.util.List;

/**
 * The sanction recommendations discipline reads from attendance (interchange.md §3 {@code recommendation}), for other
 * modules (IP ASN, talent, JPT eligibility) and the API.
 */
public interface AbsenceRecommendations {

    /**
     * Scoped like {@code AttendanceQueries.totals} (NotFoundProblem, AccessDeniedProblem, IllegalArgumentException for an
     * {@code until} outside {@code year}): the year's totals with the recommendation of the regime of those figures.
     */
    RecommendedAttendance forYear(String nip, int year, LocalDate until);

    /** Unscoped (computations): every employee's totals and recommendation of the year, in one batch. */
    List<RecommendedAttendance> forAll(int year, LocalDate until);

    /**
     * Unscoped (the regent's dashboard): the officials (JPT Pratama, Administrator, Pengawas) whose absence of
     * {@code year}, counted to the earlier of today and 31 December, makes a berat punishment likely — the list of
     * {@code /discipline/recommendations/relief} before any OPD filter, from the per-instance cache of the year's
     * figures. Callers should hold no transaction while the figures are computed.
     */
    List<RecommendedAttendance> officialsToRelieve(int year);

    /**
     * Unscoped (the unit assessment): every employee's totals and recommendation of {@code year}, counted to the earlier
     * of today and 31 December, from the same per-instance cache as {@link #officialsToRelieve}. Callers should hold no
     * transaction while the figures are computed.
     */
    List<RecommendedAttendance> forAllCached(int year);
}
