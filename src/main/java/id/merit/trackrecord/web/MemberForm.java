package id.merit.trackrecord.web;

import id.merit.trackrecord.rules.TeamBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A team member: where they come from, their name (default: the account's) and their ASSESSOR account. */
@Getter
@Setter
public class MemberForm {
    @NotNull(message = "{trackrecord.error.required}")
    private TeamBody body;
    @Size(max = 200, message = "{trackrecord.error.tooLong}")
    private String name;
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 64, message = "{trackrecord.error.tooLong}")
    private String username;
}
