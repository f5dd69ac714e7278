package id.merit.discipline.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.discipline.PunishmentSource;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.shared.BusinessProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of imposed punishments: read by other modules, written by decisions and by the import. */
@Service
@Transactional(readOnly = true)
public class PunishmentService implements PunishmentQueries {
    private final org.springframework.context.ApplicationEventPublisher events;

    static final String AUDIT_TYPE = "PUNISHMENT";
    private final PunishmentRepository repository;
    private final EmployeeDirectory employees;
    private final AuditLog audit;
    private final DisciplineClock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** What a write did; imports count UNCHANGED rows as duplicates. */
    enum Written { CREATED, UPDATED, UNCHANGED }

    PunishmentService(PunishmentRepository repository, EmployeeDirectory employees, AuditLog audit, DisciplineClock clock,
                      org.springframework.jdbc.core.JdbcTemplate jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.repository = repository;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<PunishmentRecord> forEmployee(String nip) {
        return employees.ref(nip)
                .map(e -> repository.findByEmployeeIdOrderByDecisionDateDescIdDesc(e.id()).stream().map(p -> record(p, e.nip())).toList())
                .orElse(List.of());
    }

    @Override
    public List<PunishmentRecord> decidedBetween(LocalDate from, LocalDate to) {
        return jdbc.query(SELECT_RECORDS + " WHERE p.decision_date BETWEEN ? AND ? ORDER BY p.decision_date DESC, p.id DESC",
                PunishmentService::row, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
    }

    @Override
    public java.util.Map<String, List<PunishmentRecord>> forEmployees(java.util.Collection<String> nips) {
        return jdbc.query(SELECT_RECORDS + " WHERE e.nip = ANY(?) ORDER BY p.decision_date DESC, p.id DESC", PunishmentService::row,
                (Object) nips.toArray(String[]::new)).stream().collect(java.util.stream.Collectors.groupingBy(PunishmentRecord::nip));
    }

    private static final String SELECT_RECORDS = """
            SELECT p.id, e.nip, p.level, p.kind, p.months, p.decision_date, p.effective_date, p.end_date, p.source, p.decision_number
              FROM discipline.punishment p JOIN employee.employee e ON e.id = p.employee_id
            """;

    private static PunishmentRecord row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new PunishmentRecord(rs.getLong(1), rs.getString(2), id.merit.discipline.PunishmentLevel.valueOf(rs.getString(3)),
                id.merit.discipline.PunishmentKind.valueOf(rs.getString(4)), (Integer) rs.getObject(5), rs.getDate(6).toLocalDate(),
                rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(),
                PunishmentSource.valueOf(rs.getString(9)), rs.getString(10));
    }

    /** The punishment a case's decision created, if any. */
    Optional<Punishment> ofCase(long caseId) {
        return repository.findByCaseId(caseId);
    }

    /** Creates or updates one imported row (by key); a record decided in Merit is not overwritten by an import. */
    @Transactional
    Written upsertImported(EmployeeRef employee, PunishmentRow row) {
        Optional<Punishment> existing = repository.findByEmployeeIdAndDecisionDateAndKind(employee.id(), row.decisionDate(), row.kind());
        Punishment p = existing.orElseGet(Punishment::new);
        Map<String, Object> before = existing.map(Punishment::snapshot).orElse(null);
        if (existing.isPresent() && p.getSource() == PunishmentSource.DECISION) {
            if (Objects.equals(p.getEffectiveDate(), row.effectiveDate()) && Objects.equals(p.getEndDate(), row.endDate())) {
                return Written.UNCHANGED;
            }
            throw new BusinessProblem("kind", PunishmentRowParser.PREFIX + "decidedInMerit", String.valueOf(p.getCaseId()));
        }
        if (existing.isEmpty()) {
            p.setEmployeeId(employee.id());
            p.setOpdId(employee.opdId());
            p.setSource(PunishmentSource.IMPORT);
        }
        p.setLevel(row.level());
        p.setKind(row.kind());
        p.setMonths(row.months());
        p.setDecisionDate(row.decisionDate());
        p.setEffectiveDate(row.effectiveDate());
        p.setEndDate(row.endDate());
        Map<String, Object> after = p.snapshot();
        if (after.equals(before)) {
            return Written.UNCHANGED;
        }
        p.setUpdatedAt(clock.now());
        repository.save(p);
        audit.changed(before == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_TYPE, key(employee.nip(), row.decisionDate(),
                row.kind().name()), "import", before, after);
        return before == null ? Written.CREATED : Written.UPDATED;
    }

    /** Records the punishment a case decided (not yet effective: the dates follow on delivery). */
    @Transactional
    Punishment recordDecision(long employeeId, long opdId, String nip, Sanction sanction, LocalDate decisionDate, String number, long caseId) {
        if (repository.findByEmployeeIdAndDecisionDateAndKind(employeeId, decisionDate, sanction.kind()).isPresent()) {
            throw new BusinessProblem("decisionDate", "discipline.decision.error.duplicate");
        }
        Punishment p = new Punishment();
        p.setEmployeeId(employeeId);
        p.setOpdId(opdId);
        p.setLevel(sanction.level());
        p.setKind(sanction.kind());
        p.setMonths(sanction.months());
        p.setDecisionDate(decisionDate);
        p.setDecisionNumber(number);
        p.setSource(PunishmentSource.DECISION);
        p.setCaseId(caseId);
        p.setUpdatedAt(clock.now());
        repository.saveAndFlush(p);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, key(nip, decisionDate, sanction.kind().name()), number, null, p.snapshot());
        events.publishEvent(new id.merit.shared.StaffRecordsChanged(nip));
        return p;
    }

    /** Sets the dates that follow from the delivery of a case's decision. */
    @Transactional
    void recordDelivery(long caseId, String nip, LocalDate effective, LocalDate end) {
        updateOfCase(caseId, nip, p -> {
            p.setEffectiveDate(effective);
            p.setEndDate(end);
        });
    }

    /**
     * The answer to an objection against a case's decision: the punishment (confirmed, lighter or heavier) and the dates
     * counted from the receipt of the answer (PP 94/2021 Pasal 38 ayat (2)).
     */
    @Transactional
    void recordObjectionOutcome(long caseId, String nip, Sanction sanction, LocalDate effective, LocalDate end) {
        updateOfCase(caseId, nip, p -> {
            p.setLevel(sanction.level());
            p.setKind(sanction.kind());
            p.setMonths(sanction.months());
            p.setEffectiveDate(effective);
            p.setEndDate(end);
        });
    }

    private void updateOfCase(long caseId, String nip, java.util.function.Consumer<Punishment> change) {
        Punishment p = repository.findByCaseId(caseId).orElseThrow(() -> new IllegalStateException("no punishment for case " + caseId));
        Map<String, Object> before = p.snapshot();
        change.accept(p);
        p.setUpdatedAt(clock.now());
        repository.save(p);
        events.publishEvent(new id.merit.shared.StaffRecordsChanged(nip));
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, key(nip, p.getDecisionDate(), p.getKind().name()), p.getDecisionNumber(), before,
                p.snapshot());
    }

    /** An objection annulled the decision of a case: its punishment leaves the register (the case keeps the history). */
    @Transactional
    void annul(long caseId, String nip, String objectionNumber) {
        repository.findByCaseId(caseId).ifPresent(p -> {
            audit.changed(AuditAction.DELETE, AUDIT_TYPE, key(nip, p.getDecisionDate(), p.getKind().name()), objectionNumber, p.snapshot(),
                    null);
            repository.delete(p);
        });
    }

    static PunishmentRecord record(Punishment p, String nip) {
        return new PunishmentRecord(p.getId(), nip, p.getLevel(), p.getKind(), p.getMonths(), p.getDecisionDate(), p.getEffectiveDate(),
                p.getEndDate(), p.getSource(), p.getDecisionNumber());
    }

    private static String key(String nip, LocalDate decisionDate, String kind) {
        return nip + "/" + decisionDate + "/" + kind;
    }
}
