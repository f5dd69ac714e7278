package id.merit.attendance.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;

/** A national holiday or cuti bersama day: not a working day anywhere. */
@Entity
@Table(schema = "attendance", name = "holiday")
@Getter
@Setter
public class Holiday {

    public enum Kind { NATIONAL, CUTI_BERSAMA }

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
}
