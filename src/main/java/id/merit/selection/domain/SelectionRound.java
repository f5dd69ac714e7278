package id.merit.selection.domain;

import id.merit.selection.rules.RoundState;
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

/** An open selection round for one vacant JPT Pratama post (table {@code selection.round}); the steps are guarded by RoundPolicy. */
@Entity
@Table(schema = "selection", name = "round")
@Getter
@Setter
public class SelectionRound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "post_code")
    private String postCode;
    @Column(name = "post_name")
    private String postName;
    @Column(name = "opd_name")
    private String opdName;
    @Column(name = "registration_closes_on")
    private LocalDate registrationClosesOn;
    @Enumerated(EnumType.STRING)
    private RoundState state = RoundState.DRAFT;
    @Column(name = "recommendation_number")
    private String recommendationNumber;
    @Column(name = "recommendation_date")
    private LocalDate recommendationDate;
    @Column(name = "oversight_body")
    private String oversightBody;
    @Column(name = "announced_on")
    private LocalDate announcedOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancel_reason")
    private String cancelReason;
    /** The cancelled round this one repeats (for the same post), with the reason. */
    @Column(name = "repeats_round_id")
    private Long repeatsRoundId;
    @Column(name = "repeat_reason")
    private String repeatReason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private int version;
}
