package id.merit.assessment.web;

import id.merit.assessment.domain.JpmRuleSetService;
import id.merit.shared.RuleSetDraftForm;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** A draft JPM rule-set version: the four band bounds (0–100, two decimals) and the date it takes effect. */
@Getter
@Setter
class JpmRuleSetForm extends RuleSetDraftForm {
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal selectionMs;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal selectionMms;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal mappingOptimal;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal mappingCukupOptimal;

    JpmRuleSetService.Draft draft() {
        return new JpmRuleSetService.Draft(getEffectiveFrom(), getRegulation(), selectionMs, selectionMms, mappingOptimal, mappingCukupOptimal, getNote());
    }
}
