package id.merit.professionalism;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A measurement year whose IP ASN is stored: the rule set that produced it, how many employees, when and how fast. */
public record IndexYear(int year, String ruleSet, LocalDate ruleSetEffectiveFrom, int employees, OffsetDateTime computedAt,
                        long durationMs) {
}
