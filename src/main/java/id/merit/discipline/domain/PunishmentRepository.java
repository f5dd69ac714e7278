package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PunishmentRepository extends JpaRepository<Punishment, Long> {

    List<Punishment> findByEmployeeIdOrderByDecisionDateDescIdDesc(long employeeId);

    Optional<Punishment> findByEmployeeIdAndDecisionDateAndKind(long employeeId, LocalDate decisionDate, PunishmentKind kind);

    Optional<Punishment> findByCaseId(long caseId);
}
