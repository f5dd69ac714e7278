package id.merit.assessment.web;

import id.merit.assessment.AssessmentDetail;
import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentRecord;
import id.merit.orgunit.Competencies;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One competency assessment as BKPSDM enters it: date, purpose (the JPM scheme: mapping or selection), JPM and potential
 * score (0–100, two decimals, as the {@code assessments} import), and the level found for each competency of
 * PermenPANRB 38/2017 (1–5): the eight managerial ones and perekat bangsa required, the technical one optional.
 */
@Getter
@Setter
class AssessmentForm {
    /** The level fields in the order of the standard (message keys {@code post.competency.<field>}). */
    static final List<String> LEVELS = List.of("integrity", "cooperation", "communication", "results", "publicService",
            "developingOthers", "managingChange", "decisionMaking", "socioCultural", "technical");
    static final List<String> PURPOSES = List.of("MAPPING", "SELECTION");

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessmentDate;
    @NotBlank
    @Pattern(regexp = "MAPPING|SELECTION")
    private String purpose;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal jpm;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal potentialScore;
    @NotNull @Min(1) @Max(5) private Integer integrity;
    @NotNull @Min(1) @Max(5) private Integer cooperation;
    @NotNull @Min(1) @Max(5) private Integer communication;
    @NotNull @Min(1) @Max(5) private Integer results;
    @NotNull @Min(1) @Max(5) private Integer publicService;
    @NotNull @Min(1) @Max(5) private Integer developingOthers;
    @NotNull @Min(1) @Max(5) private Integer managingChange;
    @NotNull @Min(1) @Max(5) private Integer decisionMaking;
    @NotNull @Min(1) @Max(5) private Integer socioCultural;
    @Min(1) @Max(5) private Integer technical;

    static AssessmentForm of(AssessmentDetail d) {
        AssessmentForm f = new AssessmentForm();
        AssessmentRecord a = d.assessment();
        f.assessmentDate = a.assessmentDate();
        f.purpose = a.purpose().name();
        f.jpm = a.jpm();
        f.potentialScore = a.potentialScore();
        Competencies c = d.levels();
        f.integrity = c.integrity();
        f.cooperation = c.cooperation();
        f.communication = c.communication();
        f.results = c.results();
        f.publicService = c.publicService();
        f.developingOthers = c.developingOthers();
        f.managingChange = c.managingChange();
        f.decisionMaking = c.decisionMaking();
        f.socioCultural = c.socioCultural();
        f.technical = c.technical();
        return f;
    }

    AssessmentRecord toRecord(String nip) {
        return new AssessmentRecord(nip, assessmentDate, AssessmentPurpose.valueOf(purpose), jpm.setScale(2, RoundingMode.UNNECESSARY),
                potentialScore.setScale(2, RoundingMode.UNNECESSARY));
    }

    Competencies levels() {
        return new Competencies(integrity, cooperation, communication, results, publicService, developingOthers, managingChange,
                decisionMaking, socioCultural, technical);
    }
}
