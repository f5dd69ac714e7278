package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
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

/** One violation examined in a case, with the punishment it calls for once decided (or proposed by attendance). */
@Entity
@Table(schema = "discipline", name = "violation")
@Getter
@Setter
public class Violation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int seq;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_kind")
    private PunishmentKind sanctionKind;
    @Column(name = "sanction_months")
    private Integer sanctionMonths;
}
