package id.merit.selection.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of an eligibility check on {@code date}: eligible when nothing failed; {@code failures} are ordered as
 * {@link EligibilityReason} and hold one entry per reason; {@code basis} cites the regulation the rule set implements
 * and {@code ruleSet} is the effective date of the parameters used.
 */
public record Eligibility(LocalDate date, List<Failure> failures, String basis, LocalDate ruleSet) {

    public Eligibility {
        failures = List.copyOf(failures);
    }

    public boolean eligible() {
        return failures.isEmpty();
    }

    public List<EligibilityReason> reasons() {
        return failures.stream().map(Failure::reason).toList();
    }
}
