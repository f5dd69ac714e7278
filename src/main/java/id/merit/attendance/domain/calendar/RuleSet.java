package id.merit.attendance.domain.calendar;

import id.merit.attendance.rules.AttendanceParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A stored version of the configurable attendance numbers, in force from {@code effectiveFrom} (JDBC, see {@link Schedule}). */
public record RuleSet(long id, String name, LocalDate effectiveFrom, String regulation, LocalTime singlePunchCutoff, String createdBy,
                      OffsetDateTime createdAt) {

    AttendanceParameters parameters() {
        return new AttendanceParameters(name, effectiveFrom, regulation, singlePunchCutoff);
    }
}
