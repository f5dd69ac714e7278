package id.merit.assessment.domain;

import id.merit.assessment.AssessmentRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code assessments} import (interchange.md §2), atomic and idempotent: key nip + assessment_date + purpose; a row
 * whose key exists with other scores updates it, an identical one is a duplicate. Written with one upsert statement
 * a row (no entities): the update only happens when a score differs, so its row count tells CHANGED from UNCHANGED.
 */
@Component
class AssessmentImport extends MasterDataImport<AssessmentRowParser.Row> {

    private static final String UPSERT = """
            INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (employee_id, assessment_date, purpose) DO UPDATE
               SET jpm = EXCLUDED.jpm, potential_score = EXCLUDED.potential_score, updated_at = now()
             WHERE (assessment.jpm, assessment.potential_score) IS DISTINCT FROM (EXCLUDED.jpm, EXCLUDED.potential_score)
            """;
    private final EmployeeDirectory employees;
    private final JdbcTemplate jdbc;

    AssessmentImport(EmployeeDirectory employees, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        super(transactions, () -> { });
        this.employees = employees;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "assessments";
    }

    @Override
    protected List<String> columnList() {
        return AssessmentRowParser.COLUMNS;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public id.merit.dataimport.ImportOutcome run(ImportRequest request) {
        return super.run(request);
    }

    @Override
    protected RowParser<AssessmentRowParser.Row> parser(ImportRequest request) {
        Map<String, Optional<Long>> known = new HashMap<>();
        return new AssessmentRowParser(nip -> known.computeIfAbsent(nip, n -> employees.ref(n).map(EmployeeRef::id)));
    }

    @Override
    protected Written write(AssessmentRowParser.Row row) {
        AssessmentRecord a = row.assessment();
        int n = jdbc.update(UPSERT, row.employeeId(), a.assessmentDate(), a.purpose().name(), a.jpm(), a.potentialScore());
        return n == 0 ? Written.UNCHANGED : Written.CHANGED;
    }
}
