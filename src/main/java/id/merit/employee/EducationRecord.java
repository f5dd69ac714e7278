package id.merit.employee;

import java.time.LocalDate;

public record EducationRecord(EducationLevel level, String institution, String major, LocalDate graduationDate) {
}
