package id.merit.performance.web;

import id.merit.performance.SkpPeriod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening an SKP period: year, kind and the default deadline of every OPD. */
@Getter
@Setter
public class PeriodForm {
    @NotNull
    @Min(1950)
    @Max(2200)
    private Integer year;
    @NotNull
    private SkpPeriod kind = SkpPeriod.ANNUAL;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
}
