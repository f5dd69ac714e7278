package id.merit.attendance.domain;

import id.merit.attendance.AttendanceQueries;
import id.merit.discipline.AttendanceEvidence;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Lends the attendance recommendation to discipline, which checks cases opened "from attendance" against it. */
@Component
class DisciplineAttendanceEvidence implements AttendanceEvidence {
    private final AttendanceQueries attendance;

    DisciplineAttendanceEvidence(AttendanceQueries attendance) {
        this.attendance = attendance;
    }

    @Override
    public Optional<String> recommendedBand(String nip, int year) {
        return Optional.of(attendance.totals(nip, year, null).recommendation().band().name());
    }
}
