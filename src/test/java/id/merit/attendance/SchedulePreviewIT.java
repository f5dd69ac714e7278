package id.merit.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportRequest;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 13 item 2 on real PostgreSQL: the preview of a working-hours schedule counts whose yearly attendance figures it
 * moves, for the staff it applies to (its OPD and sub-units), and stores nothing. In February 2022 Tari punched at 08:00
 * and Umar at 07:00 every weekday; a sub-unit's Vina at 08:00 too; another OPD's Wawan at 08:00. Under the default
 * hours (07:30) Tari and Vina are 30 minutes late a day (600 minutes): a February schedule starting at 08:00 for the OPD
 * moves both (lateness down) and not Umar nor Wawan; dropping Friday as a working day as well moves Umar too (the year's
 * working days 4 fewer).
 */
@MeritIntegrationTest
class SchedulePreviewIT {
    private static final String PASSWORD = "Officer#Jadwal2026";

    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    java.util.List<ImportHandler> importHandlers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePreviewCountsWhoseFiguresMoveAndStoresNothing() {
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        String opd = "SCP" + suffix;
        String other = "SCQ" + suffix;
        String officer = "officer-scp" + suffix;
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        opds.upsert(new OpdCommands.OpdData(opd, "Dinas Jadwal " + suffix, OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(opd + "-UPT", "UPT Jadwal " + suffix, OpdKind.UPT, opd, null, null, null));
        opds.upsert(new OpdCommands.OpdData(other, "Dinas Lain " + suffix, OpdKind.DINAS, null, null, null, null));
        String tari = employee("SCP-TARI-" + suffix, "Tari Jadwal " + suffix, opd);
        String umar = employee("SCP-UMAR-" + suffix, "Umar Jadwal " + suffix, opd);
        String vina = employee("SCP-VINA-" + suffix, "Vina Jadwal " + suffix, opd + "-UPT");
        String wawan = employee("SCP-WAWAN-" + suffix, "Wawan Jadwal " + suffix, other);
        users.createUnchecked(new NewUser(officer, PASSWORD, Role.OFFICER, null, null, "Petugas " + suffix), false);
        StringBuilder csv = new StringBuilder("nip,timestamp,device_sn\n");
        for (LocalDate d = LocalDate.of(2022, 2, 1); d.getMonthValue() == 2; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                punch(csv, tari, d, "08:00");
                punch(csv, umar, d, "07:00");
                punch(csv, vina, d, "08:00");
                punch(csv, wawan, d, "08:00");
            }
        }
        ImportHandler h = importHandlers.stream().filter(x -> x.kind().equals("attendance")).findFirst().orElseThrow();
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        h.run(new ImportRequest("attendance", "jadwal.csv", () -> new ByteArrayInputStream(bytes), Map.of(), false));
        SecurityContextHolder.clearContext();

        long schedules = schedules();
        UiSession session = new UiSession(port);
        assertThat(session.login(officer, PASSWORD)).doesNotContain("error");

        // start at 08:00 in February 2022 for the OPD: Tari and Vina (sub-unit) are no longer late; Umar unchanged; Wawan not counted
        HttpResponse<String> later = session.post("/attendance/schedules/preview", form(opd, true));
        assertThat(later.statusCode()).isEqualTo(200);
        String body = later.body();
        assertThat(number(body, "data-measured")).isEqualTo(3);
        assertThat(number(body, "data-moved")).isEqualTo(2);
        assertThat(body).contains("data-figure=\"lateMinutes\" data-up=\"0\" data-down=\"2\"",
                        "data-figure=\"workingDays\" data-up=\"0\" data-down=\"0\"",
                        "data-nip=\"" + tari + "\"", "data-nip=\"" + vina + "\"", "600 → 0",
                        "href=\"/attendance/employees/" + tari + "/2022\"", "id=\"schedule-preview-diff\"", "table-warning")
                .doesNotContain("data-nip=\"" + umar + "\"", "data-nip=\"" + wawan + "\"");

        // also without Friday: four working days fewer for all three
        String noFriday = session.post("/attendance/schedules/preview", form(opd, false)).body();
        assertThat(number(noFriday, "data-moved")).isEqualTo(3);
        assertThat(noFriday).contains("data-figure=\"workingDays\" data-up=\"0\" data-down=\"3\"", "data-nip=\"" + umar + "\"");
        // the first figure of a mover's row is their working days of the year: the four Fridays of February fewer
        Matcher days = Pattern.compile("(\\d+) → (\\d+)").matcher(noFriday.substring(noFriday.indexOf("data-nip=\"" + tari + "\"")));
        assertThat(days.find()).isTrue();
        assertThat(Integer.parseInt(days.group(1)) - Integer.parseInt(days.group(2))).isEqualTo(4);

        // nothing stored; a reversed range is refused with 422 and no preview
        assertThat(schedules()).isEqualTo(schedules);
        HttpResponse<String> reversed = session.post("/attendance/schedules/preview",
                form(opd, true).replace("validTo=2022-02-28", "validTo=2022-01-15"));
        assertThat(reversed.statusCode()).isEqualTo(422);
        assertThat(reversed.body()).doesNotContain("id=\"schedule-preview-result\"");
    }

    /** Monday–Thursday 08:00–16:00, Friday 08:00–16:30 or off, February 2022, grace 0. */
    private static String form(String opd, boolean friday) {
        StringBuilder f = new StringBuilder("name=Pratinjau&opdCode=" + opd + "&validFrom=2022-02-01&validTo=2022-02-28&graceMinutes=0");
        for (int i = 0; i < 5; i++) {
            boolean working = i < 4 || friday;
            f.append("&days[").append(i).append("].working=").append(working)
                    .append("&days[").append(i).append("].start=08:00&days[").append(i).append("].end=").append(i == 4 ? "16:30" : "16:00");
        }
        return f.toString().replace("[", "%5B").replace("]", "%5D");
    }

    private static long number(String body, String attribute) {
        Matcher m = Pattern.compile(attribute + "=\"(\\d+)\"").matcher(body);
        assertThat(m.find()).as(attribute).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long schedules() {
        Long c = jdbc.queryForObject("SELECT count(*) FROM attendance.work_schedule", Long.class);
        return c == null ? 0 : c;
    }

    private String employee(String nip, String name, String opd) {
        employees.upsert(new EmployeeData(nip, name, Gender.F, LocalDate.of(1985, 5, 5), EmployeeType.NON_ASN_PHL, opd, null,
                "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
        return nip;
    }

    private static void punch(StringBuilder csv, String nip, LocalDate day, String time) {
        csv.append(nip).append(',').append(day).append(' ').append(time).append(":00,\n");
    }

    private static void actAs(CurrentUser user) {
        MeritUserDetails principal = new MeritUserDetails(user, "x", true, false, user.username());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
