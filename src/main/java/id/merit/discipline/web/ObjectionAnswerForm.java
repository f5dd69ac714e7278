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

/** The answer to an objection (or BPASN's to an appeal); kind and months for a lighter or heavier punishment. */
@Getter
@Setter
class ObjectionAnswerForm {
    private int version;
    @NotNull
    private id.merit.discipline.domain.ObjectionOutcome outcome;
    @NotBlank
    @Size(max = 100)
    @NoHtml
    private String number;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    private id.merit.discipline.PunishmentKind kind;
    private Integer months;
    @Size(max = 2000)
    @NoHtml
    private String note;

    CaseCommands.ObjectionAnswer toCommand() {
        return new CaseCommands.ObjectionAnswer(outcome, number, decidedOn, receivedOn, kind, months, note);
    }
}
