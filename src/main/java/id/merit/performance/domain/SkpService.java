package id.merit.performance.domain;

import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.performance.SkpPeriod;
import id.merit.performance.rules.ObjectionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee's own SKP (issue 12 item 5): per year the ANNUAL evaluation and the quarterly ones, with who rated and
 * when, the objection and the Ps 56-58 follow-up. Scope through {@link EmployeeQueries#get}: an employee only
 * themself, an OPD head their OPD, BKPSDM and the regent everyone.
 */
@Service
@Transactional(readOnly = true)
public class SkpService {

    /** One year of the page; {@code annual} null when only quarters are recorded. */
    public record Year(int year, SkpEntry annual, List<SkpEntry> quarters, ObjectionService.Objection objection,
                       FollowUpService.FollowUp followUp, ObjectionPolicy.Window window, boolean mayObject) {
    }

    public record Page(EmployeeView employee, List<Year> years, boolean self) {
    }

    private final EmployeeQueries employees;
    private final JdbcTemplate jdbc;
    private final ObjectionService objections;
    private final FollowUpService followUps;

    SkpService(EmployeeQueries employees, JdbcTemplate jdbc, ObjectionService objections, FollowUpService followUps) {
        this.employees = employees;
        this.jdbc = jdbc;
        this.objections = objections;
        this.followUps = followUps;
    }

    /** The page of an employee in the caller's scope (NotFoundProblem / AccessDeniedProblem otherwise), newest year first. */
    @Transactional   // read-write: the view of the personal record is audited with the request (see AuditLog)
    public Page page(String nip) {
        EmployeeView e = employees.get(nip);
        List<SkpEntry> entries = entries(e.id());
        List<Long> ids = entries.stream().map(SkpEntry::id).toList();
        Map<Long, ObjectionService.Objection> objected = objections.forEvaluations(ids);
        Map<Long, FollowUpService.FollowUp> followed = followUps.forEvaluations(ids);
        boolean self = objections.isSelf(nip);
        TreeMap<Integer, List<SkpEntry>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        entries.forEach(x -> byYear.computeIfAbsent(x.year(), y -> new ArrayList<>()).add(x));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, list) -> {
            SkpEntry annual = list.stream().filter(x -> x.period() == SkpPeriod.ANNUAL).findFirst().orElse(null);
            List<SkpEntry> quarters = list.stream().filter(x -> x.period() != SkpPeriod.ANNUAL).toList();
            ObjectionService.Objection o = annual == null ? null : objected.get(annual.id());
            ObjectionPolicy.Window w = annual == null || !annual.rated() ? null : objections.window(annual);
            boolean may = self && w != null && w.allowed() && o == null;
            years.add(new Year(year, annual, quarters, o, annual == null ? null : followed.get(annual.id()), w, may));
        });
        return new Page(e, years, self);
    }

    /** The employee (scoped) and their ANNUAL evaluation of {@code year}; NotFoundProblem when there is none. */
    @Transactional
    public Optional<SkpEntry> annual(String nip, int year) {
        EmployeeView e = employees.get(nip);
        return annualOf(e.id(), year);
    }

    /** Internal, unscoped: the ANNUAL evaluation of an employee id and year (callers checked the scope). */
    public Optional<SkpEntry> annualOf(long employeeId, int year) {
        return jdbc.query("SELECT " + SkpEntry.COLUMNS + " FROM performance.evaluation v WHERE v.employee_id = ? AND v.year = ? "
                + "AND v.period = 'ANNUAL'", (rs, i) -> SkpEntry.of(rs), employeeId, year).stream().findFirst();
    }

    /** Internal, unscoped: the ANNUAL evaluation of an employee by NIP and year (callers checked the scope). */
    public Optional<SkpEntry> annualByNip(String nip, int year) {
        return jdbc.query("SELECT " + SkpEntry.COLUMNS + " FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id "
                + "WHERE e.nip = ? AND v.year = ? AND v.period = 'ANNUAL'", (rs, i) -> SkpEntry.of(rs), nip, year).stream().findFirst();
    }

    private List<SkpEntry> entries(long employeeId) {
        return jdbc.query("SELECT " + SkpEntry.COLUMNS + " FROM performance.evaluation v WHERE v.employee_id = ? ORDER BY v.year DESC, v.period",
                (rs, i) -> SkpEntry.of(rs), employeeId);
    }
}
