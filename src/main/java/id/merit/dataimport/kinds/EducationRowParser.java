package id.merit.dataimport.kinds;

import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** {@code education}: one row per employee and level; institution, major and graduation date are optional. */
final class EducationRowParser implements RowParser<EducationRowParser.Row> {

    static final List<String> COLUMNS = List.of("nip", "level", "institution", "major", "graduation_date");

    record Row(String nip, EducationRecord education) {
    }

    private final Predicate<String> employeeExists;

    EducationRowParser(Predicate<String> employeeExists) {
        this.employeeExists = employeeExists;
    }

    @Override
    public Row parse(RowCheck c) {
        String nip = PositionRowParser.employee(c, employeeExists);
        EducationLevel level = c.code("level", EducationLevel.class, true);
        String institution = c.text("institution", false, 200);
        String major = c.text("major", false, 200);
        LocalDate graduated = c.date("graduation_date", false);
        return c.ok() ? new Row(nip, new EducationRecord(level, institution, major, graduated)) : null;
    }

    @Override
    public Object key(Row value) {
        return List.of(value.nip(), value.education().level());
    }

    @Override
    public String keyField() {
        return "level";
    }

    @Override
    public String keyLabel() {
        return "nip+level";
    }
}
