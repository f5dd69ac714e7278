package id.merit.attendance.domain.imports;

import id.merit.attendance.domain.punches.AttlogParser;
import id.merit.attendance.domain.punches.PunchStore;
import id.merit.employee.EmployeeDirectory;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.TabularFile;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The non-atomic attendance kinds of interchange.md §2, {@code attendance} (CSV/xlsx) and {@code attlog} (ZKTeco
 * USB export): every valid row is stored through {@link PunchStore}, invalid rows are reported (the first 1,000
 * listed, all counted); the same punch imported twice counts once.
 */
final class PunchHandlers {

    private PunchHandlers() {
    }

    /** {@code attendance}: {@code nip,timestamp,device_sn}, one punch a row, key nip+timestamp; device_sn may be empty. */
    @Component
    static class Attendance implements ImportHandler {
        private final PunchStore store;
        private final EmployeeDirectory employees;

        Attendance(PunchStore store, EmployeeDirectory employees) {
            this.store = store;
            this.employees = employees;
        }

        @Override
        public String kind() {
            return "attendance";
        }

        @Override
        public boolean atomic() {
            return false;
        }

        @Override
        public List<String> columns() {
            return List.of("nip", "timestamp", "device_sn");
        }

        @Override
        public ImportOutcome run(ImportRequest request) {
            Map<String, Long> ids = MasterDataHandlers.employeeIds(employees);
            Rejections r = new Rejections();
            PunchStore.Counts c = store.store(null, request.dryRun(), w -> {
                TabularFile.Header h = TabularFile.read(request.file(), List.of("nip", "timestamp"), row -> {
                    r.row();
                    long before = r.total();
                    Long id = ImportFields.employee(row, ids, r);
                    LocalDateTime at = ImportFields.timestamp(row, "timestamp", r);
                    String sn = ImportFields.deviceSn(row.get("device_sn"), row.line(), r);
                    if (r.total() == before) {
                        w.write(id, at, sn);
                    }
                });
                if (!h.missing().isEmpty()) {
                    throw new TabularFile.MalformedFileException("attendance.import.missingColumns");
                }
            });
            return r.outcome(c.accepted(), c.duplicates());
        }
    }

    /**
     * {@code attlog}: header-less, tab-separated; {@code device_sn} comes from the request parameter (required, else the
     * whole file is refused) and maps each PIN to an employee through the device users of that device.
     */
    @Component
    static class Attlog implements ImportHandler {
        private final PunchStore store;
        private final JdbcTemplate jdbc;

        Attlog(PunchStore store, JdbcTemplate jdbc) {
            this.store = store;
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "attlog";
        }

        @Override
        public boolean atomic() {
            return false;
        }

        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public List<String> parameters() {
            return List.of("device_sn");
        }

        @Override
        public ImportOutcome run(ImportRequest request) {
            String device = request.param("device_sn");
            if (device == null) {
                throw new TabularFile.MalformedFileException("attendance.attlog.deviceSnRequired");
            }
            if (!ImportFields.DEVICE_SN.matcher(device).matches()) {
                throw new TabularFile.MalformedFileException("attendance.attlog.deviceSnInvalid");
            }
            Map<String, Long> pins = new HashMap<>();
            jdbc.query("SELECT pin, employee_id FROM attendance.device_user WHERE device_sn = ?",
                    rs -> {
                        pins.put(rs.getString(1), rs.getLong(2));
                    }, device);
            Rejections r = new Rejections();
            PunchStore.Counts c = store.store(device, request.dryRun(), w -> {
                try (InputStream in = request.file().open()) {
                    AttlogParser.parse(in, new AttlogParser.Sink() {
                        @Override
                        public void punch(long line, String pin, LocalDateTime at) {
                            r.row();
                            Long id = pins.get(pin);
                            if (id == null) {
                                r.add(line, "pin", "attendance.attlog.unmappedPin", pin, device);
                            } else {
                                w.write(id, at, null);
                            }
                        }

                        @Override
                        public void reject(long line, String field, String messageKey) {
                            r.row();
                            r.add(line, field, messageKey);
                        }
                    });
                }
            });
            return r.outcome(c.accepted(), c.duplicates());
        }
    }
}
