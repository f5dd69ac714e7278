package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A circular (surat edaran); plain text body; to all staff or to the chosen OPDs (with their sub-units). */
@Getter
@Setter
class CircularForm {
    @NotBlank
    @Size(max = 100)
    @NoHtml
    private String number;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    @NotBlank
    @Size(max = 300)
    @NoHtml
    private String title;
    @NotBlank
    @Size(max = 20000)
    private String body;
    private boolean allStaff = true;
    private List<String> opdCodes = new ArrayList<>();
}
