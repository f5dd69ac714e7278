package id.merit.employee.domain;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.OpdView;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based reads for year-wide computations (IP ASN of everyone): one statement each, keyed by employee id, so that
 * 100,000 staff cost four queries instead of 400,000.
 */
@Component
class EmployeeYearReads {
    /** Education levels ordered lowest first, as the enum declares them. */
    private static final String LEVEL_RANK = "array_position(ARRAY['SD','SMP','SMA','D1','D2','D3','D4','S1','S2','S3']::varchar[], level)";
    private final JdbcTemplate jdbc;

    EmployeeYearReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** See {@link id.merit.employee.EmployeeDirectory#staffFingerprint}: row count and summed hash of each row version. */
    String staffFingerprint(Collection<Long> opdIds) {
        Long[] ids = opdIds.toArray(Long[]::new);
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) || ':' || coalesce(sum(hashtextextended(e.xmin::text || e.ctid::text, 0)), 0)
                          FROM employee.employee e WHERE e.opd_id = ANY (?))
                    || '/' || (SELECT count(*) || ':' || coalesce(sum(hashtextextended(p.xmin::text || p.ctid::text, 0)), 0)
                          FROM employee.position_history p JOIN employee.employee e ON e.id = p.employee_id
                          WHERE e.opd_id = ANY (?))""", String.class, ids, ids);
    }

    /**
     * The position history of the given employees, newest first, read from the whole table in one plain query (no
     * entities: 100,000 rows cost a fraction of loading them through JPA).
     */
    Map<Long, List<PositionRecord>> positionsOf(java.util.Set<Long> wanted, Map<Long, OpdView> opdMap) {
        Map<Long, List<PositionRecord>> m = new HashMap<>();
        jdbc.query("SELECT employee_id, position_name, position_kind, position_level, opd_id, start_date, end_date, post_code"
                + " FROM employee.position_history ORDER BY start_date DESC", rs -> {
                    long employee = rs.getLong(1);
                    if (!wanted.contains(employee)) {
                        return;
                    }
                    String level = rs.getString(4);
                    long opdId = rs.getLong(5);
                    OpdView opd = rs.wasNull() ? null : opdMap.get(opdId);
                    Date start = rs.getDate(6);
                    Date end = rs.getDate(7);
                    m.computeIfAbsent(employee, k -> new ArrayList<>()).add(new PositionRecord(rs.getString(2),
                            PositionKind.valueOf(rs.getString(3)), level == null ? null : PositionLevel.valueOf(level),
                            opd == null ? null : opd.code(), start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
                            rs.getString(8)));
                });
        return m;
    }

    Map<Long, EducationRecord> highestEducation() {
        Map<Long, EducationRecord> m = new HashMap<>();
        jdbc.query("SELECT DISTINCT ON (employee_id) employee_id, level, institution, major, graduation_date FROM employee.education"
                + " ORDER BY employee_id, " + LEVEL_RANK + " DESC", rs -> {
            Date d = rs.getDate(5);
            m.put(rs.getLong(1), new EducationRecord(EducationLevel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                    d == null ? null : d.toLocalDate()));
        });
        return m;
    }

    Map<Long, PositionRecord> positionsHeldOn(LocalDate day) {
        Map<Long, PositionRecord> m = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (p.employee_id) p.employee_id, p.position_name, p.position_kind, p.position_level, o.code,
                       p.start_date, p.end_date, p.post_code
                  FROM employee.position_history p JOIN orgunit.opd o ON o.id = p.opd_id
                 WHERE p.start_date <= ?
                 ORDER BY p.employee_id, p.start_date DESC
                """, rs -> {
            String level = rs.getString(4);
            Date end = rs.getDate(7);
            m.put(rs.getLong(1), new PositionRecord(rs.getString(2), PositionKind.valueOf(rs.getString(3)),
                    level == null ? null : PositionLevel.valueOf(level), rs.getString(5), rs.getDate(6).toLocalDate(),
                    end == null ? null : end.toLocalDate(), rs.getString(8)));
        }, Date.valueOf(day));
        return m;
    }

    Map<Long, List<TrainingRecord>> trainingsEndingBetween(LocalDate from, LocalDate to, Collection<TrainingKind> anyTimeKinds) {
        Map<Long, List<TrainingRecord>> m = new HashMap<>();
        String[] kinds = anyTimeKinds.stream().map(Enum::name).toArray(String[]::new);
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT employee_id, kind, name, hours, end_date FROM employee.training
                     WHERE end_date <= ? AND (end_date >= ? OR kind = ANY (?))
                     ORDER BY employee_id, end_date DESC
                    """);
            ps.setDate(1, Date.valueOf(to));
            ps.setDate(2, Date.valueOf(from));
            ps.setArray(3, con.createArrayOf("varchar", kinds));
            return ps;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new TrainingRecord(TrainingKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4), rs.getDate(5).toLocalDate())));
        return m;
    }

    Map<Long, FunctionalProfession> functionalProfessions() {
        Map<Long, FunctionalProfession> m = new HashMap<>();
        jdbc.query("SELECT id, functional_profession FROM employee.employee WHERE functional_profession IS NOT NULL",
                rs -> {
                    m.put(rs.getLong(1), FunctionalProfession.valueOf(rs.getString(2)));
                });
        return m;
    }

    java.util.Optional<FunctionalProfession> functionalProfession(long employeeId) {
        return jdbc.queryForList("SELECT functional_profession FROM employee.employee WHERE id = ? AND functional_profession IS NOT NULL",
                String.class, employeeId).stream().findFirst().map(FunctionalProfession::valueOf);
    }

    /**
     * DataCompleteness of every employee, read in one statement: the same inputs as the employee page gives the rule
     * (education recorded, a position name or history, phone, e-mail, rank, the latest training end).
     */
    Map<Long, id.merit.employee.CompletenessFigure> completeness(LocalDate today) {
        Map<Long, id.merit.employee.CompletenessFigure> m = new HashMap<>();
        jdbc.query("""
                SELECT e.id, e.employee_type, e.phone, e.email, e.rank,
                       EXISTS (SELECT 1 FROM employee.education d WHERE d.employee_id = e.id) AS has_education,
                       (e.position_name IS NOT NULL
                        OR EXISTS (SELECT 1 FROM employee.position_history p WHERE p.employee_id = e.id)) AS has_position,
                       (SELECT max(t.end_date) FROM employee.training t WHERE t.employee_id = e.id) AS last_training
                  FROM employee.employee e
                """, rs -> {
            Date last = rs.getDate(8);
            var r = id.merit.employee.rules.DataCompleteness.evaluate(new id.merit.employee.rules.DataCompleteness.Input(
                    id.merit.employee.EmployeeType.valueOf(rs.getString(2)), rs.getBoolean(6), rs.getBoolean(7), rs.getString(3),
                    rs.getString(4), rs.getString(5), last == null ? null : last.toLocalDate()), today);
            m.put(rs.getLong(1), new id.merit.employee.CompletenessFigure(rs.getLong(1), r.percent(),
                    r.missing().stream().map(Enum::name).toList()));
        });
        return m;
    }
}
