package id.merit.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unscoped reads: lookups that do <b>not</b> check the current user's scope, for computations, imports, batch work and
 * for callers that already checked scope through {@link EmployeeQueries#get} or {@link EmployeeQueries#canView}.
 * Whatever a caller shows a user from here, it must have scope-checked first.
 */
public interface EmployeeDirectory {

    /** The employee with this NIP, if any. */
    Optional<EmployeeRef> ref(String nip);

    /** Every employee (batch computations such as yearly attendance). */
    List<EmployeeRef> allRefs();

    /** The employees with these ids (the ones a list shows, without loading everyone). */
    List<EmployeeRef> refs(Collection<Long> employeeIds);

    /** The employees of these OPDs (one OPD's recap without loading everyone). */
    List<EmployeeRef> refsInOpds(Collection<Long> opdIds);

    /**
     * A fingerprint of the registry rows of these OPDs' staff (their employee rows and position histories): it changes,
     * once committed, with any insert, update or delete of them — a transfer in or out included — so figures computed
     * from them can be kept until it does (one statement, read in the caller's snapshot).
     */
    String staffFingerprint(Collection<Long> opdIds);

    /** One employee's position history, newest first. */
    List<PositionRecord> positions(long employeeId);

    /** One employee's education, newest first. */
    List<EducationRecord> education(long employeeId);

    /** One employee's trainings, newest first. */
    List<TrainingRecord> trainings(long employeeId);

    /** One employee's awards, newest first. */
    List<AwardRecord> awards(long employeeId);

    /** One employee's family (spouse, children), oldest first. */
    List<FamilyRecord> family(long employeeId);

    /** {@link #positions} of these employees, by id (one query). */
    Map<Long, List<PositionRecord>> positionsOf(Collection<Long> employeeIds);

    /** {@link #education} of these employees, by id (one query). */
    Map<Long, List<EducationRecord>> educationOf(Collection<Long> employeeIds);

    /** The earliest position start per employee id (those with a position history). */
    Map<Long, LocalDate> firstPositionStarts();

    /** {@link #firstPositionStarts()} of these employees only. */
    Map<Long, LocalDate> firstPositionStarts(Collection<Long> employeeIds);

    /** The lesson hours (JP) of trainings ending in {@code year}, per employee id. */
    Map<Long, Integer> trainingHours(int year);

    /** The highest education level recorded per employee id (one query). */
    Map<Long, EducationRecord> highestEducation();

    /**
     * Per employee id, the position-history entry held on {@code day} — the one with the latest start on or before it
     * (one query). Employees without such an entry are absent.
     */
    Map<Long, PositionRecord> positionsHeldOn(LocalDate day);

    /**
     * Per employee id, the trainings ending on or before {@code to} that either end on or after {@code from} or are of
     * one of {@code anyTimeKinds} (counted whenever completed), newest first (one query).
     */
    Map<Long, List<TrainingRecord>> trainingsEndingBetween(LocalDate from, LocalDate to, Collection<TrainingKind> anyTimeKinds);

    /** The functional profession per employee id, for those that have one (one query). */
    Map<Long, FunctionalProfession> functionalProfessions();

    /** One employee's functional profession, if they have one (the single-employee form of {@link #functionalProfessions}). */
    Optional<FunctionalProfession> functionalProfession(long employeeId);

    /** The data completeness of every employee on {@code today} (DataCompleteness), by employee id (one query). */
    Map<Long, CompletenessFigure> completeness(LocalDate today);
}
