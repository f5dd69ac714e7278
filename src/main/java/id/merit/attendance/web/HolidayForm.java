package id.merit.attendance.web;

import id.merit.attendance.domain.calendar.Holiday;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Add a holiday (national or cuti bersama). */
@Getter
@Setter
public class HolidayForm {
    @NotNull(message = "{attendance.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotBlank(message = "{attendance.form.required}")
    @Size(max = 200, message = "{attendance.form.tooLong}")
    private String name;
    @NotNull(message = "{attendance.form.required}")
    private Holiday.Kind kind = Holiday.Kind.NATIONAL;
}
