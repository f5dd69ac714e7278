package id.merit.discipline.web;

import id.merit.discipline.domain.CaseCommands;
import id.merit.shared.NoHtml;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Temporary relief from the post by the atasan langsung and the Plh named (PP 94/2021 Pasal 31). */
@Getter
@Setter
class ReliefForm {
    private int version;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String byName;
    @Size(max = 200)
    @NoHtml
    private String byPosition;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String plhName;
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9.-]*", message = "{discipline.form.nip}")
    private String plhNip;

    CaseCommands.Relief toCommand() {
        return new CaseCommands.Relief(from, byName, byPosition, plhName, plhNip);
    }
}
