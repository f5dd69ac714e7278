package id.merit.trackrecord.web;

import id.merit.trackrecord.rules.InterviewSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** One interview of the social record: the source (RT head, community figure, neighbour), their name, the date, the finding. */
@Getter
@Setter
public class InterviewForm {
    @NotNull(message = "{trackrecord.error.required}")
    private InterviewSource source;
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 200, message = "{trackrecord.error.tooLong}")
    private String sourceName;
    @NotNull(message = "{trackrecord.error.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate interviewedOn;
    @NotBlank(message = "{trackrecord.error.required}")
    @Size(max = 4000, message = "{trackrecord.error.tooLong}")
    private String finding;
}
