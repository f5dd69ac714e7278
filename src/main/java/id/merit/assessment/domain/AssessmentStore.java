package id.merit.assessment.domain;

import id.merit.assessment.AssessmentDetail;
import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.AssessmentRecord;
import id.merit.assessment.JpmBand;
import id.merit.orgunit.Competencies;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored competency assessments, read for other modules. */
@Service
@Transactional(readOnly = true)
public class AssessmentStore implements AssessmentQueries {

    private static final String SELECT = """
            SELECT e.nip, a.assessment_date, a.purpose, a.jpm, a.potential_score
              FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id
            """;
    /** Newest first; of two on the same day the SELECTION one (its JPM scheme is the one selection rules read). */
    private static final String NEWEST_FIRST = " ORDER BY a.assessment_date DESC, (a.purpose = 'SELECTION') DESC";
    private final JdbcTemplate jdbc;
    private final JpmRuleSetService ruleSets;

    AssessmentStore(JdbcTemplate jdbc, JpmRuleSetService ruleSets) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
    }

    @Override
    public List<AssessmentRecord> forEmployee(String nip) {
        return jdbc.query(SELECT + " WHERE e.nip = ?" + NEWEST_FIRST, AssessmentStore::record, nip);
    }

    @Override
    public Optional<AssessmentRecord> latestOnOrBefore(String nip, LocalDate day) {
        return jdbc.query(SELECT + " WHERE e.nip = ? AND a.assessment_date <= ?" + NEWEST_FIRST + " LIMIT 1",
                AssessmentStore::record, nip, day).stream().findFirst();
    }

    @Override
    public Map<String, AssessmentRecord> latestOnOrBefore(LocalDate day) {
        Map<String, AssessmentRecord> byNip = new HashMap<>();
        jdbc.query("SELECT DISTINCT ON (a.employee_id) " + SELECT.substring(SELECT.indexOf("SELECT") + 7)
                        + " WHERE a.assessment_date <= ? ORDER BY a.employee_id, a.assessment_date DESC, (a.purpose = 'SELECTION') DESC",
                rs -> {
                    AssessmentRecord r = record(rs, 0);
                    byNip.put(r.nip(), r);
                }, day);
        return byNip;
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM assessment.assessment", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public JpmBand band(AssessmentRecord assessment) {
        return ruleSets.band(assessment.purpose(), assessment.jpm(), assessment.assessmentDate());
    }

    @Override
    public JpmBand band(id.merit.assessment.AssessmentPurpose purpose, java.math.BigDecimal jpm, LocalDate day) {
        return ruleSets.band(purpose, jpm, day);
    }

    private static final String DETAIL = """
            SELECT a.id, e.nip, a.assessment_date, a.purpose, a.jpm, a.potential_score, %s
              FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id
            """.formatted(String.join(", ", java.util.Arrays.stream(AssessmentWriter.LEVEL_COLUMNS).map(c -> "a." + c).toList()));

    /** One assessment by id, with its levels. */
    public Optional<AssessmentDetail> detail(long id) {
        return jdbc.query(DETAIL + " WHERE a.id = ?", AssessmentStore::detail, id).stream().findFirst();
    }

    /** The assessment of this key, if stored. */
    public Optional<AssessmentDetail> detail(long employeeId, LocalDate date, AssessmentPurpose purpose) {
        return jdbc.query(DETAIL + " WHERE a.employee_id = ? AND a.assessment_date = ? AND a.purpose = ?", AssessmentStore::detail,
                employeeId, date, purpose.name()).stream().findFirst();
    }

    /** Every assessment of the employee with its levels, newest first. */
    public List<AssessmentDetail> details(String nip) {
        return jdbc.query(DETAIL + " WHERE e.nip = ?" + NEWEST_FIRST, AssessmentStore::detail, nip);
    }

    static AssessmentDetail detail(ResultSet rs, int row) throws SQLException {
        return new AssessmentDetail(rs.getLong("id"), record(rs, row), levels(rs));
    }

    /** The ten level columns of the row ({@link Competencies#NONE} when none is set). */
    static Competencies levels(ResultSet rs) throws SQLException {
        Integer[] v = new Integer[AssessmentWriter.LEVEL_COLUMNS.length];
        for (int i = 0; i < v.length; i++) {
            int x = rs.getInt(AssessmentWriter.LEVEL_COLUMNS[i]);
            v[i] = rs.wasNull() ? null : x;
        }
        return new Competencies(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
    }

    static AssessmentRecord record(ResultSet rs, int row) throws SQLException {
        return new AssessmentRecord(rs.getString("nip"), rs.getObject("assessment_date", LocalDate.class),
                AssessmentPurpose.valueOf(rs.getString("purpose")), rs.getBigDecimal("jpm"), rs.getBigDecimal("potential_score"));
    }
}
