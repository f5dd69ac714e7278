package id.merit.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** What every draft rule-set version's form has: the date it takes effect, the regulation it implements and a note. */
@Getter
@Setter
public abstract class RuleSetDraftForm implements Serializable {
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    @NotBlank
    @Size(max = 300)
    @NoHtml
    private String regulation;
    @Size(max = 500)
    @NoHtml
    private String note;
}
