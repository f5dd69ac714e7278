package id.merit.discipline.web;

import id.merit.shared.NoHtml;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.SedangRegime;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A new version of the discipline settings. */
@Getter
@Setter
class SettingsForm {
    @NotNull
    private SedangRegime regime;
    @NotNull
    private DayCounting counting = DayCounting.CALENDAR;
    private boolean convertLatenessPp94;
    @Size(max = 300)
    @NoHtml
    private String honoraryBasis;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    @Size(max = 500)
    @NoHtml
    private String note;
}
