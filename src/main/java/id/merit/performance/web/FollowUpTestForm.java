package id.merit.performance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The competency test (uji kompetensi) that closes a Ps 56-58 follow-up: its date and result. */
@Getter
@Setter
class FollowUpTestForm {
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate testDate;
    @NotBlank
    @Size(max = 1000)
    private String result;
}
