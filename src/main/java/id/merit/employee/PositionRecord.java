package id.merit.employee;

import java.time.LocalDate;

/**
 * One entry of the position history (interchange `positions`); {@code endDate} null = current. {@code postCode} is
 * the post (orgunit) the position fills, null when not linked yet.
 */
public record PositionRecord(String positionName, PositionKind positionKind, PositionLevel positionLevel, String opdCode,
                             LocalDate startDate, LocalDate endDate, String postCode) {

    /** A position not linked to a post. */
    public PositionRecord(String positionName, PositionKind positionKind, PositionLevel positionLevel, String opdCode,
                          LocalDate startDate, LocalDate endDate) {
        this(positionName, positionKind, positionLevel, opdCode, startDate, endDate, null);
    }
}
