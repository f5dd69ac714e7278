package id.merit.employee.domain;

import id.merit.employee.EducationLevel;
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
@Table(schema = "employee", name = "education")
@Getter
@Setter
class Education {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "employee_id")
    private Long employeeId;
    @Enumerated(EnumType.STRING)
    private EducationLevel level;
    private String institution;
    private String major;
    @Column(name = "graduation_date")
    private LocalDate graduationDate;
}
