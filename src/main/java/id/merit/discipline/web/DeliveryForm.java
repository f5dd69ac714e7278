package id.merit.discipline.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The day the accused received the decision. */
@Getter
@Setter
class DeliveryForm {
    private int version;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receiptDate;
}
