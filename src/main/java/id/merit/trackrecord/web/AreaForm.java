package id.merit.trackrecord.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An OPD of the tree (a kecamatan, a kelurahan or any unit) assigned to a team. */
@Getter
@Setter
public class AreaForm {
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 32, message = "{trackrecord.error.tooLong}")
    private String opdCode;
}
