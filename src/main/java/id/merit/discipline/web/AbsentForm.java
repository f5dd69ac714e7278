package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The accused missed the second examination too: the evidence the decision will rest on (PP 94/2021 Pasal 26 ayat (4)). */
@Getter
@Setter
class AbsentForm {
    private int version;
    @NotBlank
    @Size(max = 4000)
    @NoHtml
    private String evidence;
}
