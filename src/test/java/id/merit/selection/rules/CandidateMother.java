package id.merit.selection.rules;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidates for the eligibility tables. The default is eligible for JPT Pratama on {@link #D} (1 March 2026): a PNS
 * with an S1, born 15 June 1975, Pelaksana from 2005, Administrator since 2016, SKP 2024 BAIK and 2025 SANGAT_BAIK,
 * no punishment. Position histories are written {@code KIND[:LEVEL]@start..end} separated by {@code ;} (empty end =
 * current).
 */
final class CandidateMother {
    static final LocalDate D = LocalDate.of(2026, 3, 1);

    EmployeeType type = EmployeeType.PNS;
    LocalDate birth = LocalDate.of(1975, 6, 15);
    List<Candidate.Degree> education = new ArrayList<>(List.of(new Candidate.Degree(EducationLevel.S1, "Universitas Bengkulu",
            LocalDate.of(1998, 8, 1))));
    List<Candidate.Tenure> positions = new ArrayList<>(tenures("PELAKSANA@2005-01-01..2015-12-31;ADMINISTRATOR@2016-01-01.."));
    Map<Integer, SkpPredicate> predicates = new HashMap<>(Map.of(2024, SkpPredicate.BAIK, 2025, SkpPredicate.SANGAT_BAIK));
    List<Candidate.Sanction> punishments = new ArrayList<>();

    static CandidateMother eligible() {
        return new CandidateMother();
    }

    CandidateMother type(EmployeeType t) {
        type = t;
        return this;
    }

    CandidateMother born(LocalDate d) {
        birth = d;
        return this;
    }

    CandidateMother education(EducationLevel level, LocalDate graduated) {
        education = new ArrayList<>();
        if (level != null) {
            education.add(new Candidate.Degree(level, "Institusi", graduated));
        }
        return this;
    }

    CandidateMother positions(String spec) {
        positions = new ArrayList<>(tenures(spec));
        return this;
    }

    CandidateMother predicate(int year, SkpPredicate p) {
        if (p == null) {
            predicates.remove(year);
        } else {
            predicates.put(year, p);
        }
        return this;
    }

    CandidateMother punished(PunishmentLevel level, PunishmentKind kind, LocalDate decided, LocalDate end) {
        punishments.add(new Candidate.Sanction(level, kind, decided, end));
        return this;
    }

    Candidate build() {
        return new Candidate(type, birth, education, positions, predicates, punishments);
    }

    static List<Candidate.Tenure> tenures(String spec) {
        List<Candidate.Tenure> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String part : spec.split(";")) {
            String[] kindAndDates = part.trim().split("@");
            String[] kindLevel = kindAndDates[0].split(":");
            String[] dates = kindAndDates[1].split("\\.\\.", -1);
            PositionKind kind = PositionKind.valueOf(kindLevel[0]);
            PositionLevel level = kindLevel.length > 1 ? PositionLevel.valueOf(kindLevel[1]) : null;
            out.add(new Candidate.Tenure(kind + " " + dates[0], kind, level, LocalDate.parse(dates[0]),
                    dates[1].isBlank() ? null : LocalDate.parse(dates[1])));
        }
        return out;
    }
}
