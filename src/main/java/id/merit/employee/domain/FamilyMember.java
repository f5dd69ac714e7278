package id.merit.employee.domain;

import id.merit.employee.FamilyRelation;
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

/** A spouse or child of an employee (issue 15 item 4), entered through a verified data-update request. */
@Entity
@Table(schema = "employee", name = "family_member")
@Getter
@Setter
class FamilyMember {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "employee_id")
    private Long employeeId;
    @Enumerated(EnumType.STRING)
    private FamilyRelation relation;
    private String name;
    @Column(name = "birth_date")
    private LocalDate birthDate;
}
