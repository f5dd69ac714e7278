package id.merit.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.support.MeritIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Discipline's working-day deadlines skip the holidays kept by attendance. */
@MeritIntegrationTest
class DisciplineHolidaysIT {
    @Autowired
    HolidayCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void disciplineSeesTheAttendanceHolidays() {
        LocalDate day = LocalDate.of(2031, 3, 4);
        jdbc.update("INSERT INTO attendance.holiday (holiday_date, name) VALUES (?, 'Uji libur') ON CONFLICT DO NOTHING", day);
        assertThat(calendar.holidays(day.minusDays(1), day.plusDays(1))).containsExactly(day);
        assertThat(calendar.holidays(day.plusDays(1), day.plusDays(5))).doesNotContain(day);
    }
}
