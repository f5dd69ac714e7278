package id.merit.assessment.domain;

import id.merit.assessment.AssessmentRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code assessments} import (interchange.md §2), atomic and idempotent: key nip + assessment_date + purpose; a row
 * whose key exists with other scores updates it, an identical one is a duplicate. Written through {@link AssessmentWriter}
 * (the officers' form writes through it too), one upsert a row: the update only happens when a score differs, so its
 * row count tells CHANGED from UNCHANGED; competency levels entered in the form are kept. A changed row publishes
 * {@code StaffRecordsChanged} in the import's transaction, so the stored 9-box of that employee follows.
 */
@Component
class AssessmentImport extends MasterDataImport<AssessmentRowParser.Row> {

    private final EmployeeDirectory employees;
    private final AssessmentWriter writer;
    private final org.springframework.context.ApplicationEventPublisher events;

    AssessmentImport(EmployeeDirectory employees, AssessmentWriter writer, PlatformTransactionManager transactions,
                     org.springframework.context.ApplicationEventPublisher events) {
        super(transactions, () -> { });
        this.employees = employees;
        this.writer = writer;
        this.events = events;
    }

    @Override
    public String kind() {
        return "assessments";
    }

    @Override
    protected List<String> columnList() {
        return AssessmentRowParser.COLUMNS;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public id.merit.dataimport.ImportOutcome run(ImportRequest request) {
        return super.run(request);
    }

    @Override
    protected RowParser<AssessmentRowParser.Row> parser(ImportRequest request) {
        Map<String, Optional<Long>> known = new HashMap<>();
        return new AssessmentRowParser(nip -> known.computeIfAbsent(nip, n -> employees.ref(n).map(EmployeeRef::id)));
    }

    @Override
    protected Written write(AssessmentRowParser.Row row) {
        AssessmentRecord a = row.assessment();
        if (!writer.write(row.employeeId(), a, null)) {
            return Written.UNCHANGED;
        }
        // a changed assessment moves the employee's stored 9-box in the import's transaction (talent's PlacementsFollowRecords)
        events.publishEvent(new id.merit.shared.StaffRecordsChanged(a.nip()));
        return Written.CHANGED;
    }
}
