package id.merit.employee.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeMoved;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The employees import, set-based: the rows of a chunk go with {@code COPY} into a temporary stage table, then one
 * {@code INSERT … ON CONFLICT (nip) DO UPDATE … WHERE … IS DISTINCT FROM …} stores the new and changed ones and returns
 * them with their values before the statement (a CTE reading the same snapshot), so each row is known as created,
 * updated or unchanged. Exactly what {@link EmployeeCommandService#upsert} does per row: contact details the file does not
 * carry are kept, the position history is not touched (the {@code positions} import owns it), every created or changed
 * employee gets an audit record with old and new values (one multi-row insert), and a chunk that creates or moves
 * anybody publishes one {@link EmployeeMoved#many()}. Runs inside the caller's transaction.
 */
@Component
class EmployeeBulkUpsert {

    private static final String STAGE = """
            CREATE TEMP TABLE IF NOT EXISTS employee_stage (
                ord int, nip varchar(32), name varchar(200), gender varchar(1), birth_date date, employee_type varchar(24),
                opd_id bigint, rank varchar(6), position_name varchar(200), position_kind varchar(16),
                position_level varchar(16), functional_profession varchar(16), home_lat numeric(9,6), home_lon numeric(9,6),
                phone varchar(32), email varchar(200)) ON COMMIT DROP""";

    private static final String COLS = "e.nip, e.name, e.gender, e.birth_date, e.employee_type, e.opd_id, e.rank, e.position_name, "
            + "e.position_kind, e.position_level, e.functional_profession, e.home_lat, e.home_lon, e.phone, e.email";

    /** Fields the import always sets; phone and email only when the row carries either (the import does not). */
    private static final String UPSERT = """
            WITH old AS (
                SELECT %1$s FROM employee.employee e JOIN employee_stage s ON s.nip = e.nip
            ), up AS (
                INSERT INTO employee.employee AS e (nip, name, gender, birth_date, employee_type, opd_id, rank, position_name,
                        position_kind, position_level, functional_profession, home_lat, home_lon, phone, email, updated_at)
                SELECT nip, name, gender, birth_date, employee_type, opd_id, rank, position_name, position_kind, position_level,
                       functional_profession, home_lat, home_lon, phone, email, ? FROM employee_stage ORDER BY ord
                ON CONFLICT (nip) DO UPDATE SET name = EXCLUDED.name, gender = EXCLUDED.gender, birth_date = EXCLUDED.birth_date,
                    employee_type = EXCLUDED.employee_type, opd_id = EXCLUDED.opd_id, rank = EXCLUDED.rank,
                    position_name = EXCLUDED.position_name, position_kind = EXCLUDED.position_kind,
                    position_level = EXCLUDED.position_level, functional_profession = EXCLUDED.functional_profession,
                    home_lat = EXCLUDED.home_lat, home_lon = EXCLUDED.home_lon,
                    phone = CASE WHEN EXCLUDED.phone IS NULL AND EXCLUDED.email IS NULL THEN e.phone ELSE EXCLUDED.phone END,
                    email = CASE WHEN EXCLUDED.phone IS NULL AND EXCLUDED.email IS NULL THEN e.email ELSE EXCLUDED.email END,
                    updated_at = EXCLUDED.updated_at, version = e.version + 1
                WHERE ROW(e.name, e.gender, e.birth_date, e.employee_type, e.opd_id, e.rank, e.position_name, e.position_kind,
                          e.position_level, e.functional_profession, e.home_lat, e.home_lon)
                      IS DISTINCT FROM ROW(EXCLUDED.name, EXCLUDED.gender, EXCLUDED.birth_date, EXCLUDED.employee_type,
                          EXCLUDED.opd_id, EXCLUDED.rank, EXCLUDED.position_name, EXCLUDED.position_kind,
                          EXCLUDED.position_level, EXCLUDED.functional_profession, EXCLUDED.home_lat, EXCLUDED.home_lon)
                   OR ((EXCLUDED.phone IS NOT NULL OR EXCLUDED.email IS NOT NULL)
                       AND ROW(e.phone, e.email) IS DISTINCT FROM ROW(EXCLUDED.phone, EXCLUDED.email))
                RETURNING %1$s
            )
            SELECT up.*, old.* FROM up LEFT JOIN old ON old.nip = up.nip""".formatted(COLS);

    private static final int FIELDS = 15;

    private final DataSource dataSource;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeBulkUpsert(DataSource dataSource, OpdQueries opds, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.opds = opds;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the rows (NIPs distinct, codes valid) and says per row whether it created or changed an employee. */
    boolean[] upsert(List<EmployeeData> rows) {
        boolean[] changed = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return changed;
        }
        List<OpdView> tree = opds.tree();
        Map<String, Long> opdIds = tree.stream().collect(Collectors.toMap(OpdView::code, OpdView::id, (a, b) -> a));
        Map<Long, String> opdCodes = tree.stream().collect(Collectors.toMap(OpdView::id, OpdView::code, (a, b) -> a));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (index.put(rows.get(i).nip(), i) != null) {
                throw new IllegalArgumentException("NIP " + rows.get(i).nip() + " twice in one chunk");
            }
        }
        List<AuditLog.Change> audits = new ArrayList<>();
        boolean moved = false;
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            try (Statement st = con.createStatement()) {
                st.execute(STAGE);
                st.execute("TRUNCATE employee_stage");
            }
            copy(con, rows, opdIds);
            try (PreparedStatement ps = con.prepareStatement(UPSERT)) {
                ps.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> after = snapshot(rs, 1, opdCodes);
                        Map<String, Object> before = rs.getString(FIELDS + 1) == null ? null : snapshot(rs, FIELDS + 1, opdCodes);
                        String nip = (String) after.get("nip");
                        changed[index.get(nip)] = true;
                        if (before == null || !placement(before).equals(placement(after))) {
                            moved = true;
                        }
                        audits.add(new AuditLog.Change(before == null ? AuditAction.CREATE : AuditAction.UPDATE, nip,
                                (String) after.get("name"), before, after));
                    }
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
        audit.changedAll(EmployeeCommandService.AUDIT_TYPE, audits);
        if (moved) {
            events.publishEvent(EmployeeMoved.many());
        }
        return changed;
    }

    /** What places an employee (see EmployeeCommandService.placement): OPD, employee type, position kind and level. */
    private static List<Object> placement(Map<String, Object> snapshot) {
        return java.util.Arrays.asList(snapshot.get("opdCode"), snapshot.get("employeeType"), snapshot.get("positionKind"),
                snapshot.get("positionLevel"));
    }

    /** The same map as {@link Employee#snapshot}, read from 15 columns starting at {@code from}. */
    private static Map<String, Object> snapshot(ResultSet rs, int from, Map<Long, String> opdCodes) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nip", rs.getString(from));
        m.put("name", rs.getString(from + 1));
        m.put("gender", rs.getString(from + 2));
        java.sql.Date birth = rs.getDate(from + 3);
        m.put("birthDate", birth == null ? null : birth.toLocalDate().toString());
        m.put("employeeType", rs.getString(from + 4));
        long opdId = rs.getLong(from + 5);
        m.put("opdCode", rs.wasNull() ? null : opdCodes.get(opdId));
        m.put("rank", rs.getString(from + 6));
        m.put("positionName", rs.getString(from + 7));
        m.put("positionKind", rs.getString(from + 8));
        m.put("positionLevel", rs.getString(from + 9));
        m.put("functionalProfession", rs.getString(from + 10));
        m.put("homeLat", Employee.num(rs.getBigDecimal(from + 11)));
        m.put("homeLon", Employee.num(rs.getBigDecimal(from + 12)));
        m.put("phone", rs.getString(from + 13));
        m.put("email", rs.getString(from + 14));
        return m;
    }

    private static void copy(Connection con, List<EmployeeData> rows, Map<String, Long> opdIds) throws SQLException {
        Function<String, Long> opd = code -> {
            Long id = opdIds.get(code);
            if (id == null) {
                throw new BusinessProblem("opdCode", "opd.error.unknown", code);
            }
            return id;
        };
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (int i = 0; i < rows.size(); i++) {
            EmployeeData d = rows.get(i);
            text.append(i);
            field(text, d.nip());
            field(text, d.name());
            field(text, d.gender().name());
            field(text, d.birthDate().toString());
            field(text, d.employeeType().name());
            field(text, opd.apply(d.opdCode()).toString());
            field(text, blankToNull(d.rank()));
            field(text, blankToNull(d.positionName()));
            field(text, name(d.positionKind()));
            field(text, name(d.positionLevel()));
            field(text, name(d.functionalProfession()));
            field(text, plain(d.homeLat()));
            field(text, plain(d.homeLon()));
            field(text, blankToNull(d.phone()));
            field(text, blankToNull(d.email()));
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY employee_stage FROM STDIN");
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One tab-separated field in COPY text format: {@code \N} for null, backslash escapes for the rest. */
    private static void field(StringBuilder out, String value) {
        out.append('\t');
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static String plain(BigDecimal b) {
        return b == null ? null : b.toPlainString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static RuntimeException translate(SQLException e) {
        return new org.springframework.dao.DataIntegrityViolationException("employees bulk upsert failed: " + e.getMessage(), e);
    }
}
