package id.merit.professionalism.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.professionalism.rules.IpAsnCategory;
import id.merit.professionalism.rules.IpAsnParameterFields;
import id.merit.professionalism.rules.IpAsnParameters;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.RuleSetVersions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned IP ASN rule sets (issue 13 item 2): BKPSDM views the versions and previews a draft — the numbers it changes
 * and, for a measurement year, how many people it moves between categories (everyone computed twice in memory, nothing
 * stored); an administrator saves the draft as a new version with the date it takes effect. Stored figures keep the
 * version that produced them until the year is recomputed.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
public class IpAsnRuleSetService {
    static final String AUDIT_TYPE = "IPASN_RULE_SET";
    private static final String KEYS = "professionalism.ruleSet";
    private final IpAsnRuleSets ruleSets;
    private final IndexStore store;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    /** A draft: the label, the date it takes effect, the regulation it implements, a note and the numbers by field. */
    public record Draft(String label, LocalDate effectiveFrom, String regulation, String note, Map<String, String> values) {
    }

    /**
     * What a draft would change for {@code year}: the numbers, the people measured, how many change category, the
     * movements from each category to each other, and the mean total before and after (2 decimals).
     */
    public record Preview(int year, IpAsnParameters current, IpAsnParameters proposed, List<IpAsnParameterFields.Change> changes,
                          long measured, long moved, Map<IpAsnCategory, Map<IpAsnCategory, Long>> moves,
                          BigDecimal meanBefore, BigDecimal meanAfter) {
    }

    IpAsnRuleSetService(IpAsnRuleSets ruleSets, IndexStore store, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.ruleSets = ruleSets;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<IpAsnRuleSets.Version> versions() {
        return ruleSets.versions();
    }

    /** The version in force today (the form starts from its numbers). */
    public IpAsnParameters current() {
        return ruleSets.forYear(LocalDate.now(clock).getYear());
    }

    /** The draft as a rule set over the numbers in force on its date, or a {@link BusinessProblem} naming the field. */
    public IpAsnParameters parse(Draft d) {
        String label = text(d.label(), "label", 120, true);
        String regulation = text(d.regulation(), "regulation", 300, true);
        text(d.note(), "note", 1000, false);
        RuleSetVersions.checkEffectiveFrom(d.effectiveFrom(), ruleSets.defaults().effectiveFrom(), KEYS);
        IpAsnParameters base = ruleSets.forYear(d.effectiveFrom().getYear());
        IpAsnParameterFields.Applied applied = IpAsnParameterFields.apply(base, d.values() == null ? Map.of() : d.values(), label,
                d.effectiveFrom(), regulation);
        if (applied.parameters() == null) {
            IpAsnParameterFields.Refusal r = applied.refusals().get(0);
            throw new BusinessProblem("values[" + r.field() + "]", "professionalism.ruleSet.error." + r.code());
        }
        return applied.parameters();
    }

    /** Everyone measured in {@code year} under the rule set in force and under the draft; nothing is stored. */
    @Transactional(readOnly = true)
    public Preview preview(Draft d, int year) {
        IpAsnParameters proposed = parse(d);
        IpAsnParameters current = ruleSets.forYear(year);
        Map<Long, IpAsnCategory> before = new HashMap<>();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        store.calculateAll(year, current, (e, position, r) -> {
            before.put(e.id(), r.category());
            sums[0] = sums[0].add(r.total());
        });
        Map<IpAsnCategory, Map<IpAsnCategory, Long>> moves = new EnumMap<>(IpAsnCategory.class);
        for (IpAsnCategory c : IpAsnCategory.values()) {
            Map<IpAsnCategory, Long> row = new LinkedHashMap<>();
            for (IpAsnCategory to : IpAsnCategory.values()) {
                row.put(to, 0L);
            }
            moves.put(c, row);
        }
        long[] counts = {0, 0};
        store.calculateAll(year, proposed, (e, position, r) -> {
            IpAsnCategory from = before.get(e.id());
            sums[1] = sums[1].add(r.total());
            counts[0]++;
            if (from != null) {
                moves.get(from).merge(r.category(), 1L, Long::sum);
                if (from != r.category()) {
                    counts[1]++;
                }
            }
        });
        return new Preview(year, current, proposed, IpAsnParameterFields.diff(current, proposed), counts[0], counts[1], moves,
                mean(sums[0], before.size()), mean(sums[1], counts[0]));
    }

    /** An administrator saves the draft as a new version (one per effective date); audited. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IpAsnParameters save(Draft d) {
        IpAsnParameters p = parse(d);
        RuleSetVersions.checkDateFree(jdbc, "professionalism.rule_set", p.effectiveFrom(), KEYS);
        IpAsnParameters base = ruleSets.forYear(p.effectiveFrom().getYear());
        Map<String, String> values = new LinkedHashMap<>();
        IpAsnParameterFields.flatten(p).forEach((k, v) -> values.put(k, v.toPlainString()));
        jdbc.update("""
                INSERT INTO professionalism.rule_set (label, effective_from, regulation, note, field_values, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""", p.label(), p.effectiveFrom(), p.regulation(), blankToNull(d.note()), ruleSets.write(values),
                CurrentUser.actorName());
        Map<String, Object> changed = new LinkedHashMap<>();
        IpAsnParameterFields.diff(base, p).forEach(c -> changed.put(c.field(), c.before().toPlainString() + " → " + c.after().toPlainString()));
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, p.effectiveFrom().toString(), "Aturan IP ASN " + p.label() + " berlaku " + p.effectiveFrom(),
                null, changed);
        ruleSets.reload();
        return p;
    }

    private static BigDecimal mean(BigDecimal sum, long n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    private static String text(String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new BusinessProblem(field, "professionalism.ruleSet.error.required");
        }
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0) {
            throw new BusinessProblem(field, "form.error.noHtml");
        }
        if (v.length() > max) {
            throw new BusinessProblem(field, "professionalism.ruleSet.error.tooLong", max);
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
