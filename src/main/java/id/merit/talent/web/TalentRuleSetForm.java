package id.merit.talent.web;

import id.merit.shared.NoHtml;
import id.merit.talent.domain.TalentRuleSetService;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A draft version of the talent rules and the year its preview places everyone for. */
@Getter
@Setter
class TalentRuleSetForm implements Serializable {
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
    @Size(max = 500)
    @NoHtml
    private String note;
    @NotNull
    @Min(2015)
    @Max(2100)
    private Integer year;

    TalentRuleSetService.Draft draft() {
        return new TalentRuleSetService.Draft(effectiveFrom, regulation, potentialHigh, potentialMedium, minimumJpm, minimumTrainingHours,
                disciplineCondition, note);
    }
}
