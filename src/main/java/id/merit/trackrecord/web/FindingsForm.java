package id.merit.trackrecord.web;

import id.merit.trackrecord.domain.TrackRecordService;
import id.merit.trackrecord.rules.Integrity;
import id.merit.trackrecord.rules.Neutrality;
import id.merit.trackrecord.rules.SuperiorVerdict;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** What the team records for an official; each part may be recorded on its own and corrected later. */
@Getter
@Setter
public class FindingsForm {
    @Size(max = 200, message = "{trackrecord.error.tooLong}")
    private String superiorName;
    private SuperiorVerdict superiorVerdict;
    @Size(max = 2000, message = "{trackrecord.error.tooLong}")
    private String superiorNote;
    private Neutrality neutrality;
    @Size(max = 2000, message = "{trackrecord.error.tooLong}")
    private String neutralityNote;
    private Integrity integrity;
    @Size(max = 2000, message = "{trackrecord.error.tooLong}")
    private String integrityNote;
    @DecimalMin(value = "0", message = "{trackrecord.error.score}")
    @DecimalMax(value = "100", message = "{trackrecord.error.score}")
    private BigDecimal edijabScore;

    static FindingsForm of(TrackRecordService.Findings f) {
        FindingsForm form = new FindingsForm();
        form.superiorName = f.superiorName();
        form.superiorVerdict = f.superiorVerdict();
        form.superiorNote = f.superiorNote();
        form.neutrality = f.neutrality();
        form.neutralityNote = f.neutralityNote();
        form.integrity = f.integrity();
        form.integrityNote = f.integrityNote();
        form.edijabScore = f.edijabScore();
        return form;
    }

    TrackRecordService.Findings toFindings() {
        return new TrackRecordService.Findings(superiorName, superiorVerdict, superiorNote, neutrality, neutralityNote, integrity, integrityNote,
                edijabScore);
    }
}
