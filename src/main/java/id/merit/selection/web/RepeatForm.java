package id.merit.selection.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Repeating a cancelled round: the reason (required, checked by DecisionPolicy), the new title and registration closing date. */
@Getter
@Setter
public class RepeatForm {
    @Size(max = 2000, message = "{selection.form.tooLong}")
    private String reason;
    @Size(max = 200, message = "{selection.form.tooLong}")
    private String title;
    @NotNull(message = "{selection.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationClosesOn;
}
