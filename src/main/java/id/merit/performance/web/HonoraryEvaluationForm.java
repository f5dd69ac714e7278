package id.merit.performance.web;

import id.merit.performance.domain.HonoraryEvaluationService;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The yearly evaluation of one honorary staff member; {@code version} is empty for a first evaluation (optimistic
 * locking). What is required is decided by {@code HonoraryEvaluationPolicy}; here only the lengths the table holds.
 */
@Getter
@Setter
class HonoraryEvaluationForm {
    private Integer duties;
    @Size(max = 2000)
    private String dutiesNotes;
    private Integer conduct;
    @Size(max = 2000)
    private String conductNotes;
    private List<String> competencies = new ArrayList<>();
    @Size(max = 1000)
    private String competencyNotes;
    private String recommendation;
    @Size(max = 2000)
    private String reasons;
    private boolean inBknDatabase;
    private boolean tookSelection2024;
    private Integer version;

    static HonoraryEvaluationForm of(HonoraryEvaluationService.Subject s) {
        HonoraryEvaluationForm f = new HonoraryEvaluationForm();
        HonoraryEvaluationService.Evaluation e = s.evaluation();
        if (e != null) {
            f.duties = e.duties();
            f.dutiesNotes = e.dutiesNotes();
            f.conduct = e.conduct();
            f.conductNotes = e.conductNotes();
            f.competencies = new ArrayList<>(e.competencies());
            f.competencyNotes = e.competencyNotes();
            f.recommendation = e.recommendation();
            f.reasons = e.reasons();
            f.inBknDatabase = e.inBknDatabase();
            f.tookSelection2024 = e.tookSelection2024();
            f.version = e.version();
        }
        return f;
    }

    HonoraryEvaluationService.Command command() {
        return new HonoraryEvaluationService.Command(duties, dutiesNotes, conduct, conductNotes,
                competencies == null ? List.of() : competencies, competencyNotes, recommendation, reasons, inBknDatabase,
                tookSelection2024);
    }
}
