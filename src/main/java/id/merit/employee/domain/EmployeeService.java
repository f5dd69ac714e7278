package id.merit.employee.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.AwardRecord;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeView;
import id.merit.employee.Outcome;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Geo;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.SearchText;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import id.merit.employee.EmployeeMoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class EmployeeService implements EmployeeQueries, EmployeeCommands {
    private final Clock clock;

    public static final String AUDIT_TYPE = "EMPLOYEE";
    private final EmployeeRepository employees;
    private final PositionHistoryRepository positions;
    private final EducationRepository educations;
    private final TrainingRepository trainings;
    private final AwardRepository awards;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final EmployeeBulkLoader bulk;
    private final EmployeeBulkUpsert bulkUpsert;
    private final ApplicationEventPublisher events;
    private final EmployeeYearReads yearReads;

    EmployeeService(EmployeeRepository employees, PositionHistoryRepository positions, EducationRepository educations,
                    TrainingRepository trainings, AwardRepository awards, OpdQueries opds, AuditLog audit,
                    EmployeeBulkLoader bulk, EmployeeBulkUpsert bulkUpsert, ApplicationEventPublisher events,
                    EmployeeYearReads yearReads, Clock clock) {
        this.clock = clock;
        this.yearReads = yearReads;
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

    // ---------------------------------------------------------------- queries

    @Override
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public EmployeeView get(String nip) {
        Employee e = employees.findByNip(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        if (!EmployeeScope.of(opds).covers(e.getNip(), e.getOpdId())) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        audit.viewed(AUDIT_TYPE, e.getNip());
        return view(e, opdMap());
    }

    @Override
    public PagedResult<EmployeeView> search(EmployeeFilter filter, String sort, int page, int size) {
        Page<Employee> result = employees.findAll(spec(filter, EmployeeScope.of(opds), sort),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), sortOf(sort)));
        Map<Long, OpdView> opdMap = opdMap();
        return PagedResult.of(result, e -> view(e, opdMap));
    }

    /** Every matching employee (for exports), in the same order as {@link #search}. */
    public List<EmployeeView> searchAll(EmployeeFilter filter, String sort) {
        Map<Long, OpdView> opdMap = opdMap();
        return employees.findAll(spec(filter, EmployeeScope.of(opds), sort), sortOf(sort)).stream().map(e -> view(e, opdMap)).toList();
    }

    @Override
    public Optional<EmployeeRef> ref(String nip) {
        return employees.findByNip(nip).map(e -> new EmployeeRef(e.getId(), e.getNip(), e.getName(), e.getEmployeeType(),
                e.getOpdId(), e.getPositionKind(), e.getBirthDate()));
    }

    @Override
    public List<EmployeeRef> allRefs() {
        return employees.findAllRefs();
    }

    @Override
    public List<EmployeeRef> refsInOpds(java.util.Collection<Long> opdIds) {
        return opdIds.isEmpty() ? List.of() : employees.findRefsInOpds(opdIds);
    }

    @Override
    public Map<Long, java.time.LocalDate> firstPositionStarts(java.util.Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? Map.of() : firstStarts(positions.findFirstStarts(employeeIds));
    }

    @Override
    public Map<Long, java.time.LocalDate> firstPositionStarts() {
        return firstStarts(positions.findFirstStarts());
    }

    private static Map<Long, java.time.LocalDate> firstStarts(List<Object[]> rows) {
        Map<Long, java.time.LocalDate> m = new java.util.HashMap<>();
        for (Object[] row : rows) {
            m.put((Long) row[0], (java.time.LocalDate) row[1]);
        }
        return m;
    }

    @Override
    public Map<Long, EducationRecord> highestEducation() {
        return yearReads.highestEducation();
    }

    @Override
    public Map<Long, PositionRecord> positionsHeldOn(java.time.LocalDate day) {
        return yearReads.positionsHeldOn(day);
    }

    @Override
    public Map<Long, List<TrainingRecord>> trainingsEndingBetween(java.time.LocalDate from, java.time.LocalDate to,
                                                                  java.util.Collection<id.merit.employee.TrainingKind> anyTimeKinds) {
        return yearReads.trainingsEndingBetween(from, to, anyTimeKinds);
    }

    @Override
    public Map<Long, id.merit.employee.FunctionalProfession> functionalProfessions() {
        return yearReads.functionalProfessions();
    }

    @Override
    public Map<Long, id.merit.employee.CompletenessFigure> completeness(java.time.LocalDate today) {
        return yearReads.completeness(today);
    }

    @Override
    public boolean canView(EmployeeRef employee) {
        return EmployeeScope.of(opds).covers(employee.nip(), employee.opdId());
    }

    @Override
    public List<PositionRecord> positions(long employeeId) {
        Map<Long, OpdView> opdMap = opdMap();
        return positions.findByEmployeeIdOrderByStartDateDesc(employeeId).stream().map(p -> positionRecord(p, opdMap)).toList();
    }

    @Override
    public Map<Long, List<PositionRecord>> positionsOf(java.util.Collection<Long> employeeIds) {
        Map<Long, OpdView> opdMap = opdMap();
        return positions.findByEmployeeIdInOrderByStartDateDesc(employeeIds).stream().collect(java.util.stream.Collectors.groupingBy(
                PositionHistory::getEmployeeId, java.util.stream.Collectors.mapping(p -> positionRecord(p, opdMap), java.util.stream.Collectors.toList())));
    }

    private static PositionRecord positionRecord(PositionHistory p, Map<Long, OpdView> opdMap) {
        return new PositionRecord(p.getPositionName(), p.getPositionKind(), p.getPositionLevel(),
                Optional.ofNullable(opdMap.get(p.getOpdId())).map(OpdView::code).orElse(null), p.getStartDate(), p.getEndDate(),
                p.getPostCode());
    }

    @Override
    public List<EducationRecord> education(long employeeId) {
        return educations.findByEmployeeIdOrderByGraduationDateDesc(employeeId).stream().map(EmployeeService::educationRecord).toList();
    }

    @Override
    public Map<Long, List<EducationRecord>> educationOf(java.util.Collection<Long> employeeIds) {
        return educations.findByEmployeeIdInOrderByGraduationDateDesc(employeeIds).stream().collect(java.util.stream.Collectors.groupingBy(
                Education::getEmployeeId, java.util.stream.Collectors.mapping(EmployeeService::educationRecord, java.util.stream.Collectors.toList())));
    }

    private static EducationRecord educationRecord(Education x) {
        return new EducationRecord(x.getLevel(), x.getInstitution(), x.getMajor(), x.getGraduationDate());
    }

    @Override
    public List<TrainingRecord> trainings(long employeeId) {
        return trainings.findByEmployeeIdOrderByEndDateDesc(employeeId).stream()
                .map(t -> new TrainingRecord(t.getKind(), t.getName(), t.getHours(), t.getEndDate())).toList();
    }

    @Override
    public Map<Long, Integer> trainingHours(int year) {
        Map<Long, Integer> hours = new java.util.HashMap<>();
        for (Object[] row : trainings.sumHours(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31))) {
            hours.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return hours;
    }

    @Override
    public List<AwardRecord> awards(long employeeId) {
        return awards.findByEmployeeIdOrderByAwardedOnDesc(employeeId).stream()
                .map(a -> new AwardRecord(a.getName(), a.getIssuer(), a.getAwardedOn())).toList();
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
        Map<String, Object> before = existing.map(EmployeeService::educationMap).orElse(null);
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
        Map<String, Object> before = existing.map(EmployeeService::trainingMap).orElse(null);
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
        Map<String, Object> before = existing.map(EmployeeService::awardMap).orElse(null);
        row.setEmployeeId(e.getId());
        row.setName(r.name());
        row.setIssuer(r.issuer());
        row.setAwardedOn(r.awardedOn());
        return saveChild(nip, "award", before, awardMap(row), () -> awards.save(row));
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

    private Map<Long, OpdView> opdMap() {
        return opds.tree().stream().collect(Collectors.toMap(OpdView::id, Function.identity()));
    }

    static EmployeeView view(Employee e, Map<Long, OpdView> opdMap) {
        OpdView opd = opdMap.get(e.getOpdId());
        Double distance = null;
        if (opd != null && opd.hasCoordinates() && e.getHomeLat() != null && e.getHomeLon() != null) {
            distance = Math.round(Geo.distanceKm(e.getHomeLat().doubleValue(), e.getHomeLon().doubleValue(),
                    opd.latitude().doubleValue(), opd.longitude().doubleValue()) * 10) / 10.0;
        }
        return new EmployeeView(e.getId(), e.getNip(), e.getName(), e.getGender(), e.getBirthDate(), e.getEmployeeType(),
                e.getOpdId(), opd == null ? null : opd.code(), opd == null ? null : opd.name(), e.getRank(), e.getPositionName(),
                e.getPositionKind(), e.getPositionLevel(), e.getFunctionalProfession(), e.getHomeLat(), e.getHomeLon(), distance,
                e.getPhone(), e.getEmail(), e.getVersion());
    }

    /**
     * The OPD filter includes the OPD's sub-units. Sorting by OPD orders by the OPD's name (then the employee's name and
     * NIP): OPDs live in another module, so their names come in as a ranked CASE over the OPD ids rather than a join.
     */
    private Specification<Employee> spec(EmployeeFilter f, EmployeeScope scope, String sort) {
        java.util.Set<Long> opdFilter = f.opdCode() == null || f.opdCode().isBlank() ? null : opds.subtreeIds(f.opdCode());
        Boolean byOpdDescending = "opd".equals(sort) ? Boolean.FALSE : "-opd".equals(sort) ? Boolean.TRUE : null;
        List<Long> opdsByName = byOpdDescending == null ? List.of() : opds.tree().stream()
                .sorted(Comparator.comparing(OpdView::name, String.CASE_INSENSITIVE_ORDER).thenComparing(OpdView::code))
                .map(OpdView::id).toList();
        return (root, query, cb) -> {
            if (byOpdDescending != null && query.getResultType() != Long.class) {
                CriteriaBuilder.SimpleCase<Long, Integer> rank = cb.selectCase(root.get("opdId"));
                for (int i = 0; i < opdsByName.size(); i++) {
                    rank.when(opdsByName.get(i), i);
                }
                Expression<Integer> opdRank = rank.otherwise(Integer.MAX_VALUE);
                query.orderBy(byOpdDescending ? cb.desc(opdRank) : cb.asc(opdRank), cb.asc(cb.lower(root.get("name"))), cb.asc(root.get("nip")));
            }
            List<Predicate> ps = new ArrayList<>();
            if (!scope.all()) {
                List<Predicate> any = new ArrayList<>();
                if (scope.opdIds() != null && !scope.opdIds().isEmpty()) {
                    any.add(root.get("opdId").in(scope.opdIds()));
                }
                if (scope.ownNip() != null) {
                    any.add(cb.equal(root.get("nip"), scope.ownNip()));
                }
                ps.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
            }
            if (SearchText.normalize(f.q()) != null) {
                String q = SearchText.normalize(f.q()).toLowerCase();
                ps.add(cb.or(cb.like(cb.lower(root.get("name")), "%" + escape(q) + "%", '\\'), cb.like(root.get("nip"), escape(q) + "%", '\\')));
            }
            if (opdFilter != null) {
                ps.add(opdFilter.isEmpty() ? cb.disjunction() : root.get("opdId").in(opdFilter));
            }
            if (f.type() != null) {
                ps.add(cb.equal(root.get("employeeType"), f.type()));
            }
            if (f.rank() != null && !f.rank().isBlank()) {
                ps.add(cb.equal(root.get("rank"), f.rank()));
            }
            if (f.positionKind() != null) {
                ps.add(cb.equal(root.get("positionKind"), f.positionKind()));
            }
            return cb.and(ps.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The sort of the page request; unsorted for the OPD order, which {@link #spec} sets. */
    private static Sort sortOf(String sort) {
        String s = sort == null || sort.isBlank() ? "name" : sort;
        boolean desc = s.startsWith("-");
        String key = desc ? s.substring(1) : s;
        if (key.equals("opd")) {
            return Sort.unsorted();
        }
        String property = switch (key) {
            case "nip" -> "nip";
            case "type" -> "employeeType";
            case "rank" -> "rank";
            case "position" -> "positionName";
            default -> "name";
        };
        Sort primary = Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, property);
        return primary.and(Sort.by("nip"));
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

    private static Map<String, Object> awardMap(Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.getName());
        m.put("issuer", a.getIssuer());
        m.put("awardedOn", a.getAwardedOn().toString());
        return m;
    }
}
