package id.merit.employee.web;

import id.merit.audit.AuditLog;
import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.ReportingLines;
import id.merit.employee.EmployeeView;
import id.merit.employee.TrainingRecord;
import id.merit.employee.EducationRecord;
import id.merit.employee.PositionRecord;
import id.merit.employee.domain.EmployeeCommandService;
import id.merit.employee.rules.DataCompleteness;
import id.merit.shared.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One employee's record with its histories. {@link EmployeeQueries#get} checks the scope (403/404) and logs the
 * view; the change history is loaded only for BKPSDM staff, not merely hidden from the others.
 */
@Controller
class EmployeeDetailController {

    static final int AUDIT_LIMIT = 100;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final AuditLog audit;
    private final ReportingLines reportingLines;
    private final ZoneId zone;
    private final ObjectProvider<EmployeePageSection> sections;
    private final Clock clock;
    private final id.merit.employee.domain.EmployeeLeaveService leaves;

    EmployeeDetailController(EmployeeQueries employees, EmployeeDirectory directory, AuditLog audit, ReportingLines reportingLines,
                             @Value("${merit.time-zone:Asia/Jakarta}") String zone, ObjectProvider<EmployeePageSection> sections,
                             Clock clock, id.merit.employee.domain.EmployeeLeaveService leaves) {
        this.clock = clock;
        this.leaves = leaves;
        this.employees = employees;
        this.directory = directory;
        this.audit = audit;
        this.reportingLines = reportingLines;
        this.zone = ZoneId.of(zone);
        this.sections = sections;
    }

    @GetMapping("/employees/{nip}")
    String detail(@PathVariable String nip, Model model) {
        EmployeeView employee = employees.get(nip);
        List<TrainingRecord> trainings = directory.trainings(employee.id());
        model.addAttribute("employee", employee);
        List<PositionRecord> positions = directory.positions(employee.id());
        List<EducationRecord> education = directory.education(employee.id());
        model.addAttribute("positions", positions);
        model.addAttribute("education", education);
        model.addAttribute("trainings", trainings);
        model.addAttribute("completeness", DataCompleteness.evaluate(new DataCompleteness.Input(employee.employeeType(),
                !education.isEmpty(), !positions.isEmpty() || employee.positionName() != null, employee.phone(), employee.email(),
                employee.rank(), trainings.stream().map(TrainingRecord::endDate).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null)), LocalDate.now(clock.withZone(zone))));
        model.addAttribute("trainingHoursByYear", hoursByYear(trainings));
        model.addAttribute("awards", directory.awards(employee.id()));
        model.addAttribute("family", directory.family(employee.id()));
        model.addAttribute("leave", leaves.of(employee.id()).orElse(null));
        model.addAttribute("sections", sections.orderedStream().map(s -> s.section(employee)).flatMap(Optional::stream).toList());
        model.addAttribute("superior", reportingLines.directSuperior(employee.nip(), LocalDate.now(zone)));
        boolean auditVisible = CurrentUser.get().map(u -> u.role().isBkpsdm()).orElse(false);
        model.addAttribute("auditVisible", auditVisible);
        if (auditVisible) {
            model.addAttribute("auditRows", audit.history(EmployeeCommandService.AUDIT_TYPE, employee.nip(), AUDIT_LIMIT).stream()
                    .map(e -> AuditRow.of(e, zone)).toList());
        }
        return "employee/detail";
    }

    /** Total lesson hours (JP) per year of completion, latest year first. */
    static Map<Integer, Integer> hoursByYear(List<TrainingRecord> trainings) {
        Map<Integer, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (TrainingRecord t : trainings) {
            if (t.endDate() != null) {
                byYear.merge(t.endDate().getYear(), t.hours(), Integer::sum);
            }
        }
        return byYear;
    }
}
