package id.merit.employee.domain;

import id.merit.employee.EducationLevel;
import id.merit.employee.TrainingKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;

/**
 * An employee's request to add an education, training, award or family record, or to correct an education or training
 * record ({@code targetId}), verified by BKPSDM (issue 15 item 4).
 */
@Entity
@Table(schema = "employee", name = "data_request")
@Getter
@Setter
class DataRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "employee_id")
    private Long employeeId;
    @Enumerated(EnumType.STRING)
    private DataRequestService.Kind kind;
    @Enumerated(EnumType.STRING)
    private DataRequestService.Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    private EducationLevel educationLevel;
    private String institution;
    private String major;
    @Column(name = "graduation_date")
    private LocalDate graduationDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "training_kind")
    private TrainingKind trainingKind;
    @Column(name = "training_name")
    private String trainingName;
    @Column(name = "training_hours")
    private Integer trainingHours;
    @Column(name = "training_end_date")
    private LocalDate trainingEndDate;
    /** A correction: the education or training row it corrects; null for an addition. */
    @Column(name = "target_id")
    private Long targetId;
    @Column(name = "award_name")
    private String awardName;
    @Column(name = "award_issuer")
    private String awardIssuer;
    @Column(name = "awarded_on")
    private LocalDate awardedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "family_relation")
    private id.merit.employee.FamilyRelation familyRelation;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "family_birth_date")
    private LocalDate familyBirthDate;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    private String reason;
    @Version
    private int version;
}
