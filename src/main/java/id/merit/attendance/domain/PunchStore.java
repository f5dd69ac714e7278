package id.merit.attendance.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The set-based bulk path for punches (conventions.md "Bulk paths … use set-based SQL / COPY"): the caller streams
 * valid punches into {@link Writer}, which sends them with {@code COPY … FROM STDIN (FORMAT binary)} into a temporary
 * staging table; one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} then stores the new ones. Rows staged minus
 * rows inserted are duplicates (already stored, or repeated within the file). All in one transaction; a dry run
 * counts what would be new and rolls back.
 */
@Component
class PunchStore {

    /** Microseconds between 1970-01-01 and PostgreSQL's epoch 2000-01-01 (binary timestamp format). */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final DataVersion version;

    PunchStore(DataSource dataSource, PlatformTransactionManager txManager, DataVersion version) {
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(txManager);
        // each import is its own unit of work, even when a caller (demo seeder, a test) holds a transaction
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.version = version;
    }

    /** What was staged and what was stored (0 on a dry run). */
    record Counts(long staged, long accepted, long duplicates) {
    }

    /** Receives the valid punches of a file, in any order. */
    interface Writer {
        void write(long employeeId, LocalDateTime at, String deviceSn);
    }

    @FunctionalInterface
    interface Producer {
        void produce(Writer writer) throws IOException;
    }

    /**
     * @param deviceSn the device of every row without its own (attlog: the device the export came from); may be null
     */
    Counts store(String deviceSn, boolean dryRun, Producer producer) {
        return tx.execute(status -> {
            Connection con = DataSourceUtils.getConnection(dataSource);
            try {
                try (Statement st = con.createStatement()) {
                    st.execute("SET LOCAL work_mem = '256MB'");
                    st.execute("CREATE TEMP TABLE punch_stage (employee_id bigint, punched_at timestamp, device_sn varchar(64)) ON COMMIT DROP");
                }
                long staged = copy(con, producer);
                long accepted;
                if (dryRun) {
                    accepted = count(con, """
                            SELECT count(*) FROM (SELECT DISTINCT employee_id, punched_at FROM punch_stage) s
                            WHERE NOT EXISTS (SELECT 1 FROM attendance.punch p
                                              WHERE p.employee_id = s.employee_id AND p.punched_at = s.punched_at)""");
                    status.setRollbackOnly();
                } else {
                    try (PreparedStatement ps = con.prepareStatement("""
                            INSERT INTO attendance.punch (employee_id, punched_at, device_sn)
                            SELECT employee_id, punched_at, coalesce(device_sn, ?) FROM punch_stage
                            ORDER BY employee_id, punched_at
                            ON CONFLICT (employee_id, punched_at) DO NOTHING""")) {
                        ps.setString(1, deviceSn);
                        accepted = ps.executeUpdate();
                    }
                    if (accepted > 0) {
                        version.bump();
                    }
                }
                return new Counts(staged, dryRun ? 0 : accepted, staged - accepted);
            } catch (SQLException e) {
                throw new IllegalStateException("Storing punches failed", e);
            } finally {
                DataSourceUtils.releaseConnection(con, dataSource);
            }
        });
    }

    private static long count(Connection con, String sql) throws SQLException {
        try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long copy(Connection con, Producer producer) throws SQLException {
        CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY punch_stage FROM STDIN (FORMAT binary)");
        BinaryWriter w = new BinaryWriter(copy);
        try {
            producer.produce(w);
            w.finish();
            return w.rows;
        } catch (IOException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** PostgreSQL binary COPY tuples (bigint, timestamp, varchar), buffered in 256 KB blocks. */
    private static final class BinaryWriter implements Writer {
        private final CopyIn copy;
        private final byte[] buf = new byte[1 << 18];
        private int len;
        long rows;

        BinaryWriter(CopyIn copy) {
            this.copy = copy;
            System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
            len = HEADER.length;
        }

        @Override
        public void write(long employeeId, LocalDateTime at, String deviceSn) {
            byte[] sn = deviceSn == null ? null : deviceSn.getBytes(StandardCharsets.UTF_8);
            ensure(2 + 12 + 12 + 4 + (sn == null ? 0 : sn.length));
            putShort(3);
            putInt(8);
            putLong(employeeId);
            putInt(8);
            putLong(at.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + at.getNano() / 1000 - PG_EPOCH_MICROS);
            if (sn == null) {
                putInt(-1);
            } else {
                putInt(sn.length);
                System.arraycopy(sn, 0, buf, len, sn.length);
                len += sn.length;
            }
            rows++;
        }

        void finish() throws SQLException {
            ensure(2);
            putShort(-1);
            flush();
            copy.endCopy();
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                try {
                    flush();
                } catch (SQLException e) {
                    throw new IllegalStateException("COPY failed", e);
                }
            }
        }

        private void flush() throws SQLException {
            if (len > 0) {
                copy.writeToCopy(buf, 0, len);
                len = 0;
            }
        }

        private void putShort(int v) {
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        private void putInt(int v) {
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        private void putLong(long v) {
            putInt((int) (v >>> 32));
            putInt((int) v);
        }
    }
}
