package id.merit.employee.domain;

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
import java.util.HashMap;
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
 * {@code INSERT … ON CONFLICT (nip) DO UPDATE … WHERE … IS DISTINCT FROM …} stores the new and changed ones; the same statement writes each stored row, with its values before the statement (a
 * CTE reading the same snapshot) and after, into a temporary {@code employee_changes} table, so each row is known as
 * created, updated or unchanged without bringing its values through Java. Exactly what {@link EmployeeCommandService#upsert} does per row: contact details the file does not
 * carry are kept, the position history is not touched (the {@code positions} import owns it), every created or changed
 * employee gets an audit record with old and new values, built by the database ({@link AuditLog#changedFrom}), and a chunk that creates or moves
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

    /** Each stored row as the audit trail keeps it: what {@link Employee#snapshot} gives, built by the database. */
    private static final String SNAPSHOT = """
            jsonb_build_object('nip', %1$s.nip, 'name', %1$s.name, 'gender', %1$s.gender, 'birthDate', %1$s.birth_date::text,
                'employeeType', %1$s.employee_type, 'opdCode', %2$s.code, 'rank', %1$s.rank, 'positionName', %1$s.position_name,
                'positionKind', %1$s.position_kind, 'positionLevel', %1$s.position_level,
                'functionalProfession', %1$s.functional_profession, 'homeLat', trim_scale(%1$s.home_lat)::text,
                'homeLon', trim_scale(%1$s.home_lon)::text, 'phone', %1$s.phone, 'email', %1$s.email)""";

    private static final String CHANGES = """
            CREATE TEMP TABLE IF NOT EXISTS employee_changes (
                action text, entity_key text, summary text, old_values jsonb, new_values jsonb, moved boolean) ON COMMIT DROP""";

    /**
     * Fields the import always sets; phone and email only when the row carries either (the import does not). The
     * stored rows land in {@code employee_changes} with their audit values (old and new) and whether they moved.
     */
    private static final String UPSERT = """
            WITH codes AS (
                SELECT * FROM unnest(?::bigint[], ?::text[]) AS c(id, code)
            ), old AS (
                SELECT e.* FROM employee.employee e JOIN employee_stage s ON s.nip = e.nip
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
                RETURNING e.*
            )
            INSERT INTO employee_changes
            SELECT CASE WHEN old.nip IS NULL THEN 'CREATE' ELSE 'UPDATE' END, up.nip, up.name,
                   CASE WHEN old.nip IS NULL THEN NULL ELSE %s END, %s,
                   old.nip IS NULL OR ROW(old.opd_id, old.employee_type, old.position_kind, old.position_level)
                       IS DISTINCT FROM ROW(up.opd_id, up.employee_type, up.position_kind, up.position_level)
            FROM up LEFT JOIN old ON old.nip = up.nip
                    LEFT JOIN codes nc ON nc.id = up.opd_id LEFT JOIN codes oc ON oc.id = old.opd_id"""
            .formatted(SNAPSHOT.formatted("old", "oc"), SNAPSHOT.formatted("up", "nc"));

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
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (index.put(rows.get(i).nip(), i) != null) {
                throw new IllegalArgumentException("NIP " + rows.get(i).nip() + " twice in one chunk");
            }
        }
        boolean moved = false;
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            try (Statement st = con.createStatement()) {
                st.execute(STAGE);
                st.execute(CHANGES);
                st.execute("TRUNCATE employee_stage, employee_changes");
            }
            copy(con, rows, opdIds);
            try (PreparedStatement ps = con.prepareStatement(UPSERT)) {
                ps.setArray(1, con.createArrayOf("bigint", tree.stream().map(OpdView::id).toArray()));
                ps.setArray(2, con.createArrayOf("text", tree.stream().map(OpdView::code).toArray()));
                ps.setTimestamp(3, Timestamp.from(Instant.now(clock)));
                ps.executeUpdate();
            }
            try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery("SELECT entity_key, moved FROM employee_changes")) {
                while (rs.next()) {
                    changed[index.get(rs.getString(1))] = true;
                    moved |= rs.getBoolean(2);
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
        audit.changedFrom(EmployeeCommandService.AUDIT_TYPE, "employee_changes");
        if (moved) {
            events.publishEvent(EmployeeMoved.many());
        }
        return changed;
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
