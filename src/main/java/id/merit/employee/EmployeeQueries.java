package id.merit.employee;

import id.merit.shared.PagedResult;

/**
 * Scoped reads: what the <em>current user</em> may see of staff. Every method here applies the user's role and OPD
 * scope (an OPD head: the staff of their OPD and its sub-units; an employee: themself; ADMIN, OFFICER, REGENT: all).
 * Lookups without scope checks, for computations, imports and batch work, are in {@link EmployeeDirectory}.
 */
public interface EmployeeQueries {

    /** The employee, or NotFoundProblem / AccessDeniedProblem when outside scope. Logs the view in the audit trail. */
    EmployeeView get(String nip);

    /** Search within scope; {@code sort} is one of name, nip, type, rank, opd (prefix '-' for descending). */
    PagedResult<EmployeeView> search(EmployeeFilter filter, String sort, int page, int size);

    /** Whether the current user may see this employee (role and OPD scope). */
    boolean canView(EmployeeRef employee);
}
