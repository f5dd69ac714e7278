package id.merit.talent.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.RuleSetVersions;
import id.merit.talent.rules.TalentClassifier;
import id.merit.talent.rules.TalentClassifier.Parameters;
import id.merit.talent.rules.TalentClassifier.Result;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned talent rules (issue 13 item 2): BKPSDM views the versions and previews a draft for a year — everyone measured
 * that year placed in memory under the rules in force and under the draft (nothing stored): how many change box, from
 * which box to which, and who enters or leaves the talent pool; an administrator saves the draft as a new version with
 * the date it takes effect (a year uses the version in force on 31 December). Stored placements keep the version that
 * produced them until the year is recomputed ("Hitung ulang").
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
public class TalentRuleSetService {
    static final String AUDIT_TYPE = "TALENT_RULE_SET";
    private static final String KEYS = "talent.ruleSet";
    private final TalentRuleSets ruleSets;
    private final TalentStore store;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    /** A draft: the date it takes effect, the regulation, the numbers, Merit's discipline condition and a note. */
    public record Draft(LocalDate effectiveFrom, String regulation, BigDecimal potentialHigh, BigDecimal potentialMedium, BigDecimal minimumJpm,
                        Integer minimumTrainingHours, boolean disciplineCondition, String note) {
    }

    /** One number (or the condition) the draft changes. */
    public record Change(String field, String before, String after) {
    }

    /** How many measured staff move from one box to another (0: not placed). */
    public record Move(int from, int to, long count) {
    }

    /** What the draft changes for {@code year}: the numbers, the staff measured, box moves, and the talent pool in and out. */
    public record Preview(int year, Parameters current, Parameters proposed, List<Change> changes, long measured, long moved,
                          List<Move> moves, long poolIn, long poolOut) {
    }

    TalentRuleSetService(TalentRuleSets ruleSets, TalentStore store, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.ruleSets = ruleSets;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<TalentRuleSets.Version> versions() {
        return ruleSets.versions();
    }

    /** The version in force today. */
    public Parameters current() {
        return ruleSets.on(LocalDate.now(clock));
    }

    /** The draft as parameters, or a {@link BusinessProblem} naming the field. */
    public Parameters parse(Draft d) {
        RuleSetVersions.checkEffectiveFrom(d.effectiveFrom(), TalentClassifier.DEFAULTS.effectiveFrom(), KEYS);
        if (d.potentialMedium().compareTo(d.potentialHigh()) > 0) {
            throw new BusinessProblem("potentialMedium", "talent.ruleSet.error.order");
        }
        return new Parameters(d.effectiveFrom(), d.regulation().strip(), d.potentialHigh(), d.potentialMedium(), d.minimumJpm(),
                d.minimumTrainingHours(), d.disciplineCondition());
    }

    /** Everyone measured in {@code year} placed under the version in force for it and under the draft; nothing is stored. */
    @Transactional(readOnly = true)
    public Preview preview(Draft d, int year) {
        Parameters proposed = parse(d);
        Parameters current = ruleSets.forYear(year);
        Map<Integer, Map<Integer, Long>> moves = new TreeMap<>();
        long[] counts = {0, 0, 0, 0};
        for (TalentStore.Measured m : store.measured(year)) {
            Result before = TalentClassifier.classify(current, m.inputs());
            Result after = TalentClassifier.classify(proposed, m.inputs());
            int from = before.placed() ? before.box() : 0;
            int to = after.placed() ? after.box() : 0;
            counts[0]++;
            if (from != to) {
                counts[1]++;
                moves.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1L, Long::sum);
            }
            if (!before.talentPool() && after.talentPool()) {
                counts[2]++;
            } else if (before.talentPool() && !after.talentPool()) {
                counts[3]++;
            }
        }
        List<Move> list = new ArrayList<>();
        moves.forEach((from, to) -> to.forEach((t, n) -> list.add(new Move(from, t, n))));
        return new Preview(year, current, proposed, diff(current, proposed), counts[0], counts[1], list, counts[2], counts[3]);
    }

    /** An administrator saves the draft as a new version (one per effective date); audited with what it changes. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Parameters save(Draft d) {
        Parameters p = parse(d);
        RuleSetVersions.checkDateFree(jdbc, "talent.rule_set", p.effectiveFrom(), KEYS);
        Parameters base = ruleSets.on(p.effectiveFrom());
        jdbc.update("""
                INSERT INTO talent.rule_set (effective_from, regulation, potential_high, potential_medium, minimum_jpm, minimum_training_hours,
                  discipline_condition, note, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", p.effectiveFrom(), p.regulation(),
                p.potentialHigh(), p.potentialMedium(), p.minimumJpm(), p.minimumTrainingHours(), p.disciplineCondition(),
                d.note() == null || d.note().isBlank() ? null : d.note().strip(), CurrentUser.actorName());
        Map<String, Object> changed = new LinkedHashMap<>();
        diff(base, p).forEach(c -> changed.put(c.field(), c.before() + " → " + c.after()));
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, p.effectiveFrom().toString(), "Aturan talenta berlaku " + p.effectiveFrom(), null, changed);
        RuleSetVersions.reloadNowAndAfterCompletion(ruleSets::reload);
        return p;
    }

    /** What {@code after} changes against {@code before}, by field name. */
    public static List<Change> diff(Parameters before, Parameters after) {
        List<Change> out = new ArrayList<>();
        add(out, "potentialHigh", before.potentialHigh().toPlainString(), after.potentialHigh().toPlainString());
        add(out, "potentialMedium", before.potentialMedium().toPlainString(), after.potentialMedium().toPlainString());
        add(out, "minimumJpm", before.minimumJpm().toPlainString(), after.minimumJpm().toPlainString());
        add(out, "minimumTrainingHours", String.valueOf(before.minimumTrainingHours()), String.valueOf(after.minimumTrainingHours()));
        add(out, "disciplineCondition", String.valueOf(before.disciplineCondition()), String.valueOf(after.disciplineCondition()));
        return out;
    }

    private static void add(List<Change> out, String field, String before, String after) {
        if (new BigDecimalOrText(before).differs(after)) {
            out.add(new Change(field, before, after));
        }
    }

    /** 80 and 80.00 are the same number; true and true the same condition. */
    private record BigDecimalOrText(String value) {
        boolean differs(String other) {
            try {
                return new BigDecimal(value).compareTo(new BigDecimal(other)) != 0;
            } catch (NumberFormatException e) {
                return !value.equals(other);
            }
        }
    }
}
