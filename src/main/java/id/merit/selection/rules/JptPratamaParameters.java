package id.merit.selection.rules;

import java.time.LocalDate;

/**
 * The figures of the JPT Pratama check (rules-defaults.md "JPT Pratama eligibility"). {@code maxAge},
 * {@code experienceYears} and {@code postYears} are PP 11/2017 Pasal 107 huruf c as amended by PP 17/2020 (statutory);
 * {@code performance} and {@code discipline} switch the two conditions open-selection announcements add (not in
 * Ps 107; on by default, switchable per round), {@code disciplineWindowYears} is how far back a SEDANG or BERAT
 * decision counts.
 */
public record JptPratamaParameters(LocalDate effectiveFrom, String regulation, int maxAge, int experienceYears, int postYears,
                                   boolean performance, boolean discipline, int disciplineWindowYears) {

    /** PP 17/2020 was enacted on 28 February 2020. */
    public static final JptPratamaParameters DEFAULTS = new JptPratamaParameters(LocalDate.of(2020, 2, 28),
            "PP 11/2017 Pasal 107 huruf c sebagaimana diubah dengan PP 17/2020", 56, 5, 2, true, true, 5);

    public JptPratamaParameters withPerformance(boolean on) {
        return new JptPratamaParameters(effectiveFrom, regulation, maxAge, experienceYears, postYears, on, discipline,
                disciplineWindowYears);
    }

    public JptPratamaParameters withDiscipline(boolean on) {
        return new JptPratamaParameters(effectiveFrom, regulation, maxAge, experienceYears, postYears, performance, on,
                disciplineWindowYears);
    }
}
