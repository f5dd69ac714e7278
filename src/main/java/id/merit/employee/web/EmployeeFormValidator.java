package id.merit.employee.web;

import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.Rank;
import id.merit.shared.Nip;
import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The registry's rules across fields (interchange.md §2): a PNS/CPNS NIP must match birth date and gender
 * (regulations.md §8.4), others carry a registration number; only PNS/CPNS have a rank (golongan); a position level
 * belongs to functional positions only; home coordinates come as a pair. Runs after Bean Validation.
 */
final class EmployeeFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
        return EmployeeForm.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        EmployeeForm f = (EmployeeForm) target;
        nip(f, errors);
        rank(f, errors);
        if (f.getPositionLevel() != null && f.getPositionKind() != PositionKind.FUNGSIONAL) {
            errors.rejectValue("positionLevel", "employee.error.levelOnlyFunctional");
        }
        if (f.getHomeLat() == null && f.getHomeLon() != null) {
            errors.rejectValue("homeLat", "employee.error.coordinatesPair");
        } else if (f.getHomeLat() != null && f.getHomeLon() == null) {
            errors.rejectValue("homeLon", "employee.error.coordinatesPair");
        }
    }

    private static void nip(EmployeeForm f, Errors errors) {
        String nip = f.getNip() == null ? null : f.getNip().trim();
        EmployeeType type = f.getEmployeeType();
        List<Nip.Problem> problems;
        if (type == null) {
            // the type is reported missing; without it only emptiness can be judged
            problems = nip == null || nip.isEmpty() ? List.of(Nip.Problem.EMPTY) : List.of();
        } else if (type.isCivilServant()) {
            Character gender = f.getGender() == null ? null : f.getGender().name().charAt(0);
            problems = Nip.validatePns(nip, f.getBirthDate(), gender);
        } else {
            problems = Nip.validateRegistration(nip);
        }
        problems.forEach(p -> errors.rejectValue("nip", "nip.error." + p.name()));
    }

    private static void rank(EmployeeForm f, Errors errors) {
        if (f.getEmployeeType() == null) {
            return;
        }
        boolean blank = f.getRank() == null || f.getRank().isBlank();
        if (f.getEmployeeType().isCivilServant()) {
            if (blank) {
                errors.rejectValue("rank", "employee.error.rankRequired");
            } else if (!Rank.isValid(f.getRank().trim())) {
                errors.rejectValue("rank", "employee.error.rankInvalid");
            }
        } else if (!blank) {
            errors.rejectValue("rank", "employee.error.rankNotAllowed");
        }
    }
}
