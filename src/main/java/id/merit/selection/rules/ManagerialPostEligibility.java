package id.merit.selection.rules;

import id.merit.employee.EducationLevel;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Eligibility for an Administrator or Pengawas post on date D (PP 11/2017 Pasal 54 ayat (1) and (3); regulations.md
 * §6.5):
 * <pre>
 *  post           reason         condition                                                       source
 *  ADMINISTRATOR  EDUCATION      highest level S1, D4, S2 or S3                                  Ps 54(1) b
 *                 POSITION       ≥ 3 years up to D as PENGAWAS or JF AHLI_MUDA (the equal level) Ps 54(1) c
 *  PENGAWAS       EDUCATION      highest level D3 or above                                       Ps 54(3) b
 *                 POSITION       ≥ 4 years up to D as PELAKSANA or JF AHLI_PERTAMA or a skill
 *                                level (PENYELIA, MAHIR, TERAMPIL, PEMULA)                       Ps 54(3) c
 *  both           PERFORMANCE    ANNUAL predicate ≥ BAIK in each of the two years before D's year Ps 54(1) d, 54(3) d
 *                 DISCIPLINE     as the JPT check (Merit's default for integrity; switchable)    —
 *                 EMPLOYEE_TYPE  PNS (PPPK hold no administration post, PP 49/2018)              Ps 54
 * </pre>
 * Not computed: relevance of the field, integrity and morality beyond punishments, competence, health, and the
 * exemption for graduates of a sekolah kader with "sangat memuaskan" (Ps 54(2)) — judged by the officer. Time in
 * post is counted as in the JPT check (union of periods up to D).
 */
public final class ManagerialPostEligibility {

    static final Set<EducationLevel> ADMINISTRATOR_EDUCATION = EnumSet.of(EducationLevel.D4, EducationLevel.S1, EducationLevel.S2,
            EducationLevel.S3);
    static final Set<EducationLevel> PENGAWAS_EDUCATION = EnumSet.of(EducationLevel.D3, EducationLevel.D4, EducationLevel.S1,
            EducationLevel.S2, EducationLevel.S3);

    private ManagerialPostEligibility() {
    }

    public static Eligibility check(ManagerialPost post, Candidate c, LocalDate d, ManagerialPostParameters p) {
        List<Optional<Failure>> checks = new ArrayList<>();
        checks.add(switch (post) {
            case ADMINISTRATOR -> Conditions.education(c.education(), d, ADMINISTRATOR_EDUCATION, "S1/D4");
            case PENGAWAS -> Conditions.education(c.education(), d, PENGAWAS_EDUCATION, "D3");
        });
        checks.add(position(post, c, d, p));
        if (p.performance()) {
            checks.add(Conditions.performance(c.annualPredicates(), d, 2));
        }
        if (p.discipline()) {
            checks.add(Conditions.discipline(c.punishments(), d, p.disciplineWindowYears()));
        }
        checks.add(Conditions.pnsOnly(c.type()));
        String basis = p.regulation() + switch (post) {
            case ADMINISTRATOR -> " ayat (1)";
            case PENGAWAS -> " ayat (3)";
        };
        return new Eligibility(d, checks.stream().flatMap(Optional::stream).toList(), basis, p.effectiveFrom());
    }

    /** The lower post whose years count, with the JF levels equal to it. */
    static Predicate<Candidate.Tenure> priorPost(ManagerialPost post) {
        return switch (post) {
            case ADMINISTRATOR -> t -> t.kind() == PositionKind.PENGAWAS
                    || (t.kind() == PositionKind.FUNGSIONAL && t.level() == PositionLevel.AHLI_MUDA);
            case PENGAWAS -> t -> t.kind() == PositionKind.PELAKSANA || (t.kind() == PositionKind.FUNGSIONAL && t.level() != null
                    && switch (t.level()) {
                        case AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL, PEMULA -> true;
                        case AHLI_UTAMA, AHLI_MADYA, AHLI_MUDA -> false;
                    });
        };
    }

    private static Optional<Failure> position(ManagerialPost post, Candidate c, LocalDate d, ManagerialPostParameters p) {
        int years = switch (post) {
            case ADMINISTRATOR -> p.administratorYears();
            case PENGAWAS -> p.pengawasYears();
        };
        String prefix = switch (post) {
            case ADMINISTRATOR -> "selection.reason.position.administrator";
            case PENGAWAS -> "selection.reason.position.pengawas";
        };
        Predicate<Candidate.Tenure> counts = priorPost(post);
        long have = Conditions.coveredDays(c.positions(), counts, d);
        long need = Conditions.requiredDays(years, d);
        if (have >= need) {
            return Optional.empty();
        }
        return Conditions.fail(EligibilityReason.POSITION, Conditions.latest(c.positions(), counts, d)
                .map(t -> Sentence.of(prefix + ".short", t.name(), t.start(), have, need, years))
                .orElse(Sentence.of(prefix + ".none", years)));
    }
}
