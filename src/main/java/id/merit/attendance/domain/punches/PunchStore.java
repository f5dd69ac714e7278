package id.merit.attendance.domain.punches;

import id.merit.attendance.domain.DataVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk path for punches. Punches are stored one row per employee and month ({@code attendance.punch_month}, one
 * partition a year: the seconds since the month's start, ascending and distinct, with the device of each), so that a
 * year of a regency is about 120,000 short rows instead of 5 million keyed ones (docs/performance.md). An import is parsed into
 * {@link PunchMonths} first; then, in one transaction that holds the punch lock (imports of punches run one at a
 * time; readers never wait), the stored months of the same employees are read, months not stored yet go in with
 * {@code COPY}, and months that gain punches are rewritten through a staged {@code UPDATE}. A punch already stored
 * counts as a duplicate, as does one repeated in the file. A dry run counts the same way and writes nothing.
 */
@Component
public class PunchStore {

    /** Transaction-level advisory lock key serialising punch imports ("MERITPUN"). */
    private static final long LOCK = 0x4D45524954_50554EL;

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final DataVersion version;

    PunchStore(DataSource dataSource, PlatformTransactionManager txManager, DataVersion version) {
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(txManager);
        // REQUIRED, not REQUIRES_NEW: callers (the import endpoint, import jobs, the demo seeder) hold no transaction, so
        // each import is its own unit of work; a caller that does hold one is joined instead of taking a second pooled
        // connection, which under load deadlocks the pool (issue 7)
        this.version = version;
    }

    /** What was read and what was stored (0 on a dry run). */
    public record Counts(long staged, long accepted, long duplicates) {
    }

    /** Receives the valid punches of a file, in any order. */
    public interface Writer {
        void write(long employeeId, LocalDateTime at, String deviceSn);
    }

    @FunctionalInterface
    public interface Producer {
        void produce(Writer writer) throws IOException;
    }

    /**
     * @param deviceSn the device of every row without its own (attlog: the device the export came from); may be null
     */
    public Counts store(String deviceSn, boolean dryRun, Producer producer) {
        PunchMonths punches = new PunchMonths(deviceSn);
        try {
            producer.produce(punches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalDate[] range = punches.monthRange();
        if (range == null) {
            return new Counts(0, 0, 0);
        }
        return tx.execute(status -> {
            Connection con = DataSourceUtils.getConnection(dataSource);
            try {
                if (!dryRun) {
                    try (PreparedStatement ps = con.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        ps.setLong(1, LOCK);
                        ps.execute();
                    }
                }
                Map<MonthKey, PunchMonths.Month> stored = stored(con, punches.employeeIds(), range);
                List<PunchMonths.Month> changed = new ArrayList<>();
                Map<DeviceMonth, Integer> deviceDays = new HashMap<>();
                long[] accepted = {0};
                try (MonthCopy inserts = dryRun ? null : new MonthCopy(con, "COPY attendance.punch_month (employee_id, month, seconds, device_sn) FROM STDIN")) {
                    punches.forEachMonth(m -> {
                        deviceDays(m, deviceDays);
                        PunchMonths.Month old = stored.get(new MonthKey(m.employeeId(), m.month()));
                        if (old == null) {
                            accepted[0] += m.size();
                            if (inserts != null) {
                                inserts.write(m);
                            }
                        } else {
                            PunchMonths.Merge merge = PunchMonths.merge(old, m);
                            if (merge.added() > 0) {
                                accepted[0] += merge.added();
                                changed.add(merge.month());
                            }
                        }
                    });
                    if (inserts != null) {
                        inserts.finish();
                    }
                }
                if (dryRun) {
                    status.setRollbackOnly();
                    return new Counts(punches.rows(), 0, punches.rows() - accepted[0]);
                }
                update(con, changed, range);
                storeDeviceDays(con, deviceDays);
                if (accepted[0] > 0) {
                    version.bump();
                }
                return new Counts(punches.rows(), accepted[0], punches.rows() - accepted[0]);
            } catch (SQLException e) {
                throw new IllegalStateException("Storing punches failed", e);
            } finally {
                DataSourceUtils.releaseConnection(con, dataSource);
            }
        });
    }

    private record MonthKey(long employeeId, LocalDate month) {
    }

    private record DeviceMonth(String deviceSn, LocalDate month) {
    }

    /** The stored months of these employees between the first and last month of the import. */
    private static Map<MonthKey, PunchMonths.Month> stored(Connection con, Long[] employeeIds, LocalDate[] range) throws SQLException {
        Map<MonthKey, PunchMonths.Month> out = new HashMap<>();
        Map<String, String> devices = new HashMap<>(); // one String per serial number, not one per punch
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT employee_id, month, seconds, device_sn FROM attendance.punch_month
                WHERE employee_id = ANY(?) AND month BETWEEN ? AND ?""")) {
            ps.setArray(1, con.createArrayOf("bigint", employeeIds));
            ps.setDate(2, Date.valueOf(range[0]));
            ps.setDate(3, Date.valueOf(range[1]));
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer[] boxed = (Integer[]) rs.getArray(3).getArray();
                    int[] seconds = new int[boxed.length];
                    for (int i = 0; i < seconds.length; i++) {
                        seconds[i] = boxed[i];
                    }
                    String[] sns = (String[]) rs.getArray(4).getArray();
                    for (int i = 0; i < sns.length; i++) {
                        sns[i] = sns[i] == null ? null : devices.computeIfAbsent(sns[i], d -> d);
                    }
                    PunchMonths.Month m = new PunchMonths.Month(rs.getLong(1), rs.getDate(2).toLocalDate(), seconds, sns);
                    out.put(new MonthKey(m.employeeId(), m.month()), m);
                }
            }
        }
        return out;
    }

    /** Adds the days of this month's punches to the day bits of their devices (bit d-1 = day d of the month). */
    private static void deviceDays(PunchMonths.Month m, Map<DeviceMonth, Integer> days) {
        String[] devices = m.devices();
        int[] seconds = m.seconds();
        String current = null;
        int mask = 0;
        for (int i = 0; i < seconds.length; i++) {
            if (!java.util.Objects.equals(devices[i], current)) {
                addDays(days, current, m.month(), mask);
                current = devices[i];
                mask = 0;
            }
            mask |= 1 << (seconds[i] / 86_400);
        }
        addDays(days, current, m.month(), mask);
    }

    private static void addDays(Map<DeviceMonth, Integer> days, String deviceSn, LocalDate month, int mask) {
        if (deviceSn != null && mask != 0) {
            days.merge(new DeviceMonth(deviceSn, month), mask, (a, b) -> a | b);
        }
    }

    /**
     * Keeps {@code attendance.device_month} (the days each device had a punch; rules-defaults.md "No data is not
     * absence") in step with the punches: the days of the file's punches are OR-ed into the stored bits.
     */
    private static void storeDeviceDays(Connection con, Map<DeviceMonth, Integer> days) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = con.prepareStatement("""
                INSERT INTO attendance.device_month (device_sn, month, days) VALUES (?, ?, ?)
                ON CONFLICT (device_sn, month) DO UPDATE SET days = device_month.days | EXCLUDED.days""")) {
            for (Map.Entry<DeviceMonth, Integer> e : days.entrySet()) {
                ps.setString(1, e.getKey().deviceSn());
                ps.setDate(2, Date.valueOf(e.getKey().month()));
                ps.setInt(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Rewrites the months that gained punches, through a staging table and one UPDATE. */
    private static void update(Connection con, List<PunchMonths.Month> changed, LocalDate[] range) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (Statement st = con.createStatement()) {
            st.execute("CREATE TEMP TABLE punch_month_stage (employee_id bigint, month date, seconds int[], device_sn varchar(64)[]) ON COMMIT DROP");
        }
        try (MonthCopy copy = new MonthCopy(con, "COPY punch_month_stage FROM STDIN")) {
            changed.forEach(copy::write);
            copy.finish();
        }
        // the month range lets PostgreSQL skip the other years' partitions
        try (PreparedStatement ps = con.prepareStatement("""
                UPDATE attendance.punch_month p SET seconds = s.seconds, device_sn = s.device_sn
                FROM punch_month_stage s WHERE p.employee_id = s.employee_id AND p.month = s.month AND p.month BETWEEN ? AND ?""")) {
            ps.setDate(1, Date.valueOf(range[0]));
            ps.setDate(2, Date.valueOf(range[1]));
            ps.executeUpdate();
        }
    }

    /**
     * Months as {@code COPY} text rows ({@code id, month, {seconds}, {"device",NULL}}), sent in 256 KB blocks. Device
     * serial numbers are {@code [A-Za-z0-9._-]} (checked on import), so quoting them is all the escaping they need.
     */
    private static final class MonthCopy implements AutoCloseable {
        private static final int BLOCK = 1 << 18;
        private final CopyIn copy;
        private final StringBuilder text = new StringBuilder(BLOCK + 8192);

        MonthCopy(Connection con, String sql) throws SQLException {
            this.copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void write(PunchMonths.Month m) {
            text.append(m.employeeId()).append('\t').append(m.month()).append("\t{");
            int[] seconds = m.seconds();
            for (int i = 0; i < seconds.length; i++) {
                text.append(i == 0 ? "" : ",").append(seconds[i]);
            }
            text.append("}\t{");
            String[] devices = m.devices();
            for (int i = 0; i < devices.length; i++) {
                text.append(i == 0 ? "" : ",");
                if (devices[i] == null) {
                    text.append("NULL");
                } else {
                    text.append('"').append(devices[i]).append('"');
                }
            }
            text.append("}\n");
            if (text.length() >= BLOCK) {
                flush();
            }
        }

        private void flush() {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
        }

        /** Sends the rest and ends the COPY. */
        void finish() throws SQLException {
            flush();
            copy.endCopy();
        }

        /** Cancels a COPY that was not finished (an exception on the way). */
        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
