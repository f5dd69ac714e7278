package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Cancelling or closing a case: the reason is required. */
@Getter
@Setter
class ReasonForm {
    private int version;
    @NotBlank
    @Size(max = 1000)
    @NoHtml
    private String reason;
}
