package id.merit.selection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Plan a round: the vacant JPT Pratama post, a title and the registration closing date. */
@Getter
@Setter
public class RoundForm {
    @NotBlank(message = "{selection.form.required}")
    private String postCode;
    @NotBlank(message = "{selection.form.required}")
    @Size(max = 200, message = "{selection.form.tooLong}")
    private String title;
    @NotNull(message = "{selection.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationClosesOn;
}
