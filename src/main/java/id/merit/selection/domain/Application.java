package id.merit.selection.domain;

import id.merit.selection.rules.ScreeningResult;
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
 * An application to a round (table {@code selection.application}): INTERNAL (an employee of the registry, with the
 * eligibility pre-check on the registration closing date stored as reason codes and encoded sentences, see
 * {@link SentenceCodec}) or EXTERNAL (name and origin agency, documents in {@link ApplicationDocument}).
 */
@Entity
@Table(schema = "selection", name = "application")
@Getter
@Setter
public class Application {
    public enum Kind { INTERNAL, EXTERNAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id")
    private long roundId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "employee_id")
    private Long employeeId;
    private String nip;
    private String name;
    @Column(name = "origin_agency")
    private String originAgency;
    @Column(name = "eligibility_date")
    private LocalDate eligibilityDate;
    private Boolean eligible;
    @Column(name = "eligibility_reasons")
    private String eligibilityReasons;
    @Column(name = "eligibility_sentences")
    private String[] eligibilitySentences;
    @Enumerated(EnumType.STRING)
    private ScreeningResult screening;
    @Column(name = "screening_override")
    private boolean screeningOverride;
    @Column(name = "screening_reason")
    private String screeningReason;
    @Column(name = "screened_by")
    private String screenedBy;
    @Column(name = "screened_at")
    private OffsetDateTime screenedAt;
    @Column(name = "applied_on")
    private LocalDate appliedOn;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private int version;
}
