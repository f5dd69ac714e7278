package id.merit.employee;

import id.merit.shared.PagedResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask about staff. Methods marked "scoped" apply the current user's role and OPD scope. */
public interface EmployeeQueries {

    /** Scoped: the employee, or NotFoundProblem / AccessDeniedProblem. Logs the view in the audit trail. */
    EmployeeView get(String nip);

    /** Scoped search; {@code sort} is one of name, nip, type, rank, opd (prefix '-' for descending). */
    PagedResult<EmployeeView> search(EmployeeFilter filter, String sort, int page, int size);

    /** Internal lookup without scope checks, for computations and imports. */
    Optional<EmployeeRef> ref(String nip);

    List<PositionRecord> positions(long employeeId);

    List<EducationRecord> education(long employeeId);

    /** Internal lookup without scope checks: {@link #positions} of these employees, by id (one query). */
    Map<Long, List<PositionRecord>> positionsOf(java.util.Collection<Long> employeeIds);

    /** Internal lookup without scope checks: {@link #education} of these employees, by id (one query). */
    Map<Long, List<EducationRecord>> educationOf(java.util.Collection<Long> employeeIds);

    List<TrainingRecord> trainings(long employeeId);

    List<AwardRecord> awards(long employeeId);

    /** Whether the current user may see this employee (role and OPD scope). */
    boolean canView(EmployeeRef employee);

    /** Internal lookup without scope checks: every employee (batch computations such as yearly attendance). */
    List<EmployeeRef> allRefs();

    /** Internal lookup without scope checks: the earliest position start per employee id (those with a position history). */
    Map<Long, LocalDate> firstPositionStarts();

    /** Internal lookup without scope checks: the employees of these OPDs (one OPD's recap without loading everyone). */
    List<EmployeeRef> refsInOpds(java.util.Collection<Long> opdIds);

    /** Internal lookup without scope checks: {@link #firstPositionStarts()} of these employees only. */
    Map<Long, LocalDate> firstPositionStarts(java.util.Collection<Long> employeeIds);

    /** Internal lookup without scope checks: the lesson hours (JP) of trainings ending in {@code year}, per employee id. */
    Map<Long, Integer> trainingHours(int year);

    /** Internal lookup without scope checks: the highest education level recorded per employee id (one query). */
    Map<Long, EducationRecord> highestEducation();

    /**
     * Internal lookup without scope checks: per employee id, the position-history entry held on {@code day} — the one
     * with the latest start on or before it (one query). Employees without such an entry are absent.
     */
    Map<Long, PositionRecord> positionsHeldOn(LocalDate day);

    /**
     * Internal lookup without scope checks: per employee id, the trainings ending on or before {@code to} that either end
     * on or after {@code from} or are of one of {@code anyTimeKinds} (counted whenever completed), newest first (one query).
     */
    Map<Long, List<TrainingRecord>> trainingsEndingBetween(LocalDate from, LocalDate to, java.util.Collection<TrainingKind> anyTimeKinds);

    /** Internal lookup without scope checks: the functional profession per employee id, for those that have one (one query). */
    Map<Long, FunctionalProfession> functionalProfessions();

    /**
     * Internal lookup without scope checks: the data completeness of every employee on {@code today}
     * (DataCompleteness), by employee id (one query).
     */
    Map<Long, CompletenessFigure> completeness(LocalDate today);
}
