package id.merit.performance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Extending one OPD's deadline: the OPD, the new deadline and the required reason. */
@Getter
@Setter
public class ExtensionForm {
    @NotBlank
    private String opd;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    @NotBlank
    @Size(max = 500)
    private String reason;
}
