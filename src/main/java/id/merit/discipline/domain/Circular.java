package id.merit.discipline.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/** A circular (surat edaran): to all staff, or to the chosen OPDs and their sub-units. */
@Entity
@Table(schema = "discipline", name = "circular")
@Getter
@Setter
public class Circular {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    private String title;
    private String body;
    @Column(name = "all_staff")
    private boolean allStaff;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at", insertable = false, updatable = false)
    private OffsetDateTime publishedAt;
    @Version
    private int version;
    @ElementCollection
    @CollectionTable(schema = "discipline", name = "circular_opd", joinColumns = @JoinColumn(name = "circular_id"))
    @Column(name = "opd_id")
    private Set<Long> targetOpdIds = new HashSet<>();
}
