package id.merit.employee;

import java.util.List;

/** A new employee with histories, for bulk loading (demo regency, benchmarks). */
public record EmployeeBundle(EmployeeData employee, List<PositionRecord> positions, List<EducationRecord> education,
                             List<TrainingRecord> trainings, List<AwardRecord> awards) {
}
