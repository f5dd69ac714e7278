package id.merit.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules (talent, selection, dashboards) may ask about competency assessments. Unscoped: for computations. */
public interface AssessmentQueries {

    /** Every assessment of the employee, newest first; empty for an unknown NIP. */
    List<AssessmentRecord> forEmployee(String nip);

    /** The latest assessment dated on or before {@code day}, any purpose (a SELECTION one first when two share the date). */
    Optional<AssessmentRecord> latestOnOrBefore(String nip, LocalDate day);

    /** The same for every employee that has one, by NIP (one query, for year-wide computations). */
    Map<String, AssessmentRecord> latestOnOrBefore(LocalDate day);

    /**
     * The JPM band of the assessment on the scheme of its purpose (MAPPING or SELECTION; never mixed), by the JPM rule-set
     * version in force on its assessment date.
     */
    JpmBand band(AssessmentRecord assessment);

    /** The band of {@code jpm} on the scheme of {@code purpose} by the JPM rule-set version in force on {@code day}. */
    JpmBand band(AssessmentPurpose purpose, java.math.BigDecimal jpm, LocalDate day);

    /** How many assessments are stored (0: none recorded yet). */
    long count();
}
