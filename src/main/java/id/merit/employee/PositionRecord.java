package id.merit.employee;

import java.time.LocalDate;

/** One entry of the position history (interchange `positions`); {@code endDate} null = current. */
public record PositionRecord(String positionName, PositionKind positionKind, PositionLevel positionLevel, String opdCode,
                             LocalDate startDate, LocalDate endDate) {
}
