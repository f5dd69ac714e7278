package id.merit.assessment;

import id.merit.orgunit.Competencies;

/** One stored assessment with its id and the competency levels found ({@link Competencies#NONE} when none entered). */
public record AssessmentDetail(long id, AssessmentRecord assessment, Competencies levels) {

    /** Whether any competency level was entered. */
    public boolean hasLevels() {
        return !Competencies.NONE.equals(levels);
    }
}
