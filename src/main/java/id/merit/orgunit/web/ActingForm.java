package id.merit.orgunit.web;

import id.merit.orgunit.ActingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Records a Plt/Plh on a post. */
@Getter
@Setter
class ActingForm {
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9.-]{1,32}", message = "{post.error.nip}")
    private String nip;
    @NotNull
    private ActingKind kind = ActingKind.PLT;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
}
