package id.merit.attendance.domain.excuses;

import id.merit.attendance.AbsenceKind;
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

/** An excuse recorded by an OPD head for one of their staff; it excuses days only once VERIFIED by BKPSDM. */
@Entity
@Table(schema = "attendance", name = "excuse")
@Getter
@Setter
public class Excuse {

    public enum Status { PENDING, VERIFIED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "employee_id")
    private long employeeId;
    @Enumerated(EnumType.STRING)
    private AbsenceKind kind;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    private String note;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    @Version
    private int version;
}
