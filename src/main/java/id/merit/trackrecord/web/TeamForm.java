package id.merit.trackrecord.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A team: its name, the leader (an assistant; NIP when in the registry) and its deadline. */
@Getter
@Setter
public class TeamForm {
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 200, message = "{trackrecord.error.tooLong}")
    private String name;
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 200, message = "{trackrecord.error.tooLong}")
    private String leaderName;
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 200, message = "{trackrecord.error.tooLong}")
    private String leaderPosition;
    @Size(max = 32, message = "{trackrecord.error.tooLong}")
    private String leaderNip;
    @NotNull(message = "{trackrecord.error.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
}
