package id.merit.dataimport.kinds;


import id.merit.employee.EmployeeDirectory;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.orgunit.PostQueries;
import id.merit.orgunit.PostView;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Lookups for pass 1, loaded once per import: all OPD codes, and employees remembered per NIP asked. */
@Component
class EmployeeLookups {
    private final OpdQueries opds;
    private final EmployeeDirectory employees;
    private final PostQueries posts;

    EmployeeLookups(OpdQueries opds, EmployeeDirectory employees, PostQueries posts) {
        this.opds = opds;
        this.employees = employees;
        this.posts = posts;
    }

    /** Codes of posts that are not retired. */
    Predicate<String> postCodes() {
        Set<String> codes = posts.active().stream().map(PostView::code).collect(Collectors.toUnmodifiableSet());
        return codes::contains;
    }

    Predicate<String> opdCodes() {
        Set<String> codes = opds.tree().stream().map(OpdView::code).collect(Collectors.toUnmodifiableSet());
        return codes::contains;
    }

    Predicate<String> employeeNips() {
        Map<String, Boolean> known = new HashMap<>();
        return nip -> known.computeIfAbsent(nip, n -> employees.ref(n).isPresent());
    }
}
