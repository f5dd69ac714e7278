package id.merit.attendance.domain.excuses;

import id.merit.attendance.AbsenceKind;
import id.merit.attendance.domain.DataVersion;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.EvidenceFiles;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The excuse workflow: an OPD head records an excuse (kind, dates, note, optional evidence) for their own staff;
 * BKPSDM (ADMIN, OFFICER) verifies or rejects it. Only VERIFIED excuses (and imported absences) excuse days: a
 * PENDING excuse is a claim nobody has checked yet, and counting it would let an excuse lift a sanction before
 * anyone has seen the evidence. Scope is checked here for every call, not only by hiding buttons.
 */
@Service
@Transactional(readOnly = true)
public class ExcuseService {
    private final Clock clock;

    public static final int MAX_EVIDENCE_BYTES = EvidenceFiles.MAX_BYTES;
    /** Longest excuse one can record in one go (a study assignment of up to two years). */
    static final int MAX_DAYS = 731;

    /** A new excuse; {@code evidence} may be null. */
    public record NewExcuse(String nip, AbsenceKind kind, LocalDate startDate, LocalDate endDate, String note, Evidence evidence) {
    }

    /** An uploaded evidence file. */
    public record Evidence(String filename, byte[] content) {
    }

    /** A downloaded evidence file with its checked content type. */
    public record EvidenceFile(String filename, String contentType, byte[] content) {
    }

    /** One excuse as listed. */
    public record ExcuseView(long id, String nip, String name, AbsenceKind kind, LocalDate startDate, LocalDate endDate, String note,
                             Excuse.Status status, String recordedBy, OffsetDateTime recordedAt, String decidedBy,
                             OffsetDateTime decidedAt, String decisionNote, String evidenceName, int version) {
    }

    private final ExcuseRepository excuses;
    private final ExcuseEvidenceRepository evidence;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final OpdQueries opds;
    private final DataVersion version;
    private final AuditLog audit;

    ExcuseService(ExcuseRepository excuses, ExcuseEvidenceRepository evidence, EmployeeQueries employees, EmployeeDirectory directory,
                  OpdQueries opds,
                  DataVersion version, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.excuses = excuses;
        this.evidence = evidence;
        this.employees = employees;
        this.directory = directory;
        this.opds = opds;
        this.version = version;
        this.audit = audit;
    }

    /** OPD heads for their own staff; ADMIN and OFFICER for anyone. Starts PENDING. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    public long record(NewExcuse n) {
        EmployeeRef e = directory.ref(n.nip()).orElseThrow(() -> new BusinessProblem("nip", "employee.error.notFound", n.nip()));
        if (!employees.canView(e)) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        if (CurrentUser.get().map(CurrentUser::nip).filter(e.nip()::equals).isPresent()) {
            throw new BusinessProblem("nip", "attendance.excuse.ownRecord");
        }
        if (n.endDate().isBefore(n.startDate())) {
            throw new BusinessProblem("endDate", "attendance.excuse.endBeforeStart");
        }
        if (ChronoUnit.DAYS.between(n.startDate(), n.endDate()) >= MAX_DAYS) {
            throw new BusinessProblem("endDate", "attendance.excuse.tooLong", MAX_DAYS);
        }
        String contentType = null;
        if (n.evidence() != null) {
            contentType = contentType(n.evidence());
        }
        Excuse x = new Excuse();
        x.setEmployeeId(e.id());
        x.setKind(n.kind());
        x.setStartDate(n.startDate());
        x.setEndDate(n.endDate());
        x.setNote(n.note() == null || n.note().isBlank() ? null : n.note().trim());
        x.setStatus(Excuse.Status.PENDING);
        x.setRecordedBy(CurrentUser.actorName());
        x.setRecordedAt(OffsetDateTime.now(clock));
        excuses.saveAndFlush(x);
        if (n.evidence() != null) {
            ExcuseEvidence ev = new ExcuseEvidence();
            ev.setExcuseId(x.getId());
            ev.setFilename(safeName(n.evidence().filename()));
            ev.setContentType(contentType);
            ev.setSizeBytes(n.evidence().content().length);
            ev.setContent(n.evidence().content());
            evidence.save(ev);
        }
        audit.changed(AuditAction.CREATE, "EXCUSE", String.valueOf(x.getId()), e.nip(), null, snapshot(x));
        return x.getId();
    }

    /** Only the content decides: PDF, JPEG or PNG by their signatures, at most 5 MB. */
    static String contentType(Evidence ev) {
        byte[] b = ev.content();
        if (b == null || b.length == 0) {
            throw new BusinessProblem("evidence", "attendance.excuse.evidenceEmpty");
        }
        if (b.length > MAX_EVIDENCE_BYTES) {
            throw new BusinessProblem("evidence", "attendance.excuse.evidenceTooLarge");
        }
        return EvidenceFiles.contentType(b).orElseThrow(() -> new BusinessProblem("evidence", "attendance.excuse.evidenceType"));
    }

    private static String safeName(String name) {
        return EvidenceFiles.safeName(name, "bukti");
    }

    /**
     * Excuses overlapping the year the current user may see, newest first; {@code status} null = all. The scope is
     * part of the query (an OPD head reads only their staff's excuses) and evidence files are read by name only:
     * their content (up to 5 MB each) is loaded only when one is downloaded.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    public List<ExcuseView> list(int year, Excuse.Status status) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        CurrentUser user = CurrentUser.require();
        List<Excuse> found;
        if (user.is(Role.ADMIN, Role.OFFICER, Role.REGENT)) {
            found = excuses.findOverlapping(from, to);
        } else {
            Long[] staff = visibleStaffIds(user);
            found = staff.length == 0 ? List.of() : excuses.findOverlapping(from, to, staff);
        }
        found = found.stream().filter(x -> status == null || x.getStatus() == status).toList();
        // the staff of the excuses shown only (loading all 100,000 refs per view held the CPUs under load, issue 7)
        Map<Long, EmployeeRef> refs = directory.refs(found.stream().map(Excuse::getEmployeeId).distinct().toList()).stream()
                .collect(Collectors.toMap(EmployeeRef::id, Function.identity()));
        Map<Long, String> names = evidence.findNames(from, to).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return found.stream()
                .filter(x -> refs.containsKey(x.getEmployeeId()))
                .map(x -> view(x, refs.get(x.getEmployeeId()), names.get(x.getId())))
                .toList();
    }

    /**
     * How many rows {@link #list} shows for the year and status, counted by the database: every excuse for BKPSDM and
     * the regent, an OPD head's staff's only (the landing page's work queue).
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    public long count(int year, Excuse.Status status) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        CurrentUser user = CurrentUser.require();
        if (user.is(Role.ADMIN, Role.OFFICER, Role.REGENT)) {
            return excuses.countOverlapping(from, to, status);
        }
        Long[] staff = visibleStaffIds(user);
        return staff.length == 0 ? 0 : excuses.countOverlapping(from, to, status.name(), staff);
    }

    /** This year in the instance's zone. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * The ids of the staff a user whose scope is not everyone may see, resolved once for a whole list
     * (EmployeeQueries.canView would look up an OPD head's sub-units for every row): an OPD head their OPD and its
     * sub-units, an employee themself, anyone else (BKPSDM and the regent are not asked) no one.
     */
    private Long[] visibleStaffIds(CurrentUser user) {
        List<EmployeeRef> staff = switch (user.role()) {
            case OPD_HEAD -> user.opdCode() == null ? List.of() : directory.refsInOpds(opds.subtreeIds(user.opdCode()));
            case EMPLOYEE -> user.nip() == null ? List.of() : directory.ref(user.nip()).stream().toList();
            case ADMIN, OFFICER, REGENT, ASSESSOR -> List.of();
        };
        return staff.stream().map(EmployeeRef::id).toArray(Long[]::new);
    }

    /** ADMIN and OFFICER decide a PENDING excuse; a stale version (someone decided in between) is refused. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void decide(long id, boolean verify, String note, int expectedVersion) {
        Excuse x = excuses.findById(id).orElseThrow(() -> new NotFoundProblem("attendance.excuse.notFound", id));
        if (x.getVersion() != expectedVersion) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        if (x.getStatus() != Excuse.Status.PENDING) {
            throw new BusinessProblem(null, "attendance.excuse.alreadyDecided");
        }
        if (CurrentUser.actorName().equalsIgnoreCase(x.getRecordedBy())) {
            // separation of duties: whoever records an excuse does not also verify it
            throw new BusinessProblem(null, "attendance.excuse.selfDecision");
        }
        Map<String, Object> before = snapshot(x);
        x.setStatus(verify ? Excuse.Status.VERIFIED : Excuse.Status.REJECTED);
        x.setDecidedBy(CurrentUser.actorName());
        x.setDecidedAt(OffsetDateTime.now(clock));
        x.setDecisionNote(note == null || note.isBlank() ? null : note.trim());
        excuses.saveAndFlush(x);
        version.bump();
        audit.changed(AuditAction.UPDATE, "EXCUSE", String.valueOf(id), employee(x).nip(), before, snapshot(x));
    }

    /** The evidence file, for those who may see the excuse's employee. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public EvidenceFile evidence(long id) {
        Excuse x = excuses.findById(id).orElseThrow(() -> new NotFoundProblem("attendance.excuse.notFound", id));
        if (!employees.canView(employee(x))) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        ExcuseEvidence ev = evidence.findById(id).orElseThrow(() -> new NotFoundProblem("attendance.excuse.noEvidence", id));
        audit.viewed("EXCUSE", String.valueOf(id));
        return new EvidenceFile(ev.getFilename(), ev.getContentType(), ev.getContent());
    }

    /** The excuse's employee (EmployeeDirectory looks staff up by NIP; excuses keep the id). */
    private EmployeeRef employee(Excuse x) {
        return directory.refs(List.of(x.getEmployeeId())).stream().findFirst()
                .orElseThrow(() -> new NotFoundProblem("attendance.excuse.notFound", x.getId()));
    }

    /** Whether the current user may decide excuses (for the page). */
    public static boolean canDecide() {
        return CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)).orElse(false);
    }

    private static ExcuseView view(Excuse x, EmployeeRef e, String evidenceName) {
        return new ExcuseView(x.getId(), e.nip(), e.name(), x.getKind(), x.getStartDate(), x.getEndDate(), x.getNote(), x.getStatus(),
                x.getRecordedBy(), x.getRecordedAt(), x.getDecidedBy(), x.getDecidedAt(), x.getDecisionNote(), evidenceName, x.getVersion());
    }

    private static Map<String, Object> snapshot(Excuse x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", x.getKind().name());
        m.put("startDate", x.getStartDate().toString());
        m.put("endDate", x.getEndDate().toString());
        m.put("note", x.getNote());
        m.put("status", x.getStatus().name().toLowerCase(Locale.ROOT));
        m.put("decisionNote", x.getDecisionNote());
        return m;
    }
}
