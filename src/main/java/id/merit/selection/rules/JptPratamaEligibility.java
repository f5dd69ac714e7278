package id.merit.selection.rules;

import id.merit.employee.EducationLevel;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Eligibility for an open JPT Pratama selection on date D (rules-defaults.md; regulations.md §6.2):
 * <pre>
 *  reason         condition                                                             source
 *  EDUCATION      highest level S1, D4, S2 or S3                                        PP 11/2017 Ps 107 c.1
 *  EXPERIENCE     position history (all kinds) covering ≥ 5 years up to D              Ps 107 c.3 (relevance: screening)
 *  POSITION       ≥ 2 years up to D as ADMINISTRATOR or JF AHLI_MADYA                   Ps 107 c.4 as amended by PP 17/2020
 *  AGE            at most 56 on D: the 57th birthday on or before D fails               Ps 107 c.6 as amended by PP 17/2020
 *  PERFORMANCE    ANNUAL predicate ≥ BAIK in each of the two years before D's year      announcements (switchable)
 *  DISCIPLINE     no SEDANG/BERAT decided in the 5 years up to D; none running on D     announcements (switchable)
 *  EMPLOYEE_TYPE  PNS                                                                   Ps 107 (a PNS post)
 * </pre>
 * Competence, track record and health are judged in the selection's stages, not computed here.
 */
public final class JptPratamaEligibility {

    static final Set<EducationLevel> EDUCATION = EnumSet.of(EducationLevel.D4, EducationLevel.S1, EducationLevel.S2, EducationLevel.S3);
    static final Predicate<Candidate.Tenure> PRIOR_POST = t -> t.kind() == PositionKind.ADMINISTRATOR
            || (t.kind() == PositionKind.FUNGSIONAL && t.level() == PositionLevel.AHLI_MADYA);

    private JptPratamaEligibility() {
    }

    public static Eligibility check(Candidate c, LocalDate d, JptPratamaParameters p) {
        List<Optional<Failure>> checks = new ArrayList<>();
        checks.add(Conditions.education(c.education(), d, EDUCATION, "S1/D4"));
        checks.add(experience(c, d, p));
        checks.add(position(c, d, p));
        checks.add(age(c, d, p));
        if (p.performance()) {
            checks.add(Conditions.performance(c.annualPredicates(), d, 2));
        }
        if (p.discipline()) {
            checks.add(Conditions.discipline(c.punishments(), d, p.disciplineWindowYears()));
        }
        checks.add(Conditions.pnsOnly(c.type()));
        return new Eligibility(d, checks.stream().flatMap(Optional::stream).toList(), p.regulation(), p.effectiveFrom());
    }

    private static Optional<Failure> experience(Candidate c, LocalDate d, JptPratamaParameters p) {
        long have = Conditions.coveredDays(c.positions(), t -> true, d);
        long need = Conditions.requiredDays(p.experienceYears(), d);
        if (have >= need) {
            return Optional.empty();
        }
        return Conditions.fail(EligibilityReason.EXPERIENCE, c.positions().isEmpty()
                ? Sentence.of("selection.reason.experience.none", p.experienceYears())
                : Sentence.of("selection.reason.experience.short", have, need, p.experienceYears(), d));
    }

    private static Optional<Failure> position(Candidate c, LocalDate d, JptPratamaParameters p) {
        long have = Conditions.coveredDays(c.positions(), PRIOR_POST, d);
        long need = Conditions.requiredDays(p.postYears(), d);
        if (have >= need) {
            return Optional.empty();
        }
        return Conditions.fail(EligibilityReason.POSITION, Conditions.latest(c.positions(), PRIOR_POST, d)
                .map(t -> Sentence.of("selection.reason.position.jpt.short", t.name(), t.start(), have, need, p.postYears()))
                .orElse(Sentence.of("selection.reason.position.jpt.none", p.postYears())));
    }

    private static Optional<Failure> age(Candidate c, LocalDate d, JptPratamaParameters p) {
        if (c.birthDate() == null) {
            return Conditions.fail(EligibilityReason.AGE, Sentence.of("selection.reason.age.unknown"));
        }
        if (c.birthDate().plusYears(p.maxAge() + 1L).isAfter(d)) {
            return Optional.empty();
        }
        int age = Period.between(c.birthDate(), d).getYears();
        return Conditions.fail(EligibilityReason.AGE, Sentence.of("selection.reason.age.over", c.birthDate(), age, d, p.maxAge()));
    }
}
