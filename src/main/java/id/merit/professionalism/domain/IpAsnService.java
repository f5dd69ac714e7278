package id.merit.professionalism.domain;

import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.PositionRecord;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.professionalism.rules.IpAsnCalculator;
import id.merit.professionalism.rules.IpAsnInput;
import id.merit.professionalism.rules.RaiseSuggestions;
import id.merit.professionalism.rules.IpAsnResult;
import id.merit.shared.BusinessProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IP ASN of one employee, computed from their records at the time of asking (the API and the employee page). The
 * year-wide path ({@link IndexStore}) builds the same {@link IpAsnInput} from bulk reads.
 */
@Service
@Transactional(readOnly = true)
public class IpAsnService {
    /** The earliest measurement year accepted (IP ASN exists since PermenPANRB 38/2018). */
    public static final int FIRST_YEAR = 2015;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final PerformanceQueries performance;
    private final PunishmentQueries punishments;
    private final IpAsnRuleSets ruleSets;
    private final Clock clock;

    IpAsnService(EmployeeQueries employees, EmployeeDirectory directory,
                 PerformanceQueries performance, PunishmentQueries punishments, IpAsnRuleSets ruleSets,
                 Clock clock) {
        this.employees = employees;
        this.directory = directory;
        this.performance = performance;
        this.punishments = punishments;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /**
     * Scoped (404 unknown, 403 outside the scope; the view is audited): the employee's IP ASN of {@code year}, or a
     * BusinessProblem (422) for staff it is not measured for.
     */
    @Transactional
    public IpAsnResult forEmployee(String nip, int year) {
        checkYear(year);
        EmployeeView e = employees.get(nip);
        IpAsnCalculator calculator = new IpAsnCalculator(ruleSets.forYear(year));
        if (!calculator.applies(e.employeeType())) {
            throw new BusinessProblem(null, "professionalism.error.notMeasured", e.employeeType().name());
        }
        return calculator.calculate(records(e).input(year));
    }

    /** Whether IP ASN of {@code year} is measured for this type of staff. */
    public boolean measured(EmployeeType type, int year) {
        return new IpAsnCalculator(ruleSets.forYear(year)).applies(type);
    }

    /** Unscoped (the caller has checked): the employee's IP ASN of each year from {@code from} to {@code to}, oldest first. */
    public List<IpAsnResult> history(EmployeeView e, int from, int to) {
        Records r = records(e);
        List<IpAsnResult> list = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            IpAsnCalculator calculator = new IpAsnCalculator(ruleSets.forYear(y));
            if (calculator.applies(e.employeeType())) {
                list.add(calculator.calculate(r.input(y)));
            }
        }
        return list;
    }

    /**
     * Unscoped (the caller has checked): what would raise the employee's IP ASN of {@code year} — one step per dimension
     * below its maximum, with the exact gain ({@link RaiseSuggestions}); empty for staff it is not measured for.
     */
    public List<RaiseSuggestions.Suggestion> raise(EmployeeView e, int year) {
        var parameters = ruleSets.forYear(year);
        if (!new IpAsnCalculator(parameters).applies(e.employeeType())) {
            return List.of();
        }
        return new RaiseSuggestions(parameters).suggest(records(e).input(year));
    }

    /**
     * Unscoped, for the stored figures ({@link IndexFollowsRecords}): the employee's input of {@code year} from their
     * records, read as the bulk path reads them (the post held on 31 December from the position history, else the
     * registry's position kind).
     */
    IpAsnInput storedInput(EmployeeRef e, int year) {
        return records(e.nip(), e.id(), e.positionKind(), null, null, directory.functionalProfession(e.id()).orElse(null)).input(year);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** 422 for a year before IP ASN or after next year. */
    public void checkYear(int year) {
        if (year < FIRST_YEAR || year > currentYear() + 1) {
            throw new BusinessProblem("year", "professionalism.error.year", String.valueOf(year));
        }
    }

    private Records records(EmployeeView e) {
        return records(e.nip(), e.id(), e.positionKind(), e.positionLevel(), e.positionName(), e.functionalProfession());
    }

    private Records records(String nip, long id, PositionKind kind, PositionLevel level, String positionName, FunctionalProfession profession) {
        Map<Integer, SkpPredicate> annual = new HashMap<>();
        for (PerformanceRecord p : performance.forEmployee(nip)) {
            if (p.period() == SkpPeriod.ANNUAL) {
                annual.put(p.year(), p.predicate());
            }
        }
        List<IpAsnInput.Punishment> ps = punishments.forEmployee(nip).stream().map(IpAsnService::punishment).toList();
        return new Records(directory.education(id), directory.positions(id), directory.trainings(id), annual, ps, kind, level, positionName,
                profession);
    }

    static IpAsnInput.Punishment punishment(PunishmentRecord p) {
        return new IpAsnInput.Punishment(p.level(), p.kind(), p.decisionDate());
    }

    /**
     * The post held on 31 December of the year: the position-history entry with the latest start on or before it;
     * without one, the employee's current position (the registry's own fields). Shared with the bulk path.
     */
    static IpAsnInput.HeldPosition held(PositionRecord fromHistory, PositionKind currentKind, PositionLevel currentLevel, String currentName) {
        if (fromHistory != null) {
            return new IpAsnInput.HeldPosition(fromHistory.positionKind(), fromHistory.positionLevel(), fromHistory.positionName());
        }
        return currentKind == null ? null : new IpAsnInput.HeldPosition(currentKind, currentLevel, currentName);
    }

    private record Records(List<id.merit.employee.EducationRecord> education, List<PositionRecord> positions,
                           List<id.merit.employee.TrainingRecord> trainings, Map<Integer, SkpPredicate> annual,
                           List<IpAsnInput.Punishment> punishments, PositionKind kind, PositionLevel level, String positionName,
                           FunctionalProfession profession) {

        IpAsnInput input(int year) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            PositionRecord onYearEnd = positions.stream().filter(p -> p.startDate() != null && !p.startDate().isAfter(yearEnd))
                    .max(Comparator.comparing(PositionRecord::startDate)).orElse(null);
            return new IpAsnInput(year, education, held(onYearEnd, kind, level, positionName), profession, trainings,
                    annual.get(year), punishments);
        }
    }
}
