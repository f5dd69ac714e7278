package id.merit.performance;

/**
 * One stored SKP evaluation (interchange.md §2 {@code performance}): both ratings and the predicate derived from them,
 * or, for historical years, only the predicate (ratings null).
 */
public record PerformanceRecord(String nip, int year, SkpPeriod period, SkpRating resultsRating, SkpRating behaviourRating,
                                SkpPredicate predicate) {
}
