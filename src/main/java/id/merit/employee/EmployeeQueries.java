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
}
