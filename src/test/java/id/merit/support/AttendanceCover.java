package id.merit.support;

import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Attendance data that cover a unit's working days (rules-defaults.md "No data is not absence"): without a punch from
 * the employee's own OPD unit or device on a day, a day without the employee's punch is no-data, not absence. Tests
 * that need unexcused days give the employee a colleague in the same unit who punched.
 */
public final class AttendanceCover {

    private AttendanceCover() {
    }

    /** Imports (attendance CSV kind) one punch at 07:00 of {@code nip} on every weekday from {@code from} to {@code until}. */
    public static ImportOutcome punchEveryWeekday(List<ImportHandler> handlers, String nip, LocalDate from, LocalDate until) {
        StringBuilder csv = new StringBuilder("nip,timestamp,device_sn\n");
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                csv.append(nip).append(',').append(d).append(" 07:00:00,\n");
            }
        }
        ImportHandler h = handlers.stream().filter(x -> x.kind().equals("attendance")).findFirst().orElseThrow();
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return h.run(new ImportRequest("attendance", "rekan.csv", () -> new ByteArrayInputStream(bytes), Map.of(), false));
    }
}
