package id.merit.discipline.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

    @Query("SELECT i FROM Inspection i JOIN i.findings f WHERE f.id = :findingId")
    Optional<Inspection> findByFindingId(long findingId);
}
