package id.merit.attendance.domain.excuses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/** The evidence file of an excuse (PDF, JPEG or PNG, at most 5 MB), kept in the database. */
@Entity
@Table(schema = "attendance", name = "excuse_evidence")
@Getter
@Setter
public class ExcuseEvidence {
    @Id
    @Column(name = "excuse_id")
    private Long excuseId;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private byte[] content;
}
