package id.merit.assessment.domain;

import id.merit.assessment.AssessmentRecord;
import id.merit.orgunit.Competencies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one write path of assessments: the {@code assessments} import and the officers' form both upsert through here,
 * on the key employee + assessment_date + purpose. The update only happens when a value differs, so the row count tells
 * a change from none. The import carries no competency levels ({@code levels} null): levels already entered stay.
 */
@Component
class AssessmentWriter {

    static final String[] LEVEL_COLUMNS = {"level_integrity", "level_cooperation", "level_communication", "level_results",
            "level_public_service", "level_developing_others", "level_managing_change", "level_decision_making",
            "level_socio_cultural", "level_technical"};

    private static final String SCORES_ONLY = """
            INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (employee_id, assessment_date, purpose) DO UPDATE
               SET jpm = EXCLUDED.jpm, potential_score = EXCLUDED.potential_score, updated_at = now()
             WHERE (assessment.jpm, assessment.potential_score) IS DISTINCT FROM (EXCLUDED.jpm, EXCLUDED.potential_score)
            """;
    private static final String WITH_LEVELS;

    static {
        String cols = String.join(", ", LEVEL_COLUMNS);
        StringBuilder set = new StringBuilder();
        StringBuilder old = new StringBuilder("assessment.jpm, assessment.potential_score");
        StringBuilder neu = new StringBuilder("EXCLUDED.jpm, EXCLUDED.potential_score");
        for (String c : LEVEL_COLUMNS) {
            set.append(", ").append(c).append(" = EXCLUDED.").append(c);
            old.append(", assessment.").append(c);
            neu.append(", EXCLUDED.").append(c);
        }
        WITH_LEVELS = "INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score, " + cols + ")"
                + " VALUES (?, ?, ?, ?, ?" + ", ?".repeat(LEVEL_COLUMNS.length) + ")"
                + " ON CONFLICT (employee_id, assessment_date, purpose) DO UPDATE"
                + " SET jpm = EXCLUDED.jpm, potential_score = EXCLUDED.potential_score" + set + ", updated_at = now()"
                + " WHERE (" + old + ") IS DISTINCT FROM (" + neu + ")";
    }

    private final JdbcTemplate jdbc;

    AssessmentWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates; true when a row changed. {@code levels} null keeps the stored levels (the import). */
    boolean write(long employeeId, AssessmentRecord a, Competencies levels) {
        if (levels == null) {
            return jdbc.update(SCORES_ONLY, employeeId, a.assessmentDate(), a.purpose().name(), a.jpm(), a.potentialScore()) > 0;
        }
        Object[] args = new Object[5 + LEVEL_COLUMNS.length];
        args[0] = employeeId;
        args[1] = a.assessmentDate();
        args[2] = a.purpose().name();
        args[3] = a.jpm();
        args[4] = a.potentialScore();
        int i = 5;
        for (var c : id.merit.assessment.rules.CompetencyGaps.Competency.values()) {
            args[i++] = c.of(levels);
        }
        return jdbc.update(WITH_LEVELS, args) > 0;
    }
}
