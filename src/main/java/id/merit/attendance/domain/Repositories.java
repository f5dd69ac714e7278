package id.merit.attendance.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {
    List<Holiday> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);
}

interface ExcuseRepository extends JpaRepository<Excuse, Long> {
    @Query("select e from Excuse e where e.endDate >= ?1 and e.startDate <= ?2 order by e.recordedAt desc")
    List<Excuse> findOverlapping(LocalDate from, LocalDate to);
}

interface ExcuseEvidenceRepository extends JpaRepository<ExcuseEvidence, Long> {
}
