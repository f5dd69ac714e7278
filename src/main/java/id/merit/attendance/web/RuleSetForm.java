package id.merit.attendance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A new version of the configurable attendance rules (ADMIN). */
@Getter
@Setter
public class RuleSetForm {
    @NotBlank(message = "{attendance.form.required}")
    @Size(max = 64, message = "{attendance.form.tooLong}")
    private String name;
    @NotNull(message = "{attendance.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    @NotBlank(message = "{attendance.form.required}")
    @Size(max = 200, message = "{attendance.form.tooLong}")
    private String regulation = "PP 94/2021; Perpres 21/2023";
}
