package id.merit.attendance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Record an attendance outage: a device or an OPD unit (exactly one, checked by the service), a date range, a reason. */
@Getter
@Setter
public class OutageForm {
    @Size(max = 64, message = "{attendance.form.tooLong}")
    private String deviceSn;
    private String opdCode;
    @NotNull(message = "{attendance.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @NotNull(message = "{attendance.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    @NotBlank(message = "{attendance.form.required}")
    @Size(max = 500, message = "{attendance.form.tooLong}")
    private String reason;
}
