package id.merit.dataimport.kinds;

import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.PositionRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code positions}: position history; the employee must exist (employees are imported first). The optional last
 * column {@code post_code} links the row to a stored post ({@code posts} are imported before positions).
 */
final class PositionRowParser implements RowParser<PositionRowParser.Row> {

    static final List<String> COLUMNS = List.of("nip", "position_name", "position_kind", "position_level", "opd_code",
            "start_date", "end_date");

    record Row(String nip, PositionRecord position) {
    }

    private final Predicate<String> employeeExists;
    private final Predicate<String> opdExists;
    private final Predicate<String> postExists;

    PositionRowParser(Predicate<String> employeeExists, Predicate<String> opdExists, Predicate<String> postExists) {
        this.employeeExists = employeeExists;
        this.opdExists = opdExists;
        this.postExists = postExists;
    }

    @Override
    public Row parse(RowCheck c) {
        String nip = employee(c, employeeExists);
        String name = c.text("position_name", true, 200);
        PositionKind kind = c.code("position_kind", PositionKind.class, true);
        PositionLevel level = EmployeeRowParser.level(c, kind);
        String opdCode = EmployeeRowParser.opd(c, "opd_code", opdExists);
        LocalDate start = c.date("start_date", true);
        LocalDate end = c.date("end_date", false);
        if (start != null && end != null && end.isBefore(start)) {
            c.reject("end_date", "import.error.endBeforeStart", "end_date", "start_date");
        }
        String postCode = c.value("post_code");
        if (postCode != null && !postExists.test(postCode)) {
            c.reject("post_code", "import.error.unknownPost", RowCheck.echo(postCode));
        }
        return c.ok() ? new Row(nip, new PositionRecord(name, kind, level, opdCode, start, end, postCode)) : null;
    }

    /** The {@code nip} column of the history kinds: required and an employee already stored. */
    static String employee(RowCheck c, Predicate<String> employeeExists) {
        String nip = c.required("nip");
        if (nip != null && !employeeExists.test(nip)) {
            c.reject("nip", "import.error.unknownEmployee", RowCheck.echo(nip));
            return null;
        }
        return nip;
    }

    @Override
    public Object key(Row value) {
        return List.of(value.nip(), value.position().startDate());
    }

    @Override
    public String keyField() {
        return "start_date";
    }

    @Override
    public String keyLabel() {
        return "nip+start_date";
    }
}
