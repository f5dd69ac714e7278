package id.merit.talent.web;

import id.merit.shared.RuleSetDraftForm;
import id.merit.talent.domain.TalentRuleSetService;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** A draft version of the talent rules and the year its preview places everyone for. */
@Getter
@Setter
class TalentRuleSetForm extends RuleSetDraftForm {
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal potentialHigh;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal potentialMedium;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal minimumJpm;
    @NotNull
    @Min(0)
    @Max(1000)
    private Integer minimumTrainingHours;
    private boolean disciplineCondition;
    @NotNull
    @Min(2015)
    @Max(2100)
    private Integer year;

    TalentRuleSetService.Draft draft() {
        return new TalentRuleSetService.Draft(getEffectiveFrom(), getRegulation(), potentialHigh, potentialMedium, minimumJpm, minimumTrainingHours,
                disciplineCondition, getNote());
    }
}
