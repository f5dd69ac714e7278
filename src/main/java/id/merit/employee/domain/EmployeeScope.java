package id.merit.employee.domain;

import id.merit.orgunit.OpdQueries;
import id.merit.shared.CurrentUser;
import java.util.Set;

/**
 * Which staff the current user may see: BKPSDM roles and the regent everything, an OPD head their OPD and its
 * sub-units, an employee only themself, an assessor nobody in the registry (their dossiers come per team).
 * {@code opdIds} null means "all OPDs". Without a user (a background thread, a lost security context) the scope is
 * empty: a forgotten context must fail closed, not open.
 */
record EmployeeScope(boolean all, Set<Long> opdIds, String ownNip) {

    static EmployeeScope of(OpdQueries opds) {
        return CurrentUser.get().map(u -> switch (u.role()) {
            case ADMIN, OFFICER, REGENT -> new EmployeeScope(true, null, null);
            case OPD_HEAD -> new EmployeeScope(false, opds.subtreeIds(u.opdCode()), null);
            case EMPLOYEE -> new EmployeeScope(false, Set.of(), u.nip());
            case ASSESSOR -> new EmployeeScope(false, Set.of(), null);
        }).orElse(new EmployeeScope(false, Set.of(), null));
    }

    boolean covers(String nip, long opdId) {
        return all || (opdIds != null && opdIds.contains(opdId)) || (ownNip != null && ownNip.equals(nip));
    }
}
