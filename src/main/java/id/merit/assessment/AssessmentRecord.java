package id.merit.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One competency assessment (interchange.md §2 {@code assessments}): the job-person match (JPM, 0–100) and the potential
 * score (0–100), both with up to two decimals.
 */
public record AssessmentRecord(String nip, LocalDate assessmentDate, AssessmentPurpose purpose, BigDecimal jpm,
                               BigDecimal potentialScore) {
}
