package id.merit.discipline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<DisciplineCase, Long>, JpaSpecificationExecutor<DisciplineCase> {

    /** Cases with a relief from the post not yet ended (PP 94/2021 Pasal 31), newest first. */
    @Query("select c from DisciplineCase c where c.nip = :nip and c.relief.from is not null and c.relief.until is null order by c.relief.from desc")
    List<DisciplineCase> findActiveRelief(@Param("nip") String nip);

    /** Cases opened from the attendance record of {@code year} for these employees, not cancelled, newest first. */
    @Query("select c from DisciplineCase c where c.source = id.merit.discipline.domain.CaseSource.ATTENDANCE and c.attendanceYear = :year"
            + " and c.nip in :nips and c.stage <> id.merit.discipline.rules.CaseStage.CANCELLED order by c.openedOn desc, c.id desc")
    List<DisciplineCase> findForAttendance(@Param("year") int year, @Param("nips") java.util.Collection<String> nips);

    /** One employee's cases, newest first. */
    List<DisciplineCase> findByNipOrderByOpenedOnDescIdDesc(String nip);
}

interface RuleSetRepository extends JpaRepository<RuleSet, Long> {

    Optional<RuleSet> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);

    List<RuleSet> findAllByOrderByEffectiveFromDesc();

    boolean existsByEffectiveFrom(LocalDate day);
}
