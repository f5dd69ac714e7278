package id.merit.assessment.web;

import id.merit.assessment.domain.JpmRuleSetService;
import id.merit.shared.NoHtml;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A draft JPM rule-set version: the four band bounds (0–100, two decimals) and the date it takes effect. */
@Getter
@Setter
class JpmRuleSetForm implements Serializable {
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    @NotBlank
    @Size(max = 300)
    @NoHtml
    private String regulation;
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
    @Size(max = 500)
    @NoHtml
    private String note;

    JpmRuleSetService.Draft draft() {
        return new JpmRuleSetService.Draft(effectiveFrom, regulation, selectionMs, selectionMms, mappingOptimal, mappingCukupOptimal, note);
    }
}
