package id.merit.professionalism.domain;

import id.merit.professionalism.rules.IpAsnParameterFields;
import id.merit.professionalism.rules.IpAsnParameters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IP ASN rule sets (issue 13 item 2): Merit's shipped defaults and the versions an administrator saved
 * ({@code professionalism.rule_set}), each taking effect on its date. The rule set of a measurement year is the version
 * in force on 31 December of that year (rules-defaults.md), so recomputing a past year uses that year's numbers. The
 * versions are read once and kept until one is saved here (or {@code RELOAD_MILLIS} pass, for other instances' saves).
 */
@Component
public class IpAsnRuleSets {
    private static final long RELOAD_MILLIS = 30_000;
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() { };

    /** One version: its id (null for Merit's defaults), the numbers, who saved it and when, and the note. */
    public record Version(Long id, IpAsnParameters parameters, String createdBy, OffsetDateTime createdAt, String note) {
        public boolean shipped() {
            return id == null;
        }
    }

    private final IpAsnParameters defaults = IpAsnParameters.defaults();
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private volatile List<Version> cache;
    private volatile long loadedAt;

    IpAsnRuleSets(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Merit's shipped rule set (the first version). */
    public IpAsnParameters defaults() {
        return defaults;
    }

    public IpAsnParameters forYear(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        IpAsnParameters chosen = defaults;
        for (Version v : versions()) {
            if (!v.parameters().effectiveFrom().isAfter(end)) {
                chosen = v.parameters();
            }
        }
        return chosen;
    }

    /** Every version by its effective date, Merit's defaults first. */
    public List<Version> versions() {
        List<Version> v = cache;
        if (v == null || System.currentTimeMillis() - loadedAt > RELOAD_MILLIS) {
            v = load();
            cache = v;
            loadedAt = System.currentTimeMillis();
        }
        return v;
    }

    /** Forgets the versions read (after a save), so the next call reads them again. */
    public void reload() {
        cache = null;
    }

    String write(Map<String, String> values) {
        return json.writeValueAsString(values);
    }

    private List<Version> load() {
        List<Version> versions = new ArrayList<>();
        versions.add(new Version(null, defaults, null, null, null));
        jdbc.query("SELECT id, label, effective_from, regulation, note, field_values, created_by, created_at FROM professionalism.rule_set",
                rs -> {
                    Map<String, String> values = json.readValue(rs.getString(6), VALUES);
                    IpAsnParameterFields.Applied applied = IpAsnParameterFields.apply(defaults, values, rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getString(4));
                    if (applied.parameters() == null) {
                        throw new IllegalStateException("IP ASN rule set " + rs.getLong(1) + " holds refused values: " + applied.refusals());
                    }
                    versions.add(new Version(rs.getLong(1), applied.parameters(), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                            rs.getString(5)));
                });
        versions.sort(Comparator.comparing((Version x) -> x.parameters().effectiveFrom())); // saved versions start after the defaults
        return List.copyOf(versions);
    }
}
