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

/** The second summons after a missed first examination (PP 94/2021 Pasal 26 ayat (3)); the signer is the one of the first. */
@Getter
@Setter
class SecondSummonsForm {
    private int version;
    @NotBlank
    @Size(max = 100)
    @NoHtml
    private String number;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate letterDate;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate examDate;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String examPlace;

    CaseCommands.SecondSummons toCommand() {
        return new CaseCommands.SecondSummons(number, letterDate, examDate, examPlace);
    }
}
