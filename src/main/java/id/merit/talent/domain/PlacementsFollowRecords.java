package id.merit.talent.domain;

import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.shared.StaffRecordsChanged;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incremental recompute of the 9-box (issue 13 item 3): when a record behind an employee's placement changes (an
 * annual SKP predicate, an assessment, a training, a punishment), their row of every stored year is replaced in the same
 * transaction ({@link TalentStore#replaceRow}), so the grid, movement, succession and dashboard follow the change at once
 * and never show it half-applied. The bulk recompute of a year gives the same rows ({@code IncrementalPlacementIT}).
 */
@Component
class PlacementsFollowRecords {
    private final TalentStore store;
    private final TalentService talent;
    private final EmployeeDirectory directory;

    PlacementsFollowRecords(TalentStore store, TalentService talent, EmployeeDirectory directory) {
        this.store = store;
        this.talent = talent;
        this.directory = directory;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(StaffRecordsChanged changed) {
        Optional<EmployeeRef> ref = directory.ref(changed.nip());
        if (ref.isEmpty()) {
            return;
        }
        EmployeeRef e = ref.get();
        for (int year : store.storedYears()) {
            store.replaceRow(year, e, talent.inputs(e.id(), e.nip(), e.employeeType(), year));
        }
    }
}
