package id.merit.unitassessment.web;

import id.merit.unitassessment.domain.TeamBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A member of the year's assessment team: the body they come from, their name and position. */
@Getter
@Setter
public class TeamMemberForm {
    @NotNull
    private TeamBody body;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 200)
    private String position;
}
