package id.merit.employee.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.AwardRecord;
import id.merit.employee.EducationLevel;
import id.merit.employee.FamilyRecord;
import id.merit.employee.FamilyRelation;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.shared.EvidenceFiles;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employee self-service data-update requests (issue 15 item 4): an employee asks, for themself only, to add an
 * education or a training record with an evidence file; BKPSDM (ADMIN, OFFICER) approves — the record then enters the
 * registry through {@link id.merit.employee.EmployeeCommands}, audited as a change by the approving officer with the
 * request id in the summary — or rejects with a required reason. A stale version (another officer decided first) is
 * refused.
 */
@Service
@Transactional(readOnly = true)
public class DataRequestService {
    private final org.springframework.context.ApplicationEventPublisher events;

    public static final String AUDIT_TYPE = "DATA_REQUEST";
    /** Same limit as excuse evidence. */
    public static final int MAX_EVIDENCE_BYTES = EvidenceFiles.MAX_BYTES;
    public static final int MAX_REASON = 1000;

    public enum Kind { EDUCATION, TRAINING, AWARD, FAMILY }

    public enum Status { PENDING, APPROVED, REJECTED }

    /** What the employee asks for: the education fields or the training fields, as the import columns. */
    public record NewRequest(Kind kind, EducationLevel educationLevel, String institution, String major, LocalDate graduationDate,
                             TrainingKind trainingKind, String trainingName, Integer trainingHours, LocalDate trainingEndDate,
                             Long targetId, String awardName, String awardIssuer, LocalDate awardedOn, FamilyRelation familyRelation,
                             String familyName, LocalDate familyBirthDate) {

        /** An addition of an education or training record (the original request). */
        public NewRequest(Kind kind, EducationLevel educationLevel, String institution, String major, LocalDate graduationDate,
                          TrainingKind trainingKind, String trainingName, Integer trainingHours, LocalDate trainingEndDate) {
            this(kind, educationLevel, institution, major, graduationDate, trainingKind, trainingName, trainingHours, trainingEndDate,
                    null, null, null, null, null, null, null);
        }
    }

    /** An existing education or training record an employee may ask to correct (its current values as a label). */
    public record Target(Kind kind, long id, String label) {
        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    public record Evidence(String filename, byte[] content) {
    }

    public record EvidenceFile(String filename, String contentType, byte[] content) {
    }

    public record RequestView(long id, String nip, String name, Kind kind, Status status, EducationLevel educationLevel,
                              String institution, String major, LocalDate graduationDate, TrainingKind trainingKind,
                              String trainingName, Integer trainingHours, LocalDate trainingEndDate, OffsetDateTime submittedAt,
                              String submittedBy, OffsetDateTime decidedAt, String decidedBy, String reason, int version,
                              Long targetId, String awardName, String awardIssuer, LocalDate awardedOn, FamilyRelation familyRelation,
                              String familyName, LocalDate familyBirthDate) {
        public boolean correction() {
            return targetId != null;
        }
    }

    private final DataRequestRepository requests;
    private final DataRequestEvidenceRepository evidence;
    private final EmployeeRepository employees;
    private final EmployeeQueries scoped;
    private final EmployeeDirectory directory;
    private final EmployeeCommandService registry;
    private final EducationRepository educations;
    private final TrainingRepository trainings;
    private final AuditLog audit;
    private final Clock clock;

    DataRequestService(DataRequestRepository requests, DataRequestEvidenceRepository evidence, EmployeeRepository employees,
                       EmployeeQueries scoped, EmployeeDirectory directory, EmployeeCommandService registry, AuditLog audit, Clock clock,
                       EducationRepository educations, TrainingRepository trainings, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.educations = educations;
        this.trainings = trainings;
        this.requests = requests;
        this.evidence = evidence;
        this.employees = employees;
        this.scoped = scoped;
        this.directory = directory;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current user may submit requests for this employee: only the EMPLOYEE account of that NIP. */
    public static boolean maySubmit(String nip) {
        return CurrentUser.get().map(u -> u.role() == Role.EMPLOYEE && nip != null && nip.equals(u.nip())).orElse(false);
    }

    /** Whether the current user decides requests (BKPSDM). */
    public static boolean mayDecide() {
        return CurrentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.OFFICER).orElse(false);
    }

    @Transactional
    public long submit(String nip, NewRequest r, Evidence ev) {
        if (!maySubmit(nip)) {
            throw new AccessDeniedProblem("data-update requests only for oneself");
        }
        Employee e = employees.findByNip(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        LocalDate today = LocalDate.now(clock);
        DataRequest x = new DataRequest();
        x.setEmployeeId(e.getId());
        x.setKind(r.kind());
        if (r.kind() == null) {
            throw new BusinessProblem("kind", "employee.request.error.kind");
        }
        switch (r.kind()) {
            case EDUCATION -> {
                if (r.educationLevel() == null) {
                    throw new BusinessProblem("educationLevel", "employee.request.error.required");
                }
                notAfter("graduationDate", r.graduationDate(), today);
                x.setEducationLevel(r.educationLevel());
                x.setInstitution(text("institution", r.institution(), 200));
                x.setMajor(text("major", r.major(), 200));
                x.setGraduationDate(r.graduationDate());
            }
            case TRAINING -> {
                if (r.trainingKind() == null) {
                    throw new BusinessProblem("trainingKind", "employee.request.error.required");
                }
                String name = text("trainingName", r.trainingName(), 300);
                if (name == null) {
                    throw new BusinessProblem("trainingName", "employee.request.error.required");
                }
                if (r.trainingHours() == null || r.trainingHours() < 0) {
                    throw new BusinessProblem("trainingHours", "employee.request.error.hours");
                }
                if (r.trainingEndDate() == null) {
                    throw new BusinessProblem("trainingEndDate", "employee.request.error.required");
                }
                notAfter("trainingEndDate", r.trainingEndDate(), today);
                x.setTrainingKind(r.trainingKind());
                x.setTrainingName(name);
                x.setTrainingHours(r.trainingHours());
                x.setTrainingEndDate(r.trainingEndDate());
            }
            case AWARD -> {
                String name = text("awardName", r.awardName(), 300);
                if (name == null) {
                    throw new BusinessProblem("awardName", "employee.request.error.required");
                }
                if (r.awardedOn() == null) {
                    throw new BusinessProblem("awardedOn", "employee.request.error.required");
                }
                notAfter("awardedOn", r.awardedOn(), today);
                x.setAwardName(name);
                x.setAwardIssuer(text("awardIssuer", r.awardIssuer(), 200));
                x.setAwardedOn(r.awardedOn());
            }
            case FAMILY -> {
                if (r.familyRelation() == null) {
                    throw new BusinessProblem("familyRelation", "employee.request.error.required");
                }
                String name = text("familyName", r.familyName(), 200);
                if (name == null) {
                    throw new BusinessProblem("familyName", "employee.request.error.required");
                }
                if (r.familyBirthDate() == null) {
                    throw new BusinessProblem("familyBirthDate", "employee.request.error.required");
                }
                notAfter("familyBirthDate", r.familyBirthDate(), today);
                x.setFamilyRelation(r.familyRelation());
                x.setFamilyName(name);
                x.setFamilyBirthDate(r.familyBirthDate());
            }
        }
        if (r.targetId() != null) {
            boolean own = switch (r.kind()) {
                case EDUCATION -> educations.findById(r.targetId()).filter(t -> t.getEmployeeId().equals(e.getId())).isPresent();
                case TRAINING -> trainings.findById(r.targetId()).filter(t -> t.getEmployeeId().equals(e.getId())).isPresent();
                case AWARD, FAMILY -> false;
            };
            if (!own) {
                throw new BusinessProblem("targetId", "employee.request.error.target");
            }
            x.setTargetId(r.targetId());
        }
        String contentType = contentType(ev);
        x.setStatus(Status.PENDING);
        x.setSubmittedAt(OffsetDateTime.now(clock));
        x.setSubmittedBy(CurrentUser.actorName());
        requests.saveAndFlush(x);
        DataRequestEvidence file = new DataRequestEvidence();
        file.setRequestId(x.getId());
        file.setFilename(safeName(ev.filename()));
        file.setContentType(contentType);
        file.setSizeBytes(ev.content().length);
        file.setContent(ev.content());
        evidence.save(file);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(x.getId()), nip, null, snapshot(x));
        return x.getId();
    }

    /** An employee's requests, newest first, for whoever may see the employee (403/404 otherwise). */
    public List<RequestView> forEmployee(String nip) {
        EmployeeRef ref = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        if (!scoped.canView(ref)) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        return requests.findByEmployeeIdOrderBySubmittedAtDescIdDesc(ref.id()).stream()
                .map(x -> view(x, ref.nip(), ref.name())).toList();
    }

    /** BKPSDM's queue: pending requests, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public PagedResult<RequestView> pending(int page, int size) {
        var result = requests.findByStatusOrderBySubmittedAtAscIdAsc(Status.PENDING,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
        Map<Long, Employee> byId = employees.findAllById(result.getContent().stream().map(DataRequest::getEmployeeId).distinct().toList())
                .stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        return PagedResult.of(result, x -> {
            Employee e = byId.get(x.getEmployeeId());
            return view(x, e == null ? null : e.getNip(), e == null ? null : e.getName());
        });
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public long pendingCount() {
        return requests.countByStatus(Status.PENDING);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public RequestView get(long id) {
        DataRequest x = require(id);
        Employee e = employees.findById(x.getEmployeeId()).orElseThrow();
        return view(x, e.getNip(), e.getName());
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public EvidenceFile evidence(long id) {
        DataRequestEvidence f = evidence.findById(id).orElseThrow(() -> new NotFoundProblem("employee.request.notFound", id));
        audit.viewed(AUDIT_TYPE, String.valueOf(id));
        return new EvidenceFile(f.getFilename(), f.getContentType(), f.getContent());
    }

    /** Approves a pending request: the record enters the registry, audited on the employee with the request id. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void approve(long id, int expectedVersion) {
        DataRequest x = pendingAt(id, expectedVersion);
        Employee e = employees.findById(x.getEmployeeId()).orElseThrow();
        Map<String, Object> before = snapshot(x);
        String what = x.getTargetId() != null ? correct(e.getNip(), x) : switch (x.getKind()) {
            case EDUCATION -> {
                registry.upsertEducation(e.getNip(), new EducationRecord(x.getEducationLevel(), x.getInstitution(), x.getMajor(),
                        x.getGraduationDate()));
                yield "education " + x.getEducationLevel();
            }
            case TRAINING -> {
                registry.upsertTraining(e.getNip(), new TrainingRecord(x.getTrainingKind(), x.getTrainingName(), x.getTrainingHours(),
                        x.getTrainingEndDate()));
                yield "training " + x.getTrainingName();
            }
            case AWARD -> {
                registry.upsertAward(e.getNip(), new AwardRecord(x.getAwardName(), x.getAwardIssuer(), x.getAwardedOn()));
                yield "award " + x.getAwardName();
            }
            case FAMILY -> {
                registry.upsertFamily(e.getNip(), new FamilyRecord(x.getFamilyRelation(), x.getFamilyName(), x.getFamilyBirthDate()));
                yield "family " + x.getFamilyRelation() + " " + x.getFamilyName();
            }
        };
        decide(x, Status.APPROVED, null);
        // verified data enter the registry: the stored IP ASN follows in this transaction (professionalism listens)
        events.publishEvent(new id.merit.shared.StaffRecordsChanged(e.getNip()));
        audit.changed(AuditAction.UPDATE, EmployeeCommandService.AUDIT_TYPE, e.getNip(),
                "data-update request #" + id + " approved: " + what, null, snapshot(x));
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), e.getNip(), before, snapshot(x));
    }

    /** A verified correction: the target record takes the requested values. */
    private String correct(String nip, DataRequest x) {
        return switch (x.getKind()) {
            case EDUCATION -> {
                registry.correctEducation(nip, x.getTargetId(), new EducationRecord(x.getEducationLevel(), x.getInstitution(), x.getMajor(),
                        x.getGraduationDate()));
                yield "correction of education #" + x.getTargetId();
            }
            case TRAINING -> {
                registry.correctTraining(nip, x.getTargetId(), new TrainingRecord(x.getTrainingKind(), x.getTrainingName(),
                        x.getTrainingHours(), x.getTrainingEndDate()));
                yield "correction of training #" + x.getTargetId();
            }
            case AWARD, FAMILY -> throw new IllegalStateException("only education and training are corrected");
        };
    }

    /** The employee's education and training records they may ask to correct (for whoever may see the employee). */
    public List<Target> correctable(String nip) {
        EmployeeRef ref = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        if (!scoped.canView(ref)) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        List<Target> out = new java.util.ArrayList<>();
        educations.findByEmployeeIdOrderByGraduationDateDesc(ref.id()).forEach(ed -> out.add(new Target(Kind.EDUCATION, ed.getId(),
                join(ed.getLevel().name(), ed.getMajor(), ed.getInstitution(), ed.getGraduationDate()))));
        trainings.findByEmployeeIdOrderByEndDateDesc(ref.id()).forEach(t -> out.add(new Target(Kind.TRAINING, t.getId(),
                join(t.getName(), t.getHours() + " JP", t.getEndDate()))));
        return out;
    }

    private static String join(Object... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).map(String::valueOf).filter(p -> !p.isBlank())
                .collect(Collectors.joining(" · "));
    }

    /** Rejects a pending request with a reason the employee sees. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void reject(long id, int expectedVersion, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new BusinessProblem("reason", "employee.request.error.reason");
        }
        if (why.length() > MAX_REASON) {
            throw new BusinessProblem("reason", "employee.request.error.tooLong", MAX_REASON);
        }
        DataRequest x = pendingAt(id, expectedVersion);
        Map<String, Object> before = snapshot(x);
        decide(x, Status.REJECTED, why);
        Employee e = employees.findById(x.getEmployeeId()).orElseThrow();
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), e.getNip(), before, snapshot(x));
    }

    private DataRequest pendingAt(long id, int expectedVersion) {
        DataRequest x = require(id);
        if (x.getVersion() != expectedVersion) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        if (x.getStatus() != Status.PENDING) {
            throw new BusinessProblem(null, "employee.request.error.decided");
        }
        return x;
    }

    private void decide(DataRequest x, Status status, String reason) {
        x.setStatus(status);
        x.setReason(reason);
        x.setDecidedAt(OffsetDateTime.now(clock));
        x.setDecidedBy(CurrentUser.actorName());
        requests.saveAndFlush(x);
    }

    private DataRequest require(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundProblem("employee.request.notFound", id));
    }

    private static RequestView view(DataRequest x, String nip, String name) {
        return new RequestView(x.getId(), nip, name, x.getKind(), x.getStatus(), x.getEducationLevel(), x.getInstitution(), x.getMajor(),
                x.getGraduationDate(), x.getTrainingKind(), x.getTrainingName(), x.getTrainingHours(), x.getTrainingEndDate(),
                x.getSubmittedAt(), x.getSubmittedBy(), x.getDecidedAt(), x.getDecidedBy(), x.getReason(), x.getVersion(),
                x.getTargetId(), x.getAwardName(), x.getAwardIssuer(), x.getAwardedOn(), x.getFamilyRelation(), x.getFamilyName(),
                x.getFamilyBirthDate());
    }

    private static Map<String, Object> snapshot(DataRequest x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", x.getKind());
        m.put("status", x.getStatus());
        if (x.getTargetId() != null) {
            m.put("corrects", x.getTargetId());
        }
        if (x.getKind() == Kind.AWARD) {
            m.put("name", x.getAwardName());
            m.put("issuer", x.getAwardIssuer());
            m.put("awardedOn", x.getAwardedOn() == null ? null : x.getAwardedOn().toString());
        } else if (x.getKind() == Kind.FAMILY) {
            m.put("relation", x.getFamilyRelation());
            m.put("name", x.getFamilyName());
            m.put("birthDate", x.getFamilyBirthDate() == null ? null : x.getFamilyBirthDate().toString());
        } else if (x.getKind() == Kind.EDUCATION) {
            m.put("level", x.getEducationLevel());
            m.put("institution", x.getInstitution());
            m.put("major", x.getMajor());
            m.put("graduationDate", x.getGraduationDate() == null ? null : x.getGraduationDate().toString());
        } else {
            m.put("trainingKind", x.getTrainingKind());
            m.put("name", x.getTrainingName());
            m.put("hours", x.getTrainingHours());
            m.put("endDate", x.getTrainingEndDate() == null ? null : x.getTrainingEndDate().toString());
        }
        if (x.getReason() != null) {
            m.put("reason", x.getReason());
        }
        return m;
    }

    private static void notAfter(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new BusinessProblem(field, "employee.request.error.future");
        }
    }

    private static String text(String field, String s, int max) {
        String t = s == null ? null : s.trim();
        if (t == null || t.isEmpty()) {
            return null;
        }
        if (t.length() > max) {
            throw new BusinessProblem(field, "employee.request.error.tooLong", max);
        }
        return t;
    }

    /** Only the content decides: PDF, JPEG or PNG by their signatures, at most 5 MB (as excuse evidence). */
    static String contentType(Evidence ev) {
        byte[] b = ev == null ? null : ev.content();
        if (b == null || b.length == 0) {
            throw new BusinessProblem("evidence", "employee.request.error.evidenceEmpty");
        }
        if (b.length > MAX_EVIDENCE_BYTES) {
            throw new BusinessProblem("evidence", "employee.request.error.evidenceTooLarge", MAX_EVIDENCE_BYTES / 1024 / 1024);
        }
        return EvidenceFiles.contentType(b).orElseThrow(() -> new BusinessProblem("evidence", "employee.request.error.evidenceType"));
    }

    private static String safeName(String name) {
        return EvidenceFiles.safeName(name, "bukti");
    }
}
