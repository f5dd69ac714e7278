package id.merit.dataimport.kinds;

import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;

import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** {@code trainings}: {@code hours} are lesson hours (JP), a whole number ≥ 0; {@code end_date} is required. */
final class TrainingRowParser implements RowParser<TrainingRowParser.Row> {

    static final List<String> COLUMNS = List.of("nip", "kind", "name", "hours", "end_date");

    record Row(String nip, TrainingRecord training) {
    }

    private final Predicate<String> employeeExists;

    TrainingRowParser(Predicate<String> employeeExists) {
        this.employeeExists = employeeExists;
    }

    @Override
    public Row parse(RowCheck c) {
        String nip = PositionRowParser.employee(c, employeeExists);
        TrainingKind kind = c.code("kind", TrainingKind.class, true);
        String name = c.text("name", true, 300);
        Integer hours = c.integer("hours", true, 0);
        LocalDate end = c.date("end_date", true);
        return c.ok() ? new Row(nip, new TrainingRecord(kind, name, hours, end)) : null;
    }

    @Override
    public Object key(Row value) {
        return List.of(value.nip(), value.training().name(), value.training().endDate());
    }

    @Override
    public String keyField() {
        return "name";
    }

    @Override
    public String keyLabel() {
        return "nip+name+end_date";
    }
}
