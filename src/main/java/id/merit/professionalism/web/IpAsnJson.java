package id.merit.professionalism.web;

import id.merit.professionalism.rules.IpAsnCategory;
import java.math.BigDecimal;
import java.util.List;

/** interchange.md §3 "Professionalism index (IP ASN)": numbers as JSON numbers, {@code category} a code. */
record IpAsnJson(String nip, int year, BigDecimal qualification, BigDecimal competency, BigDecimal performance, BigDecimal discipline,
                 BigDecimal total, IpAsnCategory category, List<String> explanation, List<String> missingData) {

    /** 15.00 → 15, 22.50 → 22.5 (written as plain JSON numbers). */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
