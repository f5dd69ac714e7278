package id.merit.trackrecord.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Open an investigation: a title, its purpose (the placements it prepares) and the deadline of the results. */
@Getter
@Setter
public class InvestigationForm {
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 200, message = "{trackrecord.error.tooLong}")
    private String title;
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 2000, message = "{trackrecord.error.tooLong}")
    private String purpose;
    @NotNull(message = "{trackrecord.error.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
}
