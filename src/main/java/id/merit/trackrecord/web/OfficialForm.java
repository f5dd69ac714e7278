package id.merit.trackrecord.web;

import id.merit.trackrecord.rules.OfficialCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An official of the registry (by NIP) and the post they are a candidate for. */
@Getter
@Setter
public class OfficialForm {
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 32, message = "{trackrecord.error.tooLong}")
    private String nip;
    @NotNull(message = "{trackrecord.error.required}")
    private OfficialCategory category;
}
