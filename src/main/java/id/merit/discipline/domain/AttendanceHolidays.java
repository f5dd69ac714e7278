package id.merit.discipline.domain;

import id.merit.attendance.AttendanceQueries;
import id.merit.discipline.HolidayCalendar;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The holidays of the attendance calendar, for the working-day limits of the discipline procedure (PP 94/2021 Ps 26–37). */
@Component
class AttendanceHolidays implements HolidayCalendar {
    private final AttendanceQueries attendance;

    AttendanceHolidays(AttendanceQueries attendance) {
        this.attendance = attendance;
    }

    @Override
    public Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        return attendance.holidays(from, to);
    }
}
