package id.merit.attendance.domain.imports;

import id.merit.attendance.AbsenceKind;
import id.merit.attendance.domain.DataVersion;
import id.merit.attendance.domain.punches.AttlogParser;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The atomic attendance import kinds of interchange.md §2 — {@code holidays}, {@code device-users}, {@code absences} —
 * on the one import template ({@link MasterDataImport}): a pure row parser each, and a batched upsert that changes
 * nothing for an identical row (update count 0 = duplicate). Stored changes that move attendance figures bump the
 * {@link DataVersion} in the same transaction.
 */
final class MasterDataHandlers {

    private MasterDataHandlers() {
    }

    /** A kind whose parsed row is the upsert's parameter list (a list, so identical repeats in a file compare equal). */
    abstract static class Upsert extends MasterDataImport<List<Object>> {
        private final JdbcTemplate jdbc;
        private final DataVersion version;
        private final String sql;
        private final boolean movesFigures;

        Upsert(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataVersion version, String sql, boolean movesFigures) {
            super(transactions, () -> { });
            this.jdbc = jdbc;
            this.version = version;
            this.sql = sql;
            this.movesFigures = movesFigures;
        }

        @Override
        protected boolean[] writeChunk(List<List<Object>> rows) {
            int[] counts = jdbc.batchUpdate(sql, rows.stream().map(List::toArray).toList());
            boolean[] changed = new boolean[counts.length];
            boolean any = false;
            for (int i = 0; i < counts.length; i++) {
                changed[i] = counts[i] > 0;
                any |= changed[i];
            }
            if (any && movesFigures) {
                version.bump();
            }
            return changed;
        }

        /** A parser from a lambda, with the kind's key (the leading {@code keyParts} values) and key column. */
        static RowParser<List<Object>> parser(java.util.function.Function<RowCheck, List<Object>> parse, int keyParts,
                                              String keyField, String keyLabel) {
            return new RowParser<>() {
                @Override
                public List<Object> parse(RowCheck check) {
                    return parse.apply(check);
                }

                @Override
                public Object key(List<Object> value) {
                    return value.subList(0, keyParts);
                }

                @Override
                public String keyField() {
                    return keyField;
                }

                @Override
                public String keyLabel() {
                    return keyLabel;
                }
            };
        }
    }

    static Map<String, Long> employeeIds(EmployeeDirectory employees) {
        return employees.allRefs().stream().collect(Collectors.toMap(EmployeeRef::nip, EmployeeRef::id, (a, b) -> a));
    }

    static Long employee(RowCheck c, Map<String, Long> ids) {
        String nip = c.required("nip");
        Long id = nip == null ? null : ids.get(nip);
        if (nip != null && id == null) {
            c.reject("nip", "attendance.import.unknownNip", RowCheck.echo(nip));
        }
        return id;
    }

    static String holidayKind(String name) {
        return name.toLowerCase(Locale.ROOT).contains("cuti bersama") ? "CUTI_BERSAMA" : "NATIONAL";
    }

    /** {@code holidays}: {@code date,name}, key date. A name containing "cuti bersama" marks collective leave. */
    @Component
    static class Holidays extends Upsert {
        Holidays(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataVersion version) {
            super(jdbc, transactions, version, """
                    INSERT INTO attendance.holiday (holiday_date, name, kind) VALUES (?, ?, ?)
                    ON CONFLICT (holiday_date) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, updated_at = now()
                    WHERE (holiday.name, holiday.kind) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind)""", true);
        }

        @Override
        public String kind() {
            return "holidays";
        }

        @Override
        protected List<String> columnList() {
            return List.of("date", "name");
        }

        @Override
        protected RowParser<List<Object>> parser(ImportRequest request) {
            return parser(c -> {
                LocalDate date = c.date("date", true);
                String name = c.text("name", true, 200);
                return c.ok() ? List.of(Date.valueOf(date), name, holidayKind(name)) : null;
            }, 1, "date", "date");
        }
    }

    /** {@code device-users}: {@code device_sn,pin,nip}, key device_sn+pin; the NIP must exist. */
    @Component
    static class DeviceUsers extends Upsert {
        private final EmployeeDirectory employees;

        DeviceUsers(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataVersion version, EmployeeDirectory employees) {
            super(jdbc, transactions, version, """
                    INSERT INTO attendance.device_user (device_sn, pin, employee_id) VALUES (?, ?, ?)
                    ON CONFLICT (device_sn, pin) DO UPDATE SET employee_id = EXCLUDED.employee_id, updated_at = now()
                    WHERE device_user.employee_id <> EXCLUDED.employee_id""", false);
            this.employees = employees;
        }

        @Override
        public String kind() {
            return "device-users";
        }

        @Override
        protected List<String> columnList() {
            return List.of("device_sn", "pin", "nip");
        }

        @Override
        protected RowParser<List<Object>> parser(ImportRequest request) {
            Map<String, Long> ids = employeeIds(employees);
            return parser(c -> {
                String sn = c.required("device_sn");
                if (sn != null && !ImportFields.DEVICE_SN.matcher(sn).matches()) {
                    c.reject("device_sn", "attendance.import.badDeviceSn", RowCheck.echo(sn));
                }
                String pin = c.required("pin");
                if (pin != null && !ImportFields.PIN.matcher(pin).matches()) {
                    c.reject("pin", "attendance.import.badPin", RowCheck.echo(pin));
                }
                Long employeeId = employee(c, ids);
                return c.ok() ? Arrays.asList(sn, AttlogParser.canonicalPin(pin), employeeId) : null;
            }, 2, "pin", "device_sn+pin");
        }
    }

    /** {@code absences}: {@code nip,start_date,end_date,kind}, key nip+start_date+kind; an empty end date is one day. */
    @Component
    static class Absences extends Upsert {
        private final EmployeeDirectory employees;

        Absences(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataVersion version, EmployeeDirectory employees) {
            super(jdbc, transactions, version, """
                    INSERT INTO attendance.absence (employee_id, start_date, kind, end_date) VALUES (?, ?, ?, ?)
                    ON CONFLICT (employee_id, start_date, kind) DO UPDATE SET end_date = EXCLUDED.end_date, updated_at = now()
                    WHERE absence.end_date <> EXCLUDED.end_date""", true);
            this.employees = employees;
        }

        @Override
        public String kind() {
            return "absences";
        }

        @Override
        protected List<String> columnList() {
            return List.of("nip", "start_date", "end_date", "kind");
        }

        @Override
        protected RowParser<List<Object>> parser(ImportRequest request) {
            Map<String, Long> ids = employeeIds(employees);
            return parser(c -> {
                Long employeeId = employee(c, ids);
                LocalDate start = c.date("start_date", true);
                LocalDate end = c.date("end_date", false);
                AbsenceKind kind = c.code("kind", AbsenceKind.class, true);
                if (start != null && end != null && end.isBefore(start)) {
                    c.reject("end_date", "attendance.import.endBeforeStart");
                }
                return c.ok() ? List.of(employeeId, Date.valueOf(start), kind.name(), Date.valueOf(end == null ? start : end)) : null;
            }, 3, "kind", "nip+start_date+kind");
        }
    }
}
