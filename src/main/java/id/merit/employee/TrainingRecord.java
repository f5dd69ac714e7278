package id.merit.employee;

import java.time.LocalDate;

/** A training (diklat); {@code hours} are lesson hours (JP). */
public record TrainingRecord(TrainingKind kind, String name, int hours, LocalDate endDate) {
}
