package id.merit.attendance.domain;

import id.merit.discipline.HolidayCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The holidays of the attendance calendar, for the working-day limits of the discipline procedure (PP 94/2021 Ps 26–37). */
@Component
class DisciplineHolidays implements HolidayCalendar {
    private final JdbcTemplate jdbc;

    DisciplineHolidays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.queryForList("SELECT holiday_date FROM attendance.holiday WHERE holiday_date BETWEEN ? AND ?",
                LocalDate.class, from, to));
    }
}
