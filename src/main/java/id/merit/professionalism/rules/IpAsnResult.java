package id.merit.professionalism.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * IP ASN of one employee and year: the four dimension scores, the total rounded to 2 decimals, its category, one
 * explanation line per dimension naming the record behind the score, the dimensions that scored 0 for lack of records,
 * and the rule set that produced it.
 */
public record IpAsnResult(int year, BigDecimal qualification, BigDecimal competency, BigDecimal performance, BigDecimal discipline,
                          BigDecimal total, IpAsnCategory category, List<Explanation> explanation, List<IpAsnDimension> missingData,
                          String ruleSetLabel, LocalDate ruleSetEffectiveFrom) {

    public IpAsnResult {
        explanation = List.copyOf(explanation);
        missingData = List.copyOf(missingData);
    }
}
