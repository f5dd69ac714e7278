package id.merit.talent.domain;

import id.merit.shared.Formats;
import id.merit.talent.rules.TalentClassifier;
import id.merit.talent.rules.TalentClassifier.Parameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored versions of the talent rules ({@code talent.rule_set}); a year uses the version in force on 31 December
 * (rules-defaults.md "Rule-set versions"). Kept in memory for {@value #KEEP_SECONDS} s and dropped when a version is saved.
 */
@Component
public class TalentRuleSets {
    static final long KEEP_SECONDS = 30;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Loaded loaded;

    /** A stored version. */
    public record Version(long id, Parameters parameters, String note, String createdBy, OffsetDateTime createdAt) {
    }

    private record Loaded(Instant at, List<Version> versions) {
    }

    TalentRuleSets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every version, oldest first (the first is the default of rules-defaults.md). */
    public List<Version> versions() {
        Loaded l = loaded;
        if (l == null || l.at().plus(Duration.ofSeconds(KEEP_SECONDS)).isBefore(clock.instant())) {
            l = new Loaded(clock.instant(), jdbc.query("""
                    SELECT id, effective_from, regulation, potential_high, potential_medium, minimum_jpm, minimum_training_hours,
                           discipline_condition, note, created_by, created_at FROM talent.rule_set ORDER BY effective_from""",
                    (rs, i) -> new Version(rs.getLong(1), new Parameters(rs.getDate(2).toLocalDate(), rs.getString(3), Formats.plain(rs.getBigDecimal(4)),
                            Formats.plain(rs.getBigDecimal(5)), Formats.plain(rs.getBigDecimal(6)), rs.getInt(7), rs.getBoolean(8)), rs.getString(9),
                            rs.getString(10), rs.getObject(11, OffsetDateTime.class))));
            loaded = l;
        }
        return l.versions();
    }

    /** The version in force on {@code day} (the defaults before the first stored one). */
    public Parameters on(LocalDate day) {
        Parameters in = TalentClassifier.DEFAULTS;
        for (Version v : versions()) {
            if (!v.parameters().effectiveFrom().isAfter(day)) {
                in = v.parameters();
            }
        }
        return in;
    }

    /** The version a year's placements use: the one in force on 31 December of the year. */
    public Parameters forYear(int year) {
        return on(LocalDate.of(year, 12, 31));
    }

    /** Drops the versions kept in memory (the next read loads them). */
    public void reload() {
        loaded = null;
    }
}
