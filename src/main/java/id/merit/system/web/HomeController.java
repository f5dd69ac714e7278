package id.merit.system.web;

import id.merit.discipline.CircularQueries;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeType;
import id.merit.orgunit.OpdQueries;
import id.merit.performance.ComplianceQueries;
import id.merit.shared.CurrentUser;
import id.merit.shared.WorkQueue;
import id.merit.shared.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Login page and the landing page, whose cards depend on the role. */
@Controller
class HomeController {
    private final EmployeeQueries employees;
    private final OpdQueries opds;
    private final CircularQueries circulars;
    private final ComplianceQueries compliance;

    private final List<WorkQueue> workQueues;

    HomeController(EmployeeQueries employees, OpdQueries opds, CircularQueries circulars, ComplianceQueries compliance,
                   List<WorkQueue> workQueues) {
        this.workQueues = workQueues;
        this.employees = employees;
        this.opds = opds;
        this.circulars = circulars;
        this.compliance = compliance;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Does no work for a logged-in user: the load test's baseline (the same filter chain and session store as a page). */
    @GetMapping("/ping")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ping() {
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("role", user.role().name());
        model.addAttribute("circulars", circulars.pendingFor(user));
        // issue 15 item 2: what waits for this role, each count linked to the list of exactly those rows
        model.addAttribute("work", workQueues.stream().flatMap(q -> q.waitingFor(user).stream()).toList());
        if (user.role() == Role.EMPLOYEE || user.role() == Role.ASSESSOR) {
            model.addAttribute("ownNip", user.nip());
            return "home";
        }
        Map<EmployeeType, Long> byType = new LinkedHashMap<>();
        long total = 0;
        for (EmployeeType t : EmployeeType.values()) {
            long n = employees.search(new EmployeeFilter(null, null, t, null, null), null, 0, 1).total();
            byType.put(t, n);
            total += n;
        }
        model.addAttribute("byType", byType);
        model.addAttribute("staffTotal", total);
        model.addAttribute("opdTotal", user.role() == Role.OPD_HEAD ? opds.subtreeIds(user.opdCode()).size() : opds.tree().size());
        model.addAttribute("opd", user.opdCode() == null ? null : opds.byCode(user.opdCode()).orElse(null));
        // SKP compliance of the current year (issue 12 item 6): the OPD head's own card, the regent's neglect list
        int year = compliance.currentYear();
        model.addAttribute("skpYear", year);
        if (user.role() == Role.OPD_HEAD) {
            model.addAttribute("skp", compliance.forOpd(year, user.opdCode()).orElse(null));
        } else if (user.role() == Role.REGENT) {
            model.addAttribute("skpNeglected", compliance.neglected(year));
        }
        return "home";
    }
}
