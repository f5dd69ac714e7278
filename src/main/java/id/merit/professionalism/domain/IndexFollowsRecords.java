package id.merit.professionalism.domain;

import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.shared.StaffRecordsChanged;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incremental recompute (issue 13 item 3): when a record behind an employee's IP ASN changes, their row of every
 * stored year is replaced in the same transaction ({@link IndexStore#replaceRow}), so rankings and the OPD league follow
 * the change at once and never show it half-applied. The bulk recompute of a year gives the same rows
 * ({@code IncrementalIndexIT}).
 */
@Component
class IndexFollowsRecords {
    private final IndexStore store;
    private final IpAsnService service;
    private final IpAsnRuleSets ruleSets;
    private final EmployeeDirectory directory;

    IndexFollowsRecords(IndexStore store, IpAsnService service, IpAsnRuleSets ruleSets, EmployeeDirectory directory) {
        this.store = store;
        this.service = service;
        this.ruleSets = ruleSets;
        this.directory = directory;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(StaffRecordsChanged changed) {
        Optional<EmployeeRef> ref = directory.ref(changed.nip());
        if (ref.isEmpty()) {
            return;
        }
        for (int year : store.storedYears()) {
            store.replaceRow(year, ref.get(), ruleSets.forYear(year), service.storedInput(ref.get(), year));
        }
    }
}
