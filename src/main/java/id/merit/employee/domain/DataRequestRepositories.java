package id.merit.employee.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataRequestRepository extends JpaRepository<DataRequest, Long> {
    Page<DataRequest> findByStatusOrderBySubmittedAtAscIdAsc(DataRequestService.Status status, Pageable page);

    long countByStatus(DataRequestService.Status status);

    List<DataRequest> findByEmployeeIdOrderBySubmittedAtDescIdDesc(Long employeeId);
}

interface DataRequestEvidenceRepository extends JpaRepository<DataRequestEvidence, Long> {
}
