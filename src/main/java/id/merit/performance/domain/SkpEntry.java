package id.merit.performance.domain;

import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One stored SKP evaluation with what the employee's page shows about it: who saved the ratings last (username, and
 * NIP when their account is bound to one), when it was first recorded and last changed, and the recorded receipt day.
 */
public record SkpEntry(long id, long employeeId, int year, SkpPeriod period, SkpRating results, SkpRating behaviour,
                       SkpPredicate predicate, String source, String ratedBy, String raterNip, Instant ratedAt, Instant updatedAt,
                       LocalDate receivedOn, int version) {

    static final String COLUMNS = "v.id, v.employee_id, v.year, v.period, v.results_rating, v.behaviour_rating, v.predicate, v.source, "
            + "v.rated_by, v.rater_nip, v.rated_at, v.updated_at, v.received_on, v.version";

    static SkpEntry of(ResultSet rs) throws SQLException {
        String r = rs.getString("results_rating");
        String b = rs.getString("behaviour_rating");
        Timestamp rated = rs.getTimestamp("rated_at");
        Timestamp updated = rs.getTimestamp("updated_at");
        return new SkpEntry(rs.getLong("id"), rs.getLong("employee_id"), rs.getInt("year"), SkpPeriod.valueOf(rs.getString("period")),
                r == null ? null : SkpRating.valueOf(r), b == null ? null : SkpRating.valueOf(b),
                SkpPredicate.valueOf(rs.getString("predicate")), rs.getString("source"), rs.getString("rated_by"),
                rs.getString("rater_nip"), rated == null ? null : rated.toInstant(), updated == null ? null : updated.toInstant(),
                rs.getObject("received_on", LocalDate.class), rs.getInt("version"));
    }

    /** Both ratings are recorded (a historical import may carry only the predicate). */
    public boolean rated() {
        return results != null && behaviour != null;
    }

    /**
     * The day the employee received the rating, from which the objection window counts: the recorded receipt, otherwise
     * the day the ratings were last saved (the submission) in the instance's zone.
     */
    public LocalDate receipt(ZoneId zone) {
        return receivedOn != null ? receivedOn : LocalDate.ofInstant(updatedAt, zone);
    }
}
