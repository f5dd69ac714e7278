package id.merit.performance.domain;

import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import id.merit.performance.rules.PredicateMatrix;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code performance} (interchange.md §2): {@code nip,year,period,results_rating,behaviour_rating,predicate}, key
 * nip + year + period. Either both ratings (the predicate is then derived by {@link PredicateMatrix}; a predicate
 * given as well must agree) or a predicate alone (historical years; {@code CUKUP} is read as {@code BUTUH_PERBAIKAN}).
 * The year must lie between {@link #MIN_YEAR} and the current year (handed in: parsers read no clock).
 */
final class PerformanceRowParser implements RowParser<PerformanceRowParser.Row> {

    static final List<String> COLUMNS = List.of("nip", "year", "period", "results_rating", "behaviour_rating", "predicate");
    /** The oldest year Merit takes: SKP under PP 46/2011 replaced DP3 from 2014; older predicates are not kept. */
    static final int MIN_YEAR = 2000;
    static final String PREFIX = "performance.import.error.";

    /** A parsed row; {@code predicate} is always set (derived when the ratings are given). */
    record Row(String nip, int year, SkpPeriod period, SkpRating results, SkpRating behaviour, SkpPredicate predicate) {
    }

    private final Predicate<String> employeeExists;
    private final int maxYear;

    PerformanceRowParser(Predicate<String> employeeExists, int currentYear) {
        this.employeeExists = employeeExists;
        this.maxYear = currentYear;
    }

    @Override
    public Row parse(RowCheck c) {
        String nip = c.required("nip");
        if (nip != null && !employeeExists.test(nip)) {
            c.reject("nip", "import.error.unknownEmployee", RowCheck.echo(nip));
        }
        Integer year = c.integer("year", true, 0);
        if (year != null && (year < MIN_YEAR || year > maxYear)) {
            c.reject("year", PREFIX + "year", String.valueOf(year), String.valueOf(MIN_YEAR), String.valueOf(maxYear));
        }
        SkpPeriod period = c.code("period", SkpPeriod.class, true);
        SkpRating results = c.code("results_rating", SkpRating.class, false);
        SkpRating behaviour = c.code("behaviour_rating", SkpRating.class, false);
        SkpPredicate given = c.code("predicate", SkpPredicate.class, false);
        SkpPredicate predicate = predicate(c, results, behaviour, given);
        return c.ok() ? new Row(nip, year, period, results, behaviour, predicate) : null;
    }

    private static SkpPredicate predicate(RowCheck c, SkpRating results, SkpRating behaviour, SkpPredicate given) {
        if (c.failed("results_rating") || c.failed("behaviour_rating") || c.failed("predicate")) {
            return null;
        }
        if (results == null && behaviour == null) {
            if (given == null) {
                c.reject("predicate", PREFIX + "nothing");
            }
            return given;
        }
        if (results == null || behaviour == null) {
            String missing = results == null ? "results_rating" : "behaviour_rating";
            c.reject(missing, PREFIX + "oneRating", missing, results == null ? "behaviour_rating" : "results_rating");
            return null;
        }
        SkpPredicate derived = PredicateMatrix.predicate(results, behaviour);
        if (given != null && given != derived) {
            c.reject("predicate", PREFIX + "contradiction", given.name(), results.name(), behaviour.name(), derived.name());
            return null;
        }
        return derived;
    }

    @Override
    public Object key(Row value) {
        return List.of(value.nip(), value.year(), value.period());
    }

    @Override
    public String keyField() {
        return "period";
    }

    @Override
    public String keyLabel() {
        return "nip+year+period";
    }
}
