package id.merit.discipline.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.domain.InspectionViews.Detail;
import id.merit.discipline.domain.InspectionViews.FindingContext;
import id.merit.discipline.domain.InspectionViews.FindingView;
import id.merit.discipline.domain.InspectionViews.Summary;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field inspections (sidak, mission.md requirement 4): BKPSDM records the visit and its findings per employee of the
 * OPD; the regent sees all, an OPD head those of their OPD and its sub-units. A finding can open a discipline case.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
public class InspectionService {

    static final String AUDIT_TYPE = "INSPECTION";
    private final InspectionRepository repository;
    private final EmployeeDirectory employees;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final DisciplineClock clock;

    InspectionService(InspectionRepository repository, EmployeeDirectory employees, OpdQueries opds, AuditLog audit,
                      DisciplineClock clock) {
        this.repository = repository;
        this.employees = employees;
        this.opds = opds;
        this.audit = audit;
        this.clock = clock;
    }

    public PagedResult<Summary> search(Integer year, int page, int size) {
        Set<Long> scope = scope();
        Specification<Inspection> spec = (root, query, cb) -> {
            var ps = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (scope != null) {
                ps.add(scope.isEmpty() ? cb.disjunction() : root.get("opdId").in(scope));
            }
            if (year != null) {
                ps.add(cb.between(root.get("inspectedOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            return cb.and(ps.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        Page<Inspection> result = repository.findAll(spec, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "inspectedOn").and(Sort.by(Sort.Direction.DESC, "id"))));
        OpdTree tree = new OpdTree(opds.tree());
        return PagedResult.of(result, i -> {
            OpdView o = tree.get(i.getOpdId());
            return new Summary(i.getId(), o == null ? null : o.code(), o == null ? null : o.name(), i.getInspectedOn(), i.getTeam(),
                    i.getFindings().size(), (int) i.getFindings().stream().filter(f -> f.getCaseId() != null).count());
        });
    }

    public Detail get(long id) {
        return detail(visible(repository.findById(id).orElseThrow(() -> new NotFoundProblem("discipline.inspection.error.notFound", id))));
    }

    /** The finding a case is being opened from (scoped like its inspection). */
    public FindingContext finding(long findingId) {
        Inspection i = visible(repository.findByFindingId(findingId)
                .orElseThrow(() -> new NotFoundProblem("discipline.inspection.error.findingNotFound", findingId)));
        Finding f = i.getFindings().stream().filter(x -> x.getId() == findingId).findFirst().orElseThrow();
        return new FindingContext(view(f, i.getId()), opds.byId(i.getOpdId()).map(OpdView::name).orElse(null), i.getInspectedOn());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public long record(String opdCode, LocalDate inspectedOn, String team, String notes) {
        OpdView opd = opds.byCode(opdCode).orElseThrow(() -> new BusinessProblem("opdCode", "opd.error.unknown", opdCode));
        if (inspectedOn.isAfter(clock.today())) {
            throw new BusinessProblem("inspectedOn", "discipline.error.future");
        }
        Inspection i = new Inspection();
        i.setOpdId(opd.id());
        i.setInspectedOn(inspectedOn);
        i.setTeam(team.trim());
        i.setNotes(notes == null || notes.isBlank() ? null : notes.trim());
        i.setCreatedBy(CurrentUser.actorName());
        repository.saveAndFlush(i);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("opd", opd.code());
        after.put("inspectedOn", inspectedOn.toString());
        after.put("team", i.getTeam());
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(i.getId()), opd.name(), null, after);
        return i.getId();
    }

    /** Adds a finding about an employee of the inspected OPD (or one of its sub-units); OTHER needs a note. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void addFinding(long inspectionId, int version, String nip, FindingKind kind, String note) {
        Inspection i = repository.findById(inspectionId).orElseThrow(() -> new NotFoundProblem("discipline.inspection.error.notFound", inspectionId));
        if (i.getVersion() != version) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        EmployeeRef e = employees.ref(nip).orElseThrow(() -> new BusinessProblem("nip", "discipline.inspection.error.nipUnknown", nip));
        String opdCode = opds.byId(i.getOpdId()).map(OpdView::code).orElseThrow();
        if (!opds.subtreeIds(opdCode).contains(e.opdId())) {
            throw new BusinessProblem("nip", "discipline.inspection.error.notInOpd", e.name());
        }
        if (i.getFindings().stream().anyMatch(f -> f.getEmployeeId() == e.id())) {
            throw new BusinessProblem("nip", "discipline.inspection.error.duplicate", e.name());
        }
        if (kind == FindingKind.OTHER && (note == null || note.isBlank())) {
            throw new BusinessProblem("note", "discipline.inspection.error.noteRequired");
        }
        Finding f = new Finding();
        f.setEmployeeId(e.id());
        f.setNip(e.nip());
        f.setEmployeeName(e.name());
        f.setKind(kind);
        f.setNote(note == null || note.isBlank() ? null : note.trim());
        i.getFindings().add(f);
        repository.saveAndFlush(i);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("nip", e.nip());
        after.put("kind", kind.name());
        after.put("note", f.getNote());
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(i.getId()), "finding " + e.name(), null, after);
    }

    /** Removes a finding that has not opened a case. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void removeFinding(long inspectionId, long findingId) {
        Inspection i = repository.findById(inspectionId).orElseThrow(() -> new NotFoundProblem("discipline.inspection.error.notFound", inspectionId));
        Finding f = i.getFindings().stream().filter(x -> x.getId() == findingId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("discipline.inspection.error.findingNotFound", findingId));
        if (f.getCaseId() != null) {
            throw new BusinessProblem(null, "discipline.inspection.error.hasCase");
        }
        i.getFindings().remove(f);
        repository.saveAndFlush(i);
        audit.changed(AuditAction.DELETE, AUDIT_TYPE, String.valueOf(i.getId()), "finding " + f.getEmployeeName(),
                Map.of("nip", f.getNip(), "kind", f.getKind().name()), null);
    }

    /** Links the case opened from a finding (same employee; once). */
    @Transactional
    void linkCase(long findingId, String nip, long caseId) {
        Inspection i = repository.findByFindingId(findingId)
                .orElseThrow(() -> new BusinessProblem(null, "discipline.inspection.error.findingNotFound", findingId));
        Finding f = i.getFindings().stream().filter(x -> x.getId() == findingId).findFirst().orElseThrow();
        if (!Objects.equals(f.getNip(), nip)) {
            throw new BusinessProblem("nip", "discipline.case.error.findingOtherEmployee");
        }
        if (f.getCaseId() != null) {
            throw new BusinessProblem(null, "discipline.case.error.findingHasCase", f.getCaseId());
        }
        f.setCaseId(caseId);
        repository.save(i);
    }

    private Inspection visible(Inspection i) {
        Set<Long> scope = scope();
        if (scope != null && !scope.contains(i.getOpdId())) {
            throw new AccessDeniedProblem("inspection outside scope");
        }
        return i;
    }

    /** Null: every OPD. */
    private Set<Long> scope() {
        CurrentUser u = CurrentUser.require();
        return u.role() == id.merit.shared.Role.OPD_HEAD ? opds.subtreeIds(u.opdCode()) : null;
    }

    private Detail detail(Inspection i) {
        OpdView o = opds.byId(i.getOpdId()).orElseThrow();
        return new Detail(i.getId(), o.id(), o.code(), o.name(), i.getInspectedOn(), i.getTeam(), i.getNotes(), i.getCreatedBy(),
                i.getVersion(), i.getFindings().stream().map(f -> view(f, i.getId())).toList());
    }

    private static FindingView view(Finding f, long inspectionId) {
        return new FindingView(f.getId(), inspectionId, f.getNip(), f.getEmployeeName(), f.getKind(), f.getNote(), f.getCaseId());
    }
}
