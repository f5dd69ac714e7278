package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.Relation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The decision: who decides, in what relation to the accused, and the punishment each violation calls for. */
@Getter
@Setter
class DecisionForm {
    private int version;
    @NotBlank
    @Size(max = 100)
    @NoHtml
    private String number;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;
    @NotNull
    private DecidingOfficial official;
    private Relation relation;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String officialName;
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9.-]*", message = "{discipline.form.nip}")
    private String officialNip;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String officialPosition;
    @Valid
    private List<SanctionChoice> sanctions = new ArrayList<>();

    /** The punishment one violation calls for. */
    @Getter
    @Setter
    static class SanctionChoice {
        private long violationId;
        private PunishmentKind kind;
        private Integer months;
    }

    CaseCommands.Decision toCommand() {
        return new CaseCommands.Decision(number, decisionDate, official, relation, officialName, officialNip, officialPosition,
                sanctions.stream().map(s -> new CaseCommands.ViolationSanction(s.getViolationId(), s.getKind(), s.getMonths())).toList());
    }
}
