package id.merit.orgunit.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpdRepository extends JpaRepository<Opd, Long> {
    Optional<Opd> findByCode(String code);

    boolean existsByCode(String code);

    long countByParentId(Long parentId);
}
