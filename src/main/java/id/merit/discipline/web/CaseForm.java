package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a case; {@code violations} one per line. */
@Getter
@Setter
class CaseForm {
    @NotBlank
    @Size(max = 32)
    private String nip;
    @NotNull
    private CaseSource source = CaseSource.MANUAL;
    private Integer attendanceYear;
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9_]*", message = "{discipline.form.code}")
    private String attendanceBand;
    @Size(max = 300)
    @NoHtml
    private String sourceBasis;
    private Long findingId;
    @NotBlank
    @Size(max = 2000)
    @NoHtml
    private String allegation;
    @NotBlank
    @Size(max = 5000)
    @NoHtml
    private String violations;
    private PunishmentLevel expectedLevel;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;
    /** Ticked after the warning that a case was already opened from the same year's attendance of this employee. */
    private boolean confirmDuplicate;

    CaseCommands.Open toCommand() {
        return new CaseCommands.Open(nip.trim(), source, attendanceYear, attendanceBand, sourceBasis, findingId, allegation,
                Arrays.asList(violations.split("\\R")), expectedLevel, openedOn, confirmDuplicate);
    }
}
