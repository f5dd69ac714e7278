package id.merit.employee;

import id.merit.employee.rules.RetirementAge;
import java.time.LocalDate;

/**
 * The retirement age rule (batas usia pensiun, PP 11/2017 Pasal 239 as amended by PP 17/2020; {@code rules/RetirementAge})
 * for other modules: eligibility pages, succession. One rule, owned by the registry.
 */
public final class Retirement {

    private Retirement() {
    }

    /** 58, 60 or 65 years for a holder of this position kind and JF level. */
    public static int age(PositionKind kind, PositionLevel level) {
        return RetirementAge.years(kind, level);
    }

    /** The day a holder born on {@code birthDate} reaches the retirement age of the position. */
    public static LocalDate reachedOn(LocalDate birthDate, PositionKind kind, PositionLevel level) {
        return RetirementAge.reachedOn(birthDate, kind, level);
    }

    /** Whether that day falls within two years after {@code on} (a post to plan succession for). */
    public static boolean withinTwoYears(LocalDate birthDate, PositionKind kind, PositionLevel level, LocalDate on) {
        return RetirementAge.withinTwoYears(birthDate, kind, level, on);
    }
}
