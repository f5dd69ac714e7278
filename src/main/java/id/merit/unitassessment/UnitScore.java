package id.merit.unitassessment;

import java.math.BigDecimal;

/**
 * One line of the unit (OPD) league table of a year: a top-level OPD with its sub-units, its ASN staff, the five aspect
 * scores (0–100, null when the unit has nobody to measure an aspect on) and the weighted total. Equal totals share a
 * rank; units without a total come last without one (rank 0).
 */
public record UnitScore(int rank, String opdCode, String opdName, int staff, BigDecimal performance, BigDecimal discipline,
                        BigDecimal innovation, BigDecimal awards, BigDecimal dataCompliance, BigDecimal total) {
}
