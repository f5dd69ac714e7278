package id.merit.attendance.domain;

import id.merit.attendance.AbsenceKind;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.shared.imports.ImportHandler;
import id.merit.shared.imports.ImportOutcome;
import id.merit.shared.imports.ImportRequest;
import id.merit.shared.imports.TabularFile.TableRow;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The atomic attendance import kinds of interchange.md §2: {@code holidays}, {@code device-users}, {@code absences}. */
final class MasterDataHandlers {

    private MasterDataHandlers() {
    }

    static Map<String, Long> employeeIds(EmployeeQueries employees) {
        return employees.allRefs().stream().collect(Collectors.toMap(EmployeeRef::nip, EmployeeRef::id, (a, b) -> a));
    }

    static Long employee(TableRow row, Map<String, Long> ids, Rejections r) {
        String nip = ImportFields.required(row, "nip", r);
        if (nip == null) {
            return null;
        }
        Long id = ids.get(nip);
        if (id == null) {
            r.add(row.line(), "nip", "attendance.import.unknownNip", nip);
        }
        return id;
    }

    /** {@code holidays}: {@code date,name}, key date. A name containing "cuti bersama" marks collective leave. */
    @Component
    static class Holidays implements ImportHandler {
        private final MasterDataImport importer;

        Holidays(MasterDataImport importer) {
            this.importer = importer;
        }

        @Override
        public String kind() {
            return "holidays";
        }

        @Override
        public boolean atomic() {
            return true;
        }

        @Override
        public List<String> columns() {
            return List.of("date", "name");
        }

        @Override
        public ImportOutcome run(ImportRequest request) {
            return importer.run(request, columns(), (row, r) -> {
                LocalDate date = ImportFields.date(row, "date", true, r);
                String name = ImportFields.required(row, "name", r);
                if (name != null && name.length() > 200) {
                    r.add(row.line(), "name", "attendance.import.tooLong", 200);
                    return null;
                }
                if (date == null || name == null) {
                    return null;
                }
                return new MasterDataImport.Parsed(row.line(), date, new Object[] {Date.valueOf(date), name, holidayKind(name)});
            }, """
                    INSERT INTO attendance.holiday (holiday_date, name, kind) VALUES (?, ?, ?)
                    ON CONFLICT (holiday_date) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, updated_at = now()
                    WHERE (holiday.name, holiday.kind) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind)""", true);
        }
    }

    static String holidayKind(String name) {
        return name.toLowerCase(Locale.ROOT).contains("cuti bersama") ? "CUTI_BERSAMA" : "NATIONAL";
    }

    /** {@code device-users}: {@code device_sn,pin,nip}, key device_sn+pin; the NIP must exist. */
    @Component
    static class DeviceUsers implements ImportHandler {
        private final MasterDataImport importer;
        private final EmployeeQueries employees;

        DeviceUsers(MasterDataImport importer, EmployeeQueries employees) {
            this.importer = importer;
            this.employees = employees;
        }

        @Override
        public String kind() {
            return "device-users";
        }

        @Override
        public boolean atomic() {
            return true;
        }

        @Override
        public List<String> columns() {
            return List.of("device_sn", "pin", "nip");
        }

        @Override
        public ImportOutcome run(ImportRequest request) {
            Map<String, Long> ids = employeeIds(employees);
            return importer.run(request, columns(), (row, r) -> {
                String sn = ImportFields.required(row, "device_sn", r);
                sn = sn == null ? null : ImportFields.deviceSn(sn, row.line(), r);
                String pin = ImportFields.pin(row, r);
                Long employeeId = employee(row, ids, r);
                if (sn == null || pin == null || employeeId == null) {
                    return null;
                }
                return new MasterDataImport.Parsed(row.line(), sn + '\t' + pin, new Object[] {sn, pin, employeeId});
            }, """
                    INSERT INTO attendance.device_user (device_sn, pin, employee_id) VALUES (?, ?, ?)
                    ON CONFLICT (device_sn, pin) DO UPDATE SET employee_id = EXCLUDED.employee_id, updated_at = now()
                    WHERE device_user.employee_id <> EXCLUDED.employee_id""", false);
        }
    }

    /** {@code absences}: {@code nip,start_date,end_date,kind}, key nip+start_date+kind; an empty end date is one day. */
    @Component
    static class Absences implements ImportHandler {
        private final MasterDataImport importer;
        private final EmployeeQueries employees;

        Absences(MasterDataImport importer, EmployeeQueries employees) {
            this.importer = importer;
            this.employees = employees;
        }

        @Override
        public String kind() {
            return "absences";
        }

        @Override
        public boolean atomic() {
            return true;
        }

        @Override
        public List<String> columns() {
            return List.of("nip", "start_date", "end_date", "kind");
        }

        @Override
        public ImportOutcome run(ImportRequest request) {
            Map<String, Long> ids = employeeIds(employees);
            return importer.run(request, columns(), (row, r) -> {
                Long employeeId = employee(row, ids, r);
                LocalDate start = ImportFields.date(row, "start_date", true, r);
                LocalDate end = ImportFields.date(row, "end_date", false, r);
                AbsenceKind kind = ImportFields.code(row, "kind", AbsenceKind.class, r);
                if (start != null && end != null && end.isBefore(start)) {
                    r.add(row.line(), "end_date", "attendance.import.endBeforeStart");
                    return null;
                }
                if (employeeId == null || start == null || kind == null || (end == null && row.get("end_date") != null)) {
                    return null;
                }
                LocalDate last = end == null ? start : end;
                return new MasterDataImport.Parsed(row.line(), employeeId + "|" + start + "|" + kind,
                        new Object[] {employeeId, Date.valueOf(start), Date.valueOf(last), kind.name()});
            }, """
                    INSERT INTO attendance.absence (employee_id, start_date, end_date, kind) VALUES (?, ?, ?, ?)
                    ON CONFLICT (employee_id, start_date, kind) DO UPDATE SET end_date = EXCLUDED.end_date, updated_at = now()
                    WHERE absence.end_date <> EXCLUDED.end_date""", true);
        }
    }
}
