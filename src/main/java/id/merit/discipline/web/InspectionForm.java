package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A field inspection: where, when, who. */
@Getter
@Setter
class InspectionForm {
    @NotBlank
    private String opdCode;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inspectedOn;
    @NotBlank
    @Size(max = 1000)
    @NoHtml
    private String team;
    @Size(max = 2000)
    @NoHtml
    private String notes;
}
