package id.merit.support;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records that integration tests seed again and again, in every {@link MeritIntegrationTest} as a bean: users, an OPD, a
 * PNS (through the application's commands; run as an administrator), an open SKP period, an SKP predicate and an
 * assessment (by plain SQL, as a bulk load writes them: no event). Callers give their own codes and names, unique per test.
 */
public class Seed {
    private final UserService users;
    private final OpdCommands opds;
    private final EmployeeCommands employees;
    private final JdbcTemplate jdbc;

    Seed(UserService users, OpdCommands opds, EmployeeCommands employees, JdbcTemplate jdbc) {
        this.users = users;
        this.opds = opds;
        this.employees = employees;
        this.jdbc = jdbc;
    }

    /** A NIP born on {@code born}, appointed in {@code appointed}, with a sequence from {@code n} (1–900). */
    public static String nip(LocalDate born, YearMonth appointed, char sex, long n) {
        return Nip.compose(born, appointed, sex, 1 + (int) (n % 900));
    }

    /** An administrator {@code <prefix>-admin<suffix>} and an officer {@code <prefix>-petugas<suffix>} ("Admin/Petugas <label>"). */
    public void adminAndOfficer(String prefix, String suffix, String password, String label) {
        users.createUnchecked(new NewUser(prefix + "-admin" + suffix, password, Role.ADMIN, null, null, "Admin " + label), false);
        users.createUnchecked(new NewUser(prefix + "-petugas" + suffix, password, Role.OFFICER, null, null, "Petugas " + label), false);
    }

    /** A Dinas with no parent, head or location. */
    public void dinas(String code, String name) {
        opds.upsert(new OpdCommands.OpdData(code, name, OpdKind.DINAS, null, null, null, null));
    }

    /** A PNS analyst (pelaksana) of {@code opdCode} in {@code rank}. */
    public void pns(String nip, String name, Gender gender, LocalDate born, String opdCode, String rank) {
        employees.upsert(new EmployeeData(nip, name, gender, born, EmployeeType.PNS, opdCode, rank, "Analis", PositionKind.PELAKSANA, null, null,
                null, null));
    }

    /** The ANNUAL SKP period of {@code year} open (kept when it already is). */
    public void annualPeriod(int year) {
        jdbc.update("INSERT INTO performance.period (year, kind, deadline, opened_by) VALUES (?, 'ANNUAL', ?, 'test') ON CONFLICT DO NOTHING",
                year, LocalDate.of(year + 1, 1, 31));
    }

    /** An ANNUAL SKP predicate of {@code year} for {@code nip}. */
    public void predicate(String nip, int year, String predicate) {
        jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, ?, 'ANNUAL', ? "
                + "FROM employee.employee WHERE nip = ?", year, predicate, nip);
    }

    /** A competency assessment of {@code nip}. */
    public void assessment(String nip, LocalDate day, String purpose, String jpm, String potential) {
        jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score) "
                + "SELECT id, ?, ?, ?::numeric, ?::numeric FROM employee.employee WHERE nip = ?", day, purpose, jpm, potential, nip);
    }
}
