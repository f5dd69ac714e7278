package id.merit.employee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/** The evidence file of a data-update request (PDF, JPEG or PNG, at most 5 MB), kept apart so lists never load it. */
@Entity
@Table(schema = "employee", name = "data_request_evidence")
@Getter
@Setter
class DataRequestEvidence {
    @Id
    @Column(name = "request_id")
    private Long requestId;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private byte[] content;
}
