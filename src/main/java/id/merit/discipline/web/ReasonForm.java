package id.merit.discipline.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
    @Pattern(regexp = "[^<>]*", message = "{form.error.noHtml}")
    private String reason;
}
