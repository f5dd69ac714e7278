package id.merit.attendance.domain.excuses;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExcuseRepository extends JpaRepository<Excuse, Long> {
    @Query("select e from Excuse e where e.endDate >= ?1 and e.startDate <= ?2 order by e.recordedAt desc")
    List<Excuse> findOverlapping(LocalDate from, LocalDate to);

    /** The same for some staff only (an OPD head's): one array parameter, however many staff. */
    @Query(value = "SELECT * FROM attendance.excuse WHERE end_date >= ?1 AND start_date <= ?2 AND employee_id = ANY(?3) "
            + "ORDER BY recorded_at DESC", nativeQuery = true)
    List<Excuse> findOverlapping(LocalDate from, LocalDate to, Long[] employeeIds);

    /** How many of {@link #findOverlapping(LocalDate, LocalDate)} have the status. */
    @Query("select count(e) from Excuse e where e.endDate >= ?1 and e.startDate <= ?2 and e.status = ?3")
    long countOverlapping(LocalDate from, LocalDate to, Excuse.Status status);

    /** The same for some staff only. */
    @Query(value = "SELECT count(*) FROM attendance.excuse WHERE end_date >= ?1 AND start_date <= ?2 AND status = ?3 "
            + "AND employee_id = ANY(?4)", nativeQuery = true)
    long countOverlapping(LocalDate from, LocalDate to, String status, Long[] employeeIds);
}

interface ExcuseEvidenceRepository extends JpaRepository<ExcuseEvidence, Long> {

    /** Excuse id and evidence file name for the excuses overlapping the dates — never the file content. */
    @Query("select v.excuseId, v.filename from ExcuseEvidence v, Excuse e where v.excuseId = e.id and e.endDate >= ?1 and e.startDate <= ?2")
    List<Object[]> findNames(LocalDate from, LocalDate to);
}
