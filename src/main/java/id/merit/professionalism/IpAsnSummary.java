package id.merit.professionalism;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The IP ASN of a year in figures: how many employees were measured, their mean total (2 decimals, half up; null when
 * nobody was measured) and how many fall in each category, keyed by the category code of interchange.md
 * ({@code SANGAT_TINGGI} … {@code SANGAT_RENDAH}, every category present, highest first).
 */
public record IpAsnSummary(int year, long employees, BigDecimal mean, Map<String, Long> byCategory) {
}
