package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import id.merit.discipline.domain.FindingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A finding about one employee of the inspected OPD. */
@Getter
@Setter
class FindingForm {
    private int version;
    @NotBlank
    @Size(max = 32)
    private String nip;
    @NotNull
    private FindingKind kind = FindingKind.ABSENT;
    @Size(max = 1000)
    @NoHtml
    private String note;
}
