package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import id.merit.discipline.domain.CaseCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The summons letter (Surat Panggilan) signed by the atasan langsung. */
@Getter
@Setter
class SummonsForm {
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
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String summonerName;
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9.-]*", message = "{discipline.form.nip}")
    private String summonerNip;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String summonerPosition;

    CaseCommands.Summons toCommand() {
        return new CaseCommands.Summons(number, letterDate, examDate, examPlace, summonerName, summonerNip, summonerPosition);
    }
}
