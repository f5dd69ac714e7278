package id.merit.unitassessment.domain;

import id.merit.unitassessment.rules.Aspect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The team members and recorded entries of the unit assessment ({@code unitassessment} schema), plain SQL. */
@Repository
class UnitAssessmentStore {
    private static final String ENTRY = """
            SELECT e.id, e.year, e.opd_id, e.aspect, e.title, e.description, e.points, e.assessor_id, m.name, m.body,
                   e.evidence_filename, e.evidence_content_type, e.evidence_size, e.entered_by, e.entered_at
              FROM unitassessment.entry e JOIN unitassessment.team_member m ON m.id = e.assessor_id
            """;
    private final JdbcTemplate jdbc;

    UnitAssessmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TeamMember> team(int year) {
        return jdbc.query("SELECT id, year, body, name, position, added_by, added_at FROM unitassessment.team_member WHERE year = ?"
                + " ORDER BY body, lower(name)", UnitAssessmentStore::member, year);
    }

    Optional<TeamMember> member(long id) {
        return jdbc.query("SELECT id, year, body, name, position, added_by, added_at FROM unitassessment.team_member WHERE id = ?",
                UnitAssessmentStore::member, id).stream().findFirst();
    }

    boolean memberExists(int year, TeamBody body, String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM unitassessment.team_member WHERE year = ? AND body = ?"
                + " AND lower(name) = lower(?))", Boolean.class, year, body.name(), name));
    }

    long addMember(int year, TeamBody body, String name, String position, String actor, Instant at) {
        return jdbc.queryForObject("INSERT INTO unitassessment.team_member (year, body, name, position, added_by, added_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", Long.class, year, body.name(), name, position, actor, Timestamp.from(at));
    }

    int entriesBy(long memberId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM unitassessment.entry WHERE assessor_id = ?", Integer.class, memberId);
        return n == null ? 0 : n;
    }

    void removeMember(long id) {
        jdbc.update("DELETE FROM unitassessment.team_member WHERE id = ?", id);
    }

    /** Every entry of the year (all OPDs), by OPD then aspect and title. */
    List<Entry> entries(int year) {
        return jdbc.query(ENTRY + " WHERE e.year = ? ORDER BY e.opd_id, e.aspect, lower(e.title), e.id", UnitAssessmentStore::entry, year);
    }

    List<Entry> entries(int year, long opdId) {
        return jdbc.query(ENTRY + " WHERE e.year = ? AND e.opd_id = ? ORDER BY e.aspect, lower(e.title), e.id", UnitAssessmentStore::entry,
                year, opdId);
    }

    Optional<Entry> entry(long id) {
        return jdbc.query(ENTRY + " WHERE e.id = ?", UnitAssessmentStore::entry, id).stream().findFirst();
    }

    long addEntry(int year, long opdId, Aspect aspect, String title, String description, int points, long assessorId,
                  String filename, String contentType, byte[] content, String actor, Instant at) {
        return jdbc.queryForObject("""
                INSERT INTO unitassessment.entry (year, opd_id, aspect, title, description, points, assessor_id, evidence_filename,
                                                  evidence_content_type, evidence_size, evidence, entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, year, opdId, aspect.name(), title, description, points, assessorId, filename, contentType, content.length,
                content, actor, Timestamp.from(at));
    }

    byte[] evidence(long id) {
        return jdbc.query("SELECT evidence FROM unitassessment.entry WHERE id = ?", (rs, i) -> rs.getBytes(1), id).stream()
                .findFirst().orElse(null);
    }

    void deleteEntry(long id) {
        jdbc.update("DELETE FROM unitassessment.entry WHERE id = ?", id);
    }

    private static TeamMember member(ResultSet rs, int i) throws SQLException {
        return new TeamMember(rs.getLong(1), rs.getInt(2), TeamBody.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), time(rs.getTimestamp(7)));
    }

    private static Entry entry(ResultSet rs, int i) throws SQLException {
        return new Entry(rs.getLong(1), rs.getInt(2), rs.getLong(3), Aspect.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getLong(8), rs.getString(9), TeamBody.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                rs.getInt(13), rs.getString(14), time(rs.getTimestamp(15)));
    }

    private static OffsetDateTime time(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
