package id.merit.unitassessment.domain;

import id.merit.unitassessment.rules.Aspect;
import java.time.OffsetDateTime;

/**
 * An innovation or award of a unit recorded for a year: the points the team gave it, the team member who assessed it,
 * its evidence file (name, type and size; the content is read separately) and the account that entered it.
 */
public record Entry(long id, int year, long opdId, Aspect aspect, String title, String description, int points, long assessorId,
                    String assessorName, TeamBody assessorBody, String evidenceFilename, String evidenceContentType, int evidenceSize,
                    String enteredBy, OffsetDateTime enteredAt) {
}
