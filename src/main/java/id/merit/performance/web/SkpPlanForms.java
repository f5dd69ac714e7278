package id.merit.performance.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** The forms of the SKP plan page (one class each, bound by {@link SkpPlanController}). */
final class SkpPlanForms {

    private SkpPlanForms() {
    }

    /** A new RHK with its first indicator; {@code parentRhkId} an RHK of the rater's plan (cascade) or empty. */
    @Getter
    @Setter
    static class RhkForm {
        @NotBlank
        @Size(max = 1000)
        private String text;
        private Long parentRhkId;
        @NotBlank
        @Size(max = 1000)
        private String indicator;
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        private BigDecimal target;
        @NotBlank
        @Size(max = 60)
        private String unit;
    }

    /** A further indicator of RHK number {@code rhkNo}. */
    @Getter
    @Setter
    static class IndicatorForm {
        @NotNull
        @Min(1)
        @Max(99)
        private Integer rhkNo;
        @NotBlank
        @Size(max = 1000)
        private String indicator;
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        private BigDecimal target;
        @NotBlank
        @Size(max = 60)
        private String unit;
    }

    /** The leader's expectations (ekspektasi pimpinan), one text. */
    @Getter
    @Setter
    static class ExpectationsForm {
        @Size(max = 4000)
        private String expectations;
    }

    /** Why a submitted plan (or rating) goes back. */
    @Getter
    @Setter
    static class ReturnForm {
        @NotBlank
        @Size(min = 10, max = 2000)
        private String reason;
        private Integer version;
    }

    /** A feedback note. */
    @Getter
    @Setter
    static class FeedbackForm {
        @NotBlank
        @Size(max = 2000)
        private String note;
    }
}
