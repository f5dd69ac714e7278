package id.merit.discipline.web;

import id.merit.discipline.domain.CaseCommands;
import id.merit.shared.NoHtml;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** An objection (or appeal against dismissal) with its grounds and the evidence offered (PP 79/2021). */
@Getter
@Setter
class ObjectionForm {
    private int version;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filedOn;
    @NotBlank
    @Size(max = 4000)
    @NoHtml
    private String grounds;
    @Size(max = 4000)
    @NoHtml
    private String evidence;

    CaseCommands.ObjectionFiling toCommand() {
        return new CaseCommands.ObjectionFiling(filedOn, grounds, evidence);
    }
}
