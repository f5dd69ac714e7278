package id.merit.professionalism.rules;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.performance.SkpPredicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of an IP ASN rule set an administrator may change (issue 13 item 2), as named fields: flattened in a fixed
 * order for the form and the diff, and applied to a rule set to make a new version. Each field has a range; a value out
 * of range or not a number is a refusal with the field's name, not an exception. The employee types measured and the
 * leadership-level rule stay as Merit ships them (they are law, not tuning).
 */
public final class IpAsnParameterFields {

    /** Field kinds: a score (0–100, two decimals at most), a whole number of hours (0–1000) or years (1–10). */
    public enum Kind { SCORE, HOURS, YEARS }

    public record Field(String name, Kind kind) {
    }

    /** A refused value: the field and the reason code (NOT_A_NUMBER, OUT_OF_RANGE, ORDER). */
    public record Refusal(String field, String code) {
    }

    /** The outcome of {@link #apply}: a rule set, or the refusals (never both). */
    public record Applied(IpAsnParameters parameters, List<Refusal> refusals) {
    }

    /** One changed number between two rule sets. */
    public record Change(String field, BigDecimal before, BigDecimal after) {
    }

    public static final List<Field> FIELDS;

    static {
        List<Field> f = new ArrayList<>();
        for (EducationLevel l : EducationLevel.values()) {
            f.add(new Field("qualification." + l.name(), Kind.SCORE));
        }
        for (String s : List.of("leadership", "functional", "technical", "seminar", "technicalPelaksana", "seminarPelaksana", "competencyMax")) {
            f.add(new Field(s, Kind.SCORE));
        }
        f.add(new Field("technicalMinHours", Kind.HOURS));
        f.add(new Field("trainingWindowYears", Kind.YEARS));
        for (SkpPredicate p : SkpPredicate.values()) {
            f.add(new Field("performance." + p.name(), Kind.SCORE));
        }
        f.add(new Field("disciplineNone", Kind.SCORE));
        for (PunishmentLevel l : PunishmentLevel.values()) {
            f.add(new Field("discipline." + l.name(), Kind.SCORE));
        }
        f.add(new Field("disciplineWindowYears", Kind.YEARS));
        for (IpAsnCategory c : IpAsnCategory.values()) {
            if (c != IpAsnCategory.SANGAT_RENDAH) {
                f.add(new Field("categoryAbove." + c.name(), Kind.SCORE));
            }
        }
        FIELDS = List.copyOf(f);
    }

    private IpAsnParameterFields() {
    }

    /** Every field of {@link #FIELDS} with its value in {@code p}, in that order. */
    public static Map<String, BigDecimal> flatten(IpAsnParameters p) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (EducationLevel l : EducationLevel.values()) {
            m.put("qualification." + l.name(), p.qualification().getOrDefault(l, BigDecimal.ZERO));
        }
        m.put("leadership", p.leadership());
        m.put("functional", p.functional());
        m.put("technical", p.technical());
        m.put("seminar", p.seminar());
        m.put("technicalPelaksana", p.technicalPelaksana());
        m.put("seminarPelaksana", p.seminarPelaksana());
        m.put("competencyMax", p.competencyMax());
        m.put("technicalMinHours", BigDecimal.valueOf(p.technicalMinHours()));
        m.put("trainingWindowYears", BigDecimal.valueOf(p.trainingWindowYears()));
        for (SkpPredicate s : SkpPredicate.values()) {
            m.put("performance." + s.name(), p.performance().getOrDefault(s, BigDecimal.ZERO));
        }
        m.put("disciplineNone", p.disciplineNone());
        for (PunishmentLevel l : PunishmentLevel.values()) {
            m.put("discipline." + l.name(), p.discipline().getOrDefault(l, BigDecimal.ZERO));
        }
        m.put("disciplineWindowYears", BigDecimal.valueOf(p.disciplineWindowYears()));
        for (IpAsnCategory c : IpAsnCategory.values()) {
            if (c != IpAsnCategory.SANGAT_RENDAH) {
                m.put("categoryAbove." + c.name(), p.categoryAbove().get(c));
            }
        }
        return m;
    }

    /**
     * A new rule set: {@code base} with the given values (a field not given keeps the base's value), labelled and dated.
     * Checks each value against its kind's range and that the category thresholds fall from Sangat Tinggi down.
     */
    public static Applied apply(IpAsnParameters base, Map<String, String> values, String label, LocalDate effectiveFrom, String regulation) {
        Map<String, BigDecimal> v = flatten(base);
        List<Refusal> refusals = new ArrayList<>();
        for (Field f : FIELDS) {
            String raw = values.get(f.name());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            BigDecimal n;
            try {
                n = new BigDecimal(raw.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                refusals.add(new Refusal(f.name(), "NOT_A_NUMBER"));
                continue;
            }
            if (!inRange(f.kind(), n)) {
                refusals.add(new Refusal(f.name(), "OUT_OF_RANGE"));
                continue;
            }
            v.put(f.name(), n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros());
        }
        BigDecimal previous = null;
        for (IpAsnCategory c : IpAsnCategory.values()) {
            if (c == IpAsnCategory.SANGAT_RENDAH) {
                continue;
            }
            BigDecimal t = v.get("categoryAbove." + c.name());
            if (previous != null && t.compareTo(previous) >= 0 && refusals.stream().noneMatch(r -> r.field().startsWith("categoryAbove"))) {
                refusals.add(new Refusal("categoryAbove." + c.name(), "ORDER"));
            }
            previous = t;
        }
        if (!refusals.isEmpty()) {
            return new Applied(null, List.copyOf(refusals));
        }
        Map<EducationLevel, BigDecimal> q = new EnumMap<>(EducationLevel.class);
        for (EducationLevel l : EducationLevel.values()) {
            q.put(l, v.get("qualification." + l.name()));
        }
        Map<SkpPredicate, BigDecimal> perf = new EnumMap<>(SkpPredicate.class);
        for (SkpPredicate s : SkpPredicate.values()) {
            perf.put(s, v.get("performance." + s.name()));
        }
        Map<PunishmentLevel, BigDecimal> d = new EnumMap<>(PunishmentLevel.class);
        for (PunishmentLevel l : PunishmentLevel.values()) {
            d.put(l, v.get("discipline." + l.name()));
        }
        Map<IpAsnCategory, BigDecimal> c = new EnumMap<>(IpAsnCategory.class);
        for (IpAsnCategory k : IpAsnCategory.values()) {
            if (k != IpAsnCategory.SANGAT_RENDAH) {
                c.put(k, v.get("categoryAbove." + k.name()));
            }
        }
        return new Applied(new IpAsnParameters(label, effectiveFrom, regulation, base.appliesTo(), q, v.get("leadership"), v.get("functional"),
                v.get("technical"), v.get("seminar"), v.get("technicalPelaksana"), v.get("seminarPelaksana"),
                v.get("technicalMinHours").intValueExact(), v.get("competencyMax"), v.get("trainingWindowYears").intValueExact(),
                base.leadershipLevelMustMatch(), perf, v.get("disciplineNone"), d, v.get("disciplineWindowYears").intValueExact(), c), List.of());
    }

    /** The numbers that differ between two rule sets, in field order. */
    public static List<Change> diff(IpAsnParameters before, IpAsnParameters after) {
        Map<String, BigDecimal> a = flatten(before);
        Map<String, BigDecimal> b = flatten(after);
        List<Change> changes = new ArrayList<>();
        a.forEach((k, x) -> {
            if (x.compareTo(b.get(k)) != 0) {
                changes.add(new Change(k, x, b.get(k)));
            }
        });
        return changes;
    }

    static boolean inRange(Kind kind, BigDecimal n) {
        return switch (kind) {
            case SCORE -> n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0 && n.stripTrailingZeros().scale() <= 2;
            case HOURS -> n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(1000)) <= 0 && n.stripTrailingZeros().scale() <= 0;
            case YEARS -> n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.TEN) <= 0 && n.stripTrailingZeros().scale() <= 0;
        };
    }
}
