package id.merit.attendance.web;

import id.merit.attendance.domain.calendar.CalendarService;
import id.merit.attendance.rules.WeekSchedule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Add a working-hours schedule: for all OPDs or one (and its sub-units), optionally date-ranged, hours per weekday. */
@Getter
@Setter
public class ScheduleForm {
    @NotBlank(message = "{attendance.form.required}")
    @Size(max = 100, message = "{attendance.form.tooLong}")
    private String name;
    private String opdCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;
    @Valid
    private List<Day> days = new ArrayList<>();
    @Min(value = 0, message = "{attendance.form.range}")
    @Max(value = 120, message = "{attendance.form.range}")
    private int graceMinutes;

    /** One weekday (Monday = index 0): working or not, start and end. */
    @Getter
    @Setter
    public static class Day {
        private boolean working;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime start;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime end;

        @AssertTrue(message = "{attendance.schedule.badHours}")
        public boolean isConsistent() {
            return !working || (start != null && end != null && end.isAfter(start));
        }
    }

    /** Pre-filled with the default hours (rules-defaults.md). */
    static ScheduleForm standard() {
        ScheduleForm f = new ScheduleForm();
        for (DayOfWeek d : DayOfWeek.values()) {
            Day day = new Day();
            WeekSchedule.DayHours h = WeekSchedule.DEFAULT.on(d);
            day.setWorking(h != null);
            day.setStart(h == null ? LocalTime.of(7, 30) : h.start());
            day.setEnd(h == null ? LocalTime.of(16, 0) : h.end());
            f.days.add(day);
        }
        return f;
    }

    CalendarService.ScheduleData toData() {
        Map<DayOfWeek, WeekSchedule.DayHours> hours = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < days.size() && i < 7; i++) {
            Day d = days.get(i);
            if (d.isWorking()) {
                hours.put(DayOfWeek.of(i + 1), new WeekSchedule.DayHours(d.getStart(), d.getEnd()));
            }
        }
        return new CalendarService.ScheduleData(name, opdCode, validFrom, validTo, hours, graceMinutes);
    }
}
