package id.merit.unitassessment.web;

import id.merit.unitassessment.domain.UnitAssessmentService;
import id.merit.unitassessment.rules.Aspect;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** An innovation or award of an OPD: title, description, the points the team gave it, the assessing member, the evidence. */
@Getter
@Setter
public class EntryForm {
    @NotNull
    private Aspect aspect = Aspect.INNOVATION;
    @NotBlank
    @Size(max = 300)
    private String title;
    @Size(max = 2000)
    private String description;
    @NotNull
    @Min(1)
    @Max(100)
    private Integer points;
    @NotNull
    private Long assessorId;
    private MultipartFile evidence;

    UnitAssessmentService.NewEntry toEntry() {
        return new UnitAssessmentService.NewEntry(aspect, title, description, points, assessorId);
    }
}
