package id.merit.discipline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/** What an inspection found about one employee; {@code caseId} once a case was opened from it. */
@Entity
@Table(schema = "discipline", name = "finding")
@Getter
@Setter
public class Finding {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "inspection_id", insertable = false, updatable = false)
    private Long inspectionId;
    @Column(name = "employee_id")
    private long employeeId;
    private String nip;
    @Column(name = "employee_name")
    private String employeeName;
    @Enumerated(EnumType.STRING)
    private FindingKind kind;
    private String note;
    @Column(name = "case_id")
    private Long caseId;
}
