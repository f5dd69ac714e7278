package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The examination and its Berita Acara Pemeriksaan; the team fields are the tim pemeriksa. */
@Getter
@Setter
class ExamForm {
    private int version;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate bapDate;
    @NotBlank
    @Size(max = 4000)
    @NoHtml
    private String summary;
    @Size(max = 500)
    @NoHtml
    private String examiners;
    private boolean accusedAbsent;
    @Size(max = 200)
    @NoHtml
    private String teamSuperior;
    @Size(max = 200)
    @NoHtml
    private String teamInspectorate;
    @Size(max = 200)
    @NoHtml
    private String teamHr;
    private PunishmentLevel expectedLevel;
    @Size(max = 5000)
    @NoHtml
    private String moreViolations;

    CaseCommands.Examination toCommand() {
        return new CaseCommands.Examination(bapDate, summary, examiners, accusedAbsent, teamSuperior, teamInspectorate, teamHr,
                expectedLevel, moreViolations == null ? java.util.List.of() : Arrays.asList(moreViolations.split("\\R")));
    }
}
