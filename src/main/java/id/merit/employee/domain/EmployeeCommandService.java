package id.merit.employee.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.AwardRecord;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.Outcome;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import id.merit.employee.EmployeeMoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
/**
 * The command side: every write to the registry (form, imports, data requests), audited. Reads are in
 * {@link EmployeeQueryService} (scoped) and {@link EmployeeDirectoryService} (unscoped).
 */
public class EmployeeCommandService implements EmployeeCommands {
    private final Clock clock;

    public static final String AUDIT_TYPE = "EMPLOYEE";
    private final EmployeeRepository employees;
    private final PositionHistoryRepository positions;
    private final EducationRepository educations;
    private final TrainingRepository trainings;
    private final AwardRepository awards;
    private final FamilyMemberRepository family;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final EmployeeBulkLoader bulk;
    private final EmployeeBulkUpsert bulkUpsert;
    private final ApplicationEventPublisher events;

    EmployeeCommandService(EmployeeRepository employees, PositionHistoryRepository positions, EducationRepository educations,
                           TrainingRepository trainings, AwardRepository awards, OpdQueries opds, AuditLog audit,
                           EmployeeBulkLoader bulk, EmployeeBulkUpsert bulkUpsert, ApplicationEventPublisher events, Clock clock,
                           FamilyMemberRepository family) {
        this.clock = clock;
        this.family = family;
        this.bulkUpsert = bulkUpsert;
        this.bulk = bulk;
        this.events = events;
        this.employees = employees;
        this.positions = positions;
        this.educations = educations;
        this.trainings = trainings;
        this.awards = awards;
        this.opds = opds;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- commands

    @Override
    @Transactional
    public Outcome upsert(EmployeeData data) {
        Optional<Employee> existing = employees.findByNip(data.nip());
        if (existing.isEmpty()) {
            create(data);
            return Outcome.CREATED;
        }
        Employee e = existing.get();
        if (data.phone() == null && data.email() == null) {
            // The employees import carries no contact details: keep those entered in the registry.
            data = new EmployeeData(data.nip(), data.name(), data.gender(), data.birthDate(), data.employeeType(), data.opdCode(),
                    data.rank(), data.positionName(), data.positionKind(), data.positionLevel(), data.functionalProfession(),
                    data.homeLat(), data.homeLon(), e.getPhone(), e.getEmail());
        }
        Map<String, Object> before = e.snapshot(opdCode(e.getOpdId()));
        Employee probe = new Employee();
        probe.apply(data, opdId(data.opdCode()), OffsetDateTime.now(clock));
        if (before.equals(probe.snapshot(data.opdCode()))) {
            return Outcome.UNCHANGED;
        }
        update(e.getId(), data, e.getVersion());
        return Outcome.UPDATED;
    }

    @Override
    @Transactional
    public boolean[] upsertAll(List<EmployeeData> rows) {
        return bulkUpsert.upsert(rows);
    }

    /** Creates an employee (registry form or import). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public long create(EmployeeData data) {
        if (employees.findByNip(data.nip()).isPresent()) {
            throw new BusinessProblem("nip", "employee.error.nipTaken", data.nip());
        }
        Employee e = new Employee();
        e.apply(data, opdId(data.opdCode()), OffsetDateTime.now(clock));
        employees.saveAndFlush(e);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, e.getNip(), e.getName(), null, e.snapshot(data.opdCode()));
        events.publishEvent(new EmployeeMoved(e.getNip()));
        return e.getId();
    }

    /** Updates an employee; a stale {@code expectedVersion} (someone saved in between) is refused. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void update(long id, EmployeeData data, int expectedVersion) {
        Employee e = employees.findById(id).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", id));
        if (e.getVersion() != expectedVersion) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        if (!e.getNip().equals(data.nip()) && employees.findByNip(data.nip()).isPresent()) {
            throw new BusinessProblem("nip", "employee.error.nipTaken", data.nip());
        }
        Map<String, Object> before = e.snapshot(opdCode(e.getOpdId()));
        List<Object> placement = placement(e);
        e.apply(data, opdId(data.opdCode()), OffsetDateTime.now(clock));
        employees.saveAndFlush(e);
        if (!placement.equals(placement(e))) {
            events.publishEvent(new EmployeeMoved(e.getNip()));
        }
        // keyed by the (possibly corrected) NIP the record now carries, so the change shows "nip: old → new" on its page
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, e.getNip(), e.getName(), before, e.snapshot(data.opdCode()));
    }

    @Override
    @Transactional
    public Outcome upsertPosition(String nip, PositionRecord p) {
        Employee e = require(nip);
        long opdId = opdId(p.opdCode());
        Optional<PositionHistory> existing = positions.findByEmployeeIdAndStartDate(e.getId(), p.startDate());
        PositionHistory row = existing.orElseGet(PositionHistory::new);
        Map<String, Object> before = existing.map(x -> positionMap(x, opdCode(x.getOpdId()))).orElse(null);
        row.setEmployeeId(e.getId());
        row.setPositionName(p.positionName());
        row.setPositionKind(p.positionKind());
        row.setPositionLevel(p.positionLevel());
        row.setOpdId(opdId);
        row.setStartDate(p.startDate());
        row.setEndDate(p.endDate());
        if (p.postCode() != null) {
            // an import without the optional post_code column keeps the link BKPSDM made
            row.setPostCode(p.postCode());
        }
        Outcome outcome = saveChild(nip, "position", before, positionMap(row, p.opdCode()), () -> positions.save(row));
        if (outcome != Outcome.UNCHANGED) {
            events.publishEvent(new EmployeeMoved(nip));
        }
        return outcome;
    }

    @Override
    @Transactional
    public Outcome upsertEducation(String nip, EducationRecord r) {
        Employee e = require(nip);
        Optional<Education> existing = educations.findByEmployeeIdAndLevel(e.getId(), r.level());
        Education row = existing.orElseGet(Education::new);
        Map<String, Object> before = existing.map(EmployeeCommandService::educationMap).orElse(null);
        row.setEmployeeId(e.getId());
        row.setLevel(r.level());
        row.setInstitution(r.institution());
        row.setMajor(r.major());
        row.setGraduationDate(r.graduationDate());
        return saveChild(nip, "education", before, educationMap(row), () -> educations.save(row));
    }

    @Override
    @Transactional
    public Outcome upsertTraining(String nip, TrainingRecord r) {
        Employee e = require(nip);
        Optional<Training> existing = trainings.findByEmployeeIdAndNameAndEndDate(e.getId(), r.name(), r.endDate());
        Training row = existing.orElseGet(Training::new);
        Map<String, Object> before = existing.map(EmployeeCommandService::trainingMap).orElse(null);
        row.setEmployeeId(e.getId());
        row.setKind(r.kind());
        row.setName(r.name());
        row.setHours(r.hours());
        row.setEndDate(r.endDate());
        return saveChild(nip, "training", before, trainingMap(row), () -> trainings.save(row));
    }

    @Override
    @Transactional
    public Outcome upsertAward(String nip, AwardRecord r) {
        Employee e = require(nip);
        Optional<Award> existing = awards.findByEmployeeIdAndNameAndAwardedOn(e.getId(), r.name(), r.awardedOn());
        Award row = existing.orElseGet(Award::new);
        Map<String, Object> before = existing.map(EmployeeCommandService::awardMap).orElse(null);
        row.setEmployeeId(e.getId());
        row.setName(r.name());
        row.setIssuer(r.issuer());
        row.setAwardedOn(r.awardedOn());
        return saveChild(nip, "award", before, awardMap(row), () -> awards.save(row));
    }

    /** Adds a family member, or updates the birth date of the one of this relation and name; audited. */
    @Transactional
    public Outcome upsertFamily(String nip, id.merit.employee.FamilyRecord r) {
        Employee e = require(nip);
        Optional<FamilyMember> existing = family.findByEmployeeIdAndRelationAndName(e.getId(), r.relation(), r.name());
        FamilyMember row = existing.orElseGet(FamilyMember::new);
        Map<String, Object> before = existing.map(EmployeeCommandService::familyMap).orElse(null);
        row.setEmployeeId(e.getId());
        row.setRelation(r.relation());
        row.setName(r.name());
        row.setBirthDate(r.birthDate());
        return saveChild(nip, "family", before, familyMap(row), () -> family.save(row));
    }

    /**
     * Corrects the education record {@code id} of the employee (a verified correction request): its level, institution,
     * major and graduation date become {@code r}; audited with before and after. Refused when the record is gone or
     * another record of the employee already has the new level.
     */
    @Transactional
    public Outcome correctEducation(String nip, long id, EducationRecord r) {
        Employee e = require(nip);
        Education row = educations.findById(id).filter(x -> x.getEmployeeId().equals(e.getId()))
                .orElseThrow(() -> new BusinessProblem(null, "employee.request.error.targetGone"));
        educations.findByEmployeeIdAndLevel(e.getId(), r.level()).filter(x -> !x.getId().equals(id)).ifPresent(x -> {
            throw new BusinessProblem(null, "employee.request.error.duplicate");
        });
        Map<String, Object> before = educationMap(row);
        row.setLevel(r.level());
        row.setInstitution(r.institution());
        row.setMajor(r.major());
        row.setGraduationDate(r.graduationDate());
        return saveChild(nip, "education", before, educationMap(row), () -> educations.saveAndFlush(row));
    }

    /** Corrects the training record {@code id} of the employee, as {@link #correctEducation}. */
    @Transactional
    public Outcome correctTraining(String nip, long id, TrainingRecord r) {
        Employee e = require(nip);
        Training row = trainings.findById(id).filter(x -> x.getEmployeeId().equals(e.getId()))
                .orElseThrow(() -> new BusinessProblem(null, "employee.request.error.targetGone"));
        trainings.findByEmployeeIdAndNameAndEndDate(e.getId(), r.name(), r.endDate()).filter(x -> !x.getId().equals(id)).ifPresent(x -> {
            throw new BusinessProblem(null, "employee.request.error.duplicate");
        });
        Map<String, Object> before = trainingMap(row);
        row.setKind(r.kind());
        row.setName(r.name());
        row.setHours(r.hours());
        row.setEndDate(r.endDate());
        return saveChild(nip, "training", before, trainingMap(row), () -> trainings.saveAndFlush(row));
    }

    @Override
    @Transactional
    public int bulkLoad(List<id.merit.employee.EmployeeBundle> bundles, String label) {
        int n = bulk.load(bundles);
        events.publishEvent(EmployeeMoved.many());
        audit.changed(AuditAction.IMPORT, AUDIT_TYPE, "*", label + ": " + n + " employees", null, null);
        return n;
    }

    private Outcome saveChild(String nip, String what, Map<String, Object> before, Map<String, Object> after, Runnable save) {
        if (Objects.equals(before, after)) {
            return Outcome.UNCHANGED;
        }
        save.run();
        audit.changed(before == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_TYPE, nip, what, before, after);
        return before == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    // ---------------------------------------------------------------- helpers

    /** What places an employee for the figures other modules derive: OPD, employee type, position (transfer, type change). */
    private static List<Object> placement(Employee e) {
        return java.util.Arrays.asList(e.getOpdId(), e.getEmployeeType(), e.getPositionKind(), e.getPositionLevel());
    }

    private Employee require(String nip) {
        return employees.findByNip(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
    }

    private long opdId(String code) {
        return opds.byCode(code).map(OpdView::id).orElseThrow(() -> new BusinessProblem("opdCode", "opd.error.unknown", code));
    }

    private String opdCode(Long id) {
        return id == null ? null : opds.byId(id).map(OpdView::code).orElse(null);
    }

    private static Map<String, Object> positionMap(PositionHistory p, String opdCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("positionName", p.getPositionName());
        m.put("positionKind", p.getPositionKind() == null ? null : p.getPositionKind().name());
        m.put("positionLevel", p.getPositionLevel() == null ? null : p.getPositionLevel().name());
        m.put("opdCode", opdCode);
        m.put("startDate", String.valueOf(p.getStartDate()));
        m.put("endDate", p.getEndDate() == null ? null : p.getEndDate().toString());
        m.put("postCode", p.getPostCode());
        return m;
    }

    private static Map<String, Object> educationMap(Education x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", x.getLevel().name());
        m.put("institution", x.getInstitution());
        m.put("major", x.getMajor());
        m.put("graduationDate", x.getGraduationDate() == null ? null : x.getGraduationDate().toString());
        return m;
    }

    private static Map<String, Object> trainingMap(Training t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", t.getKind().name());
        m.put("name", t.getName());
        m.put("hours", t.getHours());
        m.put("endDate", t.getEndDate().toString());
        return m;
    }

    private static Map<String, Object> familyMap(FamilyMember f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relation", f.getRelation().name());
        m.put("name", f.getName());
        m.put("birthDate", f.getBirthDate().toString());
        return m;
    }

    private static Map<String, Object> awardMap(Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.getName());
        m.put("issuer", a.getIssuer());
        m.put("awardedOn", a.getAwardedOn().toString());
        return m;
    }
}
