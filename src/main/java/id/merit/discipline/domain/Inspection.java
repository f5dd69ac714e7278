package id.merit.discipline.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** A field inspection (sidak) of one OPD on one day, with its findings. */
@Entity
@Table(schema = "discipline", name = "inspection")
@Getter
@Setter
public class Inspection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "opd_id")
    private long opdId;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    private String team;
    private String notes;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private int version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inspection_id", nullable = false)
    @OrderBy("employeeName")
    @org.hibernate.annotations.BatchSize(size = 50)
    private List<Finding> findings = new ArrayList<>();
}
