package id.merit.assessment.domain;

import id.merit.assessment.AssessmentDetail;
import id.merit.assessment.AssessmentRecord;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.orgunit.Competencies;
import id.merit.shared.NotFoundProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BKPSDM enters or edits one assessment in a form: the scores, the purpose (its JPM scheme) and the level of each
 * competency. Written through {@link AssessmentWriter}, the import's own path, with an audit record in the same
 * transaction, and {@code StaffRecordsChanged} published in it (the stored 9-box follows). The key (date and purpose) of an existing assessment is not edited: another key is another assessment.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
public class AssessmentEntry {
    static final String AUDIT_TYPE = "assessment";

    private final EmployeeDirectory employees;
    private final AssessmentWriter writer;
    private final AssessmentStore store;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    AssessmentEntry(EmployeeDirectory employees, AssessmentWriter writer, AssessmentStore store, AuditLog audit,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.employees = employees;
        this.writer = writer;
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** The employee the form is for (404 for an unknown NIP). */
    public EmployeeRef employee(String nip) {
        return employees.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
    }

    /** One assessment of the employee (404 when the id is not theirs). */
    @Transactional(readOnly = true)
    public AssessmentDetail get(String nip, long id) {
        employee(nip);
        return store.detail(id).filter(d -> d.assessment().nip().equals(nip))
                .orElseThrow(() -> new NotFoundProblem("assessment.error.notFound", String.valueOf(id)));
    }

    /** Inserts or updates (same key); true when something changed. */
    @Transactional
    public boolean save(AssessmentRecord a, Competencies levels) {
        EmployeeRef e = employee(a.nip());
        Optional<AssessmentDetail> before = store.detail(e.id(), a.assessmentDate(), a.purpose());
        boolean changed = writer.write(e.id(), a, levels);
        if (changed) {
            String key = a.nip() + "/" + a.assessmentDate() + "/" + a.purpose().name();
            audit.changed(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, AUDIT_TYPE, key,
                    "assessment " + a.purpose().name() + " " + a.assessmentDate(), before.map(AssessmentEntry::snapshot).orElse(null),
                    snapshot(new AssessmentDetail(0, a, levels)));
            // the stored 9-box of the employee follows in this transaction (talent's PlacementsFollowRecords)
            events.publishEvent(new id.merit.shared.StaffRecordsChanged(a.nip()));
        }
        return changed;
    }

    private static Map<String, Object> snapshot(AssessmentDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jpm", d.assessment().jpm().toPlainString());
        m.put("potentialScore", d.assessment().potentialScore().toPlainString());
        m.put("levels", d.levels().toString());
        return m;
    }
}
