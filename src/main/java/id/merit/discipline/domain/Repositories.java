package id.merit.discipline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRepository extends JpaRepository<DisciplineCase, Long>, JpaSpecificationExecutor<DisciplineCase> {
}

interface RuleSetRepository extends JpaRepository<RuleSet, Long> {

    Optional<RuleSet> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);

    List<RuleSet> findAllByOrderByEffectiveFromDesc();

    boolean existsByEffectiveFrom(LocalDate day);
}
