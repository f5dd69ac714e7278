package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import java.time.LocalDate;
import java.time.Period;

/** One valid row of the {@code punishments} import (interchange.md §2). */
record PunishmentRow(String nip, PunishmentLevel level, PunishmentKind kind, LocalDate decisionDate,
                     LocalDate effectiveDate, LocalDate endDate) {

    /**
     * The duration: fixed for kinds that have one; for the allowance cut the months between effective and end date
     * when they are exactly one of the allowed 6, 9 or 12; otherwise null.
     */
    Integer months() {
        if (!kind.monthsChosen()) {
            return kind.allowedMonths().isEmpty() ? null : kind.allowedMonths().get(0);
        }
        if (endDate == null) {
            return null;
        }
        Period p = Period.between(effectiveDate, endDate);
        int m = (int) p.toTotalMonths();
        return p.getDays() == 0 && kind.allowedMonths().contains(m) ? m : null;
    }
}
