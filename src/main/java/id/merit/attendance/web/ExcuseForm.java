package id.merit.attendance.web;

import id.merit.attendance.AbsenceKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** Record an excuse (OPD head for their staff; BKPSDM for anyone); the evidence file is optional. */
@Getter
@Setter
public class ExcuseForm {
    @NotBlank(message = "{attendance.form.required}")
    private String nip;
    @NotNull(message = "{attendance.form.required}")
    private AbsenceKind kind;
    @NotNull(message = "{attendance.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @NotNull(message = "{attendance.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    @Size(max = 1000, message = "{attendance.form.tooLong}")
    private String note;
    private MultipartFile evidence;

    @AssertTrue(message = "{attendance.excuse.endBeforeStart}")
    public boolean isOrdered() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
