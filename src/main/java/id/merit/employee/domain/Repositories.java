package id.merit.employee.domain;

import id.merit.employee.EducationLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmployeeRepository extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {
    Optional<Employee> findByNip(String nip);
}

interface PositionHistoryRepository extends JpaRepository<PositionHistory, Long> {
    List<PositionHistory> findByEmployeeIdOrderByStartDateDesc(Long employeeId);

    Optional<PositionHistory> findByEmployeeIdAndStartDate(Long employeeId, LocalDate startDate);
}

interface EducationRepository extends JpaRepository<Education, Long> {
    List<Education> findByEmployeeIdOrderByGraduationDateDesc(Long employeeId);

    Optional<Education> findByEmployeeIdAndLevel(Long employeeId, EducationLevel level);
}

interface TrainingRepository extends JpaRepository<Training, Long> {
    List<Training> findByEmployeeIdOrderByEndDateDesc(Long employeeId);

    Optional<Training> findByEmployeeIdAndNameAndEndDate(Long employeeId, String name, LocalDate endDate);
}

interface AwardRepository extends JpaRepository<Award, Long> {
    List<Award> findByEmployeeIdOrderByAwardedOnDesc(Long employeeId);

    Optional<Award> findByEmployeeIdAndNameAndAwardedOn(Long employeeId, String name, LocalDate awardedOn);
}
