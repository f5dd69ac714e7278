package id.merit.talent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.talent.rules.SuccessionReadiness.Ranked;
import id.merit.talent.rules.SuccessionReadiness.Readiness;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * rules-defaults.md "Rule-set versions, retirement, readiness": successor readiness (PermenPANRB 3/2020 as amended by
 * PermenPANRB 20/2025; PP 11/2017 Ps 199 for the pool; eligibility by PP 11/2017 Ps 107 and Ps 54, regulations.md
 * §6.2/§6.5). The eligibility of the post kind is modelled as a window [eligibleFrom, eligibleUntil] (the until day
 * being the last day before the age limit is reached); empty = never.
 */
class SuccessionReadinessTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "pool={0} from={1} until={2} → {3}")
    @CsvSource(nullValues = "-", value = {
            // not in the pool: never a candidate, however eligible (PP 11/2017 Ps 199)
            "false, 2000-01-01, -,          -",
            // eligible today → READY_NOW (boundary: eligible from today exactly)
            "true,  2026-12-05, -,          READY_NOW",
            "true,  2020-01-01, -,          READY_NOW",
            // eligible today but the age limit is reached within two years: still READY_NOW today
            "true,  2020-01-01, 2027-06-30, READY_NOW",
            // eligible from tomorrow → READY_1_2_YEARS
            "true,  2026-12-06, -,          READY_1_2_YEARS",
            // the two-year boundary: eligible on today + 2 years exactly → READY_1_2_YEARS; one day later → none
            "true,  2028-12-05, -,          READY_1_2_YEARS",
            "true,  2028-12-06, -,          -",
            // eligible in a year but the age limit is reached before today + 2 years → none (checked on the horizon)
            "true,  2027-12-05, 2028-12-04, -",
            // the age limit reached the day after the horizon: still eligible on it
            "true,  2027-12-05, 2028-12-05, READY_1_2_YEARS",
            // never eligible
            "true,  -,          -,          -",
    })
    void readiness(boolean pool, LocalDate from, LocalDate until, Readiness expected) {
        var r = SuccessionReadiness.of(pool, TODAY, d -> from != null && !d.isBefore(from) && (until == null || !d.isAfter(until)));
        assertThat(r.orElse(null)).isEqualTo(expected);
    }

    @Test
    void horizonIsTwoYears() {
        assertThat(SuccessionReadiness.horizon(TODAY)).isEqualTo(LocalDate.of(2028, 12, 5));
        assertThat(SuccessionReadiness.horizon(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @Test
    void ranksByJpmThenBoxThenNip() {
        List<Ranked> list = new ArrayList<>(List.of(
                new Ranked("3", new BigDecimal("70"), 9),
                new Ranked("2", new BigDecimal("85.5"), 7),
                new Ranked("4", null, 9),
                new Ranked("1", new BigDecimal("70"), 9),
                new Ranked("5", new BigDecimal("70"), 8)));
        list.sort(SuccessionReadiness.ORDER);
        assertThat(list).extracting(Ranked::nip).containsExactly("2", "1", "3", "5", "4");
    }
}
