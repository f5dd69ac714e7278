package id.merit.professionalism;

import java.math.BigDecimal;

/** One line of the OPD league of a year: a top-level OPD with its sub-units, by the mean IP ASN of its measured staff. */
public record OpdRank(int rank, String opdCode, String name, int employees, BigDecimal meanIndex) {
}
