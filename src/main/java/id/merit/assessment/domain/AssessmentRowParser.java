package id.merit.assessment.domain;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentRecord;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code assessments} (interchange.md §2): {@code nip,assessment_date,purpose,jpm,potential_score}, key
 * nip + assessment_date + purpose. {@code purpose} is MAPPING or SELECTION in any case; {@code jpm} and
 * {@code potential_score} are numbers from 0 to 100 with at most two decimals (a point, not a comma). Pure: the
 * employee lookup is handed in.
 */
final class AssessmentRowParser implements RowParser<AssessmentRowParser.Row> {

    static final List<String> COLUMNS = List.of("nip", "assessment_date", "purpose", "jpm", "potential_score");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,6}(\\.\\d+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One parsed row; {@code employeeId} is the stored employee's id. */
    record Row(long employeeId, AssessmentRecord assessment) {
    }

    private final Function<String, Optional<Long>> employeeIds;

    AssessmentRowParser(Function<String, Optional<Long>> employeeIds) {
        this.employeeIds = employeeIds;
    }

    @Override
    public Row parse(RowCheck c) {
        String nip = c.required("nip");
        Long employeeId = null;
        if (nip != null) {
            employeeId = employeeIds.apply(nip).orElse(null);
            if (employeeId == null) {
                c.reject("nip", "import.error.unknownEmployee", RowCheck.echo(nip));
            }
        }
        LocalDate date = c.date("assessment_date", true);
        AssessmentPurpose purpose = c.code("purpose", AssessmentPurpose.class, true);
        BigDecimal jpm = score(c, "jpm");
        BigDecimal potential = score(c, "potential_score");
        return c.ok() ? new Row(employeeId, new AssessmentRecord(nip, date, purpose, jpm, potential)) : null;
    }

    /** 0–100 with at most two decimals; trailing zeros beyond them are fine (78.500), their value is not. */
    static BigDecimal score(RowCheck c, String column) {
        String v = c.required(column);
        if (v == null) {
            return null;
        }
        if (!NUMBER.matcher(v).matches()) {
            c.reject(column, "assessment.import.number", column, RowCheck.echo(v));
            return null;
        }
        BigDecimal d = new BigDecimal(v).stripTrailingZeros();
        if (d.scale() > 2) {
            c.reject(column, "assessment.import.decimals", column, RowCheck.echo(v));
            return null;
        }
        if (d.signum() < 0 || d.compareTo(HUNDRED) > 0) {
            c.reject(column, "import.error.range", column, "0", "100");
            return null;
        }
        return d.setScale(2);
    }

    @Override
    public Object key(Row value) {
        AssessmentRecord a = value.assessment();
        return List.of(a.nip(), a.assessmentDate(), a.purpose());
    }

    @Override
    public String keyField() {
        return "assessment_date";
    }

    @Override
    public String keyLabel() {
        return "nip+assessment_date+purpose";
    }
}
