package id.merit.assessment.domain;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.JpmBand;
import id.merit.assessment.rules.JpmBands;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Formats;
import id.merit.shared.RuleSetVersions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned JPM band bounds (rules-defaults.md "JPM bands"; issue 13 item 2). Each version is in force from its date; an
 * assessment's band uses the version in force on its assessment date, so a new version never re-bands assessments taken
 * before it. BKPSDM views the versions and previews a draft (the bounds it changes and how many stored assessments from its
 * date on would change band, from which band to which); an administrator saves it, audited. The versions are kept in
 * memory for {@value #KEEP_SECONDS} s (and dropped after a save commits), since every band shown reads them.
 */
@Service
public class JpmRuleSetService {
    static final String AUDIT_TYPE = "JPM_RULE_SET";
    static final long KEEP_SECONDS = 30;
    private static final String KEYS = "assessment.ruleSet";
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Loaded loaded;

    /** A stored version. */
    public record Version(long id, JpmBands.Parameters parameters, String note, String createdBy, OffsetDateTime createdAt) {
    }

    /** A draft: the four bounds, the date it takes effect, the regulation and a note. */
    public record Draft(LocalDate effectiveFrom, String regulation, BigDecimal selectionMs, BigDecimal selectionMms,
                        BigDecimal mappingOptimal, BigDecimal mappingCukupOptimal, String note) {
    }

    /** One bound the draft changes. */
    public record Change(String field, BigDecimal before, BigDecimal after) {
    }

    /**
     * What a draft would change: the bounds, the stored assessments it would govern (dated from its date until the next
     * version's), how many of them change band, and the moves from band to band (only the bands that change).
     */
    public record Preview(JpmBands.Parameters current, JpmBands.Parameters proposed, List<Change> changes, LocalDate until,
                          long governed, long moved, List<Move> moves) {
    }

    /** How many assessments of one purpose move from one band to another. */
    public record Move(AssessmentPurpose purpose, JpmBand from, JpmBand to, long count) {
    }

    private record Loaded(Instant at, List<Version> versions) {
    }

    JpmRuleSetService(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version, oldest first (the first is the default of rules-defaults.md). */
    public List<Version> versions() {
        Loaded l = loaded;
        if (l == null || l.at().plus(Duration.ofSeconds(KEEP_SECONDS)).isBefore(clock.instant())) {
            l = new Loaded(clock.instant(), jdbc.query("""
                    SELECT id, effective_from, regulation, selection_ms, selection_mms, mapping_optimal, mapping_cukup_optimal, note,
                           created_by, created_at FROM assessment.jpm_rule_set ORDER BY effective_from""", (rs, i) -> new Version(rs.getLong(1),
                    new JpmBands.Parameters(rs.getDate(2).toLocalDate(), rs.getString(3), Formats.plain(rs.getBigDecimal(4)),
                            Formats.plain(rs.getBigDecimal(5)), Formats.plain(rs.getBigDecimal(6)), Formats.plain(rs.getBigDecimal(7))), rs.getString(8), rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class))));
            loaded = l;
        }
        return l.versions();
    }

    /** Drops the versions kept in memory (the next read loads them). */
    public void reload() {
        loaded = null;
    }

    /** The bounds in force on {@code day} (the defaults before the first stored version). */
    public JpmBands.Parameters on(LocalDate day) {
        JpmBands.Parameters in = JpmBands.DEFAULTS;
        for (Version v : versions()) {
            if (!v.parameters().effectiveFrom().isAfter(day)) {
                in = v.parameters();
            }
        }
        return in;
    }

    /** The band of {@code jpm} on the scheme of {@code purpose} under the version in force on {@code day}. */
    public JpmBand band(AssessmentPurpose purpose, BigDecimal jpm, LocalDate day) {
        return JpmBands.band(on(day), purpose, jpm);
    }

    /** The version in force today. */
    public JpmBands.Parameters current() {
        return on(LocalDate.now(clock));
    }

    /** The draft as parameters, or a {@link BusinessProblem} naming the field. */
    public JpmBands.Parameters parse(Draft d) {
        RuleSetVersions.checkEffectiveFrom(d.effectiveFrom(), JpmBands.DEFAULTS.effectiveFrom(), KEYS);
        if (d.selectionMms().compareTo(d.selectionMs()) > 0) {
            throw new BusinessProblem("selectionMms", "assessment.ruleSet.error.order");
        }
        if (d.mappingCukupOptimal().compareTo(d.mappingOptimal()) > 0) {
            throw new BusinessProblem("mappingCukupOptimal", "assessment.ruleSet.error.order");
        }
        return new JpmBands.Parameters(d.effectiveFrom(), d.regulation().strip(), d.selectionMs(), d.selectionMms(), d.mappingOptimal(),
                d.mappingCukupOptimal());
    }

    /** Every stored assessment the draft would govern, banded under the version in force and under the draft; nothing stored. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(readOnly = true)
    public Preview preview(Draft d) {
        JpmBands.Parameters proposed = parse(d);
        JpmBands.Parameters current = on(proposed.effectiveFrom());
        LocalDate until = versions().stream().map(v -> v.parameters().effectiveFrom()).filter(f -> f.isAfter(proposed.effectiveFrom()))
                .findFirst().orElse(null);
        Map<AssessmentPurpose, Map<JpmBand, Map<JpmBand, Long>>> moves = new EnumMap<>(AssessmentPurpose.class);
        long[] counts = {0, 0};
        jdbc.query("SELECT purpose, jpm, assessment_date FROM assessment.assessment WHERE assessment_date >= ?"
                + (until == null ? "" : " AND assessment_date < ?"), rs -> {
                    AssessmentPurpose purpose = AssessmentPurpose.valueOf(rs.getString(1));
                    BigDecimal jpm = rs.getBigDecimal(2);
                    JpmBand before = JpmBands.band(on(rs.getDate(3).toLocalDate()), purpose, jpm);
                    JpmBand after = JpmBands.band(proposed, purpose, jpm);
                    counts[0]++;
                    if (before != after) {
                        counts[1]++;
                        moves.computeIfAbsent(purpose, p -> new EnumMap<>(JpmBand.class)).computeIfAbsent(before, b -> new EnumMap<>(JpmBand.class))
                                .merge(after, 1L, Long::sum);
                    }
                }, until == null ? new Object[] {proposed.effectiveFrom()} : new Object[] {proposed.effectiveFrom(), until});
        List<Move> list = new ArrayList<>();
        moves.forEach((purpose, from) -> from.forEach((b, to) -> to.forEach((a, n) -> list.add(new Move(purpose, b, a, n)))));
        return new Preview(current, proposed, diff(current, proposed), until, counts[0], counts[1], list);
    }

    /** An administrator saves the draft as a new version (one per effective date); audited with the bounds it changes. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public JpmBands.Parameters save(Draft d) {
        JpmBands.Parameters p = parse(d);
        RuleSetVersions.checkDateFree(jdbc, "assessment.jpm_rule_set", p.effectiveFrom(), KEYS);
        JpmBands.Parameters base = on(p.effectiveFrom());
        jdbc.update("""
                INSERT INTO assessment.jpm_rule_set (effective_from, regulation, selection_ms, selection_mms, mapping_optimal,
                  mapping_cukup_optimal, note, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", p.effectiveFrom(), p.regulation(),
                p.selectionMs(), p.selectionMms(), p.mappingOptimal(), p.mappingCukupOptimal(),
                d.note() == null || d.note().isBlank() ? null : d.note().strip(), CurrentUser.actorName());
        Map<String, Object> changed = new LinkedHashMap<>();
        diff(base, p).forEach(c -> changed.put(c.field(), c.before().toPlainString() + " → " + c.after().toPlainString()));
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, p.effectiveFrom().toString(), "Aturan pita JPM berlaku " + p.effectiveFrom(), null,
                changed);
        RuleSetVersions.reloadNowAndAfterCompletion(this::reload);
        return p;
    }

    /** The bounds {@code after} changes against {@code before}, by field name. */
    public static List<Change> diff(JpmBands.Parameters before, JpmBands.Parameters after) {
        List<Change> out = new ArrayList<>();
        add(out, "selectionMs", before.selectionMs(), after.selectionMs());
        add(out, "selectionMms", before.selectionMms(), after.selectionMms());
        add(out, "mappingOptimal", before.mappingOptimal(), after.mappingOptimal());
        add(out, "mappingCukupOptimal", before.mappingCukupOptimal(), after.mappingCukupOptimal());
        return out;
    }

    private static void add(List<Change> out, String field, BigDecimal before, BigDecimal after) {
        if (before.compareTo(after) != 0) {
            out.add(new Change(field, before, after));
        }
    }
}
