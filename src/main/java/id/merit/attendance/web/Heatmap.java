package id.merit.attendance.web;

import id.merit.attendance.AttendanceDay;
import id.merit.attendance.DayStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The heat map of one year: a row per month, a cell per day of the month (31 columns), coloured by status. Used by
 * the named fragment {@code attendance/employee :: heatmap}, which reads a model attribute {@code heatmap}.
 */
public record Heatmap(int year, List<Month> months) {

    /** One month: {@code month} 1–12 and 31 cells (null date for days the month does not have). */
    public record Month(int month, List<Cell> cells) {
    }

    /** One day; {@code css} is the status class ({@code hm-present} …, {@code hm-nodata}, {@code hm-uncounted}, {@code hm-none}). */
    public record Cell(LocalDate date, DayStatus status, boolean counted, String css, LocalTime checkIn, LocalTime checkOut,
                       int lateMinutes, int earlyLeaveMinutes) {
    }

    public static Heatmap of(int year, List<AttendanceDay> days) {
        List<Month> months = new ArrayList<>(12);
        int i = 0;
        for (int m = 1; m <= 12; m++) {
            List<Cell> cells = new ArrayList<>(31);
            for (int d = 1; d <= 31; d++) {
                if (i < days.size() && days.get(i).date().getMonthValue() == m && days.get(i).date().getDayOfMonth() == d) {
                    AttendanceDay day = days.get(i++);
                    cells.add(new Cell(day.date(), day.status(), day.counted(), css(day), day.checkIn(), day.checkOut(), day.lateMinutes(),
                            day.earlyLeaveMinutes()));
                } else {
                    cells.add(new Cell(null, null, false, "hm-none", null, null, 0, 0));
                }
            }
            months.add(new Month(m, cells));
        }
        return new Heatmap(year, months);
    }

    private static String css(AttendanceDay day) {
        if (!day.counted()) {
            return "hm-uncounted";
        }
        return switch (day.status()) {
            case PRESENT -> "hm-present";
            case LATE -> "hm-late";
            case EXCUSED -> "hm-excused";
            case UNEXCUSED -> "hm-unexcused";
            case NO_DATA -> "hm-nodata";
            case NON_WORKING -> "hm-nonworking";
        };
    }
}
