package id.merit.employee.domain;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

@Entity
@Table(schema = "employee", name = "position_history")
@Getter
@Setter
class PositionHistory {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "employee_id")
    private Long employeeId;
    @Column(name = "position_name")
    private String positionName;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_kind")
    private PositionKind positionKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_level")
    private PositionLevel positionLevel;
    @Column(name = "opd_id")
    private Long opdId;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "post_code")
    private String postCode;
}
