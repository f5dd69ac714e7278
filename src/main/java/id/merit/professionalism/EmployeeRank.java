package id.merit.professionalism;

import id.merit.professionalism.rules.IpAsnCategory;
import java.math.BigDecimal;

/** One line of the employee ranking of a year (interchange.md §3 "Rankings"), with the dimensions for the page. */
public record EmployeeRank(int rank, String nip, String name, String opdCode, String opdName, BigDecimal qualification,
                           BigDecimal competency, BigDecimal performance, BigDecimal discipline, BigDecimal total,
                           IpAsnCategory category) {
}
