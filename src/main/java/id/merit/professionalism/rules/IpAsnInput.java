package id.merit.professionalism.rules;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.TrainingRecord;
import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import java.util.List;

/**
 * The records of one employee that IP ASN of {@code year} reads. Lists may hold more than counts (the calculator
 * applies the windows); {@code position} is the one held on 31 December of the year (or the latest before), null when
 * none is recorded; {@code annualPredicate} null when no ANNUAL evaluation of the year exists.
 */
public record IpAsnInput(int year, List<EducationRecord> education, HeldPosition position, FunctionalProfession profession,
                         List<TrainingRecord> trainings, SkpPredicate annualPredicate, List<Punishment> punishments) {

    public IpAsnInput {
        education = education == null ? List.of() : List.copyOf(education);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
        punishments = punishments == null ? List.of() : List.copyOf(punishments);
    }

    /** The position kind (and JF level) held. */
    public record HeldPosition(PositionKind kind, PositionLevel level, String name) {
    }

    /** One punishment: its level and kind and the date of the decision. */
    public record Punishment(PunishmentLevel level, PunishmentKind kind, LocalDate decisionDate) {
    }
}
