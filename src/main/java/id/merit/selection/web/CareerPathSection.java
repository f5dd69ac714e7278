package id.merit.selection.web;

import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import id.merit.selection.domain.EligibilityService;
import id.merit.selection.rules.CareerLadder;
import id.merit.selection.rules.EligibilityReason;
import id.merit.selection.rules.Failure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Jalur karier" on the employee page (issue 15 item 5; the page is scope-checked already, an employee sees their own):
 * the next posts from the current one on the structural and functional ladders, each requirement met or not with the
 * record behind it, and the earliest day it is met if nothing else changes.
 */
@Component
class CareerPathSection implements EmployeePageSection {
    private final EligibilityService eligibility;
    private final SentenceWriter writer;

    CareerPathSection(EligibilityService eligibility, SentenceWriter writer) {
        this.eligibility = eligibility;
        this.writer = writer;
    }

    /** {@code label} is a message key; {@code sentences} say what is missing (empty when met). */
    record Requirement(String label, boolean met, List<String> sentences) {
    }

    /** {@code target} is a message key, {@code level} a position-level key or null. */
    record Step(String route, String target, String level, boolean eligible, List<Requirement> requirements, LocalDate earliest,
                String basis) {
    }

    record Card(boolean known, LocalDate date, List<Step> steps) {
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        if (employee.positionKind() == null) {
            return Optional.of(new Section("selection/career", "employee", new Card(false, null, List.of())));
        }
        List<Step> steps = eligibility.careerPath(employee.nip(), employee.positionKind(), employee.positionLevel(), employee.rank())
                .stream().map(this::step).toList();
        return Optional.of(new Section("selection/career", "employee", new Card(true, eligibility.today(), steps)));
    }

    private Step step(EligibilityService.CareerStep s) {
        Map<EligibilityReason, Failure> failed = s.today().failures().stream()
                .collect(Collectors.toMap(Failure::reason, Function.identity(), (a, b) -> a));
        boolean functional = s.step().route() == CareerLadder.Route.FUNCTIONAL;
        List<Requirement> requirements = s.conditions().stream().map(r -> {
            Failure f = failed.get(r);
            String label = functional && r == EligibilityReason.POSITION ? "selection.career.req.RANK" : "selection.career.req." + r.name();
            return new Requirement(label, f == null, f == null ? List.of() : writer.sentences(f));
        }).toList();
        String target = functional ? "positionKind.FUNGSIONAL" : "selection.post." + s.step().kind().name();
        String level = s.step().level() == null ? null : "positionLevel." + s.step().level().name();
        return new Step(s.step().route().name(), target, level, s.today().eligible(), requirements, s.earliest(), s.today().basis());
    }
}
