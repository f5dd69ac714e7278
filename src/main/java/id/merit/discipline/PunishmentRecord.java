package id.merit.discipline;

import java.time.LocalDate;

/**
 * One imposed punishment. {@code months} is the duration where the kind has one (derived from the dates for
 * imported allowance cuts when they span exactly 6, 9 or 12 months, otherwise null). {@code effectiveDate} is null
 * while a decision taken in Merit has not been delivered yet; {@code endDate} is null for ringan kinds, for
 * dismissal, and where an import left it empty.
 */
public record PunishmentRecord(long id, String nip, PunishmentLevel level, PunishmentKind kind, Integer months,
                               LocalDate decisionDate, LocalDate effectiveDate, LocalDate endDate, PunishmentSource source,
                               String decisionNumber) {

    /**
     * Whether the punishment is in force on {@code day}: from its effective date until the day before its end; a
     * dismissal has no end; a punishment without duration (ringan) is not "running".
     */
    public boolean runningOn(LocalDate day) {
        if (effectiveDate == null || day.isBefore(effectiveDate)) {
            return false;
        }
        return endDate == null ? kind.permanent() : day.isBefore(endDate);
    }
}
