package id.merit.unitassessment.domain;

import java.time.OffsetDateTime;

/** A member of a year's assessment team, with the account that added them. */
public record TeamMember(long id, int year, TeamBody body, String name, String position, String addedBy, OffsetDateTime addedAt) {
}
