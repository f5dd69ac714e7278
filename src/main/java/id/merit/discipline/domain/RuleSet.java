package id.merit.discipline.domain;

import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.SedangRegime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;

/** One version of the discipline settings, in force for decisions from {@code effectiveFrom}. */
@Entity
@Table(schema = "discipline", name = "rule_set")
@Getter
@Setter
public class RuleSet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "sedang_regime")
    private SedangRegime sedangRegime;
    @Enumerated(EnumType.STRING)
    @Column(name = "effective_day_counting")
    private DayCounting dayCounting;
    @Column(name = "convert_lateness_pp94")
    private boolean convertLatenessPp94;
    @Column(name = "honorary_basis")
    private String honoraryBasis;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    private String note;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
}
