package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.PunishmentSource;
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
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/** An imposed punishment (decided in Merit or imported). */
@Entity
@Table(schema = "discipline", name = "punishment")
@Getter
@Setter
public class Punishment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "employee_id")
    private long employeeId;
    @Column(name = "opd_id")
    private long opdId;
    @Enumerated(EnumType.STRING)
    private PunishmentLevel level;
    @Enumerated(EnumType.STRING)
    private PunishmentKind kind;
    private Integer months;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Enumerated(EnumType.STRING)
    private PunishmentSource source;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level == null ? null : level.name());
        m.put("kind", kind == null ? null : kind.name());
        m.put("months", months);
        m.put("decisionDate", decisionDate == null ? null : decisionDate.toString());
        m.put("effectiveDate", effectiveDate == null ? null : effectiveDate.toString());
        m.put("endDate", endDate == null ? null : endDate.toString());
        m.put("decisionNumber", decisionNumber);
        m.put("source", source == null ? null : source.name());
        return m;
    }
}
