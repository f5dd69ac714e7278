package id.merit.selection.rules;

import java.time.LocalDate;

/**
 * The figures of the Administrator and Pengawas checks: {@code administratorYears} in a Pengawas post (or the JF
 * level equal to it) and {@code pengawasYears} in a Pelaksana post (or a JF level equal to it), PP 11/2017 Pasal 54
 * ayat (1) huruf c and ayat (3) huruf c; {@code performance} is the statutory "every element at least baik in the last
 * 2 years" (Ps 54 ayat (1) huruf d, ayat (3) huruf d); {@code discipline} is Merit's default that stands in for the
 * integrity condition (no statutory figure; on, switchable) with the same window as the JPT check.
 */
public record ManagerialPostParameters(LocalDate effectiveFrom, String regulation, int administratorYears, int pengawasYears,
                                       boolean performance, boolean discipline, int disciplineWindowYears) {

    /** PP 11/2017 took effect when promulgated, 7 April 2017. */
    public static final ManagerialPostParameters DEFAULTS = new ManagerialPostParameters(LocalDate.of(2017, 4, 7),
            "PP 11/2017 Pasal 54", 3, 4, true, true, 5);

    public ManagerialPostParameters withDiscipline(boolean on) {
        return new ManagerialPostParameters(effectiveFrom, regulation, administratorYears, pengawasYears, performance, on,
                disciplineWindowYears);
    }

    public ManagerialPostParameters withPerformance(boolean on) {
        return new ManagerialPostParameters(effectiveFrom, regulation, administratorYears, pengawasYears, on, discipline,
                disciplineWindowYears);
    }
}
