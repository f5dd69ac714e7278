package id.merit.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.attendance.domain.totals.AttendanceService;
import id.merit.attendance.domain.totals.AttendanceService.RecapRow;
import id.merit.dataimport.ImportHandler;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.support.AttendanceCover;
import id.merit.support.MeritIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The monthly recap of an OPD is kept between requests (issue 7: it took seconds per view under load) and dropped as
 * soon as anything it shows may have changed: new punches (the attendance data version) or the unit's staff (a rename
 * or a transfer out, even in plain SQL).
 */
@MeritIntegrationTest
class RecapKeptIT {

    private static final YearMonth MONTH = YearMonth.of(2025, 3);

    @Autowired
    AttendanceService attendance;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    List<ImportHandler> handlers;
    @Autowired
    JdbcTemplate jdbc;

    private String t;

    @BeforeEach
    void setUp() {
        t = "RK" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36, 36L * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "Admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        opds.upsert(new OpdCommands.OpdData(t, "Dinas Rekap " + t, OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(t + "-X", "Dinas Lain " + t, OpdKind.DINAS, null, null, null, null));
        for (String who : List.of("A", "B")) {
            employees.upsert(new EmployeeData(t + "-" + who, "Pegawai " + who + " " + t, Gender.F, LocalDate.of(1995, 1, 1),
                    EmployeeType.NON_ASN_PHL, t, null, "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
        }
        // B punches every weekday of the month, so A's days without a punch are covered (absence, not "no data")
        AttendanceCover.punchEveryWeekday(handlers, t + "-B", MONTH.atDay(1), MONTH.atEndOfMonth());
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void keptUntilPunchesOrStaffChange() {
        List<RecapRow> first = attendance.monthlyRecap(t, MONTH);
        RecapRow a = row(first, t + "-A");
        assertThat(a.totals().unexcusedDays()).isEqualTo(a.totals().workingDays()).isPositive();
        assertThat(attendance.monthlyRecap(t, MONTH)).as("kept while nothing changed").isSameAs(first);

        AttendanceCover.punchEveryWeekday(handlers, t + "-A", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7));
        List<RecapRow> afterPunches = attendance.monthlyRecap(t, MONTH);
        assertThat(afterPunches).isNotSameAs(first);
        assertThat(row(afterPunches, t + "-A").totals().presentDays()).isEqualTo(5);
        assertThat(row(afterPunches, t + "-A").totals().unexcusedDays()).isEqualTo(a.totals().unexcusedDays() - 5);

        jdbc.update("UPDATE employee.employee SET name = ? WHERE nip = ?", "Nama Baru " + t, t + "-A");
        assertThat(row(attendance.monthlyRecap(t, MONTH), t + "-A").name()).isEqualTo("Nama Baru " + t);

        jdbc.update("UPDATE employee.employee SET opd_id = (SELECT id FROM orgunit.opd WHERE code = ?) WHERE nip = ?", t + "-X", t + "-B");
        assertThat(attendance.monthlyRecap(t, MONTH)).extracting(RecapRow::nip).containsExactly(t + "-A");
    }

    private static RecapRow row(List<RecapRow> rows, String nip) {
        return rows.stream().filter(r -> r.nip().equals(nip)).findFirst().orElseThrow(() -> new AssertionError(nip + " not in " + rows));
    }
}
