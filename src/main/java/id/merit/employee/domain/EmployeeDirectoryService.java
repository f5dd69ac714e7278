package id.merit.employee.domain;

import id.merit.employee.AwardRecord;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unscoped reads ({@link EmployeeDirectory}): no scope checks here, by design; callers check scope first. */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectoryService implements EmployeeDirectory {
    private final EmployeeRepository employees;
    private final PositionHistoryRepository positions;
    private final EducationRepository educations;
    private final TrainingRepository trainings;
    private final AwardRepository awards;
    private final FamilyMemberRepository family;
    private final OpdQueries opds;
    private final EmployeeYearReads yearReads;

    EmployeeDirectoryService(EmployeeRepository employees, PositionHistoryRepository positions, EducationRepository educations,
                             TrainingRepository trainings, AwardRepository awards, OpdQueries opds, EmployeeYearReads yearReads,
                             FamilyMemberRepository family) {
        this.family = family;
        this.employees = employees;
        this.positions = positions;
        this.educations = educations;
        this.trainings = trainings;
        this.awards = awards;
        this.opds = opds;
        this.yearReads = yearReads;
    }

    @Override
    public Optional<EmployeeRef> ref(String nip) {
        return employees.findByNip(nip).map(EmployeeRecords::ref);
    }

    @Override
    public List<EmployeeRef> allRefs() {
        return employees.findAllRefs();
    }

    @Override
    public List<EmployeeRef> refs(Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? List.of() : employees.findRefsByIdIn(employeeIds);
    }

    @Override
    public List<EmployeeRef> refsInOpds(Collection<Long> opdIds) {
        return opdIds.isEmpty() ? List.of() : employees.findRefsInOpds(opdIds);
    }

    @Override
    public List<PositionRecord> positions(long employeeId) {
        Map<Long, OpdView> opdMap = EmployeeRecords.opdMap(opds);
        return positions.findByEmployeeIdOrderByStartDateDesc(employeeId).stream().map(p -> EmployeeRecords.position(p, opdMap)).toList();
    }

    @Override
    public List<EducationRecord> education(long employeeId) {
        return educations.findByEmployeeIdOrderByGraduationDateDesc(employeeId).stream().map(EmployeeRecords::education).toList();
    }

    @Override
    public List<TrainingRecord> trainings(long employeeId) {
        return trainings.findByEmployeeIdOrderByEndDateDesc(employeeId).stream()
                .map(t -> new TrainingRecord(t.getKind(), t.getName(), t.getHours(), t.getEndDate())).toList();
    }

    @Override
    public List<id.merit.employee.FamilyRecord> family(long employeeId) {
        return family.findByEmployeeIdOrderByBirthDateAsc(employeeId).stream()
                .map(f -> new id.merit.employee.FamilyRecord(f.getRelation(), f.getName(), f.getBirthDate())).toList();
    }

    @Override
    public List<AwardRecord> awards(long employeeId) {
        return awards.findByEmployeeIdOrderByAwardedOnDesc(employeeId).stream()
                .map(a -> new AwardRecord(a.getName(), a.getIssuer(), a.getAwardedOn())).toList();
    }

    /**
     * Above this many ids a batch read takes the whole table in one query and keeps the ids asked for: an IN list of
     * tens of thousands of bind parameters breaks the driver's limit (32,767), and the set-based eligibility of every PNS
     * asks for most of the registry anyway.
     */
    static final int WHOLE_TABLE_ABOVE = 10_000;

    private static <T> List<T> onlyOf(List<T> rows, Collection<Long> employeeIds, java.util.function.Function<T, Long> employeeId) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(employeeIds);
        return rows.stream().filter(r -> wanted.contains(employeeId.apply(r))).toList();
    }

    @Override
    public Map<Long, List<PositionRecord>> positionsOf(Collection<Long> employeeIds) {
        Map<Long, OpdView> opdMap = EmployeeRecords.opdMap(opds);
        if (employeeIds.size() > WHOLE_TABLE_ABOVE) {
            return yearReads.positionsOf(new java.util.HashSet<>(employeeIds), opdMap);
        }
        return positions.findByEmployeeIdInOrderByStartDateDesc(employeeIds).stream().collect(Collectors.groupingBy(
                PositionHistory::getEmployeeId, Collectors.mapping(p -> EmployeeRecords.position(p, opdMap), Collectors.toList())));
    }

    @Override
    public Map<Long, List<EducationRecord>> educationOf(Collection<Long> employeeIds) {
        return (employeeIds.size() > WHOLE_TABLE_ABOVE ? onlyOf(educations.findAllByOrderByGraduationDateDesc(), employeeIds, Education::getEmployeeId)
                : educations.findByEmployeeIdInOrderByGraduationDateDesc(employeeIds)).stream().collect(Collectors.groupingBy(
                Education::getEmployeeId, Collectors.mapping(EmployeeRecords::education, Collectors.toList())));
    }

    @Override
    public Map<Long, LocalDate> firstPositionStarts() {
        return firstStarts(positions.findFirstStarts());
    }

    @Override
    public Map<Long, LocalDate> firstPositionStarts(Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? Map.of() : firstStarts(positions.findFirstStarts(employeeIds));
    }

    private static Map<Long, LocalDate> firstStarts(List<Object[]> rows) {
        Map<Long, LocalDate> m = new HashMap<>();
        for (Object[] row : rows) {
            m.put((Long) row[0], (LocalDate) row[1]);
        }
        return m;
    }

    @Override
    public Map<Long, Integer> trainingHours(int year) {
        Map<Long, Integer> hours = new HashMap<>();
        for (Object[] row : trainings.sumHours(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            hours.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return hours;
    }

    @Override
    public Map<Long, EducationRecord> highestEducation() {
        return yearReads.highestEducation();
    }

    @Override
    public String staffFingerprint(Collection<Long> opdIds) {
        return yearReads.staffFingerprint(opdIds);
    }

    @Override
    public Map<Long, PositionRecord> positionsHeldOn(LocalDate day) {
        return yearReads.positionsHeldOn(day);
    }

    @Override
    public Map<Long, List<TrainingRecord>> trainingsEndingBetween(LocalDate from, LocalDate to, Collection<TrainingKind> anyTimeKinds) {
        return yearReads.trainingsEndingBetween(from, to, anyTimeKinds);
    }

    @Override
    public Map<Long, FunctionalProfession> functionalProfessions() {
        return yearReads.functionalProfessions();
    }

    @Override
    public java.util.Optional<FunctionalProfession> functionalProfession(long employeeId) {
        return yearReads.functionalProfession(employeeId);
    }

    @Override
    public Map<Long, id.merit.employee.CompletenessFigure> completeness(java.time.LocalDate today) {
        return yearReads.completeness(today);
    }
}
