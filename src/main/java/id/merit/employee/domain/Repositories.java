package id.merit.employee.domain;

import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {
    Optional<Employee> findByNip(String nip);

    @Query("select new id.merit.employee.EmployeeRef(e.id, e.nip, e.name, e.employeeType, e.opdId, e.positionKind, e.birthDate) "
            + "from Employee e order by e.id")
    List<EmployeeRef> findAllRefs();

    @Query("select new id.merit.employee.EmployeeRef(e.id, e.nip, e.name, e.employeeType, e.opdId, e.positionKind, e.birthDate) "
            + "from Employee e where e.opdId in :opdIds order by e.id")
    List<EmployeeRef> findRefsInOpds(java.util.Collection<Long> opdIds);

    @Query("select new id.merit.employee.EmployeeRef(e.id, e.nip, e.name, e.employeeType, e.opdId, e.positionKind, e.birthDate) "
            + "from Employee e where e.id in :ids order by e.id")
    List<EmployeeRef> findRefsByIdIn(java.util.Collection<Long> ids);
}

interface PositionHistoryRepository extends JpaRepository<PositionHistory, Long> {
    List<PositionHistory> findByEmployeeIdOrderByStartDateDesc(Long employeeId);

    List<PositionHistory> findByEmployeeIdInOrderByStartDateDesc(java.util.Collection<Long> employeeIds);

    List<PositionHistory> findAllByOrderByStartDateDesc();

    Optional<PositionHistory> findByEmployeeIdAndStartDate(Long employeeId, LocalDate startDate);

    @Query("select p.employeeId, min(p.startDate) from PositionHistory p group by p.employeeId")
    List<Object[]> findFirstStarts();

    @Query("select p.employeeId, min(p.startDate) from PositionHistory p where p.employeeId in :employeeIds group by p.employeeId")
    List<Object[]> findFirstStarts(java.util.Collection<Long> employeeIds);
}

interface EducationRepository extends JpaRepository<Education, Long> {
    List<Education> findByEmployeeIdOrderByGraduationDateDesc(Long employeeId);

    List<Education> findByEmployeeIdInOrderByGraduationDateDesc(java.util.Collection<Long> employeeIds);

    List<Education> findAllByOrderByGraduationDateDesc();

    Optional<Education> findByEmployeeIdAndLevel(Long employeeId, EducationLevel level);
}

interface TrainingRepository extends JpaRepository<Training, Long> {
    List<Training> findByEmployeeIdOrderByEndDateDesc(Long employeeId);

    Optional<Training> findByEmployeeIdAndNameAndEndDate(Long employeeId, String name, LocalDate endDate);

    @org.springframework.data.jpa.repository.Query("SELECT t.employeeId, SUM(t.hours) FROM Training t "
            + "WHERE t.endDate BETWEEN :from AND :to GROUP BY t.employeeId")
    List<Object[]> sumHours(@org.springframework.data.repository.query.Param("from") LocalDate from,
                            @org.springframework.data.repository.query.Param("to") LocalDate to);
}

interface AwardRepository extends JpaRepository<Award, Long> {
    List<Award> findByEmployeeIdOrderByAwardedOnDesc(Long employeeId);

    Optional<Award> findByEmployeeIdAndNameAndAwardedOn(Long employeeId, String name, LocalDate awardedOn);
}

interface FamilyMemberRepository extends JpaRepository<FamilyMember, Long> {
    List<FamilyMember> findByEmployeeIdOrderByBirthDateAsc(Long employeeId);

    Optional<FamilyMember> findByEmployeeIdAndRelationAndName(Long employeeId, id.merit.employee.FamilyRelation relation, String name);
}
