package id.merit.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the versioned rule sets (JPM bands, talent rules, IP ASN; issue 13 item 2) do alike: the versions newest first with
 * what each changed, the checks on a draft's effective date, and dropping the versions kept in memory once a save ends.
 * Each module keeps its own numbers, rules, tables and message keys ({@code keyPrefix}, e.g. {@code talent.ruleSet}).
 */
public final class RuleSetVersions {
    private RuleSetVersions() {
    }

    /** One version with what it changed against the one before it (nothing for the first). */
    public record Line<V, C>(V version, List<C> changes) {
    }

    /** The versions (given oldest first) newest first, each with {@code diff(previous, its parameters)}. */
    public static <V, P, C> List<Line<V, C>> newestFirst(List<V> versions, Function<V, P> parameters, BiFunction<P, P, List<C>> diff) {
        List<Line<V, C>> lines = new ArrayList<>();
        P previous = null;
        for (V v : versions) {
            P p = parameters.apply(v);
            lines.add(new Line<>(v, previous == null ? List.of() : diff.apply(previous, p)));
            previous = p;
        }
        Collections.reverse(lines);
        return lines;
    }

    /** A draft's date: required ({@code <keyPrefix>.error.required}) and after the shipped defaults' ({@code .beforeDefaults}). */
    public static void checkEffectiveFrom(LocalDate effectiveFrom, LocalDate defaultsFrom, String keyPrefix) {
        if (effectiveFrom == null) {
            throw new BusinessProblem("effectiveFrom", keyPrefix + ".error.required");
        }
        if (!effectiveFrom.isAfter(defaultsFrom)) {
            throw new BusinessProblem("effectiveFrom", keyPrefix + ".error.beforeDefaults", defaultsFrom.toString());
        }
    }

    /** One version per date: refuses {@code effectiveFrom} when {@code table} (a constant) has it ({@code .error.dateTaken}). */
    public static void checkDateFree(JdbcTemplate jdbc, String table, LocalDate effectiveFrom, String keyPrefix) {
        Integer taken = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE effective_from = ?", Integer.class, effectiveFrom);
        if (taken != null && taken > 0) {
            throw new BusinessProblem("effectiveFrom", keyPrefix + ".error.dateTaken", effectiveFrom.toString());
        }
    }

    /** Drops the versions kept in memory now and again when the saving transaction ends (committed or rolled back). */
    public static void reloadNowAndAfterCompletion(Runnable reload) {
        reload.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reload.run();
                }
            });
        }
    }
}
