package id.merit.discipline.domain;

import id.merit.orgunit.OpdQueries;
import id.merit.shared.CurrentUser;
import java.util.Set;

/**
 * Which cases the current user may see: BKPSDM (ADMIN, OFFICER) and the regent all; an OPD head those of their OPD
 * and its sub-units; an employee those about themself; an assessor none. {@code opdIds} null means every OPD.
 */
record CaseScope(boolean all, Set<Long> opdIds, String ownNip) {

    static CaseScope of(CurrentUser u, OpdQueries opds) {
        return switch (u.role()) {
            case ADMIN, OFFICER, REGENT -> new CaseScope(true, null, null);
            case OPD_HEAD -> new CaseScope(false, u.opdCode() == null ? Set.of() : opds.subtreeIds(u.opdCode()), null);
            case EMPLOYEE -> new CaseScope(false, Set.of(), u.nip());
            case ASSESSOR -> new CaseScope(false, Set.of(), null);
        };
    }

    boolean covers(long opdId, String nip) {
        return all || (opdIds != null && opdIds.contains(opdId)) || (ownNip != null && ownNip.equals(nip));
    }
}
