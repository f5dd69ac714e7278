package id.merit.discipline;

import id.merit.shared.CurrentUser;
import java.util.List;

/**
 * What the landing page asks about circulars. Render the result with the Thymeleaf fragment
 * {@code ~{discipline/circulars :: pending(${circulars})}} (it posts acknowledgements to
 * {@code /discipline/circulars/{id}/ack} and links OPD heads to the circular page).
 */
public interface CircularQueries {

    /**
     * The circulars waiting for {@code user}, newest first: those addressed to the OPD of the employee behind the
     * account's NIP and not yet acknowledged by that NIP; for an OPD head also those with staff of their OPD still to
     * acknowledge. Accounts without a NIP that are not OPD heads have nothing to acknowledge (empty list).
     */
    List<CircularView> pendingFor(CurrentUser user);
}
